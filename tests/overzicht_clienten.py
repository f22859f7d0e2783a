"""The coach's overview (issue 29): the three clients and the checks that the Chromium walk
(tests/browser/test_overzicht.py) and the walk in every engine (tests/motoren/test_overzicht_motoren.py) share."""

from __future__ import annotations

import re
from datetime import date, timedelta

from calculators.api import run

VANDAAG = date.today()  # the browser's "today" is the same machine's clock
MAANDEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


def dag(dagen_terug: int) -> str:
    """A date as a coach types it: 6-1-2025."""
    d = VANDAAG - timedelta(days=dagen_terug)
    return f"{d.day}-{d.month}-{d.year}"


def dag_in_woorden(dagen_terug: int) -> str:
    """A date as a coach writes it out: 6 januari 2025."""
    d = VANDAAG - timedelta(days=dagen_terug)
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


# Three clients at different points of their two years: a new #invoer: link of the tijdlijn (about week 86, the
# WIA application ahead), an old ?query link of the dossiercheck (week 9, no problem analysis on file: overdue),
# and a first sick day typed by hand, in words (day 10).
NIEUW = ("Kl-12", f"https://spoorwijzer.nl/rekenhulp/tijdlijn/#invoer:eerste_ziektedag={dag(600)}&regels=abc12345")
OUD = ("K7", f"https://spoorwijzer.nl/rekenhulp/dossiercheck/?eerste_ziektedag={dag(60)}&voorbeeld=1")
DATUM = ("mw 3", dag_in_woorden(10))
CLIENTEN = [
    {"label": "Kl-12", "rekenhulp": "tijdlijn", "params": {"eerste_ziektedag": dag(600)}},
    {"label": "K7", "rekenhulp": "dossiercheck", "params": {"eerste_ziektedag": dag(60)}},
    {"label": "mw 3", "rekenhulp": "tijdlijn", "params": {"eerste_ziektedag": DATUM[1]}},
]


def verwacht() -> dict:
    """What Python makes of the three clients today: the order and the texts the page must show."""
    return run("overzicht", {"clienten": CLIENTEN, "vandaag": VANDAAG.isoformat()})


# What a request to the server must never carry: a date, a label of the three, a field's name, the fragment's prefix.
GEHEIM = re.compile(r"\d{1,2}-\d{1,2}-\d{4}|K7|Kl-12|mw(%20|\+| )3|ziektedag|invoer|label", re.IGNORECASE)


def controleer_agenda(ics: str, uitkomst: dict) -> None:
    """Every coming deadline in the calendar once, with the label in its title; none that has passed."""
    gebeurtenissen = re.findall(r"BEGIN:VEVENT(.*?)END:VEVENT", ics.replace("\r\n ", ""), re.DOTALL)
    assert gebeurtenissen
    gezien = []
    for tekst in gebeurtenissen:
        samenvatting = re.search(r"^SUMMARY:(.*)$", tekst, re.MULTILINE).group(1).strip()
        begin = re.search(r"^DTSTART(?:;VALUE=DATE)?:(\d{8})", tekst, re.MULTILINE).group(1)
        assert begin >= VANDAAG.strftime("%Y%m%d"), samenvatting
        assert "VALARM" in tekst, samenvatting
        gezien.append((samenvatting, begin))
    assert len(gezien) == len(set(gezien)), "een termijn staat twee keer in de agenda"
    for rij in uitkomst["clienten"]:
        if rij["volgende"]:
            datum = rij["volgende"]["datum"].replace("-", "")
            assert any(rij["label"] in s and b == datum for s, b in gezien), (rij["label"], rij["volgende"])
    assert ics == uitkomst["ics"] or len(gebeurtenissen) == uitkomst["ics"].count("BEGIN:VEVENT")
