"""Shared fixtures: the strictly built site (built once per test session)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def site_map() -> Path:
    """Build the site with `mkdocs build --strict` into site/; a warning or hook error fails here."""
    uit = ROOT / "site"
    omgeving = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    proces = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "--site-dir", str(uit)],
        cwd=ROOT, capture_output=True, text=True, env=omgeving,
    )
    assert proces.returncode == 0, f"mkdocs build --strict faalde:\n{proces.stderr[-4000:]}"
    return uit


@pytest.fixture(scope="session")
def tweede_bouw(tmp_path_factory) -> Path:
    """The site built a second time with one rule worded differently (tests/nieuwe_regel.py), once per
    session for every update-path test; its server configurations are in `tweede_bouw.parent / "deploy"`."""
    from nieuwe_regel import bouw_met_nieuwe_regel

    map_ = tmp_path_factory.mktemp("tweede-bouw")
    return bouw_met_nieuwe_regel(tmp_path_factory.mktemp("bron"), map_ / "site")
