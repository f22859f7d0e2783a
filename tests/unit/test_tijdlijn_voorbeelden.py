"""Golden table: the worked examples of shared/facts/legal-research.md §10, date for date.

Rows are copied from the fact sheet (ids per the milestone table in shared/facts/README.md). The
vervroegde-IVA milestones are not in those tables; they follow at(21) and at(475) (Voorbeeld H).
"""

from datetime import date, timedelta

import pytest

from calculators.api import run

D = date.fromisoformat
IDS = ("probleemanalyse", "plan_van_aanpak", "ziekmelding_uwv", "eerstejaarsevaluatie", "spoor2_uiterlijk",
       "wia_brief", "wia_brief_uiterlijk", "reintegratieverslag", "wia_aanvraag_uiterlijk", "einde_wachttijd",
       "wia_ingang")

# Voorbeelden A–E: one ongoing sick period.
ENKELVOUDIG = {
    "A 2025-01-06": ("2025-01-06", "2025-02-16 2025-03-02 2025-10-27 2026-01-04 2026-02-15 2026-09-14 2026-09-20 "
                                   "2026-10-04 2026-10-18 2027-01-03 2027-01-04"),
    "B 2025-07-15": ("2025-07-15", "2025-08-25 2025-09-08 2026-05-05 2026-07-13 2026-08-24 2027-03-23 2027-03-29 "
                                   "2027-04-12 2027-04-26 2027-07-12 2027-07-13"),
    "C 2025-12-22": ("2025-12-22", "2026-02-01 2026-02-15 2026-10-12 2026-12-20 2027-01-31 2027-08-30 2027-09-05 "
                                   "2027-09-19 2027-10-03 2027-12-19 2027-12-20"),
    "D 2026-03-16": ("2026-03-16", "2026-04-26 2026-05-10 2027-01-04 2027-03-14 2027-04-25 2027-11-22 2027-11-28 "
                                   "2027-12-12 2027-12-26 2028-03-12 2028-03-13"),
    "E 2024-03-01": ("2024-03-01", "2024-04-11 2024-04-25 2024-12-20 2025-02-27 2025-04-10 2025-11-07 2025-11-13 "
                                   "2025-11-27 2025-12-11 2026-02-26 2026-02-27"),
}


def mijlpalen(params):
    result = run("tijdlijn", {"peildatum": "2026-11-22", **params})
    assert result["ok"], result
    return {m["id"]: m for m in result["mijlpalen"]}


@pytest.mark.parametrize("naam", ENKELVOUDIG)
def test_enkelvoudige_ziekte(naam):
    eerste, datums = ENKELVOUDIG[naam]
    gekregen = mijlpalen({"eerste_ziektedag": eerste})
    assert {i: gekregen[i]["datum"] for i in IDS} == dict(zip(IDS, datums.split()))


def test_voorbeeld_a_weken_en_eerstejaarsvenster():
    gekregen = mijlpalen({"eerste_ziektedag": "2025-01-06"})
    weken = {i: gekregen[i]["week"] for i in IDS}
    assert weken == dict(zip(IDS, (6, 8, 43, 52, 58, 89, 89, 91, 93, 104, 105)))
    assert gekregen["eerstejaarsevaluatie"]["venster_vanaf"] == "2025-11-17"


def test_voorbeeld_f_onderbreking_korter_dan_vier_weken():
    gekregen = mijlpalen({"ziekteperiodes": [{"van": "2025-01-06", "tot": "2025-02-28"}, {"van": "2025-03-20"}]})
    verwacht = {
        "probleemanalyse": "2025-02-16",
        "ziekmelding_uwv": "2025-11-15", "eerstejaarsevaluatie": "2026-01-23", "spoor2_uiterlijk": "2026-03-06",
        "wia_brief": "2026-10-03", "wia_brief_uiterlijk": "2026-10-09", "reintegratieverslag": "2026-10-23",
        "wia_aanvraag_uiterlijk": "2026-11-06", "einde_wachttijd": "2027-01-22", "wia_ingang": "2027-01-23",
    }
    assert {i: gekregen[i]["datum"] for i in verwacht} == verwacht
    # The fact sheet's table gives 2 March 2025 (calendar D+55) for the plan van aanpak, but that day lies in the
    # recovery gap (1-19 March); by its own convention at(55) is counted day 55 = 21 March 2025.
    assert gekregen["plan_van_aanpak"]["datum"] == "2025-03-21"


