"""The timeline as an iCalendar file (RFC 5545): one all-day event per deadline still to come.

Only what lies on or after the peildatum goes in: a calendar is for what is ahead, and past deadlines
would only clutter it (the page still lists them). When nothing is ahead any more, the caller names
what to keep (the tijdlijn: the end of the waiting period and the start of the benefit), so the file
still holds the dates the reader will look up.

UIDs are built from the start of the waiting period and the milestone id, not from the date: when
a person adds a sanction or an extension and downloads again, their calendar updates the same
events instead of adding duplicates. Lines end in CRLF and are folded at 75 octets without
splitting a UTF-8 character (RFC 5545 section 3.1).
"""

from __future__ import annotations

from datetime import date, timedelta

from .datums import nl_datum
from .regels import AGENDA_AANVRAAG, LAATST_GECONTROLEERD, vul_in

PRODID = "-//Spoorwijzer//Persoonlijke tijdlijn//NL"
MAX_OCTETTEN = 75

#: Moments, not deadlines: nothing has to be done by then, so one reminder on the morning itself.
MOMENTEN = frozenset({"vervroegde_iva_vanaf", "wia_brief", "einde_wachttijd", "wia_ingang"})
#: The events that carry AGENDA_AANVRAAG: the last day to apply for WIA, ordinary or after a late letter.
AANVRAAG = frozenset({"wia_aanvraag_uiterlijk", "wia_aanvraag_na_late_brief"})


def _tekst(waarde: str) -> str:
    """Escape a TEXT value (RFC 5545 section 3.3.11)."""
    return (waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _vouw(regel: str) -> str:
    """Fold a content line into chunks of at most 75 octets, continuation lines start with a space.

    Cut in the UTF-8 bytes, moved back to the start of a character (never before a continuation byte,
    0b10xxxxxx): the coach's overview folds some fifty thousand lines at once, and a loop per character
    took half of its time."""
    data = regel.encode("utf-8")
    if len(data) <= MAX_OCTETTEN:
        return regel
    delen, begin, ruimte = [], 0, MAX_OCTETTEN
    while len(data) - begin > ruimte:
        einde = begin + ruimte
        while data[einde] & 0xC0 == 0x80:
            einde -= 1
        delen.append(data[begin:einde])
        begin, ruimte = einde, MAX_OCTETTEN - 1
    delen.append(data[begin:])
    return "\r\n ".join(deel.decode("utf-8") for deel in delen)


def _dag(d: date) -> str:
    return d.strftime("%Y%m%d")


def herinneringen(mid: str) -> tuple[str, ...]:
    """The TRIGGERs of an event's reminders. A deadline is the last day something may happen, and it
    mostly needs someone else too (the employer, the bedrijfsarts, UWV's form with the
    re-integratieverslag): a week before leaves time to arrange it, the day before is the last call.
    A reminder on the day itself would come too late for that. A moment (a letter that may come, the
    benefit that can start) needs no preparation: one reminder at 9:00 on the day."""
    return ("PT9H",) if mid in MOMENTEN else ("-P7D", "-P1D")


def _alarm(trigger: str, titel: str) -> list[str]:
    return ["BEGIN:VALARM", "ACTION:DISPLAY", f"DESCRIPTION:{_tekst(titel)}", f"TRIGGER:{trigger}", "END:VALARM"]


def _omschrijving(m: dict, aangemaakt: date) -> str:
    tekst = f"{m['uitleg']}\n\nWie: {m['wie']}. Bron: {m['bron_label']} ({m['bron']})."
    if m["id"] in AANVRAAG:
        tekst += f"\n{vul_in(AGENDA_AANVRAAG)}"
    return tekst + f"\n\n{_stand(aangemaakt)}"


def _stand(peildatum: date) -> str:
    """On which day and with which rules the dates were computed (the rules' date is `regels_datum`)."""
    return f"Stand op {nl_datum(peildatum)}. Berekend met de regels van {nl_datum(LAATST_GECONTROLEERD)}."


def te_komen(mijlpalen: list[dict], peildatum: date, anders: tuple[str, ...] = ()) -> list[dict]:
    """The milestones on or after the peildatum; when none is left, those named in `anders`."""
    komend = [m for m in mijlpalen if date.fromisoformat(m["datum"]) >= peildatum]
    return komend or [m for m in mijlpalen if m["id"] in anders]


def gebeurtenis(m: dict, uid: str, aangemaakt: date, *, titel: str | None = None) -> list[str]:
    """One milestone as a VEVENT with its reminders (`herinneringen`). `titel` replaces the milestone's own title
    in the SUMMARY and the reminders: the coach's overview puts the client's label before it
    (`calculators.overzicht`); the reminders' times stay those of the milestone."""
    dag = date.fromisoformat(m["datum"])
    titel = m["titel"] if titel is None else titel
    regels = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{_dag(aangemaakt)}T000000Z",
        f"DTSTART;VALUE=DATE:{_dag(dag)}",
        f"DTEND;VALUE=DATE:{_dag(dag + timedelta(days=1))}",
        f"SUMMARY:{_tekst(titel)}",
        f"DESCRIPTION:{_tekst(_omschrijving(m, aangemaakt))}",
        f"URL:{m['bron']}",
        "TRANSP:TRANSPARENT",
    ]
    for trigger in herinneringen(m["id"]):
        regels += _alarm(trigger, titel)
    return regels + ["END:VEVENT"]


def kalender(naam: str, aangemaakt: date, gebeurtenissen: list[str]) -> str:
    """The calendar around the lines of `gebeurtenis`, folded and with CRLF line ends."""
    regels = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_tekst(naam)}",
        f"X-WR-CALDESC:{_tekst(_stand(aangemaakt))}",
        *gebeurtenissen,
        "END:VCALENDAR",
    ]
    return "".join(_vouw(r) + "\r\n" for r in regels)


def ics(mijlpalen: list[dict], wachttijd_start: date, aangemaakt: date, *,
        naam: str = "Spoorwijzer: mijn tijdlijn", soort: str = "", anders: tuple[str, ...] = ()) -> str:
    """Calendar text for the milestones of `calculators.tijdlijn.als_json` still to come on `aangemaakt`
    (the peildatum; see `te_komen`), or the dossier steps still to come, with `soort="dossier-"` so their
    UIDs never replace the tijdlijn's own events."""
    regels: list[str] = []
    for m in te_komen(mijlpalen, aangemaakt, anders):
        regels += gebeurtenis(m, f"{wachttijd_start.isoformat()}-{soort}{m['id']}@spoorwijzer.nl", aangemaakt)
    return kalender(naam, aangemaakt, regels)
