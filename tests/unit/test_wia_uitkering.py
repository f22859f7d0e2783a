"""The WIA benefit: every rule row of shared/facts/wia-bedragen.md, checked against the Wet WIA itself.

The worked example of the fact sheet must come out to the cent; then each rule (duration, cap, vervolg
classes, loonaanvulling, referte-eis, IVA, below 35%) has its own cases, and two properties hold for
every input: more arbeidsverleden never shortens the LGU, more income never lowers income + benefit.
"""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from calculators import wia_bedragen
from calculators.api import run
from calculators.wia_uitkering import arbeidsverleden_uit_geboortejaar, euro, lgu_maanden

VOORBEELD = {"ingangsdatum": "2026-07-01", "dagloon": "183,91", "arbeidsongeschiktheid": "60",
             "arbeidsverleden_tot_2016": "20", "arbeidsverleden_vanaf_2016": "6", "restverdiencapaciteit": "1600"}


def wia(**velden):
    return run("wia_uitkering", {**VOORBEELD, **velden})


def fase(result, id):
    return next(f for f in result["fasen"] if f["id"] == id)


def ids(result):
    return [f["id"] for f in result["fasen"]]


def fouten(result):
    assert not result["ok"], result
    return {f["veld"]: f["melding"] for f in result["fouten"]}


# --- the worked example of the fact sheet -------------------------------------------------------------

def test_voorbeeld_niet_werken_geeft_vervolg():
    r = wia()
    assert r["ok"] and r["uitkering"] == "wga"
    assert (r["dagloon"], r["maandloon"]) == ("183.91", "4000.04")
    assert ids(r) == ["lgu_75", "lgu_70", "vervolg"]
    assert fase(r, "lgu_75")["bedrag_per_maand"] == "3000.03"
    assert fase(r, "lgu_70")["bedrag_per_maand"] == "2800.03"
    assert fase(r, "vervolg")["bedrag_per_maand"] == "1060.06"
    assert r["lgu_maanden"] == 23
    assert r["bedragen_per"] == "2026-07-01"


def test_voorbeeld_werken_boven_de_helft_geeft_loonaanvulling():
    r = wia(inkomen="900")
    assert ids(r)[-1] == "loonaanvulling"
    assert fase(r, "loonaanvulling")["bedrag_per_maand"] == "1680.03"


def test_voorbeeld_werken_boven_rvc():
    r = wia(inkomen="2000")
    assert fase(r, "loonaanvulling")["bedrag_per_maand"] == "1400.03"


def test_voorbeeld_iva_met_gemaximeerd_dagloon():
    r = wia(dagloon="400", arbeidsongeschiktheid="100", duurzaam="true")
    assert r["uitkering"] == "iva" and ids(r) == ["iva"]
    assert (r["dagloon"], r["maandloon"]) == ("309.91", "6740.54")
    assert fase(r, "iva")["bedrag_per_maand"] == "5055.41"
    assert fase(r, "iva")["tot"] is None


# --- duration of the LGU (art. 59) ----------------------------------------------------------------------

@pytest.mark.parametrize("voor, vanaf, maanden", [
    (0, 0, Decimal(3)),           # minimum 3 months
    (2, 0, Decimal(3)),
    (4, 0, Decimal(4)),
    (10, 0, Decimal(10)),
    (0, 10, Decimal(10)),         # the first ten years count a month each, also from 2016
    (0, 11, Decimal("10.5")),     # then half a month per year from 2016
    (4, 12, Decimal(13)),         # 4 + 6 first, then 6 × ½
    (20, 6, Decimal(23)),         # the fact sheet's example (and UWV's WW example)
    (11, 0, Decimal(11)),
    (30, 0, Decimal(24)),         # maximum 24 months
    (14, 11, Decimal("19.5")),    # 10 + 4 + 11 × ½
    (14, 12, Decimal(20)),
])
def test_duur(voor, vanaf, maanden):
    assert lgu_maanden(voor, vanaf) == maanden


def test_halve_maand_is_vijftien_dagen():
    r = wia(arbeidsverleden_tot_2016="0", arbeidsverleden_vanaf_2016="11", ingangsdatum="2027-03-01")
    assert r["lgu_maanden"] == 10.5
    # 1 March 2027 + 10 months = 1 January 2028, + 15 days = 16 January 2028: the first day after the LGU
    assert fase(r, "lgu_70")["tot"] == "2028-01-15"
    assert fase(r, "vervolg")["van"] == "2028-01-16"


def test_eerste_twee_maanden_en_data_aansluitend():
    """Start 31-1-2026, 3 years → LGU 3 months (art. 59 lid 1). Two months from 31 January end on 30 March
    (31 March is the first day after). Three months end on 30 April: April has no 31st, so the period ends on
    its last day and the vervolg starts 1 May (before 6 December 2026 it ended a day early, on 29 April)."""
    r = wia(ingangsdatum="2026-01-31", arbeidsverleden_tot_2016="3", arbeidsverleden_vanaf_2016="0")
    assert fase(r, "lgu_75")["van"] == "2026-01-31" and fase(r, "lgu_75")["tot"] == "2026-03-30"
    assert fase(r, "lgu_70")["van"] == "2026-03-31" and fase(r, "lgu_70")["tot"] == "2026-04-30"
    assert fase(r, "vervolg")["van"] == "2026-05-01"


# --- dagloon, cap, amounts table ------------------------------------------------------------------------

def test_jaarloon_geeft_geschat_dagloon():
    r = wia(dagloon="", jaarloon="48000")
    assert r["dagloon"] == "183.91" and r["dagloon_geschat"]   # 48000 / 261 = 183,908…
    assert any("geschat" in m for m in r["meldingen"])


def test_maximum_per_datum_van_de_tabel():
    assert wia(dagloon="400", ingangsdatum="2026-03-01")["dagloon"] == "304.25"
    assert wia(dagloon="400", ingangsdatum="2026-07-01")["dagloon"] == "309.91"


def test_datum_na_de_tabel_gebruikt_laatste_rij_en_zegt_het():
    r = wia(ingangsdatum="2029-05-04")
    assert r["bedragen_per"] == "2026-07-01"
    assert any("Bedragen per 1 juli 2026" in m for m in r["meldingen"])


def test_datum_voor_de_tabel_gebruikt_eerste_rij_en_zegt_het():
    r = wia(ingangsdatum="2019-05-04", arbeidsverleden_vanaf_2016="3")
    assert r["bedragen_per"] == "2026-01-01"
    assert any("vóór 1 januari 2026 niet" in m for m in r["meldingen"])


