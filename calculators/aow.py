"""The AOW age per birth period, as ONE dated table, and the AOW date it gives.

Why the WIA calculator needs it: the right to a WIA benefit ends on the day the person reaches the
pensioengerechtigde leeftijd of AOW art. 7a lid 1 (Wet WIA art. 43 onder g, read with art. 49 lid 1
onder b for the IVA and art. 56 lid 1 onder b for the WGA), and no right arises on or after that day.

AOW art. 7a lid 1 gives the age per calendar year in which it is reached (65 before 2013, rising to 67
in 2024 and 2025); from 2026 the minister sets it each year, five years ahead, by the formula of lid 2,
which never lowers it (a negative V counts as 0). The AOW starts on the day the age is reached (AOW
art. 16 lid 1; SVB: "vanaf de dag waarop u uw AOW-leeftijd bereikt"). Rijksoverheid and the SVB
publish the ages as birth periods; this table copies those periods, and a unit test checks every row
against the per-year ages of art. 7a. Read on 6 December 2026:

* up to 2025: the law text itself (AOW art. 7a lid 1, version 1 July 2026);
* 2026 to 2029: rijksoverheid.nl, "Wanneer gaat mijn AOW in?" (67 in 2026 and 2027, 67 jaar en
  3 maanden in 2028 and 2029, with the birth periods);
* 2030 and 2031: 67 jaar en 3 maanden according to news reports only (NOS, 2024, and others, 2025, on
  the minister's letters to the Kamer of November 2024 and November 2025). On 6 December 2026 no
  official source was found: the stored rijksoverheid.nl page lists the ages up to 2029, and neither
  the SVB nor the Staatscourant regulation was found. The row is marked `bevestigd=False` and every
  result that uses it says so ("volgens nieuwsberichten, stand op 6 december 2026").

The age for people born on or after 1 October 1964 (who reach it in 2032 or later) was not found
fixed on 6 December 2026: the calculator then uses the last known age, says so, and notes that it
can only be the same or higher.

A birthday plus months that lands on a day the month does not have (31 March + 3 months) is taken
as that month's last day; the SVB's letter gives the exact date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .bronnen import BRONNEN, Bron

#: The day these ages were last compared with their sources.
STAND = date(2026, 12, 6)


@dataclass(frozen=True)
class AowLeeftijd:
    """People born from `geboren_vanaf` up to and including `geboren_tot_en_met` reach the AOW age
    of `jaren` years and `maanden` months in the calendar years `in_jaren` (AOW art. 7a lid 1)."""

    geboren_vanaf: date
    geboren_tot_en_met: date
    jaren: int
    maanden: int
    in_jaren: tuple[int, int]
    bron: Bron
    #: False when the age is known from news reports only, not from an official source (see STAND).
    bevestigd: bool = True

    @property
    def tekst(self) -> str:
        """'67 jaar en 3 maanden' or '67 jaar'."""
        return f"{self.jaren} jaar" + (f" en {self.maanden} maanden" if self.maanden else "")


def _r(vanaf: tuple[int, int, int], tot: tuple[int, int, int], jaren: int, maanden: int, in_jaren: tuple[int, int],
       bron: str, bevestigd: bool = True) -> AowLeeftijd:
    return AowLeeftijd(date(*vanaf), date(*tot), jaren, maanden, in_jaren, BRONNEN[bron], bevestigd)


#: Every birth period from 1948 on; before 1948 the age was 65 (art. 7a lid 1 onder a).
LEEFTIJDEN: tuple[AowLeeftijd, ...] = (
    _r((1900, 1, 1), (1947, 12, 31), 65, 0, (1965, 2012), "aow_7a"),
    _r((1948, 1, 1), (1948, 11, 30), 65, 1, (2013, 2013), "aow_7a"),
    _r((1948, 12, 1), (1949, 10, 31), 65, 2, (2014, 2014), "aow_7a"),
    _r((1949, 11, 1), (1950, 9, 30), 65, 3, (2015, 2015), "aow_7a"),
    _r((1950, 10, 1), (1951, 6, 30), 65, 6, (2016, 2016), "aow_7a"),
    _r((1951, 7, 1), (1952, 3, 31), 65, 9, (2017, 2017), "aow_7a"),
    _r((1952, 4, 1), (1952, 12, 31), 66, 0, (2018, 2018), "aow_7a"),
    _r((1953, 1, 1), (1955, 8, 31), 66, 4, (2019, 2021), "aow_7a"),
    _r((1955, 9, 1), (1956, 5, 31), 66, 7, (2022, 2022), "aow_7a"),
    _r((1956, 6, 1), (1957, 2, 28), 66, 10, (2023, 2023), "aow_7a"),
    _r((1957, 3, 1), (1958, 12, 31), 67, 0, (2024, 2025), "aow_7a"),
    _r((1959, 1, 1), (1960, 12, 31), 67, 0, (2026, 2027), "rijksoverheid_aow"),
    _r((1961, 1, 1), (1962, 9, 30), 67, 3, (2028, 2029), "rijksoverheid_aow"),
    _r((1962, 10, 1), (1964, 9, 30), 67, 3, (2030, 2031), "aow_2030_2031", bevestigd=False),
)


def plus_jaren_maanden(dag: date, jaren: int, maanden: int) -> date:
    """The same day so many years and months later, or the month's last day when it is shorter."""
    jaar, maand = divmod(dag.month - 1 + maanden, 12)
    jaar += dag.year + jaren
    volgende = date(jaar + (maand == 11), (maand + 1) % 12 + 1, 1)
    return date(jaar, maand + 1, min(dag.day, (volgende - timedelta(days=1)).day))


def leeftijd(geboortedatum: date) -> tuple[AowLeeftijd, bool]:
    """The row for a birth date, and whether the age is fixed (False: later than the table, the last
    row is used; the real age is the same or higher, AOW art. 7a lid 2)."""
    for rij in LEEFTIJDEN:
        if rij.geboren_vanaf <= geboortedatum <= rij.geboren_tot_en_met:
            return rij, True
    return (LEEFTIJDEN[0], True) if geboortedatum < LEEFTIJDEN[0].geboren_vanaf else (LEEFTIJDEN[-1], False)


@dataclass(frozen=True)
class AowDatum:
    """The first day of the AOW age: exact (`vroegst == laatst`) from a birth date, or the window of
    every possible day from a birth year alone. `vast` is False when the age was not yet fixed."""

    vroegst: date
    laatst: date
    leeftijden: tuple[AowLeeftijd, ...]
    vast: bool

    @property
    def exact(self) -> bool:
        return self.vroegst == self.laatst


def datum(geboortedatum: date) -> AowDatum:
    """The day the person reaches the AOW age, the first day of the AOW (AOW art. 7a, art. 16 lid 1)."""
    rij, vast = leeftijd(geboortedatum)
    dag = plus_jaren_maanden(geboortedatum, rij.jaren, rij.maanden)
    return AowDatum(dag, dag, (rij,), vast)


def venster(geboortejaar: int) -> AowDatum:
    """From a birth year alone: the earliest day (born 1 January) and the latest (born 31 December).
    The AOW date grows with the birth date, so every other day of birth lies between the two."""
    eerste, laatste = datum(date(geboortejaar, 1, 1)), datum(date(geboortejaar, 12, 31))
    return AowDatum(eerste.vroegst, laatste.laatst, tuple(dict.fromkeys(eerste.leeftijden + laatste.leeftijden)),
                    eerste.vast and laatste.vast)
