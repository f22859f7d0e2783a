"""Reading untrusted input field by field, collecting a Dutch message per bad field.

Values arrive from a form, a URL a coach sent, or a test; all are treated alike. A parser never
raises: it records `{"veld", "melding"}` and returns None, so one request reports every mistake at
once and the page can show each message beside its own field.
"""

from __future__ import annotations

import math
import re
from datetime import date
from decimal import Decimal

from . import bedrag_lezen
from .datums import VOORBEELD, getoond, lees, nl_datum

MAX_TEKST = 200  # longer values are never a real date or number; refuse them without echoing


class Fouten:
    """The messages of one request. A message about a required field left empty says so (`"ontbreekt": true`):
    Python alone knows which fields a calculation needs, so a page opened from a link that filled in only some
    fields can ask calmly for the rest instead of showing errors beside fields the reader has not seen yet."""

    def __init__(self) -> None:
        self.lijst: list[dict[str, str | bool]] = []

    def voeg_toe(self, veld: str, melding: str, *, ontbreekt: bool = False) -> None:
        self.lijst.append({"veld": veld, "melding": melding, **({"ontbreekt": True} if ontbreekt else {})})

    def __bool__(self) -> bool:
        return bool(self.lijst)


class Waarschuwingen:
    """Doubts about values that are valid but unlikely (a dagloon of € 3, an hourly wage beside a monthly
    one): the result is still computed, and each doubt is shown beside its field and above the answer as
    a question, because refusing a real but unusual figure would be as wrong as accepting a typo silently."""

    def __init__(self) -> None:
        self.lijst: list[dict[str, str]] = []

    def voeg_toe(self, veld: str, melding: str) -> None:
        self.lijst.append({"veld": veld, "melding": melding})


def hoofdletter(tekst: str) -> str:
    """The first letter capitalised and the rest left alone ('de WIA-aanvraag' → 'De WIA-aanvraag');
    `str.capitalize` would lower 'WIA' and 'UWV'."""
    return tekst[:1].upper() + tekst[1:]


def leeg(waarde: object) -> bool:
    return waarde is None or (isinstance(waarde, str) and not waarde.strip())


def datum(fouten: Fouten, veld: str, waarde: object, naam: str, *, peil: date, peil_naam: str = "vandaag",
          verplicht: bool = False, vanaf: date | None = None, tot_en_met: date | None = None,
          vanaf_naam: str | None = None, tot_naam: str | None = None, tot_uitleg: str = "",
          vanaf_uitleg: str = "") -> date | None:
    """A date within the bounds, or None (with a message unless empty and optional).

    Every date field of every calculator is read here, by `datums.lees`. `peil` is the reference a
    two-digit year is checked against (the peildatum, or today), `peil_naam` what the reader calls it:
    "vandaag" when they typed no peildatum, so a message never names a field they did not fill in.
    `vanaf_naam` and `tot_naam` say what a bound is ("de eerste ziektedag", "vandaag"), so the message
    explains itself; a date after a named upper bound is most often a wrong year, so that message asks, and
    `vanaf_uitleg` says why a lower bound is there and what to check (a date before it is most often a wrong year,
    or a birth date typed in the wrong field).
    Messages repeat what was typed, shortened and printable only (`datums.getoond`).
    """
    if leeg(waarde):
        if verplicht:
            fouten.voeg_toe(veld, f"Vul {naam} in.", ontbreekt=True)
        return None
    if isinstance(waarde, str) and len(waarde) > MAX_TEKST:
        fouten.voeg_toe(veld, f"{hoofdletter(naam)} is te lang. Vul een datum in, bijvoorbeeld 10-3-2025.")
        return None
    if not isinstance(waarde, str):
        fouten.voeg_toe(veld, f"{hoofdletter(naam)} is geen datum. {VOORBEELD}")
        return None
    lezing = lees(waarde, peil, peil_naam)
    if lezing.datum is None:
        getypt = getoond(waarde)
        fouten.voeg_toe(veld, f"{hoofdletter(naam)} {f'‘{getypt}’ ' if getypt else ''}{lezing.fout}")
        return None
    gelezen = lezing.datum
    if vanaf is not None and gelezen < vanaf:
        grens = f"{vanaf_naam} liggen ({nl_datum(vanaf)})" if vanaf_naam else f"{nl_datum(vanaf)} liggen"
        fouten.voeg_toe(veld, f"{hoofdletter(naam)} mag niet vóór {grens}.{' ' + vanaf_uitleg if vanaf_uitleg else ''}")
        return None
    if tot_en_met is not None and gelezen > tot_en_met:
        if tot_naam:
            melding = (f"{hoofdletter(naam)} ({nl_datum(gelezen)}) ligt na {tot_naam} ({nl_datum(tot_en_met)}). "
                       f"Klopt het jaartal?{' ' + tot_uitleg if tot_uitleg else ''}")
        else:
            melding = f"{hoofdletter(naam)} mag niet na {nl_datum(tot_en_met)} liggen."
        fouten.voeg_toe(veld, melding)
        return None
    return gelezen


_GEHEEL = re.compile(r"[+]?\d{1,6}")
_GETAL = re.compile(r"[+-]?(\d{1,9}([.,]\d*)?|[.,]\d+)")


