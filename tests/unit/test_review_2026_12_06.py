"""Hand-computed cases for the lawyer's review of 6 December 2026 (tijdlijn and dossiercheck).

First sick day Monday 10-3-2025 (counted day 0): day 650 = 20-12-2026 is the last day to apply (WIA art. 64 lid 3,
eleven weeks before the end), day 622 = 22-11-2026 the last day for UWV's letter (art. 64 lid 2, 89 weeks), day 566 =
27-9-2026 the day of 81 weeks (art. 64 lid 6, second sentence), day 727 = 7-3-2027 the end of the waiting period.
"""

from calculators.api import run

BASIS = {"eerste_ziektedag": "10-3-2025", "peildatum": "6-1-2027", "wia_aanvraag_datum": "4-1-2027"}


def mijlpaal(result, mid):
    return next(m for m in result["mijlpalen"] if m["id"] == mid)


def test_zonder_keuze_te_laat_met_de_aanname_erbij():
    result = run("tijdlijn", BASIS)
    # 4-1-2027 is 15 days after 20-12-2026 (WIA art. 64 lid 3; BW 7:629 lid 11 sub a moves the end by 15 days)
    assert result["te_laat_dagen"] == 15
    assert mijlpaal(result, "wia_ingang")["datum"] == "2027-03-23"
    # the letter is assumed to have come by 22-11-2026 (WIA art. 64 lid 2), and the result says so
    assert any(m.startswith("De rekenhulp gaat ervan uit dat u de brief van UWV") and "22 november 2026" in m
               for m in result["meldingen"])


def test_geen_brief_geldt_als_op_tijd():
    result = run("tijdlijn", {**BASIS, "wia_brief": "geen"})
    # WIA art. 64 lid 6, first sentence: without the letter the application counts as on time: no days late,
    # the benefit can start the day after day 727 (8-3-2027, WIA art. 47 lid 2, 54 lid 2)
    assert result["te_laat_dagen"] == 0
    assert mijlpaal(result, "wia_ingang")["datum"] == "2027-03-08"
    assert "geldt uw aanvraag als op tijd" in result["samenvatting"]
    melding = next(m for m in result["meldingen"] if m.startswith("U kreeg geen brief"))
    # lid 6, second sentence: not when the employer reported only on or after the day of 81 weeks (27-9-2026);
    # then the application was 15 days late
    assert "27 september 2026" in melding and "15 dagen te laat" in melding
    assert not any("gaat ervan uit" in m for m in result["meldingen"])


def test_geen_brief_zonder_aanvraag_na_de_uiterste_datum():
    result = run("tijdlijn", {"eerste_ziektedag": "10-3-2025", "peildatum": "6-1-2027", "wia_brief": "geen"})
    # WIA art. 64 lid 6: an application now still counts as on time, so the ordinary end holds
    assert result["bij_aanvraag_op_peildatum"] is None
    assert result["volgende_stappen"][0]["id"] == "wia_aanvraag_geen_brief"
    assert mijlpaal(result, "wia_ingang")["datum"] == "2027-03-08"


def test_geen_brief_en_een_datum_van_ontvangst_spreken_elkaar_tegen():
    result = run("tijdlijn", {**BASIS, "wia_brief": "geen", "wia_brief_ontvangen": "1-12-2026"})
    assert not result["ok"] and result["fouten"][0]["veld"] == "wia_brief_ontvangen"


def test_oude_links_met_een_briefdatum_werken_nog():
    # a late letter (received 1-12-2026, after 22-11-2026): four weeks from receipt, to 29-12-2026 (WIA art. 64 lid 6)
    result = run("tijdlijn", {**BASIS, "wia_aanvraag_datum": "28-12-2026", "wia_brief_ontvangen": "1-12-2026"})
    assert result["ok"] and result["te_laat_dagen"] == 0


def test_eerste_ziektedag_op_zaterdag_geeft_een_vraag_en_dezelfde_data():
    # 8-3-2025 is a Saturday: WIA art. 23 lid 2 starts the waiting period on the first werkdag not worked
    zaterdag = run("tijdlijn", {"eerste_ziektedag": "8-3-2025", "peildatum": "1-6-2025"})
    assert [w["veld"] for w in zaterdag["waarschuwingen"]] == ["eerste_ziektedag"]
    assert "zaterdag" in zaterdag["waarschuwingen"][0]["melding"]
    assert zaterdag["wachttijd_start"] == "2025-03-08"  # the computation is not changed
    assert run("tijdlijn", {"eerste_ziektedag": "10-3-2025", "peildatum": "1-6-2025"})["waarschuwingen"] == []
    # 21-4-2025 is tweede Paasdag (Easter 2025: 20 April)
    paas = run("dossiercheck", {"ziekteperiodes": [{"van": "21-4-2025"}], "peildatum": "1-6-2025"})
    assert paas["waarschuwingen"][0]["veld"] == "ziekteperiodes[0].van"
    assert "feestdag" in paas["waarschuwingen"][0]["melding"]


