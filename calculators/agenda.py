"""The timeline as an iCalendar file (RFC 5545): one all-day event per deadline.

UIDs are built from the start of the waiting period and the milestone id, not from the date: when
a person adds a sanction or an extension and downloads again, their calendar updates the same
events instead of adding duplicates. Lines end in CRLF and are folded at 75 octets without
splitting a UTF-8 character (RFC 5545 section 3.1).
"""

from __future__ import annotations

from datetime import date, timedelta

PRODID = "-//Spoorwijzer//Persoonlijke tijdlijn//NL"
MAX_OCTETTEN = 75


def _tekst(waarde: str) -> str:
    """Escape a TEXT value (RFC 5545 section 3.3.11)."""
    return (waarde.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def _vouw(regel: str) -> str:
    """Fold a content line into chunks of at most 75 octets, continuation lines start with a space."""
    delen, huidig, ruimte = [], "", MAX_OCTETTEN
    for teken in regel:
        lengte = len(teken.encode("utf-8"))
        if lengte > ruimte:
            delen.append(huidig)
            huidig, ruimte = " ", MAX_OCTETTEN - 1
        huidig += teken
        ruimte -= lengte
    delen.append(huidig)
    return "\r\n".join(delen)


def _dag(d: date) -> str:
    return d.strftime("%Y%m%d")


def ics(mijlpalen: list[dict], wachttijd_start: date, aangemaakt: date, *,
        naam: str = "Spoorwijzer: mijn tijdlijn", soort: str = "") -> str:
    """Calendar text for the milestones of `calculators.tijdlijn.als_json` (or the dossier steps still to
    come, with `soort="dossier-"` so their UIDs never replace the tijdlijn's own events)."""
    regels = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_tekst(naam)}",
    ]
    for m in mijlpalen:
        dag = date.fromisoformat(m["datum"])
        omschrijving = f"{m['uitleg']}\n\nWie: {m['wie']}. Bron: {m['bron_label']} ({m['bron']}).\n" \
                       "De datum in de brief van UWV gaat altijd voor."
        regels += [
            "BEGIN:VEVENT",
            f"UID:{wachttijd_start.isoformat()}-{soort}{m['id']}@spoorwijzer.nl",
            f"DTSTAMP:{_dag(aangemaakt)}T000000Z",
            f"DTSTART;VALUE=DATE:{_dag(dag)}",
            f"DTEND;VALUE=DATE:{_dag(dag + timedelta(days=1))}",
            f"SUMMARY:{_tekst(m['titel'])}",
            f"DESCRIPTION:{_tekst(omschrijving)}",
            f"URL:{m['bron']}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    regels.append("END:VCALENDAR")
    return "".join(_vouw(r) + "\r\n" for r in regels)