def test_maximumdagloon_juli_volgt_uit_wfsv_18():
    """Wfsv art. 18 lid 1: the yearly amount rises as the minimumloon does (percentage to two decimals),
    rounded to the nearest multiple of € 2,61; ÷ 261 gives the maximumdagloon."""
    jan, jul = wia_bedragen.BEDRAGEN
    stijging = ((jul.minimumloon_maand / jan.minimumloon_maand - 1) * 100).quantize(Decimal("0.01"))
    jaar = jan.maximumdagloon * 261 * (1 + stijging / 100)
    veelvoud = (jaar / Decimal("2.61")).quantize(Decimal(1)) * Decimal("2.61")
    assert veelvoud / 261 == jul.maximumdagloon


def test_wia_minimumloon_met_vakantietoeslag():
    assert [r.wia_minimumloon for r in wia_bedragen.BEDRAGEN] == [Decimal("2477.95"), Decimal("2523.96")]


def test_gemaximeerd_dagloon_weegt_inkomen_minder():
    """Art. 61 lid 1: B × C/D. With a dagloon of 400 capped at 309,91, € 1000 income counts as 774,78."""
    r = wia(dagloon="400", arbeidsongeschiktheid="50", inkomen="1000", restverdiencapaciteit="2000")
    a = Decimal("6740.54")
    verwacht = (Decimal("0.75") * (a - Decimal(1000) * Decimal("309.91") / Decimal(400))).quantize(Decimal("0.01"))
    assert fase(r, "lgu_75")["bedrag_per_maand"] == f"{verwacht}"


# --- vervolg classes (art. 61 lid 6, art. 62) ------------------------------------------------------------

@pytest.mark.parametrize("ao, bedrag_jul, bedrag_jan", [
    ("35", "706.71", "693.83"), ("44,99", "706.71", "693.83"),
    ("45", "883.39", "867.28"), ("54,9", "883.39", "867.28"),
    ("55", "1060.06", "1040.74"), ("64,99", "1060.06", "1040.74"),
    ("65", "1280.91", "1257.56"), ("79,99", "1280.91", "1257.56"),
])
def test_vervolgklassen(ao, bedrag_jul, bedrag_jan):
    assert fase(wia(arbeidsongeschiktheid=ao), "vervolg")["bedrag_per_maand"] == bedrag_jul
    # Without the referte-eis the vervolg starts on 1-2-2026 itself, so the January 2026 minimumloon applies
    # (art. 62 lid 1: the row in force on the phase's first day).
    assert fase(wia(arbeidsongeschiktheid=ao, ingangsdatum="2026-02-01", referte_eis="nee"),
                "vervolg")["bedrag_per_maand"] == bedrag_jan


def test_vervolg_over_maandloon_als_dat_lager_is_dan_minimumloon():
    r = wia(dagloon="80", arbeidsongeschiktheid="60")   # maandloon 1740 < 2523,96
    assert fase(r, "vervolg")["bedrag_per_maand"] == "730.80"   # 42% × 1740


def test_wga_80_100_krijgt_loonaanvulling_zonder_inkomenseis():
    """Art. 60 lid 3: no inkomenseis when the RVC is at most 20%; art. 61 lid 2: 0,7 × (A − B × C/D)."""
    r = wia(arbeidsongeschiktheid="85", duurzaam="false")
    assert r["uitkering"] == "wga" and ids(r)[-1] == "loonaanvulling"
    assert fase(r, "loonaanvulling")["bedrag_per_maand"] == "2800.03"
    assert any("IVA-uitkering van € 3.000,03" in s for s in r["wat_nu"])


# --- loonaanvulling (art. 60, 61 lid 2-5) -----------------------------------------------------------------

def test_loonaanvulling_tussen_helft_en_rvc_nooit_onder_vervolg():
    # low wage: 0,7 × (A − RVC) is below the vervolg amount, so the vervolg amount is paid
    r = wia(dagloon="100", arbeidsongeschiktheid="40", restverdiencapaciteit="1500", inkomen="800")
    a = Decimal("2175.00")
    volgens_rvc = Decimal("0.7") * (a - 1500)          # 472,50
    vervolg = (Decimal("0.28") * a).quantize(Decimal("0.01"))  # 28% × maandloon (lower than the minimumloon)
    assert volgens_rvc < vervolg
    assert fase(r, "loonaanvulling")["bedrag_per_maand"] == f"{vervolg}"


def test_loonaanvulling_vloer_niet_boven_lgu_formule():
    """Art. 61 lid 5: the floor is at most 0,7 × (A − B × C/D)."""
    r = wia(dagloon="100", arbeidsongeschiktheid="70", restverdiencapaciteit="2000", inkomen="1900")
    a = Decimal("2175.00")
    plafond = (Decimal("0.7") * (a - 1900)).quantize(Decimal("0.01"))   # 192,50
    assert fase(r, "loonaanvulling")["bedrag_per_maand"] == f"{plafond}"


def test_grens_precies_op_de_helft():
    assert ids(wia(inkomen="799,99"))[-1] == "vervolg"
    assert ids(wia(inkomen="800"))[-1] == "loonaanvulling"


def test_wat_nu_noemt_beide_bedragen():
    r = wia()
    tekst = " ".join(r["wat_nu"])
    assert "€ 1.060,06" in tekst and "€ 1.680,03" in tekst and "€ 800,00" in tekst


def test_rvc_standaard_uit_maandloon_en_percentage():
    r = wia(restverdiencapaciteit="")
    assert r["restverdiencapaciteit"] == "1600.02" and r["restverdiencapaciteit_geschat"]   # 4000,0425 × 40%
    assert any("geschat" in m and "€ 1.600,02" in m for m in r["meldingen"])


# --- referte-eis, IVA, below 35% ------------------------------------------------------------------------

def test_zonder_referte_eis_geen_lgu():
    r = wia(referte_eis="false", arbeidsverleden_tot_2016="", arbeidsverleden_vanaf_2016="")
    assert ids(r) == ["vervolg"] and fase(r, "vervolg")["van"] == "2026-07-01"
    assert r["lgu_maanden"] == 0
    r = wia(referte_eis="false", inkomen="900")
    assert ids(r) == ["loonaanvulling"]


