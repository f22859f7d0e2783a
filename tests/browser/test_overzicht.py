"""The coach's overview (issue 29), walked as a coach would in Chromium: three clients added (a new share link, an
old query link, a first sick day typed as people type it), the list in the order `run("overzicht")` gives, kept
over a reload, carried by the export file into a fresh browser (with and without a passphrase), a wrong passphrase
and broken or hostile files that change nothing, one .ics with every coming deadline once, and a server that never
saw a label or a date (the static server's request log). Also: the cards at 320 px and on one A4 sheet, the links to
the overview from every result, home and hulp, the overview offline, and five clients over a week of daily visits."""

from __future__ import annotations

import json

import pytest

from calculators.api import run
from overzicht_clienten import CLIENTEN, DATUM, GEHEIM, NIEUW, OUD, VANDAAG, controleer_agenda, dag, verwacht

pytestmark = pytest.mark.browser
KLAAR = "[data-overzicht][data-state=ready]"
ALLE = """async () => {
    const db = await new Promise((klaar, mislukt) => {
        const verzoek = indexedDB.open("spoorwijzer-overzicht", 1);
        verzoek.onupgradeneeded = () => verzoek.result.createObjectStore("clienten", { keyPath: "label" });
        verzoek.onsuccess = () => klaar(verzoek.result);
        verzoek.onerror = () => mislukt(verzoek.error);
    });
    const alle = await new Promise((klaar) => {
        const verzoek = db.transaction("clienten").objectStore("clienten").getAll();
        verzoek.onsuccess = () => klaar(verzoek.result);
    });
    db.close();
    return alle;
}"""


def open_overzicht(pagina, basis: str):
    pagina.goto(f"{basis}/rekenhulp/overzicht/")
    pagina.wait_for_selector(KLAAR, timeout=90_000)


def voeg_toe(pagina, label: str, *, link: str = "", datum: str = "") -> None:
    voor = int(pagina.get_attribute("[data-overzicht]", "data-getoond") or 0)
    pagina.get_by_label("Label van de cliënt").fill(label)
    if link:
        pagina.get_by_label("Link naar de tijdlijn of dossiercheck van deze cliënt").fill(link)
    if datum:
        pagina.get_by_label("Of: de eerste ziektedag").fill(datum)
    pagina.get_by_role("button", name="Cliënt toevoegen").click()
    pagina.wait_for_selector(f"[data-overzicht][data-getoond='{voor + 1}']", timeout=30_000)


def getoond(pagina) -> list[str]:
    return pagina.locator("[data-clienten] > li").evaluate_all("(rijen) => rijen.map((r) => r.dataset.label)")


def kaarten(pagina) -> list[str]:
    return [" ".join(t.split()) for t in pagina.locator("[data-clienten] > li").all_inner_texts()]


def importeer(pagina, pad, wachtwoord: str = "") -> str:
    pagina.set_input_files("#import_bestand", str(pad))
    pagina.fill("#import_wachtwoord", wachtwoord)
    pagina.locator("[data-import-melding]").evaluate("(m) => { m.textContent = ''; }")
    pagina.get_by_role("button", name="Importeren", exact=True).click()
    pagina.wait_for_function("() => document.querySelector('[data-import-melding]').textContent !== ''", timeout=60_000)
    return pagina.inner_text("[data-import-melding]")


def exporteer(pagina, map_, wachtwoord: str = ""):
    pagina.fill("#export_wachtwoord", wachtwoord)
    with pagina.expect_download() as download:
        pagina.get_by_role("button", name="Exporteren", exact=True).click()
    pad = map_ / download.value.suggested_filename
    download.value.save_as(pad)
    return pad


def vers(browser, wachter):
    """A fresh profile: a new context has its own IndexedDB."""
    context = browser.new_context(locale="nl-NL", accept_downloads=True)
    pagina = context.new_page()
    wachter.koppel(pagina)
    return context, pagina


