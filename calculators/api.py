"""The one boundary between the browser and Python: `run(name, params) -> dict`.

JSON in, JSON out. Input is untrusted (form fields and URL parameters a coach may have typed), so
every field is parsed here and each mistake comes back as `{"veld", "melding"}` in Dutch, with
`"ontbreekt": true` when a required field was left empty (see `invoer.Fouten`); `run` never raises for bad input. Unknown parameters are ignored, as links may carry extra ones.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from . import (bedrag_lezen, dossier, dossier_regels, overzicht, passend_werk, plausibel, qr, termijnenwet, tijdlijn,
               wia_indicatie, wia_bedragen, wia_uitkering)
from . import regels as regelteksten
from .berekend_voor import Invoerregel, bedrag_tekst, datums_tekst, periode_tekst, regel, weken_tekst
from .datums import lees_datum, nl_datum
from .invoer import MAX_TEKST, Fouten, Waarschuwingen, bedrag, datum, geheel_getal, hoofdletter, keuze, leeg, percentage
from .regels import LAATST_GECONTROLEERD, getal
from .telling import Periode, Verlof

#: Before this day other application terms applied (Verzamelwet SZW 2013); the rules here do not fit.
VROEGSTE_ZIEKTEDAG = date(2014, 1, 1)
#: The lower bound of a sick day, with what the reader can do about it: a date before it is most often a wrong year, or
#: a birth date typed in a date field of the sickness.
VROEGSTE = {"vanaf": VROEGSTE_ZIEKTEDAG,
            "vanaf_uitleg": "Klopt het jaartal? De rekenhulp kent alleen de regels voor ziekte die op of na 1 januari "
                            "2014 begon. Is dit een geboortedatum? Die hoort niet in dit veld."}
JA_NEE = {"ja": True, "true": True, "1": True, "nee": False, "false": False, "0": False}
MAX_PERIODES = 30


def _fout(veld: str, melding: str) -> dict:
    return {"ok": False, "fouten": [{"veld": veld, "melding": melding}]}


def _lijst(fouten: Fouten, veld: str, waarde: object, wat: str, *, maximum: int = MAX_PERIODES,
           eenheid: str = "periodes") -> list:
    """The items of a list as given, or of the compact URL form `a,b,c`; at most `maximum` of them."""
    delen = None
    if isinstance(waarde, list):
        delen = list(waarde)
    elif isinstance(waarde, str):
        delen = [d.strip() for d in waarde.split(",") if d.strip()]
    if delen is None or len(delen) > maximum:
        fouten.voeg_toe(veld, f"Geef {wat} als een lijst van ten hoogste {maximum} {eenheid}.")
        return []
    return delen


def _rijen(fouten: Fouten, veld: str, waarde: object, velden: tuple[str, ...], wat: str) -> list[dict]:
    """Periods as a list of dicts, or from the compact URL form `van/tot,van/tot/…`."""
    delen = _lijst(fouten, veld, waarde, wat)
    if isinstance(waarde, str):
        return [dict(zip(velden, deel.split("/"))) for deel in delen]
    return [d if isinstance(d, dict) else {} for d in delen]


def _vandaag(params: dict) -> date:
    """Today: the page sends the reader's own date as `vandaag` (Python in the browser may keep UTC's);
    without it, or when it is no date, the system's. It is a clock, not a field: never a message."""
    return lees_datum(params.get("vandaag"), date.today()) or date.today()


@dataclass(frozen=True)
class Peil:
    """The date everything is computed on, and whether the reader chose it: a peildatum they typed
    (and that is not today) is "de peildatum" in a message, otherwise it is "vandaag"."""

    datum: date
    gegeven: bool

    @property
    def naam(self) -> str:
        return "de peildatum" if self.gegeven else "vandaag"

    def regel(self) -> Invoerregel:
        """For "Berekend voor": a typed peildatum, or the day of calculation."""
        return regel("peildatum", "peildatum" if self.gegeven else "berekend op", self.datum)


def _peil(fouten: Fouten, params: dict) -> Peil:
    """The peildatum (a two-digit year checked against today); when it is empty or wrong, today, so
    the other fields can still be checked against something."""
    vandaag = _vandaag(params)
    if leeg(params.get("peildatum")):
        return Peil(vandaag, False)
    gelezen = datum(fouten, "peildatum", params.get("peildatum"), "de peildatum", peil=vandaag,
                    **VROEGSTE, tot_en_met=date(2100, 12, 31))
    return Peil(gelezen, gelezen != vandaag) if gelezen else Peil(vandaag, False)


def _ziekteperiodes(fouten: Fouten, params: dict, peil: Peil) -> list[Periode]:
    """The sick periods; a first sick day after the peildatum is refused on its own field (almost always
    a wrong year), a last one may lie up to a year ahead (an expected end)."""
    laatst_mogelijk = peil.datum + timedelta(days=366)
    begin = dict(peil=peil.datum, peil_naam=peil.naam, **VROEGSTE, tot_en_met=peil.datum,
                 tot_naam=peil.naam)
    einde = dict(peil=peil.datum, peil_naam=peil.naam, **VROEGSTE, tot_en_met=laatst_mogelijk)
    ruw = params.get("ziekteperiodes")
    if leeg(ruw) or ruw == []:
        eerste = datum(fouten, "eerste_ziektedag", params.get("eerste_ziektedag"), "de eerste ziektedag",
                       verplicht=True, **begin)
        return [Periode(eerste)] if eerste else []
    rijen = _rijen(fouten, "ziekteperiodes", ruw, ("van", "tot"), "de ziekteperiodes")
    periodes: list[Periode] = []
    for i, rij in enumerate(rijen):
        nr = i + 1
        van = datum(fouten, f"ziekteperiodes[{i}].van", rij.get("van"), f"de eerste ziektedag van periode {nr}",
                    verplicht=True, **begin)
        tot = datum(fouten, f"ziekteperiodes[{i}].tot", rij.get("tot"), f"de laatste ziektedag van periode {nr}",
                    **einde)
        if van is None or (tot is None and not leeg(rij.get("tot"))):
            continue
        if tot is not None and tot < van:
            fouten.voeg_toe(f"ziekteperiodes[{i}].tot",
                            f"Periode {nr} eindigt vóór hij begint. De laatste ziektedag moet op of na de eerste liggen.")
        elif tot is None and nr < len(rijen):
            fouten.voeg_toe(f"ziekteperiodes[{i}].tot",
                            f"Vul de laatste ziektedag van periode {nr} in. Alleen de laatste periode mag nog lopen.",
                            ontbreekt=True)
        else:
            periodes.append(Periode(van, tot))
    if periodes and len(periodes) == len(rijen):
        _controleer_overlap(fouten, periodes)
    return periodes


