"""How much WIA benefit, and for how long: every phase of the WGA or the IVA with its dates and amount.

The rules, each read in the Wet WIA (version 1 July 2026):

* dagloon: 1/261 of a year's SV-loon, at most the maximumdagloon (art. 13 lid 1; Wfsv art. 17);
  maandloon = 21,75 × dagloon (art. 13 lid 4). UWV's decision never shows more than the maximum: a dagloon
  typed above twice it is refused by `api` (a monthly or yearly wage), one above it gets a question. When
  the maximum of the start date is not published yet, a dagloon just above the last known one may be the
  new maximum and is not capped (`mogelijk_maximum`);
* IVA: 75% of the maandloon (art. 51), minus 0,7 × income × C/D (art. 52);
* WGA with the referte-eis (art. 54 lid 3, art. 58): first a loongerelateerde uitkering (LGU) of
  0,75 × (A − B × C/D) for two months, then 0,7 × (A − B × C/D) (art. 61 lid 1); it lasts one month
  per year of arbeidsverleden up to ten years, beyond that one month per year before 2016 and half a
  month per year from 2016, at least 3 and at most 24 months, a half month being 15 days (art. 59);
* after the LGU, or at once without the referte-eis (art. 54 lid 4): loonaanvulling when the monthly
  income is at least the inkomenseis, 50% of the restverdiencapaciteit (RVC), or when no inkomenseis
  applies because the RVC is at most 20% (80% or more incapacitated, art. 60); else the vervolguitkering;
* loonaanvulling: 0,7 × (A − B × C/D) when the income is at least the RVC or no inkomenseis applies
  (art. 61 lid 2), else 0,7 × (A − RVC × C/D) but not below the vervolg amount, and that floor not above
  0,7 × (A − B × C/D) (art. 61 lid 4 and 5);
* vervolguitkering: percentage × the WIA-minimumloon per month, or × the maandloon when that is
  lower (art. 62 lid 1, art. 61 lid 6, art. 12 lid 1 onder b); under 21 the minimumloon is the youth
  minimumloon for the age (art. 12 lid 1 onder b; Wml art. 7 lid 3, 8 lid 3), so the phase is split
  on each birthday up to the 21st when the birth date is known, and on each 1 January (the youngest
  possible age) up to the year after the 21st birthday when only the birth year is;
* a period of months ends the day before the same day number months later, or on the last day of a
  shorter month (`na_maanden`: from 31 December two months end on 28 February);
* the minimumloon of a phase is the one in force on its first day (`wia_bedragen.rij_op`; it is
  indexed each half year, Wml art. 14); the dagloon is the one typed (it is indexed too, art. 14, which
  the result says).

A is the maandloon, B the income per month, C the dagloon after the maximum, D the dagloon before
it (so C/D = 1 unless the wage was above the maximum). UWV's decision states C only: when the dagloon
given is the maximum and there is income, D must come from the jaarloon (D = jaarloon ÷ 261), so the
form asks for it (`vraagt_jaarloon`). Every amount is computed exactly in Decimal and rounded half up
to the cent once, at the end.

Every amount includes 8/108 vakantiebijslag, which UWV keeps back each month and pays once a year in
May (art. 68 lid 1); each phase also shows the monthly payment without it. The benefit stops on the
day the AOW age is reached (art. 43 onder g, 49 lid 1 onder b, 56 lid 1 onder b; `calculators.aow`); from
a birth year alone every phase ends at the latest the day before the latest possible AOW date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from . import agenda, aow, plausibel, regels, wia_bedragen
from .bedrag_lezen import cent, euro
from .bronnen import BRONNEN, Bron
from .datums import nl_datum
from .invoer import Waarschuwingen
from .niet_meegerekend import NietMeegerekend
from .niet_meegerekend import als_json as niet_meegerekend_json
from .regels import getal
from .wia_bedragen import MAANDLOON_FACTOR, Bedragen

DAG = timedelta(days=1)
NUL = Decimal(0)


@dataclass(frozen=True)
class Invoer:
    """Validated input (parsing and Dutch messages live in `calculators.api`)."""

    ingangsdatum: date
    dagloon: Decimal | None  # from UWV's letter (C); None when estimated from `jaarloon`
    jaarloon: Decimal | None  # gives D when the dagloon is the maximum, or the dagloon itself
    arbeidsongeschiktheid: Decimal
    duurzaam: bool = False
    jaren_tot_2016: int = 0
    jaren_vanaf_2016: int = 0
    referte_eis: bool = True
    restverdiencapaciteit: Decimal | None = None
    inkomen: Decimal = NUL
    arbeidsverleden_geschat: bool = False
    ingang_uit_tijdlijn: bool = False
    geboortedatum: date | None = None
    geboortejaar: int | None = None


def procent_tekst(waarde: Decimal) -> str:
    """'50,75%' or '42%' (no trailing zeros)."""
    tekst = f"{waarde.normalize():f}".replace(".", ",")
    return f"{tekst}%"


def arbeidsverleden_uit_geboortejaar(geboortejaar: int, ingangsjaar: int) -> tuple[int, int]:
    """Years before 2016 and from 2016, when every calendar year counts (WIA art. 15 lid 1): from the
    year of the 18th birthday up to the year before the one in which the benefit starts."""
    eerste, laatste = geboortejaar + 18, ingangsjaar - 1
    grens = getal("lgu_halve_maand_vanaf_jaar")
    voor = max(0, min(laatste, grens - 1) - eerste + 1)
    vanaf = max(0, laatste - max(eerste, grens) + 1)
    return voor, vanaf


def lgu_maanden(jaren_tot_2016: int, jaren_vanaf_2016: int, *, vanaf_2016_eerst: bool = False) -> Decimal:
    """Duration of the LGU in months (art. 59 lid 1-2). The first ten years of arbeidsverleden count a
    month each; the earliest years are those first ten, so years before 2016 fill them first (UWV
    counts the same way); each later year adds a month before 2016 and half a month from 2016.
    `vanaf_2016_eerst` gives the other reading of lid 2 (years from 2016 fill the ten first), which the
    result discloses where it differs."""
    tien = getal("lgu_volle_maand_jaren")
    if vanaf_2016_eerst:
        eerst_vanaf = min(jaren_vanaf_2016, tien)
        eerst_voor = min(jaren_tot_2016, tien - eerst_vanaf)
    else:
        eerst_voor = min(jaren_tot_2016, tien)
        eerst_vanaf = min(jaren_vanaf_2016, tien - eerst_voor)
    maanden = (Decimal(eerst_voor + eerst_vanaf) + (jaren_tot_2016 - eerst_voor)
               + Decimal(jaren_vanaf_2016 - eerst_vanaf) / 2)
    return min(max(maanden, Decimal(getal("lgu_min_maanden"))), Decimal(getal("lgu_max_maanden")))


def na_maanden(dag: date, maanden: int) -> date:
    """The first day after a period of `maanden` calendar months that starts on `dag`: the same day number
    `maanden` months later. When the target month has no such day, the period ends on that month's last
    day and the next one starts on the 1st: 31-12-2026 + 2 months ends on 28-2-2027, so 1-3-2027 (not
    28-2-2027, which would end the period a day early)."""
    jaar, maand = divmod(dag.month - 1 + maanden, 12)
    jaar += dag.year
    try:
        return date(jaar, maand + 1, dag.day)
    except ValueError:
        return date(jaar + (maand == 11), (maand + 1) % 12 + 1, 1)


def na_duur(dag: date, maanden: Decimal) -> date:
    """The first day after a duration of whole months (`na_maanden`) plus, for a half month, 15 calendar
    days (WIA art. 59 lid 2)."""
    hele = int(maanden)
    eind = na_maanden(dag, hele)
    if maanden != hele:
        eind += timedelta(days=getal("half_maand_dagen"))
    return eind


@dataclass(frozen=True)
class Loon:
    """The dagloon before and after the maximum and the maandloon, as the formulas of art. 61 use them."""

    ongemaximeerd: Decimal  # D, exact (a jaarloon ÷ 261 is not rounded before it is compared)
    dagloon: Decimal  # C, to the cent
    maandloon: Decimal  # A
    geschat: bool
    gemaximeerd: bool

    def gewogen(self, inkomen: Decimal) -> Decimal:
        """B × C/D: income counts for less when the dagloon was capped (art. 52, 61); C/D is 1 otherwise."""
        return inkomen * self.dagloon / self.ongemaximeerd if self.gemaximeerd else inkomen


def loon(invoer: Invoer, rij: Bedragen) -> Loon:
    """C and D of art. 52 and 61. A dagloon below the maximum is both. A dagloon at (or above) the
    maximum is C, and D is the jaarloon ÷ 261 when given (never below C); without a jaarloon, D is the
    dagloon typed: above the maximum it cannot be the letter's figure, so it is the uncapped one, and at
    the maximum it only matters with income, when `vraagt_jaarloon` has asked for the jaarloon.

    For a start date whose maximum is not published yet (`wia_bedragen.maximum_bekend`), a dagloon a little
    above the last known maximum (`mogelijk_maximum`) may be the decision's figure, the new maximum: it is C
    and is not capped at the old maximum, and a jaarloon, when given, gives D. A dagloon further above it
    cannot be the decision's figure (the maximum rises only a little each half year): it is D, capped at
    the last known maximum, as is a jaarloon alone; the result says the maximum is not known yet."""
    uit_jaarloon = invoer.jaarloon / getal("dagen_per_jaar_dagloon") if invoer.jaarloon is not None else None
    if mogelijk_maximum(invoer, rij):
        dagloon = cent(invoer.dagloon)
        ongemaximeerd = max(uit_jaarloon, invoer.dagloon) if uit_jaarloon is not None else invoer.dagloon
        return Loon(ongemaximeerd, dagloon, cent(MAANDLOON_FACTOR * dagloon), False, ongemaximeerd > dagloon)
    if invoer.dagloon is None:
        ongemaximeerd, geschat = uit_jaarloon, True
    elif invoer.dagloon >= rij.maximumdagloon and uit_jaarloon is not None:
        ongemaximeerd, geschat = max(uit_jaarloon, invoer.dagloon), False
    else:
        ongemaximeerd, geschat = invoer.dagloon, False
    dagloon = cent(min(ongemaximeerd, rij.maximumdagloon))
    return Loon(ongemaximeerd, dagloon, cent(MAANDLOON_FACTOR * dagloon), geschat,
                ongemaximeerd > rij.maximumdagloon)


def mogelijk_maximum(invoer: Invoer, rij: Bedragen) -> bool:
    """True when the start date's maximumdagloon is not published yet and the dagloon typed lies above the last
    known maximum by at most the site's margin (`dagloon_mogelijk_maximum_marge_procent`): it may be the new
    maximum from UWV's decision, so it is not capped at the old one."""
    if invoer.dagloon is None or wia_bedragen.maximum_bekend(invoer.ingangsdatum):
        return False
    marge = rij.maximumdagloon * (100 + getal("dagloon_mogelijk_maximum_marge_procent")) / 100
    return rij.maximumdagloon < invoer.dagloon <= marge