def test_iva_met_inkomen():
    r = wia(arbeidsongeschiktheid="90", duurzaam="ja", inkomen="500")
    assert fase(r, "iva")["bedrag_per_maand"] == "2650.03"   # 0,75 × 4000,04 − 0,7 × 500


def test_onder_35_procent_geen_uitkering():
    r = wia(arbeidsongeschiktheid="34,99")
    assert r["ok"] and r["uitkering"] == "geen" and r["fasen"] == []
    assert "geen WIA-uitkering" in r["kop"]


# --- start from the tijdlijn, arbeidsverleden from a birth year ----------------------------------------------

def test_ingang_uit_tijdlijn():
    params = {k: v for k, v in VOORBEELD.items() if k != "ingangsdatum"}
    r = run("wia_uitkering", {**params, "eerste_ziektedag": "2025-01-06", "peildatum": "2026-12-02"})
    tl = run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "peildatum": "2026-12-02"})
    ingang = next(m["datum"] for m in tl["mijlpalen"] if m["id"] == "wia_ingang")
    assert r["ingangsdatum"] == ingang == "2027-01-04"
    assert r["berekend_voor"][0]["veld"] == "eerste_ziektedag"


def test_arbeidsverleden_uit_geboortejaar():
    assert arbeidsverleden_uit_geboortejaar(1980, 2027) == (18, 11)   # 1998-2015 and 2016-2026
    assert arbeidsverleden_uit_geboortejaar(2005, 2027) == (0, 4)     # 2023-2026
    r = wia(arbeidsverleden_tot_2016="", arbeidsverleden_vanaf_2016="", geboortejaar="1980",
            ingangsdatum="2027-01-04")
    assert r["arbeidsverleden"] == {"tot_2016": 18, "vanaf_2016": 11, "geschat": True}
    assert r["lgu_maanden"] == 23.5


def test_regels_datum_en_berekend_voor():
    r = wia()
    assert r["regels_datum"] and date.fromisoformat(r["regels_datum"])
    assert {"veld": "ingangsdatum", "label": "Eerste dag van de uitkering", "waarde": "1 juli 2026"} in r["berekend_voor"]
    assert all(set(rij) == {"veld", "label", "waarde"} for rij in r["berekend_voor"])


# --- bad input: a Dutch message on the right field ---------------------------------------------------------

@pytest.mark.parametrize("velden, veld", [
    ({"arbeidsongeschiktheid": "120"}, "arbeidsongeschiktheid"),
    ({"arbeidsongeschiktheid": "veel"}, "arbeidsongeschiktheid"),
    ({"dagloon": "-5"}, "dagloon"),
    ({"dagloon": "honderd"}, "dagloon"),
    ({"dagloon": "", "jaarloon": "-1"}, "jaarloon"),
    ({"inkomen": "abc"}, "inkomen"),
    ({"restverdiencapaciteit": "-100"}, "restverdiencapaciteit"),
    ({"arbeidsverleden_tot_2016": "100"}, "arbeidsverleden_tot_2016"),
    ({"arbeidsverleden_vanaf_2016": "100"}, "arbeidsverleden_vanaf_2016"),
    ({"arbeidsverleden_vanaf_2016": "11"}, "arbeidsverleden_vanaf_2016"),   # 2016-2025 is only 10 years
    ({"ingangsdatum": "2005-12-31"}, "ingangsdatum"),
    ({"ingangsdatum": "31-2-2026"}, "ingangsdatum"),
    ({"dagloon": "", "jaarloon": ""}, "dagloon"),
    ({"dagloon": "0"}, "dagloon"),
    ({"duurzaam": "misschien"}, "duurzaam"),
    ({"referte_eis": "soms"}, "referte_eis"),
    ({"arbeidsverleden_tot_2016": ""}, "arbeidsverleden_tot_2016"),
])
def test_foute_invoer(velden, veld):
    meldingen = fouten(wia(**velden))
    assert veld in meldingen and meldingen[veld][:1].isupper()


def test_geen_ingang_en_geen_ziektedag():
    assert "ingangsdatum" in fouten(wia(ingangsdatum=""))


# --- properties --------------------------------------------------------------------------------------------

jaren = st.integers(0, 40)


@given(jaren, jaren, st.integers(0, 5), st.integers(0, 5))
def test_meer_arbeidsverleden_nooit_korter(voor, vanaf, extra_voor, extra_vanaf):
    assert lgu_maanden(voor + extra_voor, vanaf + extra_vanaf) >= lgu_maanden(voor, vanaf)


bedragen = st.decimals(min_value=0, max_value=20000, places=2)
#: A dagloon equal to the maximum asks for the jaarloon when there is income (art. 61 lid 1 and 4): its own tests
#: cover that; the properties draw around it.
MAXIMUMDAGLOON = wia_bedragen.BEDRAGEN[-1].maximumdagloon


@given(ao=st.decimals(min_value=35, max_value=100, places=2), duurzaam=st.booleans(), referte=st.booleans(),
       dagloon=st.decimals(min_value=1, max_value=600, places=2).filter(lambda d: d != MAXIMUMDAGLOON),
       rvc_deel=st.decimals(0, 1, places=3),
       inkomen=bedragen, meer=st.decimals(min_value=0, max_value=5000, places=2))
def test_meer_inkomen_nooit_minder_in_totaal(ao, duurzaam, referte, dagloon, rvc_deel, inkomen, meer):
    """The restverdiencapaciteit is what is left of the old wage after the loss (WIA art. 5: ao = the loss as a share
    of the maatmaninkomen), so it is at most (100 − ao)% of the monthly wage. Drawn freely, a capacity far above the
    old wage (a € 1 dagloon beside € 69 of capacity) made a case no assessment can give: earning a little more then
    swapped a vervolguitkering for a loonaanvulling of zero."""
    rvc = (Decimal("21.75") * dagloon * (100 - ao) / 100 * rvc_deel).quantize(Decimal("0.01"))

    def totaal(loon):
        r = wia(arbeidsongeschiktheid=str(ao), duurzaam=duurzaam, referte_eis=referte, dagloon=str(dagloon),
                restverdiencapaciteit=str(rvc), inkomen=str(loon))
        assert r["ok"], r
        return [loon + Decimal(f["bedrag_per_maand"]) for f in r["fasen"]]

    for laag, hoog in zip(totaal(inkomen), totaal(inkomen + meer)):
        assert hoog >= laag


