"""Tijdlijn texts that depend on the reader's situation (register/teksten-regels.yml, review of 2 December 2026).

A late WIA application lengthens an employee's wage period (BW 7:629 lid 11 sub a); for someone on a Ziektewet
benefit from UWV without an employer it does not (Ziektewet art. 29 lid 5, lid 10 and 11 only for an
eigenrisicodrager), so every result about a late application carries that caveat. A voluntary extension moves the
last day to apply, but WIA art. 64 lid 3 says so only for art. 24 lid 3: the result says where the date comes from.
"""

from calculators import regels
from calculators.api import run
from calculators.bronnen import BRONNEN
from calculators.tijdlijn import TE_LAAT_GEVOLGEN, TE_LAAT_ZONDER_WERKGEVER

A = {"eerste_ziektedag": "6-1-2025"}  # shared/facts: voorbeeld A, last day to apply zo 18-10-2026
ZONDER_WERKGEVER = TE_LAAT_ZONDER_WERKGEVER
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
    # ZW art. 29 lid 5, 10 and 11; WIA art. 43 onder b and c hold the benefit back only while the longer ziekengeld
    # (or its gap) runs: otherwise the law does not postpone it, UWV decides after the application
    for deel in ("Ziektewet van UWV zonder werkgever", "art. 29 lid 5 Ziektewet", "art. 29 lid 10 Ziektewet",
                 "art. 29 lid 11 Ziektewet", "eigenrisicodrager", "art. 43 onder b Wet WIA",
                 "stelt de wet de ingang van uw WIA-uitkering niet uit"):
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


def test_te_late_aanvraag_noemt_loon_en_wia_gevolgen():
    # Voorbeeld I: deadline zo 18-10-2026 (at(650)), application zo 8-11-2026 → 21 days late.
    result = tijdlijn(wia_aanvraag_datum="8-11-2026", peildatum="2-12-2026")
    werknemer = next(m for m in result["meldingen"] if "21 dagen te laat" in m)
    assert werknemer.endswith(TE_LAAT_GEVOLGEN)
    # BW 7:629 lid 3 sub f (2026 text): no wage for the time the application is late without deugdelijke grond
    assert "geen recht op loon" in werknemer and "art. 7:629 lid 3 onder f BW" in werknemer
    # WIA art. 88 lid 1 sub c: "weigert ... geheel of gedeeltelijk, blijvend of tijdelijk"; lid 4: a warning instead
    for deel in ("helemaal of voor een deel", "voor een tijd of voorgoed", "art. 88 lid 1 onder c Wet WIA", "waarschuwing"):
        assert deel in werknemer, deel


def test_op_tijd_geen_gevolgen_van_te_laat():
    result = tijdlijn(wia_aanvraag_datum="18-10-2026", peildatum="2-12-2026")  # the last day itself (at(650))
    assert result["te_laat_dagen"] == 0
    assert not any(TE_LAAT_GEVOLGEN in m for m in result["meldingen"])


def test_verlenging_13_weken_noemt_de_berekende_weken():
    # end0 = at(727 + 91) = zo 4-4-2027, week 117; application 77 days before: zo 17-1-2027, week 106;
    # verslag 91 days before: zo 3-1-2027, week 104 (WIA art. 24 lid 1, 25 lid 4; dossiercheck test, same dates).
    mijlpalen = per_id(tijdlijn(verlenging_weken="13", peildatum="1-10-2026"))
    verwacht = {"einde_wachttijd": ("2027-04-04", 117), "wia_aanvraag_uiterlijk": ("2027-01-17", 106),
                "reintegratieverslag": ("2027-01-03", 104)}
    for mid, (datum, week) in verwacht.items():
        m = mijlpalen[mid]
        assert (m["datum"], m["week"]) == (datum, week), mid
        assert f"week {week}" in m["termijn"], m["termijn"]
        for oud in ("week 93", "week 91", "eind van week 104,", "eind van week 104 "):
            assert oud not in m["termijn"] + m["uitleg"], (mid, oud)
    assert "besluit van UWV" in mijlpalen["wia_aanvraag_uiterlijk"]["termijn"]
    assert "einde van de verlenging" in mijlpalen["reintegratieverslag"]["termijn"]


def test_verlenging_zonder_besluit_geldt_week_93():
    # WIA art. 64 lid 3: eleven weeks before the end of the wachttijd, which stays 104 weeks (art. 23 lid 1; art. 24
    # lid 1 extends the wage period after it): at(650) = zo 18-10-2026 (voorbeeld A), whatever the extension.
    result = tijdlijn(verlenging_weken="26", peildatum="2-9-2026")
    tot_besluit = regels.vul_in(regels.VERLENGING_TOT_BESLUIT, wettelijk="18 oktober 2026")
    assert tot_besluit in result["meldingen"]
    assert "18 oktober 2026" in result["samenvatting"] and "besluit" in result["samenvatting"]
    assert "18 april 2027" in result["samenvatting"]  # voorbeeld L: what the calculator computes with 26 weeks


