"""The coach's overview ("Overzicht van uw cliënten"): one row per client, read from the result of that client's own
calculator, so a row says exactly what the client's own page says.

`calculators.api` runs `run("tijdlijn", …)` or `run("dossiercheck", …)` for every client on one date (the overview's
`vandaag`) and hands the results here. Nothing here computes a deadline or judges a step: the functions below only
pick from those results and put the rows in order. A row (the contract with the page, `run("overzicht", …)`):

* `huidige_week`: the week of sickness on that date, as the calculator counts it;
* `volgende`: the next coming deadline, the first of what the client's own .ics holds (see `komend`), with the days
  left (0 = today), its `termijn` in the rule's words and its legal source (`bron`, `bron_label`) as the milestone
  carries it;
* `achterstallig`: every date that has passed and still asks something of someone (see `achterstallig_tijdlijn`
  and `achterstallig_dossier` for why each kind counts), with what each side does now (`wat_nu`: `werknemer`,
  `werkgever`, the calculator's own texts);
* `dossier`: for a dossiercheck client, the check's most urgent step by its own ranking (`samenvatting`), with the
  check's headline as `tekst`;
* `urgentie` and `urgentie_tekst`: the place in `URGENTIES`, whose day thresholds are `GETALLEN` of `regels.py`.

The rows are sorted by `sleutel`; the calendar (`ics`) holds every client's coming deadlines once, made by
`calculators.agenda` as the tijdlijn's own .ics is.
"""

from __future__ import annotations

from datetime import date

from . import agenda, dossier_regels
from .regels import getal, vul_in

#: The calculators whose share links the overview takes: the two that give dated deadlines for one sickness.
REKENHULPEN = ("tijdlijn", "dossiercheck")
#: More clients than one coach follows; the limit keeps a hostile import from keeping the worker busy for minutes.
MAX_CLIENTEN = 500
#: A label is a pseudonym or initials, never a name with more: the page says so, and a short limit helps.
MAX_LABEL = 60

#: The urgency levels, most urgent first; a row's `urgentie` is the index here. What is overdue and can still be
#: done comes first: every day it waits can cost (a later benefit, a loonsanctie). A client whose data the
#: calculator refused comes next: nothing about that client is known, so an overdue deadline may hide behind it.
#: Then the coming deadlines by how soon they fall (`overzicht_kort_dagen`, `overzicht_binnenkort_dagen`), and last
#: the clients with nothing ahead and nothing overdue (better again, or past the waiting period).
URGENTIES: tuple[tuple[str, str], ...] = (
    ("te_laat", "Te laat"),
    ("fout", "Gegevens kloppen niet"),
    ("kort", "Binnen {overzicht_kort_dagen} dagen"),
    ("binnenkort", "Binnen {overzicht_binnenkort_dagen} dagen"),
    ("later", "Later"),
    ("geen", "Geen termijn meer"),
)
URGENTIE = {naam: i for i, (naam, _) in enumerate(URGENTIES)}

#: The tijdlijn's "Wat nu?" steps that stand for a passed deadline still to act on: the tijdlijn puts one first,
#: dated the reader's day, when the last day to apply for the WIA has passed and no application date was given
#: (`tijdlijn.volgende_stappen`).
ALSNOG = frozenset({"wia_aanvraag_alsnog", "wia_aanvraag_geen_brief"})


def dagen_tot(peildatum: date, datum: str) -> int:
    return (date.fromisoformat(datum) - peildatum).days


def komend(rekenhulp: str, result: dict, peildatum: date) -> list[dict]:
    """What lies ahead, as the client's own .ics holds it, by date: the tijdlijn's milestones on or after the
    date (`agenda.te_komen`; a case with nothing ahead adds nothing here, where the tijdlijn's own file keeps its
    end and benefit start to look up), or the dossiercheck's steps still to come and the next conversation
    (`dossier.agenda_items`)."""
    if rekenhulp == "tijdlijn":
        return agenda.te_komen(result["mijlpalen"], peildatum)
    return result["agenda"]


