"""Passend werk on a date: Voorbeeld M of the fact sheet, the six-month boundary, bad input.

With an employer the law draws one line only: the end of the wage period of BW 7:629 (lid 1: 104 weeks; lid 11:
longer). BW 7:658a lid 1 and 4 and 7:629 lid 3 sub c make work at another employer, offered through the employer,
passend at any time during it; week 58 is UWV practice (shared/facts/README.md, correction of 6 December 2026)."""

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from calculators.api import run
from calculators.bronnen import BRONNEN
from calculators.passend_werk import plus_maanden

VOLGORDE = {"werkgever": ["loondoorbetaling", "na_wachttijd"], "ww": ["eerste_zes_maanden", "na_zes_maanden"]}


def werkgever(peildatum):
    return run("passend_werk", {"situatie": "werkgever", "eerste_ziektedag": "2025-01-06", "peildatum": peildatum})


@pytest.mark.parametrize("peildatum, fase, volgende", [
    ("2025-01-06", "loondoorbetaling", "2027-01-04"),  # first sick day (D); facts voorbeeld A: last wage day 3-1-2027
    ("2025-02-10", "loondoorbetaling", "2027-01-04"),  # Voorbeeld M, week 6
    ("2026-02-15", "loondoorbetaling", "2027-01-04"),  # end of week 58 (at(405)): UWV practice, no new phase
    ("2026-02-16", "loondoorbetaling", "2027-01-04"),  # week 59: still the same phase (BW 7:658a lid 1)
    ("2027-01-03", "loondoorbetaling", "2027-01-04"),  # last wage day at(727) (BW 7:629 lid 1, voorbeeld A)
    ("2027-01-04", "na_wachttijd", None),              # the day after: the wage period is over
])
def test_voorbeeld_m_met_werkgever(peildatum, fase, volgende):
    result = werkgever(peildatum)
    assert (result["fase"], result["volgende_fase_op"]) == (fase, volgende)
    assert result["max_reistijd_uren_per_dag"] is None
    # a loonstop (BW 7:629 lid 3 onder c) only while there is sick pay to stop (7:629 lid 1)
    assert ("loonstop" in result["gevolgen"]) == (fase == "loondoorbetaling")


def test_werk_bij_een_andere_werkgever_is_al_voor_week_58_passend():
    # BW 7:629 lid 3 sub c: passende arbeid "voor de werkgever of voor een door de werkgever aangewezen derde";
    # 7:658a lid 4 has no time element. So the text is the same before and after UWV's week 58.
    voor, na = werkgever("2025-02-10"), werkgever("2026-02-20")
    assert voor["passend"] == na["passend"]
    assert "andere werkgever" in voor["passend"] and "niet pas na een bepaalde week" in voor["passend"]
    assert "Spoor 1" not in voor["fase_titel"] and "Spoor 2" not in voor["fase_titel"]
    assert any("lid=3" in b["url"] and "629" in b["url"] for b in voor["bronnen"])


@pytest.mark.parametrize("peildatum", ["2025-02-10", "2026-02-20"])
def test_week_58_is_praktijk_van_uwv(peildatum):
    result = werkgever(peildatum)
    # Voorbeeld M: "spoor 2 uiterlijk ≈ zo 15-02-2026" = at(405), milestone spoor2_uiterlijk (Werkwijzer Poortwachter)
    assert result["spoor2_praktijk_uwv"] == "2026-02-15"
    assert "15 februari 2026" in result["spoor2_praktijk"] and "week 58" in result["spoor2_praktijk"]
    assert "Dat is praktijk, geen wettelijke termijn" in result["spoor2_praktijk"] and "uiterlijk na een jaar" in result["spoor2_praktijk"]
    assert any(b["url"] == BRONNEN["uwv_spoor2"].url for b in result["bronnen"])


def test_na_de_loondoorbetaling_geen_spoor2_praktijk():
    result = werkgever("2027-01-04")
    assert result["spoor2_praktijk"] is None and result["spoor2_praktijk_uwv"] is None


@pytest.mark.parametrize("situatie, veld", [("werkgever", "eerste_ziektedag"), ("ww", "uitkering_vanaf"),
                                            ("ziektewet", "uitkering_vanaf")])
def test_niet_meegerekend(situatie, veld):
    result = run("passend_werk", {"situatie": situatie, veld: "2025-03-03", "peildatum": "2025-06-02"})
    punten = result["niet_meegerekend"]
    assert punten and all(set(p) == {"wat", "waarom", "bron", "bron_label"} for p in punten)
    assert all(p["bron"].startswith("https://") and p["waarom"] for p in punten)
    bronnen = {p["bron"] for p in punten}
    assert BRONNEN["bw_658a_4"].url in bronnen  # the individual judgement: 7:658a lid 4
    if situatie == "werkgever":
        assert BRONNEN["bw_658a_1"].url in bronnen   # no spoor 2 after AOW age: 7:658a lid 1
        assert BRONNEN["bw_629a"].url in bronnen     # deskundigenoordeel: 7:629a lid 1
        # the travel-time limits apply only with a WW or ZW benefit: Besluit passende arbeid WW en ZW art. 2
        assert BRONNEN["besluit_passende_arbeid_2_4"].url in bronnen


