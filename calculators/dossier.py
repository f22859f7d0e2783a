"""The dossiercheck: was each step of the re-integration file taken, and on time?

Deadlines are the tijdlijn's own dates (`tijdlijn.bereken`: the same Geval, the same rule data), so
the two calculators always agree; `dossier_regels` says which milestone each step follows. Two steps
depend on what the reader entered:

* the plan van aanpak is due `pva_na_probleemanalyse_weken` weeks after the probleemanalyse when
  its date is given (Regeling procesgang art. 4 lid 1: two weeks after the bedrijfsarts' oordeel), and
  at the milestone's day otherwise;
* the ziekmelding bij UWV is due on the first day after 42 weeks (ZW art. 38 lid 1), but UWV accepts
  it on the first working day after that (UWV, '42e-weeksmelding'), and UWV is who fines a late one:
  so a day off moves this deadline to the next working day, and a Monday notice is not called late.
  The law does not move it (the Algemene termijnenwet leaves terms of more than twelve weeks alone,
  art. 4 sub a): the result says so, with UWV's page as the source.

Status of a step, with `grens` the day from which an undone step counts as missing:
`op_tijd` (done on or before `uiterlijk`), `te_laat` (done after it), `ontbreekt` (not done and
`uiterlijk` < `grens`), `nog_niet` (not done and `uiterlijk` >= `grens`). `grens` is the peildatum,
or the day after the last sick day when the employee was already better on the peildatum: the
obligations exist while the employee is sick (BW 7:658a lid 1, WIA art. 25), so a step whose
deadline falls after the recovery is not missing. Moving a date later never improves a status:
for a done step op_tijd -> te_laat, for an undone step nog_niet -> ontbreekt (tested).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from . import agenda, dossier_regels, niet_meegerekend, regels, termijnenwet, tijdlijn
from .bronnen import BRONNEN, Bron
from .datums import nl_datum
from .dossier_regels import STAPPEN, DossierStap
from .invoer import hoofdletter
from .regels import getal, vul_in

DAG = timedelta(days=1)


@dataclass(frozen=True)
class Invoer:
    """Validated input (parsing and Dutch messages: `calculators.api`): the sick days exactly as the
    tijdlijn takes them, the date each step was done (None: not done) and the conversations."""

    ziek: tijdlijn.Invoer
    gedaan: dict[str, date | None]
    evaluaties: tuple[date, ...] = ()

    @property
    def peildatum(self) -> date:
        return self.ziek.peildatum


@dataclass(frozen=True)
class Stap:
    regel: DossierStap
    uiterlijk: date
    gedaan: date | None
    status: str
    #: The rule's source, or with a voluntary extension the one the tijdlijn cites for that deadline
    #: (`regels.BRON_BIJ_VERLENGING`: WIA art. 64 lid 3 alone does not move the application date then).
    bron: Bron

    @property
    def dagen_te_laat(self) -> int:
        return (self.gedaan - self.uiterlijk).days if self.status == "te_laat" else 0


@dataclass(frozen=True)
class Gat:
    """A stretch of more than `evaluatie_elke_weken` weeks without a conversation about the plan."""

    van: date
    tot: date

    @property
    def dagen(self) -> int:
        return (self.tot - self.van).days


@dataclass(frozen=True)
class Uitkomst:
    stappen: tuple[Stap, ...]
    gaten: tuple[Gat, ...]
    grens: date
    hersteld: date | None
    lopend_gat: bool
    volgend_gesprek: date | None
    meldingen: tuple[str, ...]
    #: Where the reader stands: the week of sickness on the peildatum (counted as the tijdlijn counts) and the
    #: end of the waiting period, later after a late application (`einde_wachttijd`).
    week: int
    einde_wachttijd: date
    zonder_aanvraag: bool  # the end holds if UWV gets the application on the peildatum

    @property
    def voorbij(self) -> bool:
        """A missing step can no longer be done: the employee is better, or the waiting period is over."""
        return self.hersteld is not None or self.grens > self.einde_wachttijd


def status(uiterlijk: date, gedaan: date | None, grens: date) -> str:
    if gedaan is not None:
        return "op_tijd" if gedaan <= uiterlijk else "te_laat"
    return "ontbreekt" if uiterlijk < grens else "nog_niet"


def uiterlijke_data(invoer: Invoer, tl: tijdlijn.Uitkomst) -> dict[str, date]:
    """The deadline of every step, from the tijdlijn's milestone dates (see the module docstring)."""
    datums = {s.id: tl.datums[s.termijn_van] for s in STAPPEN}
    datums["ziekmelding_uwv"] = ziekmelding_werkdag(datums["ziekmelding_uwv"])
    probleemanalyse = invoer.gedaan.get("probleemanalyse")
    if probleemanalyse is not None:
        datums["plan_van_aanpak"] = probleemanalyse + timedelta(weeks=getal("pva_na_probleemanalyse_weken"))
    if late_brief_geeft_uitstel(invoer, tl):
        datums["wia_aanvraag"] = max(datums["wia_aanvraag"], tl.datums["wia_aanvraag_na_late_brief"])
    eje = invoer.gedaan.get("eerstejaarsevaluatie")
    if eje is not None:
        # UWV's practice counts from the eerstejaarsevaluatie itself; an earlier one brings spoor 2 forward.
        datums["spoor2_gestart"] = min(datums["spoor2_gestart"], eje + timedelta(weeks=getal("spoor2_na_eje_weken")))
    return datums


