"""Speed and quality figures of the built site, each printed next to its target.

Run through `scripts/benchmark` (it builds first). Everything is measured in headless Chromium
against `site/` served on loopback by `scripts/statische_server.py` (precompressed siblings or gzip,
cache headers):

* cold start: navigation until the form is data-state=ready, fresh profile, against a bare page
  that loads only the same vendored Pyodide (with its full standard library) in a module worker;
  median of alternating pairs;
* repeat visit: the same, reloaded in the same profile (HTTP cache and service worker warm);
* bytes until ready, as the server sent them (bodies and headers), of a cold calculator page ÷ the
  bare page's: both from a host that only gzips, and both from a host that sends brotli copies
  (the bare page's full standard library zip gets its copies here, as the site's files have theirs);
* ready time of both pages on a throttled 4G link (Chromium's Network.emulateNetworkConditions:
  9 Mbit/s down, 1.5 Mbit/s up, 60 ms latency), alternating, median of the pairs;
* one calculation after ready: median of 100 calls of calculators.api.run in the browser;
* transfer of every content page before it warms the calculator up (and that none fetches Pyodide
  while it loads; pages that link to a calculator fetch it afterwards, when idle);
* the way to an answer on the tester's slow 4G (1.6 Mbit/s, 150 ms round trip), emulated by the
  server for every request (DevTools throttling does not hold back what a service worker fetches):
  (a) opening the calculator page and typing a date 8 s later, until the answer shows, against the
  time the bytes of that visit need on the link plus 2 s; (b) the same after reading the home page
  for 10 s and following its calculator link, from the tap on "Bereken" to the answer, against 1 s
  (also printed: from opening the page, and with the date typed at once);
* Lighthouse (npm, mobile defaults) for every page, calculator and content pages alike;
* the coach's overview: 200 clients in the browser's store, the page reloaded (Python restores its snapshot),
  from ready until the list of 200 cards is shown (computed by run("overzicht") and drawn), against 2 s.

A figure that misses its target is marked and makes the exit code 1.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import shutil
import statistics
import time
import subprocess
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
REKENHULP = "rekenhulp/tijdlijn/"
#: Every page of the site, as its path under the site root ("" for the home page).
PAGINAS = sorted(
    "" if p == ROOT / "docs" / "index.md" else p.relative_to(ROOT / "docs").with_suffix("").as_posix() + "/"
    for p in (ROOT / "docs").rglob("*.md")
)
REKENHULPEN = [pad for pad in PAGINAS if pad.startswith("rekenhulp/")]
INHOUD = [pad for pad in PAGINAS if pad not in REKENHULPEN]
# Records the moment a form (or the bare page) reaches data-state=ready, in the page's own clock.
KLAAR_METER = """
new MutationObserver((_, waarnemer) => {
  const klaar = document.querySelector("[data-state=ready]");
  if (klaar && window.__klaar === undefined) { window.__klaar = performance.now(); waarnemer.disconnect(); }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-state"], childList: true});
"""
KALE_PAGINA = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>kaal</title></head>
<body data-state="loading"><script type="module" src="kaal.js"></script></body></html>"""
KALE_BINDING = """const w = new Worker(new URL("kaal-worker.mjs", import.meta.url), {type: "module"});
w.onmessage = () => { document.body.dataset.state = "ready"; };"""
# Pyodide's own full python_stdlib.zip and lock file, which the site itself does not ship, lie next to it.
KALE_WORKER = """import { loadPyodide } from "../assets/pyodide/VERSIE/pyodide.mjs";
await loadPyodide({ indexURL: new URL("../assets/pyodide/VERSIE/", import.meta.url).href,
                    stdLibURL: new URL("python_stdlib.zip", import.meta.url).href,
                    lockFileURL: new URL("pyodide-lock.json", import.meta.url).href, packages: [] });
postMessage("klaar");"""
#: Chromium's DevTools network conditions for the 4G figure (bytes per second).
VIER_G = {"offline": False, "latency": 60, "downloadThroughput": 9_000_000 / 8, "uploadThroughput": 1_500_000 / 8}
#: The tester's slow 4G (issue #17): 1.6 Mbit/s down (bytes per second), 150 ms round trip.
TRAAG_4G_BYTES_PER_S, TRAAG_4G_LATENTIE_S = 1_600_000 / 8, 0.150
ONDERDELEN = ("koud", "bytes", "4g", "weg", "reken", "inhoud", "lighthouse", "overzicht")
OVERZICHT = "rekenhulp/overzicht/"
OVERZICHT_CLIENTEN = 200
# The moment the overview shows its whole list (it sets data-getoond to the number of cards it drew).
GETOOND_METER = """
new MutationObserver(() => {
  if (window.__getoond === undefined && document.querySelector("[data-overzicht][data-getoond='AANTAL']"))
    window.__getoond = performance.now();
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-getoond"]});
"""
DATUMVELD = '[data-veld="ziekteperiodes[0].van"]'
ANTWOORD = "[data-resultaat] [data-kop]"


def server_starten(koderingen=("br", "gzip"), traag_4g: bool = False):
    """The built site on loopback; with `traag_4g` behind the tester's slow 4G, which the server
    emulates for every request alike."""
    spec = importlib.util.spec_from_file_location("statische_server", ROOT / "scripts" / "statische_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    verbinding = module.Verbinding(TRAAG_4G_BYTES_PER_S, TRAAG_4G_LATENTIE_S) if traag_4g else None
    server = module.start(SITE, koderingen=koderingen, verbinding=verbinding)
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def kale_pagina_maken() -> Path:
    versie = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text())["version"]
    map_ = SITE / "_benchmark"
    map_.mkdir(exist_ok=True)
    (map_ / "index.html").write_text(KALE_PAGINA)
    (map_ / "kaal.js").write_text(KALE_BINDING)
    (map_ / "kaal-worker.mjs").write_text(KALE_WORKER.replace("VERSIE", versie))
    # As a host sends them: with brotli and gzip copies, like every other file here.
    for naam in ("python_stdlib.zip", "pyodide-lock.json"):
        pad = map_ / naam
        shutil.copyfile(ROOT / "node_modules" / "pyodide" / naam, pad)
        pad.with_name(naam + ".gz").write_bytes(gzip.compress(pad.read_bytes(), compresslevel=9, mtime=0))
        subprocess.run(["node", str(ROOT / "bouw" / "komprimeer.mjs")], check=True, text=True,
                       input=json.dumps([[str(pad), str(pad.with_name(naam + ".br"))]]))
    return map_


def tijd_tot_klaar(pagina, url: str) -> float:
    pagina.goto(url)
    pagina.wait_for_function("() => window.__klaar !== undefined", timeout=120_000)
    return pagina.evaluate("window.__klaar")


def koude_start(browser, url: str, herhaal: bool = True) -> tuple[float, float | None]:
    """Cold time (fresh profile) and repeat-visit time (same profile, reloaded) in ms."""
    context = browser.new_context()
    context.add_init_script(KLAAR_METER)
    pagina = context.new_page()
    koud = tijd_tot_klaar(pagina, url)
    if not herhaal:
        context.close()
        return koud, None
    # A repeat visit comes later: let the service worker take over and the snapshot be stored. Polled from
    # here: evaluate awaits the promise, where wait_for_function took an async predicate's promise as true.
    for _ in range(600):
        if pagina.evaluate("""async () => !!navigator.serviceWorker.controller &&
                (await (await caches.open("spoorwijzer-snapshot")).keys()).length > 0"""):
            break
        time.sleep(0.1)
    else:
        raise RuntimeError("geen snapshot na 60 s")
    warm = tijd_tot_klaar(pagina, url)
    context.close()
    return koud, warm


def bytes_tot_klaar(browser, server, url: str) -> tuple[int, dict[str, int]]:
    """Bytes the server sent (headers and bodies) for `url` in a fresh profile until it was ready,
    and per encoding."""
    context = browser.new_context()
    context.add_init_script(KLAAR_METER)
    pagina = context.new_page()
    begin = len(server.verzoeken)
    tijd_tot_klaar(pagina, url)
    klaar = pagina.evaluate("(performance.timeOrigin + window.__klaar) / 1000")
    time.sleep(0.5)  # responses finished just before ready are logged a moment later
    verzoeken = [v for v in server.verzoeken[begin:] if v[0] <= klaar]
    context.close()
    per_codering: dict[str, int] = {}
    for _, _, grootte, codering in verzoeken:
        per_codering[codering or "geen"] = per_codering.get(codering or "geen", 0) + grootte
    return sum(per_codering.values()), per_codering


def klaar_met_4g(browser, server, url: str) -> float:
    """Ready time (ms) of a cold page on a throttled 4G link. The emulation must also hold the
    worker's requests back: a page that was ready sooner than its bytes can pass the link fails."""
    context = browser.new_context()
    context.add_init_script(KLAAR_METER)
    pagina = context.new_page()
    cdp = context.new_cdp_session(pagina)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", VIER_G)
    begin = len(server.verzoeken)
    tijd = tijd_tot_klaar(pagina, url)
    klaar = pagina.evaluate("(performance.timeOrigin + window.__klaar) / 1000")
    context.close()
    verzonden = sum(v[2] for v in server.verzoeken[begin:] if v[0] <= klaar)
    minimum = verzonden / VIER_G["downloadThroughput"] * 1000
    if tijd < 0.9 * minimum:
        raise RuntimeError(f"4G-emulatie remt niet alles af: {url} klaar na {tijd:.0f} ms, "
                           f"{verzonden} bytes vragen minstens {minimum:.0f} ms")
    return tijd


def rekentijd(browser, basis: str) -> float:
    context = browser.new_context()
    pagina = context.new_page()
    pagina.goto(f"{basis}/{REKENHULP}")
    pagina.wait_for_selector("form[data-state=ready]", timeout=120_000)
    tijden = pagina.evaluate("""async () => {
        const { bereken } = await import(new URL("assets/js/rekenhulp.js", document.baseURI + "../../").href);
        const params = { eerste_ziektedag: "2025-01-06", loonsanctie_weken: "12", peildatum: "2026-11-22" };
        await bereken("tijdlijn", params);
        const tijden = [];
        for (let i = 0; i < 100; i++) {
            const t = performance.now();
            await bereken("tijdlijn", params);
            tijden.push(performance.now() - t);
        }
        return tijden;
    }""")
    context.close()
    return statistics.median(tijden)


def overzicht_clienten(aantal: int) -> list[dict]:
    """A coach's caseload: first sick days spread over the two years, every other client from a dossiercheck
    link with its first steps filled in (some late), as the overview stores them."""
    from datetime import date, timedelta
    vandaag = date.today()
    clienten = []
    for i in range(aantal):
        begin = vandaag - timedelta(days=(i * 37) % 730)
        tekst = lambda d: f"{d.day}-{d.month}-{d.year}"  # noqa: E731 - a date as a coach types it
        params = {"eerste_ziektedag": tekst(begin)}
        if i % 2 and (vandaag - begin).days > 60:
            params["probleemanalyse"] = tekst(begin + timedelta(days=35 + i % 20))
        clienten.append({"label": f"c-{i:03d}", "rekenhulp": "dossiercheck" if i % 2 else "tijdlijn", "params": params})
    return clienten


def overzicht_tijd(browser, basis: str, herhaal: int = 3) -> float:
    """Ready until the overview of OVERZICHT_CLIENTEN clients is shown, in ms: the clients are put in the page's
    own store, then the page is reloaded; median of `herhaal` reloads."""
    context = browser.new_context()
    context.add_init_script(KLAAR_METER)
    context.add_init_script(GETOOND_METER.replace("AANTAL", str(OVERZICHT_CLIENTEN)))
    pagina = context.new_page()
    pagina.goto(f"{basis}/{OVERZICHT}")
    pagina.wait_for_selector("[data-overzicht][data-state=ready]", timeout=120_000)
    pagina.evaluate("""async (clienten) => {
        const { bewaar } = await import(new URL("assets/js/overzicht-opslag.js", document.baseURI + "../../").href);
        await bewaar(clienten);
    }""", overzicht_clienten(OVERZICHT_CLIENTEN))
    tijden = []
    for _ in range(herhaal):
        pagina.reload()
        pagina.wait_for_function("() => window.__getoond !== undefined && window.__klaar !== undefined", timeout=120_000)
        tijden.append(pagina.evaluate("window.__getoond - window.__klaar"))
    context.close()
    return statistics.median(tijden)


def traag_4g_pagina(browser):
    """A phone-sized page in a fresh profile; the slow link itself is the server's."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    return context, context.new_page()


def typ_en_wacht(pagina) -> tuple[float, float]:
    """Type a first sick day, tap the button, wait for the answer; the moments of the tap and of the
    answer (monotonic s)."""
    pagina.fill(DATUMVELD, "10-3-2025")
    tik = time.monotonic()
    pagina.click("button[type=submit]")
    # The answer for this date, not one an example link may have shown before.
    pagina.wait_for_function("""() => document.querySelector('[data-resultaat]:not([hidden]) [data-kop]')
        && document.querySelector('[data-resultaat]').dataset.link.includes('10-3-2025')""", timeout=300_000, polling=50)
    return tik, time.monotonic()


def van_home(browser, basis: str, typen_na_s: float) -> tuple[float, float]:
    """Read the home page for 10 s, follow its calculator link, type a date `typen_na_s` after the
    calculator page opened: ms from opening that page to the answer, and from the tap to the answer."""
    context, pagina = traag_4g_pagina(browser)
    pagina.goto(f"{basis}/", wait_until="commit")
    pagina.wait_for_timeout(10_000)
    pagina.get_by_role("link", name="Bereken uw tijdlijn").first.click()
    open_ = time.monotonic()
    pagina.wait_for_selector(DATUMVELD, timeout=60_000)
    pagina.wait_for_timeout(max(0, typen_na_s * 1000 - (time.monotonic() - open_) * 1000))
    tik, antwoord = typ_en_wacht(pagina)
    context.close()
    return (antwoord - open_) * 1000, (antwoord - tik) * 1000


def weg_naar_antwoord(browser) -> dict[str, float]:
    """The way to an answer on the slow link (issue #17), in ms: (a) opening the calculator, typing
    8 s later, to the answer, with the time the bytes of that visit need on the link; (b) the same
    after 10 s on the home page, from the tap to the answer; and, for comparison, (b) with the date
    typed at once."""
    server, basis = server_starten(traag_4g=True)
    try:
        context, pagina = traag_4g_pagina(browser)
        begin, eerste = time.monotonic(), len(server.verzoeken)
        pagina.goto(f"{basis}/{REKENHULP}", wait_until="commit")
        pagina.wait_for_selector(DATUMVELD, timeout=60_000)
        pagina.wait_for_timeout(max(0, 8_000 - (time.monotonic() - begin) * 1000))
        _, antwoord = typ_en_wacht(pagina)
        a = (antwoord - begin) * 1000
        verzonden = sum(v[2] for v in server.verzoeken[eerste:])
        context.close()
        b_open, b_tik = van_home(browser, basis, typen_na_s=8)
        direct_open, _ = van_home(browser, basis, typen_na_s=0)
    finally:
        server.shutdown()
    return {"a": a, "vloer": verzonden / TRAAG_4G_BYTES_PER_S * 1000,
            "b": b_tik, "b_open": b_open, "b_direct": direct_open}


def overdracht(browser, url: str) -> tuple[int, bool]:
    """Bytes transferred (body + headers, as sent) while a fresh profile loads `url`; and whether
    any Pyodide file was requested."""
    context = browser.new_context()
    pagina = context.new_page()
    antwoorden = []
    # Warming the calculator up (rekenhulp.js) waits for an idle moment; the page itself is measured.
    pagina.add_init_script("window.requestIdleCallback = () => 0;")
    pagina.on("requestfinished", lambda verzoek: antwoorden.append(verzoek))
    pagina.goto(url, wait_until="networkidle")
    pagina.wait_for_timeout(2000)
    totaal = 0
    for verzoek in antwoorden:
        maten = verzoek.sizes()
        totaal += maten["responseBodySize"] + maten["responseHeadersSize"]
    pyodide = any("/assets/pyodide/" in v.url or "/assets/py/" in v.url for v in antwoorden)
    context.close()
    return totaal, pyodide


def lighthouse(url: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        rapport = Path(tmp) / "rapport.json"
        subprocess.run(
            [str(ROOT / "node_modules" / ".bin" / "lighthouse"), url, "--quiet", "--output=json",
             f"--output-path={rapport}", "--only-categories=performance,accessibility,best-practices,seo",
             "--chrome-flags=--headless=new " + " ".join(ARGS)],
            check=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, timeout=300,
        )
        categorieen = json.loads(rapport.read_text())["categories"]
    return {naam: c["score"] for naam, c in categorieen.items()}


class Verslag:
    def __init__(self):
        self.gemist = 0

    def regel(self, naam: str, waarde: str, doel: str, gehaald: bool):
        self.gemist += not gehaald
        print(f"{'ok  ' if gehaald else 'MIST'}  {naam:<52} {waarde:>14}   doel {doel}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paren", type=int, default=25, help="alternating cold-start pairs (at least 5)")
    parser.add_argument("--paren-4g", type=int, default=5, help="alternating pairs on the throttled link (at least 5)")
    parser.add_argument("--zonder-lighthouse", action="store_true")
    parser.add_argument("--alleen", default=",".join(ONDERDELEN),
                        help=f"comma-separated parts to run, of: {', '.join(ONDERDELEN)}")
    args = parser.parse_args()
    onderdelen = set(args.alleen.split(","))
    if args.zonder_lighthouse:
        onderdelen.discard("lighthouse")
    kale_map = kale_pagina_maken()
    server, basis = server_starten()
    gzip_server, gzip_basis = server_starten(koderingen=("gzip",))
    verslag = Verslag()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            koude_start(browser, f"{basis}/{REKENHULP}", herhaal=False)  # untimed: the server's gzip cache
            koude_start(browser, f"{basis}/_benchmark/", herhaal=False)
            if "bytes" in onderdelen:
                kaal_gzip, _ = bytes_tot_klaar(browser, gzip_server, f"{gzip_basis}/_benchmark/")
                kaal_br, _ = bytes_tot_klaar(browser, server, f"{basis}/_benchmark/")
                rekenhulp_gzip, _ = bytes_tot_klaar(browser, gzip_server, f"{gzip_basis}/{REKENHULP}")
                rekenhulp_br, codes = bytes_tot_klaar(browser, server, f"{basis}/{REKENHULP}")
                verslag.regel("bytes tot ready, kale Pyodide-pagina, gzip (KiB)", f"{kaal_gzip / 1024:.0f}", "-", True)
                verslag.regel("bytes tot ready, kale Pyodide-pagina, brotli (KiB)", f"{kaal_br / 1024:.0f}", "-", True)
                verslag.regel("bytes tot ready, rekenhulp, gzip (KiB)", f"{rekenhulp_gzip / 1024:.0f}", "-", True)
                verslag.regel("bytes tot ready, rekenhulp, brotli (KiB)", f"{rekenhulp_br / 1024:.0f}", "-", True)
                verhouding = rekenhulp_gzip / kaal_gzip
                verslag.regel("bytes gzip: rekenhulp / kale pagina", f"{verhouding:.2f}", "<= 0.70", verhouding <= 0.70)
                verhouding = rekenhulp_br / kaal_br
                verslag.regel("bytes brotli: rekenhulp / kale pagina", f"{verhouding:.2f}", "<= 0.60",
                              verhouding <= 0.60 and codes.get("br", 0) > 0)
            if "4g" in onderdelen:
                vier_g_rekenhulp, vier_g_kaal = [], []
                for _ in range(max(args.paren_4g, 5)):
                    vier_g_rekenhulp.append(klaar_met_4g(browser, server, f"{basis}/{REKENHULP}"))
                    vier_g_kaal.append(klaar_met_4g(browser, server, f"{basis}/_benchmark/"))
                rekenhulp_4g, kaal_4g = statistics.median(vier_g_rekenhulp), statistics.median(vier_g_kaal)
                verslag.regel("4G: ready rekenhulp (mediaan, ms)", f"{rekenhulp_4g:.0f}", "-", True)
                verslag.regel("4G: ready kale Pyodide-pagina (mediaan, ms)", f"{kaal_4g:.0f}", "-", True)
                verhouding = rekenhulp_4g / kaal_4g
                verslag.regel("4G: rekenhulp / kale pagina", f"{verhouding:.2f}", "<= 0.85", verhouding <= 0.85)
            if "weg" in onderdelen:
                weg = weg_naar_antwoord(browser)
                verslag.regel("traag 4G (a): rekenhulp openen, na 8 s typen, tot antwoord (ms)", f"{weg['a']:.0f}",
                              f"<= {weg['vloer'] + 2000:.0f} (bytes {weg['vloer']:.0f} + 2000)",
                              weg["a"] <= weg["vloer"] + 2000)
                verslag.regel("traag 4G (b): 10 s home, klik, na 8 s typen; tik tot antwoord (ms)", f"{weg['b']:.0f}",
                              "<= 1000", weg["b"] <= 1000)
                verslag.regel("traag 4G (b): idem, openen tot antwoord (ms)", f"{weg['b_open']:.0f}", "-", True)
                verslag.regel("traag 4G (b): idem, meteen typen; openen tot antwoord (ms)", f"{weg['b_direct']:.0f}",
                              "-", True)
            rekenhulp, kaal, warm = [], [], []
            for _ in range(args.paren if "koud" in onderdelen else 0):
                koud, herhaald = koude_start(browser, f"{basis}/{REKENHULP}")
                rekenhulp.append(koud)
                warm.append(herhaald)
                kaal.append(koude_start(browser, f"{basis}/_benchmark/", herhaal=False)[0])
            if rekenhulp:
                koud_mediaan, kaal_mediaan = statistics.median(rekenhulp), statistics.median(kaal)
                verslag.regel("koude start rekenhulp (mediaan, ms)", f"{koud_mediaan:.0f}", "-", True)
                verslag.regel("koude start kale Pyodide-pagina (mediaan, ms)", f"{kaal_mediaan:.0f}", "-", True)
                verhouding = koud_mediaan / kaal_mediaan
                verslag.regel("verhouding rekenhulp / kale pagina", f"{verhouding:.2f}", "<= 1.10", verhouding <= 1.10)
                herhaal = statistics.median(warm) / koud_mediaan
                verslag.regel("herhaald bezoek / koude start", f"{herhaal:.2f}", "<= 0.30", herhaal <= 0.30)
            if "reken" in onderdelen:
                ms = rekentijd(browser, basis)
                verslag.regel("berekening na ready (mediaan van 100, ms)", f"{ms:.1f}", "<= 20", ms <= 20)
            if "overzicht" in onderdelen:
                ms = overzicht_tijd(browser, basis)
                verslag.regel(f"overzicht van {OVERZICHT_CLIENTEN} cliënten na ready (mediaan van 3, ms)", f"{ms:.0f}",
                              "<= 2000", ms <= 2000)
            for pad in INHOUD if "inhoud" in onderdelen else []:
                grootte, pyodide = overdracht(browser, f"{basis}/{pad}")
                verslag.regel(f"overdracht /{pad} (KB)", f"{grootte / 1024:.0f}", "<= 300, geen Pyodide",
                              grootte <= 300 * 1024 and not pyodide)
            browser.close()
        if "lighthouse" in onderdelen:
            for pad in REKENHULPEN + INHOUD:
                scores = lighthouse(f"{basis}/{pad}")
                for categorie, score in scores.items():
                    verslag.regel(f"lighthouse /{pad} {categorie}", f"{score:.2f}", ">= 1.00",
                                  score is not None and score >= 1.0)
    finally:
        server.shutdown()
        gzip_server.shutdown()
        shutil.rmtree(kale_map, ignore_errors=True)
    print(f"\n{verslag.gemist} doel(en) gemist" if verslag.gemist else "\nalle doelen gehaald")
    return 1 if verslag.gemist else 0


if __name__ == "__main__":
    raise SystemExit(main())
