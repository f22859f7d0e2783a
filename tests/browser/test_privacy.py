"""Privacy of the offline copy (issue #17): the service worker keeps pages without their query, so the
reader's dates in a calculator link are not stored on the device, and any such link still opens and
computes offline."""

import re

import pytest
from browserhulp import wacht_tot

pytestmark = pytest.mark.browser
KLAAR = "form[data-calculator][data-state=ready]"
KOP = "[data-resultaat] [data-kop]"
ALLE_SLEUTELS = """async () => {
    const sleutels = [];
    for (const naam of await caches.keys())
        for (const verzoek of await (await caches.open(naam)).keys()) sleutels.push(`${naam} ${verzoek.url}`);
    return sleutels;
}"""


def test_de_offline_kopie_bewaart_geen_datums_en_opent_elke_link(browser, eigen_server):
    server, basis = eigen_server
    context = browser.new_context(locale="nl-NL")
    pagina = context.new_page()
    try:
        pagina.goto(f"{basis}/rekenhulp/tijdlijn/?eerste_ziektedag=6-1-2025&peildatum=22-11-2026")
        pagina.wait_for_selector(KOP, timeout=90_000)
        wacht_tot(pagina, """async () => navigator.serviceWorker.controller
            && (await (await caches.open("spoorwijzer-runtime")).keys()).length >= 6""", timeout=30_000)
        # A copy that the previous service worker stored with the reader's dates in its key.
        pagina.evaluate("""async () => (await caches.open("spoorwijzer-paginas"))
            .put("/rekenhulp/tijdlijn/?eerste_ziektedag=3-2-2024", new Response("oude kopie"))""")
        # Once more with the service worker in control: now its own page route stores the page, and
        # with Material's bundle loaded (the reader's first move) a link inside the site is fetched by
        # its instant navigation, through the files route.
        pagina.reload()
        pagina.wait_for_selector(KOP, timeout=90_000)
        pagina.mouse.move(20, 20)
        pagina.wait_for_function("() => window.document$ !== undefined", timeout=10_000)
        pagina.evaluate("""() => {
            const a = Object.assign(document.createElement("a"), {href: "../passend-werk/?situatie=werkgever&eerste_ziektedag=6-1-2025&peildatum=20-2-2026"});
            document.body.append(a);
            a.click();
        }""")
        pagina.wait_for_url("**/passend-werk/**")
        pagina.wait_for_selector(KOP, timeout=90_000)
        pagina.wait_for_timeout(1_500)
        sleutels = pagina.evaluate(ALLE_SLEUTELS)
        assert any("/rekenhulp/tijdlijn/" in s for s in sleutels), sleutels
        # The memory snapshot's key names its files in a query; the pages' and files' keys have none.
        persoonlijk = [s for s in sleutels if re.search(r"\d{1,2}-\d{1,2}-\d{4}|ziektedag|peildatum", s)
                       or (s.startswith(("spoorwijzer-paginas ", "spoorwijzer-bestanden ")) and "?" in s)]
        assert not persoonlijk, f"de offline-kopie bewaart wat de lezer invulde: {persoonlijk}"

        server.shutdown()  # really gone: every answer now comes from the service worker's caches
        server.server_close()
        context.set_offline(True)
        pagina.goto(f"{basis}/rekenhulp/tijdlijn/?eerste_ziektedag=15-7-2025")
        pagina.wait_for_selector(KOP, timeout=90_000)
        assert "eerste ziektedag 15 juli 2025" in pagina.inner_text("[data-berekend-voor]")
        pagina.wait_for_selector('[data-resultaat] .sw-stappen [data-id=wia_aanvraag_uiterlijk] time[datetime="2027-04-26"]')
    finally:
        context.close()
