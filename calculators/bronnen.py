"""Official sources that the rules cite, each with a stable URL.

Law links use the JCI form of wetten.overheid.nl (`jci1.3:c:<BWB-id>&artikel=N`), which always
opens the version in force today; that is what a reader checking a rule wants to see. The rule
data in `regels.py` refers to these by name so a URL is written down once.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bron:
    """A citation: what a reader sees (`label`) and where the text can be checked (`url`)."""

    label: str
    url: str


def wet_url(bwb: str, artikel: str, lid: str | None = None) -> str:
    """The wetten.overheid.nl address that always opens the article as it is in force today (a jci link),
    so a reader lands on the text the page cites, not on the top of a long law."""
    url = f"https://wetten.overheid.nl/jci1.3:c:{bwb}&artikel={artikel}"
    return f"{url}&lid={lid}" if lid else url


WIA = "BWBR0019057"
ZIEKTEWET = "BWBR0001888"
BW7 = "BWBR0005290"
REGELING_PROCESGANG = "BWBR0013540"
WW = "BWBR0004045"
WML = "BWBR0002638"
WFSV = "BWBR0017745"

BRONNEN: dict[str, Bron] = {
    "procesgang_2": Bron(
        "Regeling procesgang eerste en tweede ziektejaar, art. 2",
        wet_url(REGELING_PROCESGANG, "2"),
    ),
    "procesgang_4": Bron(
        "Regeling procesgang eerste en tweede ziektejaar, art. 4",
        wet_url(REGELING_PROCESGANG, "4"),
    ),
    "procesgang_4_1": Bron(
        "Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1 (plan van aanpak binnen twee weken)",
        wet_url(REGELING_PROCESGANG, "4", "1"),
    ),
    "procesgang_5": Bron(
        "Regeling procesgang eerste en tweede ziektejaar, art. 5 (afwijken van de termijnen, met redenen)",
        wet_url(REGELING_PROCESGANG, "5"),
    ),
    "wia_23": Bron("Wet WIA, art. 23 (wachttijd)", wet_url(WIA, "23")),
    "wia_23_6": Bron("Wet WIA, art. 23 lid 6 (verkorte wachttijd)", wet_url(WIA, "23", "6")),
    "wia_24": Bron("Wet WIA, art. 24 (vrijwillige verlenging)", wet_url(WIA, "24")),
    "uwv_verlenging_minimum": Bron(
        "Praktijk van UWV: een vrijwillige verlenging duurt minstens 13 weken (UWV, pagina voor eigenrisicodragers; "
        "WIA art. 24 noemt geen minimum voor een eerste verlenging, alleen 13 weken na een verzoek om te verkorten "
        "of verder te verlengen, lid 3)",
        "https://www.uwv.nl/werkgevers/eigenrisicodrager/eigenrisicodrager-wga/tijdens-eigen-risico-dragen-wga/detail/werknemer-is-ziek",
    ),
    "wia_25_2": Bron("Wet WIA, art. 25 lid 2 (plan van aanpak)", wet_url(WIA, "25", "2")),
    "wia_25_3": Bron("Wet WIA, art. 25 lid 3 (re-integratieverslag)", wet_url(WIA, "25", "3")),
    "wia_25_4": Bron("Wet WIA, art. 25 lid 4 (re-integratieverslag bij een vrijwillige verlenging)", wet_url(WIA, "25", "4")),
    "wia_64_3_verlenging": Bron(
        "Wet WIA, art. 64 lid 3 (uiterste aanvraagdatum). Het einde van een verlenging noemt dit lid alleen na een "
        "verkorting of verdere verlenging (art. 24 lid 3), niet bij een eerste verlenging: de datum staat in het "
        "besluit van UWV",
        wet_url(WIA, "64", "3"),
    ),
    "wia_25_9": Bron("Wet WIA, art. 25 lid 9 (loonsanctie)", wet_url(WIA, "25", "9")),
    "wia_47": Bron("Wet WIA, art. 47 lid 2 en art. 54 lid 2 (ingang uitkering)", wet_url(WIA, "47", "2")),
    "wia_64_2": Bron("Wet WIA, art. 64 lid 2 (brief van UWV)", wet_url(WIA, "64", "2")),
    "wia_64_3": Bron("Wet WIA, art. 64 lid 3 (uiterste aanvraagdatum)", wet_url(WIA, "64", "3")),
    "wia_64_6": Bron("Wet WIA, art. 64 lid 6 (te late brief van UWV)", wet_url(WIA, "64", "6")),
    "wia_66": Bron("Wet WIA, art. 66 (aanvraag verkorte wachttijd)", wet_url(WIA, "66")),
    "wia_4": Bron("Wet WIA, art. 4 (volledig en duurzaam arbeidsongeschikt)", wet_url(WIA, "4")),
    "wia_5": Bron("Wet WIA, art. 5 (gedeeltelijk arbeidsgeschikt)", wet_url(WIA, "5")),
    "wia_6": Bron("Wet WIA, art. 6 (verzekeringsgeneeskundig en arbeidskundig onderzoek)", wet_url(WIA, "6")),
    "wia_43": Bron("Wet WIA, art. 43 (wanneer geen recht op uitkering bestaat)", wet_url(WIA, "43")),
    "zw_38": Bron("Ziektewet, art. 38 lid 1 (ziekmelding bij UWV)", wet_url(ZIEKTEWET, "38", "1")),
    "zw_38_3": Bron("Ziektewet, art. 38 lid 3 (boete bij te late ziekmelding)", wet_url(ZIEKTEWET, "38", "3")),
    "wia_25_12_14": Bron(
        "Wet WIA, art. 25 lid 9 en 12 tot en met 14 (loonsanctie van ten hoogste 52 weken; korter als de werkgever "
        "het tekort herstelt)",
        wet_url(WIA, "25", "9"),
    ),
    "wia_26_2": Bron(
        "Wet WIA, art. 26 lid 2 (eigenrisicodrager voor de Ziektewet: dezelfde plichten voor het dossier; UWV kan het "
        "ziekengeld tot 52 weken langer laten doorlopen)",
        wet_url(WIA, "26", "2"),
    ),
    "zw_38aa": Bron(
        "Ziektewet, art. 38aa (eigenrisicodrager voor de Ziektewet: eigen termijnen voor de melding bij UWV)",
        wet_url(ZIEKTEWET, "38aa"),
    ),
    "uwv_42e_week_werkdag": Bron(
        "UWV: ziek melden bij UWV (42e-weeksmelding): ‘uiterlijk de eerste werkdag na de 42e ziekteweek’. "
        "Praktijk van UWV; de wet noemt de eerste dag na 42 weken, en de Algemene termijnenwet geldt niet voor een "
        "termijn van meer dan twaalf weken (art. 4)",
        "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv",
    ),
    "uwv_deskundigenoordeel_werknemer": Bron(
        "UWV: als de re-integratie vastloopt, het deskundigenoordeel (werknemers)",
        "https://www.uwv.nl/particulieren/ziek/ziek-met-werkgever/re-integreren-tijdens-ziekte/detail/deskundigenoordeel",
    ),
    "cao_rijk_8": Bron(
        "Voorbeeld van afspraken in een cao: CAO Rijk, hoofdstuk 8 (ziekte en arbeidsongeschiktheid)",
        "https://www.caorijk.nl/cao/8-ziekte-en-arbeidsongeschiktheid",
    ),
    "zw_38a_3": Bron(
        "Ziektewet, art. 38a lid 3 (no-riskpolis en ziekte door zwangerschap: ziekmelding bij UWV uiterlijk op de "
        "eerste dag na zes weken; te laat: boete, lid 8, en ziekengeld met terugwerkende kracht over ten hoogste "
        "een jaar, lid 9)",
        wet_url(ZIEKTEWET, "38a", "3"),
    ),
    "bw_629_10": Bron("Burgerlijk Wetboek Boek 7, art. 629 lid 10 (samentellen)", wet_url(BW7, "629", "10")),
    "bw_629_11": Bron("Burgerlijk Wetboek Boek 7, art. 629 lid 11 (langer loon)", wet_url(BW7, "629", "11")),
    "bw_629_3": Bron("Burgerlijk Wetboek Boek 7, art. 629 lid 3 (loonstop)", wet_url(BW7, "629", "3")),
    "bw_629_3_d": Bron(
        "Burgerlijk Wetboek Boek 7, art. 629 lid 3 sub d (geen loon bij weigeren mee te werken aan voorschriften "
        "en maatregelen voor passend werk)",
        wet_url(BW7, "629", "3"),
    ),
    "bw_629_3_e": Bron(
        "Burgerlijk Wetboek Boek 7, art. 629 lid 3 sub e (geen loon bij weigeren mee te werken aan het plan van aanpak)",
        wet_url(BW7, "629", "3"),
    ),
    "bw_629_3_f": Bron(
        "Burgerlijk Wetboek Boek 7, art. 629 lid 3 sub f (geen loon over de tijd dat de WIA-aanvraag zonder "
        "deugdelijke grond te laat is)",
        wet_url(BW7, "629", "3"),
    ),
    "bw_629_6": Bron(
        "Burgerlijk Wetboek Boek 7, art. 629 lid 6 (loon opschorten bij niet volgen van schriftelijke "
        "controlevoorschriften)",
        wet_url(BW7, "629", "6"),
    ),
    "bw_629_7": Bron(
        "Burgerlijk Wetboek Boek 7, art. 629 lid 7 (de werkgever meldt een loonstop of opschorting meteen)",
        wet_url(BW7, "629", "7"),
    ),
    "bw_629_11_a": Bron(
        "Burgerlijk Wetboek Boek 7, art. 629 lid 11 sub a (loon langer door met de duur van een te late WIA-aanvraag)",
        wet_url(BW7, "629", "11"),
    ),
    "bw_629_3_c": Bron(
        "Burgerlijk Wetboek Boek 7, art. 629 lid 3 sub c (geen loon als u zonder deugdelijke grond passend werk niet "
        "doet, bij uw werkgever of bij een ander die uw werkgever aanwijst)",
        wet_url(BW7, "629", "3"),
    ),
    "bw_629a": Bron(
        "Burgerlijk Wetboek Boek 7, art. 629a lid 1 en 2 (loon eisen bij de rechter: met een deskundigenoordeel van UWV)",
        wet_url(BW7, "629a", "1"),
    ),
    "bw_658a_1": Bron(
        "Burgerlijk Wetboek Boek 7, art. 658a lid 1 (werk bij een andere werkgever tijdens de loondoorbetaling; niet "
        "na de AOW-leeftijd)",
        wet_url(BW7, "658a", "1"),
    ),
    "bw_658a_4": Bron(
        "Burgerlijk Wetboek Boek 7, art. 658a lid 4 (wat passende arbeid is)", wet_url(BW7, "658a", "4"),
    ),
    "wia_88_1_c": Bron(
        "Wet WIA, art. 88 lid 1 sub c, lid 4 en 5 (UWV weigert de uitkering geheel of gedeeltelijk, blijvend of "
        "tijdelijk, bij een te late aanvraag; of volstaat met een waarschuwing)",
        wet_url(WIA, "88", "1"),
    ),
    "wia_24_2": Bron(
        "Wet WIA, art. 24 lid 2 (de verlenging eindigt op de datum die UWV aangeeft)", wet_url(WIA, "24", "2"),
    ),
    "bw_658a": Bron("Burgerlijk Wetboek Boek 7, art. 658a (re-integratie, passende arbeid)", wet_url(BW7, "658a")),
    "bw_629_2": Bron("Burgerlijk Wetboek Boek 7, art. 629 lid 2 (na de AOW-leeftijd)", wet_url(BW7, "629", "2")),
    "bw_629_1": Bron("Burgerlijk Wetboek Boek 7, art. 629 lid 1 (70% van het loon, 104 weken)", wet_url(BW7, "629", "1")),
    "awb_6_7": Bron("Algemene wet bestuursrecht, art. 6:7 (bezwaartermijn)", wet_url("BWBR0005537", "6:7")),
    "atw": Bron("Algemene termijnenwet, art. 1, 3 en 4", "https://wetten.overheid.nl/BWBR0002448"),
    "bw_670a": Bron("Burgerlijk Wetboek Boek 7, art. 670a (opzegverbod vervalt)", wet_url(BW7, "670a")),
    "bw_670_1": Bron(
        "Burgerlijk Wetboek Boek 7, art. 670 lid 1 (opzegverbod bij ziekte: tot twee jaar ziekte, na de AOW-leeftijd "
        "zes weken)",
        wet_url(BW7, "670", "1"),
    ),
    "bw_669_3": Bron(
        "Burgerlijk Wetboek Boek 7, art. 669 lid 3 onder b en e (ontslag na twee jaar ziekte zonder herstel binnen "
        "26 weken; ontslag wegens verwijtbaar handelen)",
        wet_url(BW7, "669", "3"),
    ),
    "bw_658a_3": Bron(
        "Burgerlijk Wetboek Boek 7, art. 658a lid 3 (plan van aanpak; niet na de AOW-leeftijd)", wet_url(BW7, "658a", "3"),
    ),
    "bw_660a": Bron(
        "Burgerlijk Wetboek Boek 7, art. 660a (plichten van de zieke werknemer, ook passend werk doen)",
        wet_url(BW7, "660a"),
    ),
    "wia_28_2": Bron(
        "Wet WIA, art. 28 lid 2 (tijdens de wachttijd: meewerken aan passend werk en genoeg doen om weer te werken)",
        wet_url(WIA, "28", "2"),
    ),
    "wia_30_1": Bron(
        "Wet WIA, art. 30 lid 1 (met een WGA-uitkering: passend werk doen en zoeken)", wet_url(WIA, "30", "1"),
    ),
    "wia_88_1_a": Bron(
        "Wet WIA, art. 88 lid 1 onder a en art. 90 lid 1 (UWV weigert de uitkering geheel of gedeeltelijk, blijvend of "
        "tijdelijk, als u de plichten van art. 28 of 30 niet nakwam; naar de ernst en de verwijtbaarheid)",
        wet_url(WIA, "88", "1"),
    ),
    "wia_102_3": Bron(
        "Wet WIA, art. 102 lid 3 (beslissen binnen een redelijke termijn: uiterlijk acht weken na de aanvraag)",
        wet_url(WIA, "102", "3"),
    ),
    "uwv_beslistermijn": Bron(
        "O&P Rijk (oprijk.nl), nieuwsbericht van 7 januari 2026: UWV verlengt tijdelijk de beslistermijn voor "
        "WIA-beoordelingen en herbeoordelingen van 8 naar 16 weken (een maatregel van UWV, de wet is niet gewijzigd)",
        "https://www.oprijk.nl/actueel/nieuws/2026/01/07/uwv-verlengt-per-1-januari-2026-tijdelijk-de-beslistermijn-voor-wia-herbeoordelingen-naar-16-weken",
    ),
    "uwv_ontslag_ziekte": Bron(
        "UWV: ontslag wegens langdurige arbeidsongeschiktheid",
        "https://www.uwv.nl/particulieren/ontslag/ik-word-ontslagen/detail/ontslag-wegens-langdurige-arbeidsongeschiktheid",
    ),
    "uwv_deskundigenoordeel": Bron(
        "UWV: deskundigenoordeel aanvragen (werkgevers; bedrag stand 2026, kan veranderen)",
        "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/samen-werken-aan-re-integratie/detail/hulp-van-uwv/deskundigenoordeel-als-de-re-integratie-vastloopt/hoe-vraag-ik-een-deskundigenoordeel-aan",
    ),
    "uwv_42e_week": Bron(
        "UWV: ziek melden bij UWV (42e-weeksmelding)",
        "https://www.uwv.nl/werkgevers/werknemer-is-ziek/loondoorbetaling/werknemer-is-langdurig-ziek/detail/ziek-melden-bij-uwv",
    ),
    "uwv_stappen": Bron(
        "UWV: stappenplan bij ziekte van een werknemer",
        "https://uwv.nl/en/employers/sickness/a-step-by-step-guide-to-employee-sickness",
    ),
    "uwv_spoor2": Bron(
        "Praktijk van UWV (Werkwijzer Poortwachter): spoor 2 uiterlijk 6 weken na de eerstejaarsevaluatie; "
        "de UWV-site zegt: uiterlijk na 1 jaar. Geen wettelijke termijn",
        "https://www.uwv.nl/en/employers/sickness/return-to-work-plan",
    ),
    "uwv_wanneer_wia": Bron(
        "UWV: wanneer vraag ik een WIA-uitkering aan?",
        "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/wia-uitkering-aanvragen/detail/wanneer-vraag-ik-een-wia-uitkering-aan",
    ),
    "uwv_vervroegde_iva": Bron(
        "Praktijk van UWV: vervroegde IVA aanvragen na minimaal 3 weken ziekte (de wet, WIA art. 66, noemt "
        "geen minimum)",
        "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/bijna-2-jaar-ziek-wia/",
    ),
    "ww_24_3": Bron(
        "Werkloosheidswet, art. 24 lid 3 (passende arbeid: eerst zes maanden aansluitend werk, daarna al het werk)",
        wet_url(WW, "24", "3"),
    ),
    "ww_24_4": Bron(
        "Werkloosheidswet, art. 24 lid 4 (WW na een afgewezen WIA na 104 weken ziekte: al het werk is direct passend)",
        wet_url(WW, "24", "4"),
    ),
    "uwv_ww_passend": Bron(
        "UWV: WW en passend werk",
        "https://www.uwv.nl/particulieren/werkloos/uw-rechten-en-plichten/detail/plichten-met-ww-uitkering/solliciteer-actief-naar-passend-werk/ww-en-passend-werk",
    ),
    "besluit_passende_arbeid_2_4": Bron(
        "Besluit passende arbeid WW en ZW, art. 2 (alleen bij een WW- of Ziektewet-uitkering) en art. 4 (eerste zes "
        "maanden: eigen niveau, 70% van het inkomen, hooguit twee uur reistijd per dag; uitzonderingen in lid 2 tot en "
        "met 4)",
        wet_url("BWBR0036081", "4"),
    ),
    "besluit_passende_arbeid": Bron(
        "Besluit passende arbeid WW en ZW, art. 4 en 5",
        "https://wetten.overheid.nl/BWBR0036081",
    ),
    "wia_25_10": Bron(
        "Wet WIA, art. 25 lid 10 (besluit over de loonsanctie: uiterlijk zes weken voor het einde van de wachttijd "
        "als de WIA-aanvraag op tijd was; anders zes weken voor het einde van de langere loondoorbetaling)",
        wet_url(WIA, "25", "10"),
    ),
    "wia_25_12": Bron(
        "Wet WIA, art. 25 lid 12 tot en met 14 (loonsanctie korter na herstel)", wet_url(WIA, "25", "12"),
    ),
    "bw_670b": Bron(
        "Burgerlijk Wetboek Boek 7, art. 670b (bedenktijd bij beëindiging met een overeenkomst)",
        wet_url(BW7, "670b"),
    ),
    "zw_19aa": Bron(
        "Ziektewet, art. 19aa (Ziektewet-beoordeling na 52 weken: de 65%-grens)",
        wet_url(ZIEKTEWET, "19aa"),
    ),
    "zw_29b": Bron(
        "Ziektewet, art. 29b lid 1 en 2 (no-riskpolis: ziekengeld vanaf de eerste dag, in de eerste vijf jaar van de "
        "nieuwe dienstbetrekking; na een Wajong-uitkering zonder die grens)",
        wet_url(ZIEKTEWET, "29b"),
    ),
    "zw_46": Bron("Ziektewet, art. 46 lid 1 (ziek binnen vier weken na het einde van de verzekering)",
                  wet_url(ZIEKTEWET, "46", "1")),
    "wia_117": Bron("Wet WIA, art. 117 lid 1 (lagere uitkering na bezwaar van de werkgever pas na zes weken)",
                    wet_url(WIA, "117", "1")),
    "wia_64_8": Bron("Wet WIA, art. 64 lid 8 (UWV hervat de aanvraag uiterlijk zes weken voor het einde van de "
                     "loonsanctie)", wet_url(WIA, "64", "8")),
    "ww_26": Bron("Werkloosheidswet, art. 26 lid 1 onder b (WW aanvragen binnen één week)", wet_url(WW, "26", "1")),
    "zw_29": Bron(
        "Ziektewet, art. 29 (hoogte en duur van de Ziektewet-uitkering; na de AOW-leeftijd)",
        wet_url(ZIEKTEWET, "29"),
    ),
    "zw_38_2": Bron(
        "Ziektewet, art. 38 lid 2 (ziek uit dienst: melding en re-integratieverslag)",
        wet_url(ZIEKTEWET, "38", "2"),
    ),
    "stb_2023_169": Bron(
        "Staatsblad 2023, 169 (AOW-leeftijd: zes in plaats van dertien weken vanaf 1 juli 2023)",
        "https://zoek.officielebekendmakingen.nl/stb-2023-169.html",
    ),
    "uwv_ziektewet_beoordeling": Bron(
        "UWV: krijg ik een Ziektewet-beoordeling?",
        "https://www.uwv.nl/particulieren/ziek/ziek-zonder-werkgever/ziektewet-beoordeling/detail/krijg-ik-een-ziektewet-beoordeling",
    ),
    "uwv_voorschot": Bron(
        "UWV: kan ik een voorschot op mijn WIA-uitkering krijgen?",
        "https://www.uwv.nl/particulieren/ziek/ziek-wia-uitkering/beoordeling-beslissing-wia-aanvraag/detail/beslissing-over-mijn-wia-aanvraag/kan-ik-een-voorschot-op-mijn-wia-uitkering-krijgen",
    ),
    "uwv_erd_wga_aanvragen": Bron(
        "UWV: aanvragen eigen risico dragen WGA",
        "https://www.uwv.nl/werkgevers/eigenrisicodrager/eigenrisicodrager-wga/eigen-risico-dragen-wga/detail/aanvragen-eigen-risico-dragen-wga",
    ),
    "uwv_erd_wga_10_jaar": Bron(
        "UWV: einde eigen risico dragen na 10 jaar",
        "https://www.uwv.nl/werkgevers/eigenrisicodrager/eigenrisicodrager-wga/tijdens-eigen-risico-dragen-wga/detail/voor-welke-wga-uitkering-ben-ik-eigenrisicodrager/einde-eigen-risico-dragen-na-10-jaar",
    ),
    "hr_kolom": Bron(
        "Hoge Raad 14 september 2018, ECLI:NL:HR:2018:1617 (Kolom: deel van de transitievergoeding bij blijvend minder uren)",
        "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:HR:2018:1617",
    ),
    "juridisch_loket_ziektewet": Bron(
        "Juridisch Loket: Ziektewet-uitkering",
        "https://www.juridischloket.nl/werk-en-inkomen/ziekte-en-zwangerschap/ziektewet-uitkering",
    ),
    "wia_25_1": Bron("Wet WIA, art. 25 lid 1 (de werkgever houdt een dossier bij)", wet_url(WIA, "25", "1")),
    "wia_25_8": Bron("Wet WIA, art. 25 lid 8 (UWV geeft een termijn om het re-integratieverslag aan te vullen)",
                     wet_url(WIA, "25", "8")),
    "wia_65": Bron("Wet WIA, art. 65 (aanvraag met re-integratieverslag; UWV toetst de re-integratie)",
                   wet_url(WIA, "65")),
    "wia_88": Bron(
        "Wet WIA, art. 88 lid 1 (UWV kan de uitkering weigeren, onder meer bij een aanvraag zonder re-integratieverslag)",
        wet_url(WIA, "88", "1"),
    ),
    "wia_102": Bron(
        "Wet WIA, art. 102 lid 3 tot en met 5 (beslistermijn WIA-aanvraag: redelijke termijn, in ieder geval acht weken)",
        wet_url(WIA, "102", "3"),
    ),
    "awb_4_17": Bron(
        "Algemene wet bestuursrecht, art. 4:17 (dwangsom bij niet tijdig beslissen)", wet_url("BWBR0005537", "4:17"),
    ),
    "wia_112": Bron(
        "Wet WIA, art. 112 (beslistermijn op bezwaar bij een medische of arbeidskundige beoordeling)", wet_url(WIA, "112"),
    ),
    "arbowet_second_opinion": Bron(
        "Staatsblad 2017, 255: de werknemer mag een second opinion van een andere bedrijfsarts vragen",
        "https://zoek.officielebekendmakingen.nl/stb-2017-255.html",
    ),
    "wia_64_11": Bron(
        "Wet WIA, art. 64 lid 11 (geen uitkering over de tijd lang vóór de aanvraag)", wet_url(WIA, "64", "11"),
    ),
    "beleidsregel_deskundigenoordeel": Bron(
        "Beleidsregel kosten aanvraag deskundigenoordeel 2013, art. 1 en 1a (UWV; bedragen kunnen veranderen)",
        wet_url("BWBR0032639", "1"),
    ),
    "wml_2026_07": Bron(
        "Regeling indexatie wettelijk minimumloon per 1 juli 2026 (Staatscourant 2026, 16505): minimumuurloon vanaf "
        "21 jaar; Wet minimumloon en minimumvakantiebijslag, art. 8 en 14",
        "https://zoek.officielebekendmakingen.nl/stcrt-2026-16505.html",
    ),
    "uwv_maximumdagloon": Bron(
        "UWV: maximumdagloon (bedrag per 1 juli 2026); art. 7:629 lid 1 BW verwijst naar art. 17 lid 1 Wfsv",
        "https://www.uwv.nl/particulieren/bedragen/detail/maximumdagloon",
    ),
    "bw_673_2": Bron(
        "Burgerlijk Wetboek Boek 7, art. 673 lid 2 en 3 (maximum van de transitievergoeding, geïndexeerd per 1 januari)",
        wet_url(BW7, "673", "2"),
    ),
    "regeling_compensatie_tv_2": Bron(
        "Regeling compensatie transitievergoeding, art. 2 (aanvraag binnen zes maanden na de volledige betaling)",
        wet_url("BWBR0041942", "2"),
    ),
    "wia_12": Bron("Wet WIA, art. 12 lid 1 (minimumloon met vakantietoeslag)", wet_url(WIA, "12", "1")),
    "wia_13": Bron("Wet WIA, art. 13 (dagloon en maandloon)", wet_url(WIA, "13")),
    "wia_14": Bron("Wet WIA, art. 14 (daglonen stijgen mee met het minimumloon)", wet_url(WIA, "14")),
    "wia_15": Bron("Wet WIA, art. 15 (arbeidsverleden)", wet_url(WIA, "15")),
    "wia_51": Bron("Wet WIA, art. 51 (hoogte IVA-uitkering)", wet_url(WIA, "51")),
    "wia_52": Bron("Wet WIA, art. 52 (inkomen naast de IVA-uitkering)", wet_url(WIA, "52")),
    "wia_54": Bron("Wet WIA, art. 54 lid 3 en 4 (delen van de WGA-uitkering)", wet_url(WIA, "54", "3")),
    "wia_58": Bron("Wet WIA, art. 58 (referte-eis)", wet_url(WIA, "58")),
    "wia_59": Bron("Wet WIA, art. 59 (duur loongerelateerde uitkering)", wet_url(WIA, "59")),
    "wia_60": Bron("Wet WIA, art. 60 (loonaanvulling of vervolguitkering, inkomenseis)", wet_url(WIA, "60")),
    "wia_61_1": Bron("Wet WIA, art. 61 lid 1 (hoogte loongerelateerde uitkering)", wet_url(WIA, "61", "1")),
    "wia_61": Bron("Wet WIA, art. 61 lid 2 tot en met 6 (hoogte loonaanvullingsuitkering)", wet_url(WIA, "61", "2")),
    "wia_62": Bron("Wet WIA, art. 62 (hoogte vervolguitkering)", wet_url(WIA, "62")),
    "wml_8": Bron("Wet minimumloon en minimumvakantiebijslag, art. 8 lid 1 onder b (minimumloon per maand)",
                  wet_url(WML, "8", "1")),
    "wml_15": Bron("Wet minimumloon en minimumvakantiebijslag, art. 15 (vakantiebijslag 8%)", wet_url(WML, "15")),
    "wfsv_17": Bron("Wet financiering sociale verzekeringen, art. 17 lid 1 en art. 18 (maximumdagloon)",
                    wet_url(WFSV, "17", "1")),
    "stcrt_2026_16505": Bron(
        "Staatscourant 2026, 16505: minimumloon per 1 juli 2026 (€ 2.337,00 per maand)",
        "https://zoek.officielebekendmakingen.nl/stcrt-2026-16505.html",
    ),
    "tw": Bron("Toeslagenwet (aanvulling tot het sociaal minimum)", "https://wetten.overheid.nl/BWBR0004043"),
    "wia_49_56": Bron("Wet WIA, art. 43 onder g, 49 lid 1 en 56 lid 1 (de uitkering stopt op de dag dat u de "
                      "AOW-leeftijd bereikt)", wet_url(WIA, "43")),
    "wia_68": Bron("Wet WIA, art. 68 lid 1 (vakantiebijslag: 8/108 van de uitkering, betaald in mei)", wet_url(WIA, "68", "1")),
    "wia_53_63": Bron("Wet WIA, art. 53 en 63 (verhoging bij hulpbehoevendheid)", wet_url(WIA, "63")),
    "wia_62_2": Bron("Wet WIA, art. 62 lid 2 (vervolguitkering bij wonen buiten de EU: woonlandfactor)",
                     wet_url(WIA, "62", "2")),
    "wia_61_7": Bron("Wet WIA, art. 61 lid 7 en 62 lid 4 (een wijziging telt pas na twee kalendermaanden)",
                     wet_url(WIA, "61", "7")),
    "wia_82": Bron("Wet WIA, art. 82 lid 1 en 84 lid 1 (de eigenrisicodrager draagt de WGA-uitkering en kan die "
                   "namens UWV betalen)", wet_url(WIA, "82")),
    "wia_56": Bron("Wet WIA, art. 56 (einde van de WGA-uitkering)", wet_url(WIA, "56")),
    "loonbelasting": Bron("Wet op de loonbelasting 1964 (UWV houdt loonheffing in op de uitkering)",
                          "https://wetten.overheid.nl/BWBR0002471"),
    "tw_2": Bron("Toeslagenwet, art. 2 tot en met 10 (toeslag tot het sociaal minimum)", wet_url("BWBR0004043", "2")),
    "aow_7a": Bron("Algemene Ouderdomswet, art. 7a lid 1 (AOW-leeftijd per kalenderjaar)", wet_url("BWBR0002221", "7a")),
    "rijksoverheid_aow": Bron(
        "Rijksoverheid: Wanneer gaat mijn AOW in? (AOW-leeftijd 2026 tot en met 2029 per geboorteperiode)",
        "https://www.rijksoverheid.nl/onderwerpen/algemene-ouderdomswet-aow/vraag-en-antwoord/wanneer-gaat-mijn-aow-in",
    ),
    "aow_2030_2031": Bron(
        "AOW-leeftijd in 2030 en 2031: 67 jaar en 3 maanden volgens nieuwsberichten (NOS 2024; 2025) over "
        "Kamerbrieven van de minister van SZW; geen officiële bron gevonden, stand op 6 december 2026",
        "https://nos.nl/artikel/2543722-aow-leeftijd-blijft-in-2030-staan-op-67-jaar-en-drie-maanden",
    ),
    "wml_jeugd": Bron(
        "Wet WIA, art. 12 lid 1 onder b, en Besluit minimumjeugdloonregeling, art. 2 lid 1 (minimumloon onder 21 jaar: "
        "20 jaar 80%, 19 jaar 60%, 18 jaar 50%, 17 jaar 39,5%, 16 jaar 34,5%, 15 jaar 30%; stand op 6 december 2026)",
        wet_url("BWBR0003599", "2", "1"),
    ),
    "wia_59_5_6": Bron("Wet WIA, art. 59 lid 5 en 6 (de duur wordt korter na WW of na een IVA-uitkering)",
                       wet_url(WIA, "59", "6")),
    "wia_59_2": Bron("Wet WIA, art. 59 lid 2 (welke tien jaren een hele maand tellen)", wet_url(WIA, "59", "2")),
    "wia_52_2": Bron("Wet WIA, art. 52 lid 2 (onderzoek als u met de IVA 12 maanden meer dan 20% verdient)",
                     wet_url(WIA, "52", "2")),
    "wia_63a": Bron("Wet WIA, art. 63a (jaarlijkse tegemoetkoming, betaald in het derde kwartaal)", wet_url(WIA, "63a")),
    "spoorwijzer_niet_weten": Bron(
        "Geen regel uit de wet: een eigen verzekering of een afspraak in de cao",
        "https://spoorwijzer.nl/rekenhulp/wia-uitkering/#niet-weten",
    ),
    "spoorwijzer_ziektewet_vangnet": Bron(
        "Spoorwijzer: ziek zonder werkgever (Wet WIA art. 26 en 65, Ziektewet art. 29)",
        "https://spoorwijzer.nl/ziektewet-vangnet/",
    ),
    "spoorwijzer_grens": Bron(
        "Grens van Spoorwijzer om naar een mogelijke typefout te vragen (geen regel uit de wet)",
        "https://spoorwijzer.nl/rekenhulp/wia-uitkering/#hoe-rekenen",
    ),
    "spoorwijzer_overzicht": Bron(
        "Indeling van Spoorwijzer naar hoe snel een termijn komt (geen regel uit de wet)",
        "https://spoorwijzer.nl/rekenhulp/overzicht/",
    ),
}
