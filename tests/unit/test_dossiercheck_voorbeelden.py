"""The dossiercheck on worked cases, every date written out by hand.

Most cases use Voorbeeld A of the fact sheet (first sick day Monday 6 January 2025), whose milestone
dates are checked in test_tijdlijn_voorbeelden.py: probleemanalyse 16-2-2025 (at 41), plan van aanpak
2-3-2025 (at 55), ziekmelding 27-10-2025 (at 294, a Monday), eerstejaarsevaluatie 4-1-2026 (at 363),
spoor 2 15-2-2026 (at 405), re-integratieverslag 4-10-2026 (end0 - 91), WIA-aanvraag 18-10-2026
(end0 - 77), end0 3-1-2027 (at 727).
"""

import pytest

from calculators.api import run

A = {"eerste_ziektedag": "2025-01-06"}
UITERLIJK_A = {
    "probleemanalyse": "2025-02-16", "plan_van_aanpak": "2025-03-02", "ziekmelding_uwv": "2025-10-27",
    "eerstejaarsevaluatie": "2026-01-04", "spoor2_gestart": "2026-02-15", "eindevaluatie": "2026-10-04",
    "actueel_oordeel": "2026-10-04", "reintegratieverslag": "2026-10-04", "wia_aanvraag": "2026-10-18",
}
STAPVELDEN = ("id", "titel", "uiterlijk", "gedaan", "status", "wie", "uitleg", "gevolg", "bron", "status_tekst",
              "uiterlijk_naam", "gedaan_noot")
# Conversations about the plan every 42 days from 20 February 2025: never more than six weeks apart.
ELKE_ZES_WEKEN = ("2025-04-03,2025-05-15,2025-06-26,2025-08-07,2025-09-18,2025-10-30,2025-12-11,2026-01-22,"
                  "2026-03-05,2026-04-16,2026-05-28,2026-07-09,2026-08-20")
ALLES_OP_TIJD = {
    "probleemanalyse": "2025-02-10", "plan_van_aanpak": "2025-02-20", "ziekmelding_uwv": "2025-10-20",
    "eerstejaarsevaluatie": "2025-12-15", "spoor2_gestart": "2026-01-26", "eindevaluatie": "2026-09-21",
    "actueel_oordeel": "2026-09-14", "reintegratieverslag": "2026-09-28", "wia_aanvraag": "2026-10-05",
}


def check(**params):
    result = run("dossiercheck", params)
    assert result["ok"], result
    return result


def per_id(result, veld):
    return {s["id"]: s[veld] for s in result["stappen"]}


def fouten(**params):
    result = run("dossiercheck", params)
    assert result["ok"] is False, result
    return {f["veld"]: f["melding"] for f in result["fouten"]}


def test_alles_op_tijd():
    result = check(**A, peildatum="2026-11-22", evaluaties=ELKE_ZES_WEKEN, **ALLES_OP_TIJD)
    assert [s["id"] for s in result["stappen"]] == list(UITERLIJK_A)
    assert all(tuple(s) == STAPVELDEN for s in result["stappen"])
    # the plan's deadline is two weeks after the given probleemanalyse (10-2-2025), not at(55)
    # spoor 2: 6 weeks after the eerstejaarsevaluatie entered (15-12-2025 + 42 days = 26-1-2026), not at(405)
    # (UWV practice, "uiterlijk 6 weken na de eerstejaarsevaluatie")
    assert per_id(result, "uiterlijk") == {**UITERLIJK_A, "plan_van_aanpak": "2025-02-24",
                                           "spoor2_gestart": "2026-01-26"}
    assert per_id(result, "gedaan") == ALLES_OP_TIJD
    assert set(per_id(result, "status").values()) == {"op_tijd"}
    assert result["evaluatie_gaten"] == []
    assert result["kop"] == "Alle stappen van het dossier zijn op tijd gezet."
    assert result["samenvatting"]["over"] is None and result["samenvatting"]["status"] == "op_tijd"
    assert "BEGIN:VEVENT" not in result["ics"]  # nothing left to come
    assert (result["peildatum"], result["wachttijd_start"]) == ("2026-11-22", "2025-01-06")


def test_stap_op_de_uiterste_dag_is_op_tijd_een_dag_later_te_laat():
    op_de_dag = check(**A, peildatum="2025-03-01", probleemanalyse="2025-02-16")
    dag_later = check(**A, peildatum="2025-03-01", probleemanalyse="2025-02-17")
    assert per_id(op_de_dag, "status")["probleemanalyse"] == "op_tijd"
    assert per_id(dag_later, "status")["probleemanalyse"] == "te_laat"
    assert dag_later["kop"] == "De probleemanalyse kwam 1 dag te laat."


