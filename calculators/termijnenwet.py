"""Algemene termijnenwet: a short statutory term that ends on a day off moves to the next working day.

Art. 1 lid 1: a term set by law that ends on a Saturday, Sunday or algemeen erkende feestdag is
extended to the next day that is none of these. Art. 1 lid 2 and art. 4 keep terms counted back
from an event, and terms of more than twelve weeks, out of it; so here it only moves the four weeks
after a late UWV letter (WIA art. 64 lid 6) and the six-week bezwaartermijn (Awb art. 6:7).

Art. 3 lists the feestdagen (lid 1) and adds Goede Vrijdag (lid 2). The government may equate more
days by decree every few years (lid 3); those only make a term longer still, so a date computed
without them is never later than the real one: safe to tell a reader as "uiterlijk".
"""

from __future__ import annotations

from datetime import date, timedelta


def pasen(jaar: int) -> date:
    """Easter Sunday (Gregorian calendar; the anonymous algorithm of Meeus/Jones/Butcher)."""
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's own name
    m = (a + 11 * h + 22 * l) // 451
    maand, dag = divmod(h + l - 7 * m + 114, 31)
    return date(jaar, maand, dag + 1)


def koningsdag(jaar: int) -> date:
    """27 April, or 26 April when the 27th is a Sunday (since 2014; the calculators start there)."""
    dag = date(jaar, 4, 27)
    return dag - timedelta(days=1) if dag.weekday() == 6 else dag


def feestdagen(jaar: int) -> frozenset[date]:
    """The algemeen erkende feestdagen of art. 3 lid 1 and 2 in one year."""
    p = pasen(jaar)
    return frozenset({
        date(jaar, 1, 1),
        p - timedelta(days=2),   # Goede Vrijdag (lid 2)
        p + timedelta(days=1),   # tweede Paasdag
        koningsdag(jaar),
        date(jaar, 5, 5),
        p + timedelta(days=39),  # Hemelvaartsdag
        p + timedelta(days=50),  # tweede Pinksterdag
        date(jaar, 12, 25),
        date(jaar, 12, 26),
    })


def is_werkdag(dag: date) -> bool:
    return dag.weekday() < 5 and dag not in feestdagen(dag.year)


def einde_termijn(laatste_dag: date) -> date:
    """The last day of a short forward term after art. 1 lid 1: the next working day if needed."""
    while not is_werkdag(laatste_dag):
        laatste_dag += timedelta(days=1)
    return laatste_dag