def vraagt_jaarloon(invoer: Invoer) -> bool:
    """True when the answer needs D and the form cannot know it: the dagloon given is exactly the
    maximumdagloon (as UWV's decision writes a capped dagloon), there is income and a benefit, and no
    jaarloon. Income then counts as income × C/D (art. 52 lid 1, art. 61 lid 1 and 4)."""
    rij = wia_bedragen.rij_op(invoer.ingangsdatum)
    return (invoer.dagloon == rij.maximumdagloon and invoer.jaarloon is None and invoer.inkomen > 0
            and soort(invoer) != "geen")


def leeftijd_op(invoer: Invoer, dag: date) -> tuple[int, bool] | None:
    """(age on `dag`, exact?) from the birth date; from the birth year alone the youngest possible age
    (not yet had a birthday that year), not exact; None without either."""
    if invoer.geboortedatum is not None:
        g = invoer.geboortedatum
        return dag.year - g.year - ((dag.month, dag.day) < (g.month, g.day)), True
    if invoer.geboortejaar is not None:
        return dag.year - invoer.geboortejaar - 1, False
    return None


def verjaardag(geboren: date, leeftijd: int) -> date:
    """The day `leeftijd` is reached (born on 29 February: 1 March in a year without it)."""
    try:
        return geboren.replace(year=geboren.year + leeftijd)
    except ValueError:
        return date(geboren.year + leeftijd, 3, 1)


def soort(invoer: Invoer) -> str:
    """'geen' below 35%, 'iva' from 80% when duurzaam, else 'wga' (WIA art. 4, 5)."""
    if invoer.arbeidsongeschiktheid < getal("wia_ondergrens_procent"):
        return "geen"
    if invoer.arbeidsongeschiktheid >= getal("iva_grens_procent") and invoer.duurzaam:
        return "iva"
    return "wga"


@dataclass(frozen=True)
class Berekening:
    """Everything the phases need, computed once."""

    invoer: Invoer
    rij: Bedragen
    loon: Loon
    rvc: Decimal
    rvc_geschat: bool
    #: The amounts row for the minimumloon (art. 61 lid 5, 62 lid 1): the one in force when the phase starts.
    minimumrij: Bedragen | None = None
    #: The age for the youth minimumloon (art. 12 lid 1 onder b), None from 21 or when unknown.
    leeftijd: int | None = None
    #: False when the age comes from the birth year alone (then the youngest possible age is used).
    leeftijd_zeker: bool = True

    def op(self, dag: date) -> "Berekening":
        """This computation for a phase starting on `dag`: the minimumloon row and the age on that day."""
        bekend = leeftijd_op(self.invoer, dag)
        jong = bekend is not None and bekend[0] < getal("jeugdminimumloon_tot_leeftijd")
        return replace(self, minimumrij=wia_bedragen.rij_op(dag), leeftijd=bekend[0] if jong else None,
                       leeftijd_zeker=bekend[1] if jong else True)

    @property
    def minimumloon(self) -> Decimal:
        """The WIA-minimumloon per month for this phase (art. 12 lid 1 onder b)."""
        return (self.minimumrij or self.rij).wia_minimumloon_voor(self.leeftijd)

    @property
    def inkomenseis(self) -> Decimal | None:
        """50% of the RVC, or None when the RVC is at most 20% of the old wage (art. 60 lid 2-3)."""
        if self.invoer.arbeidsongeschiktheid >= getal("iva_grens_procent"):
            return None
        return self.rvc * getal("inkomenseis_procent") / 100

    def lgu(self, procent: int, inkomen: Decimal) -> Decimal:
        """Art. 61 lid 1 (also lid 2): procent × (A − B × C/D), never below zero."""
        return cent(max(NUL, Decimal(procent) / 100 * (self.loon.maandloon - self.loon.gewogen(inkomen))))

    @property
    def vervolg(self) -> Decimal:
        """Art. 62 lid 1: percentage × the WIA-minimumloon, or × the maandloon when that is lower."""
        grondslag = min(self.minimumloon, self.loon.maandloon)
        return cent(wia_bedragen.vervolg_percentage(self.invoer.arbeidsongeschiktheid) / 100 * grondslag)

    def vervolg_percentage(self) -> Decimal:
        return wia_bedragen.vervolg_percentage(self.invoer.arbeidsongeschiktheid)

    def na_lgu(self, inkomen: Decimal) -> tuple[str, Decimal]:
        """('loonaanvulling' | 'vervolg', amount) for a monthly income (art. 60, 61 lid 2-5, 62)."""
        procent = getal("loonaanvulling_procent")
        eis = self.inkomenseis
        if eis is None or inkomen >= self.rvc:
            return "loonaanvulling", self.lgu(procent, inkomen)
        if inkomen >= eis:
            volgens_rvc = self.lgu(procent, self.rvc)
            return "loonaanvulling", max(volgens_rvc, min(self.vervolg, self.lgu(procent, inkomen)))
        return "vervolg", self.vervolg

    @property
    def iva(self) -> Decimal:
        """Art. 51 and 52: 75% of the maandloon minus 70% of the income × C/D, never below zero."""
        bruto = Decimal(getal("iva_procent")) / 100 * self.loon.maandloon
        aftrek = Decimal(getal("iva_inkomen_procent")) / 100 * self.loon.gewogen(self.invoer.inkomen)
        return cent(max(NUL, bruto - aftrek))


