"""Every calculator in the three engines people use: Chromium, Firefox and WebKit (nearly every browser
on an iPhone is WebKit).

Per engine, in one session (one profile): each calculator from a cold load to ready, filled in by
keyboard through its labelled fields, computed; then each share link in a second, fresh session;
then, with the server blocking every request, each page again from the service worker, filled in and
computed. The result's text must be the same everywhere: online, from the link, offline, and in
every engine as in Chromium (textContent, whitespace normalised, the server's address left out). No
page may log a console error or a Content-Security-Policy warning, in any engine.

Run one engine alone with `-k firefox` or `-k webkit` (Chromium runs too, as the reference), or the
whole module with `-m motoren`. Adding a calculator is one row in REKENHULPEN.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from functools import cache

import pytest
from selenium.common.exceptions import InvalidSessionIdException, WebDriverException
from selenium.webdriver.common.keys import Keys

from bestuurders import Xvfb, blokkeerbare_server, start_motor

pytestmark = pytest.mark.motoren

#: Press space on this field (a radio button) instead of typing into it.
KIES = object()
#: Open the folded part (<details>) whose summary has this text, as a person taps it.
OPEN = object()


@dataclass(frozen=True)
class Rekenhulp:
    naam: str
    pad: str
    #: (label text, what a person types) in the order a person fills them in; the last is a text
    #: field, where Enter submits the form.
    velden: tuple[tuple[str, object], ...]


REKENHULPEN = (
    Rekenhulp("tijdlijn", "rekenhulp/tijdlijn/", (
        ("Eerste ziektedag", "6-1-2025"), ("Verlenging, loonsanctie, WIA-aanvraag, brief van UWV of geboortedatum", OPEN),
        ("Loonsanctie van UWV (aantal weken)", "12"), ("Rekenen op een andere datum dan vandaag", OPEN),
        ("Rekenen op datum", "22-11-2026"))),
    Rekenhulp("passend-werk", "rekenhulp/passend-werk/", (
        ("Ik heb een WW-uitkering", KIES), ("Eerste dag van uw uitkering", "1-3-2025"),
        ("Op welke datum?", "1-9-2025"))),
    Rekenhulp("wia-uitkomst", "rekenhulp/wia-uitkomst/", (
        ("Nee, er is kans op herstel", KIES), ("Uw oude loon (maatmanloon)", "3000"),
        ("Wat u nog kunt verdienen (restverdiencapaciteit)", "1200"))),
    Rekenhulp("dossiercheck", "rekenhulp/dossiercheck/", (
        ("Verlenging, of rekenen op een andere datum", OPEN), ("Rekenen op datum", "1-12-2025"),
        ("Eerste ziektedag", "6-1-2025"), ("Probleemanalyse van de bedrijfsarts", "10-2-2025"),
        ("Plan van aanpak", "20-2-2025"))),
    Rekenhulp("wia-uitkering", "rekenhulp/wia-uitkering/", (
        ("Eerste dag van uw WIA-uitkering", "1-7-2026"), ("Dagloon", "183,91"),
        ("Hoeveel procent bent u arbeidsongeschikt?", "60"), ("Jaren vóór 2016", "20"), ("Jaren vanaf 2016", "6"))),
)
MOTOREN = ("chromium", "firefox", "webkit")
KLAAR = "return document.querySelector('form[data-calculator][data-state=ready]') !== null"
#: The result with its headline and its QR code (drawn after the rest, by a second request to Python).
RESULTAAT = """
  const uitvoer = document.querySelector('[data-resultaat]');
  return uitvoer && !uitvoer.hidden && uitvoer.querySelector('[data-kop]') && uitvoer.querySelector('[data-qr] svg')
    && uitvoer.dataset.link !== arguments[0] ? [uitvoer.textContent, uitvoer.dataset.link] : null;"""
#: Seconds to ready from a cold start: WebKitGTK alone takes 9-14 s here, much more on a busy machine.
OPSTART = 240


def tekst(ruw: str, basis: str) -> str:
    """Visible text differs between engines only in whitespace around visually hidden spans; the
    address of the server differs per engine's own server."""
    return re.sub(r"\s+", " ", ruw.replace(basis, "BASIS")).strip()


def bereken(motor, basis: str, rekenhulp: Rekenhulp) -> tuple[str, str]:
    """Open the calculator cold, type its fields as a person would, submit with Enter; (text, link)."""
    motor.driver.get(f"{basis}/{rekenhulp.pad}")
    motor.wacht(KLAAR, OPSTART)
    for label, invoer in rekenhulp.velden:
        if invoer is OPEN:
            motor.samenvatting(label).click()
            continue
        veld = motor.veld(label)
        if invoer is KIES:
            veld.send_keys(Keys.SPACE)
            continue
        if veld.get_attribute("value"):
            veld.clear()
        veld.send_keys(invoer)
    veld.send_keys(Keys.ENTER)
    ruw, link = motor.wacht(RESULTAAT, 60, None)
    return tekst(ruw, basis), link


