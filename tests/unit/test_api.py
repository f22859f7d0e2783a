"""The JSON boundary: bad input gives Dutch messages tied to fields, never an exception."""

import json

import pytest

from calculators.api import run, run_json


def fouten(name, params):
    result = run(name, params)
    assert result["ok"] is False, result
    return {f["veld"]: f["melding"] for f in result["fouten"]}


@pytest.mark.parametrize("params, veld, woord", [
    ({}, "eerste_ziektedag", "Vul"),
    ({"eerste_ziektedag": "2025-02-30"}, "eerste_ziektedag", "geen bestaande datum"),
    ({"eerste_ziektedag": "<script>alert(1)</script>"}, "eerste_ziektedag", "De eerste ziektedag is geen datum die"),
    ({"eerste_ziektedag": "x" * 10_000}, "eerste_ziektedag", "te lang"),
    ({"eerste_ziektedag": "1989-05-01"}, "eerste_ziektedag", "niet vóór"),
    ({"eerste_ziektedag": "2090-01-01", "peildatum": "2026-11-22"}, "eerste_ziektedag", "ligt na de peildatum"),
    ({"eerste_ziektedag": "2025-01-06", "loonsanctie_weken": "53"}, "loonsanctie_weken", "tussen 0 en 52"),
    ({"eerste_ziektedag": "2025-01-06", "loonsanctie_weken": "-1"}, "loonsanctie_weken", "heel getal"),
    ({"eerste_ziektedag": "2025-01-06", "loonsanctie_weken": "twaalf"}, "loonsanctie_weken", "heel getal"),
    ({"eerste_ziektedag": "2025-01-06", "verlenging_weken": "261"}, "verlenging_weken", "tussen 0 en 260"),
    ({"eerste_ziektedag": "2025-01-06", "wia_aanvraag_datum": "2024-12-01"}, "wia_aanvraag_datum", "niet vóór"),
    ({"ziekteperiodes": [{"van": "2025-03-01", "tot": "2025-02-01"}]}, "ziekteperiodes[0].tot", "eindigt vóór"),
    ({"ziekteperiodes": "2025-01-06/2025-03-01,2025-02-01/"}, "ziekteperiodes[1].van", "overlap"),
    ({"ziekteperiodes": "2025-01-06/,2025-03-01/"}, "ziekteperiodes[0].tot", "Alleen de laatste periode"),
    ({"ziekteperiodes": "2025-01-06/", "verlof": "2025-05-05/2025-04-01/ja"}, "verlof[0].tot", "eindigt vóór"),
    ({"ziekteperiodes": "2025-01-06/", "verlof": "2025-05-05/2025-06-01/misschien"}, "verlof[0].zelfde_oorzaak", "Kies of de oorzaak dezelfde is: ja of nee"),
    ({"ziekteperiodes": 42}, "ziekteperiodes", "lijst"),
    ({"eerste_ziektedag": "2025-01-06", "peildatum": "morgen"}, "peildatum", "De peildatum ‘morgen’ is geen datum"),
])
def test_foute_invoer_geeft_nederlandse_melding_bij_het_veld(params, veld, woord):
    assert woord in fouten("tijdlijn", params)[veld]


def test_alle_fouten_tegelijk():
    gevonden = fouten("tijdlijn", {"eerste_ziektedag": "nee", "loonsanctie_weken": "99", "verlenging_weken": "x"})
    assert set(gevonden) == {"eerste_ziektedag", "loonsanctie_weken", "verlenging_weken"}


def test_onbekende_rekenhulp_en_foute_vorm():
    assert fouten("bestaat_niet", {}) == {"name": "Deze rekenhulp bestaat niet."}
    assert "params" in fouten("tijdlijn", ["geen", "dict"])
    assert run(None, None)["ok"] is False


def test_onbekende_parameters_worden_genegeerd():
    assert run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "utm_source": "<b>x</b>"})["ok"]


def test_nederlandse_datumnotatie_werkt_ook():
    a = run("tijdlijn", {"eerste_ziektedag": "6-1-2025", "peildatum": "22-11-2026"})
    b = run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "peildatum": "2026-11-22"})
    assert a == b


def test_run_json_is_json_in_json_uit():
    uit = json.loads(run_json("tijdlijn", json.dumps({"eerste_ziektedag": "2025-01-06", "peildatum": "2026-11-22"})))
    assert uit["ok"] and uit["huidige_week"] == 98 and uit["volgende"]["id"] == "einde_wachttijd"
    assert json.loads(run_json("tijdlijn", "{kapot"))["ok"] is False


def test_samenvatting_noemt_de_uiterste_aanvraagdatum():
    result = run("tijdlijn", {"eerste_ziektedag": "2025-07-15", "peildatum": "2026-11-22"})
    # WIA art. 64 lid 3: by then UWV must have the application, not merely have it in the post.
    assert result["samenvatting"].startswith("UWV moet uw WIA-aanvraag uiterlijk op maandag 26 april 2027 hebben.")
    voorbij = {m["id"]: m["voorbij"] for m in result["mijlpalen"]}
    assert voorbij["ziekmelding_uwv"] and not voorbij["wia_brief"]