def _controleer_overlap(fouten: Fouten, periodes: list[Periode]) -> None:
    for i, (vorige, volgende) in enumerate(zip(periodes, periodes[1:]), start=1):
        if volgende.van <= vorige.tot:
            fouten.voeg_toe(f"ziekteperiodes[{i}].van",
                            f"Periode {i + 1} begint vóór het einde van periode {i}. Zet de periodes op volgorde, "
                            "zonder overlap.")


def _verlof(fouten: Fouten, params: dict, peil: Peil) -> list[Verlof]:
    ruw = params.get("verlof")
    if leeg(ruw) or ruw == []:
        return []
    rijen = _rijen(fouten, "verlof", ruw, ("van", "tot", "zelfde_oorzaak"), "het verlof")
    verloven: list[Verlof] = []
    for i, rij in enumerate(rijen):
        nr = i + 1
        van = datum(fouten, f"verlof[{i}].van", rij.get("van"), f"de eerste dag van verlof {nr}", verplicht=True,
                    **VROEGSTE, peil=peil.datum, peil_naam=peil.naam)
        tot = datum(fouten, f"verlof[{i}].tot", rij.get("tot"), f"de laatste dag van verlof {nr}", verplicht=True,
                    **VROEGSTE, peil=peil.datum, peil_naam=peil.naam)
        zelfde = keuze(fouten, f"verlof[{i}].zelfde_oorzaak", rij.get("zelfde_oorzaak"), "of de oorzaak dezelfde is",
                       JA_NEE, verplicht=True)
        if van and tot and tot < van:
            fouten.voeg_toe(f"verlof[{i}].tot", f"Verlof {nr} eindigt vóór het begint.")
        elif van and tot and zelfde is not None:
            verloven.append(Verlof(van, tot, zelfde))
    ordered = sorted(verloven, key=lambda v: v.van)
    for vorige, volgende in zip(ordered, ordered[1:]):
        if volgende.van <= vorige.tot:
            fouten.voeg_toe(f"verlof[{verloven.index(volgende)}].van", "Deze verlofperiode overlapt met een andere.")
    return verloven


@dataclass(frozen=True)
class Ziektedagen:
    """The sick days as the tijdlijn and the dossiercheck both take them (fields None when invalid)."""

    peildatum: date | None
    periodes: tuple[Periode, ...]
    verlof: tuple[Verlof, ...]
    verlenging_weken: int | None
    peil: Peil
    uit_eerste_ziektedag: bool = True

    @property
    def eerste_dag(self) -> date:
        """The first sick day given, as a bound for later dates while the case is not yet known."""
        return self.periodes[0].van if self.periodes else VROEGSTE_ZIEKTEDAG


def _ziektedagen(fouten: Fouten, params: dict) -> Ziektedagen:
    """`eerste_ziektedag` or `ziekteperiodes`, `verlof`, `verlenging_weken` and `peildatum`; every field is
    checked even when an earlier one is wrong, so the reader sees all mistakes at once."""
    aantal = len(fouten.lijst)
    peil = _peil(fouten, params)
    peildatum = None if len(fouten.lijst) > aantal else peil.datum
    periodes = _ziekteperiodes(fouten, params, peil)
    verlof = _verlof(fouten, params, peil)
    # A verlenging shorter than UWV's usual minimum is not refused: WIA art. 24 sets none for a first
    # extension, so the dates follow the same formula and the result carries a note (tijdlijn.melding_verlenging).
    verlenging = geheel_getal(fouten, "verlenging_weken", params.get("verlenging_weken"),
                              "de vrijwillige verlenging (weken)", minimum=0, maximum=260)
    return Ziektedagen(peildatum, tuple(periodes), tuple(verlof), verlenging, peil,
                       leeg(params.get("ziekteperiodes")) or params.get("ziekteperiodes") == [])


def _ziektedagen_voor(ziek: Ziektedagen) -> list[Invoerregel]:
    """"Berekend voor" of the sick days, leave and extension (the peildatum is placed by the caller)."""
    if ziek.uit_eerste_ziektedag:
        regels = [regel("eerste_ziektedag", "eerste ziektedag", ziek.periodes[0].van)]
    else:
        regels = [regel(f"ziekteperiodes[{i}].van", f"ziekteperiode {i + 1}", periode_tekst(p.van, p.tot))
                  for i, p in enumerate(ziek.periodes)]
    for i, v in enumerate(ziek.verlof):
        oorzaak = "daarna ziek door dezelfde oorzaak" if v.zelfde_oorzaak else "daarna ziek door een andere oorzaak"
        regels.append(regel(f"verlof[{i}].van", f"verlof {i + 1}", f"{periode_tekst(v.van, v.tot)}, {oorzaak}"))
    if ziek.verlenging_weken:
        regels.append(regel("verlenging_weken", "vrijwillige verlenging", weken_tekst(ziek.verlenging_weken)))
    return regels


