"""Tables that a phone can read: every cell carries its column's header, every element its table role.

On a narrow screen the stylesheet shows each row of a table as a card, each cell preceded by its column
header (`td::before { content: attr(data-label) }` in spoorwijzer.css), so no table scrolls sideways
inside itself and no word is broken into pieces to fit a narrow column. The labels are written here,
after the generator, for every table the Markdown made, so no page types them by hand. A table shown as
blocks loses its table semantics in some browsers (WebKit among them); the explicit roles keep it a
table with rows, column headers and cells for a screen reader.
"""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path

#: A table the Markdown made (no class; a code block's line-number table has one), with its content.
TABEL = re.compile(r"<table>(.*?)</table>", re.S)
KOP = re.compile(r"<thead>(.*?)</thead>", re.S)
KOPCEL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
RIJ = re.compile(r"<tr>(.*?)</tr>", re.S)
CEL = re.compile(r"<td\b([^>]*)>", re.S)
LABEL_WEG = re.compile(r"<[^>]+>")


def _label(kop_html: str) -> str:
    """A header cell's text, as an attribute value (tags out, whitespace folded, quotes escaped)."""
    tekst = " ".join(html.unescape(LABEL_WEG.sub("", kop_html)).split())
    return html.escape(tekst, quote=True)


def _rij_met_labels(rij: re.Match, labels: list[str]) -> str:
    teller = itertools.count()

    def cel(m: re.Match) -> str:
        i = next(teller)  # the cell's column
        attributen = m.group(1)
        if "data-label=" in attributen:
            return m.group(0)
        label = labels[i] if i < len(labels) else ""
        return f'<td role="cell" data-label="{label}"{attributen}>'

    return '<tr role="row">' + CEL.sub(cel, rij.group(1)) + "</tr>"


def _tabel(m: re.Match) -> str:
    inhoud = m.group(1)
    kop = KOP.search(inhoud)
    labels = [_label(c) for c in KOPCEL.findall(kop.group(1))] if kop else []
    inhoud = RIJ.sub(lambda r: _rij_met_labels(r, labels), inhoud)
    inhoud = re.sub(r"<th\b(?![^>]*\brole=)", '<th role="columnheader"', inhoud)
    inhoud = inhoud.replace("<thead>", '<thead role="rowgroup">').replace("<tbody>", '<tbody role="rowgroup">')
    return f'<table role="table">{inhoud}</table>'


def label_tabellen(site: Path) -> None:
    """Write `data-label` and the table roles into every Markdown table of every page."""
    for pagina in site.rglob("*.html"):
        tekst = pagina.read_text("utf-8")
        if "<table>" not in tekst:
            continue
        nieuw = TABEL.sub(_tabel, tekst)
        if nieuw != tekst:
            pagina.write_text(nieuw, "utf-8")
