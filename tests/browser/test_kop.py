"""The header's search and light/dark buttons (issue 26, a tester on a phone).

Material's script loads late on purpose (assets/js/thema.js: at the reader's first move, on a calculator page
after Python is ready). Its buttons in the header must not wait for it: they are there from the first paint,
in the place they keep once the script has run, they work before it has loaded (the press loads it and then
does what the button does), and every element that takes focus around the search dialog shows it.
"""

from __future__ import annotations

import pytest

from test_resultaten import scherm  # noqa: F401 (a fixture: pages of a given size, each watched)
from test_toetsenbord import tab_naar as tab_naar_binnen

pytestmark = pytest.mark.browser

BUNDEL = "**/assets/javascripts/bundle.*.min.js"
ZOEKKNOP = '.md-header__button[for="__search"]'
ZOEKVELD = "input.md-search__input"
PALET = 'form[data-md-component="palette"]'
PAGINAS = ["", "rekenhulp/tijdlijn/"]
TELEFOONS = [(390, 844), (320, 640)]

# The header's parts as they are laid out: box, and whether a reader can see it.
DOZEN = """() => {
  const delen = {titel: ".md-header__title", menu: '.md-header__button[for="__drawer"]',
                 zoeken: '.md-header__button[for="__search"]', palet: 'form[data-md-component="palette"]',
                 donker: 'form[data-md-component="palette"] label[for="__palette_1"]',
                 licht: 'form[data-md-component="palette"] label[for="__palette_0"]'};
  const uit = {};
  for (const [naam, kiezer] of Object.entries(delen)) {
    const e = document.querySelector(kiezer);
    if (!e) { uit[naam] = null; continue; }
    const r = e.getBoundingClientRect();
    const zichtbaar = r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= innerWidth && r.top >= 0
      && e.checkVisibility({opacityProperty: true, visibilityProperty: true});
    uit[naam] = {doos: [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100), zichtbaar};
  }
  uit.thema = window.document$ !== undefined;
  return uit;
}"""

# Measures the header in the first frame that holds the search button (before any script of the page ran).
EERSTE_BEELD = """
(() => {
  const kijk = () => requestAnimationFrame(() => {
    if (document.querySelector('.md-header__button[for="__search"]')) window.__eersteBeeld = (%s)();
    else kijk();
  });
  kijk();
})();
""" % DOZEN

# Everything a test needs to judge a focused element: seen, not empty, and its outline against what lies
# beside it (WCAG 2.4.7 and 1.4.11: at least 2 px, contrast at least 3:1).
FOCUS = """(e) => {
  const kleur = (s) => {
    const m = s.match(/rgba?\\(([^)]*)\\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (boven, onder) => [0, 1, 2].map((i) => boven[i] * boven[3] + onder[i] * (1 - boven[3])).concat(1);
  const achtergrond = (van) => {
    const lagen = [];
    for (let x = van; x; x = x.parentElement) {
      const c = kleur(getComputedStyle(x).backgroundColor);
      if (c && c[3] > 0) { lagen.push(c); if (c[3] >= 1) break; }
    }
    return lagen.reverse().reduce((onder, laag) => over(laag, onder), [255, 255, 255, 1]);
  };
  const lum = (c) => c.slice(0, 3).map((v) => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((som, v, i) => som + v * [0.2126, 0.7152, 0.0722][i], 0);
  const contrast = (a, b) => { const [h, l] = [lum(a), lum(b)].sort((x, y) => y - x); return (h + 0.05) / (l + 0.05); };
  const s = getComputedStyle(e);
  const breedte = parseFloat(s.outlineWidth) || 0;
  const naast = (parseFloat(s.outlineOffset) || 0) + breedte <= 0 ? achtergrond(e) : achtergrond(e.parentElement);
  const rand = kleur(s.outlineColor);
  const r = e.getBoundingClientRect();
  return {
    wat: e.outerHTML.slice(0, 100),
    zichtbaar: r.width >= 1 && r.height >= 1 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight
      && e.checkVisibility({opacityProperty: true, visibilityProperty: true}),
    gevuld: e.matches("input, textarea, select") || e.textContent.trim() !== "" || !!e.querySelector("svg, img")
      || !!e.getAttribute("aria-label"),
    rand: s.outlineStyle !== "none" && s.outlineStyle !== "hidden" && s.outlineStyle !== "auto" && breedte >= 2,
    contrast: rand ? Math.round(contrast(over(rand, naast), naast) * 100) / 100 : 0,
    in_zoeken: !!e.closest('[data-md-component="search"]'),
    zoeken_open: document.getElementById("__search").checked,
  };
}"""


