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