def test_euro():
    assert [euro(Decimal(x)) for x in ("0", "5.5", "1060.06", "1234567.891")] == \
        ["€ 0,00", "€ 5,50", "€ 1.060,06", "€ 1.234.567,89"]


def test_het_maximumdagloon_van_de_paginas_is_dat_van_de_laatste_bedragenrij():
    """The pages' sick-pay cap (GETALLEN) and this calculator's table name the same published figure; the
    table cannot import the rules' numbers the other way round, so this test keeps them one."""
    from calculators.regels import getal
    from calculators.wia_bedragen import BEDRAGEN

    assert Decimal(getal("maximumdagloon_eurocent")) / 100 == BEDRAGEN[-1].maximumdagloon


# --- capped dagloon: income × C/D with D from the jaarloon (art. 52, art. 61 lid 1 and 4) -------------------

HOOG = {"ingangsdatum": "4-1-2027", "dagloon": "309,91", "jaarloon": "120000", "arbeidsongeschiktheid": "50",
        "restverdiencapaciteit": "3000", "inkomen": "1500", "arbeidsverleden_tot_2016": "15",
        "arbeidsverleden_vanaf_2016": "10"}


def test_gemaximeerd_dagloon_met_jaarloon_in_elke_fase():
    """Facts sheet, corrections of 6-12-2026, checked by hand against art. 59 and 61:
    D = 120000 / 261 = 459,7701; C = 309,91; A = 21,75 × 309,91 = 6.740,54 (art. 13 lid 4);
    B × C/D = 1500 × 309,91 × 261 / 120000 = 1.011,081375.
    LGU 75%: 0,75 × (6.740,54 − 1.011,081375) = 4.297,0940 → 4.297,09 (art. 61 lid 1 a);
    LGU 70%: 0,7 × 5.729,458625 = 4.010,6210 → 4.010,62 (art. 61 lid 1 b);
    duration 10 + 5 × 1 + 10 × ½ = 20 months (art. 59 lid 2): 4-1-2027 + 20 months = 4-9-2028, so to 3-9-2028;
    loonaanvulling (1500 ≥ 50% of RVC, < RVC): 0,7 × (6.740,54 − 3000 × C/D = 2.022,16275) = 3.302,8641 → 3.302,86
    (art. 61 lid 4), above the floor 35% × 2.523,96 = 883,39 (lid 5-6)."""
    r = run("wia_uitkering", HOOG)
    assert ids(r) == ["lgu_75", "lgu_70", "loonaanvulling"]
    assert fase(r, "lgu_75")["bedrag_per_maand"] == "4297.09"
    assert fase(r, "lgu_70")["bedrag_per_maand"] == "4010.62"
    assert fase(r, "lgu_70")["tot"] == "2028-09-03" and r["lgu_maanden"] == 20
    assert fase(r, "loonaanvulling")["bedrag_per_maand"] == "3302.86"


def test_gemaximeerd_dagloon_met_inkomen_zonder_jaarloon_vraagt_jaarloon():
    """The letter's dagloon equals the maximum and there is income: D is unknown, so the form asks (art. 61)."""
    meldingen = fouten(run("wia_uitkering", {**HOOG, "jaarloon": ""}))
    assert "jaarloon" in meldingen and "art. 61" in meldingen["jaarloon"]


def test_gemaximeerd_dagloon_zonder_inkomen_verandert_niets():
    """Without income B × C/D = 0: LGU 75% = 0,75 × 6.740,54 = 5.055,405 → 5.055,41 (art. 61 lid 1 a)."""
    r = run("wia_uitkering", {**HOOG, "jaarloon": "", "inkomen": ""})
    assert r["ok"] and fase(r, "lgu_75")["bedrag_per_maand"] == "5055.41"


def test_ongemaximeerd_dagloon_negeert_jaarloon():
    """Below the maximum C = D = the dagloon: 0,75 × (4.000,04 − 900) = 2.325,03 (facts sheet example A)."""
    r = wia(inkomen="900", jaarloon="999999")
    assert fase(r, "lgu_75")["bedrag_per_maand"] == "2325.03"


@pytest.mark.parametrize("velden", [{"dagloon": "400"}, {"dagloon": "309,91", "jaarloon": "104400"}])
def test_iva_met_inkomen_en_gemaximeerd_dagloon(velden):
    """Facts sheet, 6-12-2026: 0,75 × 6.740,54 − 0,7 × 1000 × 309,91/400 = 5.055,405 − 542,3425 = 4.513,0625
    → 4.513,06 (art. 51, 52 lid 1); 104.400 / 261 = 400, so the jaarloon gives the same D."""
    r = run("wia_uitkering", {"ingangsdatum": "4-1-2027", "arbeidsongeschiktheid": "100", "duurzaam": "ja",
                              "inkomen": "1000", **velden})
    assert fase(r, "iva")["bedrag_per_maand"] == "4513.06"


# --- vakantiebijslag (art. 68 lid 1) ----------------------------------------------------------------------

def test_vakantiebijslag_per_fase():
    """Art. 68 lid 1: 8/108 is vakantiebijslag, paid in May; 2.800,03 × 100/108 = 2.592,6204 → 2.592,62,
    3.000,03 × 100/108 = 2.777,8056 → 2.777,81, 1.060,06 × 100/108 = 981,5370 → 981,54."""
    r = wia()
    assert [f["bedrag_per_maand_zonder_vakantiebijslag"] for f in r["fasen"]] == ["2777.81", "2592.62", "981.54"]
    assert fase(r, "lgu_70")["bedrag_zonder_vakantiebijslag_tekst"] == "€ 2.592,62"
    assert "mei" in r["vakantiebijslag_tekst"] and "inclusief vakantiebijslag" in r["kop"]


def test_kop_noemt_elke_fase_met_zijn_periode():
    """75% only for the first 2 months (art. 61 lid 1 a); LGU of 23 months from 1-7-2026 ends 31-5-2028."""
    kop = wia()["kop"]
    assert "de eerste 2 maanden € 3.000,03, daarna € 2.800,03 tot en met 31 mei 2028" in kop
    assert "vanaf 1 juni 2028 € 1.060,06 (vervolguitkering)" in kop


# --- AOW age (WIA art. 43 g, 49, 56; AOW art. 7a) -----------------------------------------------------------

