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
    assert "geldt uw aanvraag in de regel als op tijd" in result["samenvatting"]
    # lid 6, second sentence, and a letter sent but not received: the headline points to the note that names them
    assert "hieronder staat wanneer niet" in result["samenvatting"]
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
    assert zaterdag["waarschuwingen"][0]["melding"].startswith("8 maart 2025 is een zaterdag.")  # the day named once
    assert zaterdag["wachttijd_start"] == "2025-03-08"  # the computation is not changed
    assert run("tijdlijn", {"eerste_ziektedag": "10-3-2025", "peildatum": "1-6-2025"})["waarschuwingen"] == []
    # 21-4-2025 is tweede Paasdag (Easter 2025: 20 April)
    paas = run("dossiercheck", {"ziekteperiodes": [{"van": "21-4-2025"}], "peildatum": "1-6-2025"})
    assert paas["waarschuwingen"][0]["veld"] == "ziekteperiodes[0].van"
    assert paas["waarschuwingen"][0]["melding"].startswith("Maandag 21 april 2025 is een feestdag.")


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


# Second review of 6 December 2026 (tijdlijn and dossiercheck: texts and presentation).

AOW = {"eerste_ziektedag": "10-3-2025", "geboortedatum": "1-1-1960", "vandaag": "2026-12-06"}


def test_aow_voor_het_einde_krijgt_een_eigen_kop_en_gemarkeerde_mijlpalen():
    # born 1-1-1960: AOW age 67 (AOW art. 7a), AOW date 1-1-2027, before the end of the wage period on 7-3-2027.
    # BW 7:629 lid 2 sub b and last sentence: six weeks of wage from that date, the last day 11-2-2027;
    # WIA art. 43 onder g: no WIA benefit from the AOW date. The headline no longer promises a start on 8-3-2027.
    result = run("tijdlijn", AOW)
    kop = result["samenvatting"]
    assert kop.startswith("U bereikt op 1 januari 2027 de AOW-leeftijd (67 jaar), voor het einde van de wachttijd.")
    assert "11 februari 2027 (BW 7:629 lid 2)" in kop and "WIA art. 43 onder g" in kop
    assert "8 maart 2027" not in kop
    # the ids and dates stay; the titles and texts say what holds instead
    einde, ingang = mijlpaal(result, "einde_wachttijd"), mijlpaal(result, "wia_ingang")
    assert (einde["datum"], ingang["datum"]) == ("2027-03-07", "2027-03-08")
    assert einde["titel"].endswith("(uw loon stopt eerder: AOW-leeftijd)") and einde["geldt_niet"]
    assert "tot en met 11 februari 2027" in einde["uitleg"]
    assert ingang["titel"].endswith("(geldt niet: AOW-leeftijd)") and "WIA art. 43 onder g" in ingang["uitleg"]
    stap = next(s for s in result["volgende_stappen"] if s["id"] == "einde_wachttijd")
    assert "na 11 februari 2027" in stap["werknemer"] and "na 11 februari 2027" in stap["werkgever"]
    # without the AOW date in the way, the usual headline and items
    jong = run("tijdlijn", {**AOW, "geboortedatum": "1-1-1980"})
    assert jong["samenvatting"].startswith("UWV moet uw WIA-aanvraag uiterlijk op zondag 20 december 2026 hebben.")
    assert "geldt_niet" not in mijlpaal(jong, "wia_ingang")


DOSSIER_REVIEW = {"eerste_ziektedag": "10-3-2025", "vandaag": "2026-12-06", "probleemanalyse": "22-4-2025",
                  "plan_van_aanpak": "2 mei 2025", "evaluaties": "15-6-2025, 1-9-2025",
                  "ziekmelding_uwv": "29-12-2025", "eerstejaarsevaluatie": "1-3-2026"}


def test_wia_aanvraag_staat_altijd_bij_nu_doen():
    # WIA art. 64 lid 3: UWV must have the application eleven weeks before the end, day 650 = 20-12-2026. It is not
    # the next step (the verslag is due today), but while it is not in and not past it is on the to-do list.
    result = run("dossiercheck", DOSSIER_REVIEW)
    item = next(i for i in result["te_doen"] if i["over"] == "wia_aanvraag")
    assert (item["groep"], item["status"], item["uiterlijk"]) == ("nu", "nog_niet", "2026-12-20")
    assert item["wanneer"] == "Uiterlijk op zondag 20 december 2026."
    # after the overdue items and the next step
    volgorde = [i["over"] for i in result["te_doen"] if i["groep"] == "nu"]
    assert volgorde[-1] == "wia_aanvraag"
    # once applied, it is no longer a thing to do
    gedaan = run("dossiercheck", {**DOSSIER_REVIEW, "wia_aanvraag": "1-12-2026"})
    assert all(i["over"] != "wia_aanvraag" for i in gedaan["te_doen"])


