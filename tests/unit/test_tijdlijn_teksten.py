"""Tijdlijn texts that depend on the reader's situation (register/teksten-regels.yml, review of 2 December 2026).

A late WIA application lengthens an employee's wage period (BW 7:629 lid 11 sub a); for someone on a Ziektewet
benefit from UWV without an employer it does not (Ziektewet art. 29 lid 5, lid 10 and 11 only for an
eigenrisicodrager), so every result about a late application carries that caveat. A voluntary extension moves the
last day to apply, but WIA art. 64 lid 3 says so only for art. 24 lid 3: the result says where the date comes from.
"""

from calculators import regels
from calculators.api import run
from calculators.bronnen import BRONNEN

A = {"eerste_ziektedag": "6-1-2025"}  # shared/facts: voorbeeld A, last day to apply zo 18-10-2026
ZONDER_WERKGEVER = regels.vul_in(regels.TE_LAAT_ZONDER_WERKGEVER)
VERLENGING = regels.vul_in(regels.VERLENGING_AANVRAAGDATUM)


def tijdlijn(**params) -> dict:
    result = run("tijdlijn", {**A, **params})
    assert result["ok"], result
    return result


def per_id(result: dict) -> dict:
    return {m["id"]: m for m in result["mijlpalen"]}


def test_te_late_aanvraag_zegt_wat_er_zonder_werkgever_gebeurt():
    result = tijdlijn(wia_aanvraag_datum="8-11-2026", peildatum="2-12-2026")
    assert result["te_laat_dagen"] == 21
    assert per_id(result)["einde_wachttijd"]["datum"] == "2027-01-24"  # the employee's date stays
    werknemer = next(m for m in result["meldingen"] if "21 dagen te laat" in m)
    assert "BW 7:629 lid 11" in werknemer
    assert result["meldingen"][result["meldingen"].index(werknemer) + 1] == ZONDER_WERKGEVER
    for deel in ("Ziektewet van UWV zonder werkgever", "Ziektewet art. 29 lid 5", "29 lid 10 en 11",
                 "eigenrisicodrager", "Vraag het UWV", "stand op 2 december 2026"):
        assert deel in ZONDER_WERKGEVER, deel
    assert "{" not in ZONDER_WERKGEVER and str(regels.getal("ziektewet_max_weken")) in ZONDER_WERKGEVER


def test_voorbije_aanvraagdatum_zonder_aanvraag_krijgt_de_kanttekening_ook():
    result = tijdlijn(peildatum="2-12-2026")
    assert result["bij_aanvraag_op_peildatum"]
    assert ZONDER_WERKGEVER in result["meldingen"]
    alsnog = regels.AFGELEIDE_MIJLPALEN["wia_aanvraag_alsnog"].uitleg_tekst
    assert "Heeft u een werkgever?" in alsnog and "Ziektewet van UWV zonder werkgever" in alsnog


def test_op_tijd_geen_kanttekening_over_te_laat():
    for params in ({"wia_aanvraag_datum": "18-10-2026", "peildatum": "2-12-2026"}, {"peildatum": "1-6-2026"}):
        assert ZONDER_WERKGEVER not in tijdlijn(**params)["meldingen"], params


def test_verlenging_noemt_waar_de_aanvraagdatum_vandaan_komt():
    # shared/facts voorbeeld L: 26 weeks, last day to apply zo 18-04-2027, verslag 13 weeks before the end.
    result = tijdlijn(verlenging_weken="26", peildatum="2-12-2026")
    mijlpalen = per_id(result)
    assert mijlpalen["wia_aanvraag_uiterlijk"]["datum"] == "2027-04-18"
    assert mijlpalen["reintegratieverslag"]["datum"] == "2027-04-04"
    assert VERLENGING in result["meldingen"]
    assert "art. 24 lid 3" in VERLENGING and "niet bij een eerste verlenging" in VERLENGING
    assert "besluit" in VERLENGING and "stand op 2 december 2026" in VERLENGING
    assert mijlpalen["wia_aanvraag_uiterlijk"]["bron_label"] == BRONNEN["wia_64_3_verlenging"].label
    assert "besluit van UWV" in mijlpalen["wia_aanvraag_uiterlijk"]["bron_label"]
    assert mijlpalen["reintegratieverslag"]["bron"] == BRONNEN["wia_25_4"].url


def test_zonder_verlenging_blijft_de_gewone_bron():
    result = tijdlijn(peildatum="2-12-2025")
    mijlpalen = per_id(result)
    assert mijlpalen["wia_aanvraag_uiterlijk"]["bron_label"] == BRONNEN["wia_64_3"].label
    assert mijlpalen["reintegratieverslag"]["bron_label"] == BRONNEN["wia_25_3"].label
    assert VERLENGING not in result["meldingen"]


def test_korte_verlenging_houdt_de_melding_over_het_minimum():
    melding = next(m for m in tijdlijn(verlenging_weken="5", peildatum="2-12-2025")["meldingen"]
                   if "vrijwillige verlenging" in m)
    assert "minstens 13 weken" in melding and melding.endswith(VERLENGING)


def test_dossiercheck_noemt_bij_verlenging_dezelfde_bronnen_als_de_tijdlijn():
    """The dossiercheck's deadlines are the tijdlijn's; with an extension its steps cite what the tijdlijn cites."""
    params = {"eerste_ziektedag": "6-1-2025", "peildatum": "1-12-2026"}
    for verlenging in ("", "20"):
        tijdlijn = run("tijdlijn", {**params, "verlenging_weken": verlenging})
        dossier = run("dossiercheck", {**params, "verlenging_weken": verlenging})
        mijlpaal_bron = {m["id"]: m["bron"] for m in tijdlijn["mijlpalen"]}
        stap_bron = {s["id"]: s["bron"]["url"] for s in dossier["stappen"]}
        assert stap_bron["wia_aanvraag"] == mijlpaal_bron["wia_aanvraag_uiterlijk"]
        assert stap_bron["reintegratieverslag"] == mijlpaal_bron["reintegratieverslag"]
    assert stap_bron["wia_aanvraag"] == BRONNEN["wia_64_3_verlenging"].url
