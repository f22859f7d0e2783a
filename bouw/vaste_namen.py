"""Build step: the site's own stylesheet and icon get their content hash in their name.

Material's bundle, when it starts (at the reader's first move, assets/js/thema.js), rewrites every
relative `href` and `src` in the page to an absolute one (for its instant navigation). For a
`<link rel="stylesheet">` or `<link rel="icon">` a changed `href` is a new load, and a file served
with `Cache-Control: no-cache` goes over the network again: the theme's stylesheets, ours and the
icon were fetched twice in one visit. Material's own files carry a hash in their name and can be
cached for good; these two are given one too, so the browser answers the second load from its cache
(see the cache headers in README "Deploy" and scripts/statische_server.py).
"""

from __future__ import annotations

from pathlib import Path

from . import BouwFout
from .rekenhulp import korte_hash

#: The site's own files that every page links from its <head> or header, by their path in the site.
EIGEN = ("assets/css/spoorwijzer.css", "assets/favicon.svg")


def geef_vaste_namen(site: Path) -> None:
    """Rename each file of EIGEN to `<name>.<hash>.<ext>` and point every page to the new name."""
    nieuw = {}
    for pad in EIGEN:
        bestand = site / pad
        if not bestand.is_file():
            raise BouwFout(f"{pad} ontbreekt in de gebouwde site")
        doel = bestand.with_name(f"{bestand.stem}.{korte_hash(bestand.read_bytes())}{bestand.suffix}")
        bestand.rename(doel)
        nieuw[pad] = doel.relative_to(site).as_posix()
    for pagina in site.rglob("*.html"):
        tekst = pagina.read_text("utf-8")
        gewijzigd = tekst
        for oud, naam in nieuw.items():
            # Only as a whole attribute value's end: "../assets/favicon.svg", never a longer name.
            gewijzigd = gewijzigd.replace(f'{oud}"', f'{naam}"')
        if gewijzigd != tekst:
            pagina.write_text(gewijzigd, "utf-8")
