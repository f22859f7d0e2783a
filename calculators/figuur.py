"""The timeline figure: one SVG renderer for the Poortwachter page and the personal timeline.

Both draw from milestone data, so the picture can never disagree with the table beside it. The
SVG uses presentation attributes and classes only (no inline styles or scripts), so it passes a
strict Content-Security-Policy and follows the site's light/dark palette through CSS.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import regels

def escape(tekst: str) -> str:
    """XML-escape text for the SVG (stdlib `html` is not imported: it costs ~60 ms at start in Pyodide)."""
    return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


#: The SVG scales to its box; its text is 15 units (spoorwijzer.css), so it is 12 px or more in a box
#: of at least 608 px. Narrower screens get the list of steps instead (the CSS hides the figure).
BREEDTE = 760
LABELS = 350
RIJ = 26
KOP = 36
MARGE = 22
#: Room right of the axis for half of the last label ("week 104").
RECHTS = 36
AS_LABEL_WEKEN = 26


@dataclass(frozen=True)
class Punt:
    """A milestone placed on the axis: `dag` is days since the first sick day."""

    id: str
    titel: str
    dag: int
    voorbij: bool = False


def nominale_punten() -> list[Punt]:
    """Every milestone at its place in a case without gaps, leave, extension or sanction."""
    return [Punt(m.id, m.titel, m.nominale_dag) for m in sorted(regels.MIJLPALEN, key=lambda m: m.nominale_dag)]


def tijdlijn_svg(punten: list[Punt], vandaag: int | None = None) -> str:
    """An accessible SVG: one row per milestone, the weeks of sickness on the horizontal axis.

    `vandaag` (days since the first sick day) draws the "vandaag" marker when it is on the axis.
    """
    laatste_week = max(regels.WACHTTIJD_WEKEN + 1, *(p.dag // 7 + 1 for p in punten))
    as_dagen = laatste_week * 7
    breedte_as = BREEDTE - LABELS - RECHTS
    hoogte = KOP + RIJ * len(punten) + MARGE

    def x(dag: int) -> float:
        return round(LABELS + breedte_as * min(max(dag, 0), as_dagen) / as_dagen, 1)

    delen = [
        f'<svg class="sw-tijdlijn" viewBox="0 0 {BREEDTE} {hoogte}" role="img" '
        f'aria-labelledby="sw-tijdlijn-titel" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="sw-tijdlijn-titel">Tijdlijn van {laatste_week} weken ziekte met '
        f"{len(punten)} mijlpalen; dezelfde gegevens staan ook als tekst op deze pagina.</title>",
    ]
    for week in range(0, laatste_week + 1, 13):
        delen.append(f'<line class="sw-raster" x1="{x(week * 7)}" y1="{KOP - 8}" x2="{x(week * 7)}" y2="{hoogte - MARGE}"/>')
        if week % AS_LABEL_WEKEN == 0:
            delen.append(f'<text class="sw-as" x="{x(week * 7)}" y="{KOP - 14}" text-anchor="middle">week {week}</text>')
    for rij, punt in enumerate(punten):
        y = KOP + RIJ * rij + RIJ / 2
        klasse = "sw-punt sw-voorbij" if punt.voorbij else "sw-punt"
        delen.append(
            f'<g class="{klasse}" data-id="{escape(punt.id)}">'
            f'<text class="sw-label" x="{LABELS - 10}" y="{y + 4}" text-anchor="end">{escape(punt.titel)}</text>'
            f'<line class="sw-lijn" x1="{LABELS}" y1="{y}" x2="{x(punt.dag)}" y2="{y}"/>'
            f'<circle cx="{x(punt.dag)}" cy="{y}" r="6"/></g>'
        )
    if vandaag is not None and 0 <= vandaag <= as_dagen:
        delen.append(
            f'<g class="sw-vandaag"><line x1="{x(vandaag)}" y1="{KOP - 8}" x2="{x(vandaag)}" y2="{hoogte - MARGE}"/>'
            f'<text x="{x(vandaag)}" y="{hoogte - 4}" text-anchor="middle">vandaag</text></g>'
        )
    delen.append("</svg>")
    return "".join(delen)


def pagina_figuur(punten: list[Punt]) -> str:
    """The figure for a content page, as one block of HTML.

    As a block of its own, Markdown leaves it alone (inline, the glossary wrapped words in the labels
    in <abbr>, which SVG does not draw). It shows only where its text renders at 12 px or more (from
    608 px of room, spoorwijzer.css); on a phone the milestone list next to it holds the same data, as
    the tijdlijn result does, and nothing scrolls sideways. Where it shows but barely fits, its box
    scrolls and can take focus, so a keyboard can scroll it too.
    """
    return ('<div class="sw-figuurvak"><div class="sw-figuurrol sw-figuur" role="region" '
            f'aria-label="Figuur: de tijdlijn in weken" tabindex="0">{tijdlijn_svg(punten)}</div></div>')
