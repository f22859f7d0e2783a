"""The second build for the update-path tests: the site built again from a copy of the source tree in
which one rule's wording differs (the checkout itself is never touched), and a deploy as a swap of
the served folder. Used by tests/motoren/test_nieuwe_regels.py (the project's own server) and
tests/browser/servers/test_nieuwe_regels_echt.py (nginx and Caddy); tests/conftest.py builds it once
per session (fixture `tweede_bouw`)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from calculators.regels import LAATST_GECONTROLEERD

ROOT = Path(__file__).resolve().parents[1]
#: The one rule that differs in the second build: the wording of a milestone's title.
OUD, NIEUW = 'titel="WIA aanvragen: uiterste datum"', 'titel="WIA aanvragen: de laatste dag"'
OUDE_TEKST, NIEUWE_TEKST = "WIA aanvragen: uiterste datum", "WIA aanvragen: de laatste dag"
NIET_MEE = {".git", ".venv", "node_modules", ".cache", ".bouw", "site", "deploy", "__pycache__", ".pytest_cache",
            ".hypothesis"}


def regels_versie(site: Path) -> str:
    """The rules' version as a build's results name it: the rules' date (both builds have the same),
    then the calculators wheel's hash that the build put into its worker (bouw/rekenhulp.py)."""
    (worker,) = site.glob("assets/js/rekenhulp-worker.*.mjs")
    wiel = re.search(r'REGELS_HASH = "([0-9a-f]+)"', worker.read_text("utf-8")).group(1)
    return f"{LAATST_GECONTROLEERD.isoformat()}.{wiel}"


def bouw_met_nieuwe_regel(bron: Path, uit: Path) -> Path:
    """The site built into `uit` from a copy (in `bron`) of the source tree with one rule changed.
    The build writes its server configurations into `uit.parent / "deploy"` (bouw/koppen.py), so give
    `uit` a parent folder of its own, such as `<tmp>/site`."""
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