@pytest.mark.parametrize("situatie", ["ww", "ziektewet"])
def test_zes_maanden_grens_en_reistijd(situatie):
    vroeg = run("passend_werk", {"situatie": situatie, "uitkering_vanaf": "2025-03-01", "peildatum": "2025-08-31"})
    laat = run("passend_werk", {"situatie": situatie, "uitkering_vanaf": "2025-03-01", "peildatum": "2025-09-01"})
    assert (vroeg["fase"], vroeg["max_reistijd_uren_per_dag"], vroeg["volgende_fase_op"]) == \
        ("eerste_zes_maanden", 2, "2025-09-01")
    assert (laat["fase"], laat["max_reistijd_uren_per_dag"], laat["volgende_fase_op"]) == ("na_zes_maanden", 3, None)
    assert any("BWBR0036081" in b["url"] for b in vroeg["bronnen"])


def test_maanden_tellen_aan_het_eind_van_de_maand():
    assert plus_maanden(date(2025, 8, 31), 6) == date(2026, 3, 1)
    assert plus_maanden(date(2023, 8, 29), 6) == date(2024, 2, 29)
    assert plus_maanden(date(2025, 7, 15), 6) == date(2026, 1, 15)


@pytest.mark.parametrize("params, veld", [
    ({}, "situatie"),
    ({"situatie": "baas"}, "situatie"),
    ({"situatie": "werkgever"}, "eerste_ziektedag"),
    ({"situatie": "ww", "uitkering_vanaf": "2025-13-01"}, "uitkering_vanaf"),
    ({"situatie": "ww", "uitkering_vanaf": "2026-01-01", "peildatum": "2025-06-01"}, "uitkering_vanaf"),
])
def test_foute_invoer(params, veld):
    result = run("passend_werk", params)
    assert not result["ok"] and result["fouten"][0]["veld"] == veld


@given(st.sampled_from(["werkgever", "ww"]), st.dates(date(2015, 1, 1), date(2030, 1, 1)),
       st.integers(0, 1500), st.integers(1, 400))
def test_fasen_gaan_nooit_terug_in_de_tijd(situatie, start, na, stap):
    veld = "eerste_ziektedag" if situatie == "werkgever" else "uitkering_vanaf"
    eerder = run("passend_werk", {"situatie": situatie, veld: start.isoformat(),
                                  "peildatum": (start + timedelta(days=na)).isoformat()})
    later = run("passend_werk", {"situatie": situatie, veld: start.isoformat(),
                                 "peildatum": (start + timedelta(days=na + stap)).isoformat()})
    assert VOLGORDE[situatie].index(eerder["fase"]) <= VOLGORDE[situatie].index(later["fase"])
    if eerder["volgende_fase_op"] and date.fromisoformat(eerder["volgende_fase_op"]) <= start + timedelta(days=na + stap):
        assert later["fase"] != eerder["fase"]


def ww(**extra):
    return run("passend_werk", {"situatie": "ww", "uitkering_vanaf": "2026-10-01", "peildatum": "2026-12-02", **extra})


def test_ww_na_afgewezen_wia_is_al_het_werk_meteen_passend():
    result = ww(ww_na_wia_afwijzing="ja")  # Werkloosheidswet art. 24 lid 4: "alle arbeid direct passend"
    assert result["fase"] == "direct_alles_passend"
    assert result["volgende_fase_op"] is None and result["let_op"] is None
    assert "meteen passend" in result["passend"]
    assert any("BWBR0004045" in b["url"] and "lid=4" in b["url"] for b in result["bronnen"])


def test_ww_om_een_andere_reden_houdt_de_zes_maanden():
    result = ww(ww_na_wia_afwijzing="nee")
    assert (result["fase"], result["volgende_fase_op"], result["let_op"]) == ("eerste_zes_maanden", "2027-04-01", None)


@pytest.mark.parametrize("antwoord", ["onbekend", ""])
def test_ww_onbekend_noemt_beide_mogelijkheden(antwoord):
    result = ww(ww_na_wia_afwijzing=antwoord)
    assert result["fase"] == "eerste_zes_maanden"
    assert "meteen passend" in result["let_op"] and "andere reden" in result["let_op"]
    assert any("lid=4" in b["url"] for b in result["bronnen"])


