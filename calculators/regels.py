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

from dataclasses import dataclass
from datetime import date

from .bronnen import BRONNEN, Bron

#: The date on which a person last checked every rule below against its source.
LAATST_GECONTROLEERD = date(2026, 11, 22)

WACHTTIJD_WEKEN = 104
LAATSTE_DAG_WACHTTIJD = 7 * WACHTTIJD_WEKEN - 1  # counted day 727 (WIA art. 23 lid 1)


@dataclass(frozen=True)
class Mijlpaal:
    """One deadline or moment of the waiting period.

    Exactly one of `dag` (a counted-day offset from the first sick day) and `dagen_voor_einde`
    (calendar days before the last day of the waiting period, before sanction and late days) is
    set; `einde_wachttijd` and `wia_ingang` are derived from the end and have neither.
    """

    id: str
    titel: str
    uitleg: str  # may name `{week}` and any GETALLEN key; read it through `uitleg_tekst`
    wie: str
    bron: Bron
    dag: int | None = None
    dagen_voor_einde: int | None = None
    venster_vanaf_dag: int | None = None

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

    @property
    def uitleg_tekst(self) -> str:
        """The explanation with its numbers filled in from this module's data, never retyped."""
        return self.uitleg.format(week=self.week, **{naam: waarde for naam, (waarde, _) in GETALLEN.items()})


def _m(**kwargs) -> Mijlpaal:
    bron = kwargs.pop("bron")
    return Mijlpaal(bron=BRONNEN[bron], **kwargs)


MIJLPALEN: tuple[Mijlpaal, ...] = (
    _m(
        id="vervroegde_iva_vanaf",
        titel="Vervroegde IVA aanvragen kan vanaf nu",
        uitleg="Bent u volledig en duurzaam arbeidsongeschikt? Dan kunt u na minimaal {vervroegde_iva_vanaf_weken} weken ziekte "
        "een WIA-uitkering met verkorte wachttijd (vervroegde IVA) aanvragen, met een verklaring "
        "van de bedrijfsarts. Dat kan maar één keer.",
        wie="werknemer",
        bron="wia_66",
        dag=21,
    ),
    _m(
        id="probleemanalyse",
        titel="Probleemanalyse door de bedrijfsarts",
        uitleg="Dreigt u lang ziek te blijven? Dan geeft de bedrijfsarts uiterlijk in week {week} een "
        "oordeel: wat kunt u nog, wat niet, en wat is er nodig om weer te werken.",
        wie="bedrijfsarts",
        bron="procesgang_2",
        dag=41,
    ),
    _m(
        id="plan_van_aanpak",
        titel="Plan van aanpak",
        uitleg="U en uw werkgever maken samen een plan voor uw terugkeer naar werk, uiterlijk "
        "{pva_na_probleemanalyse_weken} weken na de probleemanalyse. Uw eigen visie staat erin. U bespreekt "
        "het plan minstens elke {evaluatie_elke_weken} weken.",
        wie="werkgever en werknemer",
        bron="wia_25_2",
        dag=55,
    ),
    _m(
        id="ziekmelding_uwv",
        titel="Ziekmelding bij UWV (42e-weeksmelding)",
        uitleg="Uw werkgever meldt bij UWV dat u {ziekmelding_na_weken} weken ziek bent. UWV accepteert de melding in de "
        "praktijk ook op de eerstvolgende werkdag. Te laat melden kan de werkgever een boete kosten.",
        wie="werkgever",
        bron="zw_38",
        dag=294,
    ),
    _m(
        id="eerstejaarsevaluatie",
        titel="Eerstejaarsevaluatie",
        uitleg="U en uw werkgever kijken terug op het eerste jaar en spreken af wat het doel is voor "
        "het tweede jaar. Dit gesprek vindt meestal plaats tussen week {eje_venster_vanaf_week} en week {week}.",
        wie="werkgever en werknemer",
        bron="procesgang_4",
        dag=363,
        venster_vanaf_dag=315,
    ),
    _m(
        id="spoor2_uiterlijk",
        titel="Spoor 2 gestart",
        uitleg="Kunt u niet terug in eigen of ander werk bij uw werkgever? Dan hoort werk bij een andere "
        "werkgever (spoor 2) zo vroeg mogelijk te starten. UWV verwacht in de praktijk een start "
        "uiterlijk {spoor2_na_eje_weken} weken na de eerstejaarsevaluatie. Dit is uitvoeringspraktijk, geen wettelijke termijn.",
        wie="werkgever",
        bron="uwv_spoor2",
        dag=405,
    ),
    _m(
        id="vervroegde_iva_uiterlijk",
        titel="Laatste dag om vervroegde IVA aan te vragen",
        uitleg="Een aanvraag voor een verkorte wachttijd (vervroegde IVA) moet binnen zijn voordat u "
        "{vervroegde_iva_tot_weken} weken ziek bent. De wachttijd duurt dan ten hoogste "
        "{verkorte_wachttijd_max_weken} weken.",
        wie="werknemer",
        bron="wia_23_6",
        dag=475,
    ),
    _m(
        id="wia_brief",
        titel="Brief van UWV over de WIA-aanvraag",
        uitleg="Na {wia_brief_na_weken} weken ziekte stuurt UWV u een brief. Vanaf dat moment kunt u de WIA-uitkering "
        "aanvragen. Uw werkgever krijgt een kopie.",
        wie="UWV",
        bron="uwv_wanneer_wia",
        dag=616,
    ),
    _m(
        id="wia_brief_uiterlijk",
        titel="Uiterste datum voor de brief van UWV",
        uitleg="UWV moet u uiterlijk op deze dag schriftelijk laten weten dat u de WIA kunt aanvragen. "
        "Komt de brief later? Dan heeft u na ontvangst {late_brief_aanvraag_weken} weken om aan te vragen.",
        wie="UWV",
        bron="wia_64_2",
        dag=622,
    ),
    _m(
        id="reintegratieverslag",
        titel="Re-integratieverslag klaar",
        uitleg="Uw werkgever maakt samen met u het re-integratieverslag en geeft u een kopie. U heeft "
        "het nodig voor uw WIA-aanvraag.",
        wie="werkgever",
        bron="wia_25_3",
        dagen_voor_einde=91,
    ),
    _m(
        id="wia_aanvraag_uiterlijk",
        titel="WIA aanvragen: uiterste datum",
        uitleg="UWV moet uw WIA-aanvraag uiterlijk op deze dag hebben: {wia_aanvraag_weken_voor_einde} weken voor het einde van de "
        "wachttijd. Alleen u kunt de aanvraag doen. Bent u te laat, dan begint uw uitkering later.",
        wie="werknemer",
        bron="wia_64_3",
        dagen_voor_einde=77,
    ),
    _m(
        id="einde_wachttijd",
        titel="Einde wachttijd en loondoorbetaling",
        uitleg="Laatste dag van de wachttijd. Tot en met deze dag betaalt uw werkgever loon bij ziekte.",
        wie="werkgever",
        bron="wia_23",
    ),
    _m(
        id="wia_ingang",
        titel="WIA-uitkering kan ingaan",
        uitleg="De eerste dag waarop een WIA-uitkering kan ingaan, als UWV die toekent.",
        wie="UWV",
        bron="wia_47",
    ),
)

