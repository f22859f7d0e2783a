"""Browser fixtures: Debian's Chromium driven by Playwright against the built site on loopback.

Every page a test opens is watched: a console error, an uncaught exception, a Content-Security-
Policy violation or a request to another origin fails the test that caused it.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from browserhulp import CHROMIUM, CHROMIUM_ARGS, Wachter, laad_server


@pytest.fixture(scope="session")
def basis_url(site_map):
    server = laad_server().start(site_map)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def eigen_server(site_map):
    """A server of its own, for a test that takes it down (the session's server must stay up)."""
    server = laad_server().start(site_map)
    yield server, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def trage_server(site_map):
    """A server behind an emulated slow link (800 kB/s, 50 ms), for every request alike — also what a
    service worker fetches, which Chromium's DevTools throttling lets through."""
    module = laad_server()
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
