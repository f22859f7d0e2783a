""""Berekend voor": the inputs an answer was computed from, in Dutch, as the reader gave them.

Every successful result carries `berekend_voor`, a list of `{"veld", "label", "waarde"}` in the order of
the form: `veld` is the field to go back to (the form's own name, as in an error message), `label` the
field in a few lowercase words, `waarde` the value as people read it (dates as `nl_datum`). Only fields
that were given, or that were defaulted in a way that matters (the day of calculation), are listed, so
a printed answer or a shared link shows exactly what it rests on.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from .datums import nl_datum

Invoerregel = dict[str, str]


def regel(veld: str, label: str, waarde: date | str) -> Invoerregel:
    """One line; a date is written out ('10 maart 2025')."""
    return {"veld": veld, "label": label, "waarde": nl_datum(waarde) if isinstance(waarde, date) else waarde}


def periode_tekst(van: date, tot: date | None) -> str:
    """'6 januari 2025 tot en met 28 februari 2025', or 'vanaf 20 maart 2025' while it lasts."""
    return f"{nl_datum(van)} tot en met {nl_datum(tot)}" if tot is not None else f"vanaf {nl_datum(van)}"


def weken_tekst(weken: int) -> str:
    return "1 week" if weken == 1 else f"{weken} weken"


def datums_tekst(datums: tuple[date, ...]) -> str:
    """Several dates in order, 'a, b en c'."""
    namen = [nl_datum(d) for d in sorted(datums)]
    return namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]


def bedrag_tekst(bedrag: Decimal) -> str:
    """'€ 3150' or '€ 3150,50', with the decimal comma people typed."""
    tekst = f"{bedrag:f}"
    if "." in tekst:
        geheel, decimalen = tekst.split(".")
        tekst = f"{geheel},{decimalen.rstrip('0').ljust(2, '0')}" if decimalen.strip("0") else geheel
    return f"€ {tekst}"
