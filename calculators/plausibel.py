"""When an amount is valid but unlikely: the bounds that make a calculator ask instead of assume.

The bounds live in `regels.GETALLEN` (source `spoorwijzer_grens`). They are not rules of law but the
bounds of this site, chosen so that a typo or a wrong unit is
questioned while every real figure still computes. A monthly amount under € 100 is almost always an
hourly wage or a typo (a job of a few hours a week at the minimum wage already earns more); one over
€ 30.000 is almost always a yearly figure (the highest wage the WIA insures is about € 6.741 a month,
21,75 × the maximumdagloon). A dagloon under € 20 (about € 435 a month) is far more often an hourly
wage or a misplaced decimal than a real dagloon. The messages say what was read and ask; the answer is computed anyway.
"""

from __future__ import annotations

from decimal import Decimal

from .bedrag_lezen import euro
from .invoer import Waarschuwingen
from .regels import getal

MAAND_MIN = Decimal(getal("maandbedrag_plausibel_min_euro"))
MAAND_MAX = Decimal(getal("maandbedrag_plausibel_max_euro"))


def maandbedrag(waarschuwingen: Waarschuwingen, veld: str, bedrag: Decimal | None, naam: str) -> None:
    """A monthly amount outside MAAND_MIN … MAAND_MAX (zero is a real answer: no income)."""
    if bedrag is None or bedrag == 0:
        return
    if bedrag < MAAND_MIN:
        waarschuwingen.voeg_toe(veld, f"U vulde bij {naam} {euro(bedrag)} per maand in. Is dat een bedrag per uur of "
                                      "per week? Vul het bedrag per maand in.")
    elif bedrag > MAAND_MAX:
        waarschuwingen.voeg_toe(veld, f"U vulde bij {naam} {euro(bedrag)} per maand in. Is dat een bedrag per jaar? "
                                      "Vul het bedrag per maand in.")


def zelfde_eenheid(waarschuwingen: Waarschuwingen, oud: tuple[str, Decimal, str],
                   nu: tuple[str, Decimal, str]) -> None:
    """Two amounts that must be in one unit (per hour, or per month) but look like one of each: an hourly
    wage beside a monthly one turns 60% into 0% or 99% without a trace. Each pair is (field, amount, name)."""
    (_, oud_bedrag, oud_naam), (nu_veld, nu_bedrag, _) = oud, nu
    kleinste, grootste = sorted([oud, nu], key=lambda paar: paar[1])
    if Decimal(0) < kleinste[1] < MAAND_MIN <= grootste[1]:
        waarschuwingen.voeg_toe(kleinste[0], f"U vulde bij {kleinste[2]} {euro(kleinste[1])} in en bij {grootste[2]} "
                                             f"{euro(grootste[1])}. Is het ene een bedrag per uur en het andere per "
                                             "maand? Vul beide per uur of beide per maand in.")
    elif grootste[1] > MAAND_MAX and kleinste[1] * 8 < grootste[1]:
        waarschuwingen.voeg_toe(grootste[0], f"U vulde bij {grootste[2]} {euro(grootste[1])} in en bij {kleinste[2]} "
                                             f"{euro(kleinste[1])}. Is het ene een bedrag per jaar en het andere per "
                                             "maand? Vul beide in dezelfde eenheid in.")
    elif nu_bedrag > oud_bedrag:
        waarschuwingen.voeg_toe(nu_veld, f"U vulde in dat u nu meer kunt verdienen ({euro(nu_bedrag)}) dan "
                                         f"{oud_naam} ({euro(oud_bedrag)}). Dan bent u volgens deze berekening niet "
                                         "arbeidsongeschikt. Klopt dat, of zijn de bedragen omgewisseld?")
