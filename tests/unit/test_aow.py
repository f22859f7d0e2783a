"""The AOW-age table (calculators.aow) against the per-year ages of AOW art. 7a lid 1."""

from datetime import date, timedelta

from calculators import aow

#: AOW art. 7a lid 1 (version 1-7-2026): the age (years, months) per calendar year it is reached in; 2026-2029
#: from rijksoverheid.nl, 2030-2031 from the minister's decisions of November 2024 and 2025.
PER_JAAR = {2012: (65, 0), 2013: (65, 1), 2014: (65, 2), 2015: (65, 3), 2016: (65, 6), 2017: (65, 9),
            2018: (66, 0), 2019: (66, 4), 2020: (66, 4), 2021: (66, 4), 2022: (66, 7), 2023: (66, 10),
            2024: (67, 0), 2025: (67, 0), 2026: (67, 0), 2027: (67, 0), 2028: (67, 3), 2029: (67, 3),
            2030: (67, 3), 2031: (67, 3)}


def test_elke_rij_volgt_uit_art_7a():
    """The first and last birth day of every row reach the row's age in a year whose age it is."""
    for rij in aow.LEEFTIJDEN[1:]:
        for geboren in (rij.geboren_vanaf, rij.geboren_tot_en_met):
            dag = aow.datum(geboren).vroegst
            assert rij.in_jaren[0] <= dag.year <= rij.in_jaren[1]
            assert PER_JAAR[dag.year] == (rij.jaren, rij.maanden)


def test_rijen_sluiten_aan():
    for vorige, volgende in zip(aow.LEEFTIJDEN, aow.LEEFTIJDEN[1:]):
        assert vorige.geboren_tot_en_met + timedelta(days=1) == volgende.geboren_vanaf


def test_aow_datum_voorbeelden():
    # rijksoverheid.nl: born after 31-12-1960 and before 1-10-1961 → 67 jaar en 3 maanden in 2028
    assert aow.datum(date(1961, 3, 15)).vroegst == date(2028, 6, 15)
    assert aow.datum(date(1960, 12, 31)).vroegst == date(2027, 12, 31)   # 67 in 2027
    assert aow.datum(date(1961, 3, 31)).vroegst == date(2028, 6, 30)     # no 31 June: the month's last day
    assert aow.venster(1961).vroegst == date(2028, 4, 1) and aow.venster(1961).laatst == date(2029, 3, 31)
