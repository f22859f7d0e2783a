"""No page a phone cannot read (issue 26): every table of every page at 320 and 390 px.

Every page the build wrote (the list is checked against site/**/index.html, so a new page is never
missed), before and after Material's script (which wraps each table in `.md-typeset__scrollwrap` and
`.md-typeset__table`), in the light and the dark scheme:

- the document is no wider than the screen, and no table or table wrapper scrolls sideways inside itself
  (scrollWidth > clientWidth);
- no word in a table is broken into pieces over two lines: each run of letters and digits in a cell is
  measured with Range.getClientRects (one box, on one line, inside its cell);
- each data cell carries its column header (`data-label`, written by the build) and the table keeps its
  roles (table, row, columnheader, cell), so a screen reader still reads a table when a narrow screen
  shows its rows as cards; the labels and cells have a contrast of 4.5:1 or more in either scheme;
- the page title in the 48 px header bar takes one line, and the bar stays 48 px.

The same checks run on each calculator page after it has shown a result.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_paginas import PAGINAS, REKENHULPEN
from test_resultaten import KOP, scherm  # noqa: F401  (scherm is a fixture)

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]

#: What a reader of a narrow screen meets, as a list of problems (empty when all is well).
PROBLEMEN = r"""() => {
  const problemen = [];
  const naam = (e) => {
    const tabel = e.closest("table") || e.querySelector("table");
    const kop = tabel ? [...tabel.querySelectorAll("th")].map((t) => t.textContent.trim()).join("|").slice(0, 50) : "";
    return `${e.tagName.toLowerCase()}${e.className ? "." + e.className : ""} [${kop}]`;
  };
  const breed = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
  if (breed > innerWidth) problemen.push(`document ${breed} px breed op ${innerWidth} px`);

  for (const e of document.querySelectorAll(".md-typeset table, .md-typeset__scrollwrap, .md-typeset__table")) {
    if (e.scrollWidth > e.clientWidth) problemen.push(`${naam(e)} schuift zijwaarts: ${e.scrollWidth} > ${e.clientWidth}`);
  }

  for (const tabel of document.querySelectorAll(".md-typeset table")) {
    if (tabel.getAttribute("role") !== "table") problemen.push(`${naam(tabel)} zonder role="table"`);
    for (const rij of tabel.querySelectorAll("tr")) if (rij.getAttribute("role") !== "row") { problemen.push(`${naam(tabel)}: rij zonder role="row"`); break; }
    for (const th of tabel.querySelectorAll("thead th")) if (th.getAttribute("role") !== "columnheader") { problemen.push(`${naam(tabel)}: kop zonder role="columnheader"`); break; }
    const koppen = [...tabel.querySelectorAll("thead th")].map((th) => th.textContent.trim().replace(/\s+/g, " "));
    for (const rij of tabel.querySelectorAll("tbody tr")) {
      [...rij.children].forEach((cel, i) => {
        if (cel.getAttribute("role") !== "cell") problemen.push(`${naam(tabel)}: cel zonder role="cell"`);
        if (cel.dataset.label !== koppen[i]) problemen.push(`${naam(tabel)}: cel ${i + 1} met label ${JSON.stringify(cel.dataset.label)}, kop ${JSON.stringify(koppen[i])}`);
      });
    }
    // Words in pieces: each run of letters and digits must lie in one box, on one line, inside its cell.
    for (const cel of tabel.querySelectorAll("th, td")) {
      const vak = cel.getBoundingClientRect();
      if (!vak.width || !vak.height) continue;  // not shown (the header row of a card layout)
      const lopen = document.createTreeWalker(cel, NodeFilter.SHOW_TEXT);
      while (lopen.nextNode()) {
        const tekst = lopen.currentNode;
        for (const woord of tekst.textContent.matchAll(/[\p{L}\p{N}]+/gu)) {
          const bereik = document.createRange();
          bereik.setStart(tekst, woord.index);
          bereik.setEnd(tekst, woord.index + woord[0].length);
          const vakken = [...bereik.getClientRects()].filter((r) => r.width > 0);
          if (!vakken.length) continue;
          const regels = new Set(vakken.map((r) => Math.round(r.top)));
          if (regels.size > 1) {
            problemen.push(`${naam(tabel)}: "${woord[0]}" gebroken over ${regels.size} regels`);
          } else if (vakken.some((r) => r.right > vak.right + 1 || r.left < vak.left - 1)) {
            problemen.push(`${naam(tabel)}: "${woord[0]}" steekt buiten de cel`);
          }
        }
      }
    }
  }

  // The page title in the header bar: one line, and the bar keeps its height (2.4rem).
  const balk = document.querySelector(".md-header").getBoundingClientRect().height;
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  if (balk > 2.4 * rem + 0.5) problemen.push(`kopbalk ${balk} px hoog`);
  for (const titel of document.querySelectorAll(".md-header__topic .md-ellipsis")) {
    const bereik = document.createRange();
    bereik.selectNodeContents(titel);
    const regels = new Set([...bereik.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
    if (regels.size > 1) problemen.push(`titel in de kopbalk over ${regels.size} regels: ${titel.textContent.trim()}`);
    const stijl = getComputedStyle(titel);
    const regelhoogte = stijl.lineHeight === "normal" ? 1.5 * parseFloat(stijl.fontSize) : parseFloat(stijl.lineHeight);
    if (titel.getBoundingClientRect().height > regelhoogte + 1) problemen.push(`titel in de kopbalk ${titel.getBoundingClientRect().height} px hoog`);
  }
  return problemen;
}"""

#: Contrast of every shown cell's text and of its label (td::before) against the background behind it.
CONTRAST = r"""() => {
  const rgb = (kleur) => (kleur.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const lin = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const achtergrond = (e) => {
    for (; e; e = e.parentElement) {
      const k = rgb(getComputedStyle(e).backgroundColor);
      if (k.length === 3 || (k.length === 4 && k[3] === 1)) return k.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const mengen = (voor, achter) => voor.length === 4 ? voor.slice(0, 3).map((c, i) => c * voor[3] + achter[i] * (1 - voor[3])) : voor;
  const verhouding = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  let laagste = Infinity, waar = "";
  for (const cel of document.querySelectorAll(".md-typeset table td, .md-typeset table th")) {
    if (!cel.getBoundingClientRect().height) continue;
    const achter = achtergrond(cel);
    for (const pseudo of [null, "::before"]) {
      const stijl = getComputedStyle(cel, pseudo);
      if (pseudo && (stijl.content === "none" || stijl.content === '""' || stijl.display === "none")) continue;
      const c = verhouding(mengen(rgb(stijl.color), achter), achter);
      if (c < laagste) { laagste = c; waar = `${cel.tagName}${pseudo || ""}: ${(pseudo ? stijl.content : cel.textContent).trim().slice(0, 40)}`; }
    }
  }
  return [laagste, waar];
}"""


def gebouwde_paginas(site: Path) -> list[str]:
    """Every page the build wrote, as a path under the site's root ('' for the home page)."""
    return sorted("" if p.parent == site else p.parent.relative_to(site).as_posix() + "/"
                  for p in site.rglob("index.html") if "assets" not in p.relative_to(site).parts)


def test_elke_gebouwde_pagina_wordt_gecontroleerd(site_map):
    assert gebouwde_paginas(site_map) == PAGINAS


def controleer(pagina, laad_thema, wat: str) -> None:
    pagina.wait_for_load_state("load")
    problemen = pagina.evaluate(PROBLEMEN)
    assert not problemen, f"{wat}, zonder Material's script: {len(problemen)} problemen, o.a. {problemen[:6]}"
    laad_thema(pagina)
    problemen = pagina.evaluate(PROBLEMEN)
    assert not problemen, f"{wat}, met Material's script: {len(problemen)} problemen, o.a. {problemen[:6]}"
    laagste, waar = pagina.evaluate(CONTRAST)
    assert laagste >= 4.5, f"{wat}: contrast {laagste:.2f} bij {waar!r}"


#: Each page once at each width, and in each scheme once: the narrowest screen in the light scheme,
#: the common one in the dark (a page loads in about a second, a calculator page's theme waits for
#: Python; four loads a page made this file take 20 minutes on a busy machine).
WEERGAVEN = [(320, "light"), (390, "dark")]


@pytest.mark.parametrize(("breedte", "schema"), WEERGAVEN)
@pytest.mark.parametrize("pad", PAGINAS)
def test_pagina_past_op_een_telefoon(scherm, basis_url, laad_thema, pad, breedte, schema):  # noqa: F811
    pagina = scherm(breedte, 640 if breedte == 320 else 844, color_scheme=schema)
    pagina.goto(f"{basis_url}/{pad}")
    controleer(pagina, laad_thema, f"/{pad} op {breedte} px ({schema})")
    if schema == "dark":
        assert pagina.evaluate("document.body.dataset.mdColorScheme") == "slate"


@pytest.mark.parametrize("pad", REKENHULPEN)
def test_rekenhulp_met_resultaat_past_op_een_telefoon(scherm, basis_url, laad_thema, pad):  # noqa: F811
    """After a result, at the narrowest width: the tables the page holds and any a result brings (today
    no view renders one)."""
    breedte = 320
    pagina = scherm(breedte, 640)
    pagina.goto(f"{basis_url}/{pad}?{REKENHULPEN[pad]}")
    pagina.wait_for_selector(KOP, timeout=60_000)
    pagina.evaluate("() => document.querySelectorAll('[data-resultaat] details').forEach((d) => { d.open = true; })")
    controleer(pagina, laad_thema, f"/{pad} met resultaat op {breedte} px")


def test_tabelkop_staat_niet_met_de_hand_in_de_paginas():
    """The labels come from the build, not typed into a page."""
    for bron in (ROOT / "docs").rglob("*.md"):
        assert not re.search(r"data-label=", bron.read_text("utf-8")), bron