def geheel_getal(fouten: Fouten, veld: str, waarde: object, naam: str, *, minimum: int, maximum: int,
                 standaard: int | None = 0) -> int | None:
    """A whole number within bounds; empty means `standaard`."""
    if leeg(waarde):
        return standaard
    if isinstance(waarde, bool):
        waarde = None
    elif isinstance(waarde, int):
        waarde = str(waarde)
    elif isinstance(waarde, float) and waarde.is_integer():
        waarde = str(int(waarde))
    if not isinstance(waarde, str) or not _GEHEEL.fullmatch(waarde.strip()):
        fouten.voeg_toe(veld, f"Vul bij {naam} een heel getal in van {minimum} tot en met {maximum}.")
        return None
    getal = int(waarde.strip())
    if not minimum <= getal <= maximum:
        fouten.voeg_toe(veld, f"{hoofdletter(naam)} moet tussen {minimum} en {maximum} liggen.")
        return None
    return getal


def bedrag(fouten: Fouten, veld: str, waarde: object, naam: str, *, groter_dan_nul: bool,
           voorbeeld: str = bedrag_lezen.VOORBEELD) -> Decimal | None:
    """A non-negative amount as an exact Decimal, read as people type it (`bedrag_lezen.lees`: `3.000`,
    `3.150,50`, `€ 1.000,-`, `1 000`); what cannot be read without guessing is refused with a message that
    repeats what was typed and, where one reading is likely, asks whether that was meant. `voorbeeld` shows
    amounts of the field's own size: a dagloon of 3150 would teach the wrong number."""
    if leeg(waarde):
        fouten.voeg_toe(veld, f"Vul {naam} in.", ontbreekt=True)
        return None
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float, str)) or (
            isinstance(waarde, float) and not math.isfinite(waarde)):
        fouten.voeg_toe(veld, f"Vul bij {naam} een bedrag in. {voorbeeld}")
        return None
    if isinstance(waarde, str) and len(waarde) > MAX_TEKST:
        fouten.voeg_toe(veld, f"{hoofdletter(naam)} is te lang. Vul een bedrag in, bijvoorbeeld 3150.")
        return None
    lezing = bedrag_lezen.lees(waarde if isinstance(waarde, str) else f"{Decimal(str(waarde)):f}")
    if lezing.bedrag is None:
        getypt = getoond(str(waarde).replace("€", " "))
        fout = lezing.fout.replace(bedrag_lezen.VOORBEELD, voorbeeld)
        fouten.voeg_toe(veld, f"{hoofdletter(naam)} {f'‘{getypt}’ ' if getypt else ''}{fout}")
        return None
    getal = lezing.bedrag
    if getal < 0 or (groter_dan_nul and getal == 0):
        eis = "groter dan 0" if groter_dan_nul else "0 of meer"
        fouten.voeg_toe(veld, f"{hoofdletter(naam)} moet {eis} zijn.")
        return None
    if getal > 1_000_000:
        fouten.voeg_toe(veld, f"{hoofdletter(naam)} is te hoog. Vul een bedrag per uur of per maand in.")
        return None
    return getal


_TECHNISCH = {"true", "false", "1", "0"}


def keuze(fouten: Fouten, veld: str, waarde: object, naam: str, opties: dict[str, object], *,
          standaard: object = None, verplicht: bool = False) -> object:
    """One of the allowed options (case-insensitive); the message lists only the Dutch words."""
    woorden = [o for o in opties if o not in _TECHNISCH]
    lijst = ", ".join(woorden[:-1]) + f" of {woorden[-1]}" if len(woorden) > 1 else woorden[0]
    if leeg(waarde):
        if verplicht:
            fouten.voeg_toe(veld, f"Kies {naam}: {lijst}.", ontbreekt=True)
        return standaard
    if isinstance(waarde, bool):
        waarde = "ja" if waarde else "nee"
    sleutel = waarde.strip().lower() if isinstance(waarde, str) and len(waarde) <= MAX_TEKST else None
    if sleutel not in opties:
        fouten.voeg_toe(veld, f"Kies {naam}: {lijst}.")
        return None
    return opties[sleutel]


def percentage(fouten: Fouten, veld: str, waarde: object, naam: str) -> Decimal | None:
    """A percentage from 0 to 100 as an exact Decimal (decimal comma or point), required."""
    if leeg(waarde):
        fouten.voeg_toe(veld, f"Vul {naam} in, een getal van 0 tot en met 100.", ontbreekt=True)
        return None
    if isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
        tekst = str(waarde)
    elif isinstance(waarde, str) and len(waarde) <= MAX_TEKST:
        tekst = waarde.strip().rstrip("%").strip()
    else:
        tekst = ""
    if tekst.count(",") + tekst.count(".") > 1 or not _GETAL.fullmatch(tekst):
        fouten.voeg_toe(veld, f"Vul bij {naam} een getal in van 0 tot en met 100, bijvoorbeeld 57 of 57,5.")
        return None
    getal = Decimal(tekst.replace(",", "."))
    if not 0 <= getal <= 100:
        fouten.voeg_toe(veld, f"{hoofdletter(naam)} moet tussen 0 en 100 liggen. U vulde {tekst} in.")
        return None
    return getal
