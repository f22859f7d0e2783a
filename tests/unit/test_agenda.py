"""The .ics download: valid RFC 5545 text with folded lines, CRLF and stable UIDs."""

from calculators.api import run


def ics(**params):
    return run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "peildatum": "2026-11-22", **params})["ics"]


def test_regels_eindigen_op_crlf_en_zijn_hooguit_75_octetten():
    tekst = ics()
    assert tekst.endswith("\r\n") and "\n" not in tekst.replace("\r\n", "")
    assert all(len(regel.encode()) <= 75 for regel in tekst.split("\r\n"))
    assert any(regel.startswith(" ") for regel in tekst.split("\r\n")), "long descriptions must be folded"


def test_een_gebeurtenis_per_mijlpaal_met_stabiele_uid():
    tekst = ics()
    assert tekst.count("BEGIN:VEVENT") == 13
    assert "UID:2025-01-06-wia_aanvraag_uiterlijk@spoorwijzer.nl" in tekst
    met_sanctie = ics(loonsanctie_weken="10")
    assert "UID:2025-01-06-einde_wachttijd@spoorwijzer.nl" in met_sanctie
    assert "DTSTART;VALUE=DATE:20270314" in met_sanctie


def test_ontvouwen_tekst_behoudt_speciale_tekens():
    ontvouwen = ics().replace("\r\n ", "")
    assert "SUMMARY:Ziekmelding bij UWV (42e-weeksmelding)" in ontvouwen
    assert "\\," in ontvouwen  # commas in descriptions are escaped