def test_late_probleemanalyse_verschuift_de_termijn_van_het_plan():
    # PA on 1 March 2025: 13 days after 16 February; the plan is then due 15 March, not 2 March.
    result = check(**A, peildatum="2025-04-01", probleemanalyse="2025-03-01", plan_van_aanpak="2025-03-10")
    assert per_id(result, "uiterlijk")["plan_van_aanpak"] == "2025-03-15"
    assert per_id(result, "status")["probleemanalyse"] == "te_laat"
    assert per_id(result, "status")["plan_van_aanpak"] == "op_tijd"
    assert result["kop"] == "De probleemanalyse kwam 13 dagen te laat."
    samenvatting = result["samenvatting"]
    assert (samenvatting["over"], samenvatting["status"]) == ("probleemanalyse", "te_laat")
    assert samenvatting["tekst"].startswith("De probleemanalyse moest er uiterlijk op zondag 16 februari 2025 zijn "
                                            "en kwam op zaterdag 1 maart 2025.")
    assert "in het dossier" in samenvatting["wat_nu"]["werkgever"]
    # Without the PA's date the same plan is measured against at(55) = 2 March: 8 days late.
    zonder = check(**A, peildatum="2025-04-01", plan_van_aanpak="2025-03-10")
    assert per_id(zonder, "uiterlijk")["plan_van_aanpak"] == "2025-03-02"
    assert per_id(zonder, "status") | {} == {
        **{i: "nog_niet" for i in UITERLIJK_A}, "probleemanalyse": "ontbreekt", "plan_van_aanpak": "te_laat"}
    assert zonder["kop"] == "De probleemanalyse ontbreekt. Verder: 1 stap kwam te laat."


def test_ontbrekende_stappen_voor_en_na_de_peildatum():
    result = check(**A, peildatum="2025-12-01", probleemanalyse="2025-02-10", plan_van_aanpak="2025-02-20",
                   evaluaties="3-4-2025,15-5-2025,26-6-2025,7-8-2025,18-9-2025,30-10-2025")
    assert per_id(result, "status") == {
        "probleemanalyse": "op_tijd", "plan_van_aanpak": "op_tijd", "ziekmelding_uwv": "ontbreekt",
        "eerstejaarsevaluatie": "nog_niet", "spoor2_gestart": "nog_niet", "eindevaluatie": "nog_niet",
        "actueel_oordeel": "nog_niet", "reintegratieverslag": "nog_niet", "wia_aanvraag": "nog_niet",
    }
    assert result["kop"] == "De ziekmelding bij UWV ontbreekt."
    samenvatting = result["samenvatting"]
    assert samenvatting["over"] == "ziekmelding_uwv"
    assert samenvatting["tekst"].startswith("De ziekmelding bij UWV moest er uiterlijk op maandag 27 oktober 2025 zijn.")
    assert "€ 455" in samenvatting["tekst"] and "kan" in samenvatting["tekst"]
    assert samenvatting["wat_nu"]["werkgever"] == "Meld de werknemer vandaag nog ziek bij UWV."
    assert "RIV-toets" in result["niet_meegerekend"][0]["waarom"]  # what the check cannot see: the content
    assert any("BWBR0001888" in b["url"] for b in samenvatting["bronnen"])
    # the steps still to come are in the calendar, with their own UIDs
    ics = result["ics"].replace("\r\n ", "")
    assert ics.count("BEGIN:VEVENT") == 7  # six steps ahead and the next conversation (30-10 + 42 = 11-12-2025)
    assert "UID:2025-01-06-dossier-eerstejaarsevaluatie@spoorwijzer.nl" in ics
    assert "UID:2025-01-06-dossier-volgend_gesprek@spoorwijzer.nl" in ics and "DTSTART;VALUE=DATE:20251211" in ics


@pytest.mark.parametrize("peildatum, status", [("2025-10-27", "nog_niet"), ("2025-10-28", "ontbreekt")])
def test_ontbreekt_pas_na_de_uiterste_dag(peildatum, status):
    result = check(**A, peildatum=peildatum)
    assert per_id(result, "status")["ziekmelding_uwv"] == status