def test_een_coach_houdt_drie_clienten_bij_op_het_eigen_apparaat(browser, eigen_server, tmp_path):
    from browserhulp import Wachter

    server, basis = eigen_server
    wachter = Wachter(basis)
    context, pagina = vers(browser, wachter)
    try:
        open_overzicht(pagina, basis)
        assert pagina.inner_text("[data-lijst-melding]").startswith("Nog geen cliënten")

        # A date that does not exist gets Python's own message beside the field, and nothing is stored.
        pagina.get_by_label("Label van de cliënt").fill("mw 3")
        pagina.get_by_label("Of: de eerste ziektedag").fill(f"31-2-{VANDAAG.year}")
        pagina.get_by_role("button", name="Cliënt toevoegen").click()
        fout = pagina.locator("#client-toevoegen .sw-fout")
        fout.wait_for(timeout=30_000)
        assert "geen bestaande datum" in fout.inner_text()
        assert pagina.get_attribute("#eerste_ziektedag", "aria-invalid") == "true"
        assert pagina.evaluate(ALLE) == []
        pagina.get_by_label("Of: de eerste ziektedag").fill("")

        voeg_toe(pagina, NIEUW[0], link=NIEUW[1])
        voeg_toe(pagina, OUD[0], link=OUD[1])
        voeg_toe(pagina, DATUM[0], datum=DATUM[1])
        opgeslagen = sorted(pagina.evaluate(ALLE), key=lambda c: c["label"])
        assert opgeslagen == sorted(CLIENTEN, key=lambda c: c["label"]), "regels, voorbeeld of peildatum opgeslagen"

        # The order is Python's: most urgent first.
        uitkomst = verwacht()
        volgorde = [rij["label"] for rij in uitkomst["clienten"]]
        assert getoond(pagina) == volgorde
        urgenties = [int(u) for u in pagina.locator("[data-clienten] > li").evaluate_all(
            "(rijen) => rijen.map((r) => r.dataset.urgentie)")]
        assert urgenties == sorted(urgenties)
        teksten = kaarten(pagina)
        for rij, tekst in zip(uitkomst["clienten"], teksten):
            assert rij["urgentie_tekst"] in tekst
            if rij["volgende"]:
                assert rij["volgende"]["titel"] in tekst
            for item in rij["achterstallig"]:
                assert item["titel"] in tekst
        assert any(rij["achterstallig"] for rij in uitkomst["clienten"]), "geen cliënt met iets te laat: kies andere data"
        assert "Te laat" in " ".join(teksten)
        # Each label opens that client's full result, its data after #invoer: (never sent to a server).
        href = pagina.locator("[data-label='K7'] [data-resultaat-link]").get_attribute("href")
        assert href.endswith(f"/rekenhulp/dossiercheck/#invoer:eerste_ziektedag={dag(60)}"), href

        # A reload keeps them.
        pagina.reload()
        pagina.wait_for_selector("[data-overzicht][data-getoond='3']", timeout=90_000)
        assert getoond(pagina) == volgorde
        scherm = kaarten(pagina)

        # One calendar: every coming deadline once, each with the client's label.
        with pagina.expect_download() as download:
            pagina.locator("[data-ics]").click()
        ics = (tmp_path / "a.ics")
        download.value.save_as(ics)
        controleer_agenda(ics.read_text("utf-8"), uitkomst)

        # Export without and with a passphrase; each file gives the same list in a fresh profile.
        open_bestand = exporteer(pagina, tmp_path)
        assert json.loads(open_bestand.read_text("utf-8"))["clienten"]
        geheim_pad = tmp_path / "geheim"
        geheim_pad.mkdir()
        geheim = exporteer(pagina, geheim_pad, "paarse olifant 29")
        inhoud = geheim.read_text("utf-8")
        assert "label" not in inhoud and dag(60) not in inhoud and '"versleuteld"' in inhoud  # base64 has no "-"
        assert json.loads(inhoud)["versleuteld"]["iteraties"] >= 600_000

        for bestand, wachtwoord in ((open_bestand, ""), (geheim, "paarse olifant 29")):
            ander, nieuw = vers(browser, wachter)
            try:
                open_overzicht(nieuw, basis)
                if wachtwoord:
                    melding = importeer(nieuw, bestand, "verkeerd wachtwoord")
                    assert "wachtwoord klopt niet" in melding and "niets veranderd" in melding, melding
                    assert nieuw.evaluate(ALLE) == []
                melding = importeer(nieuw, bestand, wachtwoord)
                assert "3 nieuw" in melding, melding
                nieuw.wait_for_selector("[data-overzicht][data-getoond='3']", timeout=30_000)
                assert kaarten(nieuw) == scherm
            finally:
                ander.close()

        # Broken and hostile files change nothing, and say why in Dutch.
        voor = pagina.evaluate(ALLE)
        goed = json.loads(open_bestand.read_text("utf-8"))
        slecht = {
            "kapot": open_bestand.read_text("utf-8")[:40],
            "script": {**goed, "clienten": [{**goed["clienten"][0], "label": "<img src=x onerror=alert(1)>"}]},
            "extra veld": {**goed, "clienten": [{**goed["clienten"][0], "notitie": "rugklachten"}]},
            "verkeerd type": {**goed, "clienten": [{**goed["clienten"][0], "params": {"eerste_ziektedag": 5}}]},
            "te veel": {**goed, "clienten": [{"label": f"c{i}", "rekenhulp": "tijdlijn",
                                              "params": {"eerste_ziektedag": "1-1-2026"}} for i in range(501)]},
            "te groot": "x" * 2_100_000,
            "extra in bestand": {**goed, "versie": 1, "ook": True},
            "mengsel": {**goed, "clienten": [{"label": "nieuw-1", "rekenhulp": "tijdlijn", "params": {"eerste_ziektedag": "1-1-2026"}},
                                             {"label": "nieuw-2", "rekenhulp": "wia_uitkering", "params": {"x": "1"}}]},
        }
        for naam, inhoud in slecht.items():
            pad = tmp_path / f"{naam}.json"
            pad.write_text(inhoud if isinstance(inhoud, str) else json.dumps(inhoud), "utf-8")
            melding = importeer(pagina, pad)
            assert "niets veranderd" in melding, (naam, melding)
            assert pagina.evaluate(ALLE) == voor, naam
        assert getoond(pagina) == volgorde

        # A conflict asks: kept when the coach says no, replaced when yes; never silently.
        ander_k7 = tmp_path / "conflict.json"
        ander_k7.write_text(json.dumps({**goed, "clienten": [
            {"label": "K7", "rekenhulp": "tijdlijn", "params": {"eerste_ziektedag": dag(30)}}]}), "utf-8")
        vragen = []
        pagina.once("dialog", lambda dialoog: (vragen.append(dialoog.message), dialoog.dismiss()))
        assert "1 niet vervangen" in importeer(pagina, ander_k7)
        assert vragen and "K7" in vragen[0]
        assert pagina.evaluate(ALLE) == voor
        pagina.once("dialog", lambda dialoog: dialoog.accept())
        assert "1 vervangen" in importeer(pagina, ander_k7)
        assert {c["label"]: c for c in pagina.evaluate(ALLE)}["K7"]["params"] == {"eerste_ziektedag": dag(30)}

        # Delete one (asked first), then all (an export offered first).
        pagina.once("dialog", lambda dialoog: dialoog.accept())
        pagina.locator("[data-label='Kl-12'] [data-verwijder]").click()
        pagina.wait_for_selector("[data-overzicht][data-getoond='2']", timeout=30_000)
        pagina.get_by_role("button", name="Alle cliënten wissen…").click()
        assert pagina.get_by_role("button", name="Eerst exporteren").is_visible()
        pagina.get_by_role("button", name="Ja, wis alles").click()
        pagina.wait_for_selector("[data-overzicht][data-getoond='0']", timeout=30_000)
        assert pagina.evaluate(ALLE) == []
    finally:
        context.close()
    wachter_fouten = wachter.fouten + wachter.extern
    assert not wachter_fouten, wachter_fouten

    # The server saw the page and its files, never a label, a date or a field name.
    paden = [pad for _, pad, *_ in server.verzoeken]
    geheim = [pad for pad in paden if GEHEIM.search(pad)]
    assert "/rekenhulp/overzicht/" in paden
    assert not geheim, f"de server kreeg gegevens van cliënten: {geheim}"


