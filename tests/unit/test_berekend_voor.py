""""Berekend voor" and "regels_datum": every answer says what it was computed from and with which rules."""

import pytest

from calculators import regels
from calculators.api import DOSSIER_FORMULIER, run
from calculators.dossier_regels import STAPPEN

GEVALLEN = [
    ("tijdlijn", {"eerste_ziektedag": "6-1-2025", "peildatum": "22-11-2026"}),
    ("dossiercheck", {"eerste_ziektedag": "6-1-2025", "peildatum": "22-11-2026"}),
    ("passend_werk", {"situatie": "werkgever", "eerste_ziektedag": "6-1-2025", "peildatum": "22-11-2026"}),
    ("wia_indicatie", {"maatmanloon": "3000", "restverdiencapaciteit": "1200,50"}),
]


@pytest.mark.parametrize("naam, params", GEVALLEN)
def test_elk_antwoord_en_elke_fout_noemt_de_regels_datum(naam, params):
    assert run(naam, params)["regels_datum"] == regels.LAATST_GECONTROLEERD.isoformat() == "2026-11-22"
    assert run(naam, {})["regels_datum"] == "2026-11-22" and not run(naam, {})["ok"]
    assert run("bestaat_niet", {})["regels_datum"] == "2026-11-22"


@pytest.mark.parametrize("naam, params", GEVALLEN)
def test_elke_regel_heeft_veld_label_en_waarde(naam, params):
    voor = run(naam, params)["berekend_voor"]
    assert voor and all(list(r) == ["veld", "label", "waarde"] and all(r.values()) for r in voor)
    assert all(r["label"][:1].islower() or r["label"].startswith("WIA") for r in voor)


def test_tijdlijn_in_de_volgorde_van_het_formulier():
    voor = run("tijdlijn", {"ziekteperiodes": "6-1-2025/28-2-2025,20-3-2025/", "verlof": "5-5-2025/24-8-2025/ja",
                            "verlenging_weken": "13", "loonsanctie_weken": "1", "wia_aanvraag_datum": "1-10-2026",
                            "wia_brief_ontvangen": "1-9-2026", "peildatum": "22-11-2026"})["berekend_voor"]
    assert voor == [
        {"veld": "ziekteperiodes[0].van", "label": "ziekteperiode 1",
         "waarde": "6 januari 2025 tot en met 28 februari 2025"},
        {"veld": "ziekteperiodes[1].van", "label": "ziekteperiode 2", "waarde": "vanaf 20 maart 2025"},
        {"veld": "verlof[0].van", "label": "verlof 1",
         "waarde": "5 mei 2025 tot en met 24 augustus 2025, daarna ziek door dezelfde oorzaak"},
        {"veld": "verlenging_weken", "label": "vrijwillige verlenging", "waarde": "13 weken"},
        {"veld": "loonsanctie_weken", "label": "loonsanctie", "waarde": "1 week"},
        {"veld": "wia_aanvraag_datum", "label": "WIA-aanvraag ontvangen door UWV", "waarde": "1 oktober 2026"},
        {"veld": "wia_brief_ontvangen", "label": "brief van UWV over de WIA ontvangen", "waarde": "1 september 2026"},
        {"veld": "peildatum", "label": "peildatum", "waarde": "22 november 2026"},
    ]


def test_zonder_peildatum_staat_er_berekend_op_vandaag():
    voor = run("tijdlijn", {"eerste_ziektedag": "10 mrt 2025", "vandaag": "2026-12-02"})["berekend_voor"]
    assert voor == [{"veld": "eerste_ziektedag", "label": "eerste ziektedag", "waarde": "10 maart 2025"},
                    {"veld": "peildatum", "label": "berekend op", "waarde": "2 december 2026"}]


def test_dossiercheck_noemt_alleen_ingevulde_stappen_in_de_volgorde_van_het_formulier():
    voor = run("dossiercheck", {"eerste_ziektedag": "6-1-2025", "peildatum": "1-12-2025", "ziekmelding_uwv": "20-10-2025",
                                "evaluaties": "1-5-2025,3-4-2025", "probleemanalyse": "10-2-2025"})["berekend_voor"]
    assert [(r["veld"], r["waarde"]) for r in voor] == [
        ("eerste_ziektedag", "6 januari 2025"), ("peildatum", "1 december 2025"),
        ("probleemanalyse", "10 februari 2025"), ("evaluaties", "3 april 2025 en 1 mei 2025"),
        ("ziekmelding_uwv", "20 oktober 2025")]
    assert voor[2]["label"] == "probleemanalyse van de bedrijfsarts"


def test_elke_dossierstap_staat_in_de_formuliervolgorde():
    assert set(DOSSIER_FORMULIER) == {s.id for s in STAPPEN} | {"evaluaties"}


def test_passend_werk_en_wia_uitkomst():
    assert run("passend_werk", {"situatie": "ww", "uitkering_vanaf": "1-2-2026", "peildatum": "1-12-2026"})[
        "berekend_voor"] == [
        {"veld": "situatie", "label": "situatie", "waarde": "WW-uitkering"},
        {"veld": "uitkering_vanaf", "label": "eerste dag van de uitkering", "waarde": "1 februari 2026"},
        {"veld": "peildatum", "label": "peildatum", "waarde": "1 december 2026"}]
    assert [r["waarde"] for r in run("wia_indicatie", GEVALLEN[3][1] | {"duurzaam": "ja"})["berekend_voor"]] == [
        "€ 3000", "€ 1200,50", "ja"]