def bereken(invoer: Invoer) -> Berekening:
    rij = wia_bedragen.rij_op(invoer.ingangsdatum)
    lonen = loon(invoer, rij)
    if invoer.restverdiencapaciteit is not None:
        rvc, geschat = invoer.restverdiencapaciteit, False
    else:
        maandloon_oud = MAANDLOON_FACTOR * lonen.ongemaximeerd
        rvc, geschat = cent(maandloon_oud * (100 - invoer.arbeidsongeschiktheid) / 100), True
    return Berekening(invoer, rij, lonen, rvc, geschat)


def zonder_vakantiebijslag(bedrag: Decimal) -> Decimal:
    """What UWV pays each month: the amount without its 8/108 vakantiebijslag (art. 68 lid 1), which is
    paid once a year in May. 2.800,03 × 100/108 = 2.592,62."""
    return cent(bedrag * 100 / (100 + getal("vakantietoeslag_procent")))


def _fase(id: str, van: date, tot: date | None, bedrag: Decimal, procent: Decimal | int, uitleg: str,
          bron: Bron) -> dict:
    maandelijks = zonder_vakantiebijslag(bedrag)
    return {
        "id": id,
        "van": van.isoformat(),
        "tot": tot.isoformat() if tot else None,
        "bedrag_per_maand": f"{bedrag:.2f}",
        "bedrag_tekst": euro(bedrag),
        "bedrag_per_maand_zonder_vakantiebijslag": f"{maandelijks:.2f}",
        "bedrag_zonder_vakantiebijslag_tekst": euro(maandelijks),
        "aow_einde": None,
        "percentage": float(procent) if Decimal(procent) != int(procent) else int(procent),
        "uitleg": uitleg,
        "bron": bron.url,
        "bron_label": bron.label,
    }


TITELS = {
    "lgu_75": "Loongerelateerde uitkering, eerste 2 maanden",
    "lgu_70": "Loongerelateerde uitkering",
    "loonaanvulling": "Loonaanvullingsuitkering",
    "vervolg": "Vervolguitkering",
    "iva": "IVA-uitkering",
}


def _na_lgu_fase(b: Berekening, van: date) -> dict:
    f = _na_lgu_fase_zonder_rij(b, van)
    f["bedragen_per"] = (b.minimumrij or b.rij).vanaf.isoformat()
    f["minimumloon_leeftijd"] = b.leeftijd
    return f


def _na_lgu_fasen(b: Berekening, van: date) -> list[dict]:
    """The phase after the LGU (or without it), split on each birthday before the 21st when the birth date
    is known, since the youth minimumloon rises with the age (art. 12 lid 1 onder b). With the birth year
    only, split on each 1 January instead: the youngest possible age holds up to 31 December (as if born on
    31 December), and from 1 January after the year of the 21st birthday everyone is 21. Neighbours with
    the same amount are one phase."""
    begin = [van]
    eerste = b.op(van)
    tot_leeftijd = getal("jeugdminimumloon_tot_leeftijd")
    if eerste.leeftijd is not None and b.invoer.geboortedatum is not None:
        begin += [d for n in range(eerste.leeftijd + 1, tot_leeftijd + 1)
                  if (d := verjaardag(b.invoer.geboortedatum, n)) > van]
    elif eerste.leeftijd is not None and b.invoer.geboortejaar is not None:
        begin += [date(jaar, 1, 1) for jaar in range(van.year + 1, b.invoer.geboortejaar + tot_leeftijd + 2)]
    lijst: list[dict] = []
    for i, start in enumerate(begin):
        f = _na_lgu_fase(b.op(start), start)
        if i + 1 < len(begin):
            f["tot"] = (begin[i + 1] - DAG).isoformat()
        if lijst and lijst[-1]["id"] == f["id"] and lijst[-1]["bedrag_per_maand"] == f["bedrag_per_maand"]:
            lijst[-1]["tot"] = f["tot"]
        else:
            lijst.append(f)
    return lijst


def _na_lgu_fase_zonder_rij(b: Berekening, van: date) -> dict:
    soort_na, bedrag = b.na_lgu(b.invoer.inkomen)
    if soort_na == "vervolg":
        procent = b.vervolg_percentage()
        grondslag = ("het minimumloon" if b.minimumloon <= b.loon.maandloon else "uw maandloon")
        if b.leeftijd is not None and b.minimumloon <= b.loon.maandloon:
            grondslag = f"het minimumloon voor {b.leeftijd}-jarigen"
        uitleg = (f"U verdient minder dan de helft van wat u volgens UWV nog kunt verdienen. U krijgt dan "
                  f"{procent_tekst(procent)} van {grondslag}, hoeveel u ook verdient. Dit percentage hoort bij "
                  f"uw mate van arbeidsongeschiktheid.")
        return _fase("vervolg", van, None, bedrag, procent, uitleg, BRONNEN["wia_62"])
    procent = getal("loonaanvulling_procent")
    if b.inkomenseis is None:
        uitleg = (f"U bent {getal('iva_grens_procent')}% of meer arbeidsongeschikt. De rekenhulp neemt aan dat u per "
                  f"uur hooguit {100 - getal('iva_grens_procent')}% kunt verdienen van wat u vroeger per uur verdiende. "
                  f"Dan geldt geen inkomenseis: u krijgt {procent}% van uw maandloon min wat u verdient.")
    elif b.invoer.inkomen >= b.rvc:
        uitleg = (f"U verdient minstens wat u volgens UWV nog kunt verdienen. U krijgt {procent}% van het "
                  "verschil tussen uw maandloon en wat u verdient, naast uw loon.")
    else:
        uitleg = (f"U verdient minstens de helft van wat u volgens UWV nog kunt verdienen. U krijgt {procent}% "
                  "van het verschil tussen uw maandloon en wat u volgens UWV kunt verdienen, naast uw loon, "
                  "en nooit minder dan de vervolguitkering.")
    return _fase("loonaanvulling", van, None, bedrag, procent, uitleg, BRONNEN["wia_61"])