def test_vraag_na_wia_afwijzing_telt_alleen_bij_ww():
    result = run("passend_werk", {"situatie": "ziektewet", "uitkering_vanaf": "2026-10-01", "peildatum": "2026-12-02",
                                  "ww_na_wia_afwijzing": "ja"})
    assert result["fase"] == "eerste_zes_maanden" and result["let_op"] is None


def test_vraag_na_wia_afwijzing_foute_waarde():
    result = ww(ww_na_wia_afwijzing="misschien")
    assert not result["ok"] and result["fouten"][0]["veld"] == "ww_na_wia_afwijzing"


# --- Refusing after the wage period (review of 6 December 2026, finding 1) -------------------------------------------

def na_wachttijd(peildatum, **extra):
    return run("passend_werk", {"situatie": "werkgever", "eerste_ziektedag": "10-3-2025", "peildatum": peildatum,
                                **extra})


def test_na_de_wachttijd_geen_loonstop_meer():
    result = na_wachttijd("8-3-2027")
    # 10-3-2025 + 728 days = 8-3-2027, the first day after the 104 weeks of BW 7:629 lid 1
    assert result["fase"] == "na_wachttijd"
    # no sick pay left to stop (BW 7:629 lid 1): the loonstop of 7:629 lid 3 onder c is not named as a consequence
    assert "loonstop" not in result["gevolgen"] and "geen loon bij ziekte meer" in result["gevolgen"]
    # with a WGA benefit: duty to do passend werk (WIA art. 30 lid 1 onder a), sanction WIA art. 88 lid 1 onder a
    assert "Wet WIA art. 30 lid 1 onder a" in result["gevolgen"] and "Wet WIA art. 88 lid 1 onder a" in result["gevolgen"]
    # dismissal: BW 7:669 lid 3 onder b (no recovery within 26 weeks) and onder e (verwijtbaar handelen)
    assert "binnen 26 weken" in result["gevolgen"] and "BW 7:669 lid 3 onder e" in result["gevolgen"]
    urls = {b["url"] for b in result["bronnen"]}
    assert BRONNEN["bw_670_1"].url in urls and BRONNEN["bw_669_3"].url in urls and BRONNEN["wia_30_1"].url in urls
    assert BRONNEN["bw_670a"].url not in urls  # 7:670a only lifts an opzegverbod that still runs


def test_opzegverbod_loopt_tot_twee_jaar_ziekte_niet_tot_104_weken():
    # BW 7:670 lid 1 onder a: "ten minste twee jaren heeft geduurd". Sick from 10-3-2025: two years have passed at
    # the end of 9-3-2027, so on 8-3-2027 (day after the 104 weeks) the opzegverbod still holds, through 9-3-2027.
    assert "tot en met 9 maart 2027" in na_wachttijd("8-3-2027")["gevolgen"]
    assert "geldt niet meer" in na_wachttijd("10-3-2027")["gevolgen"]


def test_tijdens_de_wachttijd_ook_wia_gevolgen():
    result = na_wachttijd("1-6-2025")
    # loonstop (BW 7:629 lid 3 onder c) and opzegverbod lifted (7:670a lid 1) still hold during the wage period
    assert "loonstop" in result["gevolgen"] and "BW 7:670a lid 1" in result["gevolgen"]
    # WIA art. 28 lid 2: duties "gedurende de wachttijd"; art. 88 lid 1 onder a: UWV refuses the benefit later
    assert "Wet WIA art. 28 lid 2" in result["gevolgen"] and "Wet WIA art. 88 lid 1 onder a" in result["gevolgen"]
    assert any(b["url"] == BRONNEN["wia_28_2"].url for b in result["bronnen"])


# --- Months of a benefit (finding 2) ---------------------------------------------------------------------------------

def test_ww_zes_maanden_zegt_dat_onderbrekingen_niet_tellen():
    result = run("passend_werk", {"situatie": "ww", "uitkering_vanaf": "1-3-2026", "peildatum": "1-9-2026"})
    # 1-3-2026 + 6 months = 1-9-2026 (Besluit passende arbeid WW en ZW art. 4 lid 1), assuming no interruption
    assert result["fase"] == "na_zes_maanden"
    telling = result["maanden_telling"]
    assert "1 september 2026" in telling and "Werkloosheidswet art. 24 lid 3" in telling
    # months without a right to benefit do not count; Ziektewet months do (Besluit art. 4 lid 1); no new term (art. 5)
    assert "tellen die maanden niet" in telling and "Ziektewet-uitkering tellen wel mee" in telling
    assert "Besluit art. 5" in telling
    assert "Tijd zonder recht op uitkering" in {p["wat"] for p in result["niet_meegerekend"]}
    assert any(p["bron"] == BRONNEN["ww_24_3"].url for p in result["niet_meegerekend"])


