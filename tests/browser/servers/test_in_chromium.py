"""A reader behind nginx and behind Caddy, in Chromium: the calculator gets ready under the header
Content-Security-Policy (which now also binds the worker and the service worker), computes right, no
console error, CSP violation or request elsewhere; then, with the server stopped, the same page opens
and computes from the service worker's copy."""

from __future__ import annotations

import pytest
from browserhulp import wacht_tot

from echte_servers import STARTERS, Wachter

pytestmark = pytest.mark.browser
KOP = "[data-resultaat] [data-kop]"
AANVRAAG = '[data-resultaat] .sw-stappen [data-id=wia_aanvraag_uiterlijk] time[datetime="{}"]'


@pytest.mark.parametrize("naam", sorted(STARTERS))
def test_rekenhulp_klaar_juist_en_offline(browser, eigen_echte_server, naam):
    server = eigen_echte_server(naam)
    wachter = Wachter(server.basis)
    context = browser.new_context(locale="nl-NL")
    pagina = context.new_page()
    wachter.koppel(pagina)
    try:
        pagina.goto(f"{server.basis}/rekenhulp/tijdlijn/?eerste_ziektedag=15-7-2025&peildatum=2026-11-22")
        pagina.wait_for_selector(KOP, timeout=120_000)
        pagina.wait_for_selector(AANVRAAG.format("2027-04-26"))  # as calculators.api computes it
        assert pagina.evaluate("() => document.querySelector('meta[http-equiv=Content-Security-Policy]') !== null")
        wacht_tot(pagina, """async () => {
            const runtime = await (await caches.open("spoorwijzer-runtime")).keys();
            const paginas = await (await caches.open("spoorwijzer-paginas")).keys();
            return navigator.serviceWorker.controller && runtime.length >= 6 && paginas.length >= 1;
        }""", timeout=60_000)
        wachter.controleer(pagina)

        server.stop()  # really gone: every answer now comes from the service worker's caches
        context.set_offline(True)
        pagina.reload()
        pagina.wait_for_selector("form[data-calculator][data-state=ready]", timeout=120_000)
        pagina.fill('[data-veld="ziekteperiodes[0].van"]', "6-1-2025")
        pagina.click("button[type=submit]")
        pagina.wait_for_selector(AANVRAAG.format("2026-10-18"), timeout=30_000)
        wachter.controleer(pagina)
    finally:
        context.close()
