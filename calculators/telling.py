"""Counting the days that make up the waiting period (wachttijd).

Only days of sickness count. Sick periods separated by fewer than 28 days form one case and the
days in between are skipped (BW 7:629 lid 10; WIA art. 23 lid 3); a gap of 28 days or more starts a
new case. Days of WAZO pregnancy or maternity leave never count (WIA art. 23 lid 5; ZW art. 38
lid 1); when the illness before and after the leave has the same cause, the leave days do not
count as part of the gap either, so the periods stay one case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .regels import getal

DAG = timedelta(days=1)


@dataclass(frozen=True)
class Periode:
    """Days `van` … `tot` inclusive; `tot` None means the sickness is still going on."""

    van: date
    tot: date | None = None


@dataclass(frozen=True)
class Verlof:
    """WAZO pregnancy/maternity leave, `van` … `tot` inclusive."""

    van: date
    tot: date
    zelfde_oorzaak: bool


@dataclass(frozen=True)
class Onderbreking:
    """Days between two counted stretches: `dagen` calendar days, `verlof` of them same-cause leave."""

    na: date
    tot: date
    dagen: int
    verlof: int

    @property
    def telt_als_onderbreking(self) -> int:
        """Days that count towards the 28-day limit (same-cause leave does not)."""
        return self.dagen - self.verlof


@dataclass(frozen=True)
class Geval:
    """One case: its counted stretches (disjoint, in order; only the last may be open)."""

    stukken: tuple[Periode, ...]
    onderbrekingen: tuple[Onderbreking, ...]
    eerder_gestopt: tuple[Onderbreking, ...]

    @property
    def start(self) -> date:
        return self.stukken[0].van

    def datum_van_dag(self, k: int) -> date:
        """`at(k)`: the date of counted day k (day 0 = the first sick day).

        Past the end of a closed last stretch the count goes on from the next day: the dates then
        say what applies if the person is, or falls, sick again within four weeks.
        """
        for stuk in self.stukken:
            if stuk.tot is None:
                return stuk.van + k * DAG
            lengte = (stuk.tot - stuk.van).days + 1
            if k < lengte:
                return stuk.van + k * DAG
            k -= lengte
        return self.stukken[-1].tot + (k + 1) * DAG

    def getelde_dagen_tot_en_met(self, peildatum: date) -> int:
        """How many counted days lie on or before `peildatum`."""
        totaal = 0
        for stuk in self.stukken:
            if peildatum < stuk.van:
                break
            einde = peildatum if stuk.tot is None else min(stuk.tot, peildatum)
            totaal += (einde - stuk.van).days + 1
        return totaal


def _zonder_verlof(periodes: list[Periode], verloven: list[Verlof]) -> list[Periode]:
    """Cut the leave days out of the sick periods."""
    stukken = list(periodes)
    for verlof in verloven:
        volgende: list[Periode] = []
        for stuk in stukken:
            if (stuk.tot is not None and stuk.tot < verlof.van) or stuk.van > verlof.tot:
                volgende.append(stuk)
                continue
            if stuk.van < verlof.van:
                volgende.append(Periode(stuk.van, verlof.van - DAG))
            if stuk.tot is None or stuk.tot > verlof.tot:
                volgende.append(Periode(verlof.tot + DAG, stuk.tot))
        stukken = volgende
    return sorted(stukken, key=lambda p: p.van)


def _verlofdagen_tussen(na: date, tot: date, verloven: list[Verlof]) -> int:
    """Same-cause leave days strictly between two stretches."""
    dagen = 0
    for verlof in verloven:
        if not verlof.zelfde_oorzaak:
            continue
        begin, einde = max(verlof.van, na + DAG), min(verlof.tot, tot - DAG)
        dagen += max(0, (einde - begin).days + 1)
    return dagen


def huidig_geval(periodes: list[Periode], verloven: list[Verlof]) -> Geval:
    """The latest case formed by the sick periods (which must be valid and not overlap)."""
    stukken = _zonder_verlof(periodes, verloven)
    if not stukken:
        raise ValueError("alle ziektedagen vallen in het verlof")
    grens = getal("samentellen_onder_dagen")
    geval: list[Periode] = [stukken[0]]
    onderbrekingen: list[Onderbreking] = []
    gestopt: list[Onderbreking] = []
    for vorige, stuk in zip(stukken, stukken[1:]):
        onderbreking = Onderbreking(
            na=vorige.tot,
            tot=stuk.van,
            dagen=(stuk.van - vorige.tot).days - 1,
            verlof=_verlofdagen_tussen(vorige.tot, stuk.van, verloven),
        )
        if onderbreking.telt_als_onderbreking >= grens:
            gestopt.append(onderbreking)
            geval, onderbrekingen = [stuk], []
        else:
            geval.append(stuk)
            onderbrekingen.append(onderbreking)
    return Geval(tuple(geval), tuple(onderbrekingen), tuple(gestopt))