#: Whether the letter of UWV about the WIA application came (WIA art. 64 lid 2 and 6); empty: not said.
WIA_BRIEF = {"ontvangen": "ontvangen", "geen": "geen"}
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def _wia_brief(fouten: Fouten, params: dict, brief: date | None) -> bool:
    """True when the reader chose "no letter"; a date of receipt beside that choice is asked about."""
    keuze_ = keuze(fouten, "wia_brief", params.get("wia_brief"), "of de brief van UWV kwam", WIA_BRIEF)
    if keuze_ == "geen" and brief is not None:
        fouten.voeg_toe("wia_brief_ontvangen", "U koos dat u geen brief van UWV kreeg, maar vulde in wanneer de brief "
                                               "binnenkwam. Kies 'Ik kreeg de brief' of maak deze datum leeg.")
    return keuze_ == "geen"


def _geen_werkdag(waarschuwingen: Waarschuwingen, ziek: Ziektedagen, start: date, tekst: str,
                  na_verlof: str) -> None:
    """A question beside the first sick day of the waiting period when it is a Saturday, Sunday or feestdag
    (WIA art. 23 lid 2: the waiting period starts on the first werkdag not worked because of sickness).

    It stands beside the field the reader typed that day in. A start the calculation made (the day after a leave,
    `telling.huidig_geval`) is said beside that leave, in the words of `na_verlof`, which ask nothing to change."""
    if termijnenwet.is_werkdag(start):
        return
    weekend = start.weekday() >= 5
    soort = WEEKDAGEN[start.weekday()] if weekend else "feestdag"
    # "14 februari 2026 is een zaterdag", not "Zaterdag 14 februari 2026 is een zaterdag".
    dag = hoofdletter(nl_datum(start, not weekend))
    index = next((i for i, p in enumerate(ziek.periodes) if p.van == start), None)
    if index is not None:
        veld = "eerste_ziektedag" if ziek.uit_eerste_ziektedag else f"ziekteperiodes[{index}].van"
        waarschuwingen.voeg_toe(veld, tekst.format(dag=dag, soort=soort))
        return
    verlof = next((i for i, v in enumerate(ziek.verlof) if v.tot + timedelta(days=1) == start), None)
    if verlof is not None:
        waarschuwingen.voeg_toe(f"verlof[{verlof}].tot", na_verlof.format(dag=dag, soort=soort, nr=verlof + 1))


def _bereken_tijdlijn(invoer: tijdlijn.Invoer) -> tijdlijn.Uitkomst | dict:
    """The tijdlijn's dates, or the Dutch message when no sick day is left outside the leave."""
    try:
        return tijdlijn.bereken(invoer)
    except ValueError:
        return _fout("verlof", "Al uw ziektedagen vallen in het verlof. Controleer de data van het verlof.")


def _tijdlijn(params: dict) -> dict:
    fouten = Fouten()
    ziek = _ziektedagen(fouten, params)
    sanctie = geheel_getal(fouten, "loonsanctie_weken", params.get("loonsanctie_weken"), "de loonsanctie (weken)",
                           minimum=0, maximum=getal("loonsanctie_max_weken"))
    start = ziek.eerste_dag
    peil = dict(peil=ziek.peil.datum, peil_naam=ziek.peil.naam)
    aanvraag = datum(fouten, "wia_aanvraag_datum", params.get("wia_aanvraag_datum"),
                     "de datum van uw WIA-aanvraag", vanaf=start, tot_en_met=start + timedelta(weeks=260), **peil)
    brief = datum(fouten, "wia_brief_ontvangen", params.get("wia_brief_ontvangen"),
                  "de datum waarop de brief van UWV binnenkwam", vanaf=start, tot_en_met=start + timedelta(weeks=260),
                  **peil)
    geen_brief = _wia_brief(fouten, params, brief)
    geboren = datum(fouten, "geboortedatum", params.get("geboortedatum"), "uw geboortedatum", vanaf=date(1900, 1, 1),
                    tot_en_met=ziek.peil.datum, tot_naam=ziek.peil.naam, **peil)
    if fouten:
        return {"ok": False, "fouten": fouten.lijst}
    invoer = tijdlijn.Invoer(ziek.periodes, ziek.peildatum, ziek.verlof, ziek.verlenging_weken or 0, sanctie or 0,
                             aanvraag, brief, geen_brief, geboren)
    uitkomst = _bereken_tijdlijn(invoer)
    if isinstance(uitkomst, dict):
        return uitkomst
    voor = _ziektedagen_voor(ziek)
    if sanctie:
        voor.append(regel("loonsanctie_weken", "loonsanctie", weken_tekst(sanctie)))
    if aanvraag:
        voor.append(regel("wia_aanvraag_datum", "WIA-aanvraag ontvangen door UWV", aanvraag))
    if brief:
        voor.append(regel("wia_brief_ontvangen", "brief van UWV over de WIA ontvangen", brief))
    elif geen_brief:
        voor.append(regel("wia_brief", "brief van UWV over de WIA", "niet gekregen"))
    if geboren:
        voor.append(regel("geboortedatum", "geboortedatum", geboren))
    waarschuwingen = Waarschuwingen()
    _geen_werkdag(waarschuwingen, ziek, uitkomst.geval.start, regelteksten.GEEN_WERKDAG,
                  regelteksten.GEEN_WERKDAG_NA_VERLOF)
    return {**tijdlijn.als_json(invoer, uitkomst), "berekend_voor": [*voor, ziek.peil.regel()],
            "waarschuwingen": waarschuwingen.lijst}