def geen_brief_geldt(invoer: Invoer, tl: tijdlijn.Uitkomst) -> bool:
    """WIA art. 64 lid 6: no letter of lid 2 came, so any application counts as on time, unless the employer reported
    the sickness to UWV only on or after the day of 81 weeks (second sentence). An unknown report date does not take
    it away (as with a late letter, `late_brief_geeft_uitstel`)."""
    if not invoer.ziek.wia_brief_geen:
        return False
    melding = invoer.gedaan.get("ziekmelding_uwv")
    return melding is None or melding < late_brief_grens(tl)


def ziekmelding_werkdag(wet: date) -> date:
    """The last day UWV takes the 42e-weeksmelding: the legal day (ZW art. 38 lid 1), or the next working day when
    that is a Saturday, Sunday or feestdag (UWV: 'uiterlijk de eerste werkdag na de 42e ziekteweek'). The calendar is
    the Algemene termijnenwet's (art. 3), the one the site uses for every day off."""
    return termijnenwet.einde_termijn(wet)


def einde_wachttijd(invoer: Invoer, tl: tijdlijn.Uitkomst) -> tuple[date, bool]:
    """The end of the waiting period with the application date the reader gave, from the tijdlijn itself: a late
    application moves it by the days late (BW 7:629 lid 11 sub a); without an application after the last day, the
    end if UWV gets it on the peildatum (True). A late letter gives extra time only as `late_brief_geeft_uitstel`."""
    brief = invoer.ziek.wia_brief_ontvangen if late_brief_geeft_uitstel(invoer, tl) else None
    met = tijdlijn.bereken(replace(invoer.ziek, wia_aanvraag_datum=invoer.gedaan.get("wia_aanvraag"),
                                   wia_brief_ontvangen=brief, wia_brief_geen=geen_brief_geldt(invoer, tl)))
    if alsnog := met.bij_aanvraag_op_peildatum:
        return alsnog["einde_wachttijd"], True
    return met.datums["einde_wachttijd"], False


def huidige_week(geval, peildatum: date) -> int:
    """The week of sickness on the peildatum, from the counted days as the tijdlijn counts them (gaps and leave
    left out): week n is counted days 7(n-1) to 7n-1; 0 before the first sick day."""
    dagen = geval.getelde_dagen_tot_en_met(peildatum)
    return (dagen - 1) // 7 + 1 if dagen else 0


def late_brief_grens(tl: tijdlijn.Uitkomst) -> date:
    """The day on which the waiting period has lasted 81 weeks: a 42-week report on or after it takes away
    the extra time after a late UWV letter (WIA art. 64 lid 6, second sentence)."""
    return tl.geval.datum_van_dag(7 * getal("late_brief_melding_voor_weken") - 1)


def late_brief_geeft_uitstel(invoer: Invoer, tl: tijdlijn.Uitkomst) -> bool:
    """WIA art. 64 lid 6: after a letter that came later than the law allows, an application within four
    weeks of receiving it counts as on time, unless the employer reported the sickness to UWV only on or
    after the day of 81 weeks. An unknown report date does not take the extra time away."""
    if "wia_aanvraag_na_late_brief" not in tl.datums:
        return False
    melding = invoer.gedaan.get("ziekmelding_uwv")
    return melding is None or melding < late_brief_grens(tl)


def gesprekken(invoer: Invoer) -> tuple[date, ...]:
    """The conversations about the plan van aanpak: those entered, and the eerstejaarsevaluatie and eindevaluatie,
    which evaluate the plan too (WIA art. 25 lid 2: "Het plan van aanpak wordt periodiek geëvalueerd")."""
    evaluaties = (invoer.gedaan.get("eerstejaarsevaluatie"), invoer.gedaan.get("eindevaluatie"))
    return tuple(invoer.evaluaties) + tuple(d for d in evaluaties if d is not None)


def evaluatie_gaten(plan: date | None, evaluaties: tuple[date, ...], einde: date) -> tuple[Gat, ...]:
    """Every stretch of more than `evaluatie_elke_weken` weeks between the plan, the conversations after
    it and `einde`; none without a plan (then the plan itself is what is missing)."""
    if plan is None or einde < plan:
        return ()
    punten = sorted({plan, einde} | {e for e in evaluaties if plan <= e <= einde})
    grens = 7 * getal("evaluatie_elke_weken")
    return tuple(Gat(a, b) for a, b in zip(punten, punten[1:]) if (b - a).days > grens)


