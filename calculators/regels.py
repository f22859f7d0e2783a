"""The rules of the two sick years, as data: every week number and threshold lives here once.

Calculators, the pages (through the build hook) and the tests read these values; nothing else may
retype them. Offsets follow `shared/facts/README.md`:

* counted day 0 is the first sick day (WIA art. 23 lid 2); week N is counted days 7(N-1) … 7N-1;
* a milestone is either anchored on a counted day ("uiterlijk in week n" = day 7n-1) or counted
  back in calendar days from the end of the (possibly extended) waiting period, because the law
  words it as "… weken voor afloop van de wachttijd" (WIA art. 25 lid 3, art. 64 lid 3).

Terms are not moved to a working day: the Algemene termijnenwet does not apply to terms counted
back from an event (art. 1 lid 2) nor to terms over twelve weeks (art. 4 sub a).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .bronnen import BRONNEN, Bron

#: The date on which a person last checked every rule below against its source.
LAATST_GECONTROLEERD = date(2026, 11, 22)

#: Milestones (ids) and numbers (GETALLEN names) re-read against the article itself later than
#: LAATST_GECONTROLEERD, with that day; what was read and what stays unverified is in
#: register/teksten-regels.yml. The rest keeps LAATST_GECONTROLEERD.
GECONTROLEERD: dict[str, date] = {naam: date(2026, 12, 2) for naam in (
    # milestones and their texts
    "vervroegde_iva_vanaf", "vervroegde_iva_uiterlijk", "wia_brief_uiterlijk", "reintegratieverslag",
    "wia_aanvraag_uiterlijk", "einde_wachttijd", "wia_aanvraag_na_late_brief", "wia_aanvraag_alsnog",
    # numbers
    "wachttijd_weken", "samentellen_onder_weken", "samentellen_onder_dagen", "loonsanctie_max_weken",
    "verlenging_min_weken", "riv_weken_voor_einde", "wia_aanvraag_weken_voor_einde", "wia_brief_uiterlijk_weken",
    "late_brief_aanvraag_weken", "late_brief_melding_voor_weken", "verkorte_wachttijd_min_weken",
    "verkorte_wachttijd_max_weken", "verkorte_wachttijd_na_aanvraag_weken", "vervroegde_iva_tot_weken",
    "boete_42e_week_euro", "loon_bij_ziekte_procent", "minimumloon_eerste_weken", "aow_loondoorbetaling_weken",
    "beslistermijn_wet_weken", "loonsanctie_besluit_weken_voor_einde", "loonsanctie_herstel_beslis_weken",
    "loonsanctie_einde_na_herstel_weken", "ziekmelding_eerder_weken", "ontslag_geen_herstel_weken",
)}
# Read in BW 7:629 lid 2, 7:670 lid 1 and 7:669 lid 3 (version 2026-07-01) for passend werk, 6 December 2026
# (register/teksten-passend-werk.yml).
GECONTROLEERD.update({naam: date(2026, 12, 6) for naam in (
    "opzegverbod_ziekte_jaren", "aow_opzegverbod_weken", "aow_loondoorbetaling_weken", "ontslag_geen_herstel_weken",
)})

WACHTTIJD_WEKEN = 104
LAATSTE_DAG_WACHTTIJD = 7 * WACHTTIJD_WEKEN - 1  # counted day 727 (WIA art. 23 lid 1)


@dataclass(frozen=True)
class Mijlpaal:
    """One deadline or moment of the waiting period.

    Exactly one of `dag` (a counted-day offset from the first sick day) and `dagen_voor_einde`
    (calendar days before the last day of the waiting period, before sanction and late days) is
    set; `einde_wachttijd` and `wia_ingang` are derived from the end and have neither.

    The texts may name `{week}` and any GETALLEN key and are read through `tekst()`, so a number
    is never retyped: `termijn` is the one Dutch wording of the deadline that every page uses
    (`{{ termijn.<id> }}`); `werknemer` and `werkgever` say what each does now ("Wat nu?").
    """

    id: str
    titel: str
    uitleg: str
    termijn: str
    werknemer: str
    werkgever: str
    wie: str
    bron: Bron
    dag: int | None = None
    dagen_voor_einde: int | None = None
    venster_vanaf_dag: int | None = None
    #: Wordings (by field) for a reader whose milestone falls in another week than usual: a voluntary extension,
    #: a loonsanctie or a late application moves the end and what is counted back from it, and "week 93" or
    #: "104 weken" next to a moved date would contradict it.
    verschoven: dict[str, str] = field(default_factory=dict)

    @property
    def nominale_dag(self) -> int:
        """The counted day this milestone falls on in a case without extension or sanction."""
        if self.dag is not None:
            return self.dag
        if self.dagen_voor_einde is not None:
            return LAATSTE_DAG_WACHTTIJD - self.dagen_voor_einde
        return LAATSTE_DAG_WACHTTIJD + (1 if self.id == "wia_ingang" else 0)

    @property
    def week(self) -> int:
        """Week of sickness in which the milestone falls (week 1 = counted days 0-6)."""
        return self.nominale_dag // 7 + 1

    def tekst(self, veld: str, week: int | None = None) -> str:
        """One of the texts with its numbers filled in from this module's data, never retyped.

        `week` is the week the milestone falls in for this reader, as the tijdlijn computed it; when it is not
        the usual week, the `verschoven` wording of the field is used where there is one."""
        if week is None or week == self.week:
            return vul_in(getattr(self, veld), week=self.week)
        return vul_in(self.verschoven.get(veld, getattr(self, veld)), week=week)

    @property
    def uitleg_tekst(self) -> str:
        return self.tekst("uitleg")

    @property
    def termijn_tekst(self) -> str:
        return self.tekst("termijn")


class _Waarden(dict):
    """`extra` of `vul_in`, and every other name looked up in GETALLEN only when a text uses it: copying all of
    GETALLEN for every text took a tenth of the coach's overview of 200 clients."""

    def __missing__(self, naam: str) -> int:
        return GETALLEN[naam][0]


def vul_in(tekst: str, **extra: int) -> str:
    """A rule text with `{naam}` replaced by the GETALLEN value of that name (and `extra`)."""
    return tekst.format_map(_Waarden(extra))


def _m(**kwargs) -> Mijlpaal:
    bron = kwargs.pop("bron")
    return Mijlpaal(bron=BRONNEN[bron], **kwargs)