def test_loonsanctie_zegt_dat_het_einde_kan_schuiven():
    result = run("tijdlijn", {"eerste_ziektedag": "10-3-2025", "peildatum": "1-6-2026", "loonsanctie_weken": "10"})
    # 7-3-2027 + 70 days = 16-5-2027 (WIA art. 25 lid 9, BW 7:629 lid 11 sub b)
    assert mijlpaal(result, "einde_wachttijd")["datum"] == "2027-05-16"
    melding = next(m for m in result["meldingen"] if m.startswith("De loonsanctie kan korter duren"))
    # WIA art. 25 lid 13 (3 weeks to decide) and lid 14 (6 weeks after the repair, at most 52 weeks)
    assert "binnen 3 weken" in melding and "6 weken nadat UWV" in melding and "52 weken" in melding


def test_brief_van_uwv_is_meestal_rond_88_weken():
    result = run("tijdlijn", {"eerste_ziektedag": "10-3-2025", "peildatum": "1-6-2025"})
    # WIA art. 64 lid 2 only says "uiterlijk op de dag waarop de wachttijd 89 weken heeft geduurd"
    assert mijlpaal(result, "wia_brief")["uitleg"].startswith("Meestal stuurt UWV u een brief")


def test_aow_voor_het_einde_van_de_wachttijd():
    # born 15-6-1959: AOW age 67 (AOW art. 7a), AOW date 15-6-2026, before the end on 7-3-2027; six weeks of wage from
    # that date, the last day 26-7-2026 (BW 7:629 lid 2 sub b and last sentence)
    result = run("tijdlijn", {"eerste_ziektedag": "10-3-2025", "peildatum": "1-6-2025", "geboortedatum": "15-6-1959"})
    melding = next(m for m in result["meldingen"] if m.startswith("U bereikt op 15 juni 2026"))
    assert "26 juli 2026" in melding and "BW 7:629 lid 2" in melding and "Ziektewet art. 29 lid 4" in melding
    assert "WIA art. 43 onder g" in melding
    assert all(p["wat"] != "De AOW-leeftijd" for p in result["niet_meegerekend"])
    zonder = run("tijdlijn", {"eerste_ziektedag": "10-3-2025", "peildatum": "1-6-2025"})
    assert any(p["wat"] == "De AOW-leeftijd" for p in zonder["niet_meegerekend"])
    jong = run("tijdlijn", {"eerste_ziektedag": "10-3-2025", "peildatum": "1-6-2025", "geboortedatum": "1-1-1980"})
    assert not any("AOW" in m for m in jong["meldingen"])


def test_zonder_werkgever_staat_bij_niet_meegerekend():
    result = run("tijdlijn", {"eerste_ziektedag": "10-3-2025", "peildatum": "1-6-2025"})
    punt = next(p for p in result["niet_meegerekend"] if p["wat"].startswith("Ziek zonder werkgever"))
    # WIA art. 26 lid 1 (UWV makes the plan), art. 65 (no employer's verslag), ZW art. 29 lid 5 (104 weeks)
    assert "art. 26 lid 1" in punt["waarom"] and "art. 65" in punt["waarom"] and "104 weken" in punt["waarom"]
    assert punt["bron"] == "https://spoorwijzer.nl/ziektewet-vangnet/"


DOSSIER = {"eerste_ziektedag": "10-3-2025", "peildatum": "6-1-2027", "wia_aanvraag": "4-1-2027"}


def test_dossiercheck_geen_brief():
    stappen = {s["id"]: s for s in run("dossiercheck", {**DOSSIER, "wia_brief": "geen"})["stappen"]}
    assert stappen["wia_aanvraag"]["status"] == "op_tijd"  # WIA art. 64 lid 6, first sentence
    # reported on 27-9-2026, the day of 81 weeks: lid 6 does not apply, the application was late
    laat = {s["id"]: s for s in run("dossiercheck", {**DOSSIER, "wia_brief": "geen",
                                                     "ziekmelding_uwv": "27-9-2026"})["stappen"]}
    assert laat["wia_aanvraag"]["status"] == "te_laat"


def test_evaluaties_tellen_als_gesprek():
    # plan 20-4-2025, eerstejaarsevaluatie 1-3-2026: without counting it, 20-4-2025 to 6-1-2027 is 626 days without a
    # conversation; the evaluation of the plan (WIA art. 25 lid 2, "periodiek geëvalueerd") splits it
    result = run("dossiercheck", {"eerste_ziektedag": "10-3-2025", "peildatum": "6-1-2027", "plan_van_aanpak": "20-4-2025",
                                  "eerstejaarsevaluatie": "1-3-2026"})
    assert [(g["van"], g["tot"]) for g in result["evaluatie_gaten"]] == [("2025-04-20", "2026-03-01"),
                                                                         ("2026-03-01", "2027-01-06")]


def test_spoor2_vanaf_een_eerdere_eerstejaarsevaluatie():
    # eerstejaarsevaluatie 1-12-2025 + 6 weeks = 12-1-2026, earlier than at(405) = 19-4-2026 (UWV practice)
    result = run("dossiercheck", {"eerste_ziektedag": "10-3-2025", "peildatum": "6-1-2027",
                                  "eerstejaarsevaluatie": "1-12-2025"})
    assert {s["id"]: s["uiterlijk"] for s in result["stappen"]}["spoor2_gestart"] == "2026-01-12"