def bereken(invoer: Invoer, tl: tijdlijn.Uitkomst) -> Uitkomst:
    uiterlijk = uiterlijke_data(invoer, tl)
    hersteld = tijdlijn.hersteld_sinds(tl.geval, invoer.peildatum)
    grens = hersteld or invoer.peildatum
    stappen = []
    for s in STAPPEN:
        gedaan = invoer.gedaan.get(s.id)
        bron = regels.BRON_BIJ_VERLENGING.get(s.termijn_van, s.bron) if invoer.ziek.verlenging_weken else s.bron
        if uiterlijk[s.id] != tl.datums[s.termijn_van] and s.id == "ziekmelding_uwv":
            bron = BRONNEN["uwv_42e_week_werkdag"]
        stand = status(uiterlijk[s.id], gedaan, grens)
        if s.id == "wia_aanvraag" and gedaan is not None and geen_brief_geldt(invoer, tl):
            stand = "op_tijd"  # WIA art. 64 lid 6: without the letter the application counts as on time
        stappen.append(Stap(s, uiterlijk[s.id], gedaan, stand, bron))

    plan, verslag = invoer.gedaan.get("plan_van_aanpak"), invoer.gedaan.get("reintegratieverslag")
    einde0 = tl.datums["einde_wachttijd"]  # end0: no sanction or late days in this input
    einde = min(d for d in (invoer.peildatum, verslag, hersteld and hersteld - DAG, einde0) if d)
    gaten = evaluatie_gaten(plan, gesprekken(invoer), einde)
    loopt = plan is not None and einde == invoer.peildatum and verslag is None
    lopend_gat = bool(loopt and gaten and gaten[-1].tot == einde)
    volgend = None
    if loopt:
        laatste = max(d for d in (plan, *gesprekken(invoer)) if d <= einde)
        volgend = laatste + timedelta(weeks=getal("evaluatie_elke_weken"))
        if volgend < invoer.peildatum or volgend > einde0:
            volgend = None
    eind, zonder_aanvraag = einde_wachttijd(invoer, tl)
    return Uitkomst(tuple(stappen), gaten, grens, hersteld, lopend_gat, volgend,
                    tuple(_meldingen(invoer, tl, uiterlijk, hersteld)),
                    huidige_week(tl.geval, invoer.peildatum), eind, zonder_aanvraag)


def _meldingen(invoer: Invoer, tl: tijdlijn.Uitkomst, uiterlijk: dict[str, date],
               hersteld: date | None) -> list[str]:
    """What moved the dates, in plain Dutch and about "de werknemer": the tijdlijn's own notes speak to
    the employee ("u"), while an employer or a coach reads this check as well."""
    geval, weken = tl.geval, getal("samentellen_onder_weken")
    meldingen = []
    for o in geval.eerder_gestopt:
        meldingen.append(
            f"Tussen {nl_datum(o.na)} en {nl_datum(o.tot)} was de werknemer {o.telt_als_onderbreking} dagen niet "
            f"ziek. Dat is {weken} weken of meer. Daarom begon op {nl_datum(geval.start)} een nieuwe wachttijd. "
            "Stappen van daarvoor tellen niet mee."
        )
    if onderbroken := tijdlijn.herstel_dagen(geval):
        meldingen.append(
            f"De werknemer was tussendoor {onderbroken} dagen beter, telkens korter dan {weken} weken. Die "
            "ziekteperiodes tellen samen. De dagen dat de werknemer beter was tellen niet mee: latere termijnen "
            "schuiven zoveel dagen op."
        )
    if verlofdagen := tijdlijn.verlofdagen_in_geval(invoer.ziek, geval):
        meldingen.append(
            f"{verlofdagen} dagen zwangerschaps- of bevallingsverlof tellen niet mee voor de wachttijd. Latere "
            "termijnen schuiven zoveel dagen op."
        )
    if verlenging := tijdlijn.melding_verlenging(invoer.ziek.verlenging_weken):
        # WIA art. 64 lid 3 moves the application date only under art. 24 lid 3: the check counts with the date of
        # UWV's decision, and says which date holds until that decision is there (as the tijdlijn does).
        meldingen.append(verlenging)
        meldingen.append(vul_in(regels.VERLENGING_TOT_BESLUIT,
                                wettelijk=nl_datum(tijdlijn.wettelijke_aanvraagdatum(geval))))
    if (werkdag := uiterlijk["ziekmelding_uwv"]) != (wet := tl.datums["ziekmelding_uwv"]):
        meldingen.append(dossier_regels.ZIEKMELDING_WERKDAG.format(wet=nl_datum(wet, True), werkdag=nl_datum(werkdag, True)))
    if "wia_aanvraag_na_late_brief" in tl.datums:
        if late_brief_geeft_uitstel(invoer, tl):
            meldingen.append(
                f"De brief van UWV over de WIA-aanvraag kwam te laat. Een aanvraag die uiterlijk op "
                f"{nl_datum(uiterlijk['wia_aanvraag'])} bij UWV is, geldt als op tijd. Dat geldt niet als de werkgever "
                f"de werknemer pas op of na {nl_datum(late_brief_grens(tl))} ziek meldde bij UWV."
            )
        else:
            meldingen.append(
                f"De brief van UWV over de WIA-aanvraag kwam te laat, maar de werkgever meldde de werknemer pas op of "
                f"na {nl_datum(late_brief_grens(tl))} ziek bij UWV. Daarom geeft de late brief geen extra tijd: de "
                "gewone uiterste datum blijft gelden."
            )
    if invoer.ziek.wia_brief_geen and tl.datums["wia_brief_uiterlijk"] < invoer.peildatum:
        grens = nl_datum(late_brief_grens(tl))
        if geen_brief_geldt(invoer, tl):
            meldingen.append(
                "De werknemer kreeg geen brief van UWV over de WIA-aanvraag. Heeft UWV die brief niet gestuurd, dan geldt "
                "de aanvraag als op tijd, ook na de gewone uiterste datum (WIA art. 64 lid 6). Dat geldt niet als de "
                f"werkgever de werknemer pas op of na {grens} ziek meldde bij UWV. Stuurde UWV de brief wel, maar kwam "
                "hij niet aan? Daar zegt de wet niets over: vraag UWV hoe het de aanvraag ziet (stand op 6 december 2026)."
            )
        else:
            meldingen.append(
                "De werknemer kreeg geen brief van UWV over de WIA-aanvraag, maar de werkgever meldde de werknemer pas op "
                f"of na {grens} ziek bij UWV. Daarom geldt een late aanvraag niet als op tijd (WIA art. 64 lid 6): de "
                "gewone uiterste datum blijft gelden."
            )
    if hersteld is not None:
        if tijdlijn.wachttijd_gestopt(hersteld, invoer.peildatum):
            meldingen.append(
                f"De werknemer is sinds {nl_datum(hersteld)} beter. Dat is {weken} weken of langer: deze wachttijd "
                "is gestopt. Stappen die pas daarna moesten, zijn niet meer nodig. Wordt de werknemer opnieuw ziek, "
                "dan begint een nieuwe wachttijd."
            )
        else:
            meldingen.append(
                f"De werknemer is sinds {nl_datum(hersteld)} beter. Stappen die pas daarna moesten, ontbreken nu "
                f"niet. Wordt de werknemer binnen {weken} weken weer ziek, dan telt de ziekte door en zijn ze alsnog "
                "nodig."
            )
    return meldingen