def fasen(b: Berekening) -> list[dict]:
    """The phases in order, with dates (`tot` inclusive, None = open) and gross amounts per month."""
    invoer, ingang = b.invoer, b.invoer.ingangsdatum
    wat = soort(invoer)
    if wat == "geen":
        return []
    if wat == "iva":
        uitleg = (f"{getal('iva_procent')}% van uw maandloon, tot uw AOW-leeftijd. Verdient u iets bij, dan gaat "
                  f"{getal('iva_inkomen_procent')}% daarvan af.")
        iva = _fase("iva", ingang, None, b.iva, getal("iva_procent"), uitleg, BRONNEN["wia_51"])
        iva["bedragen_per"], iva["minimumloon_leeftijd"] = b.rij.vanaf.isoformat(), None
        return [iva]
    if not invoer.referte_eis:
        return _na_lgu_fasen(b, ingang)
    hoog_tot = na_maanden(ingang, getal("lgu_hoog_maanden"))
    einde = na_duur(ingang, lgu_maanden(invoer.jaren_tot_2016, invoer.jaren_vanaf_2016))
    hoog, laag = getal("lgu_hoog_procent"), getal("lgu_procent")
    lgu = [
        _fase("lgu_75", ingang, hoog_tot - DAG, b.lgu(hoog, invoer.inkomen), hoog,
              f"De eerste {getal('lgu_hoog_maanden')} maanden {hoog}% van uw maandloon, min wat u verdient.",
              BRONNEN["wia_61_1"]),
        _fase("lgu_70", hoog_tot, einde - DAG, b.lgu(laag, invoer.inkomen), laag,
              f"Daarna {laag}% van uw maandloon, min wat u verdient. Hoe lang, hangt af van uw arbeidsverleden. "
              "Dit is de langste duur: kreeg u eerder WW, dan kan hij korter zijn (WIA art. 59 lid 6).",
              BRONNEN["wia_59"]),
    ]
    for f in lgu:
        f["bedragen_per"], f["minimumloon_leeftijd"] = b.rij.vanaf.isoformat(), None
    return lgu + _na_lgu_fasen(b, einde)


def aow_datum(invoer: Invoer) -> aow.AowDatum | None:
    """The AOW date from the birth date, the window of possible dates from the birth year, or None."""
    if invoer.geboortedatum is not None:
        return aow.datum(invoer.geboortedatum)
    return aow.venster(invoer.geboortejaar) if invoer.geboortejaar is not None else None


def _dag(iso: str) -> str:
    return nl_datum(date.fromisoformat(iso))


def tot_aow(lijst: list[dict], datum: aow.AowDatum | None) -> list[dict]:
    """The phases cut at the AOW date (art. 49 lid 1 b, 56 lid 1 b: the right ends on the day the AOW
    age is reached, so the last day is the day before). A phase that starts on or after the latest
    possible AOW date never comes and is dropped. With a birth year only, every phase ends at the latest
    on the day before the latest possible AOW date, and a phase that may run into the window says that it
    stops earlier if the AOW date comes first."""
    if datum is None:
        return lijst
    blijft = [f for f in lijst if date.fromisoformat(f["van"]) < datum.laatst]
    for f in blijft:
        if f["tot"] is not None and date.fromisoformat(f["tot"]) < datum.vroegst:
            continue
        if datum.exact:
            f["tot"] = (datum.vroegst - DAG).isoformat()
            tekst = (f"Tot en met {_dag(f['tot'])}: op {nl_datum(datum.vroegst)} bereikt u de AOW-leeftijd. "
                     "Dan stopt uw WIA-uitkering.")
        else:
            uiterlijk = datum.laatst - DAG
            if f["tot"] is None or date.fromisoformat(f["tot"]) > uiterlijk:
                f["tot"] = uiterlijk.isoformat()
            tekst = (f"Uw WIA-uitkering stopt op uw AOW-datum. Die ligt tussen {nl_datum(datum.vroegst)} en "
                     f"{nl_datum(datum.laatst)}. Deze fase loopt dus uiterlijk tot en met {_dag(f['tot'])}, of "
                     "korter als uw AOW-datum eerder komt.")
        f["aow_einde"] = {"vroegst": datum.vroegst.isoformat(), "laatst": datum.laatst.isoformat(), "tekst": tekst}
    return blijft


def _fase_zin(f: dict, vorige: dict | None) -> str:
    """One phase in the headline: 'de eerste 2 maanden …', 'daarna … tot en met …' or 'vanaf … …'."""
    onzeker = f["aow_einde"] is not None and f["aow_einde"]["vroegst"] != f["aow_einde"]["laatst"]
    if f["id"] == "lgu_75" and f["aow_einde"] is None:
        return f"de eerste {getal('lgu_hoog_maanden')} maanden {f['bedrag_tekst']}"
    begin = "daarna" if f["id"] == "lgu_70" and vorige is not None else f"vanaf {_dag(f['van'])}"
    zin = f"{begin} {f['bedrag_tekst']}"
    if f["id"] in ("loonaanvulling", "vervolg"):
        zin += f" ({TITELS[f['id']].lower()})"
    if f["tot"] is not None and onzeker:
        zin += f" uiterlijk tot en met {_dag(f['tot'])}"
    elif f["tot"] is not None:
        zin += f" tot en met {_dag(f['tot'])}"
    return zin


def _kop(wat: str, lijst: list[dict], b: Berekening, datum: aow.AowDatum | None) -> str:
    """The answer in one sentence, each phase with its own period, so that nobody reads the amount of
    the first two months as the amount of the whole loongerelateerde uitkering."""
    ingang = b.invoer.ingangsdatum
    if wat == "geen":
        return (f"U krijgt geen WIA-uitkering: u bent minder dan {getal('wia_ondergrens_procent')}% "
                "arbeidsongeschikt.")
    if not lijst:
        return (f"U krijgt geen WIA-uitkering: op {nl_datum(ingang)} heeft u de AOW-leeftijd al. U krijgt dan "
                "AOW van de SVB.")
    zinnen = [_fase_zin(f, lijst[i - 1] if i else None) for i, f in enumerate(lijst)]
    aantal_lgu = sum(f["id"] in ("lgu_75", "lgu_70") for f in lijst)
    if wat == "iva":
        kop = f"U krijgt naar verwachting een IVA-uitkering: {'; '.join(zinnen)}"
    elif aantal_lgu:
        kop = (f"U krijgt naar verwachting een WGA-uitkering. Eerst een loongerelateerde uitkering: "
               f"{', '.join(zinnen[:aantal_lgu])}" + "".join(f"; {z}" for z in zinnen[aantal_lgu:]))
    else:
        kop = f"U krijgt naar verwachting een WGA-uitkering: {'; '.join(zinnen)}"
    kop += ". Bruto per maand, inclusief vakantiebijslag."
    if datum is not None and datum.exact and lijst[-1]["aow_einde"] is not None:
        kop += f" Op {nl_datum(datum.vroegst)} bereikt u de AOW-leeftijd: dan stopt de uitkering."
    elif datum is not None and lijst[-1]["aow_einde"] is not None:
        kop += (f" U bereikt de AOW-leeftijd tussen {nl_datum(datum.vroegst)} en {nl_datum(datum.laatst)}: dan "
                "stopt de uitkering.")
    if datum is not None and datum.vroegst <= ingang:
        kop += f" Dit geldt alleen als u op {nl_datum(ingang)} de AOW-leeftijd nog niet heeft."
    return kop