def test_aow_met_geboortedatum_knipt_de_fase_af():
    """Born 15-3-1961: AOW age 67 jaar en 3 maanden (rijksoverheid, born 1961 → 2028), reached 15-6-2028; the
    right ends that day (art. 56 lid 1 b), so the LGU ends 14-6-2028 and the loonaanvulling never starts."""
    r = run("wia_uitkering", {**HOOG, "geboortedatum": "15-3-1961"})
    assert r["aow"]["datum"] == "2028-06-15"
    assert ids(r) == ["lgu_75", "lgu_70"] and fase(r, "lgu_70")["tot"] == "2028-06-14"
    assert "15 juni 2028" in r["kop"]


def test_aow_met_alleen_geboortejaar_toont_venster():
    """Born in 1961: AOW on 1-4-2028 (born 1 January + 67y3m) up to 31-3-2029 (born 31 December). Since
    6-12-2026 every phase ends at the latest on 30-3-2029, the day before the latest AOW date (art. 56 lid 1 b)."""
    r = run("wia_uitkering", {**HOOG, "geboortejaar": "1961"})
    assert (r["aow"]["vroegst"], r["aow"]["laatst"], r["aow"]["datum"]) == ("2028-04-01", "2029-03-31", None)
    assert ids(r) == ["lgu_75", "lgu_70", "loonaanvulling"]
    assert fase(r, "loonaanvulling")["aow_einde"]["laatst"] == "2029-03-31"
    assert fase(r, "loonaanvulling")["tot"] == "2029-03-30"
    assert "uiterlijk tot en met 30 maart 2029" in r["kop"]
    assert "tussen 1 april 2028 en 31 maart 2029" in r["kop"]


def test_aow_voor_de_ingangsdatum_geen_uitkering():
    """Born 1-1-1959: AOW age 67 (2026), reached 1-1-2026, before the start on 4-1-2027: no right (art. 43 g)."""
    r = run("wia_uitkering", {**HOOG, "geboortedatum": "1-1-1959"})
    assert r["fasen"] == [] and r["aow"]["voor_ingang"] and "AOW-leeftijd al" in r["kop"]


def test_zonder_geboortedatum_melding_over_aow():
    assert any("AOW-leeftijd" in m and "geen rekening" in m for m in wia()["meldingen"])


def test_aow_leeftijd_nog_niet_vastgesteld():
    """Born 1-10-1964 reaches the age in 2032, not fixed on 6-12-2026: the last known 67y3m, and it says so."""
    r = run("wia_uitkering", {**VOORBEELD, "geboortedatum": "1-10-1964"})
    assert r["aow"]["datum"] == "2032-01-01" and r["aow"]["vastgesteld"] is False
    assert "nog niet vastgesteld" in r["aow"]["tekst"]


# --- plausibility warnings and niet_meegerekend ---------------------------------------------------------------

def test_waarschuwingen_vragen_maar_rekenen_door():
    r = wia(dagloon="15", inkomen="50", restverdiencapaciteit="40000")
    assert r["ok"]
    velden = {w["veld"] for w in r["waarschuwingen"]}
    assert velden == {"dagloon", "inkomen", "restverdiencapaciteit"}
    assert wia(dagloon="", jaarloon="3000")["waarschuwingen"][0]["veld"] == "jaarloon"
    assert wia()["waarschuwingen"] == []


def test_niet_meegerekend_met_bron():
    r = wia()
    assert "onbekend" not in r
    assert len(r["niet_meegerekend"]) >= 7
    assert all(set(p) == {"wat", "waarom", "bron", "bron_label"} and p["bron"].startswith("https://")
               for p in r["niet_meegerekend"])


# --- review of 6 December 2026: youth minimumloon, phase rows, LGU after WW, texts ------------------------------

JONG = {"ingangsdatum": "4-1-2027", "dagloon": "100", "arbeidsongeschiktheid": "60"}


def test_onder_21_vervolg_over_jeugdminimumloon_uit_geboortejaar():
    """WIA art. 12 lid 1 b: under 21 the minimumloon for the age. Born in 2007, arbeidsverleden estimated:
    2025 and 2026 (art. 15 lid 1) → LGU 3 months (art. 59 lid 1), vervolg from 4-4-2027. Birth year only:
    the youngest possible age, 2027 − 2007 − 1 = 19. Besluit minimumjeugdloonregeling art. 2: 60%.
    2.337,00 × 60% = 1.402,20; × 1,08 (Wml 15) = 1.514,376 → 1.514,38, below the maandloon 21,75 × 100 =
    2.175,00, so 42% (art. 61 lid 6, 60% AO) × 1.514,38 = 636,0396 → 636,04 (art. 62 lid 1), not 913,50."""
    r = run("wia_uitkering", {**JONG, "geboortejaar": "2007"})
    # Since 6-12-2026 the youth phases are split on 1 January (see test_alleen_geboortejaar_jeugd_per_kalenderjaar).
    assert ids(r) == ["lgu_75", "lgu_70", "vervolg", "vervolg", "vervolg"]
    v = fase(r, "vervolg")
    assert (v["van"], v["bedrag_per_maand"], v["minimumloon_leeftijd"]) == ("2027-04-04", "636.04", 19)
    assert "minimumloon voor 19-jarigen" in v["uitleg"]
    assert any("art. 12 lid 1 onder b" in m and "minstens 19 jaar" in m and "geboortedatum" in m
               for m in r["meldingen"])


def test_onder_21_vervolg_stijgt_op_elke_verjaardag():
    """Born 10-8-2007: 19 on 4-4-2027 → 636,04 (see above) up to 9-8-2027; 20 from 10-8-2027: 2.337,00 × 80% =
    1.869,60; × 1,08 = 2.019,168 → 2.019,17; × 42% = 848,0514 → 848,05; 21 from 10-8-2028: the adult
    2.523,96 is above the maandloon 2.175,00, so 42% × 2.175,00 = 913,50 (art. 62 lid 1)."""
    r = run("wia_uitkering", {**JONG, "geboortedatum": "10-8-2007", "arbeidsverleden_tot_2016": "0",
                              "arbeidsverleden_vanaf_2016": "2"})
    vervolg = [(f["van"], f["tot"], f["bedrag_per_maand"]) for f in r["fasen"] if f["id"] == "vervolg"]
    assert vervolg[:2] == [("2027-04-04", "2027-08-09", "636.04"), ("2027-08-10", "2028-08-09", "848.05")]
    assert vervolg[2][0] == "2028-08-10" and vervolg[2][2] == "913.50"
    uids = [regel for regel in r["ics"].split("\r\n") if regel.startswith("UID:")]
    assert len(uids) == len(set(uids)) == 5


