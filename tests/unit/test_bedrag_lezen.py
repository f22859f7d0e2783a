"""Amounts as people type them (`calculators.bedrag_lezen`), through every amount field of every calculator.

The metamorphic test is the one that would have caught `3.000` read as three euro: whatever spelling of
the same amount a reader types, every calculator must give exactly the result of the plain number.
"""

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from calculators.api import run
from calculators.bedrag_lezen import euro, lees

# Each spelling with the amount it means. The rule behind each row is in the module's docstring.
SPELLINGEN = [
    ("3000", "3000"),
    ("3.000", "3000"),            # a dot followed by exactly three digits groups thousands
    ("3.000,00", "3000"),
    ("€ 3.000", "3000"),
    ("€3000", "3000"),
    ("3.000,-", "3000"),          # ",-": whole euros, as on a price tag
    ("1000,-", "1000"),
    ("€ 1.000,-", "1000"),
    ("1 000", "1000"),            # a space between thousands groups
    ("12 500,50", "12500.50"),
    ("45.000", "45000"),
    ("1.250.000,50", "1250000.50"),
    ("3.150,50", "3150.50"),
    ("3150,50", "3150.50"),       # one comma, two digits: decimal comma
    ("3150.50", "3150.50"),       # one dot, two digits: decimal point
    ("3150,5", "3150.5"),
    ("3,150.50", "3150.50"),      # English notation, unambiguous because both marks are there
    ("1,000,000", "1000000"),     # two comma groups can only be thousands
    ("22,50", "22.50"),
    (",50", "0.50"),
    ("EUR 2.500,-", "2500"),
    ("2.500 euro", "2500"),
    ("1,95001", "1.95001"),       # a comma with four or more decimals: no thousands group has four digits
]


@pytest.mark.parametrize("tekst, bedrag", SPELLINGEN)
def test_elke_spelling_geeft_het_bedrag(tekst, bedrag):
    assert lees(tekst).bedrag == Decimal(bedrag)


@pytest.mark.parametrize("tekst, gevraagd", [
    ("3,000", "Bedoelt u 3.000 euro?"),   # three euro with a decimal comma, or three thousand: ask
    ("45,000", "Bedoelt u 45.000 euro?"),
    ("3.0000", "kan lezen"),
    ("3.000.00", "kan lezen"),
    ("3 00", "kan lezen"),
    ("0.500", "kan lezen"),       # half a euro, or five hundred with a stray 0?
    ("0,000", "kan lezen"),
    ("abc", "kan lezen"),
])
def test_wat_twijfel_laat_wordt_geweigerd_met_de_vraag(tekst, gevraagd):
    lezing = lees(tekst)
    assert lezing.bedrag is None and gevraagd in lezing.fout


def test_de_melding_herhaalt_wat_er_getypt_is():
    result = run("wia_indicatie", {"maatmanloon": "3,000", "restverdiencapaciteit": "1200"})
    [fout] = result["fouten"]
    assert fout["veld"] == "maatmanloon"
    assert "‘3,000’" in fout["melding"] and "Bedoelt u 3.000 euro?" in fout["melding"]


def test_het_voorbeeld_past_bij_het_veld():
    """A dagloon copied with its words ("€ 138,12 per dag") gets an example of a day's size, not a month's
    (a newcomer read "bijvoorbeeld 3150" under the dagloon field)."""
    basis = {"ingangsdatum": "1-3-2027", "arbeidsongeschiktheid": "50", "geboortejaar": "1970"}
    dag = run("wia_uitkering", {**basis, "dagloon": "€ 138,12 per dag"})
    [fout] = [f for f in dag["fouten"] if f["veld"] == "dagloon"]
    assert "‘138,12 per dag’" in fout["melding"] and "bijvoorbeeld 138 of 138,12" in fout["melding"]
    assert "3150" not in fout["melding"]
    jaar = run("wia_uitkering", {**basis, "jaarloon": "36.000 bruto"})
    [fout] = [f for f in jaar["fouten"] if f["veld"] == "jaarloon"]
    assert "bijvoorbeeld 36000" in fout["melding"]
    maand = run("wia_indicatie", {"maatmanloon": "3000 euro p/m", "restverdiencapaciteit": "1200"})
    assert "3150" in maand["fouten"][0]["melding"]  # a monthly wage keeps the monthly example


@pytest.mark.parametrize("tekst", ["-5", "€ -1.000", "-0,50"])
def test_negatief_blijft_geweigerd(tekst):
    result = run("wia_indicatie", {"maatmanloon": "3000", "restverdiencapaciteit": tekst})
    assert not result["ok"] and "0 of meer" in result["fouten"][0]["melding"]


