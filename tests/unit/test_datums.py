"""The one date parser (calculators.datums.lees) and how every calculator's date fields use it."""

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from calculators.api import REKENHULPEN, run
from calculators.datums import MAANDEN, getoond, lees

VANDAAG = date(2026, 12, 2)
ZELFDE = ["10-3-25", "10/3/2025", "10.3.2025", "10 maart 2025", "10 mrt 2025", "10 mrt. 2025", "2025/03/10",
          "10 - 3 - 2025", "10 3 2025", "10-03-2025", "10 MAART 2025", "10-Mrt-2025", "2025-3-10",
          "maandag 10 maart 2025", "ma 10-3-2025", "  10-3-2025  "]


def mijlpalen(eerste_ziektedag):
    result = run("tijdlijn", {"eerste_ziektedag": eerste_ziektedag, "peildatum": "2026-12-01"})
    assert result["ok"], result
    return result["mijlpalen"]


@pytest.mark.parametrize("tekst", ZELFDE)
def test_elke_schrijfwijze_geeft_dezelfde_tijdlijn(tekst):
    assert mijlpalen(tekst) == mijlpalen("2025-03-10")


def test_links_die_al_verstuurd_zijn_betekenen_hetzelfde():
    # ISO and D-M-JJJJ, the two forms links carried before: read exactly as before.
    assert lees("2025-01-06", VANDAAG).datum == lees("6-1-2025", VANDAAG).datum == date(2025, 1, 6)
    assert lees("06-01-2025", VANDAAG).datum == date(2025, 1, 6)
    assert run("tijdlijn", {"eerste_ziektedag": "6-1-2025", "peildatum": "22-11-2026"}) == run(
        "tijdlijn", {"eerste_ziektedag": "2025-01-06", "peildatum": "2026-11-22"})


@pytest.mark.parametrize("tekst", ["20250303", "2025-W10-1", "2025W101", "2025-069", "10-3", "10-3-2025 x",
                                   "10-3/2025", "10-3-025", "3-10-2025-1", "٣-٣-٢٠٢٥", "", "maart 2025"])
def test_dubbelzinnige_of_compacte_vormen_worden_geweigerd(tekst):
    assert lees(tekst, VANDAAG).datum is None and lees(tekst, VANDAAG).fout


@pytest.mark.parametrize("tekst, fout", [
    ("10-13-2025", "is geen bestaande datum: er is geen maand 13. Schrijf dag-maand-jaar, bijvoorbeeld 10-3-2025."),
    ("31-2-2025", "is geen bestaande datum: februari 2025 heeft 28 dagen."),
    ("0-3-2025", "is geen bestaande datum: er is geen dag 0."),
    ("20250303", "zet streepjes tussen dag, maand en jaar"),
    ("10 maaart 2025", "‘maaart’ is geen maand die de rekenhulp kent."),
    ("dinsdag 10 maart 2025", "klopt niet: 10 maart 2025 is een maandag."),
    # a day and a month without a year: asked for, never guessed (a guessed year can be a wrong date)
    ("10 maart", "heeft geen jaartal. Welk jaar bedoelt u? Schrijf het jaar erbij, bijvoorbeeld 10-3-2026."),
    ("10-3", "heeft geen jaartal."),
    ("31 dec.", "heeft geen jaartal. Welk jaar bedoelt u? Schrijf het jaar erbij, bijvoorbeeld 31-12-2026."),
    ("3-12-26", "heeft een jaartal van twee cijfers. Als 2026 bedoeld is, ligt 3 december 2026 na vandaag "
                "(2 december 2026). Schrijf het jaar met vier cijfers."),
])
def test_de_melding_zegt_wat_er_mis_is(tekst, fout):
    assert fout in lees(tekst, VANDAAG).fout


def test_twee_cijfers_voor_het_jaar_alleen_tot_en_met_de_peildatum():
    assert lees("2-12-26", VANDAAG).datum == date(2026, 12, 2)
    assert lees("3-12-26", VANDAAG).datum is None
    assert lees("1-1-99", VANDAAG).datum is None  # 2099, never 1999
    assert lees("3-12-26", VANDAAG + timedelta(days=1)).datum == date(2026, 12, 3)