def test_het_overzicht_past_op_een_telefoon_en_op_een_vel(pagina, basis_url):
    """At 320 px the eight clients are cards that fit the screen. On paper: the title and the cards of eight clients on one A4 sheet, no field or button, no underline, no
    text under 9 pt (the rules of every handout, tests/browser/test_afdruk.py)."""
    from test_afdruk import KLEINSTE_PX, OP_PAPIER, links_per_pagina

    open_overzicht(pagina, basis_url)
    meer = [{"label": f"t-{i}", "rekenhulp": "tijdlijn", "params": {"eerste_ziektedag": dag(20 + 90 * i)}} for i in range(5)]
    pagina.evaluate("""async (clienten) => {
        const { bewaar } = await import(new URL("assets/js/overzicht-opslag.js", document.baseURI + "../../").href);
        await bewaar(clienten);
    }""", CLIENTEN + meer)
    pagina.reload()
    pagina.wait_for_selector("[data-overzicht][data-getoond='8']", timeout=90_000)
    # Phone first: at 320 px a list of cards, nothing wider than the screen.
    pagina.set_viewport_size({"width": 320, "height": 640})
    assert pagina.evaluate("document.documentElement.scrollWidth") <= 320
    assert pagina.locator("[data-clienten] table").count() == 0
    pagina.emulate_media(media="print")
    papier = pagina.evaluate(OP_PAPIER)
    assert not papier["bediening"], papier["bediening"]
    assert not papier["onderstreept"], papier["onderstreept"]
    assert papier["kleinste"] >= KLEINSTE_PX, (papier["kleinste"], papier["waar"])
    assert pagina.locator("[data-clienten] > li").evaluate_all("(rijen) => rijen.every((r) => r.checkVisibility())")
    assert not pagina.locator("#client-toevoegen").is_visible()
    assert len(links_per_pagina(pagina.pdf(format="A4", print_background=True))) == 1


