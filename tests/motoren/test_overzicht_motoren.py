"""The coach's overview (issue 29) in Chromium, Firefox and WebKit, driven alike through WebDriver (bestuurders.py).

Per engine: three clients typed in by keyboard (a new share link, an old query link, a first sick day in words)
and added with Enter; the list in Python's order; a reload keeps it; the calendar holds every coming deadline
once (the text its link offers, asked of Python in the page as the page asks it); the export file (made by the page's own module, without and with a passphrase) imported through the file
field into a fresh profile gives the same cards, a wrong passphrase and a broken file change nothing; the server
saw no label and no date; no console error or CSP warning. (The download itself is Playwright's part, in
tests/browser/test_overzicht.py: WebDriver has no common way to catch a download in the three engines.)
"""

from __future__ import annotations

import json
import re

import pytest
from selenium.webdriver.common.keys import Keys

from bestuurders import Xvfb, blokkeerbare_server, start_motor
from overzicht_clienten import DATUM, GEHEIM, NIEUW, OUD, controleer_agenda, verwacht

pytestmark = pytest.mark.motoren
MOTOREN = ("chromium", "firefox", "webkit")
OPSTART = 240  # WebKitGTK's cold start is 9-14 s here, much more on a busy machine
KLAAR = "return document.querySelector('[data-overzicht][data-state=ready]') !== null"
GETOOND = "return document.querySelector('[data-overzicht]')?.dataset.getoond === arguments[0]"
KAARTEN = """return [...document.querySelectorAll('[data-clienten] > li')]
  .map((kaart) => [kaart.dataset.label, kaart.textContent.replace(/\\s+/g, ' ').trim()]);"""
EXPORT = """return (async () => {
  const basis = new URL("assets/js/", document.baseURI + "../../");
  const { alleClienten } = await import(new URL("overzicht-opslag.js", basis).href);
  const { maakBestand } = await import(new URL("overzicht-bestand.js", basis).href);
  return maakBestand(await alleClienten(), arguments[0]);
})();"""
# The calendar as the page makes it (its .ics link is a blob: URL, which the site's CSP rightly keeps from fetch).
AGENDA = """return (async () => {
  const basis = new URL("assets/js/", document.baseURI + "../../");
  const { alleClienten } = await import(new URL("overzicht-opslag.js", basis).href);
  const { bereken, vandaag } = await import(new URL("rekenhulp.js", basis).href);
  const link = document.querySelector("[data-ics]");
  const result = await bereken("overzicht", { clienten: await alleClienten(), vandaag: vandaag() });
  return link && link.download.endsWith(".ics") ? result.ics : null;
})();"""
WACHTWOORD = "paarse olifant 29"


def open_overzicht(motor, basis: str) -> None:
    motor.driver.get(f"{basis}/rekenhulp/overzicht/")
    motor.wacht(KLAAR, OPSTART)


def veld(motor, id_: str):
    return motor.js("return document.getElementById(arguments[0]);", id_)


def voeg_toe(motor, aantal: int, label: str, veldnaam: str, waarde: str) -> None:
    """Type the label and one of the two fields, as a person would, and press Enter."""
    veld(motor, "label").send_keys(label)
    invoer = veld(motor, veldnaam)
    invoer.send_keys(waarde)
    invoer.send_keys(Keys.ENTER)
    motor.wacht(GETOOND, 60, str(aantal))


def importeer(motor, pad, wachtwoord: str = "") -> str:
    motor.js("document.querySelector('[data-import-melding]').textContent = '';"
             "document.getElementById('import_wachtwoord').value = '';")
    veld(motor, "import_bestand").send_keys(str(pad))
    if wachtwoord:
        veld(motor, "import_wachtwoord").send_keys(wachtwoord)
    motor.js("document.querySelector('[data-import] [type=submit]').click();")
    return motor.wacht("return document.querySelector('[data-import-melding]').textContent", 60)


