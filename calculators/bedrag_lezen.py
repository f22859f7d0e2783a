"""Reading an amount of money as people type it, and writing it back as they read it.

People type `3.000`, `3.150,50`, `€ 3.000,-`, `1 000` or `3150.50`. Read naively, a thousands dot
becomes a decimal point and `3.000` becomes three euro: a confident, wrong answer. The rules, in
order (the same for every amount field of every calculator):

* `€`, `EUR`, `euro` around the number and a closing `,-` are dropped; spaces may only group
  thousands (`1 000`, `12 500,50`);
* a dot followed by exactly three digits is a thousands separator (`3.000`, `1.250.000,50`), after a
  first group that does not start with 0 (`0.500` is refused: half a euro or five hundred?);
* a single dot or comma followed by one or two digits is the decimal mark (`3150,5`, `3150.50`), and
  so is a comma followed by four or more (`22,5075`: Dutch writes decimals with a comma, and no
  thousands group has four digits); a dot followed by four digits (`3.0000`) is a typo either way;
* a comma between thousands groups with a decimal dot after them is the English notation
  (`3,150.50`), and two or more comma groups (`1,000,000`) can only be thousands;
* everything else is refused with a message that repeats what was typed and, where one reading is
  likely (`3,000`: three euro or three thousand?), offers it as a question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

_VALUTA_VOOR = re.compile(r"^(?:€|eur(?:o)?\b\.?)\s*", re.IGNORECASE)
_VALUTA_NA = re.compile(r"\s*(?:€|\beur(?:o)?)$", re.IGNORECASE)
_STREEP = re.compile(r"[.,]\s*[-‐–—]{1,2}$")
_SPATIE = re.compile(r"[\s\u00a0\u202f\u2009]+")

_HEEL = re.compile(r"\d+[.,]?")
_PUNT_DUIZEND = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d{0,2})?")
_KOMMA_DUIZEND_ENGELS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+\.\d{1,2}|[1-9]\d{0,2}(?:,\d{3}){2,}")
_DECIMAAL = re.compile(r"\d*(?:[.,]\d{1,2}|,\d{4,})")
_SPATIE_DUIZEND = re.compile(r"[1-9]\d{0,2}(?: \d{3})+(?:[.,]\d{1,2})?")
_KOMMA_DRIE = re.compile(r"([1-9]\d{0,2}),(\d{3})")


@dataclass(frozen=True)
class Lezing:
    """The amount read, or None with `fout`: a sentence that follows the quoted input."""

    bedrag: Decimal | None
    fout: str = ""
    negatief: bool = False


VOORBEELD = "Typ bijvoorbeeld 3150, 3.150 of 3150,50."


def lees(tekst: str) -> Lezing:
    """The amount in `tekst`, or the reason it cannot be read without guessing."""
    kaal = _SPATIE.sub(" ", tekst).strip()
    kaal = _VALUTA_NA.sub("", _VALUTA_VOOR.sub("", kaal)).strip()
    kaal = _STREEP.sub("", kaal).strip()
    negatief = kaal.startswith("-")
    if negatief:
        kaal = kaal[1:].strip()
    if " " in kaal:
        if not _SPATIE_DUIZEND.fullmatch(kaal):
            return Lezing(None, f"is geen bedrag dat de rekenhulp kan lezen. {VOORBEELD}")
        kaal = kaal.replace(" ", "")
    if not kaal:
        return Lezing(None, f"is geen bedrag. {VOORBEELD}")
    if _HEEL.fullmatch(kaal):
        bedrag = Decimal(kaal.rstrip(".,"))
    elif _PUNT_DUIZEND.fullmatch(kaal):
        bedrag = Decimal(kaal.replace(".", "").replace(",", ".").rstrip("."))
    elif _KOMMA_DUIZEND_ENGELS.fullmatch(kaal):
        bedrag = Decimal(kaal.replace(",", ""))
    elif _DECIMAAL.fullmatch(kaal):
        bedrag = Decimal(kaal.replace(",", "."))
    elif (drie := _KOMMA_DRIE.fullmatch(kaal)) is not None:
        duizend = f"{drie.group(1)}.{drie.group(2)}"
        return Lezing(None, f"is niet duidelijk: het kan {drie.group(1)} euro of {duizend} euro zijn. Bedoelt u "
                            f"{duizend} euro? Typ dan {duizend} of {drie.group(1)}{drie.group(2)}. Bedoelt u "
                            f"{drie.group(1)} euro? Typ dan {drie.group(1)}.")
    else:
        return Lezing(None, f"is geen bedrag dat de rekenhulp kan lezen. {VOORBEELD}")
    return Lezing(-bedrag if negatief else bedrag, negatief=negatief)


def cent(bedrag: Decimal) -> Decimal:
    """Half up to whole cents, as the amounts of a decision are written."""
    return bedrag.quantize(CENT, ROUND_HALF_UP)


def euro(bedrag: Decimal) -> str:
    """'€ 3.000,03': a Dutch amount with a thousands dot and a decimal comma."""
    teken = "-" if bedrag < 0 else ""
    heel, _, centen = f"{cent(abs(bedrag)):.2f}".partition(".")
    groepen = []
    while len(heel) > 3:
        heel, groepen = heel[:-3], [heel[-3:], *groepen]
    return f"€ {teken}{'.'.join([heel, *groepen])},{centen}"
