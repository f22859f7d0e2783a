"""Passend werk on a date: Voorbeeld M of the fact sheet, the six-month boundary, bad input."""

from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from calculators.api import run
from calculators.passend_werk import plus_maanden

VOLGORDE = {"werkgever": ["spoor1", "spoor2", "na_wachttijd"], "ww": ["eerste_zes_maanden", "na_zes_maanden"]}


def werkgever(peildatum):
    return run("passend_werk", {"situatie": "werkgever", "eerste_ziektedag": "2025-01-06", "peildatum": peildatum})


@pytest.mark.parametrize("peildatum, fase, volgende", [
    ("2025-02-10", "spoor1", "2026-02-15"),       # Voorbeeld M, week 6
    ("2025-09-01", "spoor1", "2026-02-15"),       # week 35
    ("2026-02-20", "spoor2", "2027-01-04"),       # week 59: spoor 2 hoort te lopen
    ("2027-01-10", "na_wachttijd", None),         # after the last wage day 3 January 2027
])
def test_voorbeeld_m_met_werkgever(peildatum, fase, volgende):
    result = werkgever(peildatum)
    assert (result["fase"], result["volgende_fase_op"]) == (fase, volgende)
    assert result["max_reistijd_uren_per_dag"] is None
    assert "loonstop" in result["gevolgen"]


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
