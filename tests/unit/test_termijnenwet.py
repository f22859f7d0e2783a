"""Algemene termijnenwet: the short forward terms move past weekends and the feestdagen of art. 3."""

from datetime import date

import pytest

from calculators import api
from calculators.termijnenwet import einde_termijn, feestdagen, pasen


@pytest.mark.parametrize("jaar, paasdag", [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)),
                                           (2026, date(2026, 4, 5)), (2027, date(2027, 3, 28))])
def test_pasen(jaar, paasdag):
    assert pasen(jaar) == paasdag


def test_feestdagen_2025():
    assert feestdagen(2025) == {
        date(2025, 1, 1), date(2025, 4, 18), date(2025, 4, 21), date(2025, 4, 26),  # Koningsdag op zaterdag 26-4
        date(2025, 5, 5), date(2025, 5, 29), date(2025, 6, 9), date(2025, 12, 25), date(2025, 12, 26),
    }


@pytest.mark.parametrize("einde, verlengd", [
    (date(2026, 10, 30), date(2026, 10, 30)),  # vrijdag blijft
    (date(2026, 10, 31), date(2026, 11, 2)),   # zaterdag → maandag
    (date(2026, 4, 3), date(2026, 4, 7)),      # Goede Vrijdag → over Pasen heen naar dinsdag
    (date(2026, 12, 25), date(2026, 12, 28)),  # Kerst op vrijdag → maandag
])
def test_einde_termijn(einde, verlengd):
    assert einde_termijn(einde) == verlengd


def test_vier_weken_na_late_brief_schuiven_naar_werkdag():
    # Brief op zaterdag 3 oktober 2026 (na de uiterste datum voor D = 6-1-2025); 4 weken later is zaterdag 31 oktober.
    uit = api.run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "wia_brief_ontvangen": "2026-10-03",
                               "peildatum": "2026-10-05"})
    datums = {m["id"]: m["datum"] for m in uit["mijlpalen"]}
    assert datums["wia_aanvraag_na_late_brief"] == "2026-11-02"
    op_tijd = api.run("tijdlijn", {"eerste_ziektedag": "2025-01-06", "wia_brief_ontvangen": "2026-10-03",
                                   "wia_aanvraag_datum": "2026-11-02", "peildatum": "2026-11-03"})
    assert op_tijd["te_laat_dagen"] == 0
