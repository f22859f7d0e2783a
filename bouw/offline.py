"""MkDocs hook: write the Workbox service worker (`sw.js`) into the built site."""

from __future__ import annotations

import subprocess
from pathlib import Path

from mkdocs.exceptions import PluginError

GENERATOR = Path(__file__).with_name("service-worker.mjs")


def on_post_build(config):
    proces = subprocess.run(["node", str(GENERATOR), config["site_dir"]], capture_output=True, text=True,
                            cwd=GENERATOR.parent.parent)
    if proces.returncode != 0:
        raise PluginError(f"service worker maken mislukt:\n{proces.stderr[-2000:]}")