def doorloop(naam: str, site: str, map_) -> None:
    server = blokkeerbare_server(site)
    server.verzoeken = []  # the static server's own request log (scripts/statische_server.py)
    basis = f"http://127.0.0.1:{server.server_address[1]}"
    x = Xvfb() if naam == "webkit" else None
    display = x.display if x else None
    meldingen: list[str] = []
    uitkomst = verwacht()
    try:
        motor = start_motor(naam, display)
        try:
            open_overzicht(motor, basis)
            motor.wacht(GETOOND, 30, "0")
            voeg_toe(motor, 1, NIEUW[0], "link", NIEUW[1])
            voeg_toe(motor, 2, OUD[0], "link", OUD[1])
            voeg_toe(motor, 3, DATUM[0], "eerste_ziektedag", DATUM[1])
            kaarten = motor.js(KAARTEN)
            assert [label for label, _ in kaarten] == [rij["label"] for rij in uitkomst["clienten"]], (naam, kaarten)
            motor.driver.refresh()
            motor.wacht(GETOOND, OPSTART, "3")
            assert motor.js(KAARTEN) == kaarten, f"{naam}: na herladen een andere lijst"
            controleer_agenda(motor.wacht(AGENDA, 30), uitkomst)
            open_bestand, geheim_bestand = map_ / "open.json", map_ / "geheim.json"
            open_bestand.write_text(motor.wacht(EXPORT, 60, ""), "utf-8")
            geheim_bestand.write_text(motor.wacht(EXPORT, 60, WACHTWOORD), "utf-8")
            kapot = map_ / "kapot.json"
            kapot.write_text(open_bestand.read_text("utf-8")[:50], "utf-8")
            melding = importeer(motor, kapot)
            assert "niets veranderd" in melding, (naam, melding)
            assert motor.js(KAARTEN) == kaarten
            meldingen += [f"eerste profiel: {m}" for m in motor.lees_meldingen()]

            nieuw = start_motor(naam, display)  # a fresh profile: another device of the coach
            try:
                open_overzicht(nieuw, basis)
                nieuw.wacht(GETOOND, 30, "0")
                assert "3 nieuw" in importeer(nieuw, open_bestand)
                nieuw.wacht(GETOOND, 60, "3")
                assert nieuw.js(KAARTEN) == kaarten, f"{naam}: het exportbestand geeft een andere lijst"
                nieuw.js("document.querySelector('[data-wis-alles]').click();"
                         "document.querySelector('[data-wis-ja]').click();")
                nieuw.wacht(GETOOND, 30, "0")
                melding = importeer(nieuw, geheim_bestand, "verkeerd")
                assert "wachtwoord klopt niet" in melding and "niets veranderd" in melding, (naam, melding)
                assert nieuw.js(KAARTEN) == []
                assert "3 nieuw" in importeer(nieuw, geheim_bestand, WACHTWOORD)
                nieuw.wacht(GETOOND, 60, "3")
                assert nieuw.js(KAARTEN) == kaarten, f"{naam}: het versleutelde bestand geeft een andere lijst"
                meldingen += [f"nieuw profiel: {m}" for m in nieuw.lees_meldingen()]
            finally:
                nieuw.stop()
        finally:
            motor.stop()
    finally:
        server.shutdown()
        server.server_close()
        if x:
            x.stop()
    assert not meldingen, f"{naam} meldde:\n" + "\n".join(meldingen)
    paden = [pad for _, pad, *_ in server.verzoeken]
    assert "/rekenhulp/overzicht/" in paden
    assert not [pad for pad in paden if GEHEIM.search(pad)], f"{naam}: de server kreeg gegevens van cliënten"
    assert json.loads(geheim_bestand.read_text("utf-8"))["versleuteld"]["iteraties"] >= 600_000
    # Nothing readable of the clients (a label could turn up in the base64 by chance; a field name cannot).
    assert not re.search(r"label|ziektedag|\d-\d", geheim_bestand.read_text("utf-8"))


@pytest.mark.parametrize("motor", MOTOREN)
def test_overzicht_in_elke_motor(motor, site_map, tmp_path):
    doorloop(motor, str(site_map), tmp_path)