def _wat_nu(wat: str, b: Berekening, lijst: list[dict]) -> list[str]:
    """What the reader can do, with the amounts that change: working more, or a duurzaam situation."""
    stappen = []
    if wat != "geen" and not lijst:
        return ["Vraag uw AOW aan bij de SVB. Kreeg u al een WIA-uitkering, dan stopt die op uw AOW-datum."]
    if lijst and lijst[-1]["id"] in ("vervolg", "loonaanvulling"):
        b = b.op(date.fromisoformat(lijst[-1]["van"]))
    if wat == "wga" and b.inkomenseis is not None and lijst[-1]["id"] in ("vervolg", "loonaanvulling"):
        eis = cent(b.inkomenseis)
        _, bij_eis = b.na_lgu(eis)
        van = nl_datum(date.fromisoformat(lijst[-1]["van"]))
        if lijst[-1]["id"] == "vervolg":
            stappen.append(
                f"Werkt u vanaf {van} voor minstens {euro(eis)} per maand (de helft van de "
                f"{euro(b.rvc)} die u volgens UWV nog kunt verdienen)? Dan krijgt u geen vervolguitkering van "
                f"{lijst[-1]['bedrag_tekst']}, maar een loonaanvulling van {euro(bij_eis)} per maand, naast uw loon. "
                f"Verdient u meer dan {euro(b.rvc)}, dan krijgt u {getal('loonaanvulling_procent')}% van het verschil "
                "tussen uw maandloon en uw loon: loon en uitkering samen worden dan hoger.")
        elif euro(b.vervolg) != lijst[-1]["bedrag_tekst"]:
            # Held at the vervolg floor (art. 61 lid 5) the two amounts are the same: nothing to say then.
            stappen.append(
                f"Gaat u minder verdienen dan {euro(eis)} per maand, dan krijgt u vanaf {van} de vervolguitkering "
                f"van {euro(b.vervolg)} in plaats van de loonaanvulling van {lijst[-1]['bedrag_tekst']}.")
    if wat == "wga" and b.inkomenseis is None and lijst[-1]["id"] == "loonaanvulling":
        stappen.append(_zonder_uurgrens(b, lijst[-1]))
    if wat == "wga" and b.invoer.arbeidsongeschiktheid >= getal("iva_grens_procent"):
        stappen.append(
            f"Besluit UWV dat uw situatie duurzaam is (weinig kans op herstel)? Dan krijgt u een IVA-uitkering van "
            f"{euro(b.iva)} bruto per maand, zonder loongerelateerde fase.")
    if wat == "iva":
        stappen.append(
            f"Gaat u toch wat verdienen, dan gaat {getal('iva_inkomen_procent')}% daarvan van uw uitkering af "
            f"(WIA art. 52 lid 1). Verdient u {getal('iva_herbeoordeling_maanden')} kalendermaanden achter elkaar "
            f"elke maand meer dan {getal('iva_herbeoordeling_inkomen_procent')}% van wat u vroeger verdiende (uw "
            "maatmaninkomen), dan roept UWV u op voor een nieuw onderzoek: bent u nog volledig en duurzaam "
            "arbeidsongeschikt? (WIA art. 52 lid 2) Meld werk altijd aan UWV.")
    if wat == "geen":
        stappen.append("U blijft in dienst zolang u niet ontslagen bent. Verliest u uw baan, dan kunt u een "
                       "WW-uitkering aanvragen.")
    elif _twee_maanden_regel(b, lijst):
        stappen.append(
            "Verandert uw arbeidsongeschiktheid, dan past UWV het bedrag van uw "
            f"{'vervolguitkering' if lijst[-1]['id'] == 'vervolg' else 'loonaanvulling'} pas aan als de verandering "
            f"{getal('wijziging_na_maanden')} kalendermaanden duurt (WIA art. 61 lid 7, 62 lid 4). Geef werk en "
            "inkomen altijd door aan UWV.")
    else:
        stappen.append("Verandert uw arbeidsongeschiktheid, uw werk of uw inkomen? Geef dat altijd door aan UWV.")
    stappen.append(f"Controleer de bedragen met het besluit van UWV. Klopt iets niet, maak dan binnen "
                   f"{getal('bezwaar_weken')} weken bezwaar.")
    return stappen


def _zonder_uurgrens(b: Berekening, fase: dict) -> str:
    """At 80% or more the calculator assumes no inkomenseis. The law drops it only when the reader can earn at most
    20% of the old wage *per hour* (WIA art. 60 lid 2 and 3); someone who is 80% arbeidsongeschikt because of fewer
    hours can earn more per hour. Then the inkomenseis of 50% of the RVC applies and art. 61 lid 2-5 and 62 decide:
    the amount for that reading, computed here, so the assumption is never silent."""
    procent = getal("loonaanvulling_procent")
    eis = b.rvc * getal("inkomenseis_procent") / 100
    inkomen = b.invoer.inkomen
    if inkomen >= b.rvc:
        anders = None
    elif inkomen >= eis:
        anders = ("de loonaanvulling", max(b.lgu(procent, b.rvc), min(b.vervolg, b.lgu(procent, inkomen))))
    else:
        anders = ("de vervolguitkering", b.vervolg)
    tekst = (f"Kunt u volgens UWV per uur meer verdienen dan {100 - getal('iva_grens_procent')}% van wat u vroeger per "
             "uur verdiende, bijvoorbeeld omdat u vooral minder uren kunt werken? Dan geldt de inkomenseis wel: u moet "
             f"dan minstens {euro(cent(eis))} per maand verdienen, de helft van wat u volgens UWV nog kunt verdienen "
             "(WIA art. 60 lid 2 en 3). Het rapport van de arbeidsdeskundige zegt welke situatie voor u geldt.")
    if anders is not None and euro(anders[1]) != fase["bedrag_tekst"]:
        tekst += f" Geldt de inkomenseis voor u, dan krijgt u {anders[0]} van {euro(anders[1])} in plaats van {fase['bedrag_tekst']}."
    return tekst


def _twee_maanden_regel(b: Berekening, lijst: list[dict]) -> bool:
    """Whether the last phase is one whose amount changes only after a change lasted two calendar months:
    the vervolguitkering (art. 62 lid 4) or a loonaanvulling held at the vervolg floor (art. 61 lid 5 and 7).
    Not the IVA, the LGU or a loonaanvulling by the formula of art. 61 lid 2 or 4."""
    if not lijst or lijst[-1]["id"] not in ("vervolg", "loonaanvulling"):
        return False
    if lijst[-1]["id"] == "vervolg":
        return True
    eis, inkomen = b.inkomenseis, b.invoer.inkomen
    if eis is None or inkomen >= b.rvc:
        return False
    return b.lgu(getal("loonaanvulling_procent"), b.rvc) < b.vervolg


#: What the calculator does not compute, each with the article that governs it (rendered by the binding).
NIET_MEEGEREKEND = (
    NietMeegerekend(
        "Een toeslag tot het sociaal minimum",
        "Is uw uitkering lager dan het sociaal minimum, dan kan de Toeslagenwet die aanvullen. Dat hangt af van uw "
        "huishouden en van het inkomen van uw partner. Dat vraagt de rekenhulp niet.", BRONNEN["tw_2"]),
    NietMeegerekend(
        "Wonen buiten Nederland",
        "Woont u buiten de EU, de EER en Zwitserland, dan kan UWV uw vervolguitkering lager maken, passend bij "
        "de prijzen in uw woonland. De rekenhulp rekent alsof u in Nederland woont.", BRONNEN["wia_62_2"]),
    NietMeegerekend(
        "Een herbeoordeling",
        "UWV kan later opnieuw beoordelen hoeveel u arbeidsongeschikt bent. Dan kan uw uitkering veranderen of "
        "stoppen. De rekenhulp rekent met het percentage van nu.", BRONNEN["wia_56"]),
    NietMeegerekend(
        "Veranderingen in de loop van de tijd",
        "Verandert uw arbeidsongeschiktheid of uw inkomen, dan verandert uw uitkering. De vervolguitkering, en een "
        "loonaanvulling die even hoog is als de vervolguitkering, past UWV pas aan als de verandering "
        f"{getal('wijziging_na_maanden')} kalendermaanden duurt. De rekenhulp rekent met wat u nu invult.",
        BRONNEN["wia_61_7"]),
    NietMeegerekend(
        "WW of een IVA-uitkering vóór uw loongerelateerde uitkering",
        "Kreeg u WW uit dezelfde baan als waaruit u ziek werd, of kreeg u WW of wachtgeld vlak voordat u ziek werd? "
        "Dan gaat de tijd dat u die kreeg af van de duur van uw loongerelateerde uitkering (WIA art. 59 lid 6). Had u "
        "vlak daarvoor een IVA-uitkering, dan gaat die tijd eraf, maar er blijven minstens "
        f"{getal('lgu_na_iva_min_maanden')} maanden over (art. 59 lid 5). De rekenhulp vraagt dat niet en toont de "
        "langste duur.", BRONNEN["wia_59_5_6"]),
    NietMeegerekend(
        "De jaarlijkse tegemoetkoming",
        "Heeft u op 1 juli een WIA-uitkering, dan krijgt u van UWV ook een tegemoetkoming, één keer per jaar in het "
        f"derde kwartaal. De wet noemt {euro(Decimal(getal('tegemoetkoming_wet_eurocent')) / 100)} per jaar; dat "
        "bedrag verandert elk jaar op 1 januari (WIA art. 63a). De rekenhulp telt de tegemoetkoming niet mee in de "
        "bedragen per maand.", BRONNEN["wia_63a"]),
    NietMeegerekend(
        "Of uw werkgever eigenrisicodrager is",
        "Dan betaalt de werkgever of zijn verzekeraar uw WGA-uitkering in plaats van UWV. De hoogte blijft "
        "hetzelfde.", BRONNEN["wia_82"]),
    NietMeegerekend(
        "Een verhoging omdat u veel zorg nodig heeft",
        "Heeft u blijvend veel verzorging nodig, dan kan UWV uw uitkering verhogen. Dat vraagt de rekenhulp niet.",
        BRONNEN["wia_53_63"]),
    NietMeegerekend(
        "Wat u netto overhoudt",
        "Alle bedragen zijn bruto. UWV houdt er loonheffing op in; hoeveel, hangt af van uw hele inkomen.",
        BRONNEN["loonbelasting"]),
    NietMeegerekend(
        "Een WGA-hiaatverzekering of een aanvulling uit uw cao",
        "Die komt bovenop de uitkering. Vraag uw werkgever of uw pensioenfonds of u er een heeft.",
        BRONNEN["spoorwijzer_niet_weten"]),
)

