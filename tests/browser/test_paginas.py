"""Every page: no request outside the site, no console errors, no Pyodide on content pages, and zero
axe-core violations of WCAG 2.1 A/AA (also on calculator pages with a result and with errors)."""

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PAGINAS = sorted(
    "" if p.name == "index.md" and p.parent.name == "docs" else p.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"
    for p in (ROOT / "docs").rglob("*.md")
)
REKENHULPEN = {
    "rekenhulp/tijdlijn/": "eerste_ziektedag=2025-01-06&peildatum=2026-11-22",
    "rekenhulp/passend-werk/": "situatie=werkgever&eerste_ziektedag=2025-01-06&peildatum=2026-02-20",
    "rekenhulp/wia-uitkomst/": "maatmanloon=3000&restverdiencapaciteit=1200&duurzaam=onbekend",
    "rekenhulp/wia-uitkering/": "ingangsdatum=2026-07-01&dagloon=183%2C91&arbeidsongeschiktheid=60&arbeidsverleden_tot_2016=20&arbeidsverleden_vanaf_2016=6&restverdiencapaciteit=3000",
    "rekenhulp/dossiercheck/": "eerste_ziektedag=2025-01-06&peildatum=2025-12-01&probleemanalyse=2025-02-10"
                               "&plan_van_aanpak=2025-02-20&evaluaties=2025-04-03,2025-05-15",
}

#: Pages that compute through the same worker without a calculator form of their own: the coach's overview.
REKENT_ZONDER_FORMULIER = {"rekenhulp/overzicht/"}


def axe_schendingen(pagina):
    """WCAG violations once the page is at rest. Focus on a result or an error message is a first sign of
    use, so Material's bundle may be on its way (assets/js/thema.js): wait until it has run, then until
    the colours it fades in have settled, or contrast is measured halfway through a transition."""
    pagina.wait_for_function("""() => {
        const bundel = [...document.scripts].some((s) => s.src.includes("/assets/javascripts/"));
        return !bundel || window.document$ !== undefined;
    }""", timeout=20_000)
    pagina.evaluate("() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar)))")
    pagina.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')", timeout=10_000)
    pagina.add_script_tag(path=str(AXE))
    resultaat = pagina.evaluate("""() => axe.run(document, {
        runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
    })""")
    return "\n".join(f'{v["id"]}: {[n["target"] for n in v["nodes"]][:3]}' for v in resultaat["violations"])


@pytest.mark.parametrize("pad", PAGINAS)
def test_pagina_laadt_alleen_van_de_eigen_site(pagina, basis_url, wachter, pad):
    pagina.goto(f"{basis_url}/{pad}")
    pagina.wait_for_load_state("networkidle")
    if pad in REKENHULPEN:
        pagina.wait_for_selector("form[data-calculator][data-state=ready]", timeout=60_000)
    elif pad in REKENT_ZONDER_FORMULIER:
        pagina.wait_for_selector("[data-overzicht][data-state=ready]", timeout=60_000)
    else:
        assert pagina.locator("form[data-calculator]").count() == 0
        runtime = [u for u in wachter.verzoeken if "/assets/pyodide/" in u or "/assets/py/" in u]
        if pagina.locator('a[href*="rekenhulp/"]').count() == 0:
            assert not runtime, "een pagina zonder link naar een rekenhulp haalt Python op"
        else:  # warmed up for the calculator: the start files only, never segno (only a QR code needs it)
            assert not [u for u in runtime if "segno" in u]


@pytest.fixture
def axe_context(browser):
    # axe-core is injected as an inline script, which the site's CSP rightly blocks; only here is it bypassed.
    context = browser.new_context(locale="nl-NL", bypass_csp=True)
    yield context
    context.close()


@pytest.mark.parametrize("pad", PAGINAS)
def test_geen_toegankelijkheidsfouten(axe_context, basis_url, laad_thema, pad):
    pagina = axe_context.new_page()
    pagina.goto(f"{basis_url}/{pad}")
    schendingen = axe_schendingen(pagina)
    assert not schendingen, schendingen
    laad_thema(pagina)
    schendingen = axe_schendingen(pagina)
    assert not schendingen, f"met Material's script geladen:\n{schendingen}"


def test_thema_script_laadt_pas_bij_het_eerste_gebruik(pagina, basis_url, wachter, laad_thema):
    pagina.goto(f"{basis_url}/poortwachter/")
    pagina.wait_for_load_state("networkidle")
    assert not [u for u in wachter.verzoeken if "/assets/javascripts/" in u]
    assert pagina.evaluate("window.document$") is None
    laad_thema(pagina)
    # Typed key by key: Material reads the query on keyup (fill() sends none, so its result would race).
    pagina.locator("input.md-search__input").press_sequentially("loonsanctie")
    pagina.wait_for_selector(".md-search-result__item", timeout=20_000)
    assert pagina.locator("form[data-md-component=palette] label:not([hidden])").count() == 1


@pytest.mark.parametrize("pad", REKENHULPEN)
@pytest.mark.parametrize("toestand", ["resultaat", "fouten"])
def test_rekenhulp_met_resultaat_of_fouten_is_toegankelijk(axe_context, basis_url, pad, toestand):
    pagina = axe_context.new_page()
    zoek = REKENHULPEN[pad] if toestand == "resultaat" else REKENHULPEN[pad].replace("=2025-01-06", "=nooit").replace("=3000", "=x")
    pagina.goto(f"{basis_url}/{pad}?{zoek}")
    pagina.wait_for_selector("[data-resultaat]:not([hidden])" if toestand == "resultaat" else ".sw-fout", timeout=60_000)
    schendingen = axe_schendingen(pagina)
    assert not schendingen, schendingen


@pytest.fixture
def telefoon(browser, wachter):
    """A page in a phone-sized, touch-driven context, watched like every other page."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844}, has_touch=True,
                                  is_mobile=True)
    pagina = context.new_page()
    wachter.koppel(pagina)
    yield pagina
    wachter.controleer(pagina)
    context.close()


def test_op_een_telefoon_werkt_zoeken_meteen(telefoon, basis_url):
    telefoon.goto(f"{basis_url}/vragen/")
    zoekknop = telefoon.locator("label[for=__search].md-header__button")
    assert zoekknop.is_visible()  # there before Material's script runs (test_kop)
    zoekknop.tap()  # loads the script, then opens the search with focus in its field
    telefoon.wait_for_function("() => document.activeElement.matches('input.md-search__input')", timeout=20_000)
    telefoon.keyboard.type("loonsanctie")
    telefoon.wait_for_selector(".md-search-result__item", timeout=20_000)