MIJLPALEN: tuple[Mijlpaal, ...] = (
    _m(
        id="vervroegde_iva_vanaf",
        titel="Vervroegde IVA aanvragen kan vanaf nu",
        uitleg="Bent u volledig en duurzaam arbeidsongeschikt? Dan kunt u een WIA-uitkering met verkorte wachttijd "
        "(vervroegde IVA) aanvragen, met een verklaring van de bedrijfsarts. Volgens UWV kan dat na minimaal "
        "{vervroegde_iva_vanaf_weken} weken ziekte. Het kan maar één keer.",
        termijn="vanaf {vervroegde_iva_vanaf_weken} weken ziekte (zo werkt UWV; de wet noemt geen minimum)",
        werknemer="Verwacht de bedrijfsarts dat u niet meer kunt werken en ook niet herstelt? Vraag dan of een "
        "vervroegde IVA bij u past. U heeft er een verklaring van de bedrijfsarts voor nodig.",
        werkgever="Bespreek met de bedrijfsarts of een vervroegde IVA past. Alleen de werknemer kan die aanvragen; "
        "u kunt helpen met de stukken.",
        wie="werknemer",
        bron="uwv_vervroegde_iva",
        dag=21,
    ),
    _m(
        id="probleemanalyse",
        titel="Probleemanalyse door de bedrijfsarts",
        uitleg="Dreigt u lang ziek te blijven? Dan geeft de bedrijfsarts uiterlijk aan het eind van week {week} een "
        "oordeel: wat kunt u nog, wat niet, en wat is er nodig om weer te werken.",
        termijn="uiterlijk aan het eind van week {week}",
        werknemer="Ga naar het spreekuur van de bedrijfsarts en vertel wat u wel en niet kunt. Vraag om een "
        "kopie van de probleemanalyse.",
        werkgever="Vraag de bedrijfsarts om een probleemanalyse zodra lang verzuim dreigt. Blijkt dat pas later, "
        "vraag er dan meteen om.",
        wie="bedrijfsarts",
        bron="procesgang_2",
        dag=41,
    ),
    _m(
        id="plan_van_aanpak",
        titel="Plan van aanpak",
        uitleg="U en uw werkgever maken samen een plan voor uw terugkeer naar werk, uiterlijk "
        "{pva_na_probleemanalyse_weken} weken na de probleemanalyse. Uw eigen visie staat erin. U bespreekt "
        "het plan geregeld; UWV verwacht minstens elke {evaluatie_elke_weken} weken.",
        termijn="uiterlijk {pva_na_probleemanalyse_weken} weken na de probleemanalyse, dus meestal aan het eind van week {week}",
        werknemer="Werk mee aan het plan van aanpak en zet uw eigen visie erin. Bent u het ergens niet mee eens? "
        "Schrijf dat erbij.",
        werkgever="Maak het plan samen met de werknemer, met de visie van u allebei. Spreek af dat u het minstens "
        "elke {evaluatie_elke_weken} weken bespreekt en bijstelt.",
        wie="werkgever en werknemer",
        bron="procesgang_4_1",
        dag=55,
    ),
    _m(
        id="ziekmelding_uwv",
        titel="Ziekmelding bij UWV (42e-weeksmelding)",
        uitleg="Uw werkgever meldt bij UWV dat u {ziekmelding_na_weken} weken ziek bent. UWV accepteert de melding in de "
        "praktijk ook op de eerstvolgende werkdag. Te laat melden kan de werkgever een boete kosten.",
        termijn="uiterlijk op de eerste dag na {ziekmelding_na_weken} weken ziekte",
        werknemer="U hoeft zelf niets te doen. Vraag uw werkgever wel of de melding bij UWV gedaan is.",
        werkgever="Meld de werknemer ziek bij UWV. Te laat melden kan een boete van UWV opleveren "
        "(ten hoogste € {boete_42e_week_euro}).",
        wie="werkgever",
        bron="zw_38",
        dag=294,
    ),
    _m(
        id="eerstejaarsevaluatie",
        titel="Eerstejaarsevaluatie",
        uitleg="U en uw werkgever kijken terug op het eerste jaar en spreken af wat het doel is voor "
        "het tweede jaar. Dit gesprek vindt meestal plaats tussen week {eje_venster_vanaf_week} en week {week}.",
        termijn="meestal tussen week {eje_venster_vanaf_week} en het eind van week {week}",
        werknemer="Bespreek met uw werkgever wat het eerste jaar opleverde en wat het doel wordt voor het tweede "
        "jaar. Uw visie hoort in het verslag.",
        werkgever="Evalueer het eerste jaar met de werknemer en leg het doel voor het tweede jaar vast. Is terugkeer "
        "in uw eigen bedrijf niet reëel? Dan hoort spoor 2 te starten.",
        wie="werkgever en werknemer",
        bron="procesgang_4",
        dag=363,
        venster_vanaf_dag=315,
    ),
    _m(
        id="spoor2_uiterlijk",
        # Not "Spoor 2 gestart": beside the status "Voorbij" that read as a fact about the reader's case.
        titel="Spoor 2: praktijkgrens",
        uitleg="Kunt u niet terug in eigen of ander werk bij uw werkgever? Dan hoort werk bij een andere "
        "werkgever (spoor 2) zo tijdig mogelijk te starten; de wet noemt geen week. UWV schrijft: uiterlijk na een "
        "jaar. Deze datum is de grens van de Werkwijzer Poortwachter: {spoor2_na_eje_weken} weken na de "
        "eerstejaarsevaluatie. Praktijk, geen veilige termijn.",
        termijn="zo tijdig mogelijk, geen wettelijke week; praktijkgrens rond het eind van week {week}",
        werknemer="Is er bij uw werkgever geen passend werk? Werk dan mee aan het zoeken naar werk bij een andere "
        "werkgever. U blijft in die tijd gewoon in dienst.",
        werkgever="Staat vast dat er in uw bedrijf geen passend werk is? Start spoor 2 dan meteen, vaak met een "
        "re-integratiebedrijf. Te laat of te weinig kan tot een loonsanctie leiden.",
        wie="werkgever",
        bron="uwv_spoor2",
        dag=405,
    ),
    _m(
        id="vervroegde_iva_uiterlijk",
        titel="Laatste dag om vervroegde IVA aan te vragen",
        uitleg="Een verkorte wachttijd duurt ten hoogste {verkorte_wachttijd_max_weken} weken en eindigt niet eerder "
        "dan {verkorte_wachttijd_na_aanvraag_weken} weken na de aanvraag. Daarom moet de aanvraag voor een vervroegde "
        "IVA uiterlijk aan het eind van week {week} bij UWV zijn.",
        termijn="uiterlijk aan het eind van week {week}",
        werknemer="Wilt u een vervroegde IVA aanvragen? Zorg dat de aanvraag met de verklaring van de bedrijfsarts "
        "uiterlijk op deze dag bij UWV is. Het kan maar één keer.",
        werkgever="Speelt een vervroegde IVA? Help de werknemer op tijd aan de verklaring van de bedrijfsarts.",
        wie="werknemer",
        bron="wia_23_6",
        dag=475,
    ),
    _m(
        id="wia_brief",
        titel="Brief van UWV over de WIA-aanvraag",
        uitleg="Meestal stuurt UWV u een brief als u ongeveer {wia_brief_na_weken} weken ziek bent. Zo werkt UWV; de wet "
        "zegt alleen dat de brief er uiterlijk moet zijn op de dag dat u {wia_brief_uiterlijk_weken} weken ziek bent. Vanaf "
        "de brief kunt u de WIA-uitkering aanvragen. Uw werkgever krijgt een kopie.",
        termijn="meestal als u ongeveer {wia_brief_na_weken} weken ziek bent (de wet: uiterlijk als u "
        "{wia_brief_uiterlijk_weken} weken ziek bent)",
        werknemer="Let op de brief van UWV; de uiterste datum voor uw aanvraag staat erin. U hoeft niet op de brief te "
        "wachten om aan te vragen.",
        werkgever="Zorg dat het re-integratieverslag klaar is: de werknemer heeft het nodig bij de aanvraag.",
        wie="UWV",
        bron="uwv_wanneer_wia",
        dag=616,
    ),
    _m(
        id="wia_brief_uiterlijk",
        titel="Uiterste datum voor de brief van UWV",
        uitleg="UWV moet u uiterlijk op deze dag schriftelijk laten weten dat u de WIA kunt aanvragen. "
        "Heeft u dan nog geen brief? Wacht niet en vraag zelf aan: een verstuurde brief die u niet kreeg, "
        "geeft u geen extra tijd.",
        termijn="uiterlijk op de dag dat u {wia_brief_uiterlijk_weken} weken ziek bent",
        werknemer="Nog geen brief van UWV? Wacht niet: vraag de WIA zelf aan via UWV, of bel UWV.",
        werkgever="Heeft de werknemer nog geen brief? Wijs erop dat de aanvraag toch op tijd moet.",
        wie="UWV",
        bron="wia_64_2",
        dag=622,
    ),
    _m(
        id="reintegratieverslag",
        titel="Re-integratieverslag klaar",
        uitleg="Uw werkgever maakt samen met u het re-integratieverslag en geeft u een kopie. U heeft "
        "het nodig voor uw WIA-aanvraag.",
        termijn="uiterlijk {riv_weken_voor_einde} weken voor het einde van de wachttijd, dus aan het eind van week {week}",
        werknemer="Lees het re-integratieverslag goed. Bent u het ergens niet mee eens? Schrijf uw mening erbij.",
        werkgever="Maak het verslag samen met de werknemer, met de eindevaluatie en een actueel oordeel van de "
        "bedrijfsarts, en geef de werknemer een kopie.",
        wie="werkgever",
        bron="wia_25_3",
        dagen_voor_einde=91,
        verschoven={
            "termijn": "uiterlijk {riv_weken_voor_einde} weken voor het einde van de verlenging, dus aan het eind van "
            "week {week}",
        },
    ),
    _m(
        id="wia_aanvraag_uiterlijk",
        titel="WIA aanvragen: uiterste datum",
        uitleg="UWV moet uw WIA-aanvraag uiterlijk op deze dag hebben: {wia_aanvraag_weken_voor_einde} weken voor het einde van de "
        "wachttijd. Alleen u kunt de aanvraag doen. Bent u te laat, dan begint uw uitkering later.",
        termijn="uiterlijk {wia_aanvraag_weken_voor_einde} weken voor het einde van de wachttijd, dus aan het eind van week {week}",
        werknemer="Vraag de WIA aan bij UWV en stuur het re-integratieverslag mee. Alleen u kunt dat doen.",
        # WIA art. 64 lid 6: first sentence (no letter, or a late one and an application within four weeks of it),
        # second sentence (neither when the 42e-weeksmelding came only on or after the day of 81 weeks).
        werkgever="Vraag de werknemer of de aanvraag binnen is. Te laat aanvragen verlengt uw loondoorbetaling, "
        "behalve als de brief van UWV te laat kwam en de werknemer binnen {late_brief_aanvraag_weken} weken daarna "
        "aanvraagt, of als UWV de brief helemaal niet stuurde. Dat geldt allebei niet als u de werknemer pas op of na "
        "de dag waarop die {late_brief_melding_voor_weken} weken ziek was bij UWV ziek meldde (WIA art. 64 lid 6).",
        wie="werknemer",
        bron="wia_64_3",
        dagen_voor_einde=77,
        # Only a voluntary extension moves this date; WIA art. 64 lid 3 names the extended end only after art. 24
        # lid 3, so for a first extension the date is the one in UWV's decision (see VERLENGING_AANVRAAGDATUM).
        verschoven={
            "uitleg": "Met een vrijwillige verlenging noemt UWV de uiterste datum voor uw WIA-aanvraag in zijn besluit "
            "over de verlenging. Deze rekenhulp rekent met {wia_aanvraag_weken_voor_einde} weken voor het einde van "
            "de verlenging. Zolang u dat besluit niet heeft, geldt de datum uit de wet: {wia_aanvraag_weken_voor_einde} "
            "weken voor het einde van de wachttijd van {wachttijd_weken} weken. Alleen u kunt de aanvraag doen. Te laat kan u loon en uw WIA-uitkering "
            "kosten.",
            "termijn": "de datum in het besluit van UWV over de verlenging; deze rekenhulp rekent met "
            "{wia_aanvraag_weken_voor_einde} weken voor het einde van de verlenging, dus het eind van week {week}",
        },
    ),
    _m(
        id="einde_wachttijd",
        titel="Einde wachttijd en loondoorbetaling",
        uitleg="Laatste dag van de wachttijd. Tot en met deze dag betaalt uw werkgever loon bij ziekte.",
        termijn="na {wachttijd_weken} weken ziekte, aan het eind van week {week}",
        werknemer="Na deze dag stopt uw loon bij ziekte, tenzij uw loondoorbetaling langer duurt. Heeft UWV nog niet "
        "beslist? Dan kan UWV een voorschot betalen: vraag ernaar.",
        werkgever="Uw loonplicht stopt na deze dag, tenzij er een verlenging of loonsanctie is. Vraagt de werknemer "
        "daarna het contract te beëindigen met een vergoeding gelijk aan de transitievergoeding? Mag u de werknemer "
        "ontslaan wegens langdurige ziekte (geen herstel binnen {ontslag_geen_herstel_weken} weken, BW 7:669 lid 3 "
        "sub b) en heeft u geen gerechtvaardigd belang om het contract te houden? Dan moet u daar in principe op "
        "ingaan (Hoge Raad 8 november 2019, Xella).",
        wie="werkgever",
        bron="wia_23",
        # WIA art. 24 lid 1 and 25 lid 9, BW 7:629 lid 11: the wage period runs on after the 104 weeks of art. 23.
        verschoven={
            "uitleg": "Laatste dag van de loondoorbetaling bij ziekte. De wachttijd van {wachttijd_weken} weken is al "
            "eerder voorbij, maar door de verlenging, de loonsanctie of de te late WIA-aanvraag betaalt uw werkgever "
            "tot en met deze dag loon bij ziekte.",
            "termijn": "na {wachttijd_weken} weken ziekte en de tijd die erbij kwam, aan het eind van week {week}",
        },
    ),
    _m(
        id="wia_ingang",
        titel="WIA-uitkering kan ingaan",
        uitleg="De eerste dag waarop een WIA-uitkering kan ingaan, als UWV die toekent.",
        termijn="op de eerste dag na de wachttijd",
        werknemer="Uw WIA-uitkering kan nu ingaan, als UWV die toekent. Bent u het niet eens met het besluit? "
        "U heeft {bezwaar_weken} weken om bezwaar te maken.",
        werkgever="Ook u kunt bezwaar maken tegen het besluit van UWV, binnen {bezwaar_weken} weken.",
        wie="UWV",
        bron="wia_47",
    ),
)

