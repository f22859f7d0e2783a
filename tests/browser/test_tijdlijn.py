"""The personal timeline in a real browser: prefilled link, .ics download, keyboard-only use, errors."""

from datetime import date

import icalendar
import pytest

pytestmark = pytest.mark.browser
KLAAR = "form[data-calculator=tijdlijn][data-state=ready]"


def datum_van(pagina, mijlpaal):
    return pagina.get_attribute(f"[data-resultaat] .sw-stappen [data-id={mijlpaal}] time", "datetime")


def test_gedeelde_link_toont_de_data_en_het_ics_bestand_klopt(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/tijdlijn/?eerste_ziektedag=2025-01-06&loonsanctie_weken=12&peildatum=2026-11-22")
    pagina.wait_for_selector(KLAAR, timeout=60_000)
    pagina.wait_for_selector("[data-resultaat] .sw-stappen [data-id=wia_ingang] time")
    assert datum_van(pagina, "wia_aanvraag_uiterlijk") == "2026-10-18"
    assert datum_van(pagina, "einde_wachttijd") == "2027-03-28"
    assert pagina.inner_text("[data-resultaat] .sw-stappen [data-id=wia_aanvraag_uiterlijk] time") == "18 oktober 2026"
    assert "week 98" in pagina.inner_text(".sw-samenvatting")
    assert pagina.locator(".sw-figuur svg .sw-vandaag").count() == 1
    with pagina.expect_download() as download:
        pagina.click("[data-ics]")
    agenda = icalendar.Calendar.from_ical(open(download.value.path(), "rb").read())
    starts = {str(e["UID"]).split("-", 3)[3]: e.decoded("DTSTART") for e in agenda.walk("VEVENT")}
    assert starts["einde_wachttijd@spoorwijzer.nl"] == date(2027, 3, 28)
    # Only what is still to come on the peildatum: the end of the waiting period and the day after.
    assert set(starts) == {"einde_wachttijd@spoorwijzer.nl", "wia_ingang@spoorwijzer.nl"}


def test_formulier_werkt_alleen_met_het_toetsenbord(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/tijdlijn/")
    pagina.wait_for_selector(KLAAR, timeout=60_000)
    for _ in range(80):
        pagina.keyboard.press("Tab")
        if pagina.evaluate("document.activeElement.dataset.veld") == "ziekteperiodes[0].van":
            break
    else:
        pytest.fail("het eerste datumveld is met Tab niet te bereiken")
    pagina.keyboard.type("6-1-2025")
    pagina.keyboard.press("Tab")
    pagina.keyboard.type("28-2-2025")
    pagina.keyboard.press("Tab")
    assert pagina.evaluate("document.activeElement.dataset.voegToe") == "ziekteperiodes"
    pagina.keyboard.press("Enter")
    assert pagina.evaluate("document.activeElement.dataset.veld") == "ziekteperiodes[1].van"
    pagina.keyboard.type("20-3-2025")
    pagina.keyboard.press("Enter")
    pagina.wait_for_selector("[data-resultaat] .sw-stappen [data-id=einde_wachttijd] time")
    assert datum_van(pagina, "einde_wachttijd") == "2027-01-22"
    assert "ziekteperiodes=6-1-2025/28-2-2025,20-3-2025/" in pagina.url


def test_foute_datum_geeft_melding_naast_het_veld(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/tijdlijn/?eerste_ziektedag=2025-02-30&loonsanctie_weken=60")
    pagina.wait_for_selector(".sw-fout")
    veld = pagina.locator('[data-veld="ziekteperiodes[0].van"]')
    assert veld.get_attribute("aria-invalid") == "true"
    melding = pagina.locator(f'#{veld.get_attribute("aria-describedby").split()[-1]}')
    assert "‘2025-02-30’ is geen bestaande datum: februari 2025 heeft 28 dagen" in melding.inner_text()
    assert pagina.locator("#loonsanctie_weken").get_attribute("aria-invalid") == "true"
    samenvatting = pagina.locator("[data-foutsamenvatting]")
    assert samenvatting.is_visible() and samenvatting.locator("a").count() == 2
    assert pagina.locator("[data-resultaat]").is_hidden()


def test_tijdlijn_start_ook_na_instant_navigatie(pagina, basis_url, laad_thema):
    pagina.goto(f"{basis_url}/")
    # Material's script loads at the first move. Its instant navigation works on the real host; on a
    # loopback port it treats links as external (it rebases the sitemap without the port).
    laad_thema(pagina)
    pagina.click("nav a[href$='rekenhulp/tijdlijn/']")
    pagina.wait_for_selector(KLAAR, timeout=60_000)
    pagina.fill('[data-veld="ziekteperiodes[0].van"]', "15-7-2025")
    pagina.click("button[type=submit]")
    pagina.wait_for_selector("[data-resultaat] .sw-stappen [data-id=wia_aanvraag_uiterlijk] time")
    assert datum_van(pagina, "wia_aanvraag_uiterlijk") == "2027-04-26"


def test_status_en_weken_zeggen_wat_bekend_is(pagina, basis_url):
    """Issue 26: "Voorbij" beside "Spoor 2: praktijkgrens" read as if spoor 2 had started, and the window of the
    eerstejaarsevaluatie (17 november 2025 to 4 January 2026) was labelled "week 52" alone."""
    pagina.goto(f"{basis_url}/rekenhulp/tijdlijn/?eerste_ziektedag=2025-01-06&peildatum=2026-03-22")
    pagina.wait_for_selector("[data-resultaat] .sw-stappen [data-id=wia_ingang] time", timeout=60_000)
    spoor2 = pagina.locator("[data-resultaat] .sw-stappen [data-id=spoor2_uiterlijk]")
    assert spoor2.locator(".sw-status").text_content() == "Status: Deze datum is voorbij"
    eje = pagina.locator("[data-resultaat] .sw-stappen [data-id=eerstejaarsevaluatie]")
    assert [t.get_attribute("datetime") for t in eje.locator(".sw-wanneer time").all()] == ["2025-11-17", "2026-01-04"]
    assert eje.locator(".sw-week").inner_text().strip() == "week 46 tot en met 52"
    assert eje.locator(".sw-status").text_content() == "Status: Deze periode is voorbij"
    statussen = pagina.locator("[data-resultaat] .sw-stappen .sw-status").all_text_contents()
    assert not any(s.removeprefix("Status: ") in ("Voorbij", "Volgende stap", "Nog niet") for s in statussen), statussen