def test_voorbeeld_f_grensgeval_precies_vier_weken_start_nieuwe_wachttijd():
    result = run("tijdlijn", {"peildatum": "2026-11-22",
                              "ziekteperiodes": [{"van": "2025-01-06", "tot": "2025-02-28"}, {"van": "2025-03-29"}]})
    assert result["wachttijd_start"] == "2025-03-29"
    einde = next(m for m in result["mijlpalen"] if m["id"] == "einde_wachttijd")
    assert einde["datum"] == date.fromordinal(D("2025-03-29").toordinal() + 727).isoformat()
    assert any("nieuwe wachttijd" in m for m in result["meldingen"])


def test_voorbeeld_g_zwangerschapsverlof_zelfde_oorzaak():
    gekregen = mijlpalen({
        "ziekteperiodes": [{"van": "2025-01-06", "tot": "2025-05-04"}, {"van": "2025-08-25"}],
        "verlof": [{"van": "2025-05-05", "tot": "2025-08-24", "zelfde_oorzaak": True}],
    })
    assert {i: gekregen[i]["datum"] for i in IDS} == dict(zip(IDS, (
        "2025-02-16 2025-03-02 2026-02-16 2026-04-26 2026-06-07 2027-01-04 2027-01-10 2027-01-24 2027-02-07 "
        "2027-04-25 2027-04-26").split()))


def test_voorbeeld_g_verlof_binnen_een_doorlopende_ziekte_geeft_hetzelfde():
    gekregen = mijlpalen({"eerste_ziektedag": "2025-01-06",
                          "verlof": "2025-05-05/2025-08-24/ja"})
    assert gekregen["einde_wachttijd"]["datum"] == "2027-04-25"


def test_voorbeeld_h_vervroegde_iva_venster():
    gekregen = mijlpalen({"eerste_ziektedag": "2025-01-06"})
    assert gekregen["vervroegde_iva_vanaf"]["datum"] == "2025-01-27"
    assert gekregen["vervroegde_iva_uiterlijk"]["datum"] == "2026-04-26"
    assert gekregen["vervroegde_iva_uiterlijk"]["week"] == 68


def test_voorbeeld_i_te_late_aanvraag():
    result = run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "wia_aanvraag_datum": "2026-11-08",
                              "peildatum": "2026-11-22"})
    gekregen = {m["id"]: m["datum"] for m in result["mijlpalen"]}
    assert result["te_laat_dagen"] == 21
    assert gekregen["einde_wachttijd"] == "2027-01-24"
    assert gekregen["wia_ingang"] == "2027-01-25"
    assert gekregen["wia_aanvraag_uiterlijk"] == "2026-10-18"


def test_voorbeeld_j_te_late_brief_aanvraag_binnen_vier_weken_is_op_tijd():
    result = run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "wia_brief_ontvangen": "2026-10-08",
                              "wia_aanvraag_datum": "2026-11-05", "peildatum": "2026-11-22"})
    gekregen = {m["id"]: m["datum"] for m in result["mijlpalen"]}
    assert gekregen["wia_aanvraag_na_late_brief"] == "2026-11-05"
    assert result["te_laat_dagen"] == 0
    assert gekregen["einde_wachttijd"] == "2027-01-03"


def test_voorbeeld_j_na_de_vier_weken_telt_de_vertraging_vanaf_de_gewone_termijn():
    result = run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "wia_brief_ontvangen": "2026-10-08",
                              "wia_aanvraag_datum": "2026-11-06", "peildatum": "2026-11-22"})
    assert result["te_laat_dagen"] == (D("2026-11-06") - D("2026-10-18")).days