#: Conversations about the plan van aanpak: every six weeks over two years (and an extension) is far
#: fewer; the limit keeps a hostile link from making the worker parse thousands of dates.
MAX_EVALUATIES = 100


def _dossiercheck(params: dict) -> dict:
    fouten = Fouten()
    ziek = _ziektedagen(fouten, params)
    brief = datum(fouten, "wia_brief_ontvangen", params.get("wia_brief_ontvangen"),
                  "de datum waarop de brief van UWV binnenkwam", vanaf=ziek.eerste_dag,
                  tot_en_met=ziek.peil.datum, tot_naam=ziek.peil.naam, peil=ziek.peil.datum, peil_naam=ziek.peil.naam)
    geen_brief = _wia_brief(fouten, params, brief)
    invoer = uitkomst = None
    if not fouten:
        invoer = tijdlijn.Invoer(ziek.periodes, ziek.peildatum, ziek.verlof, ziek.verlenging_weken or 0,
                                 wia_brief_ontvangen=brief, wia_brief_geen=geen_brief)
        uitkomst = _bereken_tijdlijn(invoer)
        if isinstance(uitkomst, dict):
            fouten.lijst.extend(uitkomst["fouten"])
            uitkomst = None
    if uitkomst is not None:
        start = uitkomst.geval.start
        start_naam = "het begin van de nieuwe wachttijd" if uitkomst.geval.eerder_gestopt else "de eerste ziektedag"
    else:
        start, start_naam = ziek.eerste_dag, "de eerste ziektedag"
    peildatum = ziek.peil.datum
    grenzen = dict(vanaf=start, vanaf_naam=start_naam, tot_en_met=peildatum, tot_naam=ziek.peil.naam,
                   peil=peildatum, peil_naam=ziek.peil.naam,
                   tot_uitleg="Vul alleen data in van wat al gebeurd is.")
    gedaan = {stap.id: datum(fouten, stap.id, params.get(stap.id), f"de datum van {stap.naam}", **grenzen)
              for stap in dossier_regels.STAPPEN}
    evaluaties = _evaluaties(fouten, params.get("evaluaties"), grenzen)
    if fouten or invoer is None or uitkomst is None:
        return {"ok": False, "fouten": fouten.lijst}
    voor = [*_ziektedagen_voor(ziek), ziek.peil.regel()]
    for veld in DOSSIER_FORMULIER:
        stap = dossier_regels.STAP.get(veld)
        if stap and gedaan.get(veld):
            voor.append(regel(veld, stap.titel[:1].lower() + stap.titel[1:], gedaan[veld]))
        elif veld == "evaluaties" and evaluaties:
            voor.append(regel(veld, "gesprekken over het plan van aanpak", datums_tekst(evaluaties)))
    if geen_brief:
        voor.append(regel("wia_brief", "brief van UWV over de WIA", "niet gekregen"))
    waarschuwingen = Waarschuwingen()
    _geen_werkdag(waarschuwingen, ziek, uitkomst.geval.start, regelteksten.GEEN_WERKDAG_DOSSIER,
                  regelteksten.GEEN_WERKDAG_NA_VERLOF_DOSSIER)
    return {**dossier.als_json(dossier.Invoer(invoer, gedaan, evaluaties), uitkomst), "berekend_voor": voor,
            "waarschuwingen": waarschuwingen.lijst}


#: The dossiercheck's step fields in the order of its form, for "Berekend voor" (a unit test checks that
#: every step is here; the content test that this is the page's order).
DOSSIER_FORMULIER = ("probleemanalyse", "plan_van_aanpak", "evaluaties", "ziekmelding_uwv", "eerstejaarsevaluatie",
                     "spoor2_gestart", "actueel_oordeel", "eindevaluatie", "reintegratieverslag", "wia_aanvraag")


def _evaluaties(fouten: Fouten, ruw: object, grenzen: dict) -> tuple[date, ...]:
    """The dates of the conversations about the plan, as a list or `d-m-jjjj,d-m-jjjj`; empty ones are skipped.
    People list dates as they write them: "1-3-2025 en 15-4-2025", "1-3-2025; 15-4-2025" — 'en' and ';' separate
    like a comma (no date contains them)."""
    if leeg(ruw) or ruw == []:
        return ()
    if isinstance(ruw, str):
        ruw = re.sub(r"\s*(?:;|\ben\b)\s*", ",", ruw)
    delen = _lijst(fouten, "evaluaties", ruw, "de gesprekken over het plan van aanpak", maximum=MAX_EVALUATIES,
                   eenheid="datums")
    dagen = (datum(fouten, f"evaluaties[{i}]", deel, f"de datum van gesprek {i + 1}", **grenzen)
             for i, deel in enumerate(delen))
    return tuple(dag for dag in dagen if dag is not None)


SITUATIES = {"werkgever": "werkgever", "ziektewet": "ziektewet", "ww": "ww"}
#: The situations as "Berekend voor" names them (the page's options, shortened).
SITUATIE_TEKST = {"werkgever": "ziek, met een werkgever", "ziektewet": "Ziektewet-uitkering, zonder werkgever",
                  "ww": "WW-uitkering"}
JA_NEE_ONBEKEND = {**JA_NEE, "onbekend": None}


#: Younger than this on the first sick day is asked about: most likely a typo in the birth date.
MIN_LEEFTIJD_ZIEK = 15