def test_wat_getypt_is_wordt_kort_en_veilig_herhaald():
    assert getoond("10 -  13 - 2025") == "10 - 13 - 2025"
    assert getoond("1" * 500) == "1" * 29 + "…"
    assert getoond("<script>alert(1)</script>") == ""
    assert getoond("10-3-2025\u202e") == ""  # a direction mark is never echoed
    melding = run("tijdlijn", {"eerste_ziektedag": "<img src=x onerror=alert(1)>"})["fouten"][0]["melding"]
    assert "<" not in melding and melding.startswith("De eerste ziektedag is geen datum")


STIJLEN = {
    "iso": lambda d: d.isoformat(),
    "d-m-jjjj": lambda d: f"{d.day}-{d.month}-{d.year:04d}",
    "dd/mm/jjjj": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year:04d}",
    "d.m.jjjj": lambda d: f"{d.day}.{d.month}.{d.year:04d}",
    "spaties": lambda d: f"{d.day} {d.month} {d.year:04d}",
    "ruim": lambda d: f"{d.day} - {d.month} - {d.year:04d}",
    "jjjj/mm/dd": lambda d: f"{d.year:04d}/{d.month:02d}/{d.day:02d}",
    "maandnaam": lambda d: f"{d.day} {MAANDEN[d.month - 1]} {d.year:04d}",
    "kort": lambda d: f"{d.day} {MAANDEN[d.month - 1][:3].replace('maa', 'mrt')} {d.year:04d}",
    "kort met punt": lambda d: f"{d.day} {MAANDEN[d.month - 1][:3].replace('maa', 'mrt').upper()}. {d.year:04d}",
}


@given(st.dates(min_value=date(1000, 1, 1)), st.sampled_from(sorted(STIJLEN)))
def test_elke_geldige_datum_in_elke_stijl_komt_terug(dag, stijl):
    assert lees(STIJLEN[stijl](dag), dag).datum == dag


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.integers(0, 40_000))
def test_twee_cijfers_komen_terug_zolang_ze_niet_na_de_peildatum_liggen(dag, dagen_later):
    peil = min(dag + timedelta(days=dagen_later), date(9999, 12, 31))
    assert lees(f"{dag.day}-{dag.month}-{dag.year % 100:02d}", peil).datum == dag
    if dag > date(2000, 1, 1):
        assert lees(f"{dag.day}-{dag.month}-{dag.year % 100:02d}", dag - timedelta(days=1)).datum is None


#: Every date field of every calculator, with a valid case around it: (calculator, params, field as a
#: message names it, the value to replace). wia_indicatie has no date field.
TIJDLIJN = {"eerste_ziektedag": "2025-03-10", "peildatum": "2026-12-01"}
DOSSIER = {"eerste_ziektedag": "2025-03-10", "peildatum": "2026-12-01"}
#: The WIA-uitkering's other fields, from the fact sheet's worked example.
WIA_UITKERING = {"dagloon": "183,91", "arbeidsongeschiktheid": 60, "arbeidsverleden_tot_2016": 20,
                 "arbeidsverleden_vanaf_2016": 6}
