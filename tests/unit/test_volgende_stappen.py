"""'Wat nu?': the next three steps from the reader's date, texts from the rule data."""

from calculators import api, regels

VELDEN = {"id", "datum", "week", "week_tekst", "titel", "werknemer", "werkgever"}


def stappen(**params):
    uit = api.run("tijdlijn", {"eerste_ziektedag": "2025-01-06", **params})
    assert uit["ok"], uit
    return uit["volgende_stappen"]


def test_drie_volgende_stappen_vanaf_de_peildatum_en_de_uiterste_aanvraagdatum():
    lijst = stappen(peildatum="2025-03-01")  # week 8, dag 54: het plan van aanpak is morgen uiterlijk klaar
    # The deadline of the headline always comes with it, even with three steps before it.
    assert [s["id"] for s in lijst] == ["plan_van_aanpak", "ziekmelding_uwv", "eerstejaarsevaluatie",
                                        "wia_aanvraag_uiterlijk"]
    assert [s["datum"] for s in lijst] == ["2025-03-02", "2025-10-27", "2026-01-04", "2026-10-18"]
    assert all(set(s) == VELDEN for s in lijst)
    pva = regels.MIJLPAAL["plan_van_aanpak"]
    assert lijst[0]["werknemer"] == pva.tekst("werknemer") and lijst[0]["werkgever"] == pva.tekst("werkgever")
    assert lijst[0]["week"] == pva.week


def test_een_stap_op_de_peildatum_zelf_telt_nog_mee():
    assert stappen(peildatum="2025-03-02")[0]["id"] == "plan_van_aanpak"
    assert stappen(peildatum="2025-03-03")[0]["id"] == "ziekmelding_uwv"


def test_na_de_uiterste_aanvraagdatum_eerst_alsnog_aanvragen():
    lijst = stappen(peildatum="2026-10-19")  # de dag na zondag 18 oktober 2026
    assert [s["id"] for s in lijst] == ["wia_aanvraag_alsnog", "einde_wachttijd", "wia_ingang"]
    assert lijst[0]["datum"] == "2026-10-19"
    assert "vandaag" in lijst[0]["werknemer"]


def test_de_uiterste_aanvraagdatum_staat_er_een_keer_bij():
    lijst = stappen(peildatum="2026-08-01")
    assert [s["id"] for s in lijst] == ["wia_brief", "wia_brief_uiterlijk", "reintegratieverslag",
                                        "wia_aanvraag_uiterlijk"]
    assert [s["id"] for s in stappen(peildatum="2026-10-01")].count("wia_aanvraag_uiterlijk") == 1
    # After a late letter the later day is the deadline, and the step that names it.
    laat = stappen(peildatum="2026-08-01", wia_brief_ontvangen="2026-10-01")
    assert [s["id"] for s in laat][-1] == "wia_aanvraag_na_late_brief"


def test_met_aanvraagdatum_geen_alsnog():
    lijst = stappen(peildatum="2026-10-19", wia_aanvraag_datum="2026-10-01")
    assert [s["id"] for s in lijst] == ["einde_wachttijd", "wia_ingang"]


def test_na_alles_geen_stappen_meer():
    assert stappen(peildatum="2027-06-01", wia_aanvraag_datum="2026-10-01") == []


def test_elke_mijlpaal_heeft_termijn_en_wat_nu_zonder_open_plekken():
    for m in (*regels.MIJLPALEN, *regels.AFGELEIDE_MIJLPALEN.values()):
        for veld in ("termijn", "werknemer", "werkgever", "uitleg"):
            tekst = m.tekst(veld)
            assert tekst and "{" not in tekst and "}" not in tekst, (m.id, veld)