def open_link(motor, basis: str, link: str) -> str:
    motor.driver.get(link)
    ruw, _ = motor.wacht(RESULTAAT, OPSTART, None)
    return tekst(ruw, basis)


def wacht_op_offline_kopie(motor, rekenhulpen=REKENHULPEN):
    """Until the service worker controls the page and these calculator pages and the runtime are in
    its caches (the first page hands its files over once Python is ready: docs/assets/js/offline.js)."""
    motor.wacht("""
      return (async () => {
        if (!navigator.serviceWorker.controller) return false;
        const paginas = (await (await caches.open("spoorwijzer-paginas")).keys()).map((r) => new URL(r.url).pathname);
        const runtime = await (await caches.open("spoorwijzer-runtime")).keys();
        return arguments[0].every((pad) => paginas.includes(pad)) && runtime.length >= 6;
      })();""", 60, [f"/{r.pad}" for r in rekenhulpen])


@dataclass
class Doorloop:
    online: dict[str, str]
    via_link: dict[str, str]
    offline: dict[str, str]
    meldingen: list[str]


@cache
def doorloop(naam: str, site: str) -> Doorloop | Exception:
    """Everything one engine does, once per test run (the comparison tests reuse Chromium's); a
    failure is kept too, so a broken engine is not run a second time."""
    try:
        return _doorloop(naam, site)
    except Exception as fout:  # noqa: BLE001 - handed to each test that needs this engine
        return fout


def uitkomst_van(naam: str, site: str) -> Doorloop:
    uitkomst = doorloop(naam, site)
    if isinstance(uitkomst, Exception):
        raise uitkomst
    return uitkomst


def _doorloop(naam: str, site: str) -> Doorloop:
    server = blokkeerbare_server(site)
    basis = f"http://127.0.0.1:{server.server_address[1]}"
    x = Xvfb() if naam == "webkit" else None
    display = x.display if x else None
    meldingen: list[str] = []
    online, links, via_link, offline = {}, {}, {}, {}
    try:
        motor = start_motor(naam, display)
        try:
            for r in REKENHULPEN:
                online[r.naam], links[r.naam] = bereken(motor, basis, r)
                meldingen += [f"{r.naam} online: {m}" for m in motor.lees_meldingen()]
            wacht_op_offline_kopie(motor)
            nieuw = start_motor(naam, display)  # a fresh profile: what a coach's client sees
            try:
                for r in REKENHULPEN:
                    # WebKitGTK's second browser process was seen to die once on this 2-core machine
                    # under the whole suite's load (never alone). A fresh profile holds nothing, so a
                    # new one opens the same link; a third death fails the test.
                    for poging in range(3):
                        try:
                            via_link[r.naam] = open_link(nieuw, basis, links[r.naam])
                            break
                        except InvalidSessionIdException:
                            if poging == 2:
                                raise
                            with suppress(WebDriverException, OSError):  # its session is gone already
                                nieuw.stop()
                            nieuw = start_motor(naam, display)
                    meldingen += [f"{r.naam} via link: {m}" for m in nieuw.lees_meldingen()]
            finally:
                nieuw.stop()
            server.geblokkeerd = True
            for r in REKENHULPEN:
                offline[r.naam], _ = bereken(motor, basis, r)
                meldingen += [f"{r.naam} offline: {m}" for m in motor.lees_meldingen()]
        finally:
            motor.stop()
    finally:
        server.shutdown()
        server.server_close()
        if x:
            x.stop()
    return Doorloop(online, via_link, offline, meldingen)


@pytest.fixture(scope="module")
def site(site_map):
    return str(site_map)


@pytest.mark.parametrize("motor", MOTOREN)
def test_elke_rekenhulp_online_via_link_en_offline(motor, site):
    uitkomst = uitkomst_van(motor, site)
    assert not uitkomst.meldingen, f"{motor} meldde:\n" + "\n".join(uitkomst.meldingen)
    for r in REKENHULPEN:
        assert uitkomst.online[r.naam], r.naam
        assert uitkomst.via_link[r.naam] == uitkomst.online[r.naam], f"{motor} {r.naam}: de deellink geeft iets anders"
        assert uitkomst.offline[r.naam] == uitkomst.online[r.naam], f"{motor} {r.naam}: offline komt iets anders uit"


@pytest.mark.parametrize("motor", [m for m in MOTOREN if m != "chromium"])
def test_zelfde_tekst_als_in_chromium(motor, site):
    referentie, uitkomst = uitkomst_van("chromium", site), uitkomst_van(motor, site)
    verschillen = {r.naam: (referentie.online[r.naam], uitkomst.online[r.naam]) for r in REKENHULPEN
                   if referentie.online[r.naam] != uitkomst.online[r.naam]}
    assert not verschillen, f"{motor} toont een andere uitkomst dan Chromium: {verschillen}"
