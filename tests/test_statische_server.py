"""The build's precompressed siblings, and how the local server negotiates them as a host would."""

import gzip
import http.client
import importlib.util
import subprocess
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
    # Already deflated wheels gain nothing: no siblings; nor does a file under 1 KB.
    wheels = list(site_map.glob("assets/py/*/*.whl"))
    assert wheels and not any(w.with_name(w.name + ext).exists() for w in wheels for ext in (".br", ".gz"))
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
