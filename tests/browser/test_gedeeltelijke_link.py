"""A link from a result to the WIA-uitkering calculator with only some fields (issue #17).

The tijdlijn passes the first day of the benefit, the WIA outcome the percentage: the reader has not
seen the other fields yet, so the page shows the form with what was passed, no error messages, the
focus on the first empty field Python asks for and a calm "Vul nog in: …". A complete link still
computes at once, and a wrong value in a passed field still gets its error (the URL is untrusted).
"""

from urllib.parse import urlencode

import pytest
from test_paginas import axe_context, axe_schendingen  # noqa: F401 (axe_context is a fixture)

from calculators import api

pytestmark = pytest.mark.browser
KOP = "[data-resultaat]:not([hidden]) [data-kop]"
KLAAR = "[data-nog-invullen]:not([hidden]), .sw-fout, [data-resultaat]:not([hidden]) [data-kop]"
COMPLEET = {"ingangsdatum": "2026-07-01", "dagloon": "183,91", "arbeidsongeschiktheid": "60",
            "arbeidsverleden_tot_2016": "20", "arbeidsverleden_vanaf_2016": "6"}


def rustig(pagina) -> None:
    """No error anywhere: no message beside a field, no field marked invalid, no alert to be seen."""
    assert pagina.locator(".sw-fout").count() == 0
    assert pagina.locator("[aria-invalid]").count() == 0
    assert pagina.locator("[role=alert]:visible").count() == 0
    assert pagina.locator("[data-resultaat]").is_hidden()


def test_link_uit_de_tijdlijn_toont_rustig_wat_nog_ontbreekt(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/tijdlijn/?eerste_ziektedag=2025-01-06&peildatum=2026-03-22")
    pagina.wait_for_selector(KOP, timeout=60_000)
    pagina.locator("a[data-wia-uitkering]").click()
    pagina.wait_for_selector(KLAAR, timeout=60_000)
    rustig(pagina)
    assert pagina.input_value("#ingangsdatum") == "4-1-2027"
    hint = pagina.locator("[data-nog-invullen]")
    assert hint.is_visible() and hint.get_attribute("role") == "status"
    tekst = hint.inner_text()
    assert tekst.startswith("Vul nog in:") and "Dagloon" in tekst and "arbeidsongeschikt" in tekst
    assert "Eerste dag" not in tekst  # passed by the link
    # Python asks for the dagloon first: the first empty field of the form gets the focus.
    assert pagina.evaluate("document.activeElement.id") == "dagloon"
    pagina.keyboard.type("183,91")
    pagina.fill("#arbeidsongeschiktheid", "60")
    pagina.fill("#arbeidsverleden_tot_2016", "20")
    pagina.fill("#arbeidsverleden_vanaf_2016", "6")
    pagina.click("button[type=submit]")
    pagina.wait_for_selector(KOP, timeout=60_000)
    verwacht = api.run("wia_uitkering", {**COMPLEET, "ingangsdatum": "2027-01-04"})
    assert pagina.inner_text("[data-kop]") == verwacht["kop"]
    assert pagina.locator("[data-nog-invullen]").count() == 0


def test_link_uit_de_wia_uitkomst_vraagt_eerst_de_ingangsdatum(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkering/?arbeidsongeschiktheid=60,00&duurzaam=nee")
    pagina.wait_for_selector(KLAAR, timeout=60_000)
    rustig(pagina)
    assert pagina.evaluate("document.activeElement.id") == "ingangsdatum"
    assert "Dagloon" in pagina.inner_text("[data-nog-invullen]")


def test_complete_link_rekent_meteen(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkering/?{urlencode(COMPLEET)}")
    pagina.wait_for_selector(KLAAR, timeout=60_000)
    assert pagina.inner_text(KOP) == api.run("wia_uitkering", COMPLEET)["kop"]
    assert pagina.locator("[data-nog-invullen]").count() == 0


def test_foute_waarde_in_de_link_krijgt_haar_melding(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkering/?ingangsdatum=2027-01-04&dagloon=veel")
    pagina.wait_for_selector(KLAAR, timeout=60_000)
    assert pagina.get_attribute("#dagloon", "aria-invalid") == "true"
    melding = pagina.locator(f'#{pagina.get_attribute("#dagloon", "aria-describedby").split()[-1]}')
    assert "bedrag" in melding.inner_text()
    assert pagina.locator("[data-foutsamenvatting]").is_visible()
    assert pagina.locator("[data-nog-invullen]").count() == 0


def test_rustige_vraag_is_toegankelijk(axe_context, basis_url):  # noqa: F811
    pagina = axe_context.new_page()
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkering/?ingangsdatum=2027-01-04")
    pagina.wait_for_selector("[data-nog-invullen]", timeout=60_000)
    assert "nog-invullen-wia_uitkering" in pagina.get_attribute("#dagloon", "aria-describedby")
    schendingen = axe_schendingen(pagina)
    assert not schendingen, schendingen