def volgende(items: list[dict], peildatum: date) -> dict | None:
    """The first coming deadline, with the days left."""
    if not items:
        return None
    m = items[0]
    return {"id": m["id"], "titel": m["titel"], "datum": m["datum"], "dagen": dagen_tot(peildatum, m["datum"]),
            "termijn": m["termijn"], "bron": m["bron"], "bron_label": m["bron_label"]}


def achterstallig_tijdlijn(result: dict, peildatum: date) -> list[dict]:
    """The WIA application, when its last day has passed and the reader gave no application date: it can still
    be made, and it is the employee's to make (WIA art. 64). The tijdlijn says so first in its "Wat nu?"
    (`ALSNOG`). Every day without it moves the end of the wage and the start of the benefit one day (BW 7:629 lid
    11 sub a), so it counts. An application that was made late (`te_laat_dagen`) asks nothing more: the days are
    counted and the dates moved. A date of application the reader gave counts as made, also one that lies ahead,
    as the tijdlijn itself reads it (its "Wat nu?" then no longer says to apply). Other passed milestones do not count: the tijdlijn does not know whether they
    were met, and says only that their date is past (`tijdlijn.STATUS_TEKST`); that is the dossiercheck's
    question."""
    stap = next((s for s in result["volgende_stappen"] if s["id"] in ALSNOG), None)
    if stap is None:
        return []
    # The last day to apply: the ordinary one, or the later one after a late letter (both in `agenda.AANVRAAG`).
    termijn = max((m for m in result["mijlpalen"] if m["id"] in agenda.AANVRAAG), key=lambda m: m["datum"])
    return [{"id": stap["id"], "titel": stap["titel"], "datum": termijn["datum"],
             "dagen_te_laat": -dagen_tot(peildatum, termijn["datum"]),
             "wat_nu": {"werknemer": stap["werknemer"], "werkgever": stap["werkgever"]},
             "bron": termijn["bron"], "bron_label": termijn["bron_label"]}]


def achterstallig_dossier(result: dict, peildatum: date) -> list[dict]:
    """The problems the dossiercheck puts under "Nu doen" (`dossier_regels.GROEPEN`), in its own order: a missing
    step while the employee is still sick within the waiting period (it can still be set, and UWV judges the file
    at the application), and a conversation about the plan that is overdue in a gap still running today. A step
    that came late ("herstellen": it was done, what is left is explaining it) and what can no longer be done
    ("voorbij": better again, or the waiting period is over) ask no action by a date, so they do not count.
    A step's source is the one the check gives that step; a conversation's the one its calendar entry cites."""
    bronnen = {s["id"]: s["bron"] for s in result["stappen"]}
    gesprek = dossier_regels.GAT_GEVOLG_BRONNEN[0]
    lijst = []
    for item in result["te_doen"]:
        if item["groep"] != "nu" or item["status"] == "nog_niet":
            continue
        bron = bronnen.get(item["over"], {"url": gesprek.url, "label": gesprek.label})
        lijst.append({"id": item["over"], "titel": item["titel"], "datum": item["uiterlijk"],
                      "dagen_te_laat": -dagen_tot(peildatum, item["uiterlijk"]), "wat_nu": item["wat_nu"],
                      "bron": bron["url"], "bron_label": bron["label"]})
    return lijst


def urgentie(ok: bool, achterstallig: list[dict], volgende_: dict | None) -> int:
    """The level of `URGENTIES` for a row."""
    if achterstallig:
        return URGENTIE["te_laat"]
    if not ok:
        return URGENTIE["fout"]
    if volgende_ is None:
        return URGENTIE["geen"]
    if volgende_["dagen"] <= getal("overzicht_kort_dagen"):
        return URGENTIE["kort"]
    if volgende_["dagen"] <= getal("overzicht_binnenkort_dagen"):
        return URGENTIE["binnenkort"]
    return URGENTIE["later"]