def zichtbare_focus(pagina, kiezer="document.activeElement"):
    focus = pagina.evaluate(f"(() => ({FOCUS})({kiezer}))()")
    assert focus["zichtbaar"] and focus["gevuld"], f"focus op iets wat de lezer niet ziet: {focus}"
    assert focus["rand"] and focus["contrast"] >= 3, f"geen duidelijke focusrand: {focus}"
    return focus


def houd_bundel_vast(pagina):
    """Hold Material's bundle on its way, so what a test presses happens before the script has loaded.

    The page's context blocks the service worker: a request it answers passes Playwright's routes."""
    vast = []
    pagina.route(BUNDEL, lambda route: vast.append(route))
    return vast


def rust(pagina):
    """Wait until Material's transitions are over (the search dialog slides and fades in); a calculator page's
    loading bar moves for as long as Python starts, so endless animations do not count."""
    pagina.wait_for_function("""() => document.getAnimations().every((a) => a.playState !== 'running'
        || a.effect?.getComputedTiming().endTime === Infinity)""", timeout=5_000)


def laat_bundel_gaan(pagina, vast):
    for _ in range(300):
        if vast:
            break
        pagina.wait_for_timeout(100)
    assert vast, "de bundle werd niet opgevraagd na de druk op de knop"
    for route in vast:
        route.continue_()
    pagina.unroute(BUNDEL)


def open_pagina(pagina, basis_url, pad):
    pagina.goto(f"{basis_url}/{pad}")
    if pad.startswith("rekenhulp/"):
        pagina.wait_for_selector("form[data-calculator][data-gekoppeld]", timeout=30_000)


def tab_naar(pagina, kiezer):
    """Within the header: the first 15 Tab stops (test_toetsenbord's helper, with a tighter limit)."""
    tab_naar_binnen(pagina, kiezer, maximaal=15)


@pytest.mark.parametrize("pad", PAGINAS)
@pytest.mark.parametrize("breedte, hoogte", TELEFOONS)
def test_knoppen_staan_er_vanaf_het_eerste_beeld(scherm, basis_url, laad_thema, pad, breedte, hoogte):  # noqa: F811
    pagina = scherm(breedte, hoogte, has_touch=True)
    pagina.add_init_script(EERSTE_BEELD)
    open_pagina(pagina, basis_url, pad)
    pagina.wait_for_function("() => window.__eersteBeeld !== undefined", timeout=10_000)
    eerste = pagina.evaluate("window.__eersteBeeld")
    assert not eerste["thema"] and not pagina.evaluate("window.document$ !== undefined")
    assert eerste["zoeken"]["zichtbaar"], f"zoekknop niet te zien in het eerste beeld: {eerste}"
    assert eerste["donker"]["zichtbaar"] != eerste["licht"]["zichtbaar"], f"precies één themaknop te zien: {eerste}"
    assert eerste["titel"]["zichtbaar"], eerste
    laad_thema(pagina)
    na = pagina.evaluate(DOZEN)
    assert na["thema"]
    eerste.pop("thema"), na.pop("thema")
    assert na == eerste, f"de kop verschuift als Material's script laadt:\nvoor {eerste}\nna  {na}"