def test_wat_het_laatst_moest_gaat_voor_wat_langer_geleden_moest():
    result = check(**A, peildatum="2026-03-01", probleemanalyse="2025-02-10", plan_van_aanpak="2025-02-20",
                   evaluaties=ELKE_ZES_WEKEN.split(",2026-03-05")[0])
    assert [i for i, s in per_id(result, "status").items() if s == "ontbreekt"] == [
        "ziekmelding_uwv", "eerstejaarsevaluatie", "spoor2_gestart"]
    # All three can still be done today; none costs more with every day, so the most recently due comes first:
    # spoor 2 (15-2-2026), the evaluation (4-1-2026), the 42e-weeksmelding (27-10-2025).
    # UWV's practice for spoor 2 is named as such, not as a legal deadline (BW 7:658a lid 1 and 2: "zo tijdig mogelijk")
    assert result["kop"] == ("Spoor 2 is niet gestart. De praktijkgrens was zondag 15 februari 2026 (geen wettelijke "
                             "termijn). Verder: nog 2 stappen ontbreken.")
    assert [(p["over"], p["groep"], p["kosten"]) for p in result["problemen"]] == [
        ("spoor2_gestart", "nu", "loonsanctie"), ("eerstejaarsevaluatie", "nu", "loonsanctie"),
        ("ziekmelding_uwv", "nu", "boete")]
    boete = result["problemen"][-1]
    assert boete["kosten_tekst"] == "Kan de werkgever een boete van UWV kosten: ten hoogste € 455."
    assert boete["kop"] == "De ziekmelding bij UWV ontbreekt." and boete["datum"] == "2025-10-27"
    assert boete["wat_nu"]["werkgever"] == "Meld de werknemer vandaag nog ziek bij UWV."
    assert any("BWBR0001888" in b["url"] for b in boete["bronnen"])
    # Every item is on the to-do list, each dated today, and then the next step ahead: the three steps due on
    # 4-10-2026 (end0 3-1-2027 - 91 days, WIA art. 25 lid 3).
    te_doen = result["te_doen"]
    assert [(i["over"], i["datum"]) for i in te_doen] == [
        ("spoor2_gestart", "2026-03-01"), ("eerstejaarsevaluatie", "2026-03-01"), ("ziekmelding_uwv", "2026-03-01"),
        ("eindevaluatie", "2026-10-04"), ("actueel_oordeel", "2026-10-04"), ("reintegratieverslag", "2026-10-04"),
        # and the WIA application, always while it is not in (WIA art. 64 lid 3: end0 3-1-2027 - 77 days)
        ("wia_aanvraag", "2026-10-18")]
    assert te_doen[2]["wanneer"] == "Vandaag. De uiterste datum was maandag 27 oktober 2025."
    assert te_doen[3]["wanneer"] == "Uiterlijk op zondag 4 oktober 2026." and te_doen[3]["status"] == "nog_niet"
    assert all(set(i["wat_nu"]) == {"werknemer", "werkgever"} and i["gevolg"] and i["bronnen"] for i in te_doen)


def test_alle_problemen_op_volgorde_van_wat_nu_moet():
    result = check(**A, peildatum="2026-11-22", probleemanalyse="2025-02-10", plan_van_aanpak="2025-02-20")
    volgorde = [(p["over"], p["status"], p["groep"]) for p in result["problemen"]]
    assert volgorde == [
        # the application first: every day late moves the benefit a day (BW 7:629 lid 11 sub a); then the most
        # recently due: the three steps of 4-10-2026 in the file's order, spoor 2 (15-2-2026), the evaluation
        # (4-1-2026), the 42e-weeksmelding (27-10-2025), and the conversation due 3-4-2025 (plan 20-2 + 6 weeks)
        ("wia_aanvraag", "ontbreekt", "nu"),
        ("eindevaluatie", "ontbreekt", "nu"),
        ("actueel_oordeel", "ontbreekt", "nu"),
        ("reintegratieverslag", "ontbreekt", "nu"),
        ("spoor2_gestart", "ontbreekt", "nu"),
        ("eerstejaarsevaluatie", "ontbreekt", "nu"),
        ("ziekmelding_uwv", "ontbreekt", "nu"),
        ("evaluatie_gaten", "gat", "nu"),
    ]
    assert result["samenvatting"]["over"] == "wia_aanvraag" == result["problemen"][0]["over"]
    assert result["kop"] == ("De WIA-aanvraag ontbreekt. Verder: nog 6 stappen ontbreken en 1 keer was er te lang "
                             "geen gesprek over het plan van aanpak.")
    wia = result["problemen"][0]
    assert "vandaag" in wia["wat_nu"]["werknemer"] and "opschuiven" in wia["kosten_tekst"]
    assert all(set(p) == {"over", "status", "groep", "datum", "kosten", "kosten_tekst", "kop", "tekst", "wat_nu",
                          "bronnen"} for p in result["problemen"])