DATUMVELDEN = [
    ("tijdlijn", TIJDLIJN, "eerste_ziektedag", "2025-03-10"),
    ("tijdlijn", TIJDLIJN, "peildatum", "2026-12-01"),
    ("tijdlijn", {**TIJDLIJN, "wia_aanvraag_datum": "2026-12-01"}, "wia_aanvraag_datum", "2026-12-01"),
    ("tijdlijn", {**TIJDLIJN, "wia_brief_ontvangen": "2026-11-10"}, "wia_brief_ontvangen", "2026-11-10"),
    ("tijdlijn", {**TIJDLIJN, "geboortedatum": "1960-05-20"}, "geboortedatum", "1960-05-20"),
    ("tijdlijn", {"peildatum": "2026-12-01", "ziekteperiodes": [{"van": "2025-03-10", "tot": "2025-04-01"},
                                                               {"van": "2025-04-10"}]}, "ziekteperiodes[0].tot",
     "2025-04-01"),
    ("tijdlijn", {"peildatum": "2026-12-01", "ziekteperiodes": [{"van": "2025-03-10", "tot": "2025-04-01"},
                                                               {"van": "2025-04-10"}]}, "ziekteperiodes[1].van",
     "2025-04-10"),
    ("tijdlijn", {**TIJDLIJN, "verlof": [{"van": "2025-05-05", "tot": "2025-08-24", "zelfde_oorzaak": "ja"}]},
     "verlof[0].van", "2025-05-05"),
    ("tijdlijn", {**TIJDLIJN, "verlof": [{"van": "2025-05-05", "tot": "2025-08-24", "zelfde_oorzaak": "ja"}]},
     "verlof[0].tot", "2025-08-24"),
    *[("dossiercheck", {**DOSSIER, stap: "2025-04-10"}, stap, "2025-04-10")
      for stap in ("probleemanalyse", "plan_van_aanpak", "ziekmelding_uwv", "eerstejaarsevaluatie", "spoor2_gestart",
                   "eindevaluatie", "actueel_oordeel", "reintegratieverslag", "wia_aanvraag")],
    ("dossiercheck", DOSSIER, "eerste_ziektedag", "2025-03-10"),
    ("dossiercheck", DOSSIER, "peildatum", "2026-12-01"),
    ("dossiercheck", {**DOSSIER, "evaluaties": ["2025-04-10", "2025-05-10"]}, "evaluaties[1]", "2025-05-10"),
    ("passend_werk", {"situatie": "werkgever", "eerste_ziektedag": "2025-03-10", "peildatum": "2026-12-01"},
     "eerste_ziektedag", "2025-03-10"),
    ("passend_werk", {"situatie": "ww", "uitkering_vanaf": "2025-03-10", "peildatum": "2026-12-01"},
     "uitkering_vanaf", "2025-03-10"),
    ("passend_werk", {"situatie": "ww", "uitkering_vanaf": "2025-03-10", "peildatum": "2026-12-01"},
     "peildatum", "2026-12-01"),
    ("passend_werk", {"situatie": "werkgever", "eerste_ziektedag": "2025-03-10", "peildatum": "2026-12-01",
                      "geboortedatum": "1961-03-15"}, "geboortedatum", "1961-03-15"),
    ("wia_uitkering", {**WIA_UITKERING, "ingangsdatum": "2026-07-01"}, "ingangsdatum", "2026-07-01"),
    ("wia_uitkering", {**WIA_UITKERING, "eerste_ziektedag": "2025-03-10", "peildatum": "2026-12-01"},
     "eerste_ziektedag", "2025-03-10"),
    ("wia_uitkering", {**WIA_UITKERING, "ingangsdatum": "2026-07-01", "geboortedatum": "1961-03-15"},
     "geboortedatum", "1961-03-15"),
]


def _zet(params, veld, waarde):
    """A copy of `params` with the field a message names (`verlof[0].tot`, `evaluaties[1]`) set."""
    kopie = {k: (list(map(lambda v: dict(v) if isinstance(v, dict) else v, v)) if isinstance(v, list) else v)
             for k, v in params.items()}
    if "[" not in veld:
        kopie[veld] = waarde
        return kopie
    lijst, rest = veld.split("[")
    index, _, sleutel = rest.partition("]")
    if sleutel:
        kopie[lijst][int(index)][sleutel.lstrip(".")] = waarde
    else:
        kopie[lijst][int(index)] = waarde
    return kopie


def _in_stijl(iso):
    dag = date.fromisoformat(iso)
    return f"{dag.day} {MAANDEN[dag.month - 1][:3].replace('maa', 'mrt')}. {dag.year}"