def rij(label: str, rekenhulp: str, result: dict, peildatum: date, items: list[dict]) -> dict:
    """One client's row from that client's own result on `peildatum` and what lies ahead in it (`komend`)."""
    if not result["ok"]:
        niveau = urgentie(False, [], None)
        return {"label": label, "rekenhulp": rekenhulp, "ok": False, "fouten": result["fouten"],
                "huidige_week": None, "volgende": None, "achterstallig": [], "dossier": None,
                "urgentie": niveau, "urgentie_tekst": vul_in(URGENTIES[niveau][1])}
    if rekenhulp == "tijdlijn":
        week, achter, samenvatting = result["huidige_week"], achterstallig_tijdlijn(result, peildatum), None
    else:
        week, achter = result["stand"]["week"], achterstallig_dossier(result, peildatum)
        samenvatting = {"over": result["samenvatting"]["over"], "status": result["samenvatting"]["status"],
                        "tekst": result["kop"]}
    eerst = volgende(items, peildatum)
    niveau = urgentie(True, achter, eerst)
    return {"label": label, "rekenhulp": rekenhulp, "ok": True, "huidige_week": week, "volgende": eerst,
            "achterstallig": achter, "dossier": samenvatting, "urgentie": niveau,
            "urgentie_tekst": vul_in(URGENTIES[niveau][1])}


def sleutel(r: dict) -> tuple[int, int, str, str]:
    """The order of the list: the urgency level first; within a level what is longest overdue, or else what
    comes soonest; then the label as a reader sorts it (capitals beside small letters), so equal urgency keeps
    label order, and the label itself last, so the order is total (labels are unique)."""
    if r["achterstallig"]:
        binnen = -max(a["dagen_te_laat"] for a in r["achterstallig"])
    else:
        binnen = r["volgende"]["dagen"] if r["volgende"] else 0
    return r["urgentie"], binnen, r["label"].casefold(), r["label"]


def uid_deel(label: str) -> str:
    """The label inside a UID: letters, digits, '-', '_' and '.' as they are, every other byte as %XX, so two
    labels never give the same UID and no character breaks the line."""
    veilig = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
    return "".join(teken if teken in veilig else "".join(f"%{b:02X}" for b in teken.encode("utf-8"))
                   for teken in label)


#: The calendar's name in the coach's calendar app.
KALENDER = "Spoorwijzer: overzicht van uw cliënten"


def ics(clienten: list[tuple[str, str, dict, list[dict]]], peildatum: date) -> str:
    """One calendar with every client's coming deadlines (label, calculator, result, `komend`): each event as the
    client's own .ics has it (`agenda.gebeurtenis`: the same description and reminders), with the label before
    its title in the SUMMARY and the reminders. The UID is the label's, the start of the waiting period and the
    milestone's (`dossier-` for a dossier step, as in the dossiercheck's own file), so a calendar that imports a
    newer file updates the same events."""
    regels: list[str] = []
    for label, rekenhulp, result, items in clienten:
        soort = "" if rekenhulp == "tijdlijn" else "dossier-"
        for m in items:
            uid = f"overzicht-{uid_deel(label)}-{result['wachttijd_start']}-{soort}{m['id']}@spoorwijzer.nl"
            regels += agenda.gebeurtenis(m, uid, peildatum, titel=f"{label}: {m['titel']}")
    return agenda.kalender(KALENDER, peildatum, regels)


def als_json(clienten: list[tuple[str, str, dict]], peildatum: date) -> dict:
    """The overview of (label, calculator, that calculator's result) on `peildatum`."""
    rijen, agenda_clienten = [], []
    for label, rekenhulp, result in clienten:
        items = komend(rekenhulp, result, peildatum) if result["ok"] else []
        rijen.append(rij(label, rekenhulp, result, peildatum, items))
        agenda_clienten.append((label, rekenhulp, result, items))
    return {"ok": True, "peildatum": peildatum.isoformat(), "clienten": sorted(rijen, key=sleutel),
            "ics": ics(agenda_clienten, peildatum)}
