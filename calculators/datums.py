"""Dates as Dutch readers write them, and the one parser for every date field of every calculator.

`lees` accepts what people type: `10-3-2025`, `10/3/2025`, `10.3.2025`, `10 3 2025`, `10 - 3 - 2025`,
`10-3-25`, `10 maart 2025`, `10 mrt 2025`, `10 mrt. 2025` (any case, with or without a weekday in
front, as `nl_datum(met_dag=True)` writes it), and year first `2025-03-10` or `2025/3/10`. Only the
forms where the year is unmistakable are read: a four-digit year first or last, or a two-digit year
last. `date.fromisoformat` is not used: since Python 3.11 it also accepts `20250303` and week dates,
and a link a coach sends must mean one thing only. Links already sent use ISO and `D-M-JJJJ`; both
keep their meaning.

A two-digit year means 2000-2099, but only when the date is not after `vandaag` (the reference the
field is checked against: the peildatum, or today): '10-3-27' read in 2026 is refused, not guessed.
Plain str methods only (no unicodedata): the site ships a trimmed standard library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

#: Month names as people abbreviate them (both 'mrt' and 'mar'; 'sep' and 'sept'), full names too.
MAANDNAMEN: dict[str, int] = {
    **{naam: i for i, naam in enumerate(MAANDEN, start=1)},
    **{kort: i for kort, i in (("jan", 1), ("feb", 2), ("mrt", 3), ("mar", 3), ("apr", 4), ("jun", 6),
                               ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11),
                               ("dec", 12))},
}
DAGNAMEN: dict[str, int] = {
    **{naam: i for i, naam in enumerate(DAGEN)},
    **{naam[:2]: i for i, naam in enumerate(DAGEN)},
}

#: What every refusal suggests instead.
VOORBEELD = "Schrijf dag-maand-jaar, bijvoorbeeld 10-3-2025."
MAX_GETOOND = 30

_CIJFERS = re.compile(r"[0-9]{1,4}([-/. ])[0-9]{1,4}\1[0-9]{1,4}")
_MET_NAAM = re.compile(r"([0-9]{1,2})[-/. ]?([a-z]+)\.?[-/. ]?([0-9]{2}|[0-9]{4})")
_DAGNAAM = re.compile(r"([a-z]+)\.?,? +(.+)")
#: A day and a month without a year ("10 maart", "10-3"): never completed with a guessed year, but asked for.
_ZONDER_JAAR = re.compile(r"([0-9]{1,2})(?:[-/. ]([0-9]{1,2})|[-/. ]?([a-z]+)\.?)")


def nl_datum(d: date, met_dag: bool = False) -> str:
    """'3 maart 2025', or 'maandag 3 maart 2025' — the form used in UWV letters."""
    tekst = f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
    return f"{DAGEN[d.weekday()]} {tekst}" if met_dag else tekst


@dataclass(frozen=True)
class Lezing:
    """The date read, or why not: `fout` completes a sentence that starts with what was typed
    ("… is geen bestaande datum: er is geen maand 13."), so the message can name the field first."""

    datum: date | None = None
    fout: str = ""


def getoond(waarde: str) -> str:
    """What was typed, fit to repeat in a message: whitespace collapsed, at most MAX_GETOOND characters,
    and '' when it holds anything a date never does (markup, quotes, control or direction marks), so
    a hostile link is never echoed, whatever renders the message."""
    tekst = " ".join(waarde.split())
    if not all(t.isalnum() or t in " -/.," for t in tekst):
        return ""
    return tekst if len(tekst) <= MAX_GETOOND else tekst[:MAX_GETOOND - 1] + "…"


def _normaal(waarde: str) -> str:
    """Lower case, single spaces, no spaces around a separator: '10 - 3 - 2025' → '10-3-2025'."""
    tekst = " ".join(waarde.lower().split())
    return re.sub(r" ?([-/.]) ?", r"\1", tekst)


def _dagen_in(jaar: int, maand: int) -> int:
    if maand == 12:
        return 31
    return (date(jaar, maand + 1, 1) - date(jaar, maand, 1)).days


def _maak(jaar: int, maand: int, dag: int, kort_jaar: bool, vandaag: date, vandaag_naam: str) -> Lezing:
    """A date from its parts, with the reason in words when it does not exist."""
    if not 1 <= maand <= 12:
        return Lezing(fout=f"is geen bestaande datum: er is geen maand {maand}. {VOORBEELD}")
    if jaar < 1:
        return Lezing(fout=f"is geen bestaande datum: er is geen jaar 0. {VOORBEELD}")
    if not 1 <= dag <= _dagen_in(jaar, maand):
        reden = ("er is geen dag 0" if dag == 0
                 else f"{MAANDEN[maand - 1]} {jaar} heeft {_dagen_in(jaar, maand)} dagen")
        return Lezing(fout=f"is geen bestaande datum: {reden}. {VOORBEELD}")
    gelezen = date(jaar, maand, dag)
    if kort_jaar and gelezen > vandaag:
        return Lezing(fout=f"heeft een jaartal van twee cijfers. Als {jaar} bedoeld is, ligt {nl_datum(gelezen)} "
                           f"na {vandaag_naam} ({nl_datum(vandaag)}). Schrijf het jaar met vier cijfers.")
    return Lezing(gelezen)


def _jaar(tekst: str) -> tuple[int, bool] | None:
    """A year of four digits, or of two (2000-2099, marked short); other lengths are not a year."""
    if len(tekst) == 4:
        return int(tekst), False
    if len(tekst) == 2:
        return 2000 + int(tekst), True
    return None


def _lees_cijfers(tekst: str, vandaag: date, vandaag_naam: str) -> Lezing | None:
    if not _CIJFERS.fullmatch(tekst):
        return None
    delen = re.split(r"[-/. ]", tekst)
    if len(delen[0]) == 4 and len(delen[1]) <= 2 and len(delen[2]) <= 2:
        return _maak(int(delen[0]), int(delen[1]), int(delen[2]), False, vandaag, vandaag_naam)
    jaar = _jaar(delen[2])
    if len(delen[0]) <= 2 and len(delen[1]) <= 2 and jaar:
        return _maak(jaar[0], int(delen[1]), int(delen[0]), jaar[1], vandaag, vandaag_naam)
    return None


def _lees_met_naam(tekst: str, vandaag: date, vandaag_naam: str) -> Lezing | None:
    gevonden = _MET_NAAM.fullmatch(tekst)
    if not gevonden:
        return None
    dag, naam, jaartekst = gevonden.groups()
    if naam not in MAANDNAMEN:
        return Lezing(fout=f"is geen datum: ‘{naam[:MAX_GETOOND]}’ is geen maand die de rekenhulp kent. {VOORBEELD}")
    jaar, kort = _jaar(jaartekst)
    return _maak(jaar, MAANDNAMEN[naam], int(dag), kort, vandaag, vandaag_naam)


def _zonder_dagnaam(tekst: str) -> tuple[str, int | None]:
    """'maandag 10 maart 2025' → ('10 maart 2025', 0); other text unchanged, with None."""
    gevonden = _DAGNAAM.fullmatch(tekst)
    if gevonden and gevonden.group(1) in DAGNAMEN:
        return gevonden.group(2), DAGNAMEN[gevonden.group(1)]
    return tekst, None


def lees(waarde: str, vandaag: date, vandaag_naam: str = "vandaag") -> Lezing:
    """Read one typed date (see the module docstring). `vandaag` is the reference for two-digit years,
    `vandaag_naam` what a message calls it ("vandaag", "de peildatum")."""
    tekst, weekdag = _zonder_dagnaam(_normaal(waarde))
    lezing = _lees_cijfers(tekst, vandaag, vandaag_naam) or _lees_met_naam(tekst, vandaag, vandaag_naam)
    if lezing is None:
        if (zonder := _ZONDER_JAAR.fullmatch(tekst)) and (zonder.group(2) or zonder.group(3) in MAANDNAMEN):
            return Lezing(fout=f"heeft geen jaartal. Welk jaar bedoelt u? Schrijf het jaar erbij, bijvoorbeeld "
                               f"{zonder.group(1)}-{zonder.group(2) or MAANDNAMEN[zonder.group(3)]}-{vandaag.year}.")
        if tekst.isdigit() and len(tekst) in (6, 8):
            return Lezing(fout="is geen datum die de rekenhulp kan lezen: zet streepjes tussen dag, maand en jaar, "
                               "bijvoorbeeld 10-3-2025.")
        return Lezing(fout=f"is geen datum die de rekenhulp kan lezen. {VOORBEELD}")
    if lezing.datum is not None and weekdag is not None and lezing.datum.weekday() != weekdag:
        return Lezing(fout=f"klopt niet: {nl_datum(lezing.datum)} is een {DAGEN[lezing.datum.weekday()]}.")
    return lezing


def lees_datum(waarde: object, vandaag: date) -> date | None:
    """The date in `waarde`, or None when it is no date (see `lees`)."""
    if not isinstance(waarde, str):
        return None
    return lees(waarde, vandaag).datum