def _passend_werk(params: dict) -> dict:
    fouten = Fouten()
    peil = _peil(fouten, params)
    situatie = keuze(fouten, "situatie", params.get("situatie"), "uw situatie", SITUATIES, verplicht=True)
    veld, naam, label = (("eerste_ziektedag", "de eerste ziektedag", "eerste ziektedag") if situatie == "werkgever"
                         else ("uitkering_vanaf", "de eerste dag van uw uitkering", "eerste dag van de uitkering"))
    start = None
    if situatie:
        start = datum(fouten, veld, params.get(veld), naam, verplicht=True, **VROEGSTE,
                      tot_en_met=peil.datum, tot_naam=peil.naam, peil=peil.datum, peil_naam=peil.naam)
    na_wia = keuze(fouten, "ww_na_wia_afwijzing", params.get("ww_na_wia_afwijzing"),
                   "of u WW krijgt nadat UWV de WIA afwees", JA_NEE_ONBEKEND, standaard=None)
    geboren = datum(fouten, "geboortedatum", params.get("geboortedatum"), "uw geboortedatum", peil=peil.datum,
                    peil_naam=peil.naam, vanaf=date(1900, 1, 1), tot_en_met=peil.datum, tot_naam=peil.naam)
    if fouten or start is None:
        return {"ok": False, "fouten": fouten.lijst}
    na_wia = na_wia if situatie == "ww" else None
    geboren = geboren if situatie == "werkgever" else None
    waarschuwingen = Waarschuwingen()
    if geboren is not None and passend_werk.plus_maanden(geboren, 12 * MIN_LEEFTIJD_ZIEK) > start:
        waarschuwingen.voeg_toe("geboortedatum", f"Klopt uw geboortedatum ({nl_datum(geboren)})? Dan was u op uw "
                                                 f"eerste ziektedag jonger dan {MIN_LEEFTIJD_ZIEK} jaar.")
    voor = [regel("situatie", "situatie", SITUATIE_TEKST[situatie]), regel(veld, label, start)]
    if na_wia is not None:
        voor.append(regel("ww_na_wia_afwijzing", "WW na afwijzing van de WIA", "ja" if na_wia else "nee"))
    if geboren is not None:
        voor.append(regel("geboortedatum", "geboortedatum", geboren))
    return {**passend_werk.als_json(situatie, start, peil.datum, na_wia, geboren),
            "berekend_voor": [*voor, peil.regel()], "waarschuwingen": waarschuwingen.lijst}


def _wia_indicatie(params: dict) -> dict:
    fouten = Fouten()
    maatman = bedrag(fouten, "maatmanloon", params.get("maatmanloon"), "uw oude loon (maatmanloon)",
                     groter_dan_nul=True)
    rest = bedrag(fouten, "restverdiencapaciteit", params.get("restverdiencapaciteit"),
                  "wat u nog kunt verdienen (restverdiencapaciteit)", groter_dan_nul=False)
    duurzaam = keuze(fouten, "duurzaam", params.get("duurzaam"), "of uw situatie duurzaam is",
                     JA_NEE_ONBEKEND, standaard=None)
    if fouten:
        return {"ok": False, "fouten": fouten.lijst}
    waarschuwingen = Waarschuwingen()
    plausibel.zelfde_eenheid(waarschuwingen, ("maatmanloon", maatman, "uw oude loon"),
                             ("restverdiencapaciteit", rest, "wat u nog kunt verdienen"))
    voor = [regel("maatmanloon", "oude loon (maatmanloon)", bedrag_tekst(maatman)),
            regel("restverdiencapaciteit", "wat u nog kunt verdienen", bedrag_tekst(rest)),
            regel("duurzaam", "duurzaam", {True: "ja", False: "nee", None: "weet ik niet"}[duurzaam])]
    return {**wia_indicatie.als_json(maatman, rest, duurzaam), "berekend_voor": voor,
            "waarschuwingen": waarschuwingen.lijst}


#: The WIA took effect on 29 December 2005; no WIA benefit started before 2006.
VROEGSTE_WIA_INGANG = date(2006, 1, 1)
MAX_JAREN_VOOR_2016 = 50


def _wia_ingang(fouten: Fouten, params: dict) -> tuple[date | None, bool]:
    """The first day of the benefit: given, or the tijdlijn's `wia_ingang` for the sick days given."""
    if not leeg(params.get("ingangsdatum")) or (leeg(params.get("eerste_ziektedag")) and not params.get("ziekteperiodes")):
        if leeg(params.get("ingangsdatum")):
            fouten.voeg_toe("ingangsdatum", "Vul de eerste dag van uw WIA-uitkering in, of uw eerste ziektedag.",
                            ontbreekt=True)
            return None, False
        return datum(fouten, "ingangsdatum", params.get("ingangsdatum"), "de eerste dag van uw WIA-uitkering",
                     peil=_vandaag(params), vanaf=VROEGSTE_WIA_INGANG, tot_en_met=date(2100, 12, 31)), False
    uitkomst = _tijdlijn(params)
    if not uitkomst["ok"]:
        fouten.lijst.extend(uitkomst["fouten"])
        return None, True
    ingang = next(m["datum"] for m in uitkomst["mijlpalen"] if m["id"] == "wia_ingang")
    return date.fromisoformat(ingang), True


#: Examples of the size each amount field holds, for the message under a field the reader typed wrongly
#: (the default, `bedrag_lezen.VOORBEELD`, is a monthly wage).
VOORBEELD_BEDRAG = {
    "dagloon": "Typ alleen het bedrag per dag uit de brief van UWV, bijvoorbeeld 138 of 138,12.",
    "jaarloon": "Typ alleen het bedrag per jaar, bijvoorbeeld 36000, 36.000 of 36.000,50.",
}