def _dagen(n: int) -> str:
    return "1 dag" if n == 1 else f"{n} dagen"


@dataclass(frozen=True)
class Probleem:
    """A step missing or late, or a gap between conversations, with what it can cost and its part of "Wat nu?"
    (`dossier_regels.GROEPEN`): `nu` can still be done today, `herstellen` came late, `voorbij` can no longer be done."""

    soort: str  # "ontbreekt", "te_laat" or "gat"
    ding: Stap | Gat
    kosten: dossier_regels.Kosten
    groep: str

    @property
    def over(self) -> str:
        return self.ding.regel.id if isinstance(self.ding, Stap) else "evaluatie_gaten"

    @property
    def datum(self) -> date:
        """When it was due: a step's deadline, or the day a conversation was due in a gap."""
        if isinstance(self.ding, Stap):
            return self.ding.uiterlijk
        return self.ding.van + timedelta(weeks=getal("evaluatie_elke_weken"))


def _groep(uitkomst: Uitkomst, soort: str, ding: Stap | Gat) -> str:
    """A late step can still be explained in the file; a missing step can be done now unless the waiting period is
    over or the employee is better; a gap between conversations only while it still runs today."""
    if soort == "te_laat":
        return "herstellen"
    if soort == "gat":
        return "nu" if uitkomst.lopend_gat and ding is uitkomst.gaten[-1] else "voorbij"
    return "voorbij" if uitkomst.voorbij else "nu"


def _volgorde(p: Probleem, bestand: dict[str, int]) -> tuple:
    """The order of "Wat nu?": the parts in the order of `GROEPEN`. What can be done today first: the step whose cost
    grows every day (the WIA application: every day late is a day later benefit, BW 7:629 lid 11 sub a), then the
    most recently due: it is the nearest to what UWV judges next, at the application, and steps the later ones
    wait on share its day (the file's order on one day). What is past comes by its date."""
    deel = list(dossier_regels.GROEPEN).index(p.groep)
    if p.groep == "nu":
        return deel, not p.kosten.loopt_op, -p.datum.toordinal(), bestand.get(p.over, -1)
    return deel, False, p.datum.toordinal(), bestand.get(p.over, -1)


def problemen(uitkomst: Uitkomst) -> list[Probleem]:
    """Every problem in the order of "Wat nu?" (`_volgorde`)."""
    gevonden = [(s.status, s, dossier_regels.KOSTEN_VAN[s.regel.id])
                for s in uitkomst.stappen if s.status in ("ontbreekt", "te_laat")]
    gevonden += [("gat", g, dossier_regels.KOSTEN_VAN["evaluatie_gaten"]) for g in uitkomst.gaten]
    lijst = [Probleem(soort, ding, dossier_regels.KOSTEN[kosten], _groep(uitkomst, soort, ding))
             for soort, ding, kosten in gevonden]
    bestand = {s.id: i for i, s in enumerate(STAPPEN)}
    return sorted(lijst, key=lambda p: _volgorde(p, bestand))


