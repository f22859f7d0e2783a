"""The personal timeline: every deadline of the two sick years from a person's own sick days.

Dates follow the milestone table of `shared/facts/README.md`. With `end0 = at(727) + 7·verlenging`:
milestones with a counted-day offset fall on `at(dag)`; the re-integratieverslag and the last day
to apply for WIA fall a fixed number of calendar days before `end0` (a loonsanctie does not move
them: the application was already made); the end of the waiting period is `end0 + 7·sanctie +
late days` (WIA art. 24, art. 25 lid 9; BW 7:629 lid 11) and the benefit can start the day after.
Every text names the week the reader's milestone falls in, as computed here, never the usual one next to a moved
date (`regels.Mijlpaal.tekst`). What the tijdlijn does not ask for or compute is listed in `NIET_MEEGEREKEND`.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from . import agenda, aow, figuur, gevolgen, regels, termijnenwet
from .bronnen import BRONNEN
from .datums import nl_datum
from .niet_meegerekend import NietMeegerekend
from .niet_meegerekend import als_json as niet_meegerekend_json
from .telling import Geval, Periode, Verlof, huidig_geval

DAG = timedelta(days=1)


#: Said with every note on a late WIA application, after what it does to the dates: the rows of the consequences
#: table that the dates do not show (no wage without a good reason, BW 7:629 lid 3 sub f; UWV's refusal or warning,
#: WIA art. 88 lid 1 sub c and lid 4), in the table's own words.
TE_LAAT_GEVOLGEN = gevolgen.zin("wia_te_laat", "geen_loon", "weigeren")
#: Said after every note on a late application: someone on a Ziektewet benefit without an employer has no wage that
#: runs on (ZW art. 29 lid 5, 10 and 11; WIA art. 43 onder b and c), in the table's own words.
TE_LAAT_ZONDER_WERKGEVER = gevolgen.zin("wia_te_laat", "zonder_werkgever")

@dataclass(frozen=True)
class Invoer:
    """Validated input (see `calculators.api` for the parsing and the Dutch error messages)."""

    ziekteperiodes: tuple[Periode, ...]
    peildatum: date
    verlof: tuple[Verlof, ...] = ()
    verlenging_weken: int = 0
    loonsanctie_weken: int = 0
    wia_aanvraag_datum: date | None = None
    wia_brief_ontvangen: date | None = None
    #: The reader said no letter of UWV came (WIA art. 64 lid 6, first sentence: the application counts as on time).
    wia_brief_geen: bool = False
    geboortedatum: date | None = None


@dataclass
class Uitkomst:
    geval: Geval
    datums: dict[str, date]
    weken: dict[str, int]
    te_laat_dagen: int
    meldingen: list[str] = field(default_factory=list)
    #: When the last day to apply has passed and no application date was given: the end of the waiting period
    #: and the first day of the benefit if UWV receives the application on the peildatum (BW 7:629 lid 11 sub a).
    bij_aanvraag_op_peildatum: dict[str, date] = field(default_factory=dict)


def _laatste_dag(invoer: Invoer) -> int:
    """Counted-day offset of end0: day 727 plus the voluntary extension (WIA art. 24)."""
    return regels.LAATSTE_DAG_WACHTTIJD + 7 * invoer.verlenging_weken


def _brief_te_laat(invoer: Invoer, brief_uiterlijk: date) -> bool:
    return invoer.wia_brief_ontvangen is not None and invoer.wia_brief_ontvangen > brief_uiterlijk


def _te_laat_dagen(invoer: Invoer, aanvraag_uiterlijk: date, brief_uiterlijk: date) -> int:
    """Days the application came after the deadline (BW 7:629 lid 11 sub a), 0 when on time.

    WIA art. 64 lid 6: after a late UWV letter an application within four weeks of receipt counts
    as on time. Outside that window the delay is measured from the ordinary deadline, as the
    article only creates that one fiction.
    """
    aanvraag = invoer.wia_aanvraag_datum
    if aanvraag is None or aanvraag <= aanvraag_uiterlijk:
        return 0
    if invoer.wia_brief_geen:
        return 0  # WIA art. 64 lid 6, first sentence: no letter of lid 2, so the application counts as on time
    if _brief_te_laat(invoer, brief_uiterlijk) and aanvraag <= _na_late_brief(invoer.wia_brief_ontvangen):
        return 0
    return (aanvraag - aanvraag_uiterlijk).days


def _na_late_brief(ontvangen: date) -> date:
    """Last day of the four weeks after a late letter: a short forward term, so the Algemene
    termijnenwet moves it past a weekend or feestdag (art. 1 lid 1)."""
    return termijnenwet.einde_termijn(ontvangen + timedelta(weeks=regels.getal("late_brief_aanvraag_weken")))


def bereken(invoer: Invoer) -> Uitkomst:
    """All milestone dates for the latest case in `invoer` (input must already be valid)."""
    geval = huidig_geval(list(invoer.ziekteperiodes), list(invoer.verlof))
    einde0_dag = _laatste_dag(invoer)
    einde0 = geval.datum_van_dag(einde0_dag)
    datums: dict[str, date] = {}
    weken: dict[str, int] = {}
    for m in regels.MIJLPALEN:
        if m.dag is not None:
            datums[m.id], weken[m.id] = geval.datum_van_dag(m.dag), m.week
        elif m.dagen_voor_einde is not None:
            datums[m.id] = einde0 - m.dagen_voor_einde * DAG
            weken[m.id] = (einde0_dag - m.dagen_voor_einde) // 7 + 1
    te_laat = _te_laat_dagen(invoer, datums["wia_aanvraag_uiterlijk"], datums["wia_brief_uiterlijk"])
    verschuiving = 7 * invoer.loonsanctie_weken + te_laat
    datums["einde_wachttijd"] = einde0 + verschuiving * DAG
    datums["wia_ingang"] = datums["einde_wachttijd"] + DAG
    weken["einde_wachttijd"] = (einde0_dag + verschuiving) // 7 + 1
    weken["wia_ingang"] = (einde0_dag + verschuiving + 1) // 7 + 1
    if _brief_te_laat(invoer, datums["wia_brief_uiterlijk"]):
        datums["wia_aanvraag_na_late_brief"] = _na_late_brief(invoer.wia_brief_ontvangen)
        weken["wia_aanvraag_na_late_brief"] = geval.getelde_dagen_tot_en_met(
            datums["wia_aanvraag_na_late_brief"]) // 7 + 1
    uitkomst = Uitkomst(geval, datums, weken, te_laat)
    if invoer.wia_aanvraag_datum is None and _uiterste_aanvraagdatum(datums) < invoer.peildatum \
            and not invoer.wia_brief_geen:
        nu = replace(invoer, wia_aanvraag_datum=invoer.peildatum)
        einde = einde0 + (7 * invoer.loonsanctie_weken + _te_laat_dagen(
            nu, datums["wia_aanvraag_uiterlijk"], datums["wia_brief_uiterlijk"])) * DAG
        uitkomst.bij_aanvraag_op_peildatum = {"einde_wachttijd": einde, "wia_ingang": einde + DAG}
    uitkomst.meldingen.extend(_meldingen(invoer, uitkomst))
    return uitkomst


def _meldingen(invoer: Invoer, uitkomst: Uitkomst) -> list[str]:
    """Plain-Dutch notes on what moved the dates, so nobody is surprised by a shifted deadline."""
    geval, meldingen = uitkomst.geval, []
    for o in geval.eerder_gestopt:
        meldingen.append(
            f"Tussen {nl_datum(o.na)} en {nl_datum(o.tot)} was u {o.telt_als_onderbreking} dagen niet ziek. "
            f"Dat is {regels.getal('samentellen_onder_weken')} weken of meer. Daarom begint op "
            f"{nl_datum(geval.start)} een nieuwe wachttijd van {regels.WACHTTIJD_WEKEN} weken."
        )
    if onderbroken := herstel_dagen(geval):
        meldingen.append(
            f"U was tussendoor {onderbroken} dagen beter, telkens korter dan "
            f"{regels.getal('samentellen_onder_weken')} weken. Die ziekteperiodes tellen samen. De dagen "
            "dat u beter was tellen niet mee: latere termijnen schuiven zoveel dagen op."
        )
    verlofdagen = verlofdagen_in_geval(invoer, geval)
    if verlofdagen:
        meldingen.append(
            f"{verlofdagen} dagen zwangerschaps- of bevallingsverlof tellen niet mee voor de wachttijd. "
            "Latere termijnen schuiven zoveel dagen op."
        )
    if (hersteld := hersteld_sinds(geval, invoer.peildatum)) is not None:
        if wachttijd_gestopt(hersteld, invoer.peildatum):
            meldingen.append(
                f"U bent sinds {nl_datum(hersteld)} beter. Dat is {regels.getal('samentellen_onder_weken')} "
                "weken of langer: deze wachttijd is gestopt. Wordt u opnieuw ziek, dan begint een nieuwe wachttijd."
            )
        else:
            meldingen.append(
                f"U bent sinds {nl_datum(hersteld)} beter. Wordt u binnen "
                f"{regels.getal('samentellen_onder_weken')} weken weer ziek, dan telt de ziekte door. "
                "De data hieronder gaan ervan uit dat u vanaf morgen weer ziek bent."
            )
    if verlenging := melding_verlenging(invoer.verlenging_weken):
        meldingen.append(verlenging)
        meldingen.append(regels.vul_in(regels.VERLENGING_TOT_BESLUIT, wettelijk=nl_datum(wettelijke_aanvraagdatum(geval))))
    if uitkomst.te_laat_dagen:
        meldingen.append(
            f"Uw WIA-aanvraag kwam {uitkomst.te_laat_dagen} dagen te laat binnen. De wachttijd blijft "
            f"{regels.WACHTTIJD_WEKEN} weken (WIA art. 23 lid 1), maar de loondoorbetaling duurt even veel dagen langer "
            "(BW 7:629 lid 11 sub a). Zolang die loopt, gaat uw WIA-uitkering niet in: ze begint zoveel later (WIA "
            "art. 43 onder b). "
            + TE_LAAT_GEVOLGEN
        )
    if alsnog := uitkomst.bij_aanvraag_op_peildatum:
        meldingen.append(
            f"U vulde geen datum van uw WIA-aanvraag in en de uiterste datum ({nl_datum(_uiterste_aanvraagdatum(uitkomst.datums))}) "
            "is voorbij. Heeft u nog niet aangevraagd? Dan geldt het gewone einde van de wachttijd niet meer. Krijgt UWV "
            f"uw aanvraag op {nl_datum(invoer.peildatum)}, dan loopt de loondoorbetaling tot en met "
            f"{nl_datum(alsnog['einde_wachttijd'])} en kan uw WIA-uitkering op {nl_datum(alsnog['wia_ingang'])} "
            "ingaan (BW 7:629 lid 11 sub a; WIA art. 43 onder b). " + TE_LAAT_GEVOLGEN + " Heeft u al aangevraagd? Vul dan de datum van uw "
            "aanvraag in."
        )
    if uitkomst.te_laat_dagen or uitkomst.bij_aanvraag_op_peildatum:
        meldingen.append(TE_LAAT_ZONDER_WERKGEVER)
        if invoer.wia_brief_ontvangen is None:
            meldingen.append(regels.vul_in(regels.BRIEF_AANGENOMEN,
                                           brief=nl_datum(uitkomst.datums["wia_brief_uiterlijk"])))
    if invoer.wia_brief_geen:
        meldingen.append(melding_geen_brief(invoer, uitkomst))
    if invoer.loonsanctie_weken:
        meldingen.append(regels.vul_in(regels.LOONSANCTIE_KAN_SCHUIVEN, weken=invoer.loonsanctie_weken))
    if (aow_melding := melding_aow(invoer, uitkomst)) is not None:
        meldingen.append(aow_melding)
    if "wia_aanvraag_na_late_brief" in uitkomst.datums:
        meldingen.append(
            f"De brief van UWV kwam te laat. Vraagt u binnen {regels.getal('late_brief_aanvraag_weken')} weken na ontvangst aan, dan geldt uw aanvraag "
            "als op tijd (WIA art. 64 lid 6). Dit geldt niet als uw werkgever u pas bij UWV ziek meldde "
            f"op of na de dag waarop u {regels.getal('late_brief_melding_voor_weken')} weken ziek was."
        )
    return meldingen


def late_brief_grens(geval: Geval) -> date:
    """The day on which the waiting period has lasted 81 weeks: a 42-week report on or after it takes away what WIA
    art. 64 lid 6 gives (its second sentence)."""
    return geval.datum_van_dag(7 * regels.getal("late_brief_melding_voor_weken") - 1)


def melding_geen_brief(invoer: Invoer, uitkomst: Uitkomst) -> str:
    """The note when the reader got no letter: before its latest day nothing follows yet; after it the application
    counts as on time (WIA art. 64 lid 6), with the exception and, for a late application, the days it would cost."""
    brief = uitkomst.datums["wia_brief_uiterlijk"]
    if invoer.peildatum <= brief and (invoer.wia_aanvraag_datum is None or invoer.wia_aanvraag_datum <= brief):
        return regels.vul_in(regels.GEEN_BRIEF_NOG_NIET, brief=nl_datum(brief))
    zonder = _te_laat_dagen(replace(invoer, wia_brief_geen=False), uitkomst.datums["wia_aanvraag_uiterlijk"], brief)
    anders = regels.GEEN_BRIEF_ANDERS.format(dagen=zonder) if zonder else ""
    return regels.vul_in(regels.GEEN_BRIEF, brief=nl_datum(brief), grens=nl_datum(late_brief_grens(uitkomst.geval)),
                         anders=anders)


def aow_datum(invoer: Invoer) -> aow.AowDatum | None:
    return aow.datum(invoer.geboortedatum) if invoer.geboortedatum is not None else None


def melding_aow(invoer: Invoer, uitkomst: Uitkomst) -> str | None:
    """The note when the AOW date falls before the end of the wage period in the dates (BW 7:629 lid 2, ZW art. 29
    lid 4, WIA art. 43 onder g), or when the sickness began on or after it; None otherwise or without a birth date."""
    dag = aow_datum(invoer)
    if dag is None:
        return None
    leeftijd = dag.leeftijden[0].tekst
    niet_vast = "" if dag.vast else regels.AOW_NIET_VAST.format(leeftijd=leeftijd)
    if dag.vroegst <= uitkomst.geval.start:
        return regels.vul_in(regels.AOW_AL_BEREIKT, aow=nl_datum(dag.vroegst)) + niet_vast
    einde = uitkomst.datums["einde_wachttijd"]
    if dag.vroegst > einde:
        return None
    return regels.vul_in(regels.AOW_TIJDENS_WACHTTIJD, aow=nl_datum(dag.vroegst), leeftijd=leeftijd,
                         einde=nl_datum(einde), loon_tot=nl_datum(aow_loon_tot(dag.vroegst, einde))) + niet_vast


def aow_loon_tot(aow_dag: date, einde: date) -> date:
    """The last day of wage from the AOW date: six weeks, within the whole period (BW 7:629 lid 2 sub b and its last
    sentence)."""
    return min(aow_dag + timedelta(weeks=regels.getal("aow_loondoorbetaling_weken")) - DAG, einde)


def aow_voor_einde(invoer: Invoer, uitkomst: Uitkomst) -> aow.AowDatum | None:
    """The AOW date when it is fixed and falls on or before the end of the wage period in the dates (then no WIA
    benefit can start, WIA art. 43 onder g); None otherwise. A date not yet fixed can only get later (AOW art. 7a), so
    the headline does not build on it; the note says it (`melding_aow`)."""
    dag = aow_datum(invoer)
    if dag is None or not dag.vast or dag.vroegst > uitkomst.datums["einde_wachttijd"]:
        return None
    return dag


def _aow_markeer(items: list[dict], invoer: Invoer, uitkomst: Uitkomst, veld: str) -> None:
    """Mark the end of the wage period and the start of the benefit when the AOW date comes first: the ids and dates
    stay; the title says it does not hold as shown, `veld` (the explanation, or for a step the employee's text, and then
    the employer's too) says what holds instead (`regels.AOW_MIJLPAAL_*`)."""
    dag = aow_voor_einde(invoer, uitkomst)
    if dag is None or dag.vroegst <= uitkomst.geval.start:
        return
    teksten = regels.AOW_MIJLPAAL_UITLEG if veld == "uitleg" else regels.AOW_MIJLPAAL_STAP
    loon_tot = aow_loon_tot(dag.vroegst, uitkomst.datums["einde_wachttijd"])
    for item in items:
        if item["id"] in regels.AOW_MIJLPAAL_TITEL:
            item["titel"] += regels.AOW_MIJLPAAL_TITEL[item["id"]]
            ingevuld = dict(aow=nl_datum(dag.vroegst), loon_tot=nl_datum(loon_tot))
            item[veld] = teksten[item["id"]].format(**ingevuld)
            if "werkgever" in item:
                item["werkgever"] = regels.AOW_MIJLPAAL_STAP_WERKGEVER[item["id"]].format(**ingevuld)
            item["geldt_niet"] = True


def melding_verlenging(weken: int) -> str | None:
    """The note on a voluntary extension: where its moved application date comes from (the decision of UWV, not the
    letter of WIA art. 64 lid 3, see `regels.VERLENGING_AANVRAAGDATUM`), and, for one shorter than UWV's usual
    minimum, that it is not refused: WIA art. 24 sets no minimum for a first extension (its 13 weeks in lid 3 are
    about a new end date after a later request)."""
    if weken <= 0:
        return None
    minimum = regels.getal("verlenging_min_weken")
    kort = (f"De vrijwillige verlenging is {weken} weken. Volgens UWV duurt een verlenging minstens {minimum} weken; "
            f"de wet noemt voor een eerste verlenging geen minimum. Deze berekening rekent met {weken} weken. UWV "
            "bepaalt het einde van de verlenging in zijn besluit. ") if weken < minimum else ""
    return kort + regels.vul_in(regels.VERLENGING_AANVRAAGDATUM)


def wettelijke_aanvraagdatum(geval: Geval) -> date:
    """The last day to apply as WIA art. 64 lid 3 words it for a first voluntary extension: eleven weeks before the
    end of the waiting period of 104 weeks, which the extension does not change (art. 23 lid 1, art. 24 lid 1)."""
    return geval.datum_van_dag(regels.MIJLPAAL["wia_aanvraag_uiterlijk"].nominale_dag)


def herstel_dagen(geval: Geval) -> int:
    """Days better in short gaps (under four weeks) that do not count: later deadlines move by them."""
    return sum(o.dagen - o.verlof for o in geval.onderbrekingen)


def hersteld_sinds(geval: Geval, peildatum: date) -> date | None:
    """The first day better, when the person was no longer sick on the peildatum."""
    laatste = geval.stukken[-1]
    return laatste.tot + DAG if laatste.tot is not None and laatste.tot < peildatum else None


def wachttijd_gestopt(hersteld: date, peildatum: date) -> bool:
    """Better for four weeks or more on the peildatum: this waiting period ended (BW 7:629 lid 10)."""
    return (peildatum - hersteld).days + 1 >= regels.getal("samentellen_onder_dagen")


def verlofdagen_in_geval(invoer: Invoer, geval: Geval) -> int:
    """WAZO leave days within the waiting period of `geval` (they do not count, so later dates move)."""
    einde = geval.datum_van_dag(regels.LAATSTE_DAG_WACHTTIJD)
    dagen = 0
    for verlof in invoer.verlof:
        begin, slot = max(verlof.van, geval.start), min(verlof.tot, einde)
        dagen += max(0, (slot - begin).days + 1)
    return dagen


def week_tekst(week: int, vanaf_week: int | None = None) -> str:
    """The week label beside a date, or beside a range of dates its first and last week: a range labelled with one
    week ("week 52" beside "17 november – 4 januari") would say the window is shorter than it is."""
    return f"week {vanaf_week} tot en met {week}" if vanaf_week is not None and vanaf_week != week else f"week {week}"


#: The status beside a milestone's date, in words that say only what is known: where the date lies from the reader's
#: date, not whether what the milestone names happened (a passed "Spoor 2: praktijkgrens" does not mean spoor 2
#: started; a passed deadline does not mean it was met). The keys are the page's `data-status` (its marker shape).
STATUS_TEKST = {
    "voorbij": "Deze datum is voorbij",
    "volgende": "Eerstvolgende datum",
    "later": "Deze datum komt nog",
}
#: The same for a window of dates (the eerstejaarsevaluatie), with the reader's date inside it as its own case.
STATUS_TEKST_VENSTER = {
    "voorbij": "Deze periode is voorbij",
    "volgende": "Eerstvolgende periode",
    "later": "Deze periode komt nog",
    "loopt": "Deze periode loopt nu",
}


def _zet_status(mijlpalen: list[dict], volgende: dict | None, peildatum: date) -> None:
    """`status` (voorbij, volgende, later) and its words (`STATUS_TEKST`) on every milestone."""
    for m in mijlpalen:
        status = "voorbij" if m["voorbij"] else "volgende" if m is volgende else "later"
        m["status"] = status
        if "venster_vanaf" in m:
            loopt = status != "voorbij" and date.fromisoformat(m["venster_vanaf"]) <= peildatum
            m["status_tekst"] = STATUS_TEKST_VENSTER["loopt" if loopt else status]
        else:
            m["status_tekst"] = STATUS_TEKST[status]


def _mijlpaal_json(mid: str, datum: date, week: int, peildatum: date) -> dict:
    m = regels.MIJLPAAL.get(mid) or regels.AFGELEIDE_MIJLPALEN[mid]
    return {
        "id": mid,
        "datum": datum.isoformat(),
        "week": week,
        "week_tekst": week_tekst(week),
        "titel": m.titel,
        "uitleg": m.tekst("uitleg", week),
        "termijn": m.tekst("termijn", week),
        "wie": m.wie,
        "bron": m.bron.url,
        "bron_label": m.bron.label,
        "voorbij": datum < peildatum,
    }


def _stap(mid: str, datum: str, week: int) -> dict:
    m = regels.MIJLPAAL.get(mid) or regels.AFGELEIDE_MIJLPALEN[mid]
    return {"id": mid, "datum": datum, "week": week, "week_tekst": week_tekst(week), "titel": m.titel,
            "werknemer": m.tekst("werknemer", week), "werkgever": m.tekst("werkgever", week)}


def volgende_stappen(invoer: Invoer, uitkomst: Uitkomst, mijlpalen: list[dict], huidige_week: int) -> list[dict]:
    """"Wat nu?": the next three steps from the reader's date, each with what both sides do.

    When the last day to apply for WIA has passed without an application, what the reader can still
    do (apply now) comes first, dated today. The deadline the headline names is always among the
    steps, even when three others come before it: the answer and what to do about it go together.
    """
    stappen = []
    if invoer.wia_aanvraag_datum is None and _uiterste_aanvraagdatum(uitkomst.datums) < invoer.peildatum:
        stap = "wia_aanvraag_geen_brief" if invoer.wia_brief_geen else "wia_aanvraag_alsnog"
        stappen.append(_stap(stap, invoer.peildatum.isoformat(), huidige_week))
    komend = [m for m in mijlpalen if not m["voorbij"]]
    stappen = (stappen + [_stap(m["id"], m["datum"], m["week"]) for m in komend])[:3]
    if invoer.wia_aanvraag_datum is None:
        termijn = next((m for m in komend if m["id"] == _aanvraag_mijlpaal(uitkomst)), None)
        if termijn is not None and all(s["id"] != termijn["id"] for s in stappen):
            stappen.append(_stap(termijn["id"], termijn["datum"], termijn["week"]))
    return stappen


def _aanvraag_mijlpaal(uitkomst: Uitkomst) -> str:
    """The milestone whose date `_uiterste_aanvraagdatum` gives."""
    laat = uitkomst.datums.get("wia_aanvraag_na_late_brief")
    return "wia_aanvraag_na_late_brief" if laat and laat > uitkomst.datums["wia_aanvraag_uiterlijk"] else \
        "wia_aanvraag_uiterlijk"


def _uiterste_aanvraagdatum(datums: dict[str, date]) -> date:
    """The last day to apply: the ordinary deadline, or later when a late letter gave four more weeks."""
    return max(datums["wia_aanvraag_uiterlijk"],
               datums.get("wia_aanvraag_na_late_brief", datums["wia_aanvraag_uiterlijk"]))


#: Said of the ordinary end when the last day to apply passed without an application date: those dates
#: then hold only if the application did come in on time (see `Uitkomst.bij_aanvraag_op_peildatum`).
ALLEEN_BIJ_TIJDIGE_AANVRAAG = " (als de WIA-aanvraag op tijd was)"


def _alleen_bij_tijdige_aanvraag(items: list[dict], uitkomst: Uitkomst) -> None:
    """Mark the ordinary end and benefit start as conditional, so nobody reads them as still holding."""
    if not uitkomst.bij_aanvraag_op_peildatum:
        return
    for item in items:
        if item["id"] in uitkomst.bij_aanvraag_op_peildatum:
            item["titel"] += ALLEEN_BIJ_TIJDIGE_AANVRAAG


def _bronnen_bij_verlenging(items: list[dict]) -> None:
    """With a voluntary extension, the dates counted back from the extended end cite what really sets them
    (`regels.BRON_BIJ_VERLENGING`): WIA art. 64 lid 3 alone does not move the application date for a first one."""
    for item in items:
        if bron := regels.BRON_BIJ_VERLENGING.get(item["id"]):
            item["bron"], item["bron_label"] = bron.url, bron.label


def als_json(invoer: Invoer, uitkomst: Uitkomst) -> dict:
    """The result as the JSON the page renders (see `calculators.api.run`)."""
    peildatum = invoer.peildatum
    volgorde = sorted(uitkomst.datums, key=lambda mid: (uitkomst.datums[mid], mid != "einde_wachttijd"))
    mijlpalen = [_mijlpaal_json(mid, uitkomst.datums[mid], uitkomst.weken[mid], peildatum) for mid in volgorde]
    # The figure keeps the rules' short titles: its labels have a fixed width.
    punten = [figuur.Punt(m["id"], m["titel"], (date.fromisoformat(m["datum"]) - uitkomst.geval.start).days,
                          m["voorbij"]) for m in mijlpalen]
    _alleen_bij_tijdige_aanvraag(mijlpalen, uitkomst)
    if invoer.verlenging_weken:
        _bronnen_bij_verlenging(mijlpalen)
    eje = regels.MIJLPAAL["eerstejaarsevaluatie"]
    for m in mijlpalen:
        if m["id"] == "eerstejaarsevaluatie":
            m["venster_vanaf"] = uitkomst.geval.datum_van_dag(eje.venster_vanaf_dag).isoformat()
            m["venster_vanaf_week"] = regels.getal("eje_venster_vanaf_week")
            m["week_tekst"] = week_tekst(m["week"], m["venster_vanaf_week"])
    start = uitkomst.geval.start
    getelde_dagen = uitkomst.geval.getelde_dagen_tot_en_met(peildatum)
    huidige_week = (getelde_dagen - 1) // 7 + 1 if getelde_dagen else 0
    volgende = next((m for m in mijlpalen if not m["voorbij"]), None)
    _zet_status(mijlpalen, volgende, peildatum)
    stappen = volgende_stappen(invoer, uitkomst, mijlpalen, huidige_week)
    _alleen_bij_tijdige_aanvraag(stappen, uitkomst)
    _aow_markeer(mijlpalen, invoer, uitkomst, "uitleg")
    _aow_markeer(stappen, invoer, uitkomst, "werknemer")
    return {
        "ok": True,
        "wachttijd_start": start.isoformat(),
        "peildatum": peildatum.isoformat(),
        "huidige_week": huidige_week,
        "mijlpalen": mijlpalen,
        "volgende": volgende,
        "volgende_stappen": stappen,
        "bij_aanvraag_op_peildatum": {mid: d.isoformat() for mid, d in uitkomst.bij_aanvraag_op_peildatum.items()}
        or None,
        "samenvatting": _samenvatting(invoer, uitkomst),
        "meldingen": uitkomst.meldingen,
        "te_laat_dagen": uitkomst.te_laat_dagen,
        "figuur": figuur.tijdlijn_svg(punten, (peildatum - start).days),
        "ics": agenda.ics(mijlpalen, start, peildatum, anders=("einde_wachttijd", "wia_ingang")),
        "niet_meegerekend": niet_meegerekend_json(niet_meegerekend(invoer)),
    }


def _samenvatting(invoer: Invoer, uitkomst: Uitkomst) -> str:
    """The one answer people come for, first: by when UWV must have the WIA application (rule data:
    `regels.SAMENVATTING`)."""
    uiterlijk = nl_datum(_uiterste_aanvraagdatum(uitkomst.datums), True)
    ingang = nl_datum(uitkomst.datums["wia_ingang"])
    voorbij = _uiterste_aanvraagdatum(uitkomst.datums) < invoer.peildatum
    if invoer.wia_aanvraag_datum is not None:
        soort = "te_laat" if uitkomst.te_laat_dagen else "op_tijd"
        if soort == "op_tijd" and invoer.wia_brief_geen and invoer.wia_aanvraag_datum > \
                uitkomst.datums["wia_aanvraag_uiterlijk"]:
            soort = "op_tijd_geen_brief"
    elif voorbij and invoer.wia_brief_geen:
        soort = "geen_brief"
    else:
        soort = "voorbij" if voorbij else "aanvragen"
        if soort == "aanvragen" and invoer.verlenging_weken:
            soort = "aanvragen_verlenging"
    if (dag := aow_voor_einde(invoer, uitkomst)) is not None:
        aow_dag = nl_datum(dag.vroegst)
        if dag.vroegst <= uitkomst.geval.start:
            return regels.vul_in(regels.SAMENVATTING["aow_al_bereikt"], aow=aow_dag)
        return regels.vul_in(regels.SAMENVATTING["aow_voor_einde"], aow=aow_dag, leeftijd=dag.leeftijden[0].tekst,
                             loon_tot=nl_datum(aow_loon_tot(dag.vroegst, uitkomst.datums["einde_wachttijd"])))
    alsnog = uitkomst.bij_aanvraag_op_peildatum.get("wia_ingang")
    return regels.SAMENVATTING[soort].format(uiterlijk=uiterlijk, ingang=ingang, dagen=uitkomst.te_laat_dagen,
                                             peil=nl_datum(invoer.peildatum), alsnog=alsnog and nl_datum(alsnog),
                                             wettelijk=nl_datum(wettelijke_aanvraagdatum(uitkomst.geval), True))


def niet_meegerekend(invoer: Invoer) -> tuple[NietMeegerekend, ...]:
    """`NIET_MEEGEREKEND`, with the AOW age when no birth date was given."""
    return NIET_MEEGEREKEND + (() if invoer.geboortedatum is not None else (AOW_NIET_GEVRAAGD,))


#: Without a birth date the tijdlijn cannot see the AOW age (BW 7:629 lid 2 sub b and last sentence, ZW art. 29 lid 4,
#: WIA art. 43 onder g).
AOW_NIET_GEVRAAGD = NietMeegerekend(
    "De AOW-leeftijd",
    regels.vul_in(
        "Bereikt u de AOW-leeftijd voor het einde van de wachttijd? Dan betaalt uw werkgever vanaf uw AOW-datum nog "
        "hooguit {aow_loondoorbetaling_weken} weken loon bij ziekte, stopt een Ziektewet-uitkering op die dag en krijgt "
        "u geen WIA-uitkering meer. Vul uw geboortedatum in, dan rekent de rekenhulp uw AOW-datum uit."),
    BRONNEN["bw_629_2"],
)

#: What could change the dates and is not asked for or computed. Each says what it would change; the articles were
#: read in their 2026 text (register/teksten-regels.yml).
NIET_MEEGEREKEND: tuple[NietMeegerekend, ...] = (
    NietMeegerekend(
        "Geen loon over de dagen dat de WIA-aanvraag te laat was",
        "Was u zonder goede reden te laat met de WIA-aanvraag, dan hoeft uw werkgever over die dagen geen loon te "
        "betalen. De rekenhulp schuift alleen de data op; hoeveel loon u mist, rekent hij niet uit.",
        BRONNEN["bw_629_3_f"],
    ),
    NietMeegerekend(
        "Ziektewet of een eigenrisicodrager na een te late aanvraag",
        "De rekenhulp rekent met loon van een werkgever. Krijgt u Ziektewet van UWV of van een werkgever die "
        "eigenrisicodrager is, dan gelden bij een te late WIA-aanvraag de regels van de Ziektewet: de uitkering loopt "
        "alleen na een eigenrisicodrager langer door, en niet over de dagen dat u zonder goede reden te laat was.",
        BRONNEN["zw_29"],
    ),
    NietMeegerekend(
        "Verkorte wachttijd (vervroegde IVA)",
        "Bent u volledig en duurzaam arbeidsongeschikt en vraagt u dat aan, dan kan UWV de wachttijd korter maken: "
        f"ten minste {regels.getal('verkorte_wachttijd_min_weken')} en hooguit "
        f"{regels.getal('verkorte_wachttijd_max_weken')} weken. Dat gebeurt alleen op uw aanvraag. De rekenhulp "
        "rekent met de gewone wachttijd.",
        BRONNEN["wia_23_6"],
    ),
    NietMeegerekend(
        "Weekend en feestdagen bij de ziekmelding bij UWV",
        "De rekenhulp schuift de datum van de 42e-weeksmelding niet op. Valt die in een weekend of op een feestdag, "
        "dan neemt UWV de melding in de praktijk ook aan op de eerstvolgende werkdag.",
        BRONNEN["uwv_42e_week_werkdag"],
    ),
    NietMeegerekend(
        "De datum in het besluit van UWV over een verlenging",
        "Een vrijwillige verlenging eindigt op de datum die UWV in zijn besluit noemt. De rekenhulp telt de weken die u "
        "invult op bij het einde van de wachttijd. Noemt UWV een andere datum, dan geldt die, ook voor de uiterste "
        "datum van de WIA-aanvraag.",
        BRONNEN["wia_24_2"],
    ),
    NietMeegerekend(
        "Of en hoe lang UWV een loonsanctie oplegt",
        "Alleen UWV beslist of uw werkgever langer loon moet betalen omdat hij te weinig aan re-integratie deed, en "
        f"voor hoe lang (ten hoogste {regels.getal('loonsanctie_max_weken')} weken). Ook een eerder einde na herstel "
        "stelt UWV vast. De rekenhulp rekent alleen met het aantal weken dat u invult.",
        BRONNEN["wia_25_9"],
    ),
    NietMeegerekend(
        "Ziek zonder werkgever (Ziektewet van UWV)",
        regels.vul_in(
            "De rekenhulp rekent met een werkgever. Heeft u geen werkgever en krijgt u Ziektewet van UWV? Dan maakt UWV "
            "het plan van aanpak met u (Wet WIA art. 26 lid 1). U stuurt dan geen re-integratieverslag van een "
            "werkgever mee met uw WIA-aanvraag (Wet WIA art. 65). Er is geen loon bij ziekte, geen loonsanctie en geen "
            "vrijwillige verlenging (behalve na een werkgever die eigenrisicodrager was, Wet WIA art. 26 lid 2): uw "
            "Ziektewet-uitkering stopt na {ziektewet_max_weken} weken (Ziektewet art. 29 lid "
            "5). De uiterste datum voor de WIA-aanvraag is dezelfde (Wet WIA art. 64 lid 3). Meer op de pagina Ziek "
            "zonder werkgever."),
        BRONNEN["spoorwijzer_ziektewet_vangnet"],
    ),
)