def test_loonsanctie_noemt_de_berekende_week_van_het_einde():
    # 6 weeks of loonsanctie (WIA art. 25 lid 9): end at(727 + 42) = zo 14-2-2027, week 110; the application
    # deadline does not move (facts README): week 93.
    mijlpalen = per_id(tijdlijn(loonsanctie_weken="6", peildatum="2-12-2026"))
    assert (mijlpalen["einde_wachttijd"]["datum"], mijlpalen["einde_wachttijd"]["week"]) == ("2027-02-14", 110)
    assert "week 110" in mijlpalen["einde_wachttijd"]["termijn"]
    assert "week 93" in mijlpalen["wia_aanvraag_uiterlijk"]["termijn"]


def test_zonder_verschuiving_de_gewone_teksten():
    mijlpalen = per_id(tijdlijn(peildatum="2-12-2025"))
    for mid in ("einde_wachttijd", "wia_aanvraag_uiterlijk", "reintegratieverslag"):
        assert mijlpalen[mid]["termijn"] == regels.MIJLPAAL[mid].termijn_tekst


def test_niet_meegerekend_in_de_tijdlijn():
    punten = tijdlijn(peildatum="2-12-2025")["niet_meegerekend"]
    bronnen = {p["bron"] for p in punten}
    for naam in ("bw_629_3_f", "zw_29", "wia_23_6", "uwv_42e_week_werkdag", "wia_24_2", "wia_25_9"):
        assert BRONNEN[naam].url in bronnen, naam
    assert all(set(p) == {"wat", "waarom", "bron", "bron_label"} and p["waarom"] for p in punten)


def test_spoor2_mijlpaal_is_een_grens_geen_feit():
    """Beside its status ("Voorbij") the title must not read as something that happened in the reader's case."""
    titel = regels.MIJLPAAL["spoor2_uiterlijk"].titel
    assert "gestart" not in titel and "praktijkgrens" in titel.lower()


def test_status_zegt_wat_bekend_is_niet_wat_er_gebeurde():
    """Issue 26: "Voorbij" beside "Spoor 2: praktijkgrens" read as if spoor 2 had started. The status says where the
    date lies from the reader's date, in words of its own, and comes from Python with the rest of the milestone."""
    result = tijdlijn(eerste_ziektedag="6-1-2025", peildatum="22-3-2026")
    mijlpalen = per_id(result)
    spoor2 = mijlpalen["spoor2_uiterlijk"]
    assert (spoor2["status"], spoor2["status_tekst"]) == ("voorbij", "Deze datum is voorbij")
    assert (mijlpalen["eerstejaarsevaluatie"]["status"], mijlpalen["eerstejaarsevaluatie"]["status_tekst"]) == \
        ("voorbij", "Deze periode is voorbij")
    volgende = mijlpalen[result["volgende"]["id"]]
    assert (volgende["status"], volgende["status_tekst"]) == ("volgende", "Eerstvolgende datum")
    assert mijlpalen["wia_ingang"]["status_tekst"] == "Deze datum komt nog"
    for m in result["mijlpalen"]:
        assert m["status"] == ("voorbij" if m["voorbij"] else "volgende" if m["id"] == result["volgende"]["id"]
                               else "later"), m["id"]
        assert m["status_tekst"].startswith(("Deze datum", "Deze periode", "Eerstvolgende")), m["status_tekst"]
    # A reader's date inside the window of the eerstejaarsevaluatie: the window runs now.
    binnen = per_id(tijdlijn(eerste_ziektedag="6-1-2025", peildatum="1-12-2025"))["eerstejaarsevaluatie"]
    assert (binnen["status"], binnen["status_tekst"]) == ("volgende", "Deze periode loopt nu")


def test_een_reeks_van_data_heeft_de_weken_van_de_reeks():
    """Issue 26: the eerstejaarsevaluatie's window (17 november 2025 to 4 January 2026 for a first sick day of 6 January
    2025) was labelled "week 52" alone. Its label names the first and the last week of the window, counted as the fact
    sheet counts (week N = counted days 7(N-1) … 7N-1): day 315 is in week 46, day 363 in week 52."""
    eje = regels.MIJLPAAL["eerstejaarsevaluatie"]
    vanaf_week, tot_week = eje.venster_vanaf_dag // 7 + 1, eje.dag // 7 + 1
    assert (vanaf_week, tot_week) == (46, 52)
    m = per_id(tijdlijn(eerste_ziektedag="6-1-2025", peildatum="22-3-2026"))["eerstejaarsevaluatie"]
    assert (m["venster_vanaf"], m["datum"]) == ("2025-11-17", "2026-01-04")
    assert m["venster_vanaf_week"] == vanaf_week == regels.getal("eje_venster_vanaf_week")
    assert m["week_tekst"] == "week 46 tot en met 52"
    # Every other milestone is one date, labelled with its own week.
    for ander in tijdlijn(eerste_ziektedag="6-1-2025", peildatum="22-3-2026")["mijlpalen"]:
        if "venster_vanaf" not in ander:
            assert ander["week_tekst"] == f"week {ander['week']}", ander["id"]