def test_week_100_met_een_te_late_aanvraag_eerst_aanvragen():
    # Voorbeeld A on Sunday 6 December 2026: counted days 6-1-2025 .. 6-12-2026 = 700, so week 100 (days 693-699);
    # the last day to apply was 18-10-2026 (end0 - 77), 49 days ago. The steps up to spoor 2 were on time and the
    # plan was discussed every six weeks up to 20-8-2026: a conversation has been due since 1-10-2026.
    result = check(**A, peildatum="2026-12-06", evaluaties=ELKE_ZES_WEKEN,
                   **{k: v for k, v in ALLES_OP_TIJD.items() if k in (
                       "probleemanalyse", "plan_van_aanpak", "ziekmelding_uwv", "eerstejaarsevaluatie",
                       "spoor2_gestart")})
    stand = result["stand"]
    # end0 3-1-2027 + 49 days late = 21-2-2027 if UWV gets the application today (BW 7:629 lid 11 sub a)
    assert (stand["week"], stand["einde_wachttijd"]) == (100, "2027-02-21")
    # the wachttijd stays 104 weeks (WIA art. 23 lid 1); the wage period runs on (BW 7:629 lid 11 sub a)
    assert stand["tekst"].startswith("Op 6 december 2026 is de werknemer in week 100 van de ziekte. Het loon bij "
                                     "ziekte loopt tot en met zondag 21 februari 2027.")
    te_doen = result["te_doen"]
    assert [(i["over"], i["groep"]) for i in te_doen] == [
        ("wia_aanvraag", "nu"), ("eindevaluatie", "nu"), ("actueel_oordeel", "nu"), ("reintegratieverslag", "nu"),
        ("evaluatie_gaten", "nu")]
    eerst = te_doen[0]
    assert eerst["datum"] == "2026-12-06" and eerst["uiterlijk"] == "2026-10-18"
    assert "vandaag" in eerst["wat_nu"]["werknemer"].lower()
    assert result["kop"].startswith("De WIA-aanvraag ontbreekt.")
    # the week as the tijdlijn gives it
    assert run("tijdlijn", {**A, "peildatum": "2026-12-06"})["huidige_week"] == 100


def test_wat_voorbij_is_en_wat_te_laat_kwam():
    # Sick 6-1 to 31-3-2025, better since (more than four weeks on 1-12-2025): the missing analysis and plan can no
    # longer be done. A late 42e-weeksmelding... is not due while better; use a late analysis instead.
    result = check(ziekteperiodes="2025-01-06/2025-03-31", peildatum="2025-12-01", probleemanalyse="2025-02-20")
    groepen = [(p["over"], p["groep"]) for p in result["problemen"]]
    # analysis 20-2 after 16-2: late, can be explained; plan (due 20-2 + 14 days = 6-3-2025) missing, now past
    assert groepen == [("probleemanalyse", "herstellen"), ("plan_van_aanpak", "voorbij")]
    voorbij = result["te_doen"][-1]
    assert voorbij["tekst"].startswith("De werknemer is beter.") and "kan niet meer" in voorbij["wat_nu"]["werkgever"]
    assert result["stand"]["einde_wachttijd"] is None and "gestopt" in result["stand"]["tekst"]


def test_zonder_problemen_een_lege_lijst():
    assert check(**A, peildatum="2025-02-01")["problemen"] == []


def test_gat_in_de_gesprekken():
    # PA 16-2, plan 1-3 (due 2-3); talks 10-4 (40 days), 1-6 (52: a gap), 13-7 (42: not a gap);
    # peildatum 1-9 (50 days: still open)
    params = dict(**A, probleemanalyse="2025-02-16", plan_van_aanpak="2025-03-01",
                  evaluaties=["10-4-2025", "1-6-2025", "13-7-2025"])
    result = check(peildatum="2025-09-01", **params)
    assert result["evaluatie_gaten"] == [
        {"van": "2025-04-10", "tot": "2025-06-01", "dagen": 52},
        {"van": "2025-07-13", "tot": "2025-09-01", "dagen": 50},
    ]
    assert result["kop"] == ("Er is al 50 dagen geen gesprek geweest over het plan van aanpak. Verder: eerder was er "
                             "nog 1 keer te lang geen gesprek.")
    assert (result["samenvatting"]["over"], result["samenvatting"]["status"]) == ("evaluatie_gaten", "gat")
    assert "6 weken" in result["samenvatting"]["wat_nu"]["werkgever"]
    assert "volgend_gesprek" not in result["ics"]  # overdue, not ahead
    # A week after the last talk only the old gap remains, and the next talk is due 24 August.
    eerder = check(peildatum="2025-07-20", **params)
    assert eerder["evaluatie_gaten"] == [{"van": "2025-04-10", "tot": "2025-06-01", "dagen": 52}]
    assert eerder["kop"] == "Tussen 10 april 2025 en 1 juni 2025 was er 52 dagen geen gesprek over het plan van aanpak."
    assert "DTSTART;VALUE=DATE:20250824" in eerder["ics"]