@pytest.mark.parametrize("pad", PAGINAS)
@pytest.mark.parametrize("toets", ["Enter", " "])
def test_zoekknop_met_het_toetsenbord_voor_het_thema(scherm, basis_url, pad, toets):  # noqa: F811
    pagina = scherm(390, 844, has_touch=True, service_workers="block")
    vast = houd_bundel_vast(pagina)
    open_pagina(pagina, basis_url, pad)
    tab_naar(pagina, ZOEKKNOP)
    zichtbare_focus(pagina)
    assert pagina.evaluate("window.document$ === undefined")
    pagina.keyboard.press(toets)
    laat_bundel_gaan(pagina, vast)
    pagina.wait_for_function(f"""() => document.activeElement.matches({ZOEKVELD!r})
        && document.getElementById("__search").checked""", timeout=30_000)
    rust(pagina)
    zichtbare_focus(pagina)
    # and it searches: Material reads the query on keyup
    pagina.keyboard.type("loonsanctie")
    pagina.wait_for_selector(".md-search-result__item", timeout=20_000)


@pytest.mark.parametrize("pad", PAGINAS)
def test_zoekknop_met_een_tik_voor_het_thema(scherm, basis_url, pad):  # noqa: F811
    pagina = scherm(390, 844, has_touch=True, service_workers="block")
    vast = houd_bundel_vast(pagina)
    open_pagina(pagina, basis_url, pad)
    pagina.tap(ZOEKKNOP, timeout=5_000)
    assert pagina.evaluate("window.document$ === undefined")
    laat_bundel_gaan(pagina, vast)
    pagina.wait_for_function(f"""() => document.activeElement.matches({ZOEKVELD!r})
        && document.getElementById("__search").checked""", timeout=30_000)


SCHEMA = "document.body.getAttribute('data-md-color-scheme')"
ZICHTBARE_THEMAKNOP = f"[...document.querySelectorAll('{PALET} label')].find((l) => l.checkVisibility())"


@pytest.mark.parametrize("pad", PAGINAS)
@pytest.mark.parametrize("manier", ["Enter", " ", "tik"])
def test_themaknop_werkt_voor_het_thema(scherm, basis_url, pad, manier):  # noqa: F811
    pagina = scherm(390, 844, has_touch=True, service_workers="block")
    vast = houd_bundel_vast(pagina)
    open_pagina(pagina, basis_url, pad)
    assert pagina.evaluate(SCHEMA) == "default"
    if manier == "tik":
        pagina.tap(f"{PALET} label[for=__palette_1]", timeout=5_000)
    else:
        tab_naar(pagina, f"{PALET} input")
        # The radio button itself is invisible; its ring is drawn on the button a reader sees.
        assert pagina.evaluate(f"document.activeElement.nextElementSibling === {ZICHTBARE_THEMAKNOP}")
        zichtbare_focus(pagina, "document.activeElement.nextElementSibling")
        pagina.keyboard.press(manier)
    assert pagina.evaluate("window.document$ === undefined")
    laat_bundel_gaan(pagina, vast)
    pagina.wait_for_function(f"() => {SCHEMA} === 'slate'", timeout=30_000)
    pagina.wait_for_function(f"() => {ZICHTBARE_THEMAKNOP}?.getAttribute('for') === '__palette_0'", timeout=5_000)
    if manier != "tik":
        rust(pagina)
        zichtbare_focus(pagina, "document.activeElement.nextElementSibling")
        pagina.keyboard.press(manier)  # and back, now with Material's script
        pagina.wait_for_function(f"() => {SCHEMA} === 'default'", timeout=5_000)


@pytest.mark.parametrize("schema", ["light", "dark"])
@pytest.mark.parametrize("richting", ["Tab", "Shift+Tab"])
def test_tab_in_het_zoekvenster_komt_nooit_op_iets_onzichtbaars(scherm, basis_url, laad_thema, schema, richting):  # noqa: F811
    pagina = scherm(390, 844, color_scheme=schema)
    open_pagina(pagina, basis_url, "")
    laad_thema(pagina)
    tab_naar(pagina, ZOEKKNOP)
    zichtbare_focus(pagina)
    pagina.keyboard.press("Enter")
    pagina.wait_for_function(f"() => document.activeElement.matches({ZOEKVELD!r})", timeout=5_000)
    rust(pagina)
    assert pagina.evaluate("document.getElementById('__search').checked")
    assert pagina.input_value(ZOEKVELD) == ""
    zichtbare_focus(pagina)
    for _ in range(4):
        pagina.keyboard.press(richting)
        rust(pagina)
        focus = zichtbare_focus(pagina)
        if not focus["in_zoeken"]:
            break
    assert not focus["in_zoeken"] and not focus["zoeken_open"], f"Tab blijft in het zoekvenster: {focus}"
    # The results list takes no Tab stop of its own, empty or not.
    assert pagina.evaluate("document.querySelector('.md-search__scrollwrap').tabIndex") < 0


