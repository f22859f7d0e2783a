"""WIA outcome indication: thresholds of WIA art. 4 and 5, no rounding across a threshold."""

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from calculators.api import run


def wia(maatman, rest, duurzaam=None):
    params = {"maatmanloon": maatman, "restverdiencapaciteit": rest}
    if duurzaam is not None:
        params["duurzaam"] = duurzaam
    return run("wia_indicatie", params)


@pytest.mark.parametrize("maatman, rest, duurzaam, uitkomst, tekst", [
    ("3000", "3000", "onbekend", "geen_wia", "0,00"),
    ("3000", "1950,01", "nee", "geen_wia", "34,99"),
    ("3000", "1950", "nee", "wga", "35,00"),
    ("3000", "1200", "onbekend", "wga", "60,00"),
    ("3000", "600,01", "ja", "wga", "79,99"),
    ("3000", "600", "ja", "iva", "80,00"),
    ("3000", "600", "nee", "wga_80_100", "80,00"),
    ("3000", "600", "onbekend", "wga_80_100", "80,00"),
    ("25,50", "0", "ja", "iva", "100,00"),
    ("3000", "4500", None, "geen_wia", "0,00"),   # earning more than before is valid: 0% loss
])
def test_drempels(maatman, rest, duurzaam, uitkomst, tekst):
    result = wia(maatman, rest, duurzaam)
    assert (result["uitkomst"], result["percentage_tekst"]) == (uitkomst, tekst)


def test_net_onder_de_drempel_wordt_niet_naar_boven_afgerond():
    result = wia("3", "1,95001")
    assert result["uitkomst"] == "geen_wia" and result["percentage_tekst"] == "34,99"


@pytest.mark.parametrize("params, veld", [
    ({"maatmanloon": "0", "restverdiencapaciteit": "10"}, "maatmanloon"),
    ({"maatmanloon": "-5", "restverdiencapaciteit": "10"}, "maatmanloon"),
    ({"maatmanloon": "drieduizend", "restverdiencapaciteit": "10"}, "maatmanloon"),
    ({"maatmanloon": "3000", "restverdiencapaciteit": "-1"}, "restverdiencapaciteit"),
    ({"maatmanloon": "3000"}, "restverdiencapaciteit"),
    ({"maatmanloon": "3000", "restverdiencapaciteit": "1", "duurzaam": "misschien"}, "duurzaam"),
])
def test_foute_invoer(params, veld):
    result = run("wia_indicatie", params)
    assert not result["ok"] and veld in {f["veld"] for f in result["fouten"]}


bedragen = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2)


@given(bedragen, bedragen, bedragen)
def test_percentage_daalt_als_restverdiencapaciteit_stijgt(maatman, a, b):
    laag, hoog = sorted((a, b))
    assert wia(str(maatman), str(laag))["percentage"] >= wia(str(maatman), str(hoog))["percentage"]
