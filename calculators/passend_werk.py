"""Passend werk on a date: which phase applies, what counts as passend, and what refusing costs.

Two regimes that must not be mixed (shared/facts/README.md, "Passend werk"):

* With an employer (BW 7:658a lid 4) the law has no time-based widening. The phase therefore
  follows re-integration: spoor 1 until UWV expects spoor 2 to run (the `spoor2_uiterlijk`
  milestone, UWV practice), spoor 2 until the end of the waiting period, and after it.
* With a Ziektewet or WW benefit the Besluit passende arbeid WW en ZW applies: until six months
  of benefit have passed, work is passend only at one's own level, for at least 70% of the old
  income and with at most two hours of travel a day (art. 4 lid 1); after that all work suited
  to one's strengths counts, and UWV accepts up to three hours of travel. A later benefit does
  not start a new six months (art. 5).
* One exception to the six months: whoever gets WW because UWV refused the WIA after 104 weeks of
  sickness (below 35%, WIA art. 5) must take all work at once: "is alle arbeid direct passend"
  (Werkloosheidswet art. 24 lid 4). The calculator asks for it (`ww_na_wia_afwijzing`); when the
  answer is unknown it shows the six months and says that they do not hold in that case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from . import regels, tijdlijn
from .bronnen import BRONNEN, Bron
from .telling import Periode

WEIGEREN_WERKGEVER = (
    "U mag werk weigeren als het niet past bij wat u kunt, of als u het om lichamelijke, geestelijke of "
    "sociale redenen echt niet kunt doen. Dat heet een deugdelijke grond. Twijfelt u? Vraag dan de "
    "bedrijfsarts om advies, of vraag UWV om een deskundigenoordeel."
)
GEVOLGEN_WERKGEVER = (
    "Doet u passend werk zonder deugdelijke grond niet, dan heeft u over die tijd geen recht op loon, ook niet "
    "voor de uren dat u ziek bent (loonstop). Blijft u weigeren na een schriftelijke waarschuwing of een "
    "loonstop, dan beschermt het opzegverbod bij ziekte u niet meer."
)
WEIGEREN_UITKERING = (
    "U mag werk weigeren dat niet aan deze eisen voldoet, of dat u door uw ziekte of beperking niet kunt "
    "doen. Leg uw reden uit aan UWV en bewaar bewijs, zoals een verklaring van uw arts."
)
GEVOLGEN_UITKERING = (
    "Weigert u passend werk zonder goede reden, dan kan UWV uw uitkering tijdelijk of blijvend verlagen of "
    "stoppen."
)


@dataclass(frozen=True)
class Fase:
    id: str
    titel: str
    passend: str
    bronnen: tuple[Bron, ...]
    max_reistijd_uren_per_dag: int | None = None


FASEN = {
    "spoor1": Fase(
        "spoor1",
        "Spoor 1: werk bij uw eigen werkgever",
        "Passend is uw eigen werk, zo nodig aangepast (minder uren, ander tempo, andere taken), of ander werk "
        "bij uw eigen werkgever. Het werk moet passen bij wat u volgens de bedrijfsarts kunt. De wet kent "
        "geen vaste stappen in de tijd; wat passend is, hangt af van uw situatie.",
        (BRONNEN["bw_658a"], BRONNEN["bw_629_3"]),
    ),
    "spoor2": Fase(
        "spoor2",
        "Spoor 2: werk bij een andere werkgever hoort te lopen",
        "Lukt terugkeer bij uw eigen werkgever niet, dan kan passend werk ook werk bij een andere werkgever "
        "zijn. UWV verwacht in de praktijk dat spoor 2 uiterlijk rond deze tijd loopt. Passend blijft: werk "
        "dat bij uw krachten en bekwaamheden past, volgens het advies van de bedrijfsarts.",
        (BRONNEN["bw_658a"], BRONNEN["uwv_spoor2"], BRONNEN["bw_629_3"]),
    ),
    "na_wachttijd": Fase(
        "na_wachttijd",
        f"Na de wachttijd van {regels.WACHTTIJD_WEKEN} weken",
        "Uw werkgever hoeft geen loon bij ziekte meer te betalen (tenzij er een verlenging of loonsanctie "
        "is, of de WIA-aanvraag te laat was). Doet u passend werk bij uw werkgever, dan krijgt u in de regel betaald voor de waarde van dat "
        "werk. De regels voor passend werk in de WW of Ziektewet gelden alleen als u zo'n uitkering krijgt.",
        (BRONNEN["bw_629_11"], BRONNEN["bw_658a"]),
    ),
    "eerste_zes_maanden": Fase(
        "eerste_zes_maanden",
        f"Eerste {regels.getal('passend_eigen_niveau_maanden')} maanden van uw uitkering",
        "Passend is werk op uw eigen niveau (werk waarvoor hetzelfde opleidingsniveau nodig is), dat ten "
        f"minste {regels.getal('passend_min_inkomen_procent')}% van uw vorige inkomen oplevert, met hooguit "
        f"{regels.getal('reistijd_eerste_halfjaar_uren')} uur reistijd per dag.",
        (BRONNEN["besluit_passende_arbeid"],),
        regels.getal("reistijd_eerste_halfjaar_uren"),
    ),
    "direct_alles_passend": Fase(
        "direct_alles_passend",
        "Al het werk is nu passend",
        f"U krijgt WW omdat UWV na {regels.WACHTTIJD_WEKEN} weken ziekte de WIA afwees (minder dan "
        f"{regels.getal('wia_ondergrens_procent')}% arbeidsongeschikt). Dan geldt de periode van "
        f"{regels.getal('passend_eigen_niveau_maanden')} maanden op uw eigen niveau niet: de wet zegt dat al het "
        "werk meteen passend is, ook werk onder uw niveau of voor minder loon.",
        (BRONNEN["ww_24_4"], BRONNEN["ww_24_3"], BRONNEN["uwv_ww_passend"]),
    ),
    "na_zes_maanden": Fase(
        "na_zes_maanden",
        f"Na {regels.getal('passend_eigen_niveau_maanden')} maanden uitkering",
        "Nu is al het werk passend dat past bij uw krachten en bekwaamheden, ook werk onder uw niveau of "
        f"voor minder loon. UWV vindt dan een reistijd tot {regels.getal('reistijd_daarna_uren')} uur per dag "
        "aanvaardbaar.",
        (BRONNEN["besluit_passende_arbeid"], BRONNEN["uwv_ww_passend"]),
        regels.getal("reistijd_daarna_uren"),
    ),
}


def plus_maanden(start: date, maanden: int) -> date:
    """The day on which `maanden` months from `start` have passed (the next phase's first day).

    A term of months ends the day before the same day number; where that day number does not exist
    (31 August + 6 months), it ends with the month, so the next phase begins the 1st after it.
    """
    jaar, maand = divmod(start.month - 1 + maanden, 12)
    jaar, maand = start.year + jaar, maand + 1
    try:
        return date(jaar, maand, start.day)
    except ValueError:
        return date(jaar + (maand == 12), maand % 12 + 1, 1)


def fase_met_werkgever(eerste_ziektedag: date, peildatum: date) -> tuple[Fase, date | None]:
    """Phase of re-integration on `peildatum`, with the date the next phase begins."""
    uitkomst = tijdlijn.bereken(tijdlijn.Invoer((Periode(eerste_ziektedag),), peildatum))
    spoor2, na = uitkomst.datums["spoor2_uiterlijk"], uitkomst.datums["wia_ingang"]
    if peildatum < spoor2:
        return FASEN["spoor1"], spoor2
    if peildatum < na:
        return FASEN["spoor2"], na
    return FASEN["na_wachttijd"], None


def fase_met_uitkering(uitkering_vanaf: date, peildatum: date) -> tuple[Fase, date | None]:
    grens = plus_maanden(uitkering_vanaf, regels.getal("passend_eigen_niveau_maanden"))
    if peildatum < grens:
        return FASEN["eerste_zes_maanden"], grens
    return FASEN["na_zes_maanden"], None


#: Said beside the six-month phase when the reader does not know (or did not say) whether the WW
#: followed a refused WIA: then the six months do not hold (Werkloosheidswet art. 24 lid 4).
LET_OP_NA_WIA_AFWIJZING = (
    f"Krijgt u WW omdat UWV na {regels.WACHTTIJD_WEKEN} weken ziekte de WIA afwees (minder dan "
    f"{regels.getal('wia_ondergrens_procent')}% arbeidsongeschikt)? Dan geldt de periode van "
    f"{regels.getal('passend_eigen_niveau_maanden')} maanden op uw eigen niveau niet: dan is al het werk meteen "
    "passend. Kreeg u de WW om een andere reden, dan geldt wat hierboven staat."
)
REISTIJD_DIRECT = (
    "De wet zegt niet hoeveel reistijd dan aanvaardbaar is. UWV vindt na de eerste "
    f"{regels.getal('passend_eigen_niveau_maanden')} maanden van een uitkering tot "
    f"{regels.getal('reistijd_daarna_uren')} uur per dag aanvaardbaar. Vraag UWV wat voor u geldt."
)


def fase_met_ww(uitkering_vanaf: date, peildatum: date, na_wia_afwijzing: bool | None) -> tuple[Fase, date | None]:
    """The WW phase: at once all work when the WW followed a refused WIA (WW art. 24 lid 4), else
    the six months of the Besluit."""
    if na_wia_afwijzing is True:
        return FASEN["direct_alles_passend"], None
    return fase_met_uitkering(uitkering_vanaf, peildatum)


def als_json(situatie: str, start: date, peildatum: date, ww_na_wia_afwijzing: bool | None = None) -> dict:
    """The phase on `peildatum`; `ww_na_wia_afwijzing` (None: unknown) only matters with WW."""
    let_op = None
    if situatie == "werkgever":
        fase, volgende = fase_met_werkgever(start, peildatum)
        weigeren, gevolgen = WEIGEREN_WERKGEVER, GEVOLGEN_WERKGEVER
        extra = (BRONNEN["bw_670a"],)
        reistijd_uitleg = ("Voor werknemers met een werkgever legt de wet geen vaste reistijd vast. "
                           "Wat redelijk is, hangt af van uw situatie en het advies van de bedrijfsarts.")
    else:
        if situatie == "ww":
            fase, volgende = fase_met_ww(start, peildatum, ww_na_wia_afwijzing)
        else:
            fase, volgende = fase_met_uitkering(start, peildatum)
        weigeren, gevolgen = WEIGEREN_UITKERING, GEVOLGEN_UITKERING
        extra = (BRONNEN["uwv_ww_passend"],)
        if fase.max_reistijd_uren_per_dag is None:
            reistijd_uitleg = REISTIJD_DIRECT
        else:
            reistijd_uitleg = (f"Hooguit {fase.max_reistijd_uren_per_dag} uur reistijd per dag (heen en terug) telt "
                               "als aanvaardbaar. Reisde u eerder al langer, dan kan langer ook passend zijn.")
        if situatie == "ww" and ww_na_wia_afwijzing is None and fase.id == "eerste_zes_maanden":
            let_op = LET_OP_NA_WIA_AFWIJZING
            extra = (BRONNEN["ww_24_4"], *extra)
    bronnen = {b.url: b for b in (*fase.bronnen, *extra)}.values()
    return {
        "ok": True,
        "situatie": situatie,
        "peildatum": peildatum.isoformat(),
        "fase": fase.id,
        "fase_titel": fase.titel,
        "passend": fase.passend,
        "max_reistijd_uren_per_dag": fase.max_reistijd_uren_per_dag,
        "reistijd": reistijd_uitleg,
        "weigeren": weigeren,
        "gevolgen": gevolgen,
        "let_op": let_op,
        "volgende_fase_op": volgende.isoformat() if volgende else None,
        "volgende_fase": _volgende_fase_id(fase.id),
        "bronnen": [{"label": b.label, "url": b.url} for b in bronnen],
    }


def _volgende_fase_id(fase_id: str) -> str | None:
    volgorde = {"spoor1": "spoor2", "spoor2": "na_wachttijd", "eerste_zes_maanden": "na_zes_maanden"}
    return volgorde.get(fase_id)