def test_elke_uitkomst_wijst_naar_het_overzicht(pagina, basis_url):
    """A coach finds the overview from every result's share area, and from home and hulp."""
    pagina.goto(f"{basis_url}/rekenhulp/tijdlijn/#invoer:eerste_ziektedag=6-1-2025")
    link = pagina.locator("[data-resultaat] .sw-delen [data-naar-overzicht]")
    link.wait_for(timeout=90_000)
    assert link.get_attribute("href") == f"{basis_url}/rekenhulp/overzicht/"
    for pad in ("", "hulp/"):
        pagina.goto(f"{basis_url}/{pad}")
        assert pagina.locator("article a[href$='rekenhulp/overzicht/']").count() >= 1, pad


def test_het_overzicht_werkt_offline(browser, eigen_server):
    """Once visited, the overview opens and computes without the server, from the service worker's copy."""
    from browserhulp import wacht_tot

    server, basis = eigen_server
    context = browser.new_context(locale="nl-NL")
    pagina = context.new_page()
    try:
        open_overzicht(pagina, basis)
        wacht_tot(pagina, """async () => navigator.serviceWorker.controller
            && (await (await caches.open("spoorwijzer-paginas")).keys()).some((r) => r.url.endsWith("/rekenhulp/overzicht/"))
            && (await (await caches.open("spoorwijzer-bestanden")).keys()).some((r) => r.url.endsWith("/overzicht-bestand.js"))
            && (await (await caches.open("spoorwijzer-runtime")).keys()).length >= 6""", timeout=60_000)
        voeg_toe(pagina, DATUM[0], datum=DATUM[1])
        server.shutdown()  # really gone: every answer now comes from the service worker's caches
        server.server_close()
        context.set_offline(True)
        pagina.reload()
        pagina.wait_for_selector("[data-overzicht][data-getoond='1']", timeout=90_000)
        assert "mw 3" in kaarten(pagina)[0]
    finally:
        context.close()