def test_volwassene_geen_jeugdminimumloon():
    r = run("wia_uitkering", {**VOORBEELD, "geboortedatum": "1-1-1980"})
    assert fase(r, "vervolg")["minimumloon_leeftijd"] is None
    assert fase(r, "vervolg")["bedrag_per_maand"] == "1060.06"


def test_minimumloon_van_de_rij_bij_het_begin_van_de_fase():
    """Start 30-6-2026, 3 years → LGU 3 months to 29-9-2026 (art. 59 lid 1); the vervolg starts 30-9-2026,
    when the July 2026 row holds: 42% × 2.523,96 = 1.060,0632 → 1.060,06, not 42% × 2.477,95 (January) =
    1.040,739 → 1.040,74. The LGU phases keep the January row (the maximumdagloon of the start)."""
    r = wia(ingangsdatum="30-6-2026", arbeidsverleden_tot_2016="3", arbeidsverleden_vanaf_2016="0")
    assert fase(r, "lgu_75")["bedragen_per"] == "2026-01-01"
    v = fase(r, "vervolg")
    assert (v["van"], v["bedrag_per_maand"], v["bedragen_per"]) == ("2026-09-30", "1060.06", "2026-07-01")
    assert any("WIA art. 14" in m and "elke fase" in m for m in r["meldingen"])


def test_duur_lgu_is_een_maximum_na_ww():
    """WIA art. 59 lid 6 (WW) and lid 5 (IVA, at least a year): not asked, said whenever an LGU is shown."""
    r = wia()
    assert any("art. 59 lid 6" in m and "maximum" in m for m in r["meldingen"])
    assert any("59 lid 5 en 6" in p["bron_label"] for p in r["niet_meegerekend"])
    assert "art. 59 lid 6" in fase(r, "lgu_70")["uitleg"]
    assert not any("art. 59 lid 6" in m for m in wia(referte_eis="nee")["meldingen"])


def test_welke_tien_jaren_wordt_gemeld_als_het_uitmaakt():
    """Art. 59 lid 2, 20 years before 2016 and 6 from: the ten earliest first gives 10 + 10 + 6 × ½ = 23; the
    years from 2016 first gives 6 + 4 = 10, then 16 × 1 = 16, total 26, capped at 24 (lid 1)."""
    assert any("23 maanden" in m and "24 maanden" in m for m in wia()["meldingen"])
    # only years before 2016, or ten years or fewer: both readings agree, nothing to say
    assert not any("59 lid 2" in m for m in wia(arbeidsverleden_vanaf_2016="0")["meldingen"])
    assert not any("59 lid 2" in m for m in wia(arbeidsverleden_tot_2016="5", arbeidsverleden_vanaf_2016="3")["meldingen"])


def test_iva_wat_nu_noemt_onderzoek_na_twaalf_maanden_boven_20_procent():
    """Art. 52 lid 2: income above 20% of the maatmaninkomen for 12 calendar months → re-examination.
    The two-month rule (art. 61 lid 7, 62 lid 4) does not cover the IVA."""
    tekst = " ".join(wia(arbeidsongeschiktheid="90", duurzaam="ja")["wat_nu"])
    assert "20%" in tekst and "12 kalendermaanden" in tekst and "art. 52 lid 2" in tekst
    assert "2 kalendermaanden duurt" not in tekst


def test_twee_maanden_regel_alleen_bij_vervolg_en_vloer():
    """Art. 62 lid 4 (vervolg) and 61 lid 7 (the floor of lid 5) only: not for a loonaanvulling by lid 2."""
    assert "2 kalendermaanden duurt" in " ".join(wia()["wat_nu"])                      # vervolg
    assert "2 kalendermaanden duurt" not in " ".join(wia(inkomen="2000")["wat_nu"])   # income ≥ RVC: lid 2


def test_loonaanvulling_op_de_vloer_zonder_dubbele_zin():
    """Dagloon 100 → maandloon 2.175,00; RVC 1.600, income 800 (= the inkomenseis, art. 60 lid 2): lid 4 gives
    0,7 × (2.175 − 1.600) = 402,50, below the floor 42% × 2.175,00 = 913,50 (lid 5; the maandloon is below the
    minimumloon), itself below 0,7 × (2.175 − 800) = 962,50: the loonaanvulling is 913,50, the vervolg too.
    The sentence "de vervolguitkering van € 913,50 in plaats van de loonaanvulling van € 913,50" is dropped."""
    r = wia(dagloon="100", referte_eis="nee", inkomen="800")
    assert ids(r) == ["loonaanvulling"] and fase(r, "loonaanvulling")["bedrag_per_maand"] == "913.50"
    tekst = " ".join(r["wat_nu"])
    assert "in plaats van de loonaanvulling" not in tekst
    assert "2 kalendermaanden duurt" in tekst


def test_geschatte_rvc_noemt_maandloon_zonder_maximum():
    """Jaarloon 120.000: D = 120.000 ÷ 261, maandloon without the maximum 21,75 × D = 10.000,00; at 50% the
    RVC estimate is 5.000,00, from the uncapped wage (the capped maandloon is 6.740,54)."""
    r = wia(dagloon="", jaarloon="120000", arbeidsongeschiktheid="50", restverdiencapaciteit="",
            ingangsdatum="4-1-2027")
    assert r["restverdiencapaciteit"] == "5000.00"
    assert any("maandloon zonder maximum (€ 10.000,00" in m for m in r["meldingen"])


def test_tegemoetkoming_niet_meegerekend():
    """WIA art. 63a lid 2: € 226,28 in the law text, indexed each 1 January (lid 3)."""
    assert any("€ 226,28" in p["waarom"] and "63a" in p["bron_label"] for p in wia()["niet_meegerekend"])


def test_aow_2030_2031_alleen_uit_nieuwsberichten():
    """Born 15-3-1963: 67 jaar en 3 maanden in 2030 per news reports only → 15-6-2030, and it says so."""
    from calculators import aow
    assert aow.LEEFTIJDEN[-1].in_jaren == (2030, 2031) and not aow.LEEFTIJDEN[-1].bevestigd
    r = run("wia_uitkering", {**VOORBEELD, "geboortedatum": "15-3-1963"})
    assert r["aow"]["datum"] == "2030-06-15"
    assert "nieuwsberichten" in r["aow"]["tekst"] and "6 december 2026" in r["aow"]["tekst"]
    assert "nieuwsberichten" not in run("wia_uitkering", {**VOORBEELD, "geboortedatum": "15-3-1961"})["aow"]["tekst"]