MIJLPAAL = {m.id: m for m in MIJLPALEN}

#: Thresholds and lengths, each with the source that sets it. Pages read them as `{{ getal.naam }}`.
GETALLEN: dict[str, tuple[int, Bron]] = {
    "wachttijd_weken": (WACHTTIJD_WEKEN, BRONNEN["wia_23"]),
    "ziekmelding_na_weken": (42, BRONNEN["zw_38"]),
    "eje_venster_vanaf_week": (MIJLPAAL["eerstejaarsevaluatie"].venster_vanaf_dag // 7 + 1, BRONNEN["uwv_stappen"]),
    "evaluatie_elke_weken": (6, BRONNEN["uwv_stappen"]),
    "pva_na_probleemanalyse_weken": (2, BRONNEN["wia_25_2"]),
    "spoor2_na_eje_weken": (6, BRONNEN["uwv_spoor2"]),
    "samentellen_onder_weken": (4, BRONNEN["bw_629_10"]),
    "samentellen_onder_dagen": (28, BRONNEN["bw_629_10"]),
    "loonsanctie_max_weken": (52, BRONNEN["wia_25_9"]),
    "verlenging_min_weken": (13, BRONNEN["wia_24"]),
    "riv_weken_voor_einde": (13, BRONNEN["wia_25_3"]),
    "wia_aanvraag_weken_voor_einde": (11, BRONNEN["wia_64_3"]),
    "wia_brief_na_weken": (88, BRONNEN["uwv_wanneer_wia"]),
    "wia_brief_uiterlijk_weken": (89, BRONNEN["wia_64_2"]),
    "late_brief_aanvraag_weken": (4, BRONNEN["wia_64_6"]),
    "vervroegde_iva_vanaf_weken": (3, BRONNEN["uwv_bijna_2_jaar"]),
    "vervroegde_iva_tot_weken": (68, BRONNEN["uwv_bijna_2_jaar"]),
    "verkorte_wachttijd_min_weken": (13, BRONNEN["wia_23_6"]),
    "verkorte_wachttijd_max_weken": (78, BRONNEN["wia_23_6"]),
    "verkorte_wachttijd_na_aanvraag_weken": (10, BRONNEN["wia_23_6"]),
    "wia_ondergrens_procent": (35, BRONNEN["wia_5"]),
    "iva_grens_procent": (80, BRONNEN["wia_4"]),
    "passend_eigen_niveau_maanden": (6, BRONNEN["besluit_passende_arbeid"]),
    "passend_min_inkomen_procent": (70, BRONNEN["besluit_passende_arbeid"]),
    "reistijd_eerste_halfjaar_uren": (2, BRONNEN["besluit_passende_arbeid"]),
    "reistijd_daarna_uren": (3, BRONNEN["uwv_ww_passend"]),
}


def getal(naam: str) -> int:
    """The value of a threshold; raises KeyError for an unknown name so typos fail loudly."""
    return GETALLEN[naam][0]
