"""Every calculator's handout on A4, as Chromium prints it (page.pdf, print media).

A typical result fits on ONE sheet; for any result the answer, "Berekend voor" and the QR code with the
link come first, on page 1 (a long result may run on, after them). The page a QR code lands on is read
from the PDF itself: the QR code and the printed link are a link to the result, and Chromium writes each
link as an annotation of the page it is on (`/Annots`, `/URI`). On paper no link and no abbreviation is
underlined (text-decoration or the dotted border Material draws under <abbr>), there is no navigation,
header, footer or button, no text under 9 pt, and in dark mode the sheet is still black on white.
The inputs are those of the existing browser tests (test_resultaten, test_dossiercheck).
"""

from __future__ import annotations

import re

import pytest
from test_dossiercheck import ALLE_VIER, ONTBREEKT, adres
from test_dossiercheck import ZWAAR as DOSSIER_ZWAAR
from test_resultaten import KOP, REKENHULPEN, ZWAAR, scherm  # noqa: F401 (scherm is a fixture)

pytestmark = pytest.mark.browser

#: A typical result of each calculator: one A4 sheet.
TYPISCH = {
    **REKENHULPEN,
    "dossiercheck": ("dossiercheck", ONTBREEKT),
}
#: Long results: two sheets at most, the answer and the QR code on the first.
LANG = {"tijdlijn zwaar": ZWAAR, "dossiercheck alle vier": ("dossiercheck", ALLE_VIER),
        "dossiercheck zwaar": ("dossiercheck", DOSSIER_ZWAAR)}

#: 9 pt at 96 dpi.
KLEINSTE_PX = 12


def url(basis_url: str, pad) -> str:
    return adres(basis_url, pad[1]) if isinstance(pad, tuple) else f"{basis_url}/{pad}"


def _object(pdf: bytes, nummer: bytes) -> bytes:
    """The text of one indirect object of a PDF without object streams (as Chromium's Skia writes them)."""
    treffer = re.search(rb"(?:^|[\r\n])" + nummer + rb"\s+0\s+obj\b", pdf)
    assert treffer, f"object {nummer!r} niet gevonden"
    return pdf[treffer.end():pdf.index(b"endobj", treffer.end())]


def _pdf_tekst(string: bytes) -> str:
    """A PDF literal string's escapes undone (enough for an ASCII URL)."""
    return re.sub(rb"\\([()\\])", rb"\1", string).decode("latin-1")


def links_per_pagina(pdf: bytes) -> list[list[str]]:
    """For every page of the PDF, in order: the URIs of its link annotations."""
    wortel = re.findall(rb"/Root\s+(\d+)\s+0\s+R", pdf)[-1]  # the trailer's catalogue
    boom = re.search(rb"/Pages\s+(\d+)\s+0\s+R", _object(pdf, wortel)).group(1)
    paginas: list[list[str]] = []

    def loop(nummer: bytes) -> None:
        knoop = _object(pdf, nummer)
        kinderen = re.search(rb"/Kids\s*\[([^\]]*)\]", knoop)
        if re.search(rb"/Type\s*/Pages\b", knoop) and kinderen:
            for kind in re.findall(rb"(\d+)\s+0\s+R", kinderen.group(1)):
                loop(kind)
            return
        annots = re.search(rb"/Annots\s*\[([^\]]*)\]", knoop)
        uris = []
        for ref in re.findall(rb"(\d+)\s+0\s+R", annots.group(1) if annots else b""):
            annotatie = _object(pdf, ref)
            uri = re.search(rb"/URI\s*\(((?:\\.|[^\\)])*)\)", annotatie)
            if uri:
                uris.append(_pdf_tekst(uri.group(1)))
            elif doel := re.search(rb"/Dest\s*/([^\s/>\]]+)", annotatie):  # a link within the document
                uris.append("#" + doel.group(1).decode("latin-1"))
        paginas.append(uris)

    loop(boom)
    return paginas


def druk_af(pagina) -> tuple[int, list[int], str]:
    """Print to A4: the number of pages, the pages (1-based) that carry the share link, and that link."""
    link = pagina.text_content("[data-linktekst]")
    # The share link is this page with a fragment (#invoer:…): Chromium's PDF turns a link to the document
    # itself into a jump within the PDF, and drops it when no element has that name. So for this measurement
    # only, the links to the result point to an element of the print block (the layout does not change).
    pagina.evaluate("""(link) => {
      const doel = document.querySelector("[data-linktekst]");
      doel.id = "sw-qr-meting";
      for (const a of document.querySelectorAll("a[href]")) if (a.href === link) a.setAttribute("href", "#sw-qr-meting");
    }""", link)
    pagina.emulate_media(media="print")
    pdf = pagina.pdf(format="A4", print_background=True)
    per_pagina = links_per_pagina(pdf)
    waar = sorted({i + 1 for i, uris in enumerate(per_pagina) for uri in uris if uri in (link, "#sw-qr-meting")})
    return len(per_pagina), waar, link