AANGEKONDIGD = (
    "Het coalitieakkoord 2026-2030 kondigt aan dat de IVA stopt voor nieuwe gevallen vanaf 2030: wie volledig "
    "en duurzaam arbeidsongeschikt is, krijgt dan een WGA-uitkering van 70%.",
    "Het coalitieakkoord kondigt aan dat het maximumdagloon vanaf 2029 ongeveer 20% lager wordt.",
    "Het coalitieakkoord kondigt aan dat de WW vanaf 2028 hooguit 12 maanden duurt in plaats van 24.",
)
AANGEKONDIGD_STAND = date(2026, 12, 2)


def aow_tekst(datum: aow.AowDatum | None, ingang: date) -> str:
    """One sentence on the AOW date: known, a window from the birth year, not fixed yet, or unknown."""
    if datum is None:
        return ("Uw WIA-uitkering stopt op de dag dat u de AOW-leeftijd bereikt. De rekenhulp weet uw geboortedatum "
                "niet en heeft daar geen rekening mee gehouden. Vul uw geboortedatum in om het einde te zien.")
    leeftijd = " of ".join(dict.fromkeys(r.tekst for r in datum.leeftijden))
    if datum.exact:
        tekst = f"U bereikt de AOW-leeftijd ({leeftijd}) op {nl_datum(datum.vroegst)}."
    else:
        tekst = (f"Uit alleen uw geboortejaar volgt dat u de AOW-leeftijd ({leeftijd}) bereikt tussen "
                 f"{nl_datum(datum.vroegst)} en {nl_datum(datum.laatst)}. Vul uw geboortedatum in voor de precieze "
                 "datum.")
    if datum.laatst <= ingang:
        tekst += " Op de eerste dag van de uitkering heeft u die leeftijd al: dan krijgt u geen WIA-uitkering."
    else:
        tekst += " Op die dag stopt uw WIA-uitkering."
    nieuws = [r for r in datum.leeftijden if not r.bevestigd]
    if nieuws and datum.vast:
        jaren = " of ".join(dict.fromkeys(str(j) for r in nieuws for j in r.in_jaren))
        tekst += (f" Let op: de AOW-leeftijd voor wie die in {jaren} bereikt, kent de rekenhulp alleen uit "
                  f"nieuwsberichten (stand op {nl_datum(aow.STAND)}). Controleer uw AOW-datum bij de SVB.")
    if not datum.vast:
        bekend = ("de laatst bekende leeftijd (volgens nieuwsberichten)" if nieuws else "de laatst vastgestelde leeftijd")
        tekst += (f" Uw AOW-leeftijd is nog niet vastgesteld (stand {nl_datum(aow.STAND)}). De rekenhulp rekent met "
                  f"{leeftijd}, {bekend}. Hij wordt niet lager, wel misschien hoger.")
    return tekst


def maanden_tekst(maanden: Decimal) -> str:
    """'23 maanden' or '20,5 maanden'."""
    return f"{procent_tekst(maanden)[:-1]} maanden"


