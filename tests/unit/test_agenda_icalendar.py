"""Parse the .ics with the icalendar library (CPython only: icalendar is not shipped to Pyodide)."""

from datetime import date, timedelta

import pytest

from calculators.api import run

icalendar = pytest.importorskip("icalendar")


@pytest.mark.parametrize("peildatum", ["2025-01-06", "2026-06-01", "2026-11-22", "2027-06-01"])
def test_icalendar_leest_alle_gebeurtenissen_terug(peildatum):
    result = run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "peildatum": peildatum, "verlenging_weken": 13})
    agenda = icalendar.Calendar.from_ical(result["ics"])
    events = {str(e["UID"]): e for e in agenda.walk("VEVENT")}
    komend = [m for m in result["mijlpalen"] if m["datum"] >= peildatum] or [
        m for m in result["mijlpalen"] if m["id"] in ("einde_wachttijd", "wia_ingang")]
    assert len(events) == len(komend) > 0
    assert "regels van 22 november 2026" in str(agenda["X-WR-CALDESC"])
    for m in komend:
        event = events[f"2025-01-06-{m['id']}@spoorwijzer.nl"]
        assert event.decoded("DTSTART") == date.fromisoformat(m["datum"])
        assert (event.decoded("DTEND") - event.decoded("DTSTART")).days == 1
        assert str(event["SUMMARY"]) == m["titel"]
        assert m["uitleg"] in str(event["DESCRIPTION"])
        alarms = event.walk("VALARM")
        assert alarms and all(str(a["ACTION"]) == "DISPLAY" and str(a["DESCRIPTION"]) == m["titel"] for a in alarms)
        triggers = sorted(a.decoded("TRIGGER") for a in alarms)
        assert triggers in ([timedelta(days=-7), timedelta(days=-1)], [timedelta(hours=9)])


def test_dossier_agenda_met_herinneringen():
    result = run("dossiercheck", {"eerste_ziektedag": "2025-01-06", "peildatum": "2025-12-01"})
    agenda = icalendar.Calendar.from_ical(result["ics"])
    events = list(agenda.walk("VEVENT"))
    assert events and all(str(e["UID"]).startswith("2025-01-06-dossier-") for e in events)
    assert all(len(e.walk("VALARM")) == 2 for e in events)
