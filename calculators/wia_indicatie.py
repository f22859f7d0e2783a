"""An indication of the WIA outcome from the old wage and what one can still earn.

`percentage = (maatmanloon − restverdiencapaciteit) / maatmanloon × 100` (WIA art. 4 and 5; the
Schattingsbesluit compares earnings per hour). Below 35: no WIA benefit; 35 up to 80: WGA; 80 or
more: IVA when the incapacity is duurzaam, otherwise WGA 80-100.

No rounding is applied before the thresholds: no rounding rule was found in the Schattingsbesluit
arbeidsongeschiktheidswetten (its art. 11 leaves details to a ministerial regulation), so the
outcome compares exactly (`verlies × 100 ≥ grens × maatmanloon`, in Decimal) and the percentage is
shown cut off, never rounded up, at two decimals — a shown figure can then never cross a threshold
that the exact one did not.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, Context, Decimal

from . import regels
from .bronnen import BRONNEN, Bron
from .niet_meegerekend import NietMeegerekend


@dataclass(frozen=True)
class Uitkomst:
    id: str
    titel: str
    betekenis: str
    wie_betaalt: str
    hoogte: str
    verplichtingen: str
    bronnen: tuple[Bron, ...]


_WGA_HOOGTE = (
    "Werkte u in minstens {referte_weken} van de {referte_van_weken} weken vóór uw ziekte (de referte-eis), dan "
    "krijgt u eerst een loongerelateerde uitkering: de eerste {lgu_hoog_maanden} maanden {lgu_hoog_procent}% en "
    "daarna {lgu_procent}% van uw maandloon min wat u verdient. Hoe lang die duurt, hangt af van hoe lang u heeft "
    "gewerkt. Daarna, of meteen als u niet aan de referte-eis voldoet, hangt de hoogte ervan af of u genoeg verdient "
    "met werk."
)

_WGA_80_100_HOOGTE = (
    "Werkte u in minstens {referte_weken} van de {referte_van_weken} weken vóór uw ziekte (de referte-eis), dan "
    "krijgt u eerst een loongerelateerde uitkering: de eerste {lgu_hoog_maanden} maanden {lgu_hoog_procent}% en "
    "daarna {lgu_procent}% van uw maandloon min wat u verdient. Daarna, of meteen zonder referte-eis, krijgt u "
    "{loonaanvulling_procent}% van uw maandloon min wat u verdient, ook als u niet werkt: bij {grens}% of meer "
    "geldt geen inkomenseis."
)

UITKOMSTEN = {
    "geen_wia": Uitkomst(
        "geen_wia",
        "Geen WIA-uitkering",
        "U bent volgens deze berekening minder dan {ondergrens}% arbeidsongeschikt. Dan krijgt u geen "
        "WIA-uitkering. U blijft in dienst, tenzij u en uw werkgever iets anders afspreken of u ontslagen "
        "wordt. U werkt zoveel als u kunt; verliest u uw baan, dan kunt u misschien een WW-uitkering krijgen. "
        "Krijgt u WW omdat UWV na {wachttijd} weken ziekte de WIA afwees? Dan is al het werk meteen passend, ook werk "
        "onder uw niveau.",
        "Geen WIA-uitkering. Uw werkgever betaalt loon voor het werk dat u doet.",
        "Geen WIA-uitkering.",
        "Uw werkgever en u zoeken samen naar werk dat past: uw eigen werk aangepast, of ander werk.",
        (BRONNEN["wia_5"], BRONNEN["ww_24_4"]),
    ),
    "wga": Uitkomst(
        "wga",
        "WGA-uitkering (gedeeltelijk arbeidsgeschikt)",
        "U bent volgens deze berekening {ondergrens}% tot {grens}% arbeidsongeschikt. U kunt dan een "
        "WGA-uitkering krijgen: u kunt nog een deel van uw oude loon verdienen.",
        "UWV, of uw werkgever (of diens verzekeraar) als die eigenrisicodrager voor de WGA is, hooguit 10 jaar.",
        _WGA_HOOGTE,
        "U blijft werken of zoekt werk dat bij u past, met hulp van UWV of uw werkgever (spoor 3).",
        (BRONNEN["wia_5"], BRONNEN["wia_58"]),
    ),
    "wga_80_100": Uitkomst(
        "wga_80_100",
        "WGA 80-100 (volledig, maar niet duurzaam arbeidsongeschikt)",
        "U bent volgens deze berekening {grens}% of meer arbeidsongeschikt, maar er is kans op herstel, of dat "
        "is nog niet bekend. UWV beslist of uw situatie duurzaam is. Is ze niet duurzaam, dan krijgt u een "
        "WGA-uitkering en kijkt UWV later opnieuw naar uw situatie.",
        "UWV, of uw werkgever (of diens verzekeraar) als die eigenrisicodrager voor de WGA is.",
        _WGA_80_100_HOOGTE,
        "U werkt mee aan herstel en, waar dat kan, aan werk. UWV kan u opnieuw beoordelen.",
        (BRONNEN["wia_4"], BRONNEN["wia_5"], BRONNEN["wia_60"], BRONNEN["wia_58"]),
    ),
    "iva": Uitkomst(
        "iva",
        "IVA-uitkering (volledig en duurzaam arbeidsongeschikt)",
        "U bent volgens deze berekening {grens}% of meer arbeidsongeschikt en de kans op herstel is klein. Dan "
        "krijgt u een IVA-uitkering, tot uw AOW-leeftijd.",
        "Altijd UWV.",
        "{iva_procent}% van uw maandloon, min {iva_inkomen_procent}% van wat u nog verdient. Uw maandloon is 21,75 keer "
        "uw dagloon: uw loon in het jaar vóór u ziek werd, per dag, tot een maximum (het maximumdagloon). Dat is iets "
        "anders dan het oude loon dat u hierboven invulde.",
        "U hoeft niet te re-integreren. U mag wel werken als dat lukt.",
        (BRONNEN["wia_4"], BRONNEN["wia_51"], BRONNEN["wia_52"]),
    ),
}


#: What this indication leaves to UWV's assessment, each with the article that governs it.
NIET_MEEGEREKEND = (
    NietMeegerekend(
        "Hoe UWV vaststelt wat u nog kunt verdienen",
        "De arbeidsdeskundige kiest functies die passen bij wat u volgens de verzekeringsarts nog kunt, en rekent "
        "met wat die per uur opleveren. De rekenhulp neemt het bedrag over dat u invult.",
        BRONNEN["wia_6"],
    ),
    NietMeegerekend(
        "Per uur of per maand",
        "UWV vergelijkt bedragen per uur. Vult u maandbedragen in, dan klopt de uitkomst alleen als u vroeger en nu "
        "evenveel uren werkt of kunt werken.",
        BRONNEN["wia_5"],
    ),
    NietMeegerekend(
        "Of uw situatie duurzaam is",
        "Dat beslist UWV na onderzoek door de verzekeringsarts. Kiest u 'weet ik niet', dan toont de rekenhulp bij "
        "{grens}% of meer de WGA 80-100.",
        BRONNEN["wia_4"],
    ),
    NietMeegerekend(
        "Of u een WIA-uitkering kunt krijgen",
        "De rekenhulp gaat ervan uit dat u verzekerd bent, de wachttijd van {wachttijd} weken heeft uitgezeten, op "
        "tijd aanvroeg, in Nederland woont en de AOW-leeftijd nog niet heeft. Is dat anders, dan kan het recht "
        "vervallen of lager zijn.",
        BRONNEN["wia_43"],
    ),
    NietMeegerekend(
        "Hoe hoog uw uitkering wordt en hoe lang",
        "Dat hangt af van uw dagloon, uw arbeidsverleden en de referte-eis. Reken het uit met de rekenhulp "
        "WIA-uitkering.",
        BRONNEN["wia_58"],
    ),
)


def percentage(maatmanloon: Decimal, restverdiencapaciteit: Decimal) -> Decimal:
    """The loss of earning capacity in percent, cut off (never rounded up) at two decimals; 0 when one
    can earn as much as before or more."""
    verlies = max(maatmanloon - restverdiencapaciteit, Decimal(0)) * 100
    return Context(prec=40, rounding=ROUND_DOWN).divide(verlies, maatmanloon).quantize(Decimal("0.01"), ROUND_DOWN)


def uitkomst(maatmanloon: Decimal, restverdiencapaciteit: Decimal, duurzaam: bool | None) -> Uitkomst:
    """The outcome from the exact comparison `verlies × 100 ≥ grens × maatmanloon` (no division)."""
    verlies = max(maatmanloon - restverdiencapaciteit, Decimal(0)) * 100
    if verlies < regels.getal("wia_ondergrens_procent") * maatmanloon:
        return UITKOMSTEN["geen_wia"]
    if verlies < regels.getal("iva_grens_procent") * maatmanloon:
        return UITKOMSTEN["wga"]
    return UITKOMSTEN["iva"] if duurzaam is True else UITKOMSTEN["wga_80_100"]


def als_json(maatmanloon: Decimal, restverdiencapaciteit: Decimal, duurzaam: bool | None) -> dict:
    gekozen = uitkomst(maatmanloon, restverdiencapaciteit, duurzaam)
    waarden = {"ondergrens": regels.getal("wia_ondergrens_procent"), "grens": regels.getal("iva_grens_procent"),
               "wachttijd": regels.WACHTTIJD_WEKEN,
               **{naam: regels.getal(naam) for naam in (
                   "referte_weken", "referte_van_weken", "lgu_hoog_maanden", "lgu_hoog_procent", "lgu_procent",
                   "loonaanvulling_procent", "iva_procent", "iva_inkomen_procent")}}
    getoond = percentage(maatmanloon, restverdiencapaciteit)
    return {
        "ok": True,
        "percentage": float(getoond),
        "percentage_tekst": f"{getoond:.2f}".replace(".", ","),
        "uitkomst": gekozen.id,
        "titel": gekozen.titel,
        "betekenis": gekozen.betekenis.format(**waarden),
        "wie_betaalt": gekozen.wie_betaalt,
        "hoogte": gekozen.hoogte.format(**waarden),
        "verplichtingen": gekozen.verplichtingen,
        "duurzaam": {True: "ja", False: "nee", None: "onbekend"}[duurzaam],
        "bronnen": [{"label": b.label, "url": b.url} for b in gekozen.bronnen],
        "niet_meegerekend": [{**punt.als_json(), "waarom": punt.waarom.format(**waarden)}
                             for punt in NIET_MEEGEREKEND],
    }