def _optioneel_bedrag(fouten: Fouten, params: dict, veld: str, naam: str) -> Decimal | None:
    if leeg(params.get(veld)):
        return None
    voorbeeld = VOORBEELD_BEDRAG.get(veld, bedrag_lezen.VOORBEELD)
    return bedrag(fouten, veld, params.get(veld), naam, groter_dan_nul=False, voorbeeld=voorbeeld)


def _geboorte(fouten: Fouten, params: dict) -> tuple[date | None, int | None]:
    """The birth date and the birth year (either may be empty); a year that contradicts the date is asked
    about, since the AOW date and the arbeidsverleden would disagree."""
    jaar = geheel_getal(fouten, "geboortejaar", params.get("geboortejaar"), "uw geboortejaar",
                        minimum=1900, maximum=2100, standaard=None)
    vandaag = _vandaag(params)
    dag = datum(fouten, "geboortedatum", params.get("geboortedatum"), "uw geboortedatum", peil=vandaag,
                vanaf=date(1900, 1, 1), tot_en_met=vandaag, tot_naam="vandaag")
    if dag is not None and jaar is not None and dag.year != jaar:
        fouten.voeg_toe("geboortejaar", f"Uw geboortejaar ({jaar}) past niet bij uw geboortedatum "
                                        f"({nl_datum(dag)}). Pas een van de twee aan.")
    return dag, jaar


def _arbeidsverleden(fouten: Fouten, params: dict, ingang: date | None,
                     jaar: int | None) -> tuple[int | None, int | None, bool]:
    """Whole calendar years before and from 2016 (WIA art. 15, 59), or estimated from `geboortejaar`."""
    ingangsjaar = ingang.year if ingang else None
    max_vanaf = max(0, ingangsjaar - 2016) if ingangsjaar else 60
    if all(leeg(params.get(v)) for v in ("arbeidsverleden_tot_2016", "arbeidsverleden_vanaf_2016")) \
            and not leeg(params.get("geboortejaar")):
        if jaar is None or ingangsjaar is None:
            return None, None, True
        voor, vanaf = wia_uitkering.arbeidsverleden_uit_geboortejaar(jaar, ingangsjaar)
        return voor, vanaf, True
    voor = geheel_getal(fouten, "arbeidsverleden_tot_2016", params.get("arbeidsverleden_tot_2016"),
                        "uw arbeidsverleden vóór 2016 (jaren)", minimum=0, maximum=MAX_JAREN_VOOR_2016, standaard=None)
    vanaf = geheel_getal(fouten, "arbeidsverleden_vanaf_2016", params.get("arbeidsverleden_vanaf_2016"),
                         "uw arbeidsverleden vanaf 2016 (jaren)", minimum=0, maximum=60, standaard=None)
    if vanaf is not None and ingangsjaar is not None and vanaf > max_vanaf:
        fouten.voeg_toe("arbeidsverleden_vanaf_2016",
                        f"Vanaf 2016 tot {ingangsjaar} zijn er {max_vanaf} kalenderjaren. Het jaar waarin uw uitkering "
                        f"begint, telt niet mee. Vul 0 tot en met {max_vanaf} in.")
        vanaf = None
    return voor, vanaf, False


def _wia_uitkering(params: dict) -> dict:
    fouten = Fouten()
    ingang, uit_tijdlijn = _wia_ingang(fouten, params)
    dagloon = _optioneel_bedrag(fouten, params, "dagloon", "uw dagloon")
    jaarloon = _optioneel_bedrag(fouten, params, "jaarloon", "uw jaarloon")
    if leeg(params.get("dagloon")) and leeg(params.get("jaarloon")):
        fouten.voeg_toe("dagloon", "Vul uw dagloon in (het staat in de brief van UWV), of uw jaarloon.", ontbreekt=True)
    elif dagloon == 0 or (dagloon is None and jaarloon == 0):
        fouten.voeg_toe("dagloon" if dagloon == 0 else "jaarloon", "Het loon moet groter dan 0 zijn.")
    elif dagloon is not None and ingang is not None:
        _dagloon_te_hoog(fouten, dagloon, ingang)
    ao = percentage(fouten, "arbeidsongeschiktheid", params.get("arbeidsongeschiktheid"),
                    "uw arbeidsongeschiktheidspercentage")
    duurzaam = keuze(fouten, "duurzaam", params.get("duurzaam"), "of uw situatie duurzaam is", JA_NEE,
                     standaard=False)
    referte = keuze(fouten, "referte_eis", params.get("referte_eis"), "of u aan de referte-eis voldoet", JA_NEE,
                    standaard=True)
    rvc = _optioneel_bedrag(fouten, params, "restverdiencapaciteit", "wat u nog kunt verdienen")
    inkomen = _optioneel_bedrag(fouten, params, "inkomen", "uw inkomen uit werk")
    geboortedatum, geboortejaar = _geboorte(fouten, params)
    voor, vanaf, geschat = _arbeidsverleden(fouten, params, ingang, geboortejaar)
    nodig = ao is not None and referte and ao >= getal("wia_ondergrens_procent") and not (
        duurzaam and ao >= getal("iva_grens_procent"))
    if nodig and not geschat and (voor is None or vanaf is None) and not fouten:
        veld = "arbeidsverleden_tot_2016" if voor is None else "arbeidsverleden_vanaf_2016"
        fouten.voeg_toe(veld, "Vul uw arbeidsverleden in: het aantal jaren vóór 2016 en vanaf 2016. Weet u het "
                              "niet? Vul dan uw geboortejaar in.", ontbreekt=True)
    if fouten or ingang is None or ao is None or (dagloon is None and jaarloon is None):
        return {"ok": False, "fouten": fouten.lijst}
    invoer = wia_uitkering.Invoer(
        ingang, dagloon, jaarloon, ao, bool(duurzaam), voor or 0, vanaf or 0, bool(referte), rvc,
        inkomen or Decimal(0), geschat, uit_tijdlijn, geboortedatum, geboortejaar)
    if wia_uitkering.vraagt_jaarloon(invoer):
        maximum = wia_uitkering.euro(invoer.dagloon)
        return {"ok": False, "fouten": [{"veld": "jaarloon", "melding": (
            f"Uw dagloon is het maximumdagloon ({maximum}). Dan telt UWV uw inkomen maar voor een deel mee: "
            f"inkomen × {maximum} ÷ uw dagloon zonder maximum (WIA art. 61 lid 1 en 4, bij een IVA art. 52). Dat "
            "dagloon staat niet in het besluit. Vul daarom ook uw jaarloon in: uw loon voor de sociale verzekeringen (vóór belasting) over het jaar "
            "tot de maand waarin u ziek werd (WIA art. 13 lid 1).")}]}
    return wia_uitkering.als_json(invoer, _berekend_voor(invoer, params), _vandaag(params))