def test_vijf_clienten_een_week_lang(browser, basis_url):
    """A fresh coach keeps five clients for a week of visits (the browser's clock moved a day at a time, the same
    profile, a new tab each morning): every day all five are there, computed for that day in Python's order."""
    from datetime import datetime, timedelta

    context = browser.new_context(locale="nl-NL")
    begin = datetime(VANDAAG.year, VANDAAG.month, VANDAAG.day, 8, 30)
    context.clock.set_fixed_time(begin)
    vijf = CLIENTEN + [{"label": "v-4", "rekenhulp": "tijdlijn", "params": {"eerste_ziektedag": dag(300)}},
                       {"label": "v-5", "rekenhulp": "dossiercheck", "params": {"eerste_ziektedag": dag(150)}}]
    try:
        pagina = context.new_page()
        open_overzicht(pagina, basis_url)
        voeg_toe(pagina, NIEUW[0], link=NIEUW[1])
        voeg_toe(pagina, OUD[0], link=OUD[1])
        voeg_toe(pagina, DATUM[0], datum=DATUM[1])
        voeg_toe(pagina, "v-4", datum=dag(300))
        voeg_toe(pagina, "v-5", link=f"https://spoorwijzer.nl/rekenhulp/dossiercheck/#invoer:eerste_ziektedag={dag(150)}")
        pagina.close()
        for dagen in range(1, 8):
            moment = begin + timedelta(days=dagen)
            context.clock.set_fixed_time(moment)
            pagina = context.new_page()
            open_overzicht(pagina, basis_url)
            pagina.wait_for_selector("[data-overzicht][data-getoond='5']", timeout=60_000)
            uitkomst = run("overzicht", {"clienten": vijf, "vandaag": moment.date().isoformat()})
            assert getoond(pagina) == [rij["label"] for rij in uitkomst["clienten"]], moment
            assert pagina.get_attribute("[data-lijst-melding] time", "datetime") == moment.date().isoformat()
            weken = {rij["label"]: rij["huidige_week"] for rij in uitkomst["clienten"]}
            for label, week in weken.items():
                assert f"week {week}" in pagina.inner_text(f"[data-clienten] > li[data-label='{label}']"), (moment, label)
            pagina.close()
    finally:
        context.close()


def test_een_vol_overzicht_gaat_versleuteld_heen_en_terug(pagina, basis_url):
    """500 clients with long links (the most an import takes) through an encrypted file and back, unchanged: the
    encrypted bytes are turned into text in pieces (one call with every byte as an argument overflowed)."""
    open_overzicht(pagina, basis_url)
    terug = pagina.evaluate("""async () => {
        const { maakBestand, leesBestand } = await import(new URL("assets/js/overzicht-bestand.js", document.baseURI + "../../").href);
        const clienten = Array.from({ length: 500 }, (_, i) => ({ label: `c-${i}`, rekenhulp: "dossiercheck",
          params: Object.fromEntries(Array.from({ length: 5 }, (_, j) => [`veld_${j}`, "2025-01-06,".repeat(30)])) }));
        const bestand = await maakBestand(clienten, "een lang wachtwoord");
        const gelezen = await leesBestand(bestand, "een lang wachtwoord");
        return { gelijk: JSON.stringify(gelezen) === JSON.stringify(clienten), grootte: bestand.length };
    }""")
    assert terug["gelijk"], terug
    assert terug["grootte"] > 1_000_000, terug  # it really was a large file


def test_een_label_als_een_naam_wordt_eerst_nagevraagd(pagina, basis_url):
    """A label like "Jan Jansen" would travel into the export and the coach's calendar: the page asks first, next
    to the field, and stores it only when the coach adds it again. A code like K7 or Kl-12 is stored at once."""
    open_overzicht(pagina, basis_url)
    pagina.fill("#label", "Jan Jansen")
    pagina.fill("#eerste_ziektedag", "6-1-2025")
    pagina.click("#client-toevoegen button[type=submit]")
    melding = pagina.wait_for_selector("#client-toevoegen .sw-fout")
    assert "lijkt op een naam" in melding.inner_text()
    assert pagina.evaluate("document.activeElement.id") == "label"
    assert pagina.get_attribute("#label", "aria-invalid") == "true"
    assert pagina.evaluate(ALLE) == []
    pagina.click("#client-toevoegen button[type=submit]")  # the coach says: it is no name
    pagina.wait_for_selector("[data-overzicht][data-getoond='1']", timeout=60_000)
    assert [c["label"] for c in pagina.evaluate(ALLE)] == ["Jan Jansen"]
    voeg_toe(pagina, "Kl-12", datum="6-1-2025")
    assert sorted(c["label"] for c in pagina.evaluate(ALLE)) == ["Jan Jansen", "Kl-12"]
