"""Build step: write the Workbox service worker (`sw.js`) into the built site."""

from __future__ import annotations

import subprocess
from pathlib import Path

from . import BouwFout

GENERATOR = Path(__file__).with_name("service-worker.mjs")


def schrijf_service_worker(site: Path) -> None:
    proces = subprocess.run(["node", str(GENERATOR), str(site)], capture_output=True, text=True,
                            cwd=GENERATOR.parent.parent)
    if proces.returncode != 0:
        raise BouwFout(f"service worker maken mislukt:\n{proces.stderr[-2000:]}")