def test_spoor2_is_praktijk_van_uwv_geen_wettelijke_termijn():
    # BW 7:658a lid 1: only when the own work cannot be done and there is no other passende arbeid at the employer;
    # lid 2: "zo tijdig mogelijk". 6 weeks after the eerstejaarsevaluatie (1-3-2026 + 42 = 12-4-2026) is UWV's practice.
    result = run("dossiercheck", DOSSIER_REVIEW)
    item = next(i for i in result["te_doen"] if i["over"] == "spoor2_gestart")
    assert item["wanneer"] == "Vandaag. De praktijkgrens was zondag 12 april 2026 (geen wettelijke termijn)."
    assert item["kop"].startswith("Spoor 2 is niet gestart. De praktijkgrens") and "ontbreekt" not in item["kop"]
    # UWV's own page says "uiterlijk na een jaar"; the Werkwijzer's 6 weeks after the evaluation is named as such
    assert "uiterlijk na een jaar" in item["tekst"] and "Werkwijzer Poortwachter" in item["tekst"]
    assert "BW 7:658a lid 1 en 2" in item["tekst"] and "moest er uiterlijk" not in item["tekst"]
    assert "De uiterste datum" not in item["wanneer"]
    stap = {s["id"]: s for s in result["stappen"]}["spoor2_gestart"]
    assert stap["status_tekst"] == "Niet gestart" and "geen wettelijke termijn" in stap["uiterlijk_naam"]
    assert "geen wettelijke termijn" in stap["uitleg"] and "te laat" not in stap["gevolg"]
    # started after UWV's date: later than UWV expects, not "te laat" as against a law
    laat = run("dossiercheck", {**DOSSIER_REVIEW, "spoor2_gestart": "22-4-2026"})
    stap = {s["id"]: s for s in laat["stappen"]}["spoor2_gestart"]
    assert stap["status"] == "te_laat" and stap["status_tekst"] == "Later dan de praktijkgrens"
    assert stap["gedaan_noot"] == " (10 dagen na de praktijkgrens)"
    item = next(p for p in laat["problemen"] if p["over"] == "spoor2_gestart")
    assert item["kop"] == "Spoor 2 startte 10 dagen na de praktijkgrens (geen wettelijke termijn)."
    # other steps keep their legal words
    assert {s["id"]: s for s in laat["stappen"]}["ziekmelding_uwv"]["status_tekst"] is None


def test_weekendvraag_bij_een_berekende_start_staat_bij_het_verlof():
    # 6-1-2025 sick, leave 1-3-2025 .. 20-6-2025, then sick from another cause: the new waiting period starts on
    # 21-6-2025, a Saturday, computed and not typed (WIA art. 23 lid 2: the first werkdag not worked)
    params = {"eerste_ziektedag": "6-1-2025", "verlof": [{"van": "1-3-2025", "tot": "20-6-2025", "zelfde_oorzaak": "nee"}],
              "vandaag": "2026-12-06"}
    for naam in ("tijdlijn", "dossiercheck"):
        result = run(naam, params)
        assert result["wachttijd_start"] == "2025-06-21"
        assert [w["veld"] for w in result["waarschuwingen"]] == ["verlof[0].tot"], naam
        melding = result["waarschuwingen"][0]["melding"]
        assert "de dag na verlof 1" in melding and "WIA art. 23 lid 2" in melding
        assert "Vul dan" not in melding  # it asks to change no date the reader typed


def test_werkgever_bij_de_aanvraagdatum_noemt_ook_geen_brief():
    # WIA art. 64 lid 6, first sentence: also when UWV did not send the letter at all; second sentence: neither holds
    # when the 42e-weeksmelding came on or after the day of 81 weeks (late_brief_melding_voor_weken)
    result = run("tijdlijn", {"eerste_ziektedag": "10-3-2025", "peildatum": "1-12-2026"})
    stap = next(s for s in result["volgende_stappen"] if s["id"] == "wia_aanvraag_uiterlijk")
    assert "of als UWV de brief helemaal niet stuurde" in stap["werkgever"]
    assert "81 weken ziek was" in stap["werkgever"] and "(WIA art. 64 lid 6)" in stap["werkgever"]


def test_te_late_aanvraag_verlengt_de_loondoorbetaling_niet_de_wachttijd():
    # WIA art. 23 lid 1: the wachttijd is 104 weeks; BW 7:629 lid 11 sub a extends the wage period by the delay, and
    # WIA art. 43 onder b keeps the benefit back while that runs
    result = run("tijdlijn", BASIS)
    melding = next(m for m in result["meldingen"] if m.startswith("Uw WIA-aanvraag kwam 15 dagen te laat"))
    assert "De wachttijd blijft 104 weken (WIA art. 23 lid 1)" in melding
    assert "(BW 7:629 lid 11 sub a)" in melding and "WIA art. 43 onder b" in melding
    assert "wachttijd duren" not in melding
    gevolg = {s["id"]: s for s in run("dossiercheck", DOSSIER)["stappen"]}["wia_aanvraag"]["gevolg"]
    assert "de wachttijd zelf blijft 104 weken" in gevolg and "duren de wachttijd" not in gevolg
