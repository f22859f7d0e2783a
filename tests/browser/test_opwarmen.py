"""A warm interpreter before the calculator page (issue #27): a page that leads to a calculator starts
Python in a worker once the runtime's files are in and the reader shows intent (or has read for a few
seconds), and stores its memory snapshot; the calculator page restores it ("snapshot") instead of starting
cold, and starts cold ("koud") with the right answer when the snapshot is missing, stale or from another
build; a page's warm-up that finds this build's snapshot (even a bad one) ends without starting Python
or replacing it. No warm-up without a link to a calculator, with Save-Data, or before intent or reading time.

Each case runs in a fresh browser context (its own HTTP cache and Cache API). The calculator page says how
Python started on <html data-python-start>; warm-up workers are counted by Playwright's worker event."""

import re
import time
from urllib.parse import quote

import pytest

from browserhulp import Wachter

pytestmark = pytest.mark.browser
KOP = "[data-resultaat] [data-kop]"
TIJDLIJN = "rekenhulp/tijdlijn/"
WORKER = re.compile(r"/assets/js/rekenhulp-worker\.[0-9a-f]+\.mjs$")
SNAPSHOT_SLEUTELS = """async () => (await (await caches.open("spoorwijzer-snapshot")).keys()).map((r) => r.url)"""


def wacht_op_snapshot(pagina, seconden=120):
    """The key of the one snapshot in the Cache API, once it is there (polled from here: an async predicate
    is not awaited by wait_for_function on every poll)."""
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        sleutels = pagina.evaluate(SNAPSHOT_SLEUTELS)
        if sleutels:
            assert len(sleutels) == 1, sleutels
            return sleutels[0]
        pagina.wait_for_timeout(250)
    raise AssertionError(f"geen snapshot na {seconden} s")
DATABESPARING = "Object.defineProperty(navigator, 'connection', {value: {saveData: true, effectiveType: '4g'}});"


class Bezoek:
    """A fresh context with one watched page, and every start of the calculators' worker it saw."""

    def __init__(self, browser, basis, init_script=None):
        self.basis = basis
        self.context = browser.new_context(locale="nl-NL")
        if init_script:
            self.context.add_init_script(init_script)
        self.pagina = self.context.new_page()
        self.wachter = Wachter(basis)
        self.wachter.koppel(self.pagina)
        self.workers = []
        self.gesloten = []
        self.volg(self.pagina)

    def volg(self, pagina):
        def gestart(worker):
            if WORKER.search(worker.url):
                self.workers.append(time.monotonic())
                worker.on("close", lambda _: self.gesloten.append(time.monotonic()))
        pagina.on("worker", gestart)

    def sluit(self, controleer=True):
        try:
            if controleer:
                self.wachter.controleer(self.pagina)
        finally:
            self.context.close()


def bereken(pagina):
    """Type the example's first day of illness and return (how Python started, the answer's text)."""
    pagina.wait_for_selector("form[data-calculator][data-gekoppeld]", timeout=60_000)
    pagina.fill('[data-veld="ziekteperiodes[0].van"]', "10-3-2025")
    pagina.click("button[type=submit]")
    pagina.wait_for_selector(KOP, timeout=120_000)
    start = pagina.wait_for_selector("html[data-python-start]", timeout=60_000).get_attribute("data-python-start")
    return start, pagina.inner_text(KOP), pagina.inner_text("[data-berekend-voor]")


def warm_op_met_intentie(bezoek):
    """Home page, the pointer on "Bereken uw tijdlijn", and wait until the snapshot is stored; its key."""
    pagina = bezoek.pagina
    pagina.goto(f"{bezoek.basis}/")
    pagina.get_by_role("link", name="Bereken uw tijdlijn").first.hover()
    sleutel = wacht_op_snapshot(pagina)
    assert "snapshot?wheels=" in sleutel, sleutel
    return sleutel


def verwacht_koud(bezoek, koud_antwoord):
    """Open the tijdlijn in this visit: Python must start cold and give the reference answer."""
    bezoek.pagina.goto(f"{bezoek.basis}/{TIJDLIJN}")
    start, kop, voor = bereken(bezoek.pagina)
    assert start == "koud"
    assert (kop, voor) == koud_antwoord[1:]


@pytest.fixture(scope="module")
def koud_antwoord(browser, basis_url):
    """A calculator page in a fresh context: no snapshot, so a cold start; its answer is the reference."""
    bezoek = Bezoek(browser, basis_url)
    try:
        bezoek.pagina.goto(f"{basis_url}/{TIJDLIJN}")
        antwoord = bereken(bezoek.pagina)
    finally:
        bezoek.sluit()
    return antwoord


def test_zonder_snapshot_start_python_koud(koud_antwoord):
    start, kop, voor = koud_antwoord
    assert start == "koud"
    assert "eerste ziektedag 10 maart 2025" in voor, voor
    assert kop.strip()


def test_de_rekenhulp_herstelt_de_snapshot_van_de_pagina_ervoor(browser, basis_url, koud_antwoord):
    bezoek = Bezoek(browser, basis_url)
    try:
        warm_op_met_intentie(bezoek)
        assert len(bezoek.workers) == 1
        bezoek.pagina.get_by_role("link", name="Bereken uw tijdlijn").first.click()
        bezoek.pagina.wait_for_url(f"**/{TIJDLIJN}")
        start, kop, voor = bereken(bezoek.pagina)
        assert start == "snapshot"
        assert (kop, voor) == koud_antwoord[1:]
    finally:
        bezoek.sluit()


