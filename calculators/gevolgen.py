"""What follows from what a reader does or leaves undone: every consequence in every law, with its article.

Reviews kept finding the same two faults: a page named the consequence of an action in one law and left out the
one in another (agreeing to end the contract during a loonsanctie costs WW *and* the WIA benefit), and two pages
worded one rule differently. So each consequence is written here once, as a row with its article, and each rule
that several pages state (the opzegverbod, what a loonsanctie blocks, week 58, the 13 weeks of a verlenging, the
no-riskpolis) is one `Kernregel`. Pages include them with `{{ gevolgen.<id> }}` and `{{ regel.<id> }}`
(`bouw/regels.py`); calculator texts use `zin()`. `herken` holds the patterns by which a test finds a page that
restates a rule in its own words instead of including it.

Every article below was read in the 1 July 2026 text (register/teksten-gevolgen.yml).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import regels
from .bronnen import BW7, WIA, WW, ZIEKTEWET, wet_url


@dataclass(frozen=True)
class Artikel:
    """One article as a reader cites it ("art. 88 lid 1 onder d Wet WIA") and where it can be read."""

    tekst: str
    url: str


def _bw(artikel: str, lid: str | None = None, onder: str | None = None) -> Artikel:
    return Artikel(_citeer(f"art. 7:{artikel}", lid, onder) + " BW", wet_url(BW7, artikel, lid))


def _wia(artikel: str, lid: str | None = None, onder: str | None = None) -> Artikel:
    return Artikel(_citeer(f"art. {artikel}", lid, onder) + " Wet WIA", wet_url(WIA, artikel, lid))


def _zw(artikel: str, lid: str | None = None, onder: str | None = None) -> Artikel:
    return Artikel(_citeer(f"art. {artikel}", lid, onder) + " Ziektewet", wet_url(ZIEKTEWET, artikel, lid))


def _ww(artikel: str, lid: str | None = None, onder: str | None = None) -> Artikel:
    return Artikel(_citeer(f"art. {artikel}", lid, onder) + " WW", wet_url(WW, artikel, lid))


def _citeer(artikel: str, lid: str | None, onder: str | None) -> str:
    return artikel + (f" lid {lid}" if lid else "") + (f" onder {onder}" if onder else "")


@dataclass(frozen=True)
class Gevolg:
    """One consequence in one law: what is at stake (`wat`), what happens, and the articles that say so."""

    wat: str
    sjabloon: str
    artikelen: tuple[Artikel, ...]
    #: A name for a row that a calculator text picks by itself (`zin`); most rows need none.
    id: str = ""

    @property
    def tekst(self) -> str:
        """The sentence with its numbers from `regels.GETALLEN`, so a changed threshold reaches every page."""
        return regels.vul_in(self.sjabloon)

    def zin(self) -> str:
        """The consequence as a sentence for a calculator text: the articles in brackets, no links."""
        return f"{self.tekst} ({'; '.join(a.tekst for a in self.artikelen)})."


@dataclass(frozen=True)
class Handeling:
    """Something a reader may do or leave undone, with every consequence it has in any law."""

    titel: str
    gevolgen: tuple[Gevolg, ...]


_LOONSTOP_ONTSLAG = Gevolg(
    "Ontslagbescherming",
    "Heeft uw werkgever u eerst schriftelijk gewaarschuwd of uw loon gestopt en blijft u weigeren? Dan beschermt het "
    "opzegverbod bij ziekte u niet meer. Uw werkgever kan dan de kantonrechter vragen uw contract te ontbinden. De "
    "rechter doet dat alleen na die waarschuwing of loonstop en met een deskundigenoordeel van UWV",
    (_bw("670a", "1"), _bw("669", "3", "e"), _bw("671b", "5")),
)

_LATER_WW = Gevolg(
    "WW",
    "Krijgt u later WW? Dan kan UWV ook die weigeren, helemaal of voor een deel, voor een tijd of voorgoed, omdat u in "
    "de twee ziektejaren zonder goede reden te weinig deed om weer aan het werk te komen",
    (_ww("27", "3"), _wia("28", "2")),
)

HANDELINGEN: dict[str, Handeling] = {
    "ziekmelding_te_laat": Handeling(
        "U meldt zich te laat ziek of volgt de regels voor ziekmelden en controle niet",
        (
            Gevolg(
                "Loon",
                "Uw werkgever mag uw loon ophouden zolang u zijn schriftelijke regels voor ziekmelden en controle niet "
                "volgt. Volgt u ze weer, dan krijgt u dat loon alsnog. Hij moet u meteen laten weten dat hij het loon "
                "ophoudt",
                (_bw("629", "6"), _bw("629", "7")),
            ),
            Gevolg(
                "Ziektewet",
                "Bent u ziek zonder werkgever, bijvoorbeeld met WW of kort na het einde van uw contract? Dan meldt u zich "
                "zelf ziek bij UWV, op de tweede dag van uw ziekte. Doet u dat niet, dan kan UWV uw ziekengeld helemaal "
                "of voor een deel weigeren, voor een tijd of voorgoed",
                (_zw("38ab", "1"), _zw("45", "1", "d")),
            ),
        ),
    ),
    "passend_werk_weigeren": Handeling(
        "U doet zonder goede reden geen passend werk",
        (
            Gevolg(
                "Loon",
                "Over de tijd dat u zonder goede reden geen passend werk doet dat uw werkgever u aanbiedt, heeft u geen "
                "recht op loon. Dat loon krijgt u later niet terug",
                (_bw("629", "3", "c"),),
            ),
            _LOONSTOP_ONTSLAG,
            Gevolg(
                "WIA",
                "UWV kan uw WIA-uitkering later weigeren: helemaal of voor een deel, voor een tijd of voorgoed. Dat geldt "
                "voor passend werk in de twee ziektejaren en voor passend werk terwijl u een WGA-uitkering krijgt",
                (_wia("28", "2"), _wia("30", "1"), _wia("88", "1", "a")),
            ),
            _LATER_WW,
            Gevolg(
                "Ziektewet",
                "Krijgt u Ziektewet van UWV? Dan moet u passend werk doen als u de kans krijgt. Weigert u dat zonder "
                "goede reden, dan telt het loon dat u ermee had verdiend als inkomen, en gaat er een deel van uw "
                "ziekengeld af (meestal {ziektewet_procent}% van dat loon)",
                (_zw("30", "1"), _zw("30", "2"), _zw("31", "2")),
                id="ziektewet",
            ),
            Gevolg(
                "WW",
                "Krijgt u WW en neemt u aangeboden passend werk niet aan? Dan haalt UWV voorgoed een deel van uw WW af: "
                "het deel dat hoort bij de uren van het werk dat u weigerde, berekend met uw eigen dagloon. Weigert u "
                "werk voor al uw uren, dan blijft er meestal geen WW over",
                (_ww("24", "1", "b"), _ww("27", "2"), _ww("27", "11")),
                id="ww",
            ),
        ),
    ),
    "niet_meewerken": Handeling(
        "U werkt zonder goede reden niet mee aan uw re-integratie",
        (
            Gevolg(
                "Loon",
                "Over de tijd dat u zonder goede reden niet meewerkt aan het plan van aanpak of aan redelijke "
                "afspraken en maatregelen om weer te werken, heeft u geen recht op loon. Dat loon krijgt u later niet "
                "terug",
                (_bw("629", "3", "d"), _bw("629", "3", "e")),
            ),
            _LOONSTOP_ONTSLAG,
            Gevolg(
                "WIA",
                "Deed u in de twee ziektejaren zonder goede reden te weinig om weer aan het werk te komen? Dan kan UWV uw "
                "WIA-uitkering weigeren: helemaal of voor een deel, voor een tijd of voorgoed",
                (_wia("28", "2"), _wia("88", "1", "a")),
            ),
            _LATER_WW,
            Gevolg(
                "Ziektewet",
                "Krijgt u Ziektewet van UWV? Werkt u dan niet mee aan redelijke afspraken, het plan van aanpak of een "
                "opleiding, dan kan UWV uw ziekengeld helemaal of voor een deel weigeren",
                (_zw("45", "1", "l"), _zw("45", "1", "m"), _zw("45", "1", "o")),
            ),
        ),
    ),
    "wia_te_laat": Handeling(
        "U vraagt de WIA te laat aan",
        (
            Gevolg(
                "Loon",
                "Uw loon bij ziekte loopt zoveel dagen langer door als u te laat was",
                (_bw("629", "11", "a"),),
            ),
            Gevolg(
                "Loon",
                "Had u geen goede reden om te laat te zijn? Dan heeft u over de dagen dat u te laat was geen recht op "
                "loon",
                (_bw("629", "3", "f"),),
                id="geen_loon",
            ),
            Gevolg(
                "Ontslagbescherming",
                "Het opzegverbod bij ziekte duurt even zoveel dagen langer",
                (_bw("670", "11", "a"),),
            ),
            Gevolg(
                "WIA",
                "Uw WIA-uitkering begint pas na die langere loonperiode",
                (_wia("43", onder="b"),),
            ),
            Gevolg(
                "WIA",
                "Ook kan UWV uw WIA-uitkering weigeren omdat u te laat aanvroeg: helemaal of voor een deel, voor een tijd "
                "of voorgoed. UWV kan ook volstaan met een schriftelijke waarschuwing",
                (_wia("88", "1", "c"), _wia("88", "4")),
                id="weigeren",
            ),
            Gevolg(
                "WIA",
                "Over de tijd die meer dan {wia_terugwerkend_max_weken} weken vóór uw aanvraag ligt, krijgt u in principe geen WIA-uitkering",
                (_wia("64", "11"),),
                id="terugwerkend",
            ),
            Gevolg(
                "Ziektewet",
                "Krijgt u Ziektewet van UWV zonder werkgever? Dan loopt er geen loon door, en uw ziekengeld stopt na "
                "{ziektewet_max_weken} weken ziekte, ook als u de WIA te laat aanvroeg. Alleen als uw laatste werkgever "
                "eigenrisicodrager voor de Ziektewet was, loopt het ziekengeld zo veel dagen langer door als u te laat "
                "was, maar niet over de dagen dat u zonder goede reden te laat was; uw WIA-uitkering begint dan pas "
                "daarna. Anders stelt de wet de ingang van uw WIA-uitkering niet uit, maar UWV beslist pas na uw "
                "aanvraag: u kunt dan een tijd zonder inkomen zitten",
                (_zw("29", "5"), _zw("29", "10"), _zw("29", "11"), _wia("43", onder="b"), _wia("43", onder="c")),
                id="zonder_werkgever",
            ),
        ),
    ),
    "einde_contract_afspreken": Handeling(
        "U spreekt af dat uw contract stopt, of u stemt in met opzegging",
        (
            Gevolg(
                "Loon",
                "Uw loon bij ziekte stopt op de dag dat uw contract eindigt",
                (_bw("629", "1"),),
            ),
            Gevolg(
                "Ontslagbescherming",
                "Stemt u schriftelijk in met een opzegging, dan beschermt het opzegverbod bij ziekte u niet. Die "
                "instemming kunt u binnen {bedenktijd_dagen} dagen zonder reden intrekken, met een brief aan uw "
                "werkgever; binnen {vso_bedenktijd_zonder_vermelding_weken} weken als uw werkgever u niet binnen twee "
                "werkdagen schriftelijk op dat recht wees. Een beëindigingsovereenkomst kunt u binnen "
                "{bedenktijd_dagen} dagen ontbinden, of binnen {vso_bedenktijd_zonder_vermelding_weken} weken als dat "
                "recht er niet in staat",
                (_bw("670a", "2", "a"), _bw("670a", "5"), _bw("670a", "6"), _bw("671", "3"), _bw("670b", "2"),
                 _bw("670b", "3")),
            ),
            Gevolg(
                "Transitievergoeding",
                "De wet verplicht uw werkgever alleen tot een transitievergoeding als hij het contract laat eindigen. "
                "Spreekt u samen een einde af, dan krijgt u alleen wat u afspreekt",
                (_bw("673", "1"),),
            ),
            Gevolg(
                "Ziektewet",
                "Bent u nog geen {ziektewet_max_weken} weken ziek? Dan kunt u Ziektewet van UWV krijgen. Maar stemde u "
                "zonder goede reden in met het einde, of verweerde u zich er niet tegen, terwijl u nog recht had op loon "
                "bij ziekte? Dan benadeelt u volgens de wet het fonds, en kan UWV uw Ziektewet helemaal of voor een deel "
                "weigeren",
                (_zw("45", "1", "j"), _zw("45", "7")),
            ),
            Gevolg(
                "WW",
                "Zolang u Ziektewet krijgt, krijgt u geen WW. Weigert UWV uw Ziektewet omdat u iets te verwijten valt, "
                "dan krijgt u ook geen WW in plaats daarvan",
                (_ww("19", "1", "a"), _ww("19", "2")),
            ),
            Gevolg(
                "WW",
                "Spreekt u een einddatum af vóór het eind van de opzegtermijn die uw werkgever had moeten aanhouden? Dan "
                "krijgt u over die tussentijd geen WW. Laat u een tijdelijk contract eerder eindigen, dan krijgt u tot de "
                "oude einddatum geen WW, tenzij het contract tussentijds opgezegd kon worden",
                (_ww("19", "3"), _ww("19", "4")),
            ),
            Gevolg(
                "WIA",
                "Loopt er een loonsanctie? Stemt u dan zonder goede reden in met het einde van uw contract, of verweert u "
                "zich er niet tegen? Dan moet UWV uw WIA-uitkering weigeren: helemaal of voor een deel, voor een tijd of "
                "voorgoed. Ook voor de WW telt het dan als benadeling. En Ziektewet krijgt u niet: die stopt na "
                "{ziektewet_max_weken} weken ziekte, en een loonsanctie begint pas daarna",
                (_wia("88", "1", "d"), _ww("24", "10"), _ww("27", "3"), _zw("29", "5")),
            ),
        ),
    ),
    "zelf_ontslag": Handeling(
        "U neemt zelf ontslag",
        (
            Gevolg(
                "Loon",
                "Uw loon bij ziekte stopt op de dag dat uw contract eindigt",
                (_bw("629", "1"),),
            ),
            Gevolg(
                "Transitievergoeding",
                "U krijgt geen transitievergoeding, tenzij u opzegt omdat uw werkgever ernstig verwijtbaar handelde",
                (_bw("673", "1", "b"),),
            ),
            Gevolg(
                "WW",
                "Was blijven niet onredelijk zwaar voor u? Dan bent u verwijtbaar werkloos. UWV haalt dan voorgoed een "
                "bedrag van uw WW af, naar de uren die u had kunnen houden. Neemt u ontslag voor al uw uren, dan blijft "
                "er in de regel geen WW over",
                (_ww("24", "2", "b"), _ww("27", "1"), _ww("27", "11")),
            ),
            Gevolg(
                "Ziektewet",
                "Bent u ziek als uw contract eindigt? Dan kan UWV uw Ziektewet-uitkering helemaal of voor een deel "
                "weigeren, omdat u zelf uw recht op loon opgaf",
                (_zw("45", "1", "j"),),
            ),
        ),
    ),
    "ww_aanvragen": Handeling(
        "U vraagt WW aan",
        (
            Gevolg(
                "WW",
                "Vraag WW aan binnen {ww_aanvraag_weken} week nadat u werkloos werd, ook als u alleen uren verloor. Te laat aanvragen "
                "kan WW kosten: UWV kan de uitkering weigeren of volstaan met een waarschuwing",
                (_ww("26", "1", "b"), _ww("27", "3"), _ww("27", "7")),
            ),
            Gevolg(
                "WW",
                "Blijft u na twee jaar ziekte in dienst en bent u minder dan {wia_ondergrens_procent}% arbeidsongeschikt? Dan kunt u WW "
                "krijgen voor de uren die u niet meer werkt en waarvoor u geen loon meer krijgt. UWV rekent dan met de "
                "uren die u nog kunt werken",
                (_ww("16", "1"), _ww("16", "6")),
            ),
            Gevolg(
                "WW",
                "Met WW moet u passend werk zoeken en aannemen. Kreeg u na twee jaar ziekte geen WIA-uitkering, dan is "
                "meteen al het werk passend dat u met uw krachten en bekwaamheden kunt doen",
                (_ww("24", "1", "b"), _ww("24", "4")),
            ),
            Gevolg(
                "Ziektewet",
                "Wordt u ziek terwijl u WW krijgt? Meld u dan op de tweede dag ziek bij UWV. Zolang u Ziektewet krijgt, "
                "krijgt u geen WW",
                (_zw("38ab", "1"), _ww("19", "1", "a")),
            ),
        ),
    ),
    "werken_met_uitkering": Handeling(
        "U gaat werken of meer verdienen terwijl u een uitkering krijgt",
        (
            Gevolg(
                "WIA",
                "Geef werk en inkomen zo snel mogelijk door aan UWV. Doet u dat niet op tijd, dan kan UWV uw uitkering "
                "helemaal of voor een deel weigeren, voor een tijd of voorgoed",
                (_wia("27", "1"), _wia("88", "1", "b")),
            ),
            Gevolg(
                "WIA",
                "Wat u verdient, gaat voor een deel van uw loongerelateerde WGA-uitkering af",
                (_wia("61", "1"),),
            ),
            Gevolg(
                "WIA",
                "Verdient u daarna minstens de helft van wat u volgens UWV nog kunt verdienen, dan krijgt u een "
                "loonaanvullingsuitkering. Die is meestal hoger dan de vervolguitkering die u krijgt zonder werk of met "
                "minder inkomen",
                (_wia("60", "1"), _wia("61", "2"), _wia("61", "4"), _wia("62", "1")),
            ),
            Gevolg(
                "WW",
                "Geef werk en inkomen meteen door aan UWV. Doet u dat niet op tijd, dan kan UWV uw WW weigeren, voor een "
                "tijd of voorgoed",
                (_ww("25", "1"), _ww("27", "3")),
            ),
            Gevolg(
                "Ziektewet",
                "Geef alles wat uw ziekengeld kan veranderen meteen door aan UWV. Doet u dat niet op tijd, dan kan UWV "
                "uw ziekengeld helemaal of voor een deel weigeren",
                (_zw("49"), _zw("45", "1", "i")),
            ),
        ),
    ),
}


@dataclass(frozen=True)
class Kernregel:
    """A rule that more than one page states, in its one wording (Markdown, articles in brackets)."""

    sjabloon: str
    artikelen: tuple[Artikel, ...]
    herken: tuple[str, ...]

    @property
    def tekst(self) -> str:
        """The wording with its numbers and the milestones' own week and deadline filled in."""
        return regels.vul_in(self.sjabloon, spoor2_week=regels.MIJLPAAL["spoor2_uiterlijk"].week,
                             aanvraag_termijn=regels.MIJLPAAL["wia_aanvraag_uiterlijk"].termijn_tekst)


