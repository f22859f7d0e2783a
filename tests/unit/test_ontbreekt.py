"""Python says which messages are about a required field left empty (`"ontbreekt": true`), so a page opened
from a link with only some fields can ask calmly for the rest (docs/assets/js/rekenhulp.js) without keeping a
second list of required fields in JavaScript."""

from calculators.api import run


def fouten(naam: str, params: dict) -> dict[str, bool]:
    result = run(naam, params)
    assert not result["ok"]
    return {f["veld"]: f.get("ontbreekt", False) for f in result["fouten"]}


def test_link_uit_de_tijdlijn_mist_alleen_verplichte_velden():
    assert fouten("wia_uitkering", {"ingangsdatum": "2027-01-04"}) == {"dagloon": True, "arbeidsongeschiktheid": True}


def test_link_uit_de_wia_uitkomst_mist_de_ingangsdatum_en_het_loon():
    gemist = fouten("wia_uitkering", {"arbeidsongeschiktheid": "60,00", "duurzaam": "nee"})
    assert gemist == {"ingangsdatum": True, "dagloon": True}


def test_arbeidsverleden_ontbreekt_als_het_nodig_is():
    params = {"ingangsdatum": "2027-01-04", "dagloon": "150", "arbeidsongeschiktheid": "60"}
    assert fouten("wia_uitkering", params) == {"arbeidsverleden_tot_2016": True}


def test_een_foute_waarde_ontbreekt_niet():
    gemist = fouten("wia_uitkering", {"ingangsdatum": "2027-01-04", "dagloon": "veel", "arbeidsongeschiktheid": "120"})
    assert gemist == {"dagloon": False, "arbeidsongeschiktheid": False}
    assert fouten("tijdlijn", {"eerste_ziektedag": "30-2-2025"}) == {"eerste_ziektedag": False}


def test_lege_verplichte_velden_van_andere_rekenhulpen():
    assert fouten("tijdlijn", {}) == {"eerste_ziektedag": True}
    assert fouten("passend_werk", {}) == {"situatie": True}
    assert fouten("wia_indicatie", {}) == {"maatmanloon": True, "restverdiencapaciteit": True}