def test_geen_maanden_telling_bij_direct_alles_passend():
    # WW art. 24 lid 4: all work at once, no six months to count
    assert ww(ww_na_wia_afwijzing="ja")["maanden_telling"] is None


def test_maanden_telling_bij_ziektewet_noemt_de_ww_niet():
    result = run("passend_werk", {"situatie": "ziektewet", "uitkering_vanaf": "1-3-2026", "peildatum": "1-5-2026"})
    assert "art. 4 lid 1)" in result["maanden_telling"] and "Werkloosheidswet" not in result["maanden_telling"]


# --- AOW age (finding 4) ---------------------------------------------------------------------------------------------

def test_aow_bereikt_voor_de_peildatum():
    # Born 15-3-1959: AOW age 67 (AOW art. 7a; aow.LEEFTIJDEN), reached 15-3-2026.
    result = na_wachttijd("1-6-2026", geboortedatum="15-3-1959")
    assert result["aow_datum"] == "2026-03-15"
    # BW 7:629 lid 2 onder b: six weeks of wage from the AOW date: 15-3-2026 + 42 days = 26-4-2026, last day 25-4-2026
    assert result["fase"] == "na_wachttijd"
    assert "tot en met 25 april 2026" in result["aow"]
    # BW 7:658a lid 1 (no spoor 2), lid 3 (no plan van aanpak); 7:660a lid 1 onder c (passend werk still a duty)
    assert "BW 7:658a lid 1" in result["aow"] and "BW 7:658a lid 3" in result["aow"]
    assert "BW 7:660a lid 1 onder c" in result["aow"]
    assert result["spoor2_praktijk"] is None
    # BW 7:670 lid 1 onder a: the opzegverbod holds six weeks from the AOW date too, through 25-4-2026
    assert "6 weken" in result["gevolgen"] and "tot en met 25 april 2026" in result["gevolgen"]
    assert "Uw AOW-leeftijd" not in {p["wat"] for p in result["niet_meegerekend"]}


def test_aow_binnen_de_loondoorbetaling_maakt_die_korter():
    # Born 15-12-1959: AOW 15-12-2026, within the 104 weeks (which end 7-3-2027). BW 7:629 lid 2 onder b:
    # wage until 15-12-2026 + 42 days = 26-1-2027 (first day without), so the next phase begins then.
    result = na_wachttijd("1-6-2026", geboortedatum="15-12-1959")
    assert (result["fase"], result["volgende_fase_op"], result["aow_datum"]) == \
        ("loondoorbetaling", "2027-01-26", "2026-12-15")
    assert result["aow"].startswith("Op 15 december 2026 bereikt u de AOW-leeftijd")
    assert "tot en met 25 januari 2027" in result["aow"]


def test_aow_na_de_loondoorbetaling_verandert_niets():
    # Born 15-12-1970: AOW (67 jaar en 3 maanden, last known age) long after 8-3-2027 → nothing to say
    result = na_wachttijd("1-6-2026", geboortedatum="15-12-1970")
    assert (result["aow"], result["volgende_fase_op"]) == (None, "2027-03-08")


def test_ziek_na_de_aow_leeftijd_zes_weken_vanaf_de_eerste_ziektedag():
    # Born 1-1-1957 (AOW 1-1-2024 at 67, AOW art. 7a lid 1); sick from 10-3-2025: BW 7:629 lid 2 onder b gives six
    # weeks from the first sick day: 10-3-2025 + 42 days = 21-4-2025.
    result = na_wachttijd("1-4-2025", geboortedatum="1-1-1957")
    assert (result["fase"], result["volgende_fase_op"]) == ("loondoorbetaling", "2025-04-21")


def test_zonder_geboortedatum_aow_niet_meegerekend():
    result = na_wachttijd("1-6-2025")
    assert result["aow"] is None and result["aow_datum"] is None
    assert "Uw AOW-leeftijd" in {p["wat"] for p in result["niet_meegerekend"]}


def test_geboortedatum_alleen_bij_werkgever():
    result = run("passend_werk", {"situatie": "ww", "uitkering_vanaf": "1-3-2026", "peildatum": "1-5-2026",
                                  "geboortedatum": "15-3-1959"})
    assert result["ok"] and result["aow"] is None


@pytest.mark.parametrize("waarde", ["31-2-1960", "1-1-2030", "gisteren"])
def test_geboortedatum_fout(waarde):
    result = na_wachttijd("1-6-2026", geboortedatum=waarde)
    assert not result["ok"] and result["fouten"][0]["veld"] == "geboortedatum"


def test_geboortedatum_te_jong_is_een_vraag():
    result = na_wachttijd("1-6-2026", geboortedatum="1-1-2015")
    assert result["ok"] and result["waarschuwingen"][0]["veld"] == "geboortedatum"
