"""Every calculator says what it does not compute: a list under "Niet meegerekend", each point with what it is,
what it would change and the article (or official page) behind it, from the same modules as the rules."""

import pytest

from calculators.api import run

GEVALLEN = {
    "tijdlijn": {"eerste_ziektedag": "10-3-2025", "vandaag": "2026-12-06"},
    "dossiercheck": {"eerste_ziektedag": "10-3-2025", "plan_van_aanpak": "2-5-2025", "vandaag": "2026-12-06"},
    "passend_werk": {"situatie": "werkgever", "eerste_ziektedag": "10-3-2025", "vandaag": "2026-12-06"},
    "wia_indicatie": {"maatmanloon": "3.000", "restverdiencapaciteit": "1.200"},
    "wia_uitkering": {"ingangsdatum": "4-1-2027", "dagloon": "183,91", "arbeidsongeschiktheid": "60",
                      "arbeidsverleden_tot_2016": "20", "arbeidsverleden_vanaf_2016": "6", "vandaag": "2026-12-06"},
}


@pytest.mark.parametrize("naam", GEVALLEN)
def test_elke_rekenhulp_zegt_wat_niet_is_meegerekend(naam):
    result = run(naam, GEVALLEN[naam])
    assert result["ok"], result
    punten = result["niet_meegerekend"]
    assert len(punten) >= 3
    for punt in punten:
        assert punt["wat"].strip() and len(punt["waarom"]) > 40, punt
        assert punt["bron"].startswith("https://") and punt["bron_label"].strip(), punt
    assert len({p["wat"] for p in punten}) == len(punten)  # no point twice


def test_elke_rekenhulp_is_hierboven_genoemd():
    from calculators.api import HULPMIDDELEN, REKENHULPEN
    # The coach's overview computes nothing itself: each row is its client's own calculator, whose page lists what
    # it leaves out; a row opens that page.
    assert set(GEVALLEN) == set(REKENHULPEN) - HULPMIDDELEN - {"overzicht"}