def test_gesprekken_tellen_tot_het_re_integratieverslag():
    # After the verslag on 28-9-2026 no more talks are needed: no gap up to the peildatum of 22-11-2026.
    result = check(**A, peildatum="2026-11-22", **ALLES_OP_TIJD, evaluaties=ELKE_ZES_WEKEN)
    assert result["evaluatie_gaten"] == []
    zonder_verslag = check(**A, peildatum="2026-11-22", **{**ALLES_OP_TIJD, "reintegratieverslag": None},
                           evaluaties=ELKE_ZES_WEKEN)
    # the eindevaluatie of 21-9-2026 evaluates the plan too (WIA art. 25 lid 2): the gap runs from there, 62 days
    assert zonder_verslag["evaluatie_gaten"] == [{"van": "2026-09-21", "tot": "2026-11-22", "dagen": 62}]


def test_geen_plan_dan_geen_gaten():
    result = check(**A, peildatum="2025-09-01", evaluaties="10-4-2025")
    assert result["evaluatie_gaten"] == []
    assert per_id(result, "status")["plan_van_aanpak"] == "ontbreekt"


def test_verlenging_verschuift_de_laatste_stappen():
    # 13 weeks (91 days) of voluntary extension: end0 3-4-2027; RIV 3-1-2027, application 17-1-2027.
    result = check(**A, peildatum="2026-11-22", verlenging_weken="13")
    assert per_id(result, "uiterlijk") == {
        **UITERLIJK_A, "eindevaluatie": "2027-01-03", "actueel_oordeel": "2027-01-03",
        "reintegratieverslag": "2027-01-03", "wia_aanvraag": "2027-01-17"}
    statussen = per_id(result, "status")
    assert [statussen[i] for i in ("eindevaluatie", "actueel_oordeel", "reintegratieverslag", "wia_aanvraag")] == \
        ["nog_niet"] * 4
    # the same days as the tijdlijn with the same extension
    tijdlijn = run("tijdlijn", {**A, "peildatum": "2026-11-22", "verlenging_weken": "13"})
    datums = {m["id"]: m["datum"] for m in tijdlijn["mijlpalen"]}
    assert (datums["reintegratieverslag"], datums["wia_aanvraag_uiterlijk"]) == ("2027-01-03", "2027-01-17")


def test_ziekteperiodes_met_kort_herstel_voorbeeld_f():
    # Better from 1 to 19 March 2025 (19 days, under four weeks): later deadlines move 19 days.
    result = check(ziekteperiodes="2025-01-06/2025-02-28,2025-03-20/", peildatum="2026-11-22")
    assert result["wachttijd_start"] == "2025-01-06"
    assert per_id(result, "uiterlijk") == {
        "probleemanalyse": "2025-02-16", "plan_van_aanpak": "2025-03-21",
        # at(294) is Saturday 15 November 2025, the legal day (ZW art. 38 lid 1); UWV takes the report up to the
        # first working day after week 42, Monday 17 November (uwv.nl, 'Ziek melden bij UWV')
        "ziekmelding_uwv": "2025-11-17",
        "eerstejaarsevaluatie": "2026-01-23", "spoor2_gestart": "2026-03-06", "eindevaluatie": "2026-10-23",
        "actueel_oordeel": "2026-10-23", "reintegratieverslag": "2026-10-23", "wia_aanvraag": "2026-11-06",
    }
    assert any("19 dagen beter" in m for m in result["meldingen"])


def test_na_herstel_ontbreken_latere_stappen_niet():
    # Sick 6-1 to 31-3-2025 and better since: the PA and the plan were due while sick, the rest was not.
    result = check(ziekteperiodes="2025-01-06/2025-03-31", peildatum="2025-12-01", probleemanalyse="2025-02-10",
                   plan_van_aanpak="2025-02-20", evaluaties="2025-03-30")
    assert per_id(result, "status") == {**{i: "nog_niet" for i in UITERLIJK_A},
                                        "probleemanalyse": "op_tijd", "plan_van_aanpak": "op_tijd"}
    assert result["evaluatie_gaten"] == []  # talks are counted up to the last sick day only
    assert result["kop"] == "Alle stappen die moesten zolang de werknemer ziek was, zijn op tijd gezet."
    assert any("wachttijd is gestopt" in m for m in result["meldingen"])
    assert "BEGIN:VEVENT" not in result["ics"]
    zonder_plan = check(ziekteperiodes="2025-01-06/2025-03-31", peildatum="2025-12-01")
    assert [i for i, s in per_id(zonder_plan, "status").items() if s == "ontbreekt"] == [
        "probleemanalyse", "plan_van_aanpak"]