def test_een_bedorven_snapshot_wordt_vervangen_en_python_start_koud(browser, basis_url, koud_antwoord):
    bezoek = Bezoek(browser, basis_url)
    try:
        sleutel = warm_op_met_intentie(bezoek)
        bezoek.pagina.evaluate("""async (sleutel) => {
            const cache = await caches.open("spoorwijzer-snapshot");
            await cache.put(sleutel, new Response(new Uint8Array(4096).fill(7)));
        }""", sleutel)
        # Another page that leads to a calculator: a snapshot is there under this build's key, so its
        # warm-up ends without starting Python (it leaves the body unread, and the garbage in place).
        tweede = bezoek.context.new_page()
        bezoek.volg(tweede)
        tweede.goto(f"{basis_url}/poortwachter/")
        tweede.get_by_role("link", name="Bereken uw eigen tijdlijn").first.hover()
        einde = time.monotonic() + 60
        while len(bezoek.gesloten) < 2:
            assert time.monotonic() < einde, f"de tweede opwarming eindigt niet: {bezoek.workers} {bezoek.gesloten}"
            tweede.wait_for_timeout(100)
        assert len(bezoek.workers) == 2
        assert tweede.evaluate("""async (sleutel) => new Uint8Array(await (await (await caches.open("spoorwijzer-snapshot"))
            .match(sleutel)).arrayBuffer()).every((b) => b === 7)""", sleutel)
        tweede.close()
        verwacht_koud(bezoek, koud_antwoord)
        # The garbage is gone: once the cold start stored its own, the key holds a real snapshot.
        vervangen = """async (sleutel) => {
            const antwoord = await (await caches.open("spoorwijzer-snapshot")).match(sleutel);
            if (!antwoord) return false;
            const bytes = new Uint8Array(await antwoord.arrayBuffer());
            return bytes.length > 100_000 && bytes.some((b) => b !== 7);
        }"""
        einde = time.monotonic() + 60
        while not bezoek.pagina.evaluate(vervangen, sleutel):
            assert time.monotonic() < einde, "de bedorven snapshot is niet vervangen"
            bezoek.pagina.wait_for_timeout(500)
    finally:
        bezoek.sluit()


def test_een_snapshot_van_een_andere_bouw_wordt_niet_gebruikt(browser, basis_url, koud_antwoord):
    bezoek = Bezoek(browser, basis_url)
    try:
        sleutel = warm_op_met_intentie(bezoek)
        # The same snapshot under the key of another build (another calculators wheel), this build's gone.
        ander = re.sub(r"wheels=[^&]+", "wheels=" + quote("/assets/py/calculators-0.0.0-andere-bouw.whl", safe=""), sleutel)
        assert ander != sleutel
        bezoek.pagina.evaluate("""async ([sleutel, ander]) => {
            const cache = await caches.open("spoorwijzer-snapshot");
            await cache.put(ander, await cache.match(sleutel));
            await cache.delete(sleutel);
        }""", [sleutel, ander])
        verwacht_koud(bezoek, koud_antwoord)
    finally:
        bezoek.sluit()


def test_pas_opwarmen_na_de_leestijd(browser, basis_url):
    """Without intent, the warm-up waits for a few seconds of reading (LEESTIJD_MS in rekenhulp.js)."""
    bezoek = Bezoek(browser, basis_url)
    try:
        begin = time.monotonic()
        bezoek.pagina.goto(f"{basis_url}/poortwachter/")
        wacht_op_snapshot(bezoek.pagina)
        assert len(bezoek.workers) == 1, bezoek.workers
        assert bezoek.workers[0] - begin >= 3.9, f"opgewarmd na {bezoek.workers[0] - begin:.1f} s"
    finally:
        bezoek.sluit()


VERBORGEN = "Object.defineProperty(Document.prototype, 'visibilityState', {get: () => 'hidden'});"


@pytest.mark.parametrize("geval", ["verborgen", "databesparing", "geen-link"])
def test_geen_opwarmen(browser, basis_url, geval):
    """Not on a hidden page (no intent, no reading), not with Save-Data, not on a page without a link to a
    calculator (a content page with those links pointed elsewhere)."""
    bezoek = Bezoek(browser, basis_url, {"verborgen": VERBORGEN, "databesparing": DATABESPARING}.get(geval))
    try:
        if geval == "geen-link":
            def zonder_links(route):
                antwoord = route.fetch()
                html = re.sub(r'href="[^"]*rekenhulp/[^"]*"', 'href="../begrippen/"', antwoord.text())
                koppen = {k: v for k, v in antwoord.headers.items() if k.lower() not in ("content-encoding", "content-length")}
                route.fulfill(status=antwoord.status, headers=koppen, body=html)
            bezoek.pagina.route(f"{basis_url}/poortwachter/", zonder_links)
        bezoek.pagina.goto(f"{basis_url}/poortwachter/")
        links = bezoek.pagina.locator('a[href*="rekenhulp/"]').count()
        assert links == 0 if geval == "geen-link" else links > 0
        bezoek.pagina.wait_for_load_state("networkidle")
        bezoek.pagina.wait_for_timeout(9_000)  # past the prefetch (5 s at most before it starts) and the reading time
        assert not bezoek.workers
        assert bezoek.pagina.evaluate(SNAPSHOT_SLEUTELS) == []
    finally:
        bezoek.sluit()
