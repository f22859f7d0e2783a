"""No file twice (issue #17): on a cold visit, through the reader's first move (Material's bundle loads,
assets/js/thema.js) and the service worker taking over, no file goes over the network twice."""

from collections import Counter

import pytest

pytestmark = pytest.mark.browser
KLAAR = "form[data-calculator][data-state=ready]"
# The one file that may go twice: the service worker's own script. The browser checks it for a newer
# version by itself once the worker has handled requests (the HTML standard's "soft update"); that
# check is how new rules reach a reader who keeps the site open, and no page can or should stop it.
MAG_TWEE_KEER = {"/sw.js"}


def bezoek(browser, basis, server, pad):
    """A fresh profile opens `pad`, is ready, moves, and is taken over by the service worker."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    pagina = context.new_page()
    gezien = []  # what the page and the service worker asked for (the server log says what it sent)
    context.on("request", lambda r: gezien.append(("sw " if r.service_worker else "") + r.url))
    begin = len(server.verzoeken)
    try:
        pagina.goto(f"{basis}/{pad}")
        if pad.startswith("rekenhulp/"):
            pagina.wait_for_selector(KLAAR, timeout=90_000)
        pagina.wait_for_load_state("networkidle")
        pagina.mouse.move(20, 20)  # the first move: Material's bundle loads and rewrites the page's links
        pagina.wait_for_function("() => window.document$ !== undefined", timeout=10_000)
        pagina.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=30_000)
        pagina.wait_for_load_state("networkidle")
        pagina.wait_for_timeout(2_000)  # the offline caches are filled after ready and after the bundle
        verstuurd = Counter(p.split("?")[0] for _, p, _, _ in server.verzoeken[begin:])
        return {p: n for p, n in verstuurd.items() if n > 1 and p not in MAG_TWEE_KEER}, gezien
    finally:
        context.close()


@pytest.mark.parametrize("pad", ["", "rekenhulp/tijdlijn/"])
def test_geen_bestand_twee_keer_over_het_net(browser, eigen_server, pad):
    server, basis = eigen_server
    dubbel, gezien = bezoek(browser, basis, server, pad)
    assert not dubbel, f"twee keer over het net: {dubbel}\nverzoeken: {gezien}"
