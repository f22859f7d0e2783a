"""The update path behind nginx and behind Caddy: the walk and the assertions of
tests/motoren/test_nieuwe_regels.py (the project's own server), with a real server in front.

One address (a symlink, as there) serves the first build; the server runs that build's configuration
from its deploy/ folder. A visitor computes with the timeline calculator, goes offline (the server
stopped) and back (started again on the same port); while they are offline the second build goes
live: the symlink now points at it and the server starts with the second build's deploy/ (its CSP
hashes and hashed names), on the same port, so the browser's origin, service worker and caches stay.
Offline, their saved copy still answers with the old rules and says so; the next online visit
computes with the new rule; offline after that, the saved copy is the new one; and a share link made
under the old rules opens and computes under the new ones. The second build is made once per session
(fixture `tweede_bouw`, tests/nieuwe_regel.py).

Checked to fail, at "bouw 2, het eerste bezoek online", when the host keeps sending the first build
(the old rule's text), when the files are swapped but the server keeps the first build's configuration
(a CSP violation: the policy's hashes change with a build), and when the first build's pages and sw.js
were sent with `max-age=31536000` instead of `no-cache` (the reader stays on the old rule).
"""

from __future__ import annotations

import re

import pytest

from echte_servers import STARTERS, Wachter
from nieuwe_regel import NIEUWE_TEKST, OUDE_TEKST, regels_versie, zet_live

pytestmark = pytest.mark.browser

TIJDLIJN = "rekenhulp/tijdlijn/"
#: (label, what a person types, or OPEN for a folded part to open): the timeline as the three-engine
#: module fills it in (tests/motoren/test_drie_motoren.py).
OPEN = object()
VELDEN = (
    ("Eerste ziektedag", "6-1-2025"), ("Verlenging, loonsanctie, WIA-aanvraag, brief van UWV of geboortedatum", OPEN),
    ("Loonsanctie van UWV (aantal weken)", "12"), ("Rekenen op een andere datum dan vandaag", OPEN),
    ("Rekenen op datum", "22-11-2026"))
OPSTART = 240_000
VELD = """(tekst) => {
  const labels = [...document.querySelectorAll("form[data-calculator] label")]
    .filter((l) => l.textContent.replace(/\\s+/g, " ").trim() === tekst);
  return labels.length === 1 ? labels[0].control : null;
}"""
SAMENVATTING = """(tekst) => [...document.querySelectorAll("form[data-calculator] summary")]
  .find((s) => s.textContent.replace(/\\s+/g, " ").trim() === tekst) || null"""
#: The result with its headline and its QR code (drawn after the rest, by a second request to Python).
RESULTAAT = """() => {
  const uitvoer = document.querySelector('[data-resultaat]');
  return uitvoer && !uitvoer.hidden && uitvoer.querySelector('[data-kop]') && uitvoer.querySelector('[data-qr] svg')
    ? [uitvoer.textContent, uitvoer.dataset.link] : null;
}"""
OFFLINE_KOPIE = """async (pad) => {
  if (!navigator.serviceWorker.controller) return false;
  const paginas = (await (await caches.open("spoorwijzer-paginas")).keys()).map((r) => new URL(r.url).pathname);
  const runtime = await (await caches.open("spoorwijzer-runtime")).keys();
  return paginas.includes(pad) && runtime.length >= 6;
}"""


def _element(pagina, script: str, tekst: str):
    gevonden = pagina.evaluate_handle(script, tekst).as_element()
    assert gevonden is not None, f"niet één '{tekst}' in het formulier"
    return gevonden


def _resultaat(pagina, basis: str) -> tuple[str, str]:
    ruw, link = pagina.wait_for_function(RESULTAAT, timeout=OPSTART).json_value()
    return re.sub(r"\s+", " ", ruw.replace(basis, "BASIS")).strip(), link


def bereken(pagina, basis: str) -> tuple[str, str]:
    """Open the timeline cold, type its fields as a person would, submit with Enter; (text, link)."""
    pagina.goto(f"{basis}/{TIJDLIJN}")
    pagina.wait_for_selector("form[data-calculator][data-state=ready]", timeout=OPSTART)
    for label, invoer in VELDEN:
        if invoer is OPEN:
            _element(pagina, SAMENVATTING, label).click()
            continue
        veld = _element(pagina, VELD, label)
        veld.fill("")
        veld.type(invoer)
    veld.press("Enter")
    return _resultaat(pagina, basis)


@pytest.mark.parametrize("naam", sorted(STARTERS))
def test_nieuwe_regels_bereiken_de_lezer(browser, site_map, tweede_bouw, tmp_path, naam):
    v1, v2 = regels_versie(site_map), regels_versie(tweede_bouw)
    assert v1 != v2, "twee bouwsels met andere regels hebben dezelfde regelversie"
    adres = tmp_path / "live"
    zet_live(adres, site_map)
    (tmp_path / naam).mkdir()
    server = STARTERS[naam](adres, tmp_path / naam, deploy=site_map.parent / "deploy")
    basis = server.basis
    wachter = Wachter(basis)
    context = browser.new_context(locale="nl-NL")
    pagina = context.new_page()
    wachter.koppel(pagina)

    def reken(stap: str, versie: str, regel: str, weg: str) -> str:
        tekst, link = bereken(pagina, basis)
        try:
            wachter.controleer(pagina)
        except AssertionError as fout:
            raise AssertionError(f"{naam}, {stap}: {fout}") from None
        assert regel in tekst and weg not in tekst, f"{naam}, {stap}: verwacht '{regel}', niet '{weg}'"
        assert f"regels {versie}." in tekst, f"{naam}, {stap}: het resultaat noemt regels {versie} niet"
        assert link.endswith(f"&regels={versie}"), f"{naam}, {stap}: de deellink noemt regels {versie} niet: {link}"
        return link

    def wacht_op_offline_kopie():
        pagina.wait_for_function(OFFLINE_KOPIE, arg=f"/{TIJDLIJN}", timeout=60_000)

    try:
        oude_link = reken("bouw 1", v1, OUDE_TEKST, NIEUWE_TEKST)
        wacht_op_offline_kopie()
        server.stop()
        reken("bouw 1 offline", v1, OUDE_TEKST, NIEUWE_TEKST)
        server = server.opnieuw()
        reken("bouw 1 weer online", v1, OUDE_TEKST, NIEUWE_TEKST)

        # The visitor is offline when the new version goes live: their saved copy still answers.
        server.stop()
        zet_live(adres, tweede_bouw)
        reken("na de nieuwe versie, offline: de oude kopie", v1, OUDE_TEKST, NIEUWE_TEKST)
        server = server.opnieuw(deploy=tweede_bouw.parent / "deploy")
        reken("bouw 2, het eerste bezoek online", v2, NIEUWE_TEKST, OUDE_TEKST)
        wacht_op_offline_kopie()
        server.stop()
        reken("bouw 2 offline: de nieuwe kopie", v2, NIEUWE_TEKST, OUDE_TEKST)
        server = server.opnieuw()

        # A link made under the old rules opens and computes under the new ones (opened as from a QR
        # code: a new navigation, not a change of the open page's fragment).
        assert f"regels={v1}" in oude_link
        pagina.goto("about:blank")
        pagina.goto(oude_link)
        tekst, _ = _resultaat(pagina, basis)
        wachter.controleer(pagina)
        assert NIEUWE_TEKST in tekst and f"regels {v2}." in tekst, \
            f"{naam}: een oude link rekent niet met de nieuwe regels"
    finally:
        context.close()
        server.stop()
