"""Build steps for Material's theme: the bundle's name for thema.js, and a skip link that moves focus.

The template (overrides/main.html) leaves the bundle out of the page; thema.js loads it at the
reader's first interaction. The bundle's name carries a hash that changes with every Material
release, so it is read from the built site rather than written down.
"""

from __future__ import annotations

import re
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


SPRONG = re.compile(r'<a href="#([^"]+)" class="md-skip">')


def maak_sprongdoel_focusbaar(site: Path) -> None:
    """Give the skip link's target tabindex="-1", so following the link moves focus there.

    Material's "Ga naar inhoud" points at the page's first heading. A heading cannot take focus, so
    following the link scrolled to it while focus fell back to the page itself (document.body): a
    screen reader stayed at the top and the next Tab started from there. A target that can take
    focus gets it from the browser's own fragment navigation, with or without Material's bundle, which
    loads only at the reader's first move (thema.js). Written into the HTML, not set by a script, so it
    holds from the first byte of the page.
    """
    for pagina in site.rglob("*.html"):
        tekst = pagina.read_text("utf-8")
        sprong = SPRONG.search(tekst)
        if not sprong:
            continue
        doel = re.search(r'<[a-z][a-z0-9]*\s[^>]*?(?<=\s)id="' + re.escape(sprong.group(1)) + r'"[^>]*>', tekst)
        if not doel:
            raise BouwFout(f"{pagina}: het doel van de link 'naar inhoud' (#{sprong.group(1)}) staat niet op de pagina")
        if "tabindex=" in doel.group(0):
            continue
        tag = doel.group(0)[:-1] + ' tabindex="-1">'
        pagina.write_text(tekst[:doel.start()] + tag + tekst[doel.end():], "utf-8")


ZOEKKNOP = re.compile(r'<label class="md-header__button md-icon" for="__search"(?P<rest>[^>]*)>')


def maak_zoekknop_bedienbaar(site: Path) -> None:
    """Make the header's search button (a <label> of Material's) a button that Tab reaches and that has a name.

    Material's search button is a label for a hidden checkbox: a mouse or finger reaches it, Tab does not, and
    it has no name. The keys that open it (Enter, Space) and the press before Material's script has loaded are
    handled in thema.js. Written into the HTML, so it holds from the first byte of the page.
    """
    for pagina in site.rglob("*.html"):
        tekst = pagina.read_text("utf-8")
        if 'for="__search"' not in tekst or 'data-md-component="search"' not in tekst:
            continue
        knop = ZOEKKNOP.search(tekst)
        if not knop:
            raise BouwFout(f"{pagina}: de zoekknop in de kop (label for=__search) is niet gevonden")
        if "tabindex=" in knop.group("rest"):
            continue
        nieuw = ('<label class="md-header__button md-icon" for="__search" role="button" tabindex="0" '
                 f'aria-label="Zoeken"{knop.group("rest")}>')
        pagina.write_text(tekst[:knop.start()] + nieuw + tekst[knop.end():], "utf-8")
