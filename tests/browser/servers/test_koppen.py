"""What nginx and Caddy send with deploy/'s configurations: for every file of the built site its status,
Content-Type, Content-Encoding (brotli, gzip, none, by the request's Accept-Encoding), Vary and
Cache-Control as README "Deploy" asks; the security headers on every response, also the 404 page.
And the build writes deploy/ from bouw/koppen.py and this build (one source for all three files)."""

from __future__ import annotations

import gzip
import http.client
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bouw import koppen

pytestmark = pytest.mark.browser
VRAGEN = (("br", "br, gzip"), ("gzip", "gzip"), (None, "identity"))


def test_deploy_is_wat_de_bouw_ervan_maakt(site_map):
    """The build writes deploy/ beside site/ from this build's policy and files (one source for all three)."""
    for naam, tekst in koppen.configuraties(site_map).items():
        assert (site_map.parent / "deploy" / naam).read_text("utf-8") == tekst, f"deploy/{naam}"
    assert (site_map / "_headers").read_text("utf-8") == (site_map.parent / "deploy" / "_headers").read_text("utf-8")
    assert not koppen.onbekende_soorten(site_map)


def _bestanden(site: Path) -> list[str]:
    """Every URL path a visitor may ask for: each file (not the build's .br/.gz copies or notes for
    hosts), and each page also by its folder, as links name it."""
    paden = []
    for bestand in sorted(site.rglob("*")):
        if not bestand.is_file() or bestand.suffix in (".br", ".gz") and bestand.with_suffix("").exists():
            continue
        pad = "/" + bestand.relative_to(site).as_posix()
        if pad in koppen.VERBORGEN:
            continue
        paden.append(pad)
        if bestand.name == "index.html":
            paden.append(pad[: -len("index.html")])
    return paden


def _vraag(verbinding: http.client.HTTPConnection, pad: str, codering: str):
    verbinding.request("GET", pad, headers={"Accept-Encoding": codering})
    antwoord = verbinding.getresponse()
    return antwoord, antwoord.read()


def _beveiligd(koppen_: http.client.HTTPMessage, verwacht: dict[str, str]) -> list[str]:
    return [naam for naam, waarde in verwacht.items() if koppen_.get(naam) != waarde]


def test_elk_bestand_met_type_codering_en_cache(echte_server, site_map):
    verwacht_beveiliging = koppen.beveiliging(koppen.csp_van(site_map))
    assert "frame-ancestors 'none'" in verwacht_beveiliging["Content-Security-Policy"]
    verbinding = http.client.HTTPConnection(urlsplit(echte_server.basis).netloc, timeout=30)
    fouten = []
    paden = _bestanden(site_map)
    for pad in paden:
        bestand = site_map / (pad.lstrip("/") + ("index.html" if pad.endswith("/") else ""))
        inhoud = bestand.read_bytes()
        kopie = {code: bestand.with_name(bestand.name + ext).exists() for code, ext in (("br", ".br"), ("gzip", ".gz"))}
        for code, vraag in VRAGEN:
            antwoord, lijf = _vraag(verbinding, pad, vraag)
            waar = f"{echte_server.naam} {pad} ({vraag})"
            if antwoord.status != 200:
                fouten.append(f"{waar}: status {antwoord.status}")
                continue
            type_ = (antwoord.getheader("Content-Type") or "").split(";")[0].strip()
            if type_ != koppen.TYPEN[bestand.suffix]:
                fouten.append(f"{waar}: Content-Type {type_}, verwacht {koppen.TYPEN[bestand.suffix]}")
            gestuurd = antwoord.getheader("Content-Encoding")
            verwacht = code if code and kopie[code] else ("gzip" if code == "br" and kopie["gzip"] else None)
            if gestuurd != verwacht:
                fouten.append(f"{waar}: Content-Encoding {gestuurd}, verwacht {verwacht}")
            if (kopie["br"] or kopie["gzip"]) and "accept-encoding" not in (antwoord.getheader("Vary") or "").lower():
                fouten.append(f"{waar}: geen Vary: Accept-Encoding")
            if antwoord.getheader("Cache-Control") != koppen.cache_control(pad):
                fouten.append(f"{waar}: Cache-Control {antwoord.getheader('Cache-Control')}, "
                              f"verwacht {koppen.cache_control(pad)}")
            if gestuurd is None and lijf != inhoud or gestuurd == "gzip" and gzip.decompress(lijf) != inhoud:
                fouten.append(f"{waar}: inhoud wijkt af van het bestand")
            ontbreekt = _beveiligd(antwoord.headers, verwacht_beveiliging)
            if ontbreekt:
                fouten.append(f"{waar}: beveiligingskoppen ontbreken of wijken af: {ontbreekt}")
    assert not fouten, f"{len(fouten)} fouten, o.a.:\n" + "\n".join(fouten[:30])
    assert len(paden) > 50


@pytest.mark.parametrize("pad", ["/bestaat-niet/", "/_headers"])
def test_niet_gevonden_met_dezelfde_koppen(echte_server, site_map, pad):
    verbinding = http.client.HTTPConnection(urlsplit(echte_server.basis).netloc, timeout=30)
    antwoord, _ = _vraag(verbinding, pad, "identity")
    assert antwoord.status == 404
    assert not _beveiligd(antwoord.headers, koppen.beveiliging(koppen.csp_van(site_map)))
