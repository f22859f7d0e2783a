"""The same sources built by a second generator, Zensical, which reads mkdocs.yml but runs no MkDocs
hooks: the site's own steps (bouw/) give both outputs the same guarantees, and the calculators give the
same answers. If this fails after a change, the change put site logic where only MkDocs runs it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from browserhulp import laad_server

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
#: One link per calculator, as a coach would send it; the result must be the same from either build.
LINKS = (
    "rekenhulp/tijdlijn/?eerste_ziektedag=2025-01-06&loonsanctie_weken=12&peildatum=2026-11-22",
    "rekenhulp/passend-werk/?situatie=werkgever&eerste_ziektedag=2025-01-06&peildatum=2026-02-20",
    "rekenhulp/wia-uitkomst/?maatmanloon=3000&restverdiencapaciteit=1200&duurzaam=onbekend",
    "rekenhulp/dossiercheck/?eerste_ziektedag=6-1-2025&peildatum=2025-12-01&probleemanalyse=10-2-2025"
    "&plan_van_aanpak=20-2-2025&evaluaties=3-4-2025%2C15-5-2025%2C10-7-2025",
    "rekenhulp/wia-uitkering/?ingangsdatum=2026-07-01&dagloon=183%2C91&arbeidsongeschiktheid=60"
    "&arbeidsverleden_tot_2016=20&arbeidsverleden_vanaf_2016=6&restverdiencapaciteit=1600",
)
KOP = "[data-resultaat]:not([hidden]) [data-kop]"
RUWE_TOKEN = re.compile(r"\{\{\s*[a-z_]+|__(WORKER|BUNDEL|PYODIDE_URL|STDLIB_URL|WHEELS)__")


@pytest.fixture(scope="session")
def zensical_map(tmp_path_factory) -> Path:
    uit = tmp_path_factory.mktemp("zensical") / "site"
    omgeving = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proces = subprocess.run([sys.executable, "-m", "bouw", "--generator", "zensical", "--site-dir", str(uit)],
                            cwd=ROOT, capture_output=True, text=True, env=omgeving)
    assert proces.returncode == 0, f"bouw met Zensical faalde:\n{proces.stderr[-4000:]}"
    return uit


@pytest.fixture(scope="session", params=["mkdocs", "zensical"])
def uitvoer(request, site_map, zensical_map) -> Path:
    return site_map if request.param == "mkdocs" else zensical_map


def test_elke_pagina_is_af_en_heeft_haar_beleid(uitvoer):
    paginas = sorted(uitvoer.rglob("*.html"))
    assert len(paginas) > 20
    for pad in paginas:
        tekst = pad.read_text("utf-8")
        assert not RUWE_TOKEN.search(tekst), f"{pad.relative_to(uitvoer)}: ruwe token {RUWE_TOKEN.search(tekst)[0]}"
        assert '<meta http-equiv="Content-Security-Policy"' in tekst, pad.relative_to(uitvoer)
        assert "laatst-gecontroleerd" in tekst or pad.name == "404.html", pad.relative_to(uitvoer)


def test_runtime_wheel_stdlib_service_worker_en_compressie(uitvoer):
    wasm = next(uitvoer.glob("assets/pyodide/*/pyodide.asm.wasm"))
    assert wasm.with_name("pyodide.asm.wasm.br").is_file() and wasm.with_name("pyodide.asm.wasm.gz").is_file()
    assert next(uitvoer.glob("assets/py/*/spoorwijzer_calculators-*.whl"), None), "het rekenwheel ontbreekt"
    assert next(uitvoer.glob("assets/py/*/python_stdlib.zip"), None), "de eigen standaardbibliotheek ontbreekt"
    worker = next(uitvoer.glob("assets/js/rekenhulp-worker.*.mjs"))
    for verwijzing in re.findall(r"\.\./(?:py|pyodide)/[^\"']+", worker.read_text("utf-8")):
        assert (worker.parent / verwijzing).resolve().exists() or verwijzing.endswith("/"), verwijzing
    sw = (uitvoer / "sw.js").read_text("utf-8")
    assert "spoorwijzer-runtime" in sw
    for url in re.findall(r'url:"([^"]+)"', sw):
        assert (uitvoer / url).is_file(), f"sw.js noemt {url}, dat niet bestaat"


def _uitkomsten(browser, site: Path) -> list[str]:
    server = laad_server().start(site)
    basis = f"http://127.0.0.1:{server.server_address[1]}"
    context = browser.new_context(locale="nl-NL")
    try:
        teksten = []
        for link in LINKS:
            pagina = context.new_page()
            pagina.goto(f"{basis}/{link}")
            pagina.wait_for_selector("form[data-state=ready]", timeout=120_000)
            pagina.wait_for_selector(KOP, timeout=30_000)
            tekst = pagina.text_content("[data-resultaat]:not([hidden])").replace(basis, "")  # the share link
            teksten.append(" ".join(tekst.split()))
            pagina.close()
        return teksten
    finally:
        context.close()
        server.shutdown()
        server.server_close()


def test_rekenhulpen_geven_met_beide_generatoren_hetzelfde(browser, site_map, zensical_map):
    hoofd, tweede = _uitkomsten(browser, site_map), _uitkomsten(browser, zensical_map)
    for link, a, b in zip(LINKS, hoofd, tweede):
        assert a and a == b, f"{link}: de uitkomst verschilt tussen MkDocs en Zensical"