def test_stap_van_voor_een_nieuwe_wachttijd_is_een_fout():
    # 28 days better starts a new waiting period on 29 March 2025: an older PA belongs to the old one.
    gevonden = fouten(ziekteperiodes="2025-01-06/2025-02-28,2025-03-29/", peildatum="2025-06-01",
                      probleemanalyse="2025-02-10")
    assert gevonden == {"probleemanalyse": "De datum van de probleemanalyse mag niet vóór het begin van de nieuwe "
                                           "wachttijd liggen (29 maart 2025)."}


@pytest.mark.parametrize("veld", [*UITERLIJK_A, "evaluaties"])
def test_foute_datum_per_veld(veld):
    sleutel = "evaluaties[0]" if veld == "evaluaties" else veld
    basis = {**A, "peildatum": "2026-11-22"}
    assert "‘2025-02-30’ is geen bestaande datum: februari 2025 heeft 28 dagen." in fouten(
        **basis, **{veld: "2025-02-30"})[sleutel]
    assert "mag niet vóór de eerste ziektedag liggen (6 januari 2025)" in fouten(**basis, **{veld: "31-12-2024"})[sleutel]
    assert "(23 november 2026) ligt na de peildatum (22 november 2026). Klopt het jaartal?" in fouten(
        **basis, **{veld: "2026-11-23"})[sleutel]
    # No peildatum typed: the message says "vandaag", never "peildatum".
    na_vandaag = fouten(**A, vandaag="2026-12-02", **{veld: "2099-01-01"})[sleutel]
    assert "(1 januari 2099) ligt na vandaag (2 december 2026)" in na_vandaag and "peildatum" not in na_vandaag
    assert "te lang" in fouten(**basis, **{veld: "1" * 500})[sleutel]


def test_foutmeldingen_houden_hoofdletters():
    assert fouten(**A, wia_aanvraag="2025-13-01")["wia_aanvraag"].startswith(
        "De datum van de WIA-aanvraag ‘2025-13-01’ is geen bestaande datum: er is geen maand 13.")
    assert fouten(**A, ziekmelding_uwv="x")["ziekmelding_uwv"].startswith("De datum van de ziekmelding bij UWV ‘x’ is")


@pytest.mark.parametrize("evaluaties, veld, woord", [
    ("1-3-2025,31-2-2025", "evaluaties[1]", "De datum van gesprek 2 ‘31-2-2025’ is geen bestaande datum"),
    ([{"datum": "2025-03-01"}], "evaluaties[0]", "De datum van gesprek 1 is geen datum."),
    (42, "evaluaties", "ten hoogste 100 datums"),
    (",".join(["1-3-2025"] * 101), "evaluaties", "ten hoogste 100 datums"),
])
def test_foute_gesprekken(evaluaties, veld, woord):
    assert woord in fouten(**A, peildatum="2026-11-22", evaluaties=evaluaties)[veld]


def test_ziektedagen_zoals_de_tijdlijn_met_alle_fouten_tegelijk():
    gevonden = fouten(eerste_ziektedag="nee", verlenging_weken="vijf", plan_van_aanpak="morgen")
    assert set(gevonden) == {"eerste_ziektedag", "verlenging_weken", "plan_van_aanpak"}
    assert gevonden["eerste_ziektedag"] == run("tijdlijn", {"eerste_ziektedag": "nee"})["fouten"][0]["melding"]
    assert fouten(ziekteperiodes="2025-01-06/,2025-03-01/")["ziekteperiodes[0].tot"].startswith("Vul de laatste")
    alles_in_verlof = dict(ziekteperiodes="2025-02-01/2025-03-01", verlof="2025-01-01/2025-12-31/ja",
                           peildatum="2025-06-01")
    assert fouten(**alles_in_verlof) == {
        f["veld"]: f["melding"] for f in run("tijdlijn", alles_in_verlof)["fouten"]} == {
        "verlof": "Al uw ziektedagen vallen in het verlof. Controleer de data van het verlof."}


def test_teksten_komen_uit_de_regeldata_zonder_open_plekken():
    from calculators import dossier_regels

    for stap in dossier_regels.STAPPEN:
        for veld in ("uitleg", "gevolg"):
            tekst = stap.tekst(veld)
            assert tekst and "{" not in tekst, (stap.id, veld)
        assert "kan" in stap.tekst("gevolg"), stap.id  # a consequence is never stated as certain
        for wat_nu in (stap.ontbreekt.ingevuld(stap.week), stap.wat_nu_nog_niet()):
            assert set(wat_nu) == {"werknemer", "werkgever"} and all("{" not in t for t in wat_nu.values())
    assert "52 weken" in dossier_regels.STAP["plan_van_aanpak"].tekst("gevolg")
    assert "praktijk" in dossier_regels.STAP["spoor2_gestart"].bron.label.lower()