def volgende_stappen(uitkomst: Uitkomst) -> list[Stap]:
    """The next step ahead (all steps due on that day), while the employee is sick: the to-do list goes on with it."""
    nog_niet = [s for s in uitkomst.stappen if s.status == "nog_niet" and s.uiterlijk >= uitkomst.grens]
    if not nog_niet or uitkomst.hersteld is not None:
        return []
    eerste = min(s.uiterlijk for s in nog_niet)
    return [s for s in nog_niet if s.uiterlijk == eerste]


def _belangrijkste(uitkomst: Uitkomst) -> tuple[str, Stap | Gat | None]:
    """What matters most now: the first problem (`problemen`); without problems the next step ahead
    (unless the employee is better: then nothing is ahead); else nothing."""
    if gevonden := problemen(uitkomst):
        return gevonden[0].soort, gevonden[0].ding
    nog_niet = [s for s in uitkomst.stappen if s.status == "nog_niet"]
    if nog_niet and uitkomst.hersteld is None:
        return "nog_niet", min(nog_niet, key=lambda s: s.uiterlijk)
    return "op_tijd", None


def _verder(uitkomst: Uitkomst, hoofdzaak: Stap | Gat | None) -> str:
    """One sentence on the other problems besides the main one, or ''."""
    ontbreekt = sum(1 for s in uitkomst.stappen if s.status == "ontbreekt" and s is not hoofdzaak)
    te_laat = sum(1 for s in uitkomst.stappen if s.status == "te_laat" and s is not hoofdzaak)
    gaten = sum(1 for g in uitkomst.gaten if g is not hoofdzaak)
    delen = []
    if ontbreekt:
        delen.append("nog 1 stap ontbreekt" if ontbreekt == 1 else f"nog {ontbreekt} stappen ontbreken")
    if te_laat:
        delen.append("1 stap kwam te laat" if te_laat == 1 else f"{te_laat} stappen kwamen te laat")
    if gaten:
        delen.append(f"eerder was er nog {gaten} keer te lang geen gesprek" if isinstance(hoofdzaak, Gat)
                     else f"{gaten} keer was er te lang geen gesprek over het plan van aanpak")
    if not delen:
        return ""
    lijst = delen[0] if len(delen) == 1 else ", ".join(delen[:-1]) + " en " + delen[-1]
    return f" Verder: {lijst}."


def _probleem_tekst(uitkomst: Uitkomst, soort: str, ding: Stap | Gat | None) -> tuple[str, str, dict, list[Bron]]:
    """Headline, text, "Wat nu?" per role and sources for one problem, for the next step, or for a file
    in order."""
    bronnen: list[Bron] = []
    if isinstance(ding, Stap):
        regel, naam = ding.regel, hoofdletter(ding.regel.naam)
        moest = f"{naam} moest er uiterlijk op {nl_datum(ding.uiterlijk, True)} zijn"
        bronnen += [ding.bron, *regel.gevolg_bronnen]
        if regel.praktijk and soort in ("ontbreekt", "te_laat", "nog_niet"):
            return _praktijk_tekst(uitkomst, soort, ding, bronnen)
        if soort == "ontbreekt":
            kop = f"{naam} ontbreekt."
            tekst = f"{moest}. {regel.tekst('gevolg')}"
            wat_nu = regel.ontbreekt.ingevuld(regel.week)
            bronnen += regel.ontbreekt.bronnen
        elif soort == "te_laat":
            kop = f"{naam} kwam {_dagen(ding.dagen_te_laat)} te laat."
            tekst = f"{moest} en kwam op {nl_datum(ding.gedaan, True)}. {regel.tekst('gevolg')}"
            wat_nu, te_laat_bronnen = regel.wat_nu_te_laat()
            bronnen += te_laat_bronnen
        else:
            al_gezet = any(s.status == "op_tijd" for s in uitkomst.stappen)
            stand = ("Het dossier is tot nu toe op orde." if al_gezet
                     else "Er hoefde nog geen stap gezet te worden.")
            kop = f"{stand} De volgende stap is {regel.naam}, uiterlijk op {nl_datum(ding.uiterlijk, True)}."
            tekst = f"{regel.tekst('uitleg')}"
            wat_nu = regel.wat_nu_nog_niet()
            if regel.nog_niet is not None:
                bronnen += regel.nog_niet.bronnen
    elif isinstance(ding, Gat):
        if uitkomst.lopend_gat and ding is uitkomst.gaten[-1]:
            kop = f"Er is al {_dagen(ding.dagen)} geen gesprek geweest over het plan van aanpak."
        else:
            kop = (f"Tussen {nl_datum(ding.van)} en {nl_datum(ding.tot)} was er {_dagen(ding.dagen)} geen gesprek "
                   "over het plan van aanpak.")
        tekst = vul_in(dossier_regels.GAT_GEVOLG)
        wat_nu = dossier_regels.GAT.ingevuld()
        bronnen += [*dossier_regels.GAT_GEVOLG_BRONNEN, *dossier_regels.GAT.bronnen]
    elif uitkomst.hersteld is not None:
        kop = "Alle stappen die moesten zolang de werknemer ziek was, zijn op tijd gezet."
        tekst = "De werknemer is beter. Stappen met een latere termijn zijn nu niet nodig."
        wat_nu = dossier_regels.ALLES_OP_TIJD.ingevuld()
        bronnen += dossier_regels.ALLES_OP_TIJD.bronnen
    else:
        kop = "Alle stappen van het dossier zijn op tijd gezet."
        tekst = "Elke stap is gezet, op of voor de uiterste datum."
        wat_nu = dossier_regels.ALLES_OP_TIJD.ingevuld()
        bronnen += dossier_regels.ALLES_OP_TIJD.bronnen
    return kop, tekst, wat_nu, bronnen


