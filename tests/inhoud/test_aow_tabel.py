"""Issue 26: the AOW page states the AOW age per birth period from `calculators.aow`, the one dated table the
calculators use (`{{ tabel.aow_leeftijden }}`), so a page and a calculator cannot disagree on it."""

from __future__ import annotations

import re
from datetime import timedelta
from html import escape, unescape

from bouw import regels as bouwstap
from calculators import aow
from calculators.datums import nl_datum


def _cellen(rij_html: str) -> list[str]:
    return [" ".join(unescape(re.sub(r"<[^>]+>", " ", c)).split()) for c in re.findall(r"<td[^>]*>(.*?)</td>", rij_html, re.S)]


def gerenderde_rijen(site_map) -> tuple[list[list[str]], str]:
    html = (site_map / "aow-leeftijd" / "index.html").read_text("utf-8")
    sectie = html.split('id="uw-aow-leeftijd"', 1)[1].split("<h2", 1)[0]
    blok = sectie.split('class="sw-aow-leeftijden"', 1)[1].split("</div>\n", 1)[0]
    tbody = re.split(r"<tbody\b[^>]*>", blok, maxsplit=1)[1].split("</tbody>", 1)[0]
    return [_cellen(r) for r in re.findall(r"<tr\b[^>]*>(.*?)</tr>", tbody, re.S)], sectie


def verwachte_rijen() -> list[list[str]]:
    """Every row of aow.LEEFTIJDEN for people who reach the AOW age two calendar years before the table's date or
    later, then the open row after the table."""
    stand = nl_datum(aow.STAND)
    rijen = []
    for r in aow.LEEFTIJDEN:
        if r.in_jaren[1] < aow.STAND.year - 2:
            continue
        leeftijd = r.tekst if r.bevestigd else (f"{r.tekst}. Nog niet bevestigd: volgens nieuwsberichten, geen officiële "
                                                f"bron (stand op {stand})")
        jaren = str(r.in_jaren[0]) if r.in_jaren[0] == r.in_jaren[1] else f"{r.in_jaren[0]} of {r.in_jaren[1]}"
        rijen.append([f"{nl_datum(r.geboren_vanaf)} tot en met {nl_datum(r.geboren_tot_en_met)}", leeftijd, jaren])
    na = aow.LEEFTIJDEN[-1].geboren_tot_en_met + timedelta(days=1)
    rijen.append([f"op of na {nl_datum(na)}", f"Nog niet vastgesteld (stand op {stand})",
                  f"{aow.LEEFTIJDEN[-1].in_jaren[1] + 1} of later"])
    return rijen


def test_aow_tabel_op_de_pagina_is_de_tabel_van_de_rekenhulpen(site_map):
    rijen, sectie = gerenderde_rijen(site_map)
    assert rijen == verwachte_rijen()
    # Its sources and its date, below the table.
    for r in bouwstap.aow_rijen_nu():
        assert f'href="{escape(r.bron.url)}"' in sectie, r.bron.url
    assert f"Stand op {nl_datum(aow.STAND)}" in sectie


def test_elke_niet_bevestigde_rij_zegt_dat():
    for r in bouwstap.aow_rijen_nu():
        regel = next(x for x in bouwstap.aow_leeftijden_tabel().splitlines() if x.startswith(f"| {nl_datum(r.geboren_vanaf)} "))
        assert ("Nog niet bevestigd" in regel) is (not r.bevestigd), regel


def test_de_tabel_noemt_de_geboortejaren_van_wie_nu_rond_de_aow_leeftijd_ziek_is():
    """From those who reached the AOW age two years before the table's date (still within two years of sickness) to
    the last fixed row; a 64-year-old's birth year is in it."""
    rijen = bouwstap.aow_rijen_nu()
    jaren = {j for r in rijen for j in range(r.geboren_vanaf.year, r.geboren_tot_en_met.year + 1)}
    assert aow.STAND.year - 64 in jaren
    voor = aow.LEEFTIJDEN[aow.LEEFTIJDEN.index(rijen[0]) - 1]
    assert rijen[0].in_jaren[1] >= aow.STAND.year - 2 > voor.in_jaren[1]
    assert rijen[-1] == aow.LEEFTIJDEN[-1]