# WIA art. 64 lid 6 (Voorbeeld J): the letter came on 8 October 2026, after the legal latest day (20 September);
# an application within four weeks of receipt (by 5 November 2026) counts as on time.
LATE_BRIEF = {**ALLES_OP_TIJD, "wia_brief_ontvangen": "2026-10-08"}


def test_aanvraag_binnen_vier_weken_na_te_late_brief_is_op_tijd():
    result = check(**A, **{**LATE_BRIEF, "wia_aanvraag": "2026-11-05"}, peildatum="2026-11-22")
    assert per_id(result, "status")["wia_aanvraag"] == "op_tijd"
    assert per_id(result, "uiterlijk")["wia_aanvraag"] == "2026-11-05"
    assert any("te laat" in m and "5 november 2026" in m for m in result["meldingen"])


def test_aanvraag_na_de_vier_weken_is_te_laat_met_eigen_gevolg():
    result = check(**A, **{**LATE_BRIEF, "wia_aanvraag": "2026-11-06"}, peildatum="2026-11-22")
    assert per_id(result, "status")["wia_aanvraag"] == "te_laat"
    # Gaps in the conversations (loonsanctie) rank above it; the application's problem has its own texts.
    probleem = next(p for p in result["problemen"] if p["over"] == "wia_aanvraag")
    wat_nu = probleem["wat_nu"]
    assert "loondoorbetaling" in wat_nu["werkgever"] and "meteen weten" in wat_nu["werkgever"]
    assert "dossier" not in wat_nu["werknemer"]  # not the general text about the employer's file
    labels = " ".join(b["label"] for b in probleem["bronnen"])
    assert "lid 3 sub f" in labels and "lid 11 sub a" in labels


def test_late_melding_bij_uwv_neemt_de_extra_tijd_weg():
    # The report had to come before the day of 81 weeks, Sunday 26 July 2026 (counted day 566).
    laat = check(**A, **{**LATE_BRIEF, "ziekmelding_uwv": "2026-07-26", "wia_aanvraag": "2026-11-05"},
                 peildatum="2026-11-22")
    assert per_id(laat, "status")["wia_aanvraag"] == "te_laat"
    assert any("geen extra tijd" in m for m in laat["meldingen"])
    op_tijd = check(**A, **{**LATE_BRIEF, "ziekmelding_uwv": "2026-07-25", "wia_aanvraag": "2026-11-05"},
                    peildatum="2026-11-22")
    assert per_id(op_tijd, "status")["wia_aanvraag"] == "op_tijd"


def test_brief_na_de_peildatum_is_een_fout():
    result = run("dossiercheck", {**A, "peildatum": "2026-10-01", "wia_brief_ontvangen": "2026-10-08"})
    assert not result["ok"] and result["fouten"][0]["veld"] == "wia_brief_ontvangen"


def test_geen_loonstop_voor_controlevoorschriften_en_niets_impliceert_stoppen_zonder_wet():
    from calculators import dossier_regels

    pa = dossier_regels.STAP["probleemanalyse"].tekst("gevolg")
    assert "opschorten" in pa and "loonstop" not in pa
    assert any("lid 6" in b.label for b in dossier_regels.STAP["probleemanalyse"].gevolg_bronnen)
    for stap in dossier_regels.STAPPEN:
        tekst = stap.tekst("gevolg")
        assert "loon stoppen" not in tekst, stap.id
        if "loonstop" in tekst:  # every loonstop names its ground in BW 7:629 lid 3 among the sources
            assert any("lid 3 sub" in b.label for b in stap.gevolg_bronnen), stap.id
    assert "loon stoppen" not in dossier_regels.GAT_GEVOLG


def test_korte_verlenging_geeft_een_melding_geen_fout():
    result = check(**A, peildatum="2026-11-22", verlenging_weken="5")
    assert per_id(result, "uiterlijk")["wia_aanvraag"] == "2026-11-22"  # 18 October 2026 + 5 weeks
    assert any("minstens 13 weken" in m for m in result["meldingen"])