KERNREGELS: dict[str, Kernregel] = {
    # BW 7:670 lid 1 bans notice *during* illness, whatever the reason; 7:670a lid 2 and 670 lid 1 sub b are the
    # exceptions. "Not because you are sick" was the wording two pages used: it invites notice for another reason.
    "opzegverbod": Kernregel(
        "Zolang u ziek bent, mag uw werkgever uw contract niet opzeggen, om welke reden ook. Dat heet het "
        "opzegverbod. Het duurt tot u {opzegverbod_ziekte_jaren} jaar ziek bent (na uw AOW-leeftijd: {aow_opzegverbod_weken} weken), en langer als de "
        "loondoorbetaling langer duurt: bij een te late WIA-aanvraag, een vrijwillige verlenging of een loonsanctie. "
        "Het geldt niet als u schriftelijk instemt met de opzegging, in de proeftijd, bij ontslag op staande voet om "
        "een dringende reden, als het bedrijf stopt, bij ontslag om uw AOW-leeftijd dat niets met uw ziekte te maken "
        "heeft, en als u pas ziek werd nadat UWV een ontslagaanvraag van uw werkgever had ontvangen. De kantonrechter "
        "kan een contract tijdens ziekte wel ontbinden als het verzoek niets met uw ziekte te maken heeft, of als u na "
        "een schriftelijke waarschuwing of loonstop blijft weigeren mee te werken aan uw re-integratie.",
        (_bw("670", "1"), _bw("670", "11"), _bw("670a", "1"), _bw("670a", "2"), _bw("671b", "6")),
        (r"niet (?:\w+ ){0,4}(?:opzeggen|ontslaan) omdat u ziek bent", r"niet ontslaan omdat u ziek",
         r"mag u tijdens ziekte niet ontslaan", r"tijdens ziekte mag uw werkgever u niet opzeggen"),
    ),
    # WIA 25 lid 9: at most 52 weeks; BW 7:670 lid 11 sub c: the opzegverbod runs on; WIA 88 lid 1 sub d and WW 24
    # lid 10: agreeing to end the contract then costs the WIA and counts as benadeling for the WW; ZW 29 lid 5: no
    # Ziektewet after 104 weeks.
    "loonsanctie": Kernregel(
        "Een loonsanctie betekent dat uw werkgever uw loon langer moet doorbetalen, tot ten hoogste "
        "{loonsanctie_max_weken} weken, omdat hij zonder goede reden te weinig deed aan uw re-integratie. "
        "Zolang die loopt, loopt ook het opzegverbod door en moet uw werkgever blijven werken aan uw re-integratie. "
        "Stemt u in die tijd zonder goede reden in met het einde van uw contract, of verweert u zich er niet tegen? "
        "Dan moet UWV uw WIA-uitkering weigeren, helemaal of voor een deel, en telt het voor de WW als benadeling. "
        "Ziektewet krijgt u dan ook niet meer: die stopt na {ziektewet_max_weken} weken ziekte. Teken dus "
        "niets zonder advies.",
        (_wia("25", "9"), _bw("670", "11", "c"), _wia("88", "1", "d"), _ww("24", "10"), _zw("29", "5")),
        (r"tijdens een loonsanctie (?:loopt|blijft)", r"loonsanctie (?:loopt|duurt) .{0,40}opzegverbod"),
    ),
    # BW 7:658a lid 2: "zo tijdig mogelijk"; UWV's own page says spoor 2 should start "uiterlijk na 1 jaar", and
    # vakbronnen name 6 weeks after the eerstejaarsevaluatie. Practice, never a safe deadline.
    "spoor2_start": Kernregel(
        "Spoor 2 hoort te beginnen zodra vaststaat dat u niet terug kunt in eigen of ander passend werk bij uw "
        "werkgever. De wet zegt \"zo tijdig mogelijk\" en noemt geen week. UWV schrijft op zijn site dat spoor 2 "
        "uiterlijk na een jaar ziekte moet lopen. De Werkwijzer Poortwachter van UWV noemt, zoals vakbronnen die "
        "aanhalen, uiterlijk {spoor2_na_eje_weken} weken na de eerstejaarsevaluatie: rond het eind van week "
        "{spoor2_week}. Dat is praktijk, geen veilige termijn: is eerder duidelijk dat terugkeer niet lukt, dan hoort "
        "spoor 2 eerder te beginnen, en te laat kan uw werkgever een loonsanctie kosten.",
        (_bw("658a", "1"), _bw("658a", "2"), _wia("25", "9")),
        (r"uiterste grens", r"uiterlijk in week \d+ (?:gestart|beginnen)", r"uwv (?:verwacht|kijkt)[^.]{0,80}(?:spoor 2|een start)",
         r"rond (?:het eind van )?week \d+[^.|]{0,40}praktijk"),
    ),
    # WIA 24 lid 1: on joint request, UWV sets the end date; no minimum in the law for a first extension; lid 3: 13
    # weeks after a request to shorten or extend further; UWV's practice: at least 13 weeks. WIA 64 lid 3 moves the
    # application date only under lid 3; for a first extension UWV's decision names the date.
    "verlenging": Kernregel(
        "U en uw werkgever kunnen UWV samen vragen de loondoorbetaling te verlengen. UWV stelt dan de einddatum vast. "
        "De wet noemt voor een eerste verlenging geen minimum en geen maximum; UWV vraagt in de praktijk minstens "
        "{verlenging_min_weken} weken. Wordt de verlenging later ingekort of verder verlengd, dan eindigt "
        "zij op zijn vroegst {verlenging_min_weken} weken na dat verzoek, en moet UWV de WIA-aanvraag "
        "uiterlijk {wia_aanvraag_weken_voor_einde} weken voor het nieuwe einde hebben. Bij een eerste "
        "verlenging noemt UWV de datum voor de aanvraag in zijn besluit. Heeft u dat besluit nog niet, houd dan de "
        "datum uit de wet aan: {aanvraag_termijn}. Het re-integratieverslag schuift wel mee: "
        "uiterlijk {riv_weken_voor_einde} weken voor het einde van de verlenging. Het opzegverbod duurt "
        "even zoveel langer.",
        (_wia("24", "1"), _wia("24", "3"), _wia("64", "3"), _wia("25", "4"), _bw("670", "11", "c")),
        (r"verleng\w*[^.]{0,80}minstens \d+ weken", r"minstens \d+ weken[^.]{0,40}verleng",
         r"op zijn vroegst \d+ weken na (?:dat|het|uw|een) verzoek"),
    ),
    # WIA 25 lid 10: the decision comes at the latest 6 weeks before the end of the wachttijd (or of a verlenging) when
    # the application was on time, else 6 weeks before the end of the longer wage period (BW 7:629 lid 11 a); lid 11:
    # no loonsanctie when UWV decides only after the end of that period.
    "loonsanctie_besluit": Kernregel(
        "UWV beslist over een loonsanctie uiterlijk {loonsanctie_besluit_weken_voor_einde} weken voor het einde van de "
        "wachttijd, of bij een vrijwillige verlenging voor het einde daarvan, als de WIA-aanvraag op tijd was. Was de "
        "aanvraag te laat, dan uiterlijk {loonsanctie_besluit_weken_voor_einde} weken voor het einde van de langere "
        "loonperiode die daardoor ontstaat. Beslist UWV pas na het einde van de wachttijd, of van die verlengde of "
        "langere loonperiode, dan komt er geen loonsanctie.",
        (_wia("25", "10"), _wia("25", "11")),
        (r"dan komt er geen loonsanctie", r"beslist uwv (?:daarover )?uiterlijk \d+ weken voor het einde"),
    ),
    # WIA 64 lid 2: the letter at the latest on the day the wachttijd has lasted 89 weeks; UWV sends it after about
    # 88 weeks (UWV's page); lid 3: UWV must have the application 11 weeks before the end; no first day in the law.
    "wia_brief": Kernregel(
        "UWV stuurt u een brief over de WIA-aanvraag. De wet zegt: uiterlijk op de dag dat u {wia_brief_uiterlijk_weken} "
        "weken ziek bent. In de praktijk komt de brief meestal na ongeveer {wia_brief_na_weken} weken ziekte. Uw "
        "werkgever krijgt een kopie. U hoeft niet op de brief te wachten: de wet noemt geen eerste dag om aan te vragen, "
        "alleen de laatste: UWV moet uw aanvraag hebben {aanvraag_termijn}.",
        (_wia("64", "2"), _wia("64", "3")),
        (r"na \d+ weken ziekte (?:stuurt uwv u|krijgt u) (?:daarover )?een brief",
         r"vanaf (?:dat moment|dan) kunt u (?:de )?(?:wia|uitkering)?(?:-uitkering)? ?aanvragen"),
    ),
    # ZW 29b lid 1 a (a WIA right immediately before the job; 5 years) and lid 2 a (Wajong: no 5-year limit);
    # lid 1 b (below 35% after the wachttijd, new job within 5 years).
    "no_riskpolis": Kernregel(
        "Met de no-riskpolis heeft u bij ziekte vanaf de eerste dag recht op ziekengeld van UWV; zo kost uw ziekte uw "
        "nieuwe werkgever minder. De polis geldt onder meer als "
        "u vlak vóór uw nieuwe baan een WIA-uitkering had, of als UWV na twee jaar ziekte vaststelde dat u minder dan "
        "{wia_ondergrens_procent}% arbeidsongeschikt was en geen eigen of ander passend werk bij uw eigen werkgever kon "
        "doen, en u binnen {no_riskpolis_jaren} jaar bij een andere werkgever begint. Dan geldt zij voor "
        "ziekte in de eerste {no_riskpolis_jaren} jaar van de nieuwe baan. Had u een Wajong-uitkering, dan geldt zij "
        "zonder die grens van {no_riskpolis_jaren} jaar.",
        (_zw("29b", "1"), _zw("29b", "2", "a")),
        (r"no-riskpolis (?:geldt|duurt) (?:\w+ ){0,4}vijf jaar", r"vijf jaar (?:lang )?(?:een )?no-riskpolis"),
    ),
}


def zin(handeling: str, *ids: str) -> str:
    """Rows of one action as sentences for a calculator text, picked by their `id`, in the order asked."""
    rijen = {g.id: g for g in HANDELINGEN[handeling].gevolgen if g.id}
    return " ".join(rijen[i].zin() for i in ids)
