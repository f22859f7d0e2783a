"""Rule texts and sources that a review against the articles corrected (register/teksten-regels.yml)."""

from calculators import regels
from calculators.bronnen import BRONNEN


def test_vervroegde_iva_uiterlijk_volgt_uit_wia_23_lid_6():
    # At most 78 weeks, ending no earlier than 10 weeks after the application: apply by the end of week 68.
    m = regels.MIJLPAAL["vervroegde_iva_uiterlijk"]
    tot = regels.getal("verkorte_wachttijd_max_weken") - regels.getal("verkorte_wachttijd_na_aanvraag_weken")
    assert regels.getal("vervroegde_iva_tot_weken") == tot == m.week
    assert m.dag == 7 * tot - 1
    assert regels.GETALLEN["vervroegde_iva_tot_weken"][1] == BRONNEN["wia_23_6"]
    assert f"eind van week {tot}" in m.uitleg_tekst and "uiterlijk op deze dag" in m.tekst("werknemer")


def test_slapend_dienstverband_noemt_de_voorwaarden():
    tekst = regels.MIJLPAAL["einde_wachttijd"].tekst("werkgever")
    assert "7:669 lid 3 sub b" in tekst and "gerechtvaardigd belang" in tekst and "8 november 2019" in tekst


def test_bronnen_van_beslistermijn_en_verlenging():
    assert regels.GETALLEN["beslistermijn_wet_weken"][1].url.endswith("artikel=102&lid=3")
    tijdelijk = regels.GETALLEN["beslistermijn_tijdelijk_weken"][1].label
    assert tijdelijk.startswith("O&P Rijk") and "Rijksoverheid" not in tijdelijk
    verlenging = regels.GETALLEN["verlenging_min_weken"][1]
    assert "Praktijk van UWV" in verlenging.label and "uwv.nl" in verlenging.url
    assert "op tijd" in BRONNEN["wia_25_10"].label
    assert "38a" in regels.GETALLEN["ziekmelding_eerder_weken"][1].label


def test_alsnog_aanvragen_zegt_precies_wat_de_wet_zegt():
    tekst = regels.AFGELEIDE_MIJLPALEN["wia_aanvraag_alsnog"].tekst("werkgever")
    assert "geen recht op loon" in tekst and "te laat was" in tekst and "meteen" in tekst


def test_gecontroleerd_noemt_alleen_bestaande_regels_na_de_algemene_datum():
    bekend = set(regels.MIJLPAAL) | set(regels.AFGELEIDE_MIJLPALEN) | set(regels.GETALLEN)
    assert set(regels.GECONTROLEERD) <= bekend
    assert all(d > regels.LAATST_GECONTROLEERD for d in regels.GECONTROLEERD.values())