@pytest.mark.parametrize("naam, params, veld, iso", DATUMVELDEN, ids=[f"{n}-{v}" for n, _, v, _ in DATUMVELDEN])
def test_elk_datumveld_van_elke_rekenhulp_gebruikt_dezelfde_lezer(naam, params, veld, iso):
    basis = run(naam, params)
    assert basis["ok"], basis
    anders = run(naam, _zet(params, veld, _in_stijl(iso)))
    assert {k: v for k, v in anders.items() if k != "ics"} == {k: v for k, v in basis.items() if k != "ics"}
    fout = run(naam, _zet(params, veld, "10-13-2025"))
    meldingen = {f["veld"]: f["melding"] for f in fout["fouten"]}
    assert "‘10-13-2025’ is geen bestaande datum: er is geen maand 13." in meldingen[veld], meldingen


def test_elke_rekenhulp_met_datums_staat_in_de_lijst():
    # The overview has no date field of its own: its clients' dates are read by their own calculator
    # (tests/unit/test_overzicht_rijen.py gives a client's dates in another spelling).
    assert {n for n, *_ in DATUMVELDEN} | {"wia_indicatie", "qr", "bedrag", "overzicht"} == set(REKENHULPEN)


@pytest.mark.parametrize("naam, params", [
    ("tijdlijn", {}), ("dossiercheck", {}), ("passend_werk", {"situatie": "werkgever"})])
def test_eerste_ziektedag_na_de_peildatum_wordt_geweigerd(naam, params):
    met_peildatum = run(naam, {**params, "eerste_ziektedag": "10-3-2027", "peildatum": "1-12-2026"})
    assert {f["veld"]: f["melding"] for f in met_peildatum["fouten"]} == {
        "eerste_ziektedag": "De eerste ziektedag (10 maart 2027) ligt na de peildatum (1 december 2026). "
                            "Klopt het jaartal?"}
    zonder = run(naam, {**params, "eerste_ziektedag": "10-3-2027", "vandaag": "2026-12-02"})
    assert {f["veld"]: f["melding"] for f in zonder["fouten"]} == {
        "eerste_ziektedag": "De eerste ziektedag (10 maart 2027) ligt na vandaag (2 december 2026). Klopt het jaartal?"}
    # A peildatum that is today is "vandaag" too: the page used to send today as the peildatum.
    vandaag = run(naam, {**params, "eerste_ziektedag": "10-3-2027", "peildatum": "2-12-2026", "vandaag": "2026-12-02"})
    assert "ligt na vandaag" in vandaag["fouten"][0]["melding"]


def test_latere_ziekteperiode_na_de_peildatum_wordt_geweigerd_de_laatste_dag_mag_later():
    gevonden = run("tijdlijn", {"ziekteperiodes": "1-3-2025/1-4-2025,5-1-2027/", "peildatum": "1-12-2026"})
    assert [f["veld"] for f in gevonden["fouten"]] == ["ziekteperiodes[1].van"]
    assert run("tijdlijn", {"ziekteperiodes": "1-3-2025/1-6-2027", "peildatum": "1-12-2026"})["ok"]


def test_een_ziektedag_voor_2014_zegt_waarom_en_wat_te_doen():
    # 10-3-1990 is mostly a birth date in the wrong field or a wrong year: the message says the bound's reason
    fout = run("tijdlijn", {"eerste_ziektedag": "10-3-1990"})["fouten"][0]
    assert fout["veld"] == "eerste_ziektedag"
    assert "Klopt het jaartal?" in fout["melding"] and "geboortedatum" in fout["melding"]


def test_gesprekken_met_en_of_puntkomma_ertussen():
    uitkomst = run("dossiercheck", {"eerste_ziektedag": "6-1-2025", "peildatum": "1-7-2025",
                                    "evaluaties": "1-3-2025 en 15-4-2025; 1-6-2025"})
    assert uitkomst["ok"], uitkomst
    gesprekken = next(b for b in uitkomst["berekend_voor"] if b["veld"] == "evaluaties")
    assert gesprekken["waarde"] == "1 maart 2025, 15 april 2025 en 1 juni 2025"