#: Under print media: what a sheet must not show, and what it must show before the QR code.
OP_PAPIER = """() => {
  const zichtbaar = (e) => e.checkVisibility();
  const inhoud = document.querySelector('.md-content');
  const lijn = (e) => {
    const s = getComputedStyle(e);
    const rand = s.borderBottomStyle !== 'none' && parseFloat(s.borderBottomWidth) > 0;
    return s.textDecorationLine !== 'none' || rand ? `${e.tagName} ${s.textDecorationLine} ${rand ? s.borderBottomStyle : ''}: ${e.textContent.trim().slice(0, 40)}` : null;
  };
  let kleinste = Infinity, waar = '';
  const lopen = document.createTreeWalker(inhoud, NodeFilter.SHOW_TEXT);
  while (lopen.nextNode()) {
    const tekst = lopen.currentNode;
    if (!tekst.textContent.trim() || !zichtbaar(tekst.parentElement)) continue;
    const bereik = document.createRange();
    bereik.selectNodeContents(tekst);
    if (![...bereik.getClientRects()].some((r) => r.width > 0 && r.height > 0)) continue;
    const px = parseFloat(getComputedStyle(tekst.parentElement).fontSize);
    if (px < kleinste) { kleinste = px; waar = tekst.textContent.trim().slice(0, 40); }
  }
  const boven = (sel) => { const e = document.querySelector(sel); return e && zichtbaar(e) ? e.getBoundingClientRect().top : null; };
  return {
    onderstreept: [...inhoud.querySelectorAll('a, abbr')].filter(zichtbaar).map(lijn).filter(Boolean),
    onderstreeptBuiten: [...document.querySelectorAll('a, abbr')].filter((e) => !inhoud.contains(e) && zichtbaar(e)).length,
    bediening: [...document.querySelectorAll('.md-header, .md-tabs, .md-sidebar, .md-footer, .md-top, .md-search, '
      + '.md-skip, nav, button, input, select, textarea, summary, .md-content__button')].filter(zichtbaar)
      .map((e) => e.outerHTML.slice(0, 80)),
    kleinste, waar,
    kop: boven('[data-resultaat] [data-kop]'), berekendVoor: boven('[data-resultaat] [data-berekend-voor]'),
    qr: boven('[data-resultaat] [data-qr]'),
  };
}"""


def controleer_papier(pagina) -> dict:
    pagina.emulate_media(media="print")
    gezien = pagina.evaluate(OP_PAPIER)
    assert not gezien["onderstreept"], gezien["onderstreept"]
    assert gezien["onderstreeptBuiten"] == 0
    assert not gezien["bediening"], gezien["bediening"]
    assert gezien["kleinste"] >= KLEINSTE_PX, f"tekst van {gezien['kleinste'] * 0.75:.1f} pt: {gezien['waar']!r}"
    # The answer and what it was calculated for come before the QR code (so on its page or earlier).
    assert None not in (gezien["kop"], gezien["berekendVoor"], gezien["qr"]), gezien
    assert gezien["berekendVoor"] < gezien["kop"] < gezien["qr"], gezien
    return gezien


def open_resultaat(scherm, basis_url, pad, **opties):  # noqa: F811
    pagina = scherm(1280, 900, **opties)
    pagina.goto(url(basis_url, pad))
    pagina.wait_for_selector(KOP, timeout=60_000)
    pagina.wait_for_selector("[data-qr] svg", state="attached", timeout=30_000)
    return pagina


@pytest.mark.parametrize("naam", TYPISCH)
def test_typisch_resultaat_op_een_a4(scherm, basis_url, naam):  # noqa: F811
    pagina = open_resultaat(scherm, basis_url, TYPISCH[naam])
    aantal, waar, link = druk_af(pagina)
    assert link.startswith(f"{basis_url}/rekenhulp/")
    assert (aantal, waar) == (1, [1]), f"{aantal} pagina's, de link (QR-code) op pagina {waar}"
    controleer_papier(pagina)


@pytest.mark.parametrize("naam", LANG)
def test_lang_resultaat_eerst_antwoord_en_qr(scherm, basis_url, naam):  # noqa: F811
    pagina = open_resultaat(scherm, basis_url, LANG[naam])
    aantal, waar, _ = druk_af(pagina)
    assert aantal <= 2 and waar == [1], f"{aantal} pagina's, de link (QR-code) op pagina {waar}"
    controleer_papier(pagina)


@pytest.mark.parametrize("naam", ["wia_uitkering", "dossiercheck"])
def test_donker_scherm_zwart_op_wit_papier(scherm, basis_url, laad_thema, naam):  # noqa: F811
    pagina = open_resultaat(scherm, basis_url, TYPISCH[naam], color_scheme="dark")
    laad_thema(pagina)
    assert pagina.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    pagina.emulate_media(media="print")
    kleuren = pagina.evaluate("""() => {
      const rgba = (c) => { const [r, g, b, a = 1] = c.match(/[\\d.]+/g).map(Number); return { r, g, b, a }; };
      const lum = ({ r, g, b }) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
        .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
      const donkerVlak = [], lichteTekst = [];
      for (const e of [document.documentElement, document.body, ...document.querySelectorAll('body *')]) {
        if (!e.checkVisibility() || e.closest('svg')) continue;
        const s = getComputedStyle(e);
        const vlak = rgba(s.backgroundColor);
        if (vlak.a > 0.05 && lum(vlak) < 0.8) donkerVlak.push(`${e.tagName}.${e.className} ${s.backgroundColor}`);
        const eigenTekst = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
        // text against white: at least 4.5:1
        if (eigenTekst && (1.05 / (lum(rgba(s.color)) + 0.05)) < 4.5) lichteTekst.push(`${e.tagName}.${e.className} ${s.color}`);
      }
      return { donkerVlak: donkerVlak.slice(0, 8), lichteTekst: lichteTekst.slice(0, 8) };
    }""")
    assert kleuren == {"donkerVlak": [], "lichteTekst": []}, kleuren
    aantal, waar, _ = druk_af(pagina)
    assert (aantal, waar) == (1, [1])
