"""Dates as Dutch readers write them, and strict parsing of ISO dates from untrusted input."""

from __future__ import annotations

import re
from datetime import date

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
DAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

_ISO_DATUM = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NL_DATUM = re.compile(r"(\d{1,2})-(\d{1,2})-(\d{4})")


def nl_datum(d: date, met_dag: bool = False) -> str:
    """'3 maart 2025', or 'maandag 3 maart 2025' — the form used in UWV letters."""
    tekst = f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
    return f"{DAGEN[d.weekday()]} {tekst}" if met_dag else tekst


def lees_datum(waarde: object) -> date | None:
    """A date written `JJJJ-MM-DD` (links) or `D-M-JJJJ` (how Dutch people type it), else None.

    Both forms are unambiguous because the year is the only four-digit part. `date.fromisoformat`
    is not used: since Python 3.11 it also accepts `20250303` and week dates, and a link a coach
    sends must mean one thing only.
    """
    if not isinstance(waarde, str):
        return None
    tekst = waarde.strip()
    if gevonden := _ISO_DATUM.fullmatch(tekst):
        jaar, maand, dag = gevonden.groups()
    elif gevonden := _NL_DATUM.fullmatch(tekst):
        dag, maand, jaar = gevonden.groups()
    else:
        return None
    try:
        return date(int(jaar), int(maand), int(dag))
    except ValueError:
        return None
