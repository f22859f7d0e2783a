"""The site search leads to the place of the answer (issue #17): a word that is a question's subject
opens that question, not the top of the page of questions."""

import re

import pytest

pytestmark = pytest.mark.browser
ZOEKVELD = "input.md-search__input"


def zoek(pagina, basis_url, woord):
    """Open the home page, open the search by keyboard and type the word; return the result links."""
    pagina.goto(f"{basis_url}/")
    pagina.keyboard.press("/")  # a reader's first key: Material's bundle starts loading (thema.js)
    pagina.wait_for_function("() => window.document$ !== undefined", timeout=10_000)
    pagina.keyboard.press("/")  # Material's own key for search
    assert pagina.evaluate(f"document.activeElement.matches({ZOEKVELD!r})")
    pagina.keyboard.type(woord)
    pagina.wait_for_selector(".md-search-result__item", timeout=10_000)
    return pagina.locator(".md-search-result__list .md-search-result__link")


def anker(link):
    return link.get_attribute("href").partition("#")[2]


def test_een_woord_uit_een_vraag_opent_die_vraag(pagina, basis_url):
    links = zoek(pagina, basis_url, "loonsanctie")
    eerste = links.first
    assert re.search(r"/vragen/\?[^#]*#loonsanctie$", eerste.get_attribute("href")), eerste.get_attribute("href")
    eerste.click()
    pagina.wait_for_url(re.compile(r"/vragen/.*#loonsanctie$"))
    # Material's instant navigation scrolls to the anchor once the new page is in.
    pagina.wait_for_function("""() => {
        const kop = document.getElementById("loonsanctie").getBoundingClientRect();
        return kop.top >= 0 && kop.bottom <= innerHeight;
    }""", timeout=5_000)
    assert pagina.locator("#loonsanctie").inner_text().startswith("Wat is een loonsanctie?")


def test_ook_met_pijltje_en_enter_naar_de_vraag(pagina, basis_url):
    """The first result chosen by keyboard, as a reader does without a mouse: arrow down, Enter."""
    zoek(pagina, basis_url, "deskundigenoordeel")
    pagina.keyboard.press("ArrowDown")
    gekozen = pagina.evaluate("document.activeElement.getAttribute('href')")
    # The section that explains the word (issue 26), not the top of a page.
    assert "/hulp/" in gekozen and "#" in gekozen, gekozen
    kop = gekozen.partition("#")[2]
    pagina.keyboard.press("Enter")
    pagina.wait_for_url(re.compile(f"#{kop}$"))
    tekst = pagina.locator(f"[id='{kop}']").inner_text()
    assert "deskundigenoordeel" in tekst.lower(), tekst


def test_de_ziekmelding_bij_uwv_staat_boven_de_lijst_van_verbeteringen(pagina, basis_url):
    """42e-weeksmelding: the explanation comes first, not the site's list of corrections."""
    eerste = zoek(pagina, basis_url, "42e-weeksmelding").first
    assert anker(eerste) in {"42e-weeksmelding", "ziekmelding-uwv"}, eerste.get_attribute("href")
    assert "wat-is-er-veranderd" not in eerste.get_attribute("href")