def _meldingen(b: Berekening, datum: aow.AowDatum | None, lijst: list[dict]) -> list[str]:
    """What the result assumed, so that nobody takes an estimate for UWV's figure."""
    invoer, meldingen = b.invoer, [aow_tekst(datum, b.invoer.ingangsdatum)]
    if any(f["id"] == "lgu_70" for f in lijst):
        meldingen.append(
            "De duur van de loongerelateerde uitkering is een maximum. Kreeg u WW uit dezelfde baan als waaruit u "
            "ziek werd, of WW of wachtgeld vlak voordat u ziek werd? Dan gaat de tijd dat u die kreeg van de duur af "
            "(WIA art. 59 lid 6). Had u vlak daarvoor een IVA-uitkering, dan gaat die tijd eraf, maar er blijven "
            f"minstens {getal('lgu_na_iva_min_maanden')} maanden over (art. 59 lid 5).")
        gewoon = lgu_maanden(invoer.jaren_tot_2016, invoer.jaren_vanaf_2016)
        andersom = lgu_maanden(invoer.jaren_tot_2016, invoer.jaren_vanaf_2016, vanaf_2016_eerst=True)
        if andersom != gewoon:
            meldingen.append(
                f"U heeft meer dan {getal('lgu_volle_maand_jaren')} jaar arbeidsverleden, vóór en vanaf 2016. De wet "
                f"zegt niet precies welke {getal('lgu_volle_maand_jaren')} jaren een hele maand tellen (WIA art. 59 lid "
                "2). De rekenhulp telt eerst de jaren vóór 2016, zoals UWV dat op zijn WW-pagina doet: "
                f"{maanden_tekst(gewoon)}. Telt UWV eerst de jaren vanaf 2016, dan wordt het {maanden_tekst(andersom)}. "
                "Het besluit van UWV noemt de duur.")
    jong = [f for f in lijst if f.get("minimumloon_leeftijd") is not None]
    if jong:
        leeftijd = jong[0]["minimumloon_leeftijd"]
        tekst = (f"U bent op {_dag(jong[0]['van'])} {'' if invoer.geboortedatum else 'minstens '}{leeftijd} jaar. Voor "
                 f"wie jonger is dan {getal('jeugdminimumloon_tot_leeftijd')} jaar, rekent UWV met het minimumloon voor "
                 f"zijn leeftijd (WIA art. 12 lid 1 onder b). Bij {leeftijd} jaar is dat "
                 f"{procent_tekst(wia_bedragen.jeugd_procent(leeftijd, date.fromisoformat(jong[0]['van'])))} van het "
                 "minimumloon (Besluit minimumjeugdloonregeling art. 2). Dat telt voor de vervolguitkering en de "
                 f"ondergrens van de loonaanvulling. Het stijgt op elke verjaardag tot uw {getal('jeugdminimumloon_tot_leeftijd')}e.")
        if invoer.geboortedatum is None:
            volwassen = invoer.geboortejaar + getal("jeugdminimumloon_tot_leeftijd") + 1
            tekst += (" De rekenhulp kent alleen uw geboortejaar. Hij rekent elk jaar tot en met 31 december met de "
                      "jongste leeftijd die daarbij past, alsof u op 31 december jarig bent. Vanaf 1 januari "
                      f"{volwassen} bent u zeker {getal('jeugdminimumloon_tot_leeftijd')} jaar: dan rekent hij met het "
                      "volle minimumloon. Vul uw geboortedatum in voor de precieze bedragen en data.")
        tekst += f" De percentages zijn van de stand op {nl_datum(aow.STAND)}; controleer ze op rijksoverheid.nl."
        meldingen.append(tekst)
    if invoer.ingang_uit_tijdlijn:
        meldingen.append(f"De uitkering gaat in op de eerste dag na de wachttijd: {nl_datum(invoer.ingangsdatum)}. "
                         "Die datum komt uit uw tijdlijn.")
    if b.loon.geschat:
        meldingen.append(f"Uw dagloon is geschat: uw jaarloon gedeeld door {getal('dagen_per_jaar_dagloon')}. "
                         "UWV stelt het dagloon vast; het staat in de beslissing op uw aanvraag.")
    bekend = wia_bedragen.maximum_bekend(invoer.ingangsdatum)
    if b.loon.gemaximeerd and invoer.dagloon is None and bekend:
        meldingen.append(f"Uw dagloon is hoger dan het maximumdagloon. UWV rekent met {euro(b.loon.dagloon)} "
                         "per dag.")
    hoogste = invoer.dagloon if invoer.dagloon is not None else b.loon.ongemaximeerd
    if not bekend and hoogste > b.rij.maximumdagloon:
        tekst = (f"Het maximumdagloon voor {nl_datum(invoer.ingangsdatum)} is nog niet bekend (stand op "
                 f"{nl_datum(wia_bedragen.STAND)}). Het laatst bekende is {euro(b.rij.maximumdagloon)} per dag, vanaf "
                 f"{nl_datum(b.rij.vanaf)}. Het nieuwe maximum is waarschijnlijk wat hoger (Wfsv art. 17 en 18).")
        if mogelijk_maximum(invoer, b.rij):
            tekst += (f" De rekenhulp rekent met het dagloon dat u invulde, {euro(b.loon.dagloon)}, zoals het in het "
                      "besluit van UWV staat (WIA art. 13 lid 1). Misschien is dat het nieuwe maximum.")
        else:
            tekst += (f" Uw dagloon is hoger dan dat maximum. De rekenhulp rekent met het laatst bekende maximum, "
                      f"{euro(b.loon.dagloon)}. Is het nieuwe maximum hoger, dan wordt uw uitkering ook wat hoger.")
        meldingen.append(tekst)
    if b.rvc_geschat and soort(invoer) == "wga":
        loon_tekst = "uw maandloon"
        if b.loon.gemaximeerd:
            loon_tekst = (f"uw maandloon zonder maximum ({euro(cent(MAANDLOON_FACTOR * b.loon.ongemaximeerd))}, "
                          f"{str(MAANDLOON_FACTOR).replace('.', ',')} × uw dagloon zonder maximum)")
        meldingen.append(
            f"Wat u nog kunt verdienen ({euro(b.rvc)} per maand) is geschat: {loon_tekst} × "
            f"(100 − {procent_tekst(invoer.arbeidsongeschiktheid)[:-1]}) ÷ 100. UWV noemt het precieze bedrag "
            "(de restverdiencapaciteit) in het rapport van de arbeidsdeskundige.")
    if invoer.arbeidsverleden_geschat:
        meldingen.append(
            f"Uw arbeidsverleden is geschat uit uw geboortejaar: {invoer.jaren_tot_2016} jaar vóór 2016 en "
            f"{invoer.jaren_vanaf_2016} jaar vanaf 2016. Dat klopt alleen als u elk jaar sinds uw 18e werkte.")
    if invoer.ingangsdatum < wia_bedragen.BEDRAGEN[0].vanaf:
        meldingen.append(f"Deze rekenhulp kent de bedragen van vóór {nl_datum(b.rij.vanaf)} niet. Hij rekent met "
                         f"de bedragen per {nl_datum(b.rij.vanaf)}.")
    laatste = wia_bedragen.BEDRAGEN[-1]
    if lijst and any(f["bedragen_per"] == laatste.vanaf.isoformat() for f in lijst):
        meldingen.append(f"Bedragen per {nl_datum(laatste.vanaf)}. Latere bedragen zijn nog niet bekend.")
    if lijst:
        meldingen.append(
            "Op 1 januari en 1 juli stijgen uw dagloon en het minimumloon mee (WIA art. 14). De "
            "rekenhulp rekent met het dagloon zoals u het invult, en met het minimumloon dat geldt op de eerste dag "
            "van elke fase (WIA art. 62). Latere bedragen worden dus wat hoger.")
    if b.loon.gemaximeerd and invoer.inkomen > 0 and soort(invoer) != "geen":
        meldingen.append(
            f"Uw inkomen telt maar voor een deel mee: {euro(b.loon.dagloon)} ÷ {euro(b.loon.ongemaximeerd)} "
            "(het maximumdagloon gedeeld door uw dagloon zonder maximum), omdat uw loon boven het maximum lag.")
    return meldingen


def vakantiebijslag_tekst(lijst: list[dict]) -> str:
    """Why the monthly payment is lower than the amount shown (art. 68 lid 1)."""
    if not lijst:
        return ""
    eerste = lijst[0]
    return (f"De bedragen zijn inclusief {getal('vakantietoeslag_procent')}% vakantiebijslag. UWV betaalt die "
            f"één keer per jaar uit, in mei. Elke maand krijgt u dus minder op uw rekening: bijvoorbeeld "
            f"{eerste['bedrag_zonder_vakantiebijslag_tekst']} in plaats van {eerste['bedrag_tekst']} bruto.")


def waarschuwingen(invoer: Invoer) -> list[dict]:
    """Valid but unlikely figures, as questions beside their field; the bounds are the site's own
    (regels.GETALLEN, source `spoorwijzer_grens`), the maximum is the law's (Wfsv art. 17)."""
    w, rij = Waarschuwingen(), wia_bedragen.rij_op(invoer.ingangsdatum)
    if invoer.dagloon is not None and invoer.dagloon < getal("dagloon_plausibel_min_euro"):
        w.voeg_toe("dagloon", f"Bedoelt u {euro(invoer.dagloon)} per dag? Het besluit van UWV noemt het dagloon per "
                              "dag. Een uurloon of weekloon geeft een veel te lage uitkering.")
    _dagloon_boven_maximum(w, invoer, rij)
    if 0 < invoer.arbeidsongeschiktheid < 1:
        w.voeg_toe("arbeidsongeschiktheid", f"Bedoelt u {procent_tekst(invoer.arbeidsongeschiktheid * 100)}? Vul het "
                                            "percentage in als getal van 0 tot en met 100.")
    if invoer.jaarloon is not None and 0 < invoer.jaarloon < getal("jaarloon_plausibel_min_euro"):
        w.voeg_toe("jaarloon", f"Is {euro(invoer.jaarloon)} uw loon over een heel jaar? Vul uw jaarloon in, niet "
                               "uw loon per maand.")
    plausibel.maandbedrag(w, "inkomen", invoer.inkomen, "wat u verdient met werk")
    plausibel.maandbedrag(w, "restverdiencapaciteit", invoer.restverdiencapaciteit, "wat u nog kunt verdienen")
    return w.lijst