MIJLPAAL = {m.id: m for m in MIJLPALEN}

#: Steps whose date depends on what happened to the reader (a late letter, a missed deadline), so
#: they have no fixed day; the tijdlijn dates them. Their texts must not name `{week}`.
AFGELEIDE_MIJLPALEN: dict[str, Mijlpaal] = {m.id: m for m in (
    _m(
        id="wia_aanvraag_na_late_brief",
        titel="WIA aanvragen na een te late brief van UWV",
        uitleg="De brief van UWV kwam na de uiterste datum. Vraagt u uiterlijk op deze dag aan, dan geldt uw "
        "aanvraag als op tijd. Valt de laatste dag in een weekend of op een feestdag, dan schuift hij naar de "
        "eerstvolgende werkdag.",
        termijn="binnen {late_brief_aanvraag_weken} weken nadat u de te late brief van UWV kreeg",
        werknemer="Vraag de WIA binnen deze termijn aan. Dan geldt uw aanvraag als op tijd.",
        werkgever="Geef de werknemer meteen het re-integratieverslag, zodat de aanvraag op tijd kan.",
        wie="werknemer",
        bron="wia_64_6",
    ),
    _m(
        id="wia_aanvraag_geen_brief",
        titel="WIA aanvragen zonder brief van UWV",
        uitleg="U kreeg geen brief van UWV over de WIA-aanvraag. Heeft UWV die brief niet gestuurd, dan geldt uw "
        "aanvraag als op tijd, ook na de gewone uiterste datum (WIA art. 64 lid 6). Dat geldt niet als uw werkgever u "
        "pas op of na de dag waarop u {late_brief_melding_voor_weken} weken ziek was bij UWV ziek meldde.",
        termijn="zo snel mogelijk",
        werknemer="Vraag de WIA vandaag nog aan bij UWV, met het re-integratieverslag. Schrijf erbij dat u geen brief "
        "van UWV kreeg.",
        werkgever="Geef de werknemer meteen het re-integratieverslag, zodat de aanvraag snel bij UWV kan zijn.",
        wie="werknemer",
        bron="wia_64_6",
    ),
    _m(
        id="wia_aanvraag_alsnog",
        titel="WIA alsnog aanvragen",
        uitleg="De uiterste datum om de WIA aan te vragen is voorbij. U kunt nog steeds aanvragen. Heeft u een "
        "werkgever? Dan schuift elke dag te laat het einde van uw loondoorbetaling en het begin van uw uitkering een dag "
        "op. "
        "Krijgt u Ziektewet van UWV zonder werkgever? Dan stopt uw Ziektewet-uitkering na {ziektewet_max_weken} "
        "weken; vraag UWV wat te laat aanvragen voor u betekent.",
        termijn="zo snel mogelijk",
        werknemer="Vraag de WIA vandaag nog aan bij UWV, met het re-integratieverslag. Elke dag telt.",
        werkgever="Uw loondoorbetaling duurt zoveel dagen langer als de aanvraag te laat is. Was de werknemer "
        "zonder goede reden te laat? Dan heeft de werknemer over de tijd dat de aanvraag te laat was geen recht op "
        "loon. Laat het de werknemer meteen weten als u daarom loon inhoudt.",
        wie="werknemer",
        bron="bw_629_11",
    ),
)}

