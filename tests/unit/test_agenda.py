"""The .ics download: valid RFC 5545 text with folded lines, CRLF and stable UIDs; only what is still
to come, each with reminders; the letter's date and the four weeks of WIA art. 64 lid 6 only on the
WIA application."""

from hypothesis import given, strategies as st

from calculators import agenda
from calculators.api import run


def ics(**params):
    return run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "peildatum": "2026-11-22", **params})["ics"]


def events(tekst):
    """Unfolded VEVENT blocks, keyed by milestone id."""
    ontvouwen = tekst.replace("\r\n ", "")
    blokken = ontvouwen.split("BEGIN:VEVENT\r\n")[1:]
    return {b.split("UID:2025-01-06-", 1)[1].split("@", 1)[0]: b for b in blokken}


def test_regels_eindigen_op_crlf_en_zijn_hooguit_75_octetten():
    tekst = ics(peildatum="2025-01-06")
    assert tekst.endswith("\r\n") and "\n" not in tekst.replace("\r\n", "")
    assert all(len(regel.encode()) <= 75 for regel in tekst.split("\r\n"))
    assert any(regel.startswith(" ") for regel in tekst.split("\r\n")), "long descriptions must be folded"


def test_een_gebeurtenis_per_mijlpaal_die_nog_komt_met_stabiele_uid():
    alles = ics(peildatum="2025-01-06")  # on the first sick day everything is ahead
    assert alles.count("BEGIN:VEVENT") == 13
    assert "UID:2025-01-06-wia_aanvraag_uiterlijk@spoorwijzer.nl" in alles
    # On 22 November 2026 only the end of the waiting period (3 January 2027) and the day after are ahead.
    assert set(events(ics())) == {"einde_wachttijd", "wia_ingang"}
    met_sanctie = ics(loonsanctie_weken="10")
    assert "UID:2025-01-06-einde_wachttijd@spoorwijzer.nl" in met_sanctie
    assert "DTSTART;VALUE=DATE:20270314" in met_sanctie


def test_een_termijn_op_de_peildatum_zelf_komt_er_nog_in():
    assert "wia_aanvraag_uiterlijk" in events(ics(peildatum="2026-10-18"))
    assert "wia_aanvraag_uiterlijk" not in events(ics(peildatum="2026-10-19"))


def test_als_alles_voorbij_is_blijven_einde_wachttijd_en_ingang():
    assert set(events(ics(peildatum="2027-06-01"))) == {"einde_wachttijd", "wia_ingang"}
    # The dossiercheck names nothing to keep: nothing ahead is no calendar.
    assert "BEGIN:VEVENT" not in agenda.ics([], agenda.date(2025, 1, 6), agenda.date(2027, 6, 1))


def test_herinneringen_een_week_en_een_dag_voor_een_termijn_en_op_de_dag_bij_een_moment():
    gevonden = events(ics(peildatum="2026-06-01"))
    aanvraag = gevonden["wia_aanvraag_uiterlijk"]
    assert aanvraag.count("BEGIN:VALARM") == 2 and "TRIGGER:-P7D" in aanvraag and "TRIGGER:-P1D" in aanvraag
    assert "ACTION:DISPLAY\r\nDESCRIPTION:WIA aanvragen: uiterste datum\r\n" in aanvraag
    assert gevonden["wia_ingang"].count("BEGIN:VALARM") == 1 and "TRIGGER:PT9H" in gevonden["wia_ingang"]
    assert all("BEGIN:VALARM" in blok for blok in gevonden.values())


def test_de_brief_van_uwv_gaat_voor_alleen_bij_de_wia_aanvraag():
    gevonden = events(ics(peildatum="2026-06-01"))
    met = [mid for mid, blok in gevonden.items() if "De datum in de brief van UWV gaat altijd voor" in blok]
    assert met == ["wia_aanvraag_uiterlijk"]
    assert "binnen 4 weken na ontvangst van de brief" in gevonden["wia_aanvraag_uiterlijk"]
    assert "81 weken" in gevonden["wia_aanvraag_uiterlijk"]
    laat = events(ics(peildatum="2026-10-01", wia_brief_ontvangen="2026-10-01"))
    assert "De datum in de brief van UWV gaat altijd voor" in laat["wia_aanvraag_na_late_brief"]


def test_regels_datum_in_de_agenda():
    tekst = ics().replace("\r\n ", "")
    assert "X-WR-CALDESC:Stand op 22 november 2026. Berekend met de regels van 22 november 2026." in tekst
    assert all("Berekend met de regels van 22 november 2026." in blok for blok in events(tekst).values())


def test_ontvouwen_tekst_behoudt_speciale_tekens():
    ontvouwen = ics(peildatum="2025-01-06").replace("\r\n ", "")
    assert "SUMMARY:Ziekmelding bij UWV (42e-weeksmelding)" in ontvouwen
    assert "\\," in ontvouwen  # commas in descriptions are escaped


@given(st.text(max_size=400) | st.text(alphabet="aé€😀,;\\", max_size=400))
def test_vouwen_knipt_geen_teken_doormidden_en_ontvouwen_geeft_de_regel_terug(regel):
    # the folding cuts bytes (for speed); it must still end every line within 75 octets on a character boundary
    gevouwen = agenda._vouw(regel)
    assert gevouwen.replace("\r\n ", "") == regel
    delen = gevouwen.split("\r\n")
    assert all(len(deel.encode("utf-8")) <= agenda.MAX_OCTETTEN for deel in delen)
    # greedy: every line but the last is full, up to one character that did not fit
    for deel, volgende in zip(delen, delen[1:]):
        assert volgende.startswith(" ")
        assert len(deel.encode("utf-8")) + len(volgende[1].encode("utf-8")) > agenda.MAX_OCTETTEN
