"""The QR code of a share link: exactly segno's code of that text, readable, never an exception."""

import re

import segno

from calculators import api, qr

LINK = "https://spoorwijzer.nl/rekenhulp/tijdlijn/?eerste_ziektedag=2025-01-06&peildatum=2026-11-26"


def test_qr_is_segno_van_precies_de_link():
    uit = api.run("qr", {"tekst": LINK})
    assert uit == {"ok": True, "svg": qr.svg(LINK)}
    verwacht = segno.make(LINK, error="m", micro=False, boost_error=False)
    maat = verwacht.symbol_size(scale=1, border=4)[0]
    assert f'viewBox="0 0 {maat} {maat}"' in uit["svg"]
    assert uit["svg"].startswith("<svg") and "<title>" in uit["svg"] and "width=" not in uit["svg"]


def test_andere_link_andere_code():
    assert qr.svg(LINK) != qr.svg(LINK + "&x=1")


def test_geen_of_te_lange_link_geeft_melding():
    for params in ({}, {"tekst": ""}, {"tekst": 42}, {"tekst": "x" * (qr.MAX_LINK + 1)}):
        uit = api.run("qr", params)
        assert uit["ok"] is False and uit["fouten"][0]["veld"] == "tekst"
        assert re.search(r"\b(link|QR)\b", uit["fouten"][0]["melding"])