@pytest.mark.parametrize("schema", ["light", "dark"])
def test_zoekresultaten_tonen_hun_focus(scherm, basis_url, laad_thema, schema):  # noqa: F811
    pagina = scherm(390, 844, color_scheme=schema)
    open_pagina(pagina, basis_url, "")
    laad_thema(pagina)
    pagina.keyboard.press("/")
    pagina.keyboard.type("loonsanctie")
    pagina.wait_for_selector(".md-search-result__item", timeout=20_000)
    pagina.keyboard.press("ArrowDown")
    assert pagina.evaluate("document.activeElement.matches('.md-search-result a')")
    rust(pagina)  # the dialog may still be fading in: judged at opacity 0, the result reads as unseen
    zichtbare_focus(pagina)


@pytest.mark.parametrize("pad", PAGINAS)
def test_op_een_breed_scherm_staat_het_zoekveld_er_meteen(scherm, basis_url, pad):  # noqa: F811
    """From 60em on the header holds the search field itself (Material's stylesheet hid it until its script)."""
    pagina = scherm(1280, 800, service_workers="block")
    vast = houd_bundel_vast(pagina)
    pagina.add_init_script(EERSTE_BEELD.replace("licht: ", "zoekveld: '.md-search__input', licht: "))
    open_pagina(pagina, basis_url, pad)
    pagina.wait_for_function("() => window.__eersteBeeld !== undefined", timeout=10_000)
    eerste = pagina.evaluate("window.__eersteBeeld")
    assert eerste["zoekveld"]["zichtbaar"], eerste
    pagina.click(ZOEKVELD)  # before the script: it loads at once, also on a calculator page, and opens the search
    laat_bundel_gaan(pagina, vast)
    pagina.wait_for_function(f"""() => document.activeElement.matches({ZOEKVELD!r})
        && document.getElementById("__search").checked""", timeout=30_000)
    pagina.keyboard.press("Escape")
    pagina.mouse.move(1, 400)
    rust(pagina)
    na = pagina.evaluate(DOZEN.replace("licht: ", "zoekveld: '.md-search__input', licht: "))
    eerste.pop("thema"), na.pop("thema")
    assert na == eerste, f"de kop verschuift als Material's script laadt:\nvoor {eerste}\nna  {na}"


@pytest.mark.parametrize("pad", PAGINAS)
def test_een_donkere_telefoon_is_meteen_donker(scherm, basis_url, pad):  # noqa: F811
    """A phone set to dark: the page is dark before Material's script. A newcomer saw it white until the first
    touch, and on a calculator page until Python was ready; then it flipped. The button offers the light colours."""
    pagina = scherm(390, 844, has_touch=True, service_workers="block", color_scheme="dark")
    pagina.route(BUNDEL, lambda route: None)  # never arrives: what the reader sees without it
    open_pagina(pagina, basis_url, pad)
    assert pagina.evaluate("window.document$ === undefined")
    assert pagina.evaluate(SCHEMA) == "slate"
    rgb = pagina.evaluate("getComputedStyle(document.querySelector('.md-main')).backgroundColor === 'rgba(0, 0, 0, 0)'"
                          " ? getComputedStyle(document.body).backgroundColor"
                          " : getComputedStyle(document.querySelector('.md-main')).backgroundColor")
    assert sum(int(c) for c in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]) < 3 * 80, rgb
    assert pagina.evaluate(f"{ZICHTBARE_THEMAKNOP}?.getAttribute('for')") == "__palette_0"


