"""What a reader types never reaches a server (over#privacy): a calculation lives in the address's
fragment (`#invoer:naam=waarde&…`, docs/assets/js/rekenhulp.js), which no browser sends. Through real
nginx: a new-style link, a reload, a typed change and the share link of the QR code in a fresh profile
compute, and the server's access log holds none of the values. An older link with a query still
computes; its query is moved to the fragment at once, without a reload, so its reload sends nothing.
A section's anchor on a calculator page still works."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from echte_servers import Wachter

pytestmark = pytest.mark.browser
KOP = "[data-resultaat] [data-kop]"
# Values no page, file or other test uses: each appears in the log only if a request carried it.
NIEUW = {"maatmanloon": "3471", "restverdiencapaciteit": "1283", "duurzaam": "onbekend"}
GETYPT = "1297"
OUD = {"maatmanloon": "3389", "restverdiencapaciteit": "1307", "duurzaam": "ja"}


def _link(params: dict) -> str:
    return "&".join(f"{naam}={waarde}" for naam, waarde in params.items())


def test_geen_getypte_waarde_in_het_log_van_nginx(browser, eigen_echte_server):
    server = eigen_echte_server("nginx")
    pad = "/rekenhulp/wia-uitkomst/"
    context = browser.new_context(locale="nl-NL")
    wachter = Wachter(server.basis)
    pagina = context.new_page()
    wachter.koppel(pagina)
    try:
        pagina.goto(f"{server.basis}{pad}#invoer:{_link(NIEUW)}")
        pagina.wait_for_selector(KOP, timeout=120_000)
        assert pagina.input_value("#maatmanloon") == NIEUW["maatmanloon"]
        pagina.reload()
        pagina.wait_for_selector(KOP, timeout=120_000)
        assert pagina.input_value("#restverdiencapaciteit") == NIEUW["restverdiencapaciteit"]
        pagina.fill("#restverdiencapaciteit", GETYPT)
        pagina.click("button[type=submit]")
        pagina.wait_for_function("(w) => location.hash.includes(`restverdiencapaciteit=${w}`)", arg=GETYPT)
        pagina.wait_for_selector("[data-qr] svg", state="attached", timeout=60_000)
        # The QR code is drawn from the link printed beside it: the share link, data in its fragment.
        link = pagina.text_content("[data-linktekst]").strip()
        assert pagina.get_attribute("[data-resultaat]", "data-link") == link
        deel = urlsplit(link)
        assert not deel.query and deel.fragment.startswith("invoer:") and f"restverdiencapaciteit={GETYPT}" in deel.fragment
        wachter.controleer(pagina)

        tweede = browser.new_context(locale="nl-NL")  # the phone that scans the code: a fresh profile
        try:
            gescand = tweede.new_page()
            gescand.goto(link)
            gescand.wait_for_selector(KOP, timeout=120_000)
            assert gescand.input_value("#restverdiencapaciteit") == GETYPT
        finally:
            tweede.close()

        # An older link: computes, and its query moves to the fragment in place (no new page load).
        pagina.goto(f"{server.basis}{pad}?{_link(OUD)}")
        pagina.evaluate("window.__zelfdePagina = true")
        pagina.wait_for_selector(KOP, timeout=120_000)
        pagina.wait_for_function("() => location.search === '' && location.hash.startsWith('#invoer:')")
        assert pagina.evaluate("window.__zelfdePagina === true")
        assert f"maatmanloon={OUD['maatmanloon']}" in pagina.url
        pagina.reload()
        pagina.wait_for_selector(KOP, timeout=120_000)
        assert pagina.input_value("#maatmanloon") == OUD["maatmanloon"]
        wachter.controleer(pagina)
    finally:
        context.close()
    server.stop()  # the log is complete once nginx has stopped

    # What a request carried: its target and its Referer (the combined format; sizes are not looked at).
    log = server.log()
    verzoeken = re.findall(r'"[A-Z]+ (\S*) HTTP/[\d.]+" \d+ \d+ "([^"]*)"', log)
    assert len(verzoeken) == len(log.splitlines()), log[-2000:]
    gestuurd = [deel for verzoek in verzoeken for deel in verzoek]
    assert sum(doel.startswith(pad) for doel, _ in verzoeken) >= 5, log[-2000:]  # link, reload, scan, old link, reload
    for waarde in (*NIEUW.values(), GETYPT):
        assert not [g for g in gestuurd if waarde in g], f"{waarde} ging naar nginx:\n{log[-3000:]}"
    # The older link's query reached the server once (the browser sent it); its reload sent nothing.
    assert [g for g in gestuurd if "maatmanloon" in g] == [f"{pad}?{_link(OUD)}"], log[-3000:]


def test_een_kopje_op_een_rekenhulppagina_blijft_een_kopje(browser, eigen_echte_server, site_map):
    server = eigen_echte_server("nginx")
    html = (site_map / "rekenhulp" / "wia-uitkomst" / "index.html").read_text("utf-8")
    kopjes = re.findall(r'<h2 id="([^"]+)"', html)
    assert kopjes and not [k for k in kopjes if ":" in k or "=" in k]  # no heading id looks like '#invoer:…'
    context = browser.new_context(locale="nl-NL")
    try:
        pagina = context.new_page()
        pagina.goto(f"{server.basis}/rekenhulp/wia-uitkomst/#{kopjes[-1]}")
        pagina.wait_for_selector("form[data-calculator][data-state=ready]", timeout=120_000)
        assert urlsplit(pagina.url).fragment == kopjes[-1]
        assert pagina.locator("[data-resultaat]").is_hidden()
        assert pagina.evaluate("(id) => document.getElementById(id).getBoundingClientRect().top < innerHeight",
                               kopjes[-1])
    finally:
        context.close()
