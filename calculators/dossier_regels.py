"""The steps of the re-integration file (re-integratiedossier) that the dossiercheck looks at, as data.

Deadlines are not typed here: each step names the milestone of `regels.MIJLPALEN` whose date it
shares (`termijn_van`), so the dossiercheck and the tijdlijn always give the same day. Texts may name
`{week}` (the week of that milestone) and any GETALLEN key, and are read through `tekst()`; a number
is never retyped.

Texts are neutral about who reads them ("de werknemer", "de werkgever"): an employee, an employer
and a coach use the same check. Only `wat_nu` speaks to one role, in the "u" form of that role.
`gevolg` names the real consequence and for whom, never as certain ("kan").

Wage consequences follow BW 7:629 exactly: breaking the written rules for reporting sick and for
control (bereikbaarheid, spreekuur) only lets the employer suspend payment (opschorten, lid 6);
the wage itself lapses only for refusing to cooperate with re-integration (lid 3 sub d: reasonable
instructions aimed at passende arbeid; sub e: the plan van aanpak) or for a late WIA application
without good reason (sub f). Lid 7: the employer must say so at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import gevolgen
from .bronnen import BRONNEN, Bron
from .niet_meegerekend import NietMeegerekend
from .regels import AFGELEIDE_MIJLPALEN, MIJLPAAL, vul_in

ROLLEN = ("werknemer", "werkgever")


@dataclass(frozen=True)
class Tekst:
    """What each role can do now, with the sources those sentences rest on."""

    werknemer: str
    werkgever: str
    bronnen: tuple[Bron, ...] = ()

    def ingevuld(self, week: int | None = None) -> dict[str, str]:
        extra = {} if week is None else {"week": week}
        return {rol: vul_in(getattr(self, rol), **extra) for rol in ROLLEN}


def _tekst(werknemer: str, werkgever: str, *bronnen: str) -> Tekst:
    return Tekst(werknemer, werkgever, tuple(BRONNEN[b] for b in bronnen))


@dataclass(frozen=True)
class DossierStap:
    """One step of the file: when it is due comes from the milestone `termijn_van`.

    `naam` is the step as it reads inside a sentence ("het plan van aanpak"). `ontbreekt` says what
    each role does when the step is missing; `nog_niet` when it is still ahead (None: the milestone's
    own "Wat nu?" texts). `gevolg_bronnen` back the sentences of `gevolg`.
    """

    id: str
    titel: str
    naam: str
    wie: str
    uitleg: str
    gevolg: str
    bron: Bron
    termijn_van: str
    ontbreekt: Tekst
    gevolg_bronnen: tuple[Bron, ...] = ()
    nog_niet: Tekst | None = None
    te_laat: Tekst | None = None
    #: The date is UWV's practice, not a term in the law (spoor 2: BW 7:658a lid 1 and 2 say "zo tijdig mogelijk"):
    #: every text about the date says so (`PRAKTIJK`), and nothing calls it a legal deadline missed.
    praktijk: bool = False

    def wat_nu_te_laat(self) -> tuple[dict[str, str], tuple[Bron, ...]]:
        """What each role does when the step came late, with its sources: the step's own text when
        the general one does not fit (the WIA application is the employee's step, not the file's)."""
        tekst = self.te_laat or TE_LAAT
        return tekst.ingevuld(self.week), tekst.bronnen

    @property
    def week(self) -> int:
        return MIJLPAAL[self.termijn_van].week

    def tekst(self, veld: str) -> str:
        return vul_in(getattr(self, veld), week=self.week)

    def wat_nu_nog_niet(self) -> dict[str, str]:
        if self.nog_niet is not None:
            return self.nog_niet.ingevuld(self.week)
        m = MIJLPAAL[self.termijn_van]
        return {rol: m.tekst(rol) for rol in ROLLEN}


def _stap(*, bron: str, gevolg_bronnen: tuple[str, ...] = (), **velden) -> DossierStap:
    return DossierStap(bron=BRONNEN[bron], gevolg_bronnen=tuple(BRONNEN[b] for b in gevolg_bronnen), **velden)


LOONSANCTIE = ("UWV kan de werkgever dan bij de WIA-aanvraag een loonsanctie geven: de werkgever betaalt "
               "tot {loonsanctie_max_weken} weken langer loon.")
LOONSANCTIE_OOK = ("Ook kan UWV de werkgever een loonsanctie geven: de werkgever betaalt dan tot "
                   "{loonsanctie_max_weken} weken langer loon.")
#: Lid 6: for the rules on reporting sick and control only suspension, and only for rules given in writing.
OPSCHORTEN = ("Houdt de werknemer zich zonder goede reden niet aan de schriftelijke regels van de werkgever voor "
              "ziekmelden en controle, zoals bereikbaar zijn of naar het spreekuur komen? Dan kan de werkgever de "
              "betaling van het loon uitstellen (opschorten) tot de werknemer zich er weer aan houdt. Stoppen mag dan "
              "niet. De werkgever moet het de werknemer meteen laten weten.")
#: Lid 3 sub e: refusing to cooperate with the plan van aanpak (drawing up, evaluating, adjusting).
LOONSTOP_PLAN = ("Weigert de werknemer zonder goede reden mee te werken aan het maken, bespreken of bijstellen van "
                 "het plan van aanpak? Dan kan de werknemer over die tijd zijn recht op loon verliezen (loonstop). "
                 "De werkgever moet het de werknemer meteen laten weten.")
#: Lid 3 sub d: refusing reasonable instructions or measures aimed at passende arbeid.
LOONSTOP_REINTEGRATIE = ("Weigert de werknemer zonder goede reden mee te werken aan redelijke afspraken of "
                         "maatregelen die hem weer aan passend werk moeten helpen? Dan kan de werknemer over die tijd "
                         "zijn recht op loon verliezen (loonstop). De werkgever moet het de werknemer meteen laten "
                         "weten.")

STAPPEN: tuple[DossierStap, ...] = (
    _stap(
        id="probleemanalyse",
        titel="Probleemanalyse van de bedrijfsarts",
        naam="de probleemanalyse",
        wie="bedrijfsarts (de werkgever vraagt erom)",
        uitleg="Dreigt de werknemer lang ziek te blijven? Dan vraagt de werkgever de bedrijfsarts om een oordeel, "
        "uiterlijk aan het eind van week {week}: wat kan de werknemer nog, wat niet, en wat is nodig om weer te "
        "werken. Bleek pas later dat het verzuim lang kon duren? Dan hoort de analyse er meteen te komen.",
        gevolg="Ontbreekt de probleemanalyse, of kwam die zonder goede reden te laat? " + LOONSANCTIE
        + " " + OPSCHORTEN,
        bron="procesgang_2",
        gevolg_bronnen=("wia_25_9", "bw_629_6", "bw_629_7"),
        termijn_van="probleemanalyse",
        ontbreekt=_tekst(
            "Vraag uw werkgever per mail of brief om een afspraak met de bedrijfsarts voor de probleemanalyse. "
            "Vraag ook om een kopie. Bewaar uw mail of brief.",
            "Vraag de bedrijfsarts vandaag om de probleemanalyse. Schrijf in het dossier wanneer u erom vroeg en "
            "waarom het later is. Het plan van aanpak volgt binnen {pva_na_probleemanalyse_weken} weken.",
            "procesgang_2", "procesgang_4_1", "procesgang_5",
        ),
    ),
    _stap(
        id="plan_van_aanpak",
        titel="Plan van aanpak",
        naam="het plan van aanpak",
        wie="werkgever en werknemer",
        uitleg="Werkgever en werknemer maken samen een plan voor de terugkeer naar werk, uiterlijk "
        "{pva_na_probleemanalyse_weken} weken na de probleemanalyse. Is de datum van de probleemanalyse "
        "bekend, dan telt deze check vanaf die datum; anders vanaf het eind van week {week}. De visie van "
        "allebei staat in het plan. Ze bespreken het minstens elke {evaluatie_elke_weken} weken.",
        gevolg="Ontbreekt het plan, of kwam het zonder goede reden te laat? " + LOONSANCTIE + " " + LOONSTOP_PLAN,
        bron="procesgang_4_1",
        gevolg_bronnen=("wia_25_9", "bw_629_3_e", "bw_629_7"),
        termijn_van="plan_van_aanpak",
        ontbreekt=_tekst(
            "Vraag uw werkgever per mail of brief om het plan van aanpak, samen met u. Zet uw eigen visie erin. "
            "Bent u het niet eens over wat u kunt of wat nodig is? Vraag dan een deskundigenoordeel aan bij UWV.",
            "Maak het plan van aanpak nu samen met de werknemer, met de visie van u allebei. Schrijf erbij "
            "waarom het later is. Zo staat het in het dossier voordat u het re-integratieverslag maakt.",
            "procesgang_4_1", "uwv_deskundigenoordeel", "procesgang_5",
        ),
    ),
    _stap(
        id="ziekmelding_uwv",
        titel="Ziekmelding bij UWV (42e-weeksmelding)",
        naam="de ziekmelding bij UWV",
        wie="werkgever",
        uitleg="De werkgever meldt bij UWV dat de werknemer {ziekmelding_na_weken} weken ziek is. De wet zegt: "
        "uiterlijk op de eerste dag na {ziekmelding_na_weken} weken ziekte. Valt die dag in een weekend of op een "
        "feestdag? Dan neemt UWV de melding in de praktijk nog aan op de eerstvolgende werkdag. Deze check telt een "
        "melding op die werkdag daarom als op tijd.",
        gevolg="Te laat melden kan de werkgever een boete van UWV kosten: ten hoogste € {boete_42e_week_euro} "
        "(bedrag stand 2026). Meldt de werkgever pas op of na de dag dat de werknemer "
        "{late_brief_melding_voor_weken} weken ziek is? Dan krijgt de werknemer geen extra tijd voor de "
        "WIA-aanvraag als de brief van UWV te laat komt.",
        bron="zw_38",
        gevolg_bronnen=("zw_38_3", "wia_64_6"),
        termijn_van="ziekmelding_uwv",
        ontbreekt=_tekst(
            "Vraag uw werkgever of de ziekmelding bij UWV gedaan is, en op welke dag. Is dat niet gebeurd? "
            "Vraag dan per mail of brief of de werkgever het meteen doet.",
            "Meld de werknemer vandaag nog ziek bij UWV.",
            "zw_38", "uwv_42e_week",
        ),
    ),
    _stap(
        id="eerstejaarsevaluatie",
        titel="Eerstejaarsevaluatie",
        naam="de eerstejaarsevaluatie",
        wie="werkgever en werknemer",
        uitleg="Werkgever en werknemer kijken terug op het eerste jaar en leggen vast wat het doel is voor het "
        "tweede jaar. De visie van allebei hoort erin. Dit gesprek is meestal tussen week "
        "{eje_venster_vanaf_week} en het eind van week {week}.",
        gevolg="Ontbreekt de eerstejaarsevaluatie, of kwam die zonder goede reden te laat? " + LOONSANCTIE
        + " " + LOONSTOP_PLAN,
        bron="procesgang_4",
        gevolg_bronnen=("wia_25_9", "bw_629_3_e", "bw_629_7"),
        termijn_van="eerstejaarsevaluatie",
        ontbreekt=_tekst(
            "Vraag uw werkgever per mail of brief om de eerstejaarsevaluatie. Schrijf uw eigen visie op: wat "
            "lukte, wat niet, en wat u nodig heeft om weer te werken.",
            "Plan de eerstejaarsevaluatie nu en leg het doel voor het tweede jaar vast, met de visie van u allebei. "
            "Is terugkeer in uw eigen bedrijf niet reëel? Start dan ook spoor 2.",
            "procesgang_4", "uwv_spoor2",
        ),
    ),
    _stap(
        id="spoor2_gestart",
        titel="Spoor 2 gestart",
        naam="de start van spoor 2",
        wie="werkgever",
        uitleg="Staat vast dat de werknemer het eigen werk niet meer kan doen en is er bij de werkgever geen ander "
        "passend werk? Dan zoekt de werkgever zo tijdig mogelijk werk bij een andere werkgever (spoor 2; BW 7:658a lid 1 "
        "en 2). De wet noemt geen week. UWV schrijft: uiterlijk na een jaar. De check rekent met de grens van de "
        "Werkwijzer Poortwachter: {spoor2_na_eje_weken} weken na de eerstejaarsevaluatie, rond het eind van week "
        "{week}. Dat is praktijk, geen wettelijke termijn, en geen veilige: was eerder duidelijk dat terugkeer niet "
        "lukte, dan had spoor 2 eerder moeten beginnen. Was de eerstejaarsevaluatie eerder en vult u die datum in? Dan telt deze check "
        "{spoor2_na_eje_weken} weken vanaf die datum. Is terugkeer bij de eigen werkgever wel reëel? Dan is spoor 2 niet altijd nodig. Deze "
        "check kan dat niet zien en gaat ervan uit dat spoor 2 nodig is.",
        gevolg="Start spoor 2 niet, of niet zo tijdig als het kon, terwijl het nodig was? " + LOONSANCTIE + " "
        + LOONSTOP_REINTEGRATIE,
        bron="uwv_spoor2",
        gevolg_bronnen=("bw_658a", "wia_25_9", "bw_629_3_d", "bw_629_7"),
        termijn_van="spoor2_uiterlijk",
        praktijk=True,
        ontbreekt=_tekst(
            "Is er bij uw werkgever geen passend werk voor u? Vraag dan per mail of brief om de start van spoor 2. "
            "Vindt u dat uw werkgever te weinig doet? Vraag dan een deskundigenoordeel aan bij UWV.",
            "Staat vast dat er in uw bedrijf geen passend werk is? Start spoor 2 dan nu, vaak met een "
            "re-integratiebedrijf. Schrijf in het dossier waarom het niet eerder kon.",
            "bw_658a", "uwv_spoor2", "uwv_deskundigenoordeel",
        ),
    ),
    _stap(
        id="eindevaluatie",
        titel="Eindevaluatie",
        naam="de eindevaluatie",
        wie="werkgever en werknemer",
        uitleg="Werkgever en werknemer kijken samen terug op de hele re-integratie en schrijven op hoe het nu "
        "staat, met het actueel oordeel van de bedrijfsarts erbij. De eindevaluatie hoort in het "
        "re-integratieverslag en moet dus klaar zijn als dat verslag klaar moet zijn: uiterlijk "
        "{riv_weken_voor_einde} weken voor het einde van de wachttijd.",
        gevolg="Ontbreekt de eindevaluatie, dan is het re-integratieverslag niet compleet. UWV geeft de werkgever "
        "dan een termijn om het aan te vullen. " + LOONSANCTIE_OOK + " " + LOONSTOP_PLAN,
        bron="uwv_stappen",
        gevolg_bronnen=("wia_25_8", "wia_25_9", "bw_629_3_e", "bw_629_7"),
        termijn_van="reintegratieverslag",
        ontbreekt=_tekst(
            "Vraag uw werkgever per mail of brief om de eindevaluatie, samen met u. Schrijf uw eigen visie erbij. "
            "U heeft het re-integratieverslag nodig voor uw WIA-aanvraag.",
            "Maak de eindevaluatie nu samen met de werknemer, op basis van het actueel oordeel van de "
            "bedrijfsarts, en voeg die toe aan het re-integratieverslag.",
            "uwv_stappen", "wia_25_3",
        ),
        nog_niet=_tekst(
            "Bespreek met uw werkgever hoe de re-integratie is gegaan en hoe het nu staat. Uw eigen visie hoort "
            "in de eindevaluatie.",
            "Plan de eindevaluatie met de werknemer, nadat de bedrijfsarts een actueel oordeel gaf. Ze hoort in "
            "het re-integratieverslag.",
            "uwv_stappen",
        ),
    ),
    _stap(
        id="actueel_oordeel",
        titel="Actueel oordeel van de bedrijfsarts",
        naam="het actueel oordeel van de bedrijfsarts",
        wie="bedrijfsarts",
        uitleg="De bedrijfsarts schrijft op wat de werknemer nu kan en niet kan, en hoe de re-integratie ervoor "
        "staat. Dit oordeel hoort in het re-integratieverslag en moet er zijn voordat dat verslag klaar moet "
        "zijn: uiterlijk {riv_weken_voor_einde} weken voor het einde van de wachttijd.",
        gevolg="Ontbreekt het actueel oordeel, dan is het re-integratieverslag niet compleet. UWV geeft de "
        "werkgever dan een termijn om het aan te vullen. " + LOONSANCTIE_OOK,
        bron="wia_25_3",
        gevolg_bronnen=("wia_25_8", "wia_25_9"),
        termijn_van="reintegratieverslag",
        ontbreekt=_tekst(
            "Vraag uw werkgever per mail of brief om een actueel oordeel van de bedrijfsarts. Bent u het niet "
            "eens met het oordeel? Dan kunt u een second opinion van een andere bedrijfsarts vragen.",
            "Vraag de bedrijfsarts nu om een actueel oordeel en voeg het toe aan het re-integratieverslag.",
            "wia_25_3", "arbowet_second_opinion",
        ),
        nog_niet=_tekst(
            "Ga naar de bedrijfsarts als die u uitnodigt voor het actueel oordeel, en vertel wat u wel en niet "
            "kunt.",
            "Vraag de bedrijfsarts op tijd om een actueel oordeel, zodat de eindevaluatie en het "
            "re-integratieverslag daarop kunnen steunen.",
            "wia_25_3",
        ),
    ),
    _stap(
        id="reintegratieverslag",
        titel="Re-integratieverslag",
        naam="het re-integratieverslag",
        wie="werkgever (samen met de werknemer)",
        uitleg="De werkgever maakt het re-integratieverslag samen met de werknemer en geeft de werknemer een "
        "kopie, uiterlijk {riv_weken_voor_einde} weken voor het einde van de wachttijd. Het verslag bundelt het "
        "dossier, met de eindevaluatie en het actueel oordeel van de bedrijfsarts. De werknemer stuurt het mee "
        "met de WIA-aanvraag.",
        gevolg="Zonder compleet verslag geeft UWV de werkgever een termijn om het te sturen of aan te vullen. "
        + LOONSANCTIE_OOK + " Stuurt de werknemer het verslag zonder goede reden niet mee met de WIA-aanvraag? Dan "
        "kan UWV de WIA-uitkering helemaal of voor een deel weigeren.",
        bron="wia_25_3",
        gevolg_bronnen=("wia_25_8", "wia_25_9", "wia_65", "wia_88"),
        termijn_van="reintegratieverslag",
        ontbreekt=_tekst(
            "Vraag uw werkgever per mail of brief om het re-integratieverslag en een kopie. Is het er niet op "
            "tijd? Vraag de WIA dan toch op tijd aan. UWV vraagt de werkgever dan om het verslag.",
            "Maak het re-integratieverslag nu af, samen met de werknemer, en geef de werknemer een kopie. De "
            "werknemer heeft het nodig voor de WIA-aanvraag.",
            "wia_25_3", "wia_25_8", "wia_64_3",
        ),
    ),
    _stap(
        id="wia_aanvraag",
        titel="WIA-aanvraag",
        naam="de WIA-aanvraag",
        wie="werknemer",
        uitleg="De werknemer vraagt de WIA-uitkering aan bij UWV, met het re-integratieverslag. UWV moet de "
        "aanvraag uiterlijk {wia_aanvraag_weken_voor_einde} weken voor het einde van de wachttijd hebben. Alleen "
        "de werknemer kan aanvragen. Vul de dag in waarop UWV de aanvraag kreeg. Kwam de brief van UWV over de "
        "aanvraag na de uiterste datum? Vul dan ook in wanneer die binnenkwam: een aanvraag binnen "
        "{late_brief_aanvraag_weken} weken daarna geldt als op tijd.",
        gevolg="Kwam de aanvraag te laat, dan duurt de loondoorbetaling zoveel langer als de aanvraag te laat was; "
        "de wachttijd zelf blijft {wachttijd_weken} weken. De WIA-uitkering kan pas na de loondoorbetaling ingaan. Was de werknemer zonder goede reden te laat? "
        "Dan kan de werknemer over de tijd dat de aanvraag te laat was zijn recht op loon verliezen. De werkgever "
        "moet dat meteen laten weten. " + gevolgen.zin("wia_te_laat", "weigeren", "terugwerkend"),
        bron="wia_64_3",
        gevolg_bronnen=("bw_629_11_a", "wia_23", "wia_43", "bw_629_3_f", "bw_629_7", "wia_64_6"),
        termijn_van="wia_aanvraag_uiterlijk",
        ontbreekt=Tekst(
            AFGELEIDE_MIJLPALEN["wia_aanvraag_alsnog"].werknemer,
            AFGELEIDE_MIJLPALEN["wia_aanvraag_alsnog"].werkgever,
            (BRONNEN["bw_629_11_a"], BRONNEN["bw_629_3_f"]),
        ),
        te_laat=_tekst(
            "Uw aanvraag kwam na de uiterste datum. Had u een goede reden om te laat te zijn? Schrijf die op en "
            "bewaar bewijs: zonder goede reden kunt u over de tijd dat u te laat was uw recht op loon verliezen.",
            "De aanvraag kwam na de uiterste datum. Uw loondoorbetaling duurt daardoor zoveel langer als de "
            "aanvraag te laat was. Was de werknemer zonder goede reden te laat? Dan heeft de werknemer over die "
            "tijd geen recht op loon. Wilt u daarom loon inhouden? Laat het de werknemer dan meteen weten.",
            "bw_629_11_a", "bw_629_3_f", "bw_629_7",
        ),
    ),
)

STAP = {s.id: s for s in STAPPEN}

#: A step done, but after its deadline: the same advice for every step; the step's `gevolg` follows it.
TE_LAAT = _tekst(
    "Deze stap is gezet, maar later dan de termijn. Vraag uw werkgever om in het dossier te zetten waarom. "
    "Bewaar zelf ook wat u deed en wanneer.",
    "Deze stap is gezet, maar later dan de termijn. Schrijf in het dossier waarom. Had u een goede reden? "
    "Dan telt die mee als UWV het dossier beoordeelt.",
    "procesgang_5", "wia_25_9",
)

#: More than `evaluatie_elke_weken` weeks without a conversation about the plan van aanpak.
GAT = _tekst(
    "Er was langer dan {evaluatie_elke_weken} weken geen gesprek over het plan van aanpak. Vraag uw werkgever "
    "per mail of brief om een gesprek, en om een verslag ervan.",
    "Bespreek het plan van aanpak minstens elke {evaluatie_elke_weken} weken met de werknemer en leg elk "
    "gesprek vast. Plan het volgende gesprek nu.",
    "uwv_stappen", "wia_25_2",
)

#: Why the conversations matter, for whom; said when a gap is what matters most now.
GAT_GEVOLG = ("De wet zegt dat het plan van aanpak regelmatig wordt geëvalueerd en zo nodig bijgesteld. "
              "De eerstejaarsevaluatie en de eindevaluatie tellen in deze check ook als gesprek. "
              "UWV verwacht minstens elke {evaluatie_elke_weken} weken een gesprek. Gebeurde dat zonder goede reden "
              "niet? " + LOONSANCTIE + " " + LOONSTOP_PLAN)
GAT_GEVOLG_BRONNEN = (BRONNEN["uwv_stappen"], BRONNEN["bw_658a"], BRONNEN["wia_25_2"], BRONNEN["wia_25_9"],
                      BRONNEN["bw_629_3_e"],
                      BRONNEN["bw_629_7"])

#: The calendar entry for the next conversation, while the plan runs.
GESPREK_UITLEG = ("Bespreek het plan van aanpak uiterlijk op deze dag: minstens elke {evaluatie_elke_weken} weken. "
                  "Leg het gesprek vast in het dossier.")

#: The deadline of that entry in the coach's overview: UWV's expectation, not a term in the law (see GAT_GEVOLG).
GESPREK_TERMIJN = "minstens elke {evaluatie_elke_weken} weken (dat verwacht UWV)"

#: Every step that is due was done on time, and nothing is ahead.
ALLES_OP_TIJD = _tekst(
    "Bewaar een kopie van alle stukken. U heeft ze nodig als UWV vragen stelt.",
    "Bewaar het dossier compleet. UWV kan ernaar vragen als het de WIA-aanvraag beoordeelt.",
    "wia_25_1", "wia_65",
)


@dataclass(frozen=True)
class Kosten:
    """What a problem in the file can cost, and who pays. `tekst` is one sentence in the neutral voice of
    `gevolg`, with its sources. `loopt_op`: the cost grows with every day the step is not done, so of the
    steps overdue today this one goes first in "Wat nu?"."""

    id: str
    tekst: str
    bronnen: tuple[Bron, ...]
    loopt_op: bool = False

    def ingevuld(self) -> str:
        return vul_in(self.tekst)


#: What each kind of problem can cost: a loonsanctie is up to a year of wages (WIA art. 25 lid 9); a late
#: 42e-weeksmelding a fine (ZW art. 38 lid 3). A late WIA application moves the waiting period and the benefit by
#: exactly the days late, and without a good reason the employee loses the wage over those days (BW 7:629 lid 11
#: sub a, lid 3 sub f): that cost grows every day. Every step has a class (tested), so a new step must say what it
#: can cost before it is shown.
KOSTEN: dict[str, Kosten] = {k.id: k for k in (
    Kosten("loonsanctie", "Kan de werkgever een loonsanctie kosten: tot {loonsanctie_max_weken} weken langer loon.",
           (BRONNEN["wia_25_9"],)),
    Kosten("wia_te_laat", "Kan het begin van de WIA-uitkering opschuiven: elke dag later is een dag later. Was de "
           "werknemer zonder goede reden te laat, dan kan die over die dagen geen loon krijgen.",
           (BRONNEN["bw_629_11"], BRONNEN["bw_629_3"]), loopt_op=True),
    Kosten("boete", "Kan de werkgever een boete van UWV kosten: ten hoogste € {boete_42e_week_euro}.",
           (BRONNEN["zw_38_3"],)),
)}

#: The class of each step's problem (missing or late), and of a gap between conversations about the plan.
KOSTEN_VAN: dict[str, str] = {
    "probleemanalyse": "loonsanctie",
    "plan_van_aanpak": "loonsanctie",
    "evaluatie_gaten": "loonsanctie",
    "ziekmelding_uwv": "boete",
    "eerstejaarsevaluatie": "loonsanctie",
    "spoor2_gestart": "loonsanctie",
    "eindevaluatie": "loonsanctie",
    "actueel_oordeel": "loonsanctie",
    "reintegratieverslag": "loonsanctie",
    "wia_aanvraag": "wia_te_laat",
}

#: The three parts of "Wat nu?", in this order: what can still be done today, most urgent first (with the next
#: step ahead); what came late and can still be explained in the file; what is past and cannot be done any more.
GROEPEN: dict[str, str] = {
    "nu": "Nu doen",
    "herstellen": "Te laat gedaan: leg uit waarom",
    "voorbij": "Voorbij: dit kan niet meer",
}

#: The date of an item in "Wat nu?": overdue steps are due today; a step ahead on its own date.
VANDAAG = "Vandaag. De uiterste datum was {uiterlijk}."
UITERLIJK = "Uiterlijk op {uiterlijk}."
MOEST = "De uiterste datum was {uiterlijk}."
GESPREK_TITEL = "Gesprek over het plan van aanpak"

#: The same, and the step's headline and text, for a step whose date is UWV's practice (`DossierStap.praktijk`):
#: spoor 2. BW 7:658a lid 1: only when the own work cannot be done any more and there is no other passende arbeid at
#: the employer; lid 2: "zo tijdig mogelijk". UWV's date is a point of attention, never a legal deadline missed.
PRAKTIJK = {
    "vandaag": "Vandaag. De praktijkgrens was {uiterlijk} (geen wettelijke termijn).",
    "uiterlijk": "Zo tijdig mogelijk; de praktijkgrens is {uiterlijk} (geen wettelijke termijn).",
    "moest": "De praktijkgrens was {uiterlijk} (geen wettelijke termijn).",
    "kop_ontbreekt": "Spoor 2 is niet gestart. De praktijkgrens was {uiterlijk} (geen wettelijke termijn).",
    "kop_te_laat": "Spoor 2 startte {dagen} na de praktijkgrens (geen wettelijke termijn).",
    "kop_nog_niet": "De volgende stap is de start van spoor 2: zo tijdig mogelijk, uiterlijk rond de praktijkgrens "
                    "van {uiterlijk} (geen wettelijke termijn).",
    "tekst": "De praktijkgrens is {uiterlijk}: {spoor2_na_eje_weken} weken na de eerstejaarsevaluatie (Werkwijzer "
             "Poortwachter; UWV schrijft: uiterlijk na een jaar). Dat is geen wettelijke termijn. De wet zegt: zo "
             "tijdig mogelijk, als vaststaat dat de werknemer het eigen werk niet meer kan doen en er bij de werkgever "
             "geen ander passend werk is (BW 7:658a lid 1 en 2).",
    "gestart": " Spoor 2 startte op {gedaan}.",
    "status_op_tijd": "Gestart vóór de praktijkgrens",
    "status_ontbreekt": "Niet gestart",
    "status_te_laat": "Later dan de praktijkgrens",
    "uiterlijk_naam": "Praktijkgrens (geen wettelijke termijn)",
    "gedaan_noot": " ({dagen} na de praktijkgrens)",
    "op_tijd_noot": " (of dat zo tijdig was als kon, ziet deze check niet: BW 7:658a lid 2)",
}

#: A step that was missing and can no longer be done (the waiting period is over, or the employee is better), or a
#: conversation that did not take place in a gap that has ended: it cannot be made up; what is left is to explain it.
VOORBIJ_NA_WACHTTIJD = "De wachttijd is voorbij. Deze stap kan niet meer op tijd komen."
VOORBIJ_NA_HERSTEL = "De werknemer is beter. Deze stap kan niet meer, en hoefde alleen zolang de werknemer ziek was."
VOORBIJ = _tekst(
    "Dit kan niet meer. Bewaar wat u heeft, zoals mails, brieven en verslagen. UWV kan ernaar vragen.",
    "Dit kan niet meer. Schrijf in het dossier waarom het er niet is. Had u een goede reden? Dan telt die mee als UWV "
    "het dossier beoordeelt.",
    "wia_25_9",
)

#: Where the reader stands, above "Wat nu?": the week of sickness as the tijdlijn counts it, and the end of the
#: waiting period (end0, or later after a late application: BW 7:629 lid 11 sub a).
STAND = "Op {peil} is de werknemer in week {week} van de ziekte. Het loon bij ziekte loopt tot en met {einde}."
STAND_NOG_GEEN_AANVRAAG = (" Dat is als UWV de WIA-aanvraag op {peil} krijgt: een aanvraag na de uiterste datum "
                           "schuift het einde zoveel dagen op.")
STAND_GESTOPT = "De werknemer is sinds {hersteld} beter. Deze wachttijd is gestopt."

#: Said when the 42e-weeksmelding's legal day is a day off and the check follows UWV's practice (ZW art. 38 lid 1
#: says "uiterlijk op de eerste dag"; the Algemene termijnenwet does not move a term of more than twelve weeks,
#: art. 4 sub a; UWV: "uiterlijk de eerste werkdag na de 42e ziekteweek").
ZIEKMELDING_WERKDAG = ("De ziekmelding bij UWV moest volgens de wet uiterlijk op {wet}. Dat is geen werkdag. UWV neemt "
                       "de melding in de praktijk nog aan op de eerstvolgende werkdag: {werkdag}. Deze check telt een "
                       "melding tot en met die dag als op tijd.")

#: What the check does not compute, each with the article or official page that governs it.
NIET_MEEGEREKEND: tuple[NietMeegerekend, ...] = (
    NietMeegerekend(
        "De inhoud van elk stuk",
        vul_in("De check kijkt alleen óf en wanneer een stap is gezet. UWV kijkt bij de WIA-aanvraag ook naar de inhoud "
        "(de RIV-toets), of eerder in een deskundigenoordeel: deden werkgever en werknemer genoeg? Een stuk dat op tijd "
        "was maar te weinig inhoud had, kan toch een loonsanctie geven."),
        BRONNEN["wia_25_9"],
    ),
    NietMeegerekend(
        "Een goede reden om te laat te zijn",
        vul_in("UWV geeft alleen een loonsanctie als de werkgever zonder goede reden (deugdelijke grond) te weinig deed. "
        "De check ziet geen redenen: een stap die te laat kwam, heet hier te laat, ook met een goede reden."),
        BRONNEN["wia_25_9"],
    ),
    NietMeegerekend(
        "Een loonsanctie van UWV",
        vul_in("Vindt UWV bij de WIA-aanvraag dat de werkgever te weinig deed, dan betaalt de werkgever ten hoogste "
        "{loonsanctie_max_weken} weken langer loon. Het einde van de loondoorbetaling schuift dan mee. Herstelt de werkgever "
        "het tekort, dan kan die tijd korter worden. De check rekent zonder loonsanctie: alleen UWV beslist daarover. "
        "Kreeg de werkgever een loonsanctie? Vul die dan in op Mijn tijdlijn."),
        BRONNEN["wia_25_12_14"],
    ),
    NietMeegerekend(
        "Een deskundigenoordeel van UWV",
        vul_in("Werkgever en werknemer kunnen UWV vragen of het werk passend is, of of er genoeg is gedaan voor de "
        "re-integratie. Zo'n oordeel kan een stap in een ander licht zetten. De check kent het niet."),
        BRONNEN["uwv_deskundigenoordeel_werknemer"],
    ),
    NietMeegerekend(
        "Een werkgever die eigenrisicodrager is voor de Ziektewet",
        vul_in("Gaat de werknemer ziek uit dienst bij zo'n werkgever? Dan blijven de plichten voor het dossier gelden en kan "
        "UWV het ziekengeld tot {loonsanctie_max_weken} weken langer laten doorlopen, voor rekening van de werkgever. "
        "Voor de melding bij UWV gelden dan andere termijnen. De check rekent met een werknemer in dienst."),
        BRONNEN["wia_26_2"],
    ),
    NietMeegerekend(
        "Een kortere termijn voor de ziekmelding bij UWV",
        vul_in("Bij een no-riskpolis of ziekte door zwangerschap meldt de werkgever de ziekte veel eerder bij UWV. De check "
        "rekent alleen met de gewone melding na {ziekmelding_na_weken} weken."),
        BRONNEN["zw_38a_3"],
    ),
    NietMeegerekend(
        "Afspraken in een cao",
        vul_in("Een cao kan eigen afspraken hebben over ziekmelden, re-integratie of passend werk. De check kent alleen de "
        "termijnen uit de wet en de praktijk van UWV."),
        BRONNEN["cao_rijk_8"],
    ),
    NietMeegerekend(
        "Of spoor 2 zo tijdig mogelijk begon",
        vul_in("De wet zegt: spoor 2 zo tijdig mogelijk, zodra vaststaat dat terugkeer bij de eigen werkgever niet lukt. "
        "De check kent dat moment niet en meet de start aan de praktijkgrens van UWV. Een start vóór die grens kan "
        "toch te laat zijn, en UWV kan dan een loonsanctie geven."),
        BRONNEN["bw_658a"],
    ),
)