def _dagloon_te_hoog(fouten: Fouten, dagloon: Decimal, ingang: date) -> None:
    """A dagloon above twice the maximumdagloon (a site bound, `spoorwijzer_grens`) is no dagloon from UWV's
    decision, which is never above the maximum (WIA art. 13 lid 1; Wfsv art. 17), but a monthly or yearly
    wage: refused, with what to type instead. For a start date whose maximum is not published yet, twice
    the last known maximum."""
    maximum = wia_bedragen.rij_op(ingang).maximumdagloon
    keer = getal("dagloon_plausibel_max_maal_maximum")
    if dagloon > keer * maximum:
        euro = wia_uitkering.euro
        fouten.voeg_toe("dagloon", (
            f"Is {euro(dagloon)} uw loon per maand of per jaar? Het dagloon is een bedrag per dag, en het is nooit "
            f"hoger dan het maximumdagloon ({euro(maximum)} per dag). U vulde meer dan {keer} keer zoveel in. Vul "
            "het dagloon per dag in dat in het besluit van UWV staat. Heeft u dat besluit nog niet? Laat het "
            "dagloon dan leeg en vul uw jaarloon in bij ‘Of: uw jaarloon’."))


def _berekend_voor(invoer: wia_uitkering.Invoer, params: dict) -> list[dict]:
    """The inputs this result used, in Dutch, each tied to its field (for "Berekend voor: …")."""
    euro = wia_uitkering.euro
    rijen = []
    if invoer.ingang_uit_tijdlijn:
        veld = "eerste_ziektedag" if not leeg(params.get("eerste_ziektedag")) else "ziekteperiodes"
        rijen.append((veld, "Uitkering gaat in op (uit uw tijdlijn)", nl_datum(invoer.ingangsdatum)))
    else:
        rijen.append(("ingangsdatum", "Eerste dag van de uitkering", nl_datum(invoer.ingangsdatum)))
    if invoer.dagloon is not None:
        rijen.append(("dagloon", "Dagloon", euro(invoer.dagloon)))
    if invoer.jaarloon is not None:
        rijen.append(("jaarloon", "Jaarloon", euro(invoer.jaarloon)))
    rijen.append(("arbeidsongeschiktheid", "Arbeidsongeschikt",
                  wia_uitkering.procent_tekst(invoer.arbeidsongeschiktheid)))
    if invoer.arbeidsongeschiktheid >= getal("iva_grens_procent"):
        rijen.append(("duurzaam", "Duurzaam", "ja" if invoer.duurzaam else "nee"))
    rijen.append(("referte_eis", "Voldoet aan de referte-eis", "ja" if invoer.referte_eis else "nee"))
    if invoer.geboortedatum is not None:
        rijen.append(("geboortedatum", "Geboortedatum", nl_datum(invoer.geboortedatum)))
    elif invoer.geboortejaar is not None and not invoer.arbeidsverleden_geschat:
        rijen.append(("geboortejaar", "Geboortejaar", str(invoer.geboortejaar)))
    if invoer.arbeidsverleden_geschat:
        rijen.append(("geboortejaar", "Geboortejaar (arbeidsverleden geschat)", str(params.get("geboortejaar")).strip()))
    rijen.append(("arbeidsverleden_tot_2016", "Arbeidsverleden vóór 2016", f"{invoer.jaren_tot_2016} jaar"))
    rijen.append(("arbeidsverleden_vanaf_2016", "Arbeidsverleden vanaf 2016", f"{invoer.jaren_vanaf_2016} jaar"))
    if invoer.restverdiencapaciteit is not None:
        rijen.append(("restverdiencapaciteit", "Wat u nog kunt verdienen", f"{euro(invoer.restverdiencapaciteit)} per maand"))
    rijen.append(("inkomen", "Inkomen uit werk", f"{euro(invoer.inkomen)} per maand"))
    return [{"veld": veld, "label": label, "waarde": waarde} for veld, label, waarde in rijen]


def _qr(params: dict) -> dict:
    """The share link of a result as a QR code for the printed handout."""
    tekst = params.get("tekst")
    if not isinstance(tekst, str) or not tekst.strip():
        return _fout("tekst", "Er is geen link om een QR-code van te maken.")
    if len(tekst) > qr.MAX_LINK:
        return _fout("tekst", f"De link is te lang voor een QR-code (meer dan {qr.MAX_LINK} tekens).")
    return {"ok": True, "svg": qr.svg(tekst)}


