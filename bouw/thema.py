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


#: The header's buttons that Material makes as a <label> for a hidden checkbox: the checkbox, the name the button
#: gets, what a page must hold for the button to do anything, and whether it opens a panel (aria-expanded).
KOPKNOPPEN = (
    {"voor": "__search", "naam": "Zoeken", "nodig": 'data-md-component="search"', "klapt_uit": False},
    {"voor": "__drawer", "naam": "Menu", "nodig": 'id="__drawer"', "klapt_uit": True},
)


def _knop(voor: str) -> re.Pattern:
    return re.compile(r'<label class="md-header__button md-icon" for="' + voor + r'"(?P<rest>[^>]*)>')


def maak_kopknoppen_bedienbaar(site: Path) -> None:
    """Make the header's search and menu buttons (<label>s of Material's) buttons that Tab reaches and that have a name.

    Material's buttons in the header are labels for hidden checkboxes: a mouse or finger reaches them, Tab does not,
    and they have no name. On a phone the menu is then out of a keyboard's reach, while its links, slid off the
    screen, took Tab stops nobody could see (spoorwijzer.css now hides the closed drawer). The keys that open them
    (Enter, Space), the state of the menu (aria-expanded) and a press before Material's script has loaded are
    handled in thema.js. Written into the HTML, so it holds from the first byte of the page.
    """
    for pagina in site.rglob("*.html"):
        tekst = origineel = pagina.read_text("utf-8")
        for knop in KOPKNOPPEN:
            if f'for="{knop["voor"]}"' not in tekst or knop["nodig"] not in tekst:
                continue
            label = _knop(knop["voor"]).search(tekst)
            if not label:
                raise BouwFout(f"{pagina}: de knop {knop['naam']!r} in de kop (label for={knop['voor']}) is niet gevonden")
            if "tabindex=" in label.group("rest"):
                continue
            uit = ' aria-expanded="false"' if knop["klapt_uit"] else ""
            nieuw = (f'<label class="md-header__button md-icon" for="{knop["voor"]}" role="button" tabindex="0" '
                     f'aria-label="{knop["naam"]}"{uit}{label.group("rest")}>')
            tekst = tekst[:label.start()] + nieuw + tekst[label.end():]
        if tekst != origineel:
            pagina.write_text(tekst, "utf-8")
