"""Build step: give assets/js/thema.js the file name of Material's JavaScript bundle.

The template (overrides/main.html) leaves the bundle out of the page; thema.js loads it at the
reader's first interaction. The bundle's name carries a hash that changes with every Material
release, so it is read from the built site rather than written down.
"""

from __future__ import annotations

from pathlib import Path

from . import BouwFout

LADER = "assets/js/thema.js"


def vul_bundel_in(site: Path) -> None:
    bundels = sorted((site / "assets" / "javascripts").glob("bundle.*.min.js"))
    if len(bundels) != 1:
        raise BouwFout(f"verwacht precies één Material-bundle, gevonden: {[b.name for b in bundels]}")
    lader = site / LADER
    tekst = lader.read_text("utf-8")
    if "__BUNDEL__" not in tekst:
        raise BouwFout(f"{LADER} mist de plek '__BUNDEL__' voor de naam van de bundle")
    lader.write_text(tekst.replace("__BUNDEL__", bundels[0].name), "utf-8")
