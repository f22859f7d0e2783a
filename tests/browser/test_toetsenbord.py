"""Keyboard-only use of the passend-werk and WIA calculators (the timeline has its own test)."""

import pytest

pytestmark = pytest.mark.browser


def tab_naar(pagina, selector, maximaal=80):
    for _ in range(maximaal):
        pagina.keyboard.press("Tab")
        if pagina.evaluate(f"document.activeElement.matches({selector!r})"):
            return
    pytest.fail(f"{selector} is met Tab niet te bereiken")


def test_passend_werk_met_alleen_het_toetsenbord(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/passend-werk/")
    pagina.wait_for_selector("form[data-state=ready]", timeout=60_000)
    tab_naar(pagina, "input[name=situatie]")
    pagina.keyboard.press("ArrowDown")  # ziektewet
    pagina.keyboard.press("ArrowDown")  # ww
    assert pagina.evaluate("document.activeElement.value") == "ww"
    pagina.keyboard.press("Tab")
    assert pagina.evaluate("document.activeElement.id") == "uitkering_vanaf"
    pagina.keyboard.type("1-3-2025")
    pagina.keyboard.press("Tab")
    pagina.keyboard.type("1-9-2025")
    pagina.keyboard.press("Enter")
    pagina.wait_for_selector("[data-resultaat] [data-fase]")
    assert pagina.get_attribute("[data-resultaat] [data-fase]", "data-fase") == "na_zes_maanden"


def test_wia_uitkomst_met_alleen_het_toetsenbord(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkomst/")
    pagina.wait_for_selector("form[data-state=ready]", timeout=60_000)
    tab_naar(pagina, "#maatmanloon")
    pagina.keyboard.type("3000")
    pagina.keyboard.press("Tab")
    pagina.keyboard.type("600")
    pagina.keyboard.press("Tab")  # into the radio group, on the checked option "onbekend"
    pagina.keyboard.press("ArrowUp")
    pagina.keyboard.press("ArrowUp")  # ja
    assert pagina.evaluate("document.activeElement.value") == "ja"
    tab_naar(pagina, "button[type=submit]", 5)
    pagina.keyboard.press("Enter")
    pagina.wait_for_selector("[data-resultaat] [data-uitkomst]")
    assert pagina.get_attribute("[data-resultaat] [data-uitkomst]", "data-uitkomst") == "iva"


def test_wia_uitkering_met_alleen_het_toetsenbord(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkering/")
    pagina.wait_for_selector("form[data-state=ready]", timeout=60_000)
    tab_naar(pagina, "#ingangsdatum")
    pagina.keyboard.type("1-7-2026")
    tab_naar(pagina, "#dagloon", 3)
    pagina.keyboard.type("183,91")
    tab_naar(pagina, "#arbeidsongeschiktheid", 3)
    pagina.keyboard.type("85")
    pagina.keyboard.press("Tab")  # into the radio group, on the checked option "nee"
    pagina.keyboard.press("ArrowDown")  # ja
    assert pagina.evaluate("document.activeElement.value") == "ja"
    tab_naar(pagina, "button[type=submit]", 20)
    pagina.keyboard.press("Enter")
    pagina.wait_for_selector("[data-resultaat] [data-uitkering]")
    assert pagina.get_attribute("[data-resultaat] [data-uitkering]", "data-uitkering") == "iva"
    assert pagina.evaluate("document.activeElement.matches('[data-kop]')")


@pytest.mark.parametrize("pad", ["rekenhulp/tijdlijn/", "rekenhulp/wia-uitkering/", "rekenhulp/dossiercheck/"])
def test_ingeklapt_deel_van_het_formulier_toont_een_duidelijke_focusrand(pagina, basis_url, pad):
    """WCAG 2.4.7: the folded parts of a form ("Meer invullen") get the same 3 px ring as a field, not the theme's
    1 px outline in the panel's own blue."""
    pagina.goto(f"{basis_url}/{pad}")
    pagina.wait_for_selector("form[data-state=ready]", timeout=60_000)
    tab_naar(pagina, ".sw-meer > summary")
    rand = pagina.evaluate("(() => { const s = getComputedStyle(document.activeElement);"
                           " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()")
    assert rand[0] == "solid" and rand[1] >= 3, rand
