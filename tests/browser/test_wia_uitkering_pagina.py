"""The WIA benefit page as a reader uses it: every phase from Python on the page, the links from the
tijdlijn and the WIA outcome that fill it in, and the birth-year helper that fills the arbeidsverleden."""

from urllib.parse import parse_qsl, urlsplit

import pytest

from calculators import api

pytestmark = pytest.mark.browser
KOP = "[data-resultaat]:not([hidden]) [data-kop]"
VOORBEELD = {"ingangsdatum": "2026-07-01", "dagloon": "183,91", "arbeidsongeschiktheid": "60",
             "arbeidsverleden_tot_2016": "20", "arbeidsverleden_vanaf_2016": "6", "restverdiencapaciteit": "1600"}


def test_elke_fase_met_datum_bedrag_status_en_bron(pagina, basis_url):
    zoek = "&".join(f"{k}={v}" for k, v in VOORBEELD.items())
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkering/?{zoek}")
    pagina.wait_for_selector(KOP, timeout=60_000)
    verwacht = api.run("wia_uitkering", VOORBEELD)
    assert pagina.inner_text("[data-kop]") == verwacht["kop"]
    fasen = pagina.locator(".sw-stappen > li")
    assert fasen.count() == 3
    for i, fase in enumerate(verwacht["fasen"]):
        item = fasen.nth(i)
        assert item.get_attribute("data-id") == fase["id"]
        assert item.locator("time").first.get_attribute("datetime") == fase["van"]
        assert fase["bedrag_tekst"] in item.inner_text() and fase["status_tekst"] in item.inner_text()
        assert item.locator("a").get_attribute("href") == fase["bron"]
    watnu = pagina.inner_text(".sw-watnu")
    assert "€ 1.060,06" in watnu and "€ 1.680,03" in watnu
    assert pagina.locator(".sw-delen [data-ics]").count() == 1
    # "Berekend voor" once, from the binding as on every result (the view had its own folded copy as well)
    assert pagina.locator("[data-resultaat]:not([hidden]) .sw-berekend-voor").count() == 1


def invoer(href: str) -> dict:
    """The fields a link to a calculator carries: after #invoer: (never in the query, which reaches the server)."""
    deel = urlsplit(href)
    assert not deel.query and deel.fragment.startswith("invoer:"), href
    return dict(parse_qsl(deel.fragment.removeprefix("invoer:")))


def test_links_vanuit_tijdlijn_en_wia_uitkomst(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/tijdlijn/?eerste_ziektedag=2025-01-06&peildatum=2026-03-22")
    pagina.wait_for_selector(KOP, timeout=60_000)
    link = pagina.locator("a[data-wia-uitkering]")
    # The date as the hints write it.
    assert invoer(link.get_attribute("href")) == {"ingangsdatum": "4-1-2027"}
    link.click()
    pagina.wait_for_function("() => document.querySelector('#ingangsdatum')?.value === '4-1-2027'", timeout=60_000)

    # The last day to apply has passed and nothing was applied for: the start if UWV gets it on the peildatum.
    pagina.goto(f"{basis_url}/rekenhulp/tijdlijn/?eerste_ziektedag=10-3-2024&peildatum=1-12-2026")
    pagina.wait_for_selector(KOP, timeout=60_000)
    href = pagina.locator("a[data-wia-uitkering]").get_attribute("href")
    assert invoer(href) == {"ingangsdatum": "17-2-2027"}

    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkomst/?maatmanloon=3000&restverdiencapaciteit=1200&duurzaam=onbekend")
    pagina.wait_for_selector(KOP, timeout=60_000)
    pagina.locator("a[data-wia-uitkering]").click()
    pagina.wait_for_function("() => document.querySelector('#arbeidsongeschiktheid')?.value === '60,00'", timeout=60_000)
    assert pagina.is_checked("#duurzaam-nee")


def test_geboortejaar_vult_het_arbeidsverleden_in(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkering/")
    pagina.wait_for_selector("form[data-state=ready]", timeout=60_000)
    pagina.fill("#ingangsdatum", "4-1-2027")
    pagina.fill("#dagloon", "150")
    pagina.fill("#arbeidsongeschiktheid", "50")
    pagina.locator("summary", has_text="geboortejaar").click()
    pagina.fill("#geboortejaar", "1980")
    pagina.click("button[type=submit]")
    pagina.wait_for_selector(KOP, timeout=60_000)
    assert pagina.input_value("#arbeidsverleden_tot_2016") == "18"
    assert pagina.input_value("#arbeidsverleden_vanaf_2016") == "11"
    assert "geschat uit uw geboortejaar" in pagina.inner_text(".sw-meldingen")


def test_fout_staat_bij_het_veld(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkering/?ingangsdatum=2026-07-01&arbeidsongeschiktheid=120")
    pagina.wait_for_selector(".sw-fout", timeout=60_000)
    assert pagina.get_attribute("#arbeidsongeschiktheid", "aria-invalid") == "true"
    assert pagina.get_attribute("#dagloon", "aria-invalid") == "true"
    assert "tussen 0 en 100" in pagina.inner_text(".sw-foutsamenvatting")
