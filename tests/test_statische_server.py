"""The build's precompressed siblings, and how the local server negotiates them as a host would."""

import gzip
import http.client
import importlib.util
import subprocess
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def server(site_map):
    spec = importlib.util.spec_from_file_location("statische_server", ROOT / "scripts" / "statische_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    server = module.start(site_map)
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def haal(poort, pad, accept_encoding=None, methode="GET"):
    verbinding = http.client.HTTPConnection("127.0.0.1", poort, timeout=30)
    verbinding.request(methode, pad, headers={"Accept-Encoding": accept_encoding} if accept_encoding else {})
    antwoord = verbinding.getresponse()
    inhoud = antwoord.read()
    verbinding.close()
    return antwoord, inhoud


def test_siblings_voor_grote_bestanden_die_ervan_winnen(site_map):
    wasm = next(site_map.glob("assets/pyodide/*/pyodide.asm.wasm"))
    stdlib = next(site_map.glob("assets/py/*/python_stdlib.zip"))
    for pad in (wasm, stdlib, site_map / "index.html"):
        for ext in (".br", ".gz"):
            assert pad.with_name(pad.name + ext).stat().st_size < pad.stat().st_size * 0.95, (pad, ext)
    assert gzip.decompress(wasm.with_name(wasm.name + ".gz").read_bytes()) == wasm.read_bytes()
    ontpakt = subprocess.run(
        ["node", "-e", "process.stdout.write(require('zlib').brotliDecompressSync(require('fs').readFileSync(process.argv[1])))",
         str(stdlib) + ".br"], capture_output=True, check=True).stdout
    assert ontpakt == stdlib.read_bytes()
    # The calculators wheel is stored (bouw/rekenhulp.py) and gets siblings; segno's is deflated already and
    # gains nothing: none; nor does a file under 1 KB.
    (rekenwiel,) = site_map.glob("assets/py/*/spoorwijzer_calculators-*.whl")
    assert gzip.decompress(rekenwiel.with_name(rekenwiel.name + ".gz").read_bytes()) == rekenwiel.read_bytes()
    assert rekenwiel.with_name(rekenwiel.name + ".br").stat().st_size < rekenwiel.stat().st_size * 0.5
    (segno,) = site_map.glob("assets/py/*/segno-*.whl")
    assert not any(segno.with_name(segno.name + ext).exists() for ext in (".br", ".gz"))
    klein = [p for p in site_map.rglob("*") if p.is_file() and p.stat().st_size <= 1024 and p.suffix in (".js", ".svg")]
    assert klein and not any(p.with_name(p.name + ".br").exists() for p in klein)


@pytest.mark.parametrize("accept, codering", [
    ("gzip, deflate, br, zstd", "br"),
    ("gzip", "gzip"),
    ("br;q=0, gzip;q=0.8", "gzip"),
    ("identity", None),
    (None, None),
])
def test_server_kiest_de_codering_met_type_en_vary(site_map, server, accept, codering):
    (pad,) = site_map.glob("assets/pyodide/*/pyodide.asm.wasm")
    url = "/" + pad.relative_to(site_map).as_posix()
    antwoord, inhoud = haal(server, url, accept)
    assert antwoord.status == 200
    assert antwoord.getheader("Content-Type") == "application/wasm"
    assert antwoord.getheader("Vary") == "Accept-Encoding"
    assert antwoord.getheader("Content-Encoding") == codering
    verwacht = pad.with_name(pad.name + {"br": ".br", "gzip": ".gz", None: ""}[codering]).read_bytes()
    assert inhoud == verwacht and int(antwoord.getheader("Content-Length")) == len(verwacht)
    assert "immutable" in antwoord.getheader("Cache-Control")
    kop, leeg = haal(server, url, accept, methode="HEAD")
    assert kop.getheader("Content-Encoding") == codering and kop.getheader("Content-Length") == str(len(verwacht))
    assert leeg == b""


def test_paginas_en_kleine_bestanden(server, site_map):
    antwoord, inhoud = haal(server, "/rekenhulp/tijdlijn/", "br, gzip")
    assert antwoord.getheader("Content-Encoding") == "br" and antwoord.getheader("Content-Type").startswith("text/html")
    assert antwoord.getheader("Cache-Control") == "no-cache"
    antwoord, _ = haal(server, "/rekenhulp/tijdlijn", "br, gzip")
    assert antwoord.status == 301  # the slash redirect, as before
    # Under 1 KB: no sibling, gzipped on the fly (br is not offered for it).
    klein = min((p for p in site_map.rglob("*.js") if p.stat().st_size <= 1024), key=lambda p: p.as_posix())
    antwoord, inhoud = haal(server, "/" + klein.relative_to(site_map).as_posix(), "br, gzip")
    assert antwoord.getheader("Content-Encoding") == "gzip" and gzip.decompress(inhoud) == klein.read_bytes()


def test_hervalidatie_geeft_304_zonder_inhoud(server):
    """A page is `no-cache`: the browser asks again on every visit, and a host answers from the
    validator. Without it every visit downloads the theme's files again (seen on the slow link)."""
    antwoord, inhoud = haal(server, "/assets/js/rekenhulp.js", "br")
    etag = antwoord.getheader("ETag")
    assert antwoord.status == 200 and inhoud and etag and antwoord.getheader("Last-Modified")
    verbinding = http.client.HTTPConnection("127.0.0.1", server, timeout=30)
    verbinding.request("GET", "/assets/js/rekenhulp.js", headers={"Accept-Encoding": "br", "If-None-Match": etag})
    opnieuw = verbinding.getresponse()
    assert (opnieuw.status, opnieuw.read(), opnieuw.getheader("ETag")) == (304, b"", etag)
    verbinding.close()
    # The gzip copy is another representation with its own validator.
    assert haal(server, "/assets/js/rekenhulp.js", "gzip")[0].getheader("ETag") != etag


def test_trage_verbinding_houdt_alles_op(site_map):
    """The benchmark's slow link: latency before the first byte, and the bytes of every response
    together at the set rate — also of responses that run at the same time."""
    spec = importlib.util.spec_from_file_location("statische_server", ROOT / "scripts" / "statische_server.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    server = module.start(site_map, verbinding=module.Verbinding(400_000, 0.2))
    poort = server.server_address[1]
    (stdlib,) = site_map.glob("assets/py/*/python_stdlib.zip")
    url = "/" + stdlib.relative_to(site_map).as_posix()
    try:
        with ThreadPoolExecutor(2) as pool:
            begin = time.monotonic()
            lengtes = [len(inhoud) for _, inhoud in pool.map(lambda _: haal(poort, url, "br"), range(2))]
            duur = time.monotonic() - begin
        assert lengtes == [stdlib.with_name(stdlib.name + ".br").stat().st_size] * 2
        assert duur >= 0.2 + sum(lengtes) / 400_000 * 0.95, duur
        begin = time.monotonic()
        haal(poort, "/sitemap.xml", "br")
        assert time.monotonic() - begin >= 0.2
    finally:
        server.shutdown()
        server.server_close()