def _praktijk_tekst(uitkomst: Uitkomst, soort: str, ding: Stap, bronnen: list[Bron]) -> tuple[str, str, dict, list[Bron]]:
    """`_probleem_tekst` for a step whose date is UWV's practice (spoor 2): the date is named as what UWV expects, never
    as a legal deadline (`dossier_regels.PRAKTIJK`; BW 7:658a lid 1 and 2)."""
    regel, teksten = ding.regel, dossier_regels.PRAKTIJK
    uiterlijk = nl_datum(ding.uiterlijk, True)
    tekst = vul_in(teksten["tekst"], uiterlijk=uiterlijk)
    bronnen += [BRONNEN["bw_658a_1"]]
    if soort == "ontbreekt":
        kop = teksten["kop_ontbreekt"].format(uiterlijk=uiterlijk)
        wat_nu = regel.ontbreekt.ingevuld(regel.week)
        bronnen += regel.ontbreekt.bronnen
    elif soort == "te_laat":
        kop = teksten["kop_te_laat"].format(dagen=_dagen(ding.dagen_te_laat))
        tekst += teksten["gestart"].format(gedaan=nl_datum(ding.gedaan, True))
        wat_nu, te_laat_bronnen = regel.wat_nu_te_laat()
        bronnen += te_laat_bronnen
    else:
        kop = teksten["kop_nog_niet"].format(uiterlijk=uiterlijk)
        wat_nu = regel.wat_nu_nog_niet()
        if regel.nog_niet is not None:
            bronnen += regel.nog_niet.bronnen
    return kop, f"{tekst} {regel.tekst('gevolg')}", wat_nu, bronnen


def _samenvatting(uitkomst: Uitkomst) -> tuple[str, dict]:
    """The headline (`kop`) and what matters most now, with what each role can do and the sources."""
    soort, ding = _belangrijkste(uitkomst)
    kop, tekst, wat_nu, bronnen = _probleem_tekst(uitkomst, soort, ding)
    if soort != "nog_niet":
        kop += _verder(uitkomst, ding)
    return kop, {
        "over": ding.regel.id if isinstance(ding, Stap) else ("evaluatie_gaten" if ding else None),
        "status": soort,
        "tekst": tekst,
        "wat_nu": wat_nu,
        "bronnen": _bron_lijst(bronnen),
    }


def _problemen_json(uitkomst: Uitkomst) -> list[dict]:
    """"Wat nu?" for every problem, in the order of `problemen`."""
    lijst = []
    for p in problemen(uitkomst):
        kop, tekst, wat_nu, bronnen = _probleem_tekst(uitkomst, p.soort, p.ding)
        lijst.append({
            "over": p.over,
            "status": p.soort,
            "groep": p.groep,
            "datum": p.datum.isoformat(),
            "kosten": p.kosten.id,
            "kosten_tekst": p.kosten.ingevuld(),
            "kop": kop,
            "tekst": tekst,
            "wat_nu": wat_nu,
            "bronnen": _bron_lijst([*p.kosten.bronnen, *bronnen]),
        })
    return lijst


