"""Amounts on a phone: what was read is shown while typing, an unlikely pair is asked about beside its
field and above the answer (which still comes), and every result says what it did not compute."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser
KOP = "[data-resultaat]:not([hidden]) [data-kop]"


def _wacht_tot_klaar(pagina):
    pagina.wait_for_selector("form[data-calculator][data-state=ready]", timeout=90_000)


def test_onder_het_veld_staat_het_bedrag_zoals_gelezen(pagina, basis_url):
    pagina.set_viewport_size({"width": 390, "height": 844})
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkomst/")
    _wacht_tot_klaar(pagina)
    pagina.get_by_label("Uw oude loon (maatmanloon)").fill("3.000")
    gelezen = pagina.locator("#gelezen-maatmanloon")
    pagina.wait_for_function("() => document.querySelector('#gelezen-maatmanloon').textContent.includes('€')")
    assert gelezen.text_content() == "Gelezen als € 3.000,00"
    assert "gelezen-maatmanloon" in pagina.get_by_label("Uw oude loon (maatmanloon)").get_attribute("aria-describedby")
    pagina.get_by_label("Wat u nog kunt verdienen (restverdiencapaciteit)").fill("1200")
    pagina.get_by_role("button", name="Bereken de indicatie").click()
    pagina.wait_for_selector(KOP)
    resultaat = pagina.locator("[data-resultaat]")
    assert "60,00" in resultaat.text_content()           # not 0,00: the dot groups thousands
    assert pagina.locator("[data-waarschuwingen]").count() == 0
    assert pagina.locator(".sw-waarschuwing").count() == 0


def test_uurloon_naast_maandbedrag_wordt_gevraagd_en_toch_berekend(pagina, basis_url):
    pagina.set_viewport_size({"width": 320, "height": 640})
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkomst/?maatmanloon=3000&restverdiencapaciteit=22")
    kop = pagina.wait_for_selector(KOP, timeout=90_000)
    blok = pagina.locator("[data-waarschuwingen]")
    assert "per uur en het andere per maand" in blok.text_content()
    assert blok.locator("a").get_attribute("href").endswith("#restverdiencapaciteit")
    naast = pagina.locator(".sw-veld .sw-waarschuwing")
    assert naast.count() == 1 and "per uur" in naast.text_content()
    veld = pagina.locator("#restverdiencapaciteit")
    assert veld.get_attribute("aria-invalid") is None       # valid: asked about, not refused
    assert naast.get_attribute("id") in veld.get_attribute("aria-describedby").split()
    assert blok.get_attribute("id") in kop.get_attribute("aria-describedby").split()
    # Answering the question (both per month) removes it.
    veld.fill("1200")
    pagina.get_by_role("button", name="Bereken de indicatie").click()
    pagina.wait_for_function("() => !document.querySelector('[data-waarschuwingen]')")
    assert pagina.locator(".sw-waarschuwing").count() == 0
    assert "sw-waarschuwing" not in (veld.get_attribute("aria-describedby") or "")


def test_elk_resultaat_zegt_wat_niet_is_meegerekend(pagina, basis_url):
    pagina.goto(f"{basis_url}/rekenhulp/wia-uitkomst/?maatmanloon=3000&restverdiencapaciteit=1200")
    pagina.wait_for_selector(KOP, timeout=90_000)
    sectie = pagina.locator("[data-niet-meegerekend]")
    assert sectie.locator("h3").text_content() == "Niet meegerekend"
    punten = sectie.locator("li")
    assert punten.count() >= 3
    for i in range(punten.count()):
        assert punten.nth(i).locator("a[href^='https://wetten.overheid.nl/']").count() == 1
