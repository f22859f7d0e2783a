"""New rules reach every saved copy: the update path of the offline site.

The site is built twice, the second time from a copy of the source tree in which one rule's wording
differs (the checkout itself is never touched; tests/nieuwe_regel.py, built once per session by
the fixture `tweede_bouw` of tests/conftest.py). One address serves the first build, then the second
(a symlink that is swapped, as a deploy swaps a folder). A visitor computes, goes offline and back;
after the deploy, offline, their saved copy still answers with the old rules and says so; the next
online visit computes with the new rule (new page, worker, wheel and memory snapshot) without any
reload beyond opening the page; offline after that, the saved copy is the new one; and a share link
made under the old rules opens and computes under the new ones.

Chromium only (Selenium and Debian's chromedriver, like the three-engine module): the mechanics are
the site's own (service worker routes, file names by hash, the worker's snapshot key), not an engine's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bestuurders import blokkeerbare_server, start_motor
from nieuwe_regel import NIEUWE_TEKST, OUDE_TEKST, regels_versie, zet_live
from test_drie_motoren import REKENHULPEN, bereken, open_link, wacht_op_offline_kopie

pytestmark = pytest.mark.browser

TIJDLIJN = next(r for r in REKENHULPEN if r.naam == "tijdlijn")


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