def _dagloon_boven_maximum(w: Waarschuwingen, invoer: Invoer, rij: Bedragen) -> None:
    """A dagloon above the maximum (up to twice it; above that `api` refuses it): UWV's decision never shows
    more than the maximum (WIA art. 13 lid 1; Wfsv art. 17), so ask whether it is the decision's figure.
    When the maximum of the start date is not known yet, a dagloon a little above the last known one may be
    the new maximum: then only the jaarloon is asked for, for the share of the income (art. 61 lid 1)."""
    dagloon, maximum = invoer.dagloon, rij.maximumdagloon
    if dagloon is None or dagloon <= maximum:
        return
    zelf = ("Heeft u het dagloon zelf uitgerekend uit uw jaarloon? Vul dan uw jaarloon in bij ‘Of: uw jaarloon’ en "
            "laat het dagloon leeg.")
    if wia_bedragen.maximum_bekend(invoer.ingangsdatum):
        w.voeg_toe("dagloon", f"Is {euro(dagloon)} het dagloon uit het besluit van UWV? Dat dagloon is nooit hoger "
                              f"dan het maximumdagloon: {euro(maximum)} per dag. {zelf} De rekenhulp rekent nu met het "
                              f"maximum, {euro(maximum)}, en met {euro(dagloon)} als uw dagloon zonder maximum.")
        return
    onbekend = (f"Het maximumdagloon voor {nl_datum(invoer.ingangsdatum)} is nog niet bekend (stand op "
                f"{nl_datum(wia_bedragen.STAND)}); het laatst bekende is {euro(maximum)} per dag.")
    if mogelijk_maximum(invoer, rij):
        if invoer.jaarloon is None:
            w.voeg_toe("dagloon", f"{onbekend} Misschien is {euro(dagloon)} het nieuwe maximum. Werkt u? Vul dan ook "
                                  "uw jaarloon in: dan rekent de rekenhulp uit hoeveel uw inkomen meetelt.")
        return
    w.voeg_toe("dagloon", f"Is {euro(dagloon)} het dagloon uit het besluit van UWV? {onbekend} Het dagloon in het "
                          "besluit is nooit hoger dan het maximum, en dat stijgt elk half jaar maar een beetje. "
                          f"{zelf} De rekenhulp rekent nu met het laatst bekende maximum, {euro(maximum)}, en met "
                          f"{euro(dagloon)} als uw dagloon zonder maximum.")


def _aow_json(datum: aow.AowDatum | None, ingang: date) -> dict:
    """The AOW date for the page: exact, a window (birth year only), or unknown."""
    if datum is None:
        return {"bekend": False, "datum": None, "vroegst": None, "laatst": None, "vastgesteld": None,
                "voor_ingang": False, "tekst": aow_tekst(datum, ingang)}
    return {"bekend": True, "datum": datum.vroegst.isoformat() if datum.exact else None,
            "vroegst": datum.vroegst.isoformat(), "laatst": datum.laatst.isoformat(), "vastgesteld": datum.vast,
            "voor_ingang": datum.laatst <= ingang, "tekst": aow_tekst(datum, ingang)}


STATUS = {"voorbij": "Voorbij", "nu": "Nu", "later": "Nog niet"}


def _status(fase: dict, vandaag: date) -> str:
    """Where `vandaag` lies relative to the phase: before it, in it, or after it."""
    if date.fromisoformat(fase["van"]) > vandaag:
        return "later"
    return "voorbij" if fase["tot"] is not None and date.fromisoformat(fase["tot"]) < vandaag else "nu"


def _ics(lijst: list[dict], ingang: date, vandaag: date) -> str:
    """A calendar event on the first day of each phase (UIDs from the start date, so a new download
    updates the same events)."""
    gezien: dict[str, int] = {}
    for f in lijst:
        gezien[f["id"]] = gezien.get(f["id"], 0) + 1
        f["_uid"] = f["id"] if gezien[f["id"]] == 1 else f"{f['id']}-{gezien[f['id']]}"
    momenten = [{"id": f.pop("_uid"), "datum": f["van"], "titel": f"{TITELS[f['id']]}: {f['bedrag_tekst']} per maand",
                 "uitleg": f["uitleg"], "wie": "UWV", "bron": f["bron"], "bron_label": f["bron_label"]}
                for f in lijst]
    return agenda.ics(momenten, ingang, vandaag, naam="Spoorwijzer: mijn WIA-uitkering", soort="wia-")


def als_json(invoer: Invoer, berekend_voor: list[dict], vandaag: date) -> dict:
    """The result as the JSON the page renders; `vandaag` sets the status of each phase."""
    b = bereken(invoer)
    wat = soort(invoer)
    datum = aow_datum(invoer)
    lijst = tot_aow(fasen(b), datum)
    for f in lijst:
        f["titel"] = TITELS[f["id"]]
        f["status"] = _status(f, vandaag)
        f["status_tekst"] = STATUS[f["status"]]
    maanden = lgu_maanden(invoer.jaren_tot_2016, invoer.jaren_vanaf_2016)
    heeft_lgu = any(f["id"] == "lgu_70" for f in lijst)
    bronnen = [BRONNEN["wia_13"], *(BRONNEN["wia_15"], BRONNEN["wia_58"])[:2 if heeft_lgu else 0],
               *(Bron(f["bron_label"], f["bron"]) for f in lijst), *([BRONNEN["wia_60"]] if wat == "wga" else []),
               *([BRONNEN["wia_12"]] if any(f["id"] == "vervolg" for f in lijst) else []),
               *([BRONNEN["wml_jeugd"]] if any(f.get("minimumloon_leeftijd") is not None for f in lijst) else []),
               *([BRONNEN["wia_14"]] if lijst else []),
               *([BRONNEN["wfsv_17"]] if b.loon.gemaximeerd else []), *b.rij.bronnen,
               *([BRONNEN["wia_68"]] if lijst else []), BRONNEN["wia_49_56"],
               *(dict.fromkeys(r.bron for r in datum.leeftijden) if datum else [])]
    return {
        "ok": True,
        "kop": _kop(wat, lijst, b, datum),
        "uitkering": wat,
        "ingangsdatum": invoer.ingangsdatum.isoformat(),
        "dagloon": f"{b.loon.dagloon:.2f}",
        "dagloon_tekst": euro(b.loon.dagloon),
        "maandloon": f"{b.loon.maandloon:.2f}",
        "maandloon_tekst": euro(b.loon.maandloon),
        "dagloon_geschat": b.loon.geschat,
        "restverdiencapaciteit": f"{b.rvc:.2f}",
        "restverdiencapaciteit_geschat": b.rvc_geschat,
        "bedragen_per": b.rij.vanaf.isoformat(),
        "lgu_maanden": (int(maanden) if maanden == int(maanden) else float(maanden)) if heeft_lgu else 0,
        "arbeidsverleden": {"tot_2016": invoer.jaren_tot_2016, "vanaf_2016": invoer.jaren_vanaf_2016,
                            "geschat": invoer.arbeidsverleden_geschat},
        "fasen": lijst,
        "wat_nu": _wat_nu(wat, b, lijst),
        "meldingen": _meldingen(b, datum, lijst),
        "waarschuwingen": waarschuwingen(invoer),
        "vakantiebijslag_tekst": vakantiebijslag_tekst(lijst),
        "aow": _aow_json(datum, invoer.ingangsdatum),
        "niet_meegerekend": niet_meegerekend_json(NIET_MEEGEREKEND),
        "aangekondigd": {"stand": AANGEKONDIGD_STAND.isoformat(), "punten": list(AANGEKONDIGD)},
        "bronnen": [{"label": bron.label, "url": bron.url} for bron in dict.fromkeys(bronnen)],
        "ics": _ics(lijst, invoer.ingangsdatum, vandaag) if lijst else "",
        "regels_datum": regels.LAATST_GECONTROLEERD.isoformat(),
        "berekend_voor": berekend_voor,
    }
