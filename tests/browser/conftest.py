"""Browser fixtures: Debian's Chromium driven by Playwright against the built site on loopback.

Every page a test opens is watched: a console error, an uncaught exception, a Content-Security-
Policy violation or a request to another origin fails the test that caused it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
CSP_WACHTER = """
window.__cspOvertredingen = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.__cspOvertredingen.push(`${e.violatedDirective}: ${e.blockedURI}`));
"""


def _laad_server():
    """scripts/statische_server.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("statische_server", ROOT / "scripts" / "statische_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def basis_url(site_map):
    server = _laad_server().start(site_map)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def eigen_server(site_map):
    """A server of its own, for a test that takes it down (the session's server must stay up)."""
    server = _laad_server().start(site_map)
    yield server, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def trage_server(site_map):
    """A server behind an emulated slow link (800 kB/s, 50 ms), for every request alike — also what a
    service worker fetches, which Chromium's DevTools throttling lets through."""
    module = _laad_server()
    server = module.start(site_map, verbinding=module.Verbinding(800_000, 0.05))
    yield server, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Wachter:
    """Collects what a page did that it should not have done."""

    def __init__(self, basis_url: str):
        self.oorsprong = urlsplit(basis_url).netloc
        self.extern: list[str] = []
        self.fouten: list[str] = []
        self.verzoeken: list[str] = []

    def koppel(self, page):
        page.on("request", self._verzoek)
        page.on("console", lambda m: m.type == "error" and self.fouten.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: self.fouten.append(f"pageerror: {e}"))
        page.add_init_script(CSP_WACHTER)

    def _verzoek(self, request):
        self.verzoeken.append(request.url)
        deel = urlsplit(request.url)
        if deel.scheme in ("http", "https", "ws", "wss") and deel.netloc != self.oorsprong:
            self.extern.append(request.url)

    def controleer(self, page):
        overtredingen = page.evaluate("window.__cspOvertredingen || []") if not page.is_closed() else []
        assert not self.extern, f"verzoeken buiten de site: {self.extern}"
        assert not self.fouten, f"fouten in de browser: {self.fouten}"
        assert not overtredingen, f"CSP-overtredingen: {overtredingen}"


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    yield context
    context.close()


@pytest.fixture
def wachter(basis_url):
    return Wachter(basis_url)


@pytest.fixture
def pagina(context, wachter):
    page = context.new_page()
    wachter.koppel(page)
    yield page
    wachter.controleer(page)


def _laad_thema(page):
    """Do what a reader's first move does: Material's bundle loads (assets/js/thema.js)."""
    page.mouse.move(20, 20)
    page.wait_for_function("() => window.document$ !== undefined", timeout=90_000)
    # Material's start-up sets colours that fade in; measure contrast once the transitions are over.
    page.wait_for_function("() => document.getAnimations().every((a) => a.playState !== 'running')", timeout=10_000)


@pytest.fixture
def laad_thema():
    return _laad_thema