def _te_doen_item(uitkomst: Uitkomst, p: Probleem) -> dict:
    """One problem as a dated item of "Wat nu?": when (today for what is overdue), what each role does, and what it
    can cost. What is past gets the same advice for every step: explain it in the file."""
    kop, tekst, wat_nu, bronnen = _probleem_tekst(uitkomst, p.soort, p.ding)
    datum = nl_datum(p.datum, True)
    praktijk = isinstance(p.ding, Stap) and p.ding.regel.praktijk
    vandaag = dossier_regels.PRAKTIJK["vandaag"] if praktijk else dossier_regels.VANDAAG
    moest = dossier_regels.PRAKTIJK["moest"] if praktijk else dossier_regels.MOEST
    if p.groep == "nu":
        wanneer, op = vandaag.format(uiterlijk=datum), uitkomst.grens
    else:
        wanneer, op = moest.format(uiterlijk=datum), p.datum
    if p.groep == "voorbij":
        if p.soort == "ontbreekt":
            reden = dossier_regels.VOORBIJ_NA_HERSTEL if uitkomst.hersteld else dossier_regels.VOORBIJ_NA_WACHTTIJD
            tekst = f"{reden} {tekst}"
        wat_nu = dossier_regels.VOORBIJ.ingevuld()
        bronnen = [*bronnen, *dossier_regels.VOORBIJ.bronnen]
    titel = p.ding.regel.titel if isinstance(p.ding, Stap) else dossier_regels.GESPREK_TITEL
    return {"over": p.over, "status": p.soort, "groep": p.groep, "datum": op.isoformat(),
            "uiterlijk": p.datum.isoformat(), "wanneer": wanneer, "titel": titel, "kop": kop, "tekst": tekst,
            "gevolg": p.kosten.ingevuld(), "wat_nu": wat_nu, "bronnen": _bron_lijst([*p.kosten.bronnen, *bronnen])}


def _volgende_item(s: Stap) -> dict:
    """A step ahead as an item of "Wat nu?", on its own deadline, with what it can cost when missed."""
    kosten = dossier_regels.KOSTEN[dossier_regels.KOSTEN_VAN[s.regel.id]]
    bronnen = [s.bron, *kosten.bronnen, *(s.regel.nog_niet.bronnen if s.regel.nog_niet else ())]
    return {"over": s.regel.id, "status": "nog_niet", "groep": "nu", "datum": s.uiterlijk.isoformat(),
            "uiterlijk": s.uiterlijk.isoformat(), "wanneer": _wanneer(s),
            "titel": s.regel.titel, "kop": s.regel.titel, "tekst": s.regel.tekst("uitleg"),
            "gevolg": kosten.ingevuld(), "wat_nu": s.regel.wat_nu_nog_niet(), "bronnen": _bron_lijst(bronnen)}


def _wanneer(s: Stap) -> str:
    """When a step ahead is due, in the words of "Wat nu?" (for spoor 2 as UWV's practice, not a legal term)."""
    uiterlijk = dossier_regels.PRAKTIJK["uiterlijk"] if s.regel.praktijk else dossier_regels.UITERLIJK
    return uiterlijk.format(uiterlijk=nl_datum(s.uiterlijk, True))


def _te_doen(uitkomst: Uitkomst) -> list[dict]:
    """"Wat nu?" as a dated list: what can be done today (most urgent first) and then the next step ahead, what came
    late, what is past (`dossier_regels.GROEPEN`). The WIA application is always among what to do while it is not in
    and its day has not passed (`wia_aanvraag_komt`): only the employee can make it, and every day late costs."""
    items = [_te_doen_item(uitkomst, p) for p in problemen(uitkomst)]
    nu = sum(1 for i in items if i["groep"] == "nu")
    volgende = volgende_stappen(uitkomst)
    if (wia := wia_aanvraag_komt(uitkomst)) is not None and wia not in volgende:
        volgende.append(wia)
    return items[:nu] + [_volgende_item(s) for s in volgende] + items[nu:]


def wia_aanvraag_komt(uitkomst: Uitkomst) -> Stap | None:
    """The WIA application while it is not in and its last day (WIA art. 64 lid 3, or later after a late letter,
    lid 6) has not passed, and the employee is still sick; None otherwise."""
    stap = next(s for s in uitkomst.stappen if s.regel.id == "wia_aanvraag")
    if stap.status != "nog_niet" or uitkomst.hersteld is not None or stap.uiterlijk < uitkomst.grens:
        return None
    return stap


def _stand(uitkomst: Uitkomst, peildatum: date) -> dict:
    """Where the reader stands, above "Wat nu?" (texts: `dossier_regels.STAND`)."""
    gestopt = uitkomst.hersteld is not None and tijdlijn.wachttijd_gestopt(uitkomst.hersteld, peildatum)
    peil = nl_datum(peildatum)
    if gestopt:
        tekst = dossier_regels.STAND_GESTOPT.format(hersteld=nl_datum(uitkomst.hersteld))
    else:
        tekst = dossier_regels.STAND.format(peil=peil, week=uitkomst.week, einde=nl_datum(uitkomst.einde_wachttijd, True))
        if uitkomst.zonder_aanvraag:
            tekst += dossier_regels.STAND_NOG_GEEN_AANVRAAG.format(peil=peil)
    return {"week": uitkomst.week, "einde_wachttijd": None if gestopt else uitkomst.einde_wachttijd.isoformat(),
            "tekst": tekst}


def _bron_lijst(bronnen: list[Bron]) -> list[dict]:
    """Each source once, in the order first named."""
    return [{"label": b.label, "url": b.url} for b in dict.fromkeys(bronnen)]


def _stap_json(s: Stap) -> dict:
    r = s.regel
    return {
        "id": r.id,
        "titel": r.titel,
        "uiterlijk": s.uiterlijk.isoformat(),
        "gedaan": s.gedaan.isoformat() if s.gedaan else None,
        "status": s.status,
        "wie": r.wie,
        "uitleg": r.tekst("uitleg"),
        "gevolg": r.tekst("gevolg"),
        "bron": {"label": s.bron.label, "url": s.bron.url},
        **_praktijk_json(s),
    }