# The 42e-weeksmelding on a day off. ZW art. 38 lid 1: "uiterlijk op de eerste dag nadat de ongeschiktheid 42 weken
# heeft geduurd" = counted day 294; the Algemene termijnenwet does not move it (art. 4 sub a: terms of more than twelve
# weeks); UWV: "uiterlijk de eerste werkdag na de 42e ziekteweek" (uwv.nl, 'Ziek melden bij UWV'). UWV fines a late
# one (ZW art. 38 lid 3), so the check follows UWV and says so.
@pytest.mark.parametrize("eerste, melding, status, dagen", [
    # Voorbeeld F's counting without the gap: 6-1-2025 + 294 = Monday 27-10-2025, a working day: no shift
    ("2025-01-06", "2025-10-28", "te_laat", 1),
    # 18-1-2025 (Saturday) + 294 = Saturday 8-11-2025: Monday 10-11 is on time, Tuesday 11-11 one day late
    ("2025-01-18", "2025-11-10", "op_tijd", 0),
    ("2025-01-18", "2025-11-11", "te_laat", 1),
    # 16-6-2025 + 294 = Monday 6-4-2026, Tweede Paasdag (Easter 5-4-2026; Atw art. 3 lid 1): Tuesday 7-4 on time
    ("2025-06-16", "2026-04-07", "op_tijd", 0),
    ("2025-06-16", "2026-04-08", "te_laat", 1),
    # 13-6-2025 + 294 = Goede Vrijdag 3-4-2026 (Atw art. 3 lid 2), then the weekend and Tweede Paasdag: Tuesday 7-4
    ("2025-06-13", "2026-04-07", "op_tijd", 0),
])
def test_ziekmelding_op_een_vrije_dag_volgt_uwv(eerste, melding, status, dagen):
    result = check(eerste_ziektedag=eerste, peildatum="2026-06-01", ziekmelding_uwv=melding)
    stap = next(s for s in result["stappen"] if s["id"] == "ziekmelding_uwv")
    assert stap["status"] == status
    from datetime import date
    assert max(0, (date.fromisoformat(melding) - date.fromisoformat(stap["uiterlijk"])).days) == dagen
    verschoven = eerste != "2025-01-06"
    assert any("UWV neemt de melding in de praktijk nog aan" in m for m in result["meldingen"]) == verschoven
    assert ("praktijk" in stap["bron"]["label"].lower()) == verschoven
    if status == "te_laat":  # late: a thing to explain in the file, counted from the day UWV still takes it
        probleem = next(p for p in result["problemen"] if p["over"] == "ziekmelding_uwv")
        assert (probleem["kop"], probleem["groep"]) == (f"De ziekmelding bij UWV kwam {dagen} dag te laat.", "herstellen")


def test_ziekmelding_op_zaterdag_in_voorbeeld_f():
    # Voorbeeld F: better 1-3 to 19-3-2025, so at(294) = Saturday 15-11-2025; Monday 17-11 on time, Tuesday 1 day late
    basis = dict(ziekteperiodes="2025-01-06/2025-02-28,2025-03-20/", peildatum="2025-12-01")
    assert per_id(check(**basis, ziekmelding_uwv="2025-11-17"), "status")["ziekmelding_uwv"] == "op_tijd"
    dinsdag = check(**basis, ziekmelding_uwv="2025-11-18")
    assert per_id(dinsdag, "status")["ziekmelding_uwv"] == "te_laat"
    assert next(p for p in dinsdag["problemen"] if p["over"] == "ziekmelding_uwv")["kop"] == (
        "De ziekmelding bij UWV kwam 1 dag te laat.")
    # the tijdlijn keeps the legal day
    tijdlijn = run("tijdlijn", basis)
    assert {m["id"]: m["datum"] for m in tijdlijn["mijlpalen"]}["ziekmelding_uwv"] == "2025-11-15"


def test_verlenging_schuift_het_einde_van_de_wachttijd():
    # Voorbeeld A with 13 weeks of extension (WIA art. 24): end0 = at(727) + 91 = 3-1-2027 + 91 days = 4-4-2027.
    # On 22-11-2026: counted days 6-1-2025 .. 22-11-2026 = 686, week (686 - 1) // 7 + 1 = 98.
    result = check(**A, peildatum="2026-11-22", verlenging_weken="13")
    assert (result["stand"]["week"], result["stand"]["einde_wachttijd"]) == (98, "2027-04-04")
    assert "Dat is als UWV" not in result["stand"]["tekst"]  # the last day to apply (17-1-2027) has not passed
    tijdlijn = run("tijdlijn", {**A, "peildatum": "2026-11-22", "verlenging_weken": "13"})
    assert tijdlijn["huidige_week"] == 98
    assert {m["id"]: m["datum"] for m in tijdlijn["mijlpalen"]}["einde_wachttijd"] == "2027-04-04"


def test_niet_meegerekend():
    result = check(**A, peildatum="2026-03-01")
    punten = result["niet_meegerekend"]
    assert [p["wat"] for p in punten][:3] == ["De inhoud van elk stuk", "Een goede reden om te laat te zijn",
                                               "Een loonsanctie van UWV"]
    assert all(set(p) == {"wat", "waarom", "bron", "bron_label"} and "{" not in p["waarom"] for p in punten)
    assert any("art. 25 lid 9" in p["bron_label"] for p in punten)  # WIA art. 25 lid 9: the loonsanctie
    assert any("art. 26 lid 2" in p["bron_label"] for p in punten)  # WIA art. 26 lid 2: eigenrisicodrager ZW