# --- second review of 6 December 2026: wage units, unknown maximum, headline, youth and AOW by birth year, month ends

from calculators.wia_uitkering import na_duur, na_maanden  # noqa: E402

TWEEDE = {"ingangsdatum": "4-1-2027", "arbeidsongeschiktheid": "60", "arbeidsverleden_tot_2016": "20",
          "arbeidsverleden_vanaf_2016": "6", "inkomen": "1.000"}


@pytest.mark.parametrize("dagloon", ["4000,04", "48000", "619,83"])
def test_dagloon_per_maand_of_jaar_wordt_geweigerd(dagloon):
    """UWV's decision never shows a dagloon above the maximum (WIA art. 13 lid 1; Wfsv art. 17: € 309,91 from
    1-7-2026). Above 2 × 309,91 = 619,82 (site bound) it is a monthly or yearly wage: refused, and the message
    says what to type (the dagloon per day from the decision, or the jaarloon)."""
    melding = fouten(run("wia_uitkering", {**TWEEDE, "dagloon": dagloon}))["dagloon"]
    assert "uw loon per maand of per jaar?" in melding
    assert "per dag" in melding and "besluit van UWV" in melding and "jaarloon" in melding


def test_dagloon_tussen_maximum_en_twee_keer_rekent_met_vraag():
    """619,82 = 2 × 309,91 still computes (capped at 309,91, art. 13 lid 1), with a question beside the field."""
    r = run("wia_uitkering", {**TWEEDE, "ingangsdatum": "1-7-2026", "dagloon": "619,82"})
    assert r["ok"] and r["dagloon"] == "309.91"
    w = {x["veld"]: x["melding"] for x in r["waarschuwingen"]}["dagloon"]
    assert w.startswith("Is € 619,82 het dagloon uit het besluit van UWV?")
    assert "nooit hoger dan het maximumdagloon" in w and "jaarloon" in w
    # the facts-sheet IVA example is unchanged: 0,75 × 21,75 × 309,91 = 5.055,405 → 5.055,41 (art. 51)
    iva = run("wia_uitkering", {"ingangsdatum": "1-7-2026", "dagloon": "400", "arbeidsongeschiktheid": "100",
                                "duurzaam": "ja"})
    assert fase(iva, "iva")["bedrag_per_maand"] == "5055.41"


def test_onbekend_maximum_dagloon_net_boven_het_oude_maximum_niet_afgetopt():
    """Start 4-1-2027: the maximum from 1-1-2027 was not published on 6-12-2026 (searched), so 315,00 from the
    decision is C (art. 13 lid 1), not capped at 309,91. A = 21,75 × 315,00 = 6.851,25 (art. 13 lid 4); LGU 75%
    = 0,75 × (6.851,25 − 1.000) = 4.388,4375 → 4.388,44 (art. 61 lid 1 a), not 0,75 × (6.740,54 − 1.000 ×
    309,91/315) = 4.317,53."""
    r = run("wia_uitkering", {**TWEEDE, "dagloon": "315,00"})
    assert r["dagloon"] == "315.00" and fase(r, "lgu_75")["bedrag_per_maand"] == "4388.44"
    w = {x["veld"]: x["melding"] for x in r["waarschuwingen"]}["dagloon"]
    assert "nog niet bekend (stand op 6 december 2026)" in w and "nieuwe maximum" in w and "jaarloon" in w
    assert "nooit meer dan het maximum" not in w
    assert any("nog niet bekend" in m and "€ 315,00" in m for m in r["meldingen"])


def test_onbekend_maximum_met_jaarloon_geeft_d():
    """315,00 may be the new maximum; with jaarloon 120.000, D = 120.000 / 261 = 459,7701 (art. 13 lid 1), so
    B × C/D = 1.000 × 315 × 261 / 120.000 = 685,125 and LGU 75% = 0,75 × (6.851,25 − 685,125) = 4.624,59375
    → 4.624,59 (art. 61 lid 1 a)."""
    r = run("wia_uitkering", {**TWEEDE, "dagloon": "315,00", "jaarloon": "120000"})
    assert fase(r, "lgu_75")["bedrag_per_maand"] == "4624.59"
    assert not any(x["veld"] == "dagloon" for x in r["waarschuwingen"])


def test_onbekend_maximum_ver_boven_het_oude_maximum_wel_afgetopt():
    """The margin is 10% (site bound): up to 309,91 × 1,10 = 340,901 the dagloon may be the new maximum and is
    kept; 340,91 cannot be the decision's figure, so it is D and C is the last known maximum 309,91."""
    assert run("wia_uitkering", {**TWEEDE, "inkomen": "0", "dagloon": "340,90"})["dagloon"] == "340.90"
    r = run("wia_uitkering", {**TWEEDE, "inkomen": "0", "dagloon": "340,91"})
    assert r["dagloon"] == "309.91"
    assert "laatst bekende maximum" in {x["veld"]: x["melding"] for x in r["waarschuwingen"]}["dagloon"]


def test_kop_zonder_lgu_noemt_elke_fase():
    """Born 15-3-2007, no referte-eis (art. 54 lid 4): vervolg at once. Age 19: 2.337,00 × 60% = 1.402,20;
    × 1,08 = 1.514,38 (art. 12 lid 1 b), below A = 21,75 × 80 = 1.740; 35% (50% AO, art. 61 lid 6) × 1.514,38 =
    530,033 → 530,03. Age 20 from 15-3-2027: 80% → 2.019,17, above 1.740, so 35% × 1.740 = 609,00 (art. 62 lid 1).
    AOW at 67y3m on 15-6-2074, so the last day is 14-6-2074 (art. 56 lid 1 b)."""
    r = run("wia_uitkering", {"ingangsdatum": "1-7-2026", "dagloon": "80", "arbeidsongeschiktheid": "50",
                              "referte_eis": "nee", "geboortedatum": "15-3-2007"})
    assert ("vanaf 1 juli 2026 € 530,03 (vervolguitkering) tot en met 14 maart 2027; vanaf 15 maart 2027 € 609,00 "
            "(vervolguitkering) tot en met 14 juni 2074") in r["kop"]