def _praktijk_json(s: Stap) -> dict:
    """For a step whose date is UWV's practice: how the checklist names its status, its date and a late start
    (`dossier_regels.PRAKTIJK`), so no status reads as a legal deadline missed; None for other steps (the page then
    uses its own words)."""
    json = {"status_tekst": None, "uiterlijk_naam": None, "gedaan_noot": None}
    if not s.regel.praktijk:
        return json
    teksten = dossier_regels.PRAKTIJK
    json["uiterlijk_naam"] = teksten["uiterlijk_naam"]
    if s.status in ("op_tijd", "ontbreekt", "te_laat"):
        json["status_tekst"] = teksten[f"status_{s.status}"]
    if s.status == "te_laat":
        json["gedaan_noot"] = teksten["gedaan_noot"].format(dagen=_dagen(s.dagen_te_laat))
    if s.status == "op_tijd":
        json["gedaan_noot"] = teksten["op_tijd_noot"]
    return json


def agenda_items(invoer: Invoer, uitkomst: Uitkomst, tl: tijdlijn.Uitkomst) -> list[dict]:
    """The steps still to come and the next conversation about the plan, by date, as the .ics holds them and the
    coach's overview lists them (`calculators.overzicht`). A case that stopped (better for four weeks or more) has
    nothing to come. `termijn` is the milestone's own wording (`{{ termijn.… }}`, in the week the tijdlijn gives this
    reader) when the step falls on its milestone's day; a deadline this check moved (the plan after a given
    probleemanalyse, the report on a working day, spoor 2 after an earlier eerstejaarsevaluatie, the application after
    a late letter) gets the dated wording of "Wat nu?", so no wording names a week the date does not fall in."""
    gestopt = uitkomst.hersteld is not None and tijdlijn.wachttijd_gestopt(uitkomst.hersteld, invoer.peildatum)
    items = []
    if not gestopt:
        for s in uitkomst.stappen:
            if s.status == "nog_niet" and s.uiterlijk >= invoer.peildatum:
                mid = s.regel.termijn_van
                termijn = (regels.MIJLPAAL[mid].tekst("termijn", tl.weken[mid]) if s.uiterlijk == tl.datums[mid]
                           else _wanneer(s))
                items.append({"id": s.regel.id, "datum": s.uiterlijk.isoformat(), "titel": s.regel.titel,
                              "uitleg": s.regel.tekst("uitleg"), "termijn": termijn, "wie": s.regel.wie,
                              "bron": s.bron.url, "bron_label": s.bron.label})
        if uitkomst.volgend_gesprek is not None:
            gat = dossier_regels.GAT_GEVOLG_BRONNEN[0]
            items.append({"id": "volgend_gesprek", "datum": uitkomst.volgend_gesprek.isoformat(),
                          "titel": dossier_regels.GESPREK_TITEL, "uitleg": vul_in(dossier_regels.GESPREK_UITLEG),
                          "termijn": vul_in(dossier_regels.GESPREK_TERMIJN), "wie": "werkgever en werknemer",
                          "bron": gat.url, "bron_label": gat.label})
    items.sort(key=lambda m: m["datum"])
    return items


def als_json(invoer: Invoer, tl: tijdlijn.Uitkomst) -> dict:
    """The result the page renders (see `calculators.api.run`)."""
    uitkomst = bereken(invoer, tl)
    kop, samenvatting = _samenvatting(uitkomst)
    stappen = [_stap_json(s) for s in uitkomst.stappen]
    items = agenda_items(invoer, uitkomst, tl)
    alle_bronnen = [b for s in uitkomst.stappen for b in (s.bron, *s.regel.gevolg_bronnen)]
    bronnen = _bron_lijst(alle_bronnen) + samenvatting["bronnen"]
    return {
        "ok": True,
        "peildatum": invoer.peildatum.isoformat(),
        "wachttijd_start": tl.geval.start.isoformat(),
        "kop": kop,
        "samenvatting": samenvatting,
        "problemen": _problemen_json(uitkomst),
        "stand": _stand(uitkomst, invoer.peildatum),
        "te_doen": _te_doen(uitkomst),
        "groepen": dossier_regels.GROEPEN,
        "niet_meegerekend": niet_meegerekend.als_json(dossier_regels.NIET_MEEGEREKEND),
        "stappen": stappen,
        "evaluatie_gaten": [{"van": g.van.isoformat(), "tot": g.tot.isoformat(), "dagen": g.dagen}
                            for g in uitkomst.gaten],
        "meldingen": list(uitkomst.meldingen),
        "bronnen": list({b["url"] + b["label"]: b for b in bronnen}.values()),
        "agenda": items,
        "ics": agenda.ics(items, tl.geval.start, invoer.peildatum, naam="Spoorwijzer: re-integratiedossier",
                          soort="dossier-"),
    }
