"""Parse the .ics with the icalendar library (CPython only: icalendar is not shipped to Pyodide)."""

from datetime import date

import pytest

from calculators.api import run

icalendar = pytest.importorskip("icalendar")


def test_icalendar_leest_alle_gebeurtenissen_terug():
    result = run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "peildatum": "2026-11-22", "verlenging_weken": 13})
    agenda = icalendar.Calendar.from_ical(result["ics"])
    events = {str(e["UID"]): e for e in agenda.walk("VEVENT")}
    assert len(events) == len(result["mijlpalen"])
    for m in result["mijlpalen"]:
        event = events[f"2025-01-06-{m['id']}@spoorwijzer.nl"]
        assert event.decoded("DTSTART") == date.fromisoformat(m["datum"])
        assert (event.decoded("DTEND") - event.decoded("DTSTART")).days == 1
        assert str(event["SUMMARY"]) == m["titel"]
        assert m["uitleg"] in str(event["DESCRIPTION"])
