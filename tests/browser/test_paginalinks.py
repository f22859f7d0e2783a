"""Links to a field of the same page (issue #26): the error summary and "Berekend voor".

Every calculator opens from a link with a query (as calculator links do), once with values that give an error
summary and once with values that give a result. Each link of the summary and of "Berekend voor" (each value
links back to its field) is followed with the mouse and with Enter, first while Material's bundle is held back
and then after it has run: the page is not fetched again (Material's instant navigation took such a link for a
new page when the address carried a query, and the error list vanished), the summary or the result stays, the
focus is on the field itself (the first field of a group) and the field and its label are on screen, below the
sticky header — on a phone of 390×844 and of 320×640.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from test_resultaten import scherm  # noqa: F401 (a fixture: pages of a given size, each watched)

pytestmark = pytest.mark.browser

#: Per calculator: its page, a query that gives an error summary, and one that gives a result.
REKENHULPEN = {
    "tijdlijn": ("rekenhulp/tijdlijn/",
                 "ziekteperiodes=6-1-2025/28-2-2025,99-6-2025/&loonsanctie_weken=abc&geboortedatum=x",
                 "ziekteperiodes=6-1-2025/28-2-2025,21-6-2025/&verlenging_weken=10&peildatum=2026-03-22"),
    "dossiercheck": ("rekenhulp/dossiercheck/",
                     "eerste_ziektedag=32-1-2025&probleemanalyse=x&verlenging_weken=abc",
                     "ziekteperiodes=6-1-2025/28-2-2025,21-6-2025/&probleemanalyse=2025-07-20"
                     "&plan_van_aanpak=2025-08-10&verlenging_weken=10&peildatum=2026-03-22"),
    "passend_werk": ("rekenhulp/passend-werk/",
                     "situatie=werkgever&eerste_ziektedag=x&peildatum=y",
                     "situatie=werkgever&eerste_ziektedag=2025-01-06&peildatum=2026-02-20"),
    "wia_indicatie": ("rekenhulp/wia-uitkomst/",
                      "maatmanloon=x&restverdiencapaciteit=y&duurzaam=onbekend",
                      "maatmanloon=3000&restverdiencapaciteit=1200&duurzaam=onbekend"),
    "wia_uitkering": ("rekenhulp/wia-uitkering/",
                      "ingangsdatum=x&dagloon=abc&arbeidsongeschiktheid=200&arbeidsverleden_tot_2016=20"
                      "&arbeidsverleden_vanaf_2016=6",
                      "ingangsdatum=2026-07-01&dagloon=183%2C91&arbeidsongeschiktheid=60&arbeidsverleden_tot_2016=20"
                      "&arbeidsverleden_vanaf_2016=6&restverdiencapaciteit=3000"),
}
SCHERMEN = [(390, 844), (320, 640)]

FOUTEN = "[data-foutsamenvatting]:not([hidden]) a[href*='#']"
BEREKEND_VOOR = "[data-resultaat]:not([hidden]) .sw-berekend-voor a[href*='#']"
KOP = "[data-resultaat]:not([hidden]) [data-kop]"

#: Where the link went: the field it names (the first field of a group), whether it has the focus, and
#: where it and its label are on screen relative to the sticky header.
DOEL = """(link) => {
  const VELD = "input:not([type=hidden]), select, textarea";
  const doel = document.getElementById(decodeURIComponent(new URL(link.href).hash.slice(1)));
  const veld = doel && (doel.matches(VELD) ? doel : doel.querySelector(VELD));
  const kopregel = document.querySelector(".md-header").getBoundingClientRect().bottom;
  if (!veld) return { gevonden: false, href: link.getAttribute("href") };
  const vak = veld.getBoundingClientRect();
  const label = veld.labels && veld.labels[0];
  const actief = document.activeElement;
  return {
    gevonden: true,
    href: link.getAttribute("href"),
    gefocust: actief === veld,
    actief: actief ? actief.outerHTML.slice(0, 100) : null,
    boven: Math.round(vak.top), onder: Math.round(vak.bottom), kopregel: Math.round(kopregel), hoogte: innerHeight,
    label_boven: label ? Math.round(label.getBoundingClientRect().top) : null,
  };
}"""


def _links(pagina, selector):
    """The links now on the page, each opened to be seen (the view's own "Berekend voor" is folded)."""
    pagina.evaluate("""(s) => document.querySelectorAll(s).forEach((a) => {
        for (let d = a.closest("details"); d; d = d.parentElement.closest("details")) d.open = true; })""", selector)
    return pagina.locator(selector)


def _controleer(pagina, link, staat, selector, aantal, paginaverzoeken, hoe):
    pagina.wait_for_timeout(250)  # a fetch of the page would have been asked for by now
    assert not paginaverzoeken, f"{hoe}: de pagina werd opnieuw opgehaald: {paginaverzoeken}"
    assert pagina.locator(selector).count() == aantal, f"{hoe}: de {staat} is verdwenen"
    if staat == "uitkomst":
        assert pagina.locator(KOP).count() == 1, f"{hoe}: de uitkomst is verdwenen"
    doel = link.evaluate(DOEL)
    assert doel["gevonden"], doel
    assert doel["gefocust"], f"{hoe}: de focus staat niet op het veld: {doel}"
    assert doel["boven"] >= doel["kopregel"] - 1 and doel["onder"] <= doel["hoogte"], f"{hoe}: veld niet in beeld: {doel}"
    if doel["label_boven"] is not None:
        assert doel["label_boven"] >= doel["kopregel"] - 1, f"{hoe}: het label valt onder de kopregel: {doel}"


def _volg_alle_links(pagina, staat, selector, paginaverzoeken, fase):
    aantal = _links(pagina, selector).count()
    assert aantal, f"geen links in de {staat}"
    for i in range(aantal):
        link = _links(pagina, selector).nth(i)
        tekst = link.inner_text()[:50]
        link.click()
        _controleer(pagina, link, staat, selector, aantal, paginaverzoeken, f"{fase}, klik op '{tekst}'")
        pagina.evaluate("scrollTo(0, 0)")
        link = _links(pagina, selector).nth(i)
        link.focus()
        pagina.keyboard.press("Enter")
        _controleer(pagina, link, staat, selector, aantal, paginaverzoeken, f"{fase}, Enter op '{tekst}'")
        pagina.evaluate("scrollTo(0, 0)")


@pytest.mark.parametrize("breedte,hoogte", SCHERMEN, ids=[f"{b}x{h}" for b, h in SCHERMEN])
@pytest.mark.parametrize("naam", REKENHULPEN)
def test_links_naar_een_veld_blijven_op_de_pagina(scherm, basis_url, laad_thema, naam, breedte, hoogte):
    pad, met_fouten, met_uitkomst = REKENHULPEN[naam]
    pagina = scherm(breedte, hoogte, service_workers="block")  # every request reaches the route below
    paginaverzoeken: list[str] = []
    pagina.on("request", lambda verzoek: verzoek.resource_type in ("document", "fetch", "xhr")
              and urlsplit(verzoek.url).path == f"/{pad}" and paginaverzoeken.append(verzoek.url))
    # Material's bundle is held back for the first round: links must work before it has run, too.
    vastgehouden = []
    pagina.route("**/assets/javascripts/bundle.*.min.js", lambda route: vastgehouden.append(route))

    for staat, query, selector, klaar in (("foutsamenvatting", met_fouten, FOUTEN, FOUTEN),
                                          ("uitkomst", met_uitkomst, BEREKEND_VOOR, KOP)):
        vastgehouden.clear()
        pagina.goto(f"{basis_url}/{pad}?{query}")
        pagina.wait_for_selector(klaar, timeout=90_000)
        paginaverzoeken.clear()
        assert pagina.evaluate("window.document$") is None
        _volg_alle_links(pagina, staat, selector, paginaverzoeken, "zonder Material's script")

        assert vastgehouden, "thema.js vroeg de bundle niet op"
        for route in vastgehouden:
            route.continue_()
        laad_thema(pagina)
        _volg_alle_links(pagina, staat, selector, paginaverzoeken, "met Material's script")
