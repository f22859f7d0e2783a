"""Passend werk on a date: which phase applies, what counts as passend, and what refusing costs.

Two regimes that must not be mixed (shared/facts/README.md, "Passend werk"):

* With an employer (BW 7:658a lid 4) passend is all work suited to the employee's strengths and
  abilities, at the own employer or at another employer the employer offers it through (BW 7:629
  lid 3 sub c: "voor de werkgever of voor een door de werkgever aangewezen derde"). That does not
  change with time: the only phases the law draws are the wage period of BW 7:629 (the two sick
  years, with any extension; 7:658a lid 1 ties spoor 2 to it) and the time after it. Week 58 (the
  `spoor2_uiterlijk` milestone) is UWV's practice for when spoor 2 should run at the latest: it is
  shown as such, next to the phase, never as a phase of its own.
* With a Ziektewet or WW benefit the Besluit passende arbeid WW en ZW applies: until six months
  of benefit have passed, work is passend only at one's own level, for at least 70% of the old
  income and with at most two hours of travel a day (art. 4 lid 1); after that all work suited
  to one's strengths counts, and UWV accepts up to three hours of travel. A later benefit does
  not start a new six months (art. 5).
* One exception to the six months: whoever gets WW because UWV refused the WIA after 104 weeks of
  sickness (below 35%, WIA art. 5) must take all work at once: "is alle arbeid direct passend"
  (Werkloosheidswet art. 24 lid 4). The calculator asks for it (`ww_na_wia_afwijzing`); when the
  answer is unknown it shows the six months and says that they do not hold in that case.

What the calculator does not ask for or compute is listed in `NIET_MEEGEREKEND`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from . import aow, gevolgen, regels, tijdlijn
from .bronnen import BRONNEN, Bron
from .datums import nl_datum
from .niet_meegerekend import NietMeegerekend
from .niet_meegerekend import als_json as niet_meegerekend_json
from .telling import Periode

WEIGEREN_WERKGEVER = (
    "U mag werk weigeren als het niet past bij wat u kunt, of als u het om lichamelijke, geestelijke of "
    "sociale redenen echt niet kunt doen. Dat heet een deugdelijke grond. Twijfelt u? Vraag dan de "
    "bedrijfsarts om advies, of vraag UWV om een deskundigenoordeel."
)
GEVOLGEN_WERKGEVER = (
    "Doet u passend werk zonder deugdelijke grond niet, dan heeft u over die tijd geen recht op loon, ook niet "
    "voor de uren dat u ziek bent: een loonstop (BW 7:629 lid 3 onder c). Blijft u weigeren na een schriftelijke "
    "waarschuwing of een loonstop, dan beschermt het opzegverbod bij ziekte u niet meer (BW 7:670a lid 1)."
)
#: Refusing during the waiting period also counts for the WIA: the duties of WIA art. 28 lid 2 hold "gedurende de
#: wachttijd", and art. 88 lid 1 onder a lets UWV refuse the later benefit for not fulfilling them.
GEVOLGEN_WIA_WACHTTIJD = (
    "Het telt ook mee voor een latere WIA-uitkering. Tijdens de wachttijd moet u meewerken aan wat uw werkgever of "
    "de bedrijfsarts redelijkerwijs vraagt om u passend werk te laten doen, en genoeg doen om weer aan het werk te "
    "komen (Wet WIA art. 28 lid 2). Deed u dat zonder goede reden niet, dan kan UWV uw WIA-uitkering later helemaal "
    "of voor een deel weigeren, voor een tijd of voor altijd (Wet WIA art. 88 lid 1 onder a). UWV kijkt daarbij hoe "
    "ernstig het was en hoeveel u het te verwijten valt (Wet WIA art. 90 lid 1)."
)
#: After the wage period there is no sick pay left to stop (BW 7:629 lid 1) and the opzegverbod bij ziekte ends once
#: the illness has lasted two years (7:670 lid 1 onder a): a few days after the 104 weeks, so it is given as a date.
GEVOLGEN_NA_WACHTTIJD = (
    "Uw werkgever betaalt geen loon bij ziekte meer, dus er is ook geen loon dat hij kan stoppen (BW 7:629 lid 1). "
    "{opzegverbod} Weigeren zonder goede reden kan nu twee dingen kosten. Uw uitkering: krijgt u een WGA-uitkering, "
    "dan moet u passend werk doen als u die kans krijgt (Wet WIA art. 30 lid 1 onder a). Doet u dat niet, dan kan "
    "UWV uw uitkering helemaal of voor een deel weigeren, voor een tijd of voor altijd (Wet WIA art. 88 lid 1 "
    "onder a). Uw baan: is het opzegverbod voorbij, dan mag uw werkgever u ontslaan als u uw eigen werk niet meer "
    "kunt doen en herstel binnen {herstel} weken niet te verwachten is, ook niet in aangepast werk (BW 7:669 lid 3 "
    "onder b). Dat kan ook als u niets weigert. Weigert u passend werk zonder goede reden, dan kan dat daarnaast een "
    "reden voor ontslag zijn: verwijtbaar handelen (BW 7:669 lid 3 onder e)."
)
OPZEGVERBOD_LOOPT = (
    "Het opzegverbod bij ziekte geldt tot u {jaren} jaar ziek bent (BW 7:670 lid 1 onder a): zonder verlenging bij u "
    "tot en met {laatste}."
)
OPZEGVERBOD_VOORBIJ = (
    "Het opzegverbod bij ziekte geldt niet meer: dat stopte toen u {jaren} jaar ziek was (BW 7:670 lid 1 onder a), "
    "zonder verlenging na {laatste}."
)
OPZEGVERBOD_AOW = (
    "Na de AOW-leeftijd geldt het opzegverbod bij ziekte nog {weken} weken (BW 7:670 lid 1 onder a): bij u tot en met "
    "{laatste}."
)
WEIGEREN_UITKERING = (
    "U mag werk weigeren dat niet aan deze eisen voldoet, of dat u door uw ziekte of beperking niet kunt "
    "doen. Leg uw reden uit aan UWV en bewaar bewijs, zoals een verklaring van uw arts."
)
#: What refusing costs with a benefit: the rows of the consequences table (ZW art. 30 lid 2 and 31 lid 2; WW art. 27
#: lid 2 and 11), so this result says what the pages say.
GEVOLGEN_UITKERING = gevolgen.zin("passend_werk_weigeren", "ziektewet", "ww")


@dataclass(frozen=True)
class Fase:
    id: str
    titel: str
    passend: str
    bronnen: tuple[Bron, ...]
    max_reistijd_uren_per_dag: int | None = None


FASEN = {
    "loondoorbetaling": Fase(
        "loondoorbetaling",
        "Tijdens de loondoorbetaling bij ziekte",
        "Passend is al het werk dat past bij wat u kunt en wat u heeft geleerd, tenzij u het om lichamelijke, geestelijke "
        "of sociale redenen echt niet kunt doen. Dat kan uw eigen werk zijn, aangepast (minder uren, ander tempo, "
        "andere taken), of ander werk bij uw werkgever. Het kan ook werk bij een andere werkgever zijn, dat uw "
        "werkgever voor u regelt. Dat geldt de hele tijd dat u loon bij ziekte krijgt, niet pas na een bepaalde week. "
        "Kunt u uw eigen werk niet meer doen en heeft uw werkgever geen ander passend werk? Dan moet uw werkgever "
        "u zo snel als nodig helpen aan werk bij een andere werkgever (spoor 2).",
        (BRONNEN["bw_658a"], BRONNEN["bw_658a_4"], BRONNEN["bw_629_3_c"]),
    ),
    "na_wachttijd": Fase(
        "na_wachttijd",
        "Na de loondoorbetaling bij ziekte",
        "Uw werkgever hoeft geen loon bij ziekte meer te betalen. Dat is na "
        f"{regels.WACHTTIJD_WEKEN} weken ziekte, of later als er een verlenging of loonsanctie is, of als de "
        "WIA-aanvraag te laat was. Na de AOW-leeftijd is het eerder: hooguit "
        f"{regels.getal('aow_loondoorbetaling_weken')} weken na die datum. Doet u passend werk bij uw werkgever, dan krijgt u in de regel betaald voor de "
        "waarde van dat werk. Uw werkgever hoeft u dan niet meer te helpen aan werk bij een andere werkgever. De "
        "regels voor passend werk in de WW of Ziektewet gelden alleen als u zo'n uitkering krijgt.",
        (BRONNEN["bw_629_1"], BRONNEN["bw_629_11"], BRONNEN["bw_629_2"], BRONNEN["bw_658a"]),
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
        "werk dat past bij uw krachten en bekwaamheden meteen passend is, ook werk onder uw niveau of voor minder "
        "loon.",
        (BRONNEN["ww_24_4"], BRONNEN["ww_24_3"], BRONNEN["uwv_ww_passend"]),
    ),
    "na_zes_maanden": Fase(
        "na_zes_maanden",
        f"Na {regels.getal('passend_eigen_niveau_maanden')} maanden uitkering",
        f"Na {regels.getal('passend_eigen_niveau_maanden')} maanden met recht op uitkering is al het werk passend "
        "dat past bij uw krachten en bekwaamheden, ook werk onder uw niveau of "
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


def einde_loon(eerste_ziektedag: date, peildatum: date, aow_dag: date | None = None) -> date:
    """The first day without sick pay: the day after the wage period of BW 7:629 lid 1 (the tijdlijn's `wia_ingang`,
    104 weeks without extension), or earlier at the AOW age: the right then lasts six weeks from that date, or from the
    first sick day if that came later, and never longer than the 104 weeks in all (7:629 lid 2 onder b)."""
    na = _tijdlijn(eerste_ziektedag, peildatum).datums["wia_ingang"]
    if aow_dag is None:
        return na
    return min(na, max(eerste_ziektedag, aow_dag) + timedelta(weeks=regels.getal("aow_loondoorbetaling_weken")))


def einde_opzegverbod(eerste_ziektedag: date, aow_dag: date | None = None) -> date:
    """The first day the opzegverbod bij ziekte no longer holds: once the illness has lasted two years, or six weeks
    from the AOW age, never longer than the two years in all (BW 7:670 lid 1 onder a). Without extension (lid 11)."""
    twee_jaar = plus_maanden(eerste_ziektedag, 12 * regels.getal("opzegverbod_ziekte_jaren"))
    if aow_dag is None:
        return twee_jaar
    return min(twee_jaar, max(eerste_ziektedag, aow_dag) + timedelta(weeks=regels.getal("aow_opzegverbod_weken")))


def fase_met_werkgever(eerste_ziektedag: date, peildatum: date,
                       aow_dag: date | None = None) -> tuple[Fase, date | None]:
    """Phase on `peildatum`, with the date the next one begins: during the wage period of BW 7:629 (ending
    with the waiting period when nothing extends it, earlier at the AOW age) and after it. What is passend does not
    change within it."""
    na = einde_loon(eerste_ziektedag, peildatum, aow_dag)
    if peildatum < na:
        return FASEN["loondoorbetaling"], na
    return FASEN["na_wachttijd"], None


def opzegverbod_tekst(eerste_ziektedag: date, peildatum: date, aow_dag: date | None = None) -> str:
    """Whether the opzegverbod bij ziekte still holds on `peildatum`, with its last day (BW 7:670 lid 1 onder a)."""
    einde = einde_opzegverbod(eerste_ziektedag, aow_dag)
    laatste = nl_datum(einde - timedelta(days=1))
    if einde < plus_maanden(eerste_ziektedag, 12 * regels.getal("opzegverbod_ziekte_jaren")):
        return OPZEGVERBOD_AOW.format(weken=regels.getal("aow_opzegverbod_weken"), laatste=laatste)
    tekst = OPZEGVERBOD_LOOPT if peildatum < einde else OPZEGVERBOD_VOORBIJ
    return tekst.format(jaren=regels.getal("opzegverbod_ziekte_jaren"), laatste=laatste)


#: What changes at the AOW age for someone with an employer (BW 7:658a lid 1 and 3, 7:660a, 7:629 lid 2 onder b).
AOW_BEREIKT = (
    "U heeft de AOW-leeftijd ({leeftijd}) bereikt op {datum}. Vanaf die dag hoeft uw werkgever u niet meer te helpen "
    "aan werk bij een andere werkgever (BW 7:658a lid 1), en hoeft er geen plan van aanpak meer te zijn (BW 7:658a "
    "lid 3). Biedt uw werkgever u passend werk aan, dan moet u dat nog wel doen (BW 7:660a lid 1 onder c)."
)
AOW_KOMT = (
    "Op {datum} bereikt u de AOW-leeftijd ({leeftijd}). Vanaf die dag hoeft uw werkgever u niet meer te helpen aan werk "
    "bij een andere werkgever (BW 7:658a lid 1), en hoeft er geen plan van aanpak meer te zijn (BW 7:658a lid 3). "
    "Passend werk bij uw werkgever moet u dan nog wel doen (BW 7:660a lid 1 onder c)."
)
AOW_LOON = (
    " Na de AOW-leeftijd krijgt u nog hooguit {weken} weken loon bij ziekte, en nooit langer dan {wachttijd} weken in "
    "totaal (BW 7:629 lid 2 onder b): bij u tot en met {laatste}."
)
AOW_NIET_VAST = (
    " Uw AOW-leeftijd is nog niet vastgesteld (stand op {stand}). De rekenhulp rekent met {leeftijd}; de echte leeftijd "
    "is hetzelfde of later (AOW art. 7a lid 2). Dan schuift ook deze datum op."
)


def aow_tekst(eerste_ziektedag: date, peildatum: date, geboortedatum: date) -> tuple[date, str | None]:
    """The AOW date and what it changes, when it lies on or before `peildatum` or within the wage period; None when
    it falls after the wage period (nothing changes for passend werk then)."""
    datum = aow.datum(geboortedatum)
    dag, rij = datum.vroegst, datum.leeftijden[0]
    gewoon = _tijdlijn(eerste_ziektedag, peildatum).datums["wia_ingang"]
    if dag > peildatum and dag >= gewoon:
        return dag, None
    tekst = (AOW_BEREIKT if dag <= peildatum else AOW_KOMT).format(datum=nl_datum(dag), leeftijd=rij.tekst)
    einde = einde_loon(eerste_ziektedag, peildatum, dag)
    if einde < gewoon:
        tekst += AOW_LOON.format(weken=regels.getal("aow_loondoorbetaling_weken"), wachttijd=regels.WACHTTIJD_WEKEN,
                                 laatste=nl_datum(einde - timedelta(days=1)))
    if not datum.vast:
        tekst += AOW_NIET_VAST.format(stand=nl_datum(aow.STAND), leeftijd=rij.tekst)
    return dag, tekst


def _tijdlijn(eerste_ziektedag: date, peildatum: date) -> tijdlijn.Uitkomst:
    return tijdlijn.bereken(tijdlijn.Invoer((Periode(eerste_ziektedag),), peildatum))


#: Said during the wage period: week 58 is when UWV expects spoor 2 to run at the latest (Werkwijzer Poortwachter,
#: via secondary sources; UWV's site says "uiterlijk na 1 jaar"). The law has no week: BW 7:658a lid 2 says "zo
#: tijdig mogelijk"; too little re-integration can lead to a loonsanctie at the WIA application (WIA art. 25 lid 9).
SPOOR2_PRAKTIJK = (
    "Kunt u niet terug in werk bij uw eigen werkgever? Dan hoort spoor 2 te lopen. UWV schrijft: uiterlijk na een "
    "jaar; de Werkwijzer Poortwachter noemt uiterlijk rond {datum} (het eind van week {week}). Dat is praktijk, geen "
    "wettelijke termijn: de wet zegt dat uw werkgever zo tijdig mogelijk moet handelen. Kan uw eigen werk eerder al niet meer, dan hoort spoor 2 "
    "eerder te starten. Deed uw werkgever te weinig, dan kan UWV bij uw WIA-aanvraag een loonsanctie opleggen: "
    "uw werkgever betaalt dan langer loon."
)


def spoor2_praktijk(eerste_ziektedag: date, peildatum: date) -> tuple[date, str]:
    """The date by which UWV expects spoor 2 to run (milestone `spoor2_uiterlijk`) and the sentence that says
    what it is: practice, not law."""
    datum = _tijdlijn(eerste_ziektedag, peildatum).datums["spoor2_uiterlijk"]
    return datum, SPOOR2_PRAKTIJK.format(datum=nl_datum(datum), week=regels.MIJLPAAL["spoor2_uiterlijk"].week)


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


#: WW art. 24 lid 3 and Besluit art. 4 lid 1 count "zes maanden waarin een recht op uitkering [...] bestaat": months
#: without a right (work, no benefit) do not count, months with a Ziektewet benefit do, and a later or second right
#: starts no new six months (Besluit art. 5). The calculator knows only the first day, so it says what it assumed.
MAANDEN_TELLING = (
    "De rekenhulp telt de {maanden} maanden vanaf {start}, alsof u sindsdien steeds recht op uitkering had. Dan zijn "
    "ze om op {grens}. Alleen maanden waarin u recht had op een WW- of Ziektewet-uitkering tellen mee (Besluit "
    "passende arbeid WW en ZW art. 4 lid 1{ww}). Had u een tijd geen recht op uitkering, bijvoorbeeld omdat u werkte, "
    "dan tellen die maanden niet en komt de grens later. Maanden met een Ziektewet-uitkering tellen wel mee. Krijgt u "
    "opnieuw of nog een uitkering, dan begint de termijn niet opnieuw (Besluit art. 5)."
)


def maanden_telling(situatie: str, start: date) -> str:
    return MAANDEN_TELLING.format(
        maanden=regels.getal("passend_eigen_niveau_maanden"), start=nl_datum(start),
        grens=nl_datum(plus_maanden(start, regels.getal("passend_eigen_niveau_maanden"))),
        ww="; Werkloosheidswet art. 24 lid 3" if situatie == "ww" else "")


def als_json(situatie: str, start: date, peildatum: date, ww_na_wia_afwijzing: bool | None = None,
             geboortedatum: date | None = None) -> dict:
    """The phase on `peildatum`; `ww_na_wia_afwijzing` (None: unknown) only matters with WW, `geboortedatum`
    (None: not given) only with an employer."""
    let_op = spoor2_datum = spoor2_tekst = aow_datum = aow_uitleg = telling = None
    niet_meegerekend = NIET_MEEGEREKEND[situatie]
    if situatie == "werkgever":
        if geboortedatum is not None:
            aow_datum, aow_uitleg = aow_tekst(start, peildatum, geboortedatum)
            niet_meegerekend = tuple(p for p in niet_meegerekend if p is not _AOW_ONBEKEND)
        fase, volgende = fase_met_werkgever(start, peildatum, aow_datum)
        weigeren = WEIGEREN_WERKGEVER
        extra = (BRONNEN["bw_629_3_c"], BRONNEN["bw_670a"])
        if fase.id == "loondoorbetaling":
            gevolgen = f"{GEVOLGEN_WERKGEVER} {GEVOLGEN_WIA_WACHTTIJD}"
            extra = (*extra, BRONNEN["wia_28_2"], BRONNEN["wia_88_1_a"])
            if aow_datum is None or aow_datum > peildatum:
                spoor2_datum, spoor2_tekst = spoor2_praktijk(start, peildatum)
                extra = (*extra, BRONNEN["uwv_spoor2"], BRONNEN["wia_25_9"])
        else:
            gevolgen = GEVOLGEN_NA_WACHTTIJD.format(opzegverbod=opzegverbod_tekst(start, peildatum, aow_datum),
                                                    herstel=regels.getal("ontslag_geen_herstel_weken"))
            extra = (BRONNEN["bw_629_1"], BRONNEN["bw_670_1"], BRONNEN["wia_30_1"], BRONNEN["wia_88_1_a"],
                     BRONNEN["bw_669_3"])
        if aow_uitleg:
            extra = (*extra, BRONNEN["bw_658a_1"], BRONNEN["bw_658a_3"], BRONNEN["bw_660a"], BRONNEN["bw_629_2"],
                     aow.LEEFTIJDEN[0].bron)
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
            telling = maanden_telling(situatie, start)
            extra = (*extra, BRONNEN["besluit_passende_arbeid_2_4"], *((BRONNEN["ww_24_3"],) if situatie == "ww" else ()))
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
        "maanden_telling": telling,
        "volgende_fase_op": volgende.isoformat() if volgende else None,
        "volgende_fase": _volgende_fase_id(fase.id),
        "spoor2_praktijk_uwv": spoor2_datum.isoformat() if spoor2_datum else None,
        "spoor2_praktijk": spoor2_tekst,
        "aow_datum": aow_datum.isoformat() if aow_datum else None,
        "aow": aow_uitleg,
        "bronnen": [{"label": b.label, "url": b.url} for b in bronnen],
        "niet_meegerekend": niet_meegerekend_json(niet_meegerekend),
    }


_OORDEEL = NietMeegerekend(
    "Of een bepaalde baan voor u passend is",
    "Dat hangt af van uw gezondheid, wat u heeft geleerd, het loon, de reistijd en uw omstandigheden. De rekenhulp "
    "geeft de regels die op de datum gelden, geen oordeel over een baan. Met een werkgever adviseert de bedrijfsarts; "
    "met een uitkering beslist UWV.",
    BRONNEN["bw_658a_4"],
)

_AOW_ONBEKEND = NietMeegerekend(
    "Uw AOW-leeftijd",
    "Heeft u de AOW-leeftijd bereikt, dan hoeft uw werkgever u niet meer te helpen aan werk bij een andere werkgever "
    "(geen spoor 2; BW 7:658a lid 1), en krijgt u vanaf dan hooguit "
    f"{regels.getal('aow_loondoorbetaling_weken')} weken loon bij ziekte (BW 7:629 lid 2 onder b). Vul uw "
    "geboortedatum in, dan rekent de rekenhulp dat mee.",
    BRONNEN["bw_658a_1"],
)

#: What could change the answer and is not asked for or computed, per situation (see `niet_meegerekend`).
NIET_MEEGEREKEND: dict[str, tuple[NietMeegerekend, ...]] = {
    "werkgever": (
        _OORDEEL,
        NietMeegerekend(
            "Een deskundigenoordeel van UWV",
            "Zijn u en uw werkgever het oneens of werk passend is, dan kan een van u UWV om een deskundigenoordeel "
            "vragen. Eist u loon bij de rechter, dan wijst de rechter dat af zonder zo'n oordeel, behalve als niemand "
            "het oneens is of het niet van u gevraagd kan worden. De rekenhulp kan dat oordeel niet geven.",
            BRONNEN["bw_629a"],
        ),
        _AOW_ONBEKEND,
        NietMeegerekend(
            "Vaste grenzen voor reistijd",
            f"De grens van {regels.getal('reistijd_eerste_halfjaar_uren')} uur reistijd per dag in de eerste "
            f"{regels.getal('passend_eigen_niveau_maanden')} maanden geldt alleen als u een WW- of "
            "Ziektewet-uitkering heeft, niet als u werknemer bent met een werkgever. De rekenhulp rekent voor u daarom "
            "met geen enkele reistijdgrens.",
            BRONNEN["besluit_passende_arbeid_2_4"],
        ),
        NietMeegerekend(
            "Verlenging, loonsanctie of een te late WIA-aanvraag",
            f"De rekenhulp neemt aan dat de loondoorbetaling na {regels.WACHTTIJD_WEKEN} weken stopt. Loopt die "
            "langer door, dan blijft ook de plicht van uw werkgever om u aan werk bij een andere werkgever te helpen "
            "langer gelden. Voor die langere tijd kunt u de tijdlijn gebruiken.",
            BRONNEN["bw_629_11"],
        ),
    ),
    "uitkering": (
        _OORDEEL,
        NietMeegerekend(
            "Uitzonderingen op de eerste zes maanden",
            "Werk onder uw niveau kan al eerder passend zijn als het voor onbepaalde tijd is en de werkgever u binnen "
            f"{regels.getal('passend_eigen_niveau_maanden')} maanden terug laat gaan naar uw eigen niveau. Verdiende u "
            "veel meer of minder dan anderen in uw beroep, dan telt "
            f"{regels.getal('passend_min_inkomen_procent')}% van wat zij verdienen. De rekenhulp vraagt daar niet naar.",
            BRONNEN["besluit_passende_arbeid_2_4"],
        ),
        NietMeegerekend(
            "Tijd zonder recht op uitkering",
            f"De {regels.getal('passend_eigen_niveau_maanden')} maanden tellen alleen maanden waarin u recht had op een "
            "WW- of Ziektewet-uitkering. De rekenhulp weet niet of uw uitkering een tijd stopte, bijvoorbeeld omdat u "
            "werkte, en telt door vanaf de eerste dag. Stopte uw uitkering een tijd, dan komt de grens later. Vraag UWV "
            "welke datum voor u geldt.",
            BRONNEN["ww_24_3"],
        ),
    ),
}
NIET_MEEGEREKEND["ziektewet"] = NIET_MEEGEREKEND["ww"] = NIET_MEEGEREKEND.pop("uitkering")


def _volgende_fase_id(fase_id: str) -> str | None:
    volgorde = {"loondoorbetaling": "na_wachttijd", "eerste_zes_maanden": "na_zes_maanden"}
    return volgorde.get(fase_id)

