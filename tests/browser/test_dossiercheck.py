"""The dossiercheck in a real browser: keyboard only, a hostile link, the result on a 320 and a 390 px
phone, the checklist against the API (status in words and in shape), the prefilled link from the
tijdlijn, the handout on paper (at most two A4 pages) and axe-core with a result and with errors."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from test_paginas import axe_context, axe_schendingen  # noqa: F401 (axe_context is a fixture)
from test_resultaten import (KOP, KOP_IN_BEELD, controleer_resultaat_op_telefoon, pdf_paginas,  # noqa: F401
                             scherm, zelfde_link)
from test_toetsenbord import tab_naar

from calculators import api

pytestmark = pytest.mark.browser
PAD = "rekenhulp/dossiercheck/"
KLAAR = "form[data-calculator=dossiercheck][data-state=ready]"
STAPPEN = ("probleemanalyse", "plan_van_aanpak", "ziekmelding_uwv", "eerstejaarsevaluatie", "spoor2_gestart",
           "eindevaluatie", "actueel_oordeel", "reintegratieverslag", "wia_aanvraag")

#: Voorbeeld A on 1 December 2025: the analysis and the plan on time, the conversations with two gaps
#: (one still open), the ziekmelding bij UWV missing, the rest still ahead.
ONTBREEKT = {"eerste_ziektedag": "6-1-2025", "peildatum": "2025-12-01", "probleemanalyse": "10-2-2025",
             "plan_van_aanpak": "20-2-2025", "evaluaties": "3-4-2025,15-5-2025,10-7-2025"}
#: All four statuses at once, on 1 March 2026: a late analysis (which moves the plan's deadline), steps
#: on time, spoor 2 missing, the last steps still ahead.
ALLE_VIER = {"eerste_ziektedag": "6-1-2025", "peildatum": "2026-03-01", "probleemanalyse": "1-3-2025",
             "plan_van_aanpak": "10-3-2025", "ziekmelding_uwv": "27-10-2025", "eerstejaarsevaluatie": "20-12-2025",
             "evaluaties": "20-4-2025,1-6-2025,10-7-2025,20-8-2025,1-10-2025,10-11-2025,20-12-2025,25-1-2026"}
#: The longest handout: two sick periods (a note), every step filled in, some late, and three gaps.
ZWAAR = {"ziekteperiodes": "6-1-2025/28-2-2025,20-3-2025/", "peildatum": "2026-11-20", "probleemanalyse": "1-3-2025",
         "plan_van_aanpak": "1-4-2025", "ziekmelding_uwv": "20-11-2025", "eerstejaarsevaluatie": "1-2-2026",
         "spoor2_gestart": "1-4-2026", "actueel_oordeel": "1-10-2026", "eindevaluatie": "10-10-2026",
         "reintegratieverslag": "20-10-2026", "wia_aanvraag": "5-11-2026",
         "evaluaties": "1-5-2025,1-8-2025,1-9-2025,1-12-2025,1-1-2026,1-3-2026,1-4-2026,1-6-2026,1-7-2026,1-8-2026"}
WOORDEN = {"op_tijd": "Op tijd", "te_laat": "Te laat", "ontbreekt": "Ontbreekt", "nog_niet": "Nog niet"}

VIJANDIG = "<script>window.__gekaapt=1</script>"
BEELD = "\"'><img src=x onerror=\"window.__gekaapt=1\">"


def adres(basis_url: str, params: dict) -> str:
    return f"{basis_url}/{PAD}?" + "&".join(f"{k}={quote(v, safe='')}" for k, v in params.items())


def invoer(adres: str) -> dict:
    """The fields an address carries in its fragment (`#invoer:naam=waarde&…`, rekenhulp.js)."""
    fragment = urlsplit(adres).fragment
    assert fragment.startswith("invoer:"), adres
    return dict(parse_qsl(fragment[len("invoer:"):]))


def als_api(params: dict) -> dict:
    """What the page sends: the same fields, dates as typed (the API reads both forms)."""
    result = api.run("dossiercheck", params)
    assert result["ok"], result
    return result


def test_met_alleen_het_toetsenbord(pagina, basis_url):
    pagina.goto(f"{basis_url}/{PAD}")
    pagina.wait_for_selector(KLAAR, timeout=60_000)
    tab_naar(pagina, '[data-veld="ziekteperiodes[0].van"]')
    pagina.keyboard.type("6-1-2025")
    tab_naar(pagina, "#probleemanalyse", 8)
    pagina.keyboard.type("10-2-2025")
    pagina.keyboard.press("Tab")
    assert pagina.evaluate("document.activeElement.id") == "plan_van_aanpak"
    pagina.keyboard.type("20-2-2025")
    pagina.keyboard.press("Tab")
    assert pagina.evaluate("document.activeElement.id") == "evaluaties"
    pagina.keyboard.type("3-4-2025")
    pagina.keyboard.press("Enter")  # a new line in the field, not a submit
    pagina.keyboard.type("15-5-2025, 26-6-2025")
    assert pagina.locator("[data-resultaat]").is_hidden()
    tab_naar(pagina, "button[type=submit]", 12)
    pagina.keyboard.press("Enter")
    pagina.wait_for_selector(KOP)
    kop = pagina.evaluate(KOP_IN_BEELD)
    assert kop["gefocust"] and kop["aantal"] == 1, kop
    # The peildatum is today: what the page shows is what the API gives for today.
    verwacht = als_api({"eerste_ziektedag": "6-1-2025", "probleemanalyse": "10-2-2025",
                        "plan_van_aanpak": "20-2-2025", "evaluaties": "3-4-2025,15-5-2025,26-6-2025"})
    assert pagina.inner_text(KOP) == verwacht["kop"]
    # The link holds the conversations in the API's compact form.
    zoek = invoer(pagina.url)
    assert zoek["evaluaties"] == "3-4-2025,15-5-2025,26-6-2025"
    # From the headline, Tab goes on through the result: first the advice's sources, then the controls.
    pagina.keyboard.press("Tab")
    assert pagina.evaluate("document.activeElement.closest('[data-resultaat]') !== null")


def test_vijandige_link_voert_niets_uit_en_zegt_per_veld_wat_er_mis_is(pagina, basis_url):
    params = {"eerste_ziektedag": "6-1-2025", "peildatum": "2025-12-01", "probleemanalyse": VIJANDIG,
              "eindevaluatie": BEELD, "evaluaties": f"1-3-2025,{BEELD}", "wia_aanvraag": "9" * 5000,
              "spoor2_gestart": "31-12-2024", "onbekend": VIJANDIG}
    pagina.goto(adres(basis_url, params))
    pagina.wait_for_selector(".sw-fout", timeout=60_000)
    assert pagina.evaluate("window.__gekaapt") is None
    assert pagina.locator("img[src=x]").count() == 0
    assert pagina.locator("[data-resultaat]").is_hidden()
    verwacht = {
        "#probleemanalyse": "De datum van de probleemanalyse is geen datum die de rekenhulp kan lezen",
        "#eindevaluatie": "De datum van de eindevaluatie is geen datum die de rekenhulp kan lezen",
        "#wia_aanvraag": "De datum van de WIA-aanvraag is te lang",
        "#spoor2_gestart": "mag niet vóór de eerste ziektedag liggen (6 januari 2025)",
        "#evaluaties": "De datum van gesprek 2 is geen datum die de rekenhulp kan lezen",
    }
    for veld, woorden in verwacht.items():
        element = pagina.locator(veld)
        assert element.get_attribute("aria-invalid") == "true", veld
        meldingen = [pagina.locator(f"#{i}").text_content() for i in element.get_attribute("aria-describedby").split()
                     if i.startswith("fout-")]
        assert meldingen and all(m.startswith("Fout: ") for m in meldingen), (veld, meldingen)
        assert any(woorden in m for m in meldingen), (veld, meldingen)
        # beside the field: in the field's own block, just before it
        naast = element.evaluate("(e) => e.previousElementSibling.classList.contains('sw-fout')")
        assert naast, veld
    # The payload is shown back as text in the field, never as markup.
    assert pagina.input_value("#eindevaluatie") == BEELD
    # The summary lists every mistake and links to its field.
    links = pagina.locator("[data-foutsamenvatting] a")
    # The page splits the conversations on commas, semicolons and lines only (a date may hold spaces):
    # the payload is one "date" there, the second conversation.
    delen = (deel.strip() for deel in re.split(r"[\n\r,;]+", params["evaluaties"]))
    verstuurd = {**params, "evaluaties": ",".join(deel for deel in delen if deel)}
    assert links.count() == len(api.run("dossiercheck", verstuurd)["fouten"]) == 5
    assert set(links.evaluate_all("(a) => a.map((l) => l.hash)")) >= set(verwacht)


@pytest.mark.parametrize("breedte", [320, 390])
def test_resultaat_past_op_een_telefoon(scherm, basis_url, laad_thema, breedte):
    pagina = scherm(breedte)
    pagina.goto(adres(basis_url, ONTBREEKT))
    pagina.wait_for_selector(KOP, timeout=60_000)
    controleer_resultaat_op_telefoon(pagina, breedte, laad_thema)


def test_uitkomst_volgt_de_api_met_status_in_woord_en_vorm(scherm, basis_url):
    pagina = scherm(390)
    pagina.goto(adres(basis_url, ALLE_VIER))
    pagina.wait_for_selector(KOP, timeout=60_000)
    verwacht = als_api(ALLE_VIER)
    # spoor 2 is UWV's practice, not a legal term (BW 7:658a lid 1 and 2), and the headline says so
    assert pagina.inner_text(KOP) == verwacht["kop"] == (
        "Spoor 2 is niet gestart. De praktijkgrens was zaterdag 31 januari 2026 (geen wettelijke termijn). Verder: 1 "
        "stap kwam te laat.")
    samenvatting = verwacht["samenvatting"]
    assert samenvatting["tekst"] in pagina.inner_text(".sw-samenvatting")
    # "Wat nu?": where the reader stands, then every item of the to-do list in Python's order, each per role
    assert pagina.inner_text(".sw-dossier-waar") == verwacht["stand"]["tekst"]
    items = pagina.locator(".sw-dossier-tedoen > li")
    assert items.evaluate_all("(l) => l.map((li) => li.dataset.over)") == [i["over"] for i in verwacht["te_doen"]]
    assert items.first.locator(".sw-rollen dd").all_inner_texts() == [
        verwacht["te_doen"][0]["wat_nu"]["werknemer"], verwacht["te_doen"][0]["wat_nu"]["werkgever"]]
    # What the check cannot see is the first point of "Niet meegerekend", rendered by the binding.
    assert verwacht["niet_meegerekend"][0]["waarom"] in pagina.inner_text("[data-niet-meegerekend]")
    # Order: the answer, what now, the controls, the checklist, the conversations.
    volgorde = pagina.evaluate("""() => [...document.querySelectorAll(
        '[data-resultaat] .sw-samenvatting, .sw-dossier-watnu, .sw-delen, .sw-dossier-lijst, .sw-dossier-gesprekken')]
        .map((e) => e.className.split(' ').pop())""")
    assert volgorde == ["sw-samenvatting", "sw-dossier-watnu", "sw-delen", "sw-dossier-lijst", "sw-dossier-gesprekken"]

    items = pagina.locator(".sw-checklist > li")
    assert items.evaluate_all("(l) => l.map((li) => li.dataset.id)") == list(STAPPEN)
    gezien = items.evaluate_all("""(lijst) => lijst.map((li) => ({
        status: li.dataset.status,
        woord: li.querySelector('.sw-check-status').textContent,
        vorm: [...li.querySelectorAll('.sw-teken > *')].map((d) => d.tagName + '.' + d.getAttribute('class')).join(' '),
        uiterlijk: li.querySelector('dd time').getAttribute('datetime'),
        gedaan: li.querySelectorAll('dd')[2].textContent,
        titel: li.querySelector('.sw-stap-titel').textContent,
    }))""")
    for stap, item in zip(verwacht["stappen"], gezien):
        # a step whose date is UWV's practice carries its own words for the status (spoor 2: "Niet gestart")
        assert (item["status"], item["woord"], item["uiterlijk"], item["titel"]) == (
            stap["status"], stap["status_tekst"] or WOORDEN[stap["status"]], stap["uiterlijk"], stap["titel"]), item
        assert (stap["gedaan"] is None) == (item["gedaan"] == "niet ingevuld")
    assert {g["status"] for g in gezien} == set(WOORDEN)
    # Not by colour alone: each status has a mark of its own shape.
    vormen = {s: {g["vorm"] for g in gezien if g["status"] == s} for s in WOORDEN}
    assert all(len(v) == 1 for v in vormen.values()) and len(set().union(*vormen.values())) == 4, vormen
    # A late step says by how much; the plan's deadline moved with the late analysis (1-3 + 14 days).
    assert "(13 dagen te laat)" in items.nth(0).inner_text()
    assert gezien[1]["uiterlijk"] == "2025-03-15"

    # Explanation, consequence and source open on request.
    meer = items.nth(4).locator("details")
    assert not meer.locator("p").first.is_visible()
    meer.locator("summary").click()
    spoor2 = verwacht["stappen"][4]
    assert spoor2["uitleg"] in meer.inner_text() and spoor2["gevolg"] in meer.inner_text()
    assert meer.locator("a").get_attribute("href") == spoor2["bron"]["url"]
    assert "Er ging nooit te lang voorbij" in pagina.inner_text(".sw-dossier-gesprekken")

    # The calendar holds the steps still to come, exactly as Python made them for this peildatum.
    with pagina.expect_download() as download:
        pagina.click("[data-ics]")
    assert open(download.value.path(), encoding="utf-8", newline="").read() == verwacht["ics"]


def test_gaten_in_de_gesprekken_staan_met_hun_data(scherm, basis_url):
    pagina = scherm(390)
    pagina.goto(adres(basis_url, ONTBREEKT))
    pagina.wait_for_selector(KOP, timeout=60_000)
    verwacht = als_api(ONTBREEKT)
    assert [g["van"] for g in verwacht["evaluatie_gaten"]] == ["2025-05-15", "2025-07-10"]
    gaten = pagina.locator(".sw-dossier-gaten > li")
    assert gaten.evaluate_all("(l) => l.map((li) => [...li.querySelectorAll('time')].map((t) => t.dateTime))") == [
        [g["van"], g["tot"]] for g in verwacht["evaluatie_gaten"]]
    assert "144 dagen zonder gesprek" in gaten.nth(1).inner_text()
    # The field shows the conversations one per line.
    assert pagina.input_value("#evaluaties") == "3-4-2025\n15-5-2025\n10-7-2025"


def test_link_vanaf_de_tijdlijn_vult_dezelfde_ziektedagen_in(pagina, basis_url):
    tijdlijn = ("rekenhulp/tijdlijn/?ziekteperiodes=6-1-2025%2F28-2-2025%2C20-3-2025%2F&verlof=5-5-2025%2F24-8-2025%2Fja"
                "&verlenging_weken=13&loonsanctie_weken=12&peildatum=2026-03-22")
    pagina.goto(f"{basis_url}/{tijdlijn}")
    pagina.wait_for_selector(KOP, timeout=60_000)
    datum = {i: pagina.get_attribute(f".sw-stappen [data-id={i}] strong time", "datetime")
             for i in ("probleemanalyse", "reintegratieverslag", "wia_aanvraag_uiterlijk")}
    link = pagina.locator("[data-resultaat] a[data-dossiercheck]")
    assert link.inner_text() == "Controleer het dossier"
    # The sick days go along; the sanction and the UWV letter are no input of the check.
    doel = urlsplit(link.get_attribute("href"))
    assert doel.path.endswith("/rekenhulp/dossiercheck/")
    assert not doel.query and invoer(link.get_attribute("href")) == {
        "ziekteperiodes": "6-1-2025/28-2-2025,20-3-2025/", "verlof": "5-5-2025/24-8-2025/ja",
        "verlenging_weken": "13", "peildatum": "2026-03-22"}
    link.click()
    pagina.wait_for_url(f"**/{PAD}#invoer:*")
    pagina.wait_for_selector(KOP, timeout=60_000)
    assert pagina.input_value('[data-veld="ziekteperiodes[1].van"]') == "20-3-2025"
    assert pagina.input_value('[data-veld="verlof[0].tot"]') == "24-8-2025"
    assert pagina.input_value("#verlenging_weken") == "13"
    assert pagina.locator("#verlenging_weken").is_visible()  # its disclosure opened
    uiterlijk = {li.get_attribute("data-id"): li.locator("dd time").first.get_attribute("datetime")
                 for li in pagina.locator(".sw-checklist > li").all()}
    # The same days as the tijdlijn gave for the same sick days.
    assert uiterlijk["probleemanalyse"] == datum["probleemanalyse"]
    assert uiterlijk["reintegratieverslag"] == datum["reintegratieverslag"]
    assert uiterlijk["wia_aanvraag"] == datum["wia_aanvraag_uiterlijk"]


@pytest.mark.parametrize("naam, params", [("ontbreekt", ONTBREEKT), ("alle vier", ALLE_VIER), ("zwaar", ZWAAR)])
def test_afdruk_is_een_lijst_op_hooguit_twee_paginas(scherm, basis_url, naam, params):
    pagina = scherm(1280, 900)
    pagina.goto(adres(basis_url, params))
    pagina.wait_for_selector(KOP, timeout=60_000)
    pagina.wait_for_selector("[data-qr] svg", state="attached", timeout=20_000)
    assert 1 <= pdf_paginas(pagina) <= 2
    pagina.emulate_media(media="print")
    gezien = pagina.evaluate("""() => ({
        formulier: [...document.querySelectorAll('form input, form textarea, form button, .md-header, .md-sidebar')]
          .filter((e) => e.checkVisibility()).length,
        stappen: [...document.querySelectorAll('.sw-checklist > li')].filter((e) => e.checkVisibility()).length,
        woorden: [...document.querySelectorAll('.sw-check-status')].filter((e) => e.checkVisibility()).length,
        vormen: [...document.querySelectorAll('.sw-check-status svg')].filter((e) => e.checkVisibility()).length,
        afdruk: document.querySelector('[data-afdruk]').checkVisibility(),
        tekst: document.querySelector('.md-content').innerText,
    })""")
    assert gezien["formulier"] == 0 and gezien["afdruk"]
    assert gezien["stappen"] == gezien["woorden"] == gezien["vormen"] == len(STAPPEN)
    for stuk in ("De brief van UWV gaat voor", "Berekend op", "Wat nu?", "Niet meegerekend",
                 "Gesprekken over het plan van aanpak"):
        assert stuk in gezien["tekst"], stuk
    assert "Controleer het dossier" not in gezien["tekst"]


@pytest.mark.parametrize("toestand", ["resultaat", "fouten"])
def test_toegankelijk_met_resultaat_en_met_fouten(axe_context, basis_url, laad_thema, toestand):  # noqa: F811
    pagina = axe_context.new_page()
    params = ALLE_VIER if toestand == "resultaat" else {
        **ALLE_VIER, "eerste_ziektedag": "nooit", "plan_van_aanpak": BEELD, "evaluaties": "1-3-2025,31-2-2025"}
    pagina.goto(adres(basis_url, params))
    pagina.wait_for_selector(KOP if toestand == "resultaat" else ".sw-fout", timeout=60_000)
    if toestand == "resultaat":
        pagina.evaluate("() => document.querySelectorAll('[data-resultaat] details').forEach((d) => { d.open = true; })")
    schendingen = axe_schendingen(pagina)
    assert not schendingen, schendingen
    laad_thema(pagina)
    schendingen = axe_schendingen(pagina)
    assert not schendingen, f"met Material's script geladen:\n{schendingen}"


def test_deellink_opent_dezelfde_check(scherm, basis_url):
    pagina = scherm(390, permissions=["clipboard-read", "clipboard-write"])
    pagina.goto(adres(basis_url, ONTBREEKT))
    pagina.wait_for_selector(KOP, timeout=60_000)
    pagina.locator("[data-kopieer]").click()
    pagina.wait_for_selector(".sw-deelmelding:not(:empty)")
    gekopieerd = pagina.evaluate("navigator.clipboard.readText()")
    assert zelfde_link(gekopieerd, adres(basis_url, ONTBREEKT))