#: Thresholds and lengths, each with the source that sets it. Pages read them as `{{ getal.naam }}`.
GETALLEN: dict[str, tuple[int, Bron]] = {
    "wachttijd_weken": (WACHTTIJD_WEKEN, BRONNEN["wia_23"]),
    "ziekmelding_na_weken": (42, BRONNEN["zw_38"]),
    "eje_venster_vanaf_week": (MIJLPAAL["eerstejaarsevaluatie"].venster_vanaf_dag // 7 + 1, BRONNEN["uwv_stappen"]),
    "evaluatie_elke_weken": (6, BRONNEN["uwv_stappen"]),
    "pva_na_probleemanalyse_weken": (2, BRONNEN["procesgang_4_1"]),
    "spoor2_na_eje_weken": (6, BRONNEN["uwv_spoor2"]),
    "samentellen_onder_weken": (4, BRONNEN["bw_629_10"]),
    "samentellen_onder_dagen": (28, BRONNEN["bw_629_10"]),
    "loonsanctie_max_weken": (52, BRONNEN["wia_25_9"]),
    "verlenging_min_weken": (13, BRONNEN["uwv_verlenging_minimum"]),
    "riv_weken_voor_einde": (13, BRONNEN["wia_25_3"]),
    "wia_aanvraag_weken_voor_einde": (11, BRONNEN["wia_64_3"]),
    "wia_brief_na_weken": (88, BRONNEN["uwv_wanneer_wia"]),
    "wia_brief_uiterlijk_weken": (89, BRONNEN["wia_64_2"]),
    "late_brief_aanvraag_weken": (4, BRONNEN["wia_64_6"]),
    "vervroegde_iva_vanaf_weken": (3, BRONNEN["uwv_vervroegde_iva"]),
    "verkorte_wachttijd_min_weken": (13, BRONNEN["wia_23_6"]),
    "verkorte_wachttijd_max_weken": (78, BRONNEN["wia_23_6"]),
    "verkorte_wachttijd_na_aanvraag_weken": (10, BRONNEN["wia_23_6"]),
    "wia_ondergrens_procent": (35, BRONNEN["wia_5"]),
    "iva_grens_procent": (80, BRONNEN["wia_4"]),
    "passend_eigen_niveau_maanden": (6, BRONNEN["besluit_passende_arbeid"]),
    "passend_min_inkomen_procent": (70, BRONNEN["besluit_passende_arbeid"]),
    "reistijd_eerste_halfjaar_uren": (2, BRONNEN["besluit_passende_arbeid"]),
    "reistijd_daarna_uren": (3, BRONNEN["uwv_ww_passend"]),
    "boete_42e_week_euro": (455, BRONNEN["zw_38_3"]),
    "late_brief_melding_voor_weken": (81, BRONNEN["wia_64_6"]),
    "bezwaar_weken": (6, BRONNEN["awb_6_7"]),
    "loon_bij_ziekte_procent": (70, BRONNEN["bw_629_1"]),
    "aow_loondoorbetaling_weken": (6, BRONNEN["bw_629_2"]),
    "beslistermijn_wet_weken": (8, BRONNEN["wia_102_3"]),
    "beslistermijn_tijdelijk_weken": (16, BRONNEN["uwv_beslistermijn"]),
    "ontslag_geen_herstel_weken": (26, BRONNEN["uwv_ontslag_ziekte"]),
    "opzegverbod_ziekte_jaren": (2, BRONNEN["bw_670_1"]),
    "aow_opzegverbod_weken": (6, BRONNEN["bw_670_1"]),
    "deskundigenoordeel_werkgever_euro": (400, BRONNEN["uwv_deskundigenoordeel"]),
    # Time between the UWV letter and the last day to apply: from the legal latest letter (week 89) to the end
    # of week 93 is 4 whole weeks; from UWV's usual letter (after 88 weeks) almost 5. Derived, never retyped.
    "wia_brief_tot_aanvraag_min_weken": (
        (MIJLPAAL["wia_aanvraag_uiterlijk"].nominale_dag - MIJLPAAL["wia_brief_uiterlijk"].nominale_dag) // 7,
        BRONNEN["wia_64_3"],
    ),
    "wia_brief_tot_aanvraag_max_weken": (
        -(-(MIJLPAAL["wia_aanvraag_uiterlijk"].nominale_dag - MIJLPAAL["wia_brief"].nominale_dag) // 7),
        BRONNEN["wia_64_3"],
    ),
    "loonsanctie_besluit_weken_voor_einde": (6, BRONNEN["wia_25_10"]),
    "loonsanctie_herstel_beslis_weken": (3, BRONNEN["wia_25_12"]),
    "loonsanctie_einde_na_herstel_weken": (6, BRONNEN["wia_25_12"]),
    "deskundigenoordeel_duur_min_weken": (2, BRONNEN["uwv_deskundigenoordeel"]),
    "deskundigenoordeel_duur_max_weken": (4, BRONNEN["uwv_deskundigenoordeel"]),
    "vso_bedenktijd_zonder_vermelding_weken": (3, BRONNEN["bw_670b"]),
    "ziekmelding_eerder_weken": (6, BRONNEN["zw_38a_3"]),  # no-riskpolis: report on the first day after 6 weeks
    "aow_loondoorbetaling_oud_weken": (13, BRONNEN["stb_2023_169"]),
    "aow_ziektewet_max_weken": (6, BRONNEN["zw_29"]),
    "ziektewet_max_weken": (104, BRONNEN["zw_29"]),
    "ziektewet_procent": (70, BRONNEN["zw_29"]),
    "ziektewet_na_ww_vanaf_week": (14, BRONNEN["zw_29"]),
    "ziek_uit_dienst_riv_weken": (6, BRONNEN["zw_38_2"]),
    "ziektewet_beslissing_weken": (4, BRONNEN["juridisch_loket_ziektewet"]),
    "ezwb_na_weken": (52, BRONNEN["zw_19aa"]),
    "ezwb_grens_procent": (65, BRONNEN["zw_19aa"]),
    "ezwb_uitstel_maanden": (6, BRONNEN["zw_19aa"]),
    "ezwb_rond_week": (44, BRONNEN["uwv_ziektewet_beoordeling"]),
    "voorschot_contact_weken": (2, BRONNEN["uwv_voorschot"]),
    "minimumloon_eerste_weken": (52, BRONNEN["bw_629_1"]),
    "erd_aanvraag_weken_voor": (13, BRONNEN["uwv_erd_wga_aanvragen"]),
    "erd_wga_max_jaren": (10, BRONNEN["uwv_erd_wga_10_jaar"]),
    "kolom_urenverlies_procent": (20, BRONNEN["hr_kolom"]),
    "bedenktijd_dagen": (14, BRONNEN["bw_670b"]),
    # Awb 4:17: the dwangsom runs from two weeks after UWV received the ingebrekestelling, for at most 42 days: the
    # first fourteen days at one amount, the next fourteen at a second, the rest at a third. The maximum is derived.
    "ingebrekestelling_weken": (2, BRONNEN["awb_4_17"]),
    "dwangsom_max_dagen": (42, BRONNEN["awb_4_17"]),
    "dwangsom_tranche_dagen": (14, BRONNEN["awb_4_17"]),
    "dwangsom_euro_per_dag_eerst": (23, BRONNEN["awb_4_17"]),
    "dwangsom_euro_per_dag_daarna": (35, BRONNEN["awb_4_17"]),
    "dwangsom_euro_per_dag_laatst": (45, BRONNEN["awb_4_17"]),
    "beslistermijn_extern_advies_weken": (4, BRONNEN["wia_102"]),
    "bezwaar_beslis_medisch_weken": (17, BRONNEN["wia_112"]),
    "deskundigenoordeel_werknemer_euro": (100, BRONNEN["beleidsregel_deskundigenoordeel"]),
    "no_riskpolis_jaren": (5, BRONNEN["zw_29b"]),
    "ziek_na_einde_verzekering_weken": (4, BRONNEN["zw_46"]),
    "erd_ziek_uit_dienst_melding_weken": (6, BRONNEN["zw_38aa"]),
    "werkgever_bezwaar_ingang_weken": (6, BRONNEN["wia_117"]),
    "loonsanctie_hervatten_weken_voor_einde": (6, BRONNEN["wia_64_8"]),
    "ww_aanvraag_weken": (1, BRONNEN["ww_26"]),
    "wia_terugwerkend_max_weken": (52, BRONNEN["wia_64_11"]),
    # Amounts of 2026 (pages show them with their date). Amounts with cents are kept in eurocent.
    "minimumloon_uur_eurocent": (1499, BRONNEN["wml_2026_07"]),
    "maximumdagloon_eurocent": (30991, BRONNEN["uwv_maximumdagloon"]),
    "transitievergoeding_max_euro": (102_000, BRONNEN["bw_673_2"]),
    "compensatie_aanvraag_maanden": (6, BRONNEN["regeling_compensatie_tv_2"]),
    # The WIA benefit (calculators.wia_uitkering): the whole numbers of its rules; amounts live in wia_bedragen.
    "lgu_min_maanden": (3, BRONNEN["wia_59"]),
    "lgu_max_maanden": (24, BRONNEN["wia_59"]),
    "lgu_volle_maand_jaren": (10, BRONNEN["wia_59"]),
    "lgu_halve_maand_vanaf_jaar": (2016, BRONNEN["wia_59"]),
    "lgu_hoog_maanden": (2, BRONNEN["wia_61_1"]),
    "lgu_hoog_procent": (75, BRONNEN["wia_61_1"]),
    "lgu_procent": (70, BRONNEN["wia_61_1"]),
    "loonaanvulling_procent": (70, BRONNEN["wia_61"]),
    "iva_procent": (75, BRONNEN["wia_51"]),
    "iva_inkomen_procent": (70, BRONNEN["wia_52"]),
    "inkomenseis_procent": (50, BRONNEN["wia_60"]),
    "half_maand_dagen": (15, BRONNEN["wia_59"]),
    "dagen_per_jaar_dagloon": (261, BRONNEN["wia_13"]),
    "vakantietoeslag_procent": (8, BRONNEN["wml_15"]),
    "wijziging_na_maanden": (2, BRONNEN["wia_61"]),
    "referte_weken": (26, BRONNEN["wia_58"]),
    "referte_van_weken": (36, BRONNEN["wia_58"]),
    "jeugdminimumloon_tot_leeftijd": (21, BRONNEN["wia_12"]),
    "lgu_na_iva_min_maanden": (12, BRONNEN["wia_59_5_6"]),
    "iva_herbeoordeling_inkomen_procent": (20, BRONNEN["wia_52_2"]),
    "iva_herbeoordeling_maanden": (12, BRONNEN["wia_52_2"]),
    "tegemoetkoming_wet_eurocent": (22628, BRONNEN["wia_63a"]),
    # Plausibility bounds of this site, not law: below or above them the WIA calculator asks whether the
    # figure is meant (invoer.Waarschuwingen) and still computes. A dagloon under € 20 is less than 1,5 hours
    # at the minimum hourly wage: most likely an hourly wage. Income or RVC per month under € 100 is most
    # likely a weekly or hourly figure, above € 30.000 a yearly one. A jaarloon under € 12.000 (a dagloon of
    # about € 46, under 12 hours a week at the minimum wage) is most likely a monthly wage: monthly wages
    # up to € 12.000 fall below it, and a real small jaarloon only gets a question.
    "dagloon_plausibel_min_euro": (20, BRONNEN["spoorwijzer_grens"]),
    "maandbedrag_plausibel_min_euro": (100, BRONNEN["spoorwijzer_grens"]),
    "maandbedrag_plausibel_max_euro": (30_000, BRONNEN["spoorwijzer_grens"]),
    "jaarloon_plausibel_min_euro": (12_000, BRONNEN["spoorwijzer_grens"]),
    # A dagloon above twice the maximumdagloon is no dagloon from UWV's decision (that is never above the
    # maximum, WIA art. 13 lid 1) but almost always a monthly or yearly wage: the WIA calculator refuses it and
    # asks. For a start date whose maximum is not published yet, a dagloon up to 10% above the last known
    # maximum may be the new maximum (half-yearly indexation has stayed below 10% except in January 2023).
    "dagloon_plausibel_max_maal_maximum": (2, BRONNEN["spoorwijzer_grens"]),
    "dagloon_mogelijk_maximum_marge_procent": (10, BRONNEN["spoorwijzer_grens"]),
    # The coach's overview (calculators.overzicht) groups coming deadlines by how soon they fall, not law: a week
    # leaves time to arrange what needs someone else (the agenda's first reminder is a week before, agenda.py), a
    # month is the horizon of a monthly round of a coach's clients.
    "overzicht_kort_dagen": (7, BRONNEN["spoorwijzer_overzicht"]),
    "overzicht_binnenkort_dagen": (30, BRONNEN["spoorwijzer_overzicht"]),
}

# WIA art. 23 lid 6: a verkorte wachttijd lasts at most 78 weeks and ends no earlier than 10 weeks after the
# application, so the application is due by the end of week 68 (the milestone vervroegde_iva_uiterlijk).
GETALLEN["vervroegde_iva_tot_weken"] = (
    GETALLEN["verkorte_wachttijd_max_weken"][0] - GETALLEN["verkorte_wachttijd_na_aanvraag_weken"][0],
    BRONNEN["wia_23_6"],
)

#: Worked-example amounts for the pages, derived from the amounts above and never retyped: the minimum wage
#: of a 40-hour week per month (hourly minimum x 40 x 52 / 12) and the legal cap on sick pay per month
#: (70% of the maximumdagloon x 21,75 days, UWV's conversion of a day amount to a month).
GETALLEN.update({
    "minimumloon_40u_maand_euro": (
        round(GETALLEN["minimumloon_uur_eurocent"][0] * 40 * 52 / 12 / 100), BRONNEN["wml_2026_07"],
    ),
    "loon_bij_ziekte_max_maand_euro": (
        round(GETALLEN["maximumdagloon_eurocent"][0] * GETALLEN["loon_bij_ziekte_procent"][0] / 100 * 21.75 / 100),
        BRONNEN["uwv_maximumdagloon"],
    ),
})


def _dwangsom_max_euro() -> int:
    """The most a dwangsom for a late decision can come to (Awb 4:17 lid 1 and 2), from its parts above."""
    tranche, max_dagen = getal("dwangsom_tranche_dagen"), getal("dwangsom_max_dagen")
    return (tranche * getal("dwangsom_euro_per_dag_eerst") + tranche * getal("dwangsom_euro_per_dag_daarna")
            + (max_dagen - 2 * tranche) * getal("dwangsom_euro_per_dag_laatst"))


def getal(naam: str) -> int:
    """The value of a threshold; raises KeyError for an unknown name so typos fail loudly."""
    return GETALLEN[naam][0]


GETALLEN["dwangsom_max_euro"] = (_dwangsom_max_euro(), BRONNEN["awb_4_17"])


#: The tijdlijn's headline, the one answer people come for, per situation. WIA art. 64 lid 3: the
#: insured "doet zijn aanvraag uiterlijk elf weken voor afloop van de wachttijd"; an application is
#: made when UWV has it (a letter in the post is not yet an application), so the headline says by when
#: UWV must have it, not by when to send it. `{uiterlijk}` and `{ingang}` are dates with their day.
SAMENVATTING = {
    "aanvragen": "UWV moet uw WIA-aanvraag uiterlijk op {uiterlijk} hebben. Uw WIA-uitkering kan dan ingaan op "
                 "{ingang}.",
    "voorbij": "UWV moest uw WIA-aanvraag uiterlijk op {uiterlijk} hebben. Heeft u nog niet aangevraagd? Doe het dan "
               "vandaag nog: hoe later, hoe later uw uitkering begint. Krijgt UWV uw aanvraag op {peil}, dan kan "
               "uw uitkering op {alsnog} ingaan.",
    # With a voluntary extension the date is the one in UWV's decision (see VERLENGING_AANVRAAGDATUM); until then
    # the law's own date holds (VERLENGING_TOT_BESLUIT). `{wettelijk}` is that date.
    "aanvragen_verlenging": "Met uw verlenging noemt UWV de uiterste datum voor uw WIA-aanvraag in zijn besluit over "
                            "de verlenging. Deze rekenhulp rekent met {uiterlijk}; uw WIA-uitkering kan dan ingaan op "
                            "{ingang}. Heeft u dat besluit nog niet? Zorg dan dat UWV uw aanvraag uiterlijk op "
                            "{wettelijk} heeft.",
    "op_tijd": "UWV had uw WIA-aanvraag op tijd. Uw WIA-uitkering kan ingaan op {ingang}.",
    # WIA art. 64 lid 6, first sentence: without the letter of lid 2 an application counts as on time.
    # Lid 6 has its exceptions (an employer's report at 81 weeks or later; a letter sent but not received is not
    # named): the headline says "in de regel" and GEEN_BRIEF, always shown with it, names them.
    "geen_brief": "U kreeg geen brief van UWV over de WIA-aanvraag. Dan geldt uw aanvraag in de regel als op tijd, ook "
                  "nu de gewone uiterste datum ({uiterlijk}) voorbij is (WIA art. 64 lid 6); hieronder staat wanneer "
                  "niet. Vraag de WIA vandaag nog aan. Uw WIA-uitkering kan dan ingaan op {ingang}.",
    "op_tijd_geen_brief": "U kreeg geen brief van UWV over de WIA-aanvraag. Daarom geldt uw aanvraag in de regel als op "
                          "tijd (WIA art. 64 lid 6); hieronder staat wanneer niet. Uw WIA-uitkering kan ingaan op "
                          "{ingang}.",
    "te_laat": "Uw WIA-aanvraag kwam {dagen} dagen te laat bij UWV binnen. Uw WIA-uitkering kan daardoor pas op "
               "{ingang} ingaan.",
    # The AOW date (fixed, with a birth date) falls on or before the end of the wage period in the dates: no WIA
    # benefit from the AOW date (WIA art. 43 onder g), and from that date six weeks of wage at most, within the 104
    # weeks (BW 7:629 lid 2 sub b and last sentence). `{aow}`, `{loon_tot}`: dates; `{leeftijd}`: "67 jaar".
    "aow_voor_einde": "U bereikt op {aow} de AOW-leeftijd ({leeftijd}), voor het einde van de wachttijd. Vanaf uw "
                      "AOW-datum kunt u geen WIA-uitkering krijgen (WIA art. 43 onder g). Uw werkgever betaalt vanaf "
                      "die dag nog hooguit {aow_loondoorbetaling_weken} weken loon bij ziekte, tot en met {loon_tot} "
                      "(BW 7:629 lid 2).",
    # Sick on or after the AOW date: six weeks of wage (BW 7:629 lid 2 sub b); the two sick years do not apply.
    "aow_al_bereikt": "U werd ziek op of na uw AOW-datum ({aow}). Dan betaalt uw werkgever hooguit "
                      "{aow_loondoorbetaling_weken} weken loon bij ziekte (BW 7:629 lid 2 sub b) en krijgt u geen "
                      "WIA-uitkering (WIA art. 43 onder g).",
}

#: Said of the end of the wage period and of the start of the WIA benefit in the tijdlijn when the AOW date falls
#: before that end (SAMENVATTING["aow_voor_einde"]): the dates are kept (ids and order stay), the titles and texts say
#: what holds instead. BW 7:629 lid 2 (six weeks from the AOW date, `{loon_tot}` the last day), WIA art. 43 onder g.
AOW_MIJLPAAL_TITEL = {
    "einde_wachttijd": " (uw loon stopt eerder: AOW-leeftijd)",
    "wia_ingang": " (geldt niet: AOW-leeftijd)",
}
AOW_MIJLPAAL_UITLEG = {
    "einde_wachttijd": "Zonder AOW-leeftijd zou uw loon bij ziekte tot en met deze dag lopen. U bereikt eerder de "
                       "AOW-leeftijd, op {aow}. Daarom betaalt uw werkgever hooguit tot en met {loon_tot} loon bij "
                       "ziekte (BW 7:629 lid 2).",
    "wia_ingang": "Op deze dag zou een WIA-uitkering kunnen ingaan als u de AOW-leeftijd nog niet had. U bereikt die op "
                  "{aow}, eerder. Vanaf uw AOW-datum is er geen recht op een WIA-uitkering (WIA art. 43 onder g).",
}
AOW_MIJLPAAL_STAP = {
    "einde_wachttijd": "Uw loon bij ziekte stopt al eerder: na {loon_tot}, omdat u op {aow} de AOW-leeftijd bereikt "
                       "(BW 7:629 lid 2).",
    "wia_ingang": "U krijgt geen WIA-uitkering: u bereikt op {aow} de AOW-leeftijd (WIA art. 43 onder g).",
}
AOW_MIJLPAAL_STAP_WERKGEVER = {
    "einde_wachttijd": "Uw loonplicht stopt al eerder: na {loon_tot}, omdat de werknemer op {aow} de AOW-leeftijd "
                       "bereikt (BW 7:629 lid 2).",
    "wia_ingang": "De werknemer krijgt geen WIA-uitkering: die bereikt op {aow} de AOW-leeftijd (WIA art. 43 onder g).",
}

#: Said whenever the tijdlijn has a voluntary extension. The dates follow the usual reading (the application
#: deadline and the re-integratieverslag move with the extended end), but only the verslag's move is in the law for a
#: first extension (WIA art. 25 lid 4 names art. 24 lid 1). WIA art. 64 lid 3 names the extended end only "indien
#: toepassing is gegeven aan artikel 24, derde lid" (a new end after a request to shorten or extend further); for a
#: first extension (art. 24 lid 1) UWV's decision gives the date (register/teksten-regels.yml).
VERLENGING_AANVRAAGDATUM = (
    "Met de vrijwillige verlenging legt deze berekening de uiterste datum voor de WIA-aanvraag "
    "{wia_aanvraag_weken_voor_einde} weken voor het einde van de verlenging. De wet zegt dat alleen met zoveel "
    "woorden als UWV de verlenging later korter of langer maakt (WIA art. 64 lid 3 en art. 24 lid 3), niet bij een "
    "eerste verlenging. UWV noemt de datum in zijn besluit over de verlenging: houd die datum aan en vraag UWV bij "
    "twijfel (stand op 2 december 2026)."
)

#: The source a milestone cites when the tijdlijn has a voluntary extension: the re-integratieverslag's extended
#: deadline is in the law itself, the application's is read from the decision of UWV (see VERLENGING_AANVRAAGDATUM).
BRON_BIJ_VERLENGING: dict[str, Bron] = {
    "reintegratieverslag": BRONNEN["wia_25_4"],
    "wia_aanvraag_uiterlijk": BRONNEN["wia_64_3_verlenging"],
}

#: Said after the note on a voluntary extension (tijdlijn): until UWV's decision names another date, the law's own
#: deadline holds. WIA art. 64 lid 3: "elf weken voor afloop van de wachttijd", and the wachttijd stays 104 weeks
#: (art. 23 lid 1); art. 24 lid 1 extends the wage period "na afloop van de wachttijd". `{wettelijk}` is that date.
VERLENGING_TOT_BESLUIT = (
    "Heeft u het besluit van UWV over de verlenging nog niet? Dan geldt de datum uit de wet: UWV moet uw aanvraag "
    "uiterlijk op {wettelijk} hebben, {wia_aanvraag_weken_voor_einde} weken voor het einde van de wachttijd van "
    "{wachttijd_weken} weken (WIA art. 64 lid 3). Vraag UWV bij twijfel welke datum voor u geldt."
)

#: Said on the calendar event of the last day to apply for WIA (and only there): the letter's date is
#: what UWV holds the reader to, and a late letter gives four weeks from receipt (WIA art. 64 lid 6,
#: which does not apply when the employer reported the sickness to UWV only at 81 weeks or later).
AGENDA_AANVRAAG = ("De datum in de brief van UWV gaat altijd voor. Kwam de brief van UWV te laat? Dan geldt uw "
                   "aanvraag als op tijd als u binnen {late_brief_aanvraag_weken} weken na ontvangst van de brief "
                   "aanvraagt (WIA art. 64 lid 6). Dat geldt niet als uw werkgever u pas op of na de dag waarop u "
                   "{late_brief_melding_voor_weken} weken ziek was bij UWV ziek meldde.")

#: Said when the application was late, or the last day passed without one, and the reader did not say whether the
#: letter of UWV came (tijdlijn): the dates assume it came on time, and without it the application counts as on time
#: (WIA art. 64 lid 6, first sentence). `{brief}` is the latest day for the letter (art. 64 lid 2).
BRIEF_AANGENOMEN = (
    "De rekenhulp gaat ervan uit dat u de brief van UWV over de WIA-aanvraag op tijd kreeg, uiterlijk op {brief} (WIA "
    "art. 64 lid 2). Kreeg u geen brief? Kies dat dan bij 'Brief van UWV'. Heeft UWV de brief niet gestuurd, dan geldt "
    "uw aanvraag als op tijd (WIA art. 64 lid 6). Kwam de brief later? Vul dan in wanneer."
)

#: Said when the reader got no letter and its latest day has passed (WIA art. 64 lid 2 and lid 6). Lid 6 speaks of a
#: letter UWV "niet heeft gedaan": a letter that was sent and went missing is not named; the text says so. The second
#: sentence of lid 6 takes the rule away when the employer reported the sickness to UWV only at 81 weeks or later;
#: the tijdlijn does not ask that date. `{brief}`: the latest day for the letter; `{grens}`: the day of 81 weeks.
GEEN_BRIEF = (
    "U kreeg geen brief van UWV over de WIA-aanvraag. UWV moest u die uiterlijk op {brief} sturen (WIA art. 64 lid 2). "
    "Heeft UWV die brief niet gestuurd, dan geldt uw aanvraag als op tijd (WIA art. 64 lid 6). De rekenhulp rekent "
    "daarom niet met dagen te laat. Dit geldt niet als uw werkgever u pas op of na {grens} ziek meldde bij UWV (lid 6)."
    "{anders} Stuurde UWV de brief wel, maar kreeg u hem niet? Daar zegt de wet niets over. Vraag UWV dan hoe het uw "
    "aanvraag ziet (stand op 6 december 2026)."
)
#: Appended to GEEN_BRIEF when the application came after the ordinary last day: the delay the exception would give.
GEEN_BRIEF_ANDERS = " Dan kwam uw aanvraag {dagen} dagen te laat en schuiven de data zoveel dagen op."

#: Said when the reader chose "no letter" before its latest day (WIA art. 64 lid 2): nothing follows from it yet.
GEEN_BRIEF_NOG_NIET = (
    "U kreeg nog geen brief van UWV over de WIA-aanvraag. UWV hoeft die pas uiterlijk op {brief} te sturen (WIA art. 64 "
    "lid 2). Komt er dan geen brief, dan geldt uw aanvraag als op tijd (WIA art. 64 lid 6)."
)

#: Said with every loonsanctie (tijdlijn). WIA art. 25 lid 9: at most 52 weeks; a WAZO leave on the day the sanction
#: starts postpones it to the end of the leave, a leave during it interrupts it. Lid 12 to 14: the employer reports a
#: repair, UWV decides within three weeks, the sanction ends six weeks after UWV found it repaired (never after 52
#: weeks), and ends as much earlier as a decision of UWV came late.
LOONSANCTIE_KAN_SCHUIVEN = (
    "De loonsanctie kan korter duren dan de {weken} weken die u invulde. Herstelt uw werkgever wat hij te weinig deed, "
    "dan meldt hij dat aan UWV. UWV beslist dan binnen {loonsanctie_herstel_beslis_weken} weken (WIA art. 25 lid 12 en "
    "13). De loonsanctie stopt {loonsanctie_einde_na_herstel_weken} weken nadat UWV heeft vastgesteld dat het tekort "
    "hersteld is, en nooit later dan na {loonsanctie_max_weken} weken. Beslist UWV te laat, dan stopt zij zoveel eerder "
    "(lid 14). Heeft u zwangerschaps- of bevallingsverlof als de loonsanctie begint, dan begint zij pas na het verlof. "
    "Begint zo'n verlof tijdens de loonsanctie, dan telt die tijd niet mee (lid 9). Het einde van de loondoorbetaling "
    "hieronder kan dus eerder of later vallen. Het besluit van UWV gaat voor."
)

#: The AOW age during the waiting period (tijdlijn, with a birth date). BW 7:629 lid 2 sub b and its last sentence:
#: sick before the AOW date, then from that date six weeks, as long as the whole is not more than 104 weeks. ZW art.
#: 29 lid 4: no ziekengeld on and after the AOW date when sick before it. WIA art. 43 onder g: reaching the AOW age
#: excludes a WIA benefit. The tijdlijn does not cut its dates (a verlenging, loonsanctie or late application interacts
#: with lid 2 in ways the law does not spell out); it says what changes. `{aow}`: the AOW date; `{loon_tot}`: six
#: weeks from it, the last day; `{einde}`: the end of the wage period in the dates.
AOW_TIJDENS_WACHTTIJD = (
    "U bereikt op {aow} de AOW-leeftijd ({leeftijd}). Dat is voor het einde van de loondoorbetaling op {einde}. Vanaf "
    "uw AOW-datum betaalt uw werkgever nog hooguit {aow_loondoorbetaling_weken} weken loon bij ziekte, dus tot en met "
    "{loon_tot}, en samen nooit langer dan {wachttijd_weken} weken (BW 7:629 lid 2). Krijgt u Ziektewet van UWV? Die "
    "stopt op uw AOW-datum (Ziektewet art. 29 lid 4). Een WIA-uitkering krijgt u niet meer vanaf uw AOW-datum (WIA "
    "art. 43 onder g). De data hieronder houden hier geen rekening mee: ze gelden voor wie de AOW-leeftijd nog niet "
    "heeft. Lees wat er verder verandert op de pagina Ziek na de AOW-leeftijd."
)
#: Sick on or after the AOW date: six weeks of wage (BW 7:629 lid 2 sub b) and at most six weeks of ziekengeld
#: (ZW art. 29 lid 5); the two sick years do not apply.
AOW_AL_BEREIKT = (
    "U werd ziek op of na uw AOW-datum ({aow}). Dan betaalt uw werkgever hooguit {aow_loondoorbetaling_weken} weken "
    "loon bij ziekte (BW 7:629 lid 2 sub b), en duurt een Ziektewet-uitkering hooguit {aow_ziektewet_max_weken} weken "
    "(Ziektewet art. 29 lid 5). De termijnen van twee ziektejaren hieronder gelden dan niet voor u. Lees meer op de "
    "pagina Ziek na de AOW-leeftijd."
)
#: The AOW age for births from 1 October 1964 was not fixed on 6 December 2026 (`aow.leeftijd`).
AOW_NIET_VAST = (" De AOW-leeftijd voor uw geboortedatum is nog niet vastgesteld. De rekenhulp rekent met {leeftijd}; "
                 "het kan later worden, niet eerder (Algemene Ouderdomswet art. 7a).")

#: Warning beside the first sick day when it is a Saturday, Sunday or feestdag (tijdlijn, dossiercheck). WIA art. 23
#: lid 2: the first day of the waiting period is "de eerste werkdag ... waarop door de verzekerde wegens ziekte niet is
#: gewerkt of het werken tijdens de werktijd is gestaakt"; a werkdag is the person's own working day, so this asks.
GEEN_WERKDAG = (
    "{dag} is een {soort}. De wachttijd begint op de eerste werkdag waarop u door ziekte niet werkte, of waarop u "
    "tijdens het werk stopte (WIA art. 23 lid 2). Werkt u normaal niet op die dag? Vul dan de eerste werkdag in "
    "waarop u niet werkte. Werkt u wel op die dag, dan klopt de datum."
)
#: The same when the first day of the waiting period was not typed but computed: the day after a leave with sickness
#: from another cause afterwards (`telling.huidig_geval`). It is said beside that leave, and asks nothing to change.
GEEN_WERKDAG_NA_VERLOF = (
    "{dag} is een {soort}. De rekenhulp laat uw nieuwe wachttijd op die dag beginnen: de dag na verlof {nr}, omdat u "
    "daarna ziek was door een andere oorzaak. De wachttijd begint op de eerste werkdag waarop u door ziekte niet "
    "werkte (WIA art. 23 lid 2). Werkt u normaal niet op die dag? Dan begint uw wachttijd op uw eerste werkdag daarna "
    "en liggen de data hieronder zoveel dagen te vroeg. Werkt u wel op die dag, dan kloppen de data."
)
GEEN_WERKDAG_NA_VERLOF_DOSSIER = (
    "{dag} is een {soort}. De check laat de nieuwe wachttijd op die dag beginnen: de dag na verlof {nr}, omdat de "
    "werknemer daarna ziek was door een andere oorzaak. De wachttijd begint op de eerste werkdag waarop de werknemer "
    "door ziekte niet werkte (WIA art. 23 lid 2). Werkt de werknemer normaal niet op die dag? Dan begint de wachttijd "
    "op de eerste werkdag daarna en liggen de data hieronder zoveel dagen te vroeg. Werkt de werknemer wel op die dag, "
    "dan kloppen de data."
)
GEEN_WERKDAG_DOSSIER = (
    "{dag} is een {soort}. De wachttijd begint op de eerste werkdag waarop de werknemer door ziekte niet werkte, of "
    "waarop de werknemer tijdens het werk stopte (WIA art. 23 lid 2). Werkt de werknemer normaal niet op die dag? Vul "
    "dan de eerste werkdag in waarop de werknemer niet werkte. Werkt de werknemer wel op die dag, dan klopt de datum."
)