def test_voorbeeld_k_loonsanctie_52_weken():
    gekregen = mijlpalen({"eerste_ziektedag": "2025-01-06", "loonsanctie_weken": "52"})
    assert gekregen["einde_wachttijd"]["datum"] == "2028-01-02"
    assert gekregen["wia_ingang"]["datum"] == "2028-01-03"
    assert gekregen["wia_aanvraag_uiterlijk"]["datum"] == "2026-10-18"
    assert gekregen["reintegratieverslag"]["datum"] == "2026-10-04"


def test_voorbeeld_l_vrijwillige_verlenging_26_weken():
    gekregen = mijlpalen({"eerste_ziektedag": "2025-01-06", "verlenging_weken": 26})
    assert gekregen["einde_wachttijd"]["datum"] == "2027-07-04"
    assert gekregen["wia_ingang"]["datum"] == "2027-07-05"
    assert gekregen["wia_aanvraag_uiterlijk"]["datum"] == "2027-04-18"


def test_korte_verlenging_wordt_aanvaard_met_een_melding_en_dezelfde_formule():
    # WIA art. 24 sets no minimum for a first extension; UWV's 13 weeks is practice: a note, not a refusal.
    basis = mijlpalen({"eerste_ziektedag": "2025-01-06"})
    result = run("tijdlijn", {"peildatum": "2026-11-22", "eerste_ziektedag": "2025-01-06", "verlenging_weken": "5"})
    assert result["ok"], result
    gekregen = {m["id"]: D(m["datum"]) for m in result["mijlpalen"]}
    for mid in ("einde_wachttijd", "wia_ingang", "wia_aanvraag_uiterlijk", "reintegratieverslag"):
        assert gekregen[mid] == D(basis[mid]["datum"]) + timedelta(weeks=5), mid
    assert any("5 weken" in m and "minstens 13 weken" in m for m in result["meldingen"])
    lang = run("tijdlijn", {"peildatum": "2026-11-22", "eerste_ziektedag": "2025-01-06", "verlenging_weken": "13"})
    assert not any("minstens" in m for m in lang["meldingen"])


@pytest.mark.parametrize("params", [
    {"eerste_ziektedag": "2025-01-06"},                                       # Voorbeeld A, deadline 18-10-2026
    {"eerste_ziektedag": "2025-01-06", "loonsanctie_weken": "12"},
    {"eerste_ziektedag": "2025-01-06", "wia_brief_ontvangen": "2026-10-08"},  # late letter: extra time until 5-11
])
def test_voorbij_de_uiterste_datum_zonder_aanvraag_rekent_met_aanvraag_op_de_peildatum(params):
    peildatum = "2026-11-22"
    zonder = run("tijdlijn", {"peildatum": peildatum, **params})
    met = {m["id"]: m["datum"] for m in
           run("tijdlijn", {"peildatum": peildatum, "wia_aanvraag_datum": peildatum, **params})["mijlpalen"]}
    assert zonder["bij_aanvraag_op_peildatum"] == {"einde_wachttijd": met["einde_wachttijd"],
                                                   "wia_ingang": met["wia_ingang"]}
    assert any("22 november 2026" in m and "gewone einde" in m for m in zonder["meldingen"])
    ingang = D(met["wia_ingang"])
    assert f"{ingang.day} " in zonder["samenvatting"] and "aanvraag op 22 november 2026" in zonder["samenvatting"]
    titels = {m["id"]: m["titel"] for m in zonder["mijlpalen"]}
    assert "op tijd" in titels["einde_wachttijd"] and "op tijd" in titels["wia_ingang"]


def test_voor_de_uiterste_datum_of_met_aanvraag_geen_voorwaardelijk_einde():
    voor = run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "peildatum": "2026-10-18"})
    met = run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "peildatum": "2026-11-22",
                           "wia_aanvraag_datum": "2026-11-01"})
    for result in (voor, met):
        assert result["bij_aanvraag_op_peildatum"] is None
        assert not any("gewone einde" in m for m in result["meldingen"])
        assert "op tijd" not in {m["id"]: m["titel"] for m in result["mijlpalen"]}["einde_wachttijd"]
