"""New rules reach every saved copy: the update path of the offline site.

The site is built twice, the second time from a copy of the source tree in which one rule's wording
differs (the checkout itself is never touched). One address serves the first build, then the second
(a symlink that is swapped, as a deploy swaps a folder). A visitor computes, goes offline and back;
after the deploy, offline, their saved copy still answers with the old rules and says so; the next
online visit computes with the new rule (new page, worker, wheel and memory snapshot) without any
reload beyond opening the page; offline after that, the saved copy is the new one; and a share link
made under the old rules opens and computes under the new ones.

Chromium only (Selenium and Debian's chromedriver, like the three-engine module): the mechanics are
the site's own (service worker routes, file names by hash, the worker's snapshot key), not an engine's.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bestuurders import ROOT, blokkeerbare_server, start_motor
from calculators.regels import LAATST_GECONTROLEERD
from test_drie_motoren import REKENHULPEN, bereken, open_link, wacht_op_offline_kopie

pytestmark = pytest.mark.browser

TIJDLIJN = next(r for r in REKENHULPEN if r.naam == "tijdlijn")
#: The one rule that differs in the second build: the wording of a milestone's title.
OUD, NIEUW = 'titel="WIA aanvragen: uiterste datum"', 'titel="WIA aanvragen: de laatste dag"'
OUDE_TEKST, NIEUWE_TEKST = "WIA aanvragen: uiterste datum", "WIA aanvragen: de laatste dag"
NIET_MEE = {".git", ".venv", "node_modules", ".cache", ".bouw", "site", "__pycache__", ".pytest_cache", ".hypothesis"}


def regels_versie(site: Path) -> str:
    """The rules' version as a build's results name it: the rules' date (both builds have the same),
    then the calculators wheel's hash that the build put into its worker (bouw/rekenhulp.py)."""
    (worker,) = site.glob("assets/js/rekenhulp-worker.*.mjs")
    wiel = re.search(r'REGELS_HASH = "([0-9a-f]+)"', worker.read_text("utf-8")).group(1)
    return f"{LAATST_GECONTROLEERD.isoformat()}.{wiel}"


@pytest.fixture(scope="module")
def tweede_bouw(tmp_path_factory) -> Path:
    return bouw_met_nieuwe_regel(tmp_path_factory.mktemp("bron"), tmp_path_factory.mktemp("site2"))


def bouw_met_nieuwe_regel(bron: Path, uit: Path) -> Path:
    """The site built into `uit` from a copy (in `bron`) of the source tree with one rule changed."""
    for pad in ROOT.iterdir():
        if pad.name in NIET_MEE:
            continue
        doel = bron / pad.name
        if pad.is_dir():
            shutil.copytree(pad, doel, ignore=shutil.ignore_patterns(*NIET_MEE))
        else:
            shutil.copy2(pad, doel)
    # The npm packages and the downloaded wheels are the same; the stdlib trace is cached per wheel.
    for gedeeld in ("node_modules", ".cache"):
        (bron / gedeeld).symlink_to(ROOT / gedeeld)
    regels = bron / "calculators" / "regels.py"
    tekst = regels.read_text("utf-8")
    assert tekst.count(OUD) == 1, "de regel die de test wijzigt staat niet (of vaker) in calculators/regels.py"
    regels.write_text(tekst.replace(OUD, NIEUW), "utf-8")
    omgeving = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    proces = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(uit)],
                            cwd=bron, capture_output=True, text=True, env=omgeving)
    assert proces.returncode == 0, f"tweede bouw faalde:\n{proces.stderr[-4000:]}"
    return uit


def zet_live(adres: Path, site: Path):
    """Deploy: the served folder now is `site`, for new and kept-alive connections alike."""
    nieuw = adres.with_name(adres.name + ".nieuw")
    nieuw.symlink_to(site, target_is_directory=True)
    os.replace(nieuw, adres)


def test_nieuwe_regels_bereiken_de_bewaarde_kopie(site_map, tweede_bouw, tmp_path):
    doorloop_update(site_map, tweede_bouw, tmp_path)


def doorloop_update(site_map: Path, tweede_bouw: Path, tmp_path: Path):
    """One visitor through build 1, a deploy of build 2 at the same address, online and offline."""
    v1, v2 = regels_versie(site_map), regels_versie(tweede_bouw)
    assert v1 != v2, "twee bouwsels met andere regels hebben dezelfde regelversie"
    adres = tmp_path / "live"
    zet_live(adres, site_map)
    server = blokkeerbare_server(adres)
    basis = f"http://127.0.0.1:{server.server_address[1]}"
    motor = start_motor("chromium")
    meldingen: list[str] = []

    def reken(stap: str, versie: str, regel: str, weg: str) -> str:
        tekst, link = bereken(motor, basis, TIJDLIJN)
        meldingen.extend(f"{stap}: {m}" for m in motor.lees_meldingen())
        assert regel in tekst and weg not in tekst, f"{stap}: verwacht '{regel}', niet '{weg}'"
        assert f"regels {versie}." in tekst, f"{stap}: het resultaat noemt regels {versie} niet"
        assert link.endswith(f"&regels={versie}"), f"{stap}: de deellink noemt regels {versie} niet: {link}"
        return link

    try:
        oude_link = reken("bouw 1", v1, OUDE_TEKST, NIEUWE_TEKST)
        wacht_op_offline_kopie(motor, [TIJDLIJN])
        server.geblokkeerd = True
        reken("bouw 1 offline", v1, OUDE_TEKST, NIEUWE_TEKST)
        server.geblokkeerd = False
        reken("bouw 1 weer online", v1, OUDE_TEKST, NIEUWE_TEKST)

        # The visitor is offline when the new version goes live: their saved copy still answers.
        server.geblokkeerd = True
        zet_live(adres, tweede_bouw)
        reken("na de nieuwe versie, offline: de oude kopie", v1, OUDE_TEKST, NIEUWE_TEKST)
        server.geblokkeerd = False
        reken("bouw 2, het eerste bezoek online", v2, NIEUWE_TEKST, OUDE_TEKST)
        wacht_op_offline_kopie(motor, [TIJDLIJN])
        server.geblokkeerd = True
        reken("bouw 2 offline: de nieuwe kopie", v2, NIEUWE_TEKST, OUDE_TEKST)
        server.geblokkeerd = False

        # A link made under the old rules opens and computes under the new ones.
        assert f"regels={v1}" in oude_link
        tekst = open_link(motor, basis, oude_link)
        meldingen.extend(f"oude link: {m}" for m in motor.lees_meldingen())
        assert NIEUWE_TEKST in tekst and f"regels {v2}." in tekst, "een oude link rekent niet met de nieuwe regels"
    finally:
        motor.stop()
        server.shutdown()
        server.server_close()
    assert not meldingen, "\n".join(meldingen)
