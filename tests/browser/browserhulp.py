"""What the browser tests share outside fixtures: the page watcher and the static server as a module.

A module of its own rather than conftest.py: tests/browser/servers has a conftest too, and `from conftest
import …` finds whichever of the two pytest imported first (CI collected servers/ first and failed).
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
CSP_WACHTER = """
window.__cspOvertredingen = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.__cspOvertredingen.push(`${e.violatedDirective}: ${e.blockedURI}`));
"""


def laad_server():
    """scripts/statische_server.py as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("statische_server", ROOT / "scripts" / "statische_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def wacht_tot(pagina, functie: str, timeout: float = 60_000, stap: float = 0.1) -> None:
    """Wait until the page's (async) function returns something truthy. Playwright's wait_for_function
    takes the promise an async function returns as truthy at once, so a wait on the Cache API there
    never waited; `evaluate` awaits the promise."""
    eind = time.monotonic() + timeout / 1000
    while not pagina.evaluate(functie):
        if time.monotonic() > eind:
            raise TimeoutError(f"na {timeout / 1000:.0f} s nog niet waar: {functie}")
        time.sleep(stap)