def _bedrag(params: dict) -> dict:
    """One amount as the calculators read it, for the line under an amount field ("Gelezen als € 3.000,00")."""
    fouten = Fouten()
    gelezen = bedrag(fouten, "waarde", params.get("waarde"), "het bedrag", groter_dan_nul=False)
    if gelezen is None:
        return {"ok": False, "fouten": fouten.lijst}
    return {"ok": True, "tekst": bedrag_lezen.euro(gelezen)}


#: What a client's stored share link may not decide in the overview: every row is computed on the overview's own
#: day (a link's `peildatum` is not stored by the page either; `regels` and `voorbeeld` are ignored by every calculator).
NIET_PER_CLIENT = ("peildatum", "vandaag")


def _clienten(fouten: Fouten, ruw: object) -> list[tuple[str, str, object]]:
    """The clients as (label, calculator, params). What leaves no row to show a message in fails the whole list:
    no list, too many clients, an entry without a label, a label twice (the label is the client's key on the page
    and in the calendar's UIDs), a calculator the overview does not take. Bad params fail only their own row."""
    if not isinstance(ruw, list):
        fouten.voeg_toe("clienten", "Geef de cliënten als een lijst.", ontbreekt=ruw is None)
        return []
    if len(ruw) > overzicht.MAX_CLIENTEN:
        fouten.voeg_toe("clienten", f"Er staan {len(ruw)} cliënten in de lijst. Het overzicht rekent met ten hoogste "
                                    f"{overzicht.MAX_CLIENTEN} cliënten. Haal er cliënten uit die u niet meer volgt.")
        return []
    clienten, gezien = [], set()
    for i, client in enumerate(ruw):
        nr = i + 1
        if not isinstance(client, dict):
            fouten.voeg_toe(f"clienten[{i}]", f"Cliënt {nr} is geen cliënt met een label en gegevens.")
            continue
        label, rekenhulp = client.get("label"), client.get("rekenhulp")
        if leeg(label) or not isinstance(label, str):
            fouten.voeg_toe(f"clienten[{i}].label", f"Cliënt {nr} heeft geen label. Geef elke cliënt een label, zoals "
                                                    "initialen of een schuilnaam.", ontbreekt=True)
            continue
        if len(label) > overzicht.MAX_LABEL:
            fouten.voeg_toe(f"clienten[{i}].label", f"Het label van cliënt {nr} is langer dan {overzicht.MAX_LABEL} "
                                                    "tekens. Gebruik initialen of een korte schuilnaam.")
            continue
        if label in gezien:
            fouten.voeg_toe(f"clienten[{i}].label", f"Het label {label} staat vaker in de lijst. Geef elke cliënt een "
                                                    "eigen label.")
            continue
        gezien.add(label)
        if rekenhulp not in overzicht.REKENHULPEN:
            fouten.voeg_toe(f"clienten[{i}].rekenhulp", f"Bij cliënt {label} hoort geen link van Mijn tijdlijn of "
                                                        "van de dossiercheck. Het overzicht rekent alleen met die twee.")
            continue
        clienten.append((label, rekenhulp, client.get("params")))
    return clienten


def _overzicht(params: dict) -> dict:
    """The coach's overview: every client's own calculator on the same day (`calculators.overzicht`)."""
    fouten = Fouten()
    clienten = _clienten(fouten, params.get("clienten"))
    if fouten:
        return {"ok": False, "fouten": fouten.lijst}
    vandaag = _vandaag(params)
    resultaten = []
    for label, rekenhulp, invoer in clienten:
        if isinstance(invoer, dict):
            invoer = {**{k: v for k, v in invoer.items() if k not in NIET_PER_CLIENT}, "vandaag": vandaag.isoformat()}
        resultaten.append((label, rekenhulp, run(rekenhulp, invoer)))
    return overzicht.als_json(resultaten, vandaag)


REKENHULPEN = {
    "tijdlijn": _tijdlijn,
    "passend_werk": _passend_werk,
    "wia_indicatie": _wia_indicatie,
    "dossiercheck": _dossiercheck,
    "wia_uitkering": _wia_uitkering,
    "qr": _qr,
    "bedrag": _bedrag,
    "overzicht": _overzicht,
}


#: Helpers of the page, not calculators: they compute nothing under the rules, so they carry no rules date.
HULPMIDDELEN = frozenset({"qr", "bedrag"})


def run(name: object, params: object) -> dict:
    """Run calculator `name` on `params`; always a dict with `ok` true (result) or false (`fouten`)."""
    if not isinstance(name, str) or name not in REKENHULPEN:
        return _met_regels_datum(_fout("name", "Deze rekenhulp bestaat niet."))
    if not isinstance(params, dict):
        return _met_regels_datum(_fout("params", "De invoer is geen lijst met velden."))
    schoon = {k: v for k, v in params.items() if isinstance(k, str) and len(k) <= MAX_TEKST}
    result = REKENHULPEN[name](schoon)
    return result if name in HULPMIDDELEN else _met_regels_datum(result)


def _met_regels_datum(result: dict) -> dict:
    """Every calculator's answer, messages too, says which rules it used: the date they were last
    checked (not the QR code of a link, which computes nothing)."""
    return {**result, "regels_datum": LAATST_GECONTROLEERD.isoformat()}


def run_json(name: str, params_json: str) -> str:
    """`run` for the Web Worker: JSON text in and out, so no Python objects cross into JavaScript."""
    try:
        params = json.loads(params_json)
    except (TypeError, ValueError):
        return json.dumps(_met_regels_datum(_fout("params", "De invoer is geen geldige JSON.")))
    return json.dumps(run(name, params), ensure_ascii=False)