def test_een_eerdere_keuze_gaat_voor_de_telefoon(scherm, basis_url):  # noqa: F811
    """A reader who chose the light colours on a dark phone keeps them (Material stores the choice)."""
    pagina = scherm(390, 844, has_touch=True, service_workers="block", color_scheme="dark")
    pagina.route(BUNDEL, lambda route: None)
    open_pagina(pagina, basis_url, "")
    pagina.evaluate("""__md_set("__palette", {index: 0, color: {media: "(prefers-color-scheme: light)",
                        scheme: "default", primary: "indigo", accent: "indigo"}})""")
    pagina.reload()
    assert pagina.evaluate(SCHEMA) == "default"


MENUKNOP = '.md-header__button[for="__drawer"]'
IN_MENU = "!!document.activeElement.closest('.md-sidebar--primary')"


@pytest.mark.parametrize("thema", ["voor het script", "met het script"])
@pytest.mark.parametrize("breedte, hoogte", TELEFOONS)
def test_het_menu_op_een_telefoon_met_alleen_het_toetsenbord(scherm, basis_url, laad_thema, breedte, hoogte, thema):
    """The menu button is a Tab stop that opens the drawer; the links of the closed drawer are not (they sat off
    the screen and took 40 Tab stops before the page's own links); Escape closes it and returns to the button."""
    pagina = scherm(breedte, hoogte, service_workers="block")
    if thema == "voor het script":
        houd_bundel_vast(pagina)
    open_pagina(pagina, basis_url, "poortwachter/")
    if thema == "met het script":
        laad_thema(pagina)
    for _ in range(6):
        pagina.keyboard.press("Tab")
        assert not pagina.evaluate(IN_MENU), "Tab komt in het gesloten menu"
        if pagina.evaluate(f"document.activeElement.matches({MENUKNOP!r})"):
            break
    else:
        pytest.fail("de menuknop is met Tab niet te bereiken")
    zichtbare_focus(pagina)
    assert pagina.get_attribute(MENUKNOP, "aria-label") == "Menu"
    assert pagina.get_attribute(MENUKNOP, "aria-expanded") == "false"
    pagina.keyboard.press("Enter")
    assert pagina.evaluate("document.getElementById('__drawer').checked")
    assert pagina.get_attribute(MENUKNOP, "aria-expanded") == "true"
    rust(pagina)
    # The drawer opens at this page's group (Uitleg). Every stop is one the reader sees, up to this page's contents.
    gezien = []
    for _ in range(20):
        assert pagina.evaluate(IN_MENU), f"de focus is niet in het geopende menu: na {gezien}"
        gezien.append(zichtbare_focus(pagina)["wat"])
        if pagina.evaluate("document.activeElement.matches('label[for=\"__toc\"]')"):
            break
        pagina.keyboard.press("Tab")
    else:
        pytest.fail(f"de inhoud van de pagina is in het menu niet te bereiken: {gezien}")
    # Back from the group to the top level, and into another group: its first page is one Tab away.
    titel = 'label.md-nav__title[for="__nav_2"]'
    pagina.focus(titel)
    pagina.keyboard.press("Enter")
    rust(pagina)
    assert pagina.evaluate("document.activeElement.matches('label.md-nav__link[for=\"__nav_2\"]')")
    zichtbare_focus(pagina)
    tab_naar_binnen(pagina, 'label.md-nav__link[for="__nav_3"]', maximaal=4)
    zichtbare_focus(pagina)
    pagina.keyboard.press("Enter")
    rust(pagina)
    assert pagina.evaluate("document.activeElement.matches('label.md-nav__title[for=\"__nav_3\"]')")
    pagina.keyboard.press("Tab")
    assert "rekenhulp/tijdlijn/" in pagina.evaluate("document.activeElement.href")
    zichtbare_focus(pagina)
    pagina.keyboard.press("Escape")
    assert not pagina.evaluate("document.getElementById('__drawer').checked")
    assert pagina.evaluate(f"document.activeElement.matches({MENUKNOP!r})")
    assert pagina.get_attribute(MENUKNOP, "aria-expanded") == "false"
    rust(pagina)
    # Closed again, its links are out of the Tab order: the next stops are the header's and the page's.
    for _ in range(4):
        pagina.keyboard.press("Tab")
        assert not pagina.evaluate(IN_MENU), "Tab komt in het gesloten menu"