def test_alleen_geboortejaar_jeugd_per_kalenderjaar():
    """Born in 2007, start 1-7-2026, no referte-eis. The youngest possible age holds to 31 December: 18 in 2026
    (50%: 2.337,00 × 50% = 1.168,50; × 1,08 = 1.261,98; × 35% = 441,693 → 441,69), 19 in 2027 (530,03, see
    above), 20 in 2028 (609,00: the youth amount 2.019,17 is above the maandloon 1.740). From 1-1-2029 everyone
    born in 2007 is 21 (art. 12 lid 1 b): 609,00 too, so 2028 and later are one phase. AOW from the birth year
    between 1-4-2074 and 31-3-2075: uiterlijk 30-3-2075."""
    r = run("wia_uitkering", {"ingangsdatum": "1-7-2026", "dagloon": "80", "arbeidsongeschiktheid": "50",
                              "referte_eis": "nee", "geboortejaar": "2007"})
    assert [(f["van"], f["tot"], f["bedrag_per_maand"]) for f in r["fasen"]] == [
        ("2026-07-01", "2026-12-31", "441.69"), ("2027-01-01", "2027-12-31", "530.03"),
        ("2028-01-01", "2075-03-30", "609.00")]
    assert "tot uw AOW-datum" not in r["kop"] and "uiterlijk tot en met 30 maart 2075" in r["kop"]
    assert any("31 december" in m and "Vanaf 1 januari 2029 bent u zeker 21 jaar" in m for m in r["meldingen"])


def test_alleen_geboortejaar_jeugd_volwassen_bedrag_na_het_21e_jaar():
    """JONG, born in 2007: vervolg from 4-4-2027 at 19 (636,04) to 31-12-2027; 2028 at 20: 2.019,17 × 42% =
    848,0514 → 848,05; from 1-1-2029 the adult 2.523,96 is above A = 2.175,00, so 42% × 2.175,00 = 913,50
    (art. 62 lid 1), no longer 636,04 up to the AOW date."""
    r = run("wia_uitkering", {**JONG, "geboortejaar": "2007"})
    vervolg = [(f["van"], f["tot"], f["bedrag_per_maand"]) for f in r["fasen"] if f["id"] == "vervolg"]
    assert vervolg[:2] == [("2027-04-04", "2027-12-31", "636.04"), ("2028-01-01", "2028-12-31", "848.05")]
    assert vervolg[2][0] == "2029-01-01" and vervolg[2][2] == "913.50"


def test_alleen_geboortejaar_einde_uiterlijk_voor_de_laatste_aow_datum():
    """Born in 1959: AOW age 67, so the AOW date lies between 1-1-2026 and 31-12-2026 (AOW art. 7a). Start
    1-7-2026: the LGU of 23 months would run to 31-5-2028, but the right ends at the AOW date (art. 56 lid 1 b),
    at the latest 31-12-2026, so the last day is at the latest 30-12-2026; the vervolg from 1-6-2028 never comes."""
    r = run("wia_uitkering", {**VOORBEELD, "geboortejaar": "1959"})
    assert ids(r) == ["lgu_75", "lgu_70"]
    assert fase(r, "lgu_70")["tot"] == "2026-12-30"
    assert "daarna € 2.800,03 uiterlijk tot en met 30 december 2026" in r["kop"]
    zonder = run("wia_uitkering", {**VOORBEELD, "geboortejaar": "1959", "referte_eis": "nee"})
    assert "vanaf 1 juli 2026 € 1.060,06 (vervolguitkering) uiterlijk tot en met 30 december 2026" in zonder["kop"]


@pytest.mark.parametrize("begin, maanden, eerste_dag_na", [
    (date(2026, 12, 31), 2, date(2027, 3, 1)),    # 31 February does not exist: ends 28-2, next starts 1-3
    (date(2026, 12, 30), 2, date(2027, 3, 1)),
    (date(2027, 12, 31), 2, date(2028, 3, 1)),    # leap year: ends 29-2-2028
    (date(2027, 12, 29), 2, date(2028, 2, 29)),
    (date(2026, 1, 31), 3, date(2026, 5, 1)),
    (date(2026, 7, 1), 2, date(2026, 9, 1)),
    (date(2026, 11, 30), 2, date(2027, 1, 30)),
])
def test_maandeinde(begin, maanden, eerste_dag_na):
    """A period of months from its first day ends the day before the same day number; when the target month
    has no such day, it ends on that month's last day (art. 59 lid 1, art. 61 lid 1 a: 'de eerste twee maanden')."""
    assert na_maanden(begin, maanden) == eerste_dag_na


@pytest.mark.parametrize("ingang", ["31-12-2026", "30-12-2026"])
def test_maandeinde_in_de_fasen(ingang):
    """The 75% phase from 31-12-2026 or 30-12-2026 ends 28-2-2027, the 70% phase starts 1-3-2027; 23 months
    (art. 59 lid 2) from 31-12-2026 end 30-11-2028 (no 31 November), so the vervolg starts 1-12-2028."""
    r = wia(ingangsdatum=ingang)
    assert fase(r, "lgu_75")["tot"] == "2027-02-28" and fase(r, "lgu_70")["van"] == "2027-03-01"
    if ingang == "31-12-2026":
        assert fase(r, "lgu_70")["tot"] == "2028-11-30" and fase(r, "vervolg")["van"] == "2028-12-01"
    assert na_duur(date(2026, 12, 31), Decimal("10.5")) == date(2027, 11, 15)  # 31-10-2027 + 15 days


def test_arbeidsongeschiktheid_als_fractie_vraagt():
    """0,6 is below 35% (art. 54): no benefit, but a question beside the field; 60 and 0 ask nothing."""
    r = wia(arbeidsongeschiktheid="0,6")
    assert r["ok"] and r["uitkering"] == "geen"
    assert {x["veld"]: x["melding"] for x in r["waarschuwingen"]}["arbeidsongeschiktheid"] == (
        "Bedoelt u 60%? Vul het percentage in als getal van 0 tot en met 100.")
    assert not any(x["veld"] == "arbeidsongeschiktheid" for x in wia(arbeidsongeschiktheid="0")["waarschuwingen"])
    assert wia()["waarschuwingen"] == []


def test_indexatie_eenmaal_gezegd():
    meldingen = " ".join(wia()["meldingen"])
    assert "stijgen uw dagloon en het minimumloon mee (WIA art. 14)" in meldingen
    assert "mee met het minimumloon" not in meldingen