def _spellingen_van(bedrag: Decimal) -> list[str]:
    """Ways people write `bedrag` (whole euros or with cents)."""
    nl = euro(bedrag)[2:]                               # 3.150,50
    kaal = f"{bedrag:.2f}"                              # 3150.50
    spellingen = [nl, f"€ {nl}", kaal, kaal.replace(".", ","), nl.replace(".", " ")]
    if bedrag == bedrag.to_integral_value():
        heel = nl[:-3]                                  # 3.150
        spellingen += [heel, f"{heel},-", f"€ {heel},-", f"{int(bedrag)},-", heel.replace(".", " ")]
    return spellingen


@given(st.decimals(min_value=0, max_value=999_999, places=2, allow_nan=False, allow_infinity=False))
def test_elke_schrijfwijze_leest_terug_als_hetzelfde_bedrag(bedrag):
    for spelling in _spellingen_van(bedrag):
        assert lees(spelling).bedrag == bedrag, spelling


# Every amount field of every calculator, with a case around it in which that field matters.
GEVALLEN = [
    ("wia_indicatie", {"maatmanloon": "3000", "restverdiencapaciteit": "1200"}, "maatmanloon", Decimal(3000)),
    ("wia_indicatie", {"maatmanloon": "3000", "restverdiencapaciteit": "1200"}, "restverdiencapaciteit",
     Decimal(1200)),
    ("wia_uitkering", {"ingangsdatum": "4-1-2027", "dagloon": "183,91", "arbeidsongeschiktheid": "60",
                       "arbeidsverleden_tot_2016": "20", "arbeidsverleden_vanaf_2016": "6",
                       "restverdiencapaciteit": "1600", "inkomen": "1000"}, "inkomen", Decimal(1000)),
    ("wia_uitkering", {"ingangsdatum": "4-1-2027", "dagloon": "183,91", "arbeidsongeschiktheid": "60",
                       "arbeidsverleden_tot_2016": "20", "arbeidsverleden_vanaf_2016": "6",
                       "restverdiencapaciteit": "1600", "inkomen": "1000"}, "restverdiencapaciteit", Decimal(1600)),
    ("wia_uitkering", {"ingangsdatum": "4-1-2027", "jaarloon": "48000", "arbeidsongeschiktheid": "60",
                       "arbeidsverleden_tot_2016": "20", "arbeidsverleden_vanaf_2016": "6"}, "jaarloon",
     Decimal(48000)),
    ("wia_uitkering", {"ingangsdatum": "4-1-2027", "dagloon": "183,91", "arbeidsongeschiktheid": "60",
                       "arbeidsverleden_tot_2016": "20", "arbeidsverleden_vanaf_2016": "6"}, "dagloon",
     Decimal("183.91")),
]


@pytest.mark.parametrize("naam, params, veld, bedrag", GEVALLEN, ids=lambda w: w if isinstance(w, str) else None)
def test_elke_schrijfwijze_geeft_hetzelfde_resultaat(naam, params, veld, bedrag):
    """Metamorphic: the whole result (amounts, phases, texts, "Berekend voor") is the plain number's."""
    vast = {**params, "vandaag": "2026-12-06"}
    verwacht = run(naam, {**vast, veld: f"{bedrag:f}"})
    assert verwacht["ok"], verwacht
    for spelling in _spellingen_van(bedrag):
        assert run(naam, {**vast, veld: spelling}) == verwacht, spelling


def test_gelezen_bedrag_voor_onder_het_veld():
    assert run("bedrag", {"waarde": "3.000"}) == {"ok": True, "tekst": "€ 3.000,00"}
    assert run("bedrag", {"waarde": "1000,-"})["tekst"] == "€ 1.000,00"
    fout = run("bedrag", {"waarde": "3,000"})
    assert not fout["ok"] and "Bedoelt u 3.000 euro?" in fout["fouten"][0]["melding"]
    assert "regels_datum" not in fout  # a helper of the page, not a calculation under the rules


@pytest.mark.parametrize("maatman, rest, veld, vraag", [
    # an hourly wage beside a monthly one: without the question 99% (or 0%) would look like an answer
    ("3000", "22", "restverdiencapaciteit", "per uur en het andere per maand"),
    ("22,50", "1200", "maatmanloon", "per uur en het andere per maand"),
    ("45.000", "1200", "maatmanloon", "per jaar en het andere per maand"),
    ("3000", "3500", "restverdiencapaciteit", "omgewisseld"),
])
def test_wia_uitkomst_vraagt_bij_een_onwaarschijnlijke_combinatie(maatman, rest, veld, vraag):
    result = run("wia_indicatie", {"maatmanloon": maatman, "restverdiencapaciteit": rest})
    assert result["ok"]  # a question, not a refusal
    [waarschuwing] = result["waarschuwingen"]
    assert waarschuwing["veld"] == veld and vraag in waarschuwing["melding"]


@pytest.mark.parametrize("maatman, rest", [("3000", "1200"), ("22,50", "9"), ("3000", "0"), ("3.150", "2.900")])
def test_wia_uitkomst_vraagt_niets_bij_gewone_bedragen(maatman, rest):
    assert run("wia_indicatie", {"maatmanloon": maatman, "restverdiencapaciteit": rest})["waarschuwingen"] == []
