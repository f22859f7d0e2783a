"""The money figures of the WIA, as ONE dated table, plus the fixed factors of the law.

Each row of `BEDRAGEN` holds from its `vanaf` date until the next row. Two figures change every
1 January and 1 July and are not in the law text itself but published by the minister:

* the minimumloon per month of Wml art. 8 lid 1 onder b (the law text still says € 1.653,60; art. 14
  and art. 8 lid 2 put the indexed amount in its place);
* the maximumdagloon of Wfsv art. 17 lid 1: the maximum premieloon per year ÷ 261, indexed with the
  minimumloon and rounded to a multiple of € 2,61 per year (Wfsv art. 18 lid 1), so whole cents a day.

A date after the last row uses the last row, and the result says which row it used ("bedragen per
1 juli 2026"): amounts for later half-years are not published yet. For a start date in such a later
half-year (`maximum_bekend` False) the maximumdagloon is not known either, so the WIA calculator does
not cap a dagloon typed from UWV's decision just above the old maximum. Searched on 6 December 2026 for the
figures of 1 January 2027 (Staatscourant regeling minimumloon, UWV maximumdagloon): not found.
A date before the first row uses the first row and says so too; this calculator holds no older figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from .bronnen import BRONNEN, Bron
from .regels import getal

CENT = Decimal("0.01")

#: WIA art. 13 lid 4 onder a: the maandloon over a whole calendar month is 21,75 × the dagloon.
MAANDLOON_FACTOR = Decimal("21.75")


@dataclass(frozen=True)
class Bedragen:
    """The figures in force from `vanaf`, each with where it was read."""

    vanaf: date
    minimumloon_maand: Decimal  # Wml art. 8 lid 1 onder b, without vakantiebijslag
    maximumdagloon: Decimal  # Wfsv art. 17 lid 1 and art. 18
    bronnen: tuple[Bron, ...]

    @property
    def wia_minimumloon(self) -> Decimal:
        """WIA art. 12 lid 1 onder b: the Wml amount plus 8% vakantiebijslag (Wml art. 15), to the cent."""
        return self.wia_minimumloon_voor(None)

    def wia_minimumloon_voor(self, leeftijd: int | None) -> Decimal:
        """WIA art. 12 lid 1 onder b for a worker of `leeftijd` (None: 21 or older): the youth minimumloon
        (Wml art. 8 lid 3: a percentage of the monthly amount, rounded to the cent) plus 8% vakantietoeslag.
        Age 19 on 1 July 2026: 2.337,00 × 60% = 1.402,20; × 1,08 = 1.514,376 → 1.514,38."""
        maand = (self.minimumloon_maand * jeugd_procent(leeftijd, self.vanaf) / 100).quantize(CENT, ROUND_HALF_UP)
        toeslag = Decimal(100 + getal("vakantietoeslag_procent")) / 100
        return (maand * toeslag).quantize(CENT, ROUND_HALF_UP)


BEDRAGEN: tuple[Bedragen, ...] = (
    Bedragen(date(2026, 1, 1), Decimal("2294.40"), Decimal("304.25"),
             (BRONNEN["wml_8"], BRONNEN["uwv_maximumdagloon"])),
    Bedragen(date(2026, 7, 1), Decimal("2337.00"), Decimal("309.91"),
             (BRONNEN["stcrt_2026_16505"], BRONNEN["uwv_maximumdagloon"])),
)

#: The youth minimumloon as a percentage of the adult amount, per age, in force from the date given (Wml
#: art. 7 lid 3 and art. 8 lid 3; Besluit minimumjeugdloonregeling art. 2 lid 1, these percentages since
#: 1 July 2019, Stb. 2017, 270). Stand op 6 december 2026: read on a copy of the Besluit's amendment and on
#: a third party's table of the hourly amounts of 2026 (€ 14,99 × 80% = € 11,99 and so on), not on the
#: consolidated text in force; the result says so. Under 15 the Besluit gives no percentage: the 15-year row is used.
JEUGD_PERCENTAGES: tuple[tuple[date, dict[int, Decimal]], ...] = (
    (date(2019, 7, 1), {20: Decimal(80), 19: Decimal(60), 18: Decimal(50), 17: Decimal("39.5"),
                        16: Decimal("34.5"), 15: Decimal(30)}),
)


def jeugd_procent(leeftijd: int | None, dag: date) -> Decimal:
    """The percentage of the adult minimumloon for `leeftijd` on `dag` (100 from 21, or for None)."""
    if leeftijd is None or leeftijd >= getal("jeugdminimumloon_tot_leeftijd"):
        return Decimal(100)
    geldig = [tabel for vanaf, tabel in JEUGD_PERCENTAGES if vanaf <= dag] or [JEUGD_PERCENTAGES[0][1]]
    tabel = geldig[-1]
    return tabel[max(leeftijd, min(tabel))]


#: WIA art. 61 lid 6: the uitkeringspercentage by degree of incapacity, from (inclusive) up to (exclusive).
#: The last row (80% or more) is the article's own; a WGA 80-100 gets no vervolguitkering in practice,
#: because no inkomenseis applies to it (art. 60 lid 3) and it gets the loonaanvulling instead.
VERVOLG_PERCENTAGES: tuple[tuple[Decimal, Decimal, Decimal], ...] = (
    (Decimal(35), Decimal(45), Decimal("28")),
    (Decimal(45), Decimal(55), Decimal("35")),
    (Decimal(55), Decimal(65), Decimal("42")),
    (Decimal(65), Decimal(80), Decimal("50.75")),
    (Decimal(80), Decimal(101), Decimal("70")),
)


#: The date the amounts of this table were last looked for (the result names it when a figure is unknown).
STAND = date(2026, 12, 6)


def volgend_halfjaar(dag: date) -> date:
    """The next 1 January or 1 July after `dag` (the amounts change on those days, Wml art. 14)."""
    return date(dag.year, 7, 1) if dag.month < 7 else date(dag.year + 1, 1, 1)


def maximum_bekend(dag: date) -> bool:
    """True when the maximumdagloon in force on `dag` is in the table: `dag` lies before the half-year
    after the last row (from 1 January 2027 it is not known yet)."""
    return dag < volgend_halfjaar(BEDRAGEN[-1].vanaf)


def rij_op(dag: date) -> Bedragen:
    """The row in force on `dag`: the last row that starts on or before it, else the first row."""
    geldig = [rij for rij in BEDRAGEN if rij.vanaf <= dag]
    return geldig[-1] if geldig else BEDRAGEN[0]


def vervolg_percentage(arbeidsongeschiktheid: Decimal) -> Decimal:
    """The uitkeringspercentage of art. 61 lid 6 for a degree of incapacity of 35% or more."""
    for van, tot, procent in VERVOLG_PERCENTAGES:
        if van <= arbeidsongeschiktheid < tot:
            return procent
    raise ValueError("geen vervolgpercentage onder 35%")
