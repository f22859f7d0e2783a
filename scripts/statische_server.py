"""A static file server for the built site, on loopback only, used by `scripts/serve`, the tests and
the benchmark.

Python's `http.server` already knows `.wasm` (application/wasm) and `.mjs` (text/javascript); this
adds the types it lacks, content encoding as a static host does it, and the cache headers the README
recommends, so tests and measurements see what a visitor would:

* a precompressed sibling written by the build (`<file>.br`, `<file>.gz`, see bouw/komprimeer.py)
  is sent when the request's Accept-Encoding allows it (brotli first), with `Content-Encoding`, the
  original file's `Content-Type` and `Vary: Accept-Encoding` (nginx `brotli_static`/`gzip_static`);
* other text and wasm files are gzipped on the fly (nginx `gzip on`), as most hosts do;
* every response carries validators (`ETag`, `Last-Modified`) and a request whose `If-None-Match`
  still matches gets `304 Not Modified`, so a page's `no-cache` revalidation costs no second copy.

`start(map_, koderingen=("gzip",))` serves as a host without brotli would. Every response is noted in
`server.verzoeken` (time, path, bytes on the wire, encoding), which the benchmark counts.
`start(map_, verbinding=Verbinding(bytes_per_s, latentie_s))` sends every response over one emulated
slow link: the benchmark's slow-4G figures use it rather than Chromium's DevTools throttling, which
holds back only the page's own requests — those a service worker makes for the page (and so the
warm-up fetches once it controls the page) passed unthrottled.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import os
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bouw import koppen  # noqa: E402 - the host's headers as data, shared with deploy/

COMPRIMEER = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".wasm", ".xml", ".txt", ".ics"}
#: Precompressed siblings, in the order they are preferred.
SIBLINGS = (("br", ".br"), ("gzip", ".gz"))
_GZIP: dict[tuple[str, float], bytes] = {}
VERSIEBESTAND = koppen.VERSIEBESTAND


def aanvaard(accept_encoding: str | None) -> set[str]:
    """The content codings an Accept-Encoding header allows (q=0 excluded; `*` stands for any)."""
    codes = set()
    for deel in (accept_encoding or "").split(","):
        naam, _, parameters = deel.strip().partition(";")
        q = 1.0
        for parameter in parameters.split(";"):
            sleutel, _, waarde = parameter.strip().partition("=")
            if sleutel.strip().lower() == "q":
                try:
                    q = float(waarde)
                except ValueError:
                    q = 0.0
        if naam and q > 0:
            codes.add(naam.strip().lower())
    if "*" in codes:
        codes |= {"br", "gzip"}
    return codes


class Verbinding:
    """One slow link shared by every connection: a response waits `latentie` seconds (the round
    trip) before its first byte, and all bodies together pass at most `bytes_per_s`."""

    BLOK = 16 * 1024

    def __init__(self, bytes_per_s: float, latentie: float):
        self.bytes_per_s, self.latentie = bytes_per_s, latentie
        self._slot = threading.Lock()
        self._vrij_vanaf = 0.0  # the moment the link has sent everything queued so far

    def blokken(self, inhoud: bytes):
        """`inhoud` in blocks, each handed out when the shared link has room for it."""
        for begin in range(0, len(inhoud), self.BLOK):
            blok = inhoud[begin:begin + self.BLOK]
            with self._slot:
                klaar = max(self._vrij_vanaf, time.monotonic()) + len(blok) / self.bytes_per_s
                self._vrij_vanaf = klaar
            time.sleep(max(0.0, klaar - time.monotonic()))
            yield blok


class Handler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real hosts do; every response sets Content-Length
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        **{soort: type_ for soort, type_ in koppen.TYPEN.items() if soort not in (".gz", ".br")},
    }
    #: The codings this server may send; a server instance can narrow it (see `start`).
    koderingen: tuple[str, ...] = ("br", "gzip")
    #: An emulated slow link (see `Verbinding`), or None for loopback speed.
    verbinding: Verbinding | None = None
    _verzonden = 0

    def do_GET(self):
        try:
            if not self._gecodeerd(alleen_kop=False):
                super().do_GET()
        finally:  # a transfer the browser broke off is noted too, with the bytes it got
            self._noteer()

    def do_HEAD(self):
        try:
            if not self._gecodeerd(alleen_kop=True):
                super().do_HEAD()
        finally:
            self._noteer()

    def _gecodeerd(self, alleen_kop: bool) -> bool:
        """Send an encoded response if one applies; False leaves the request to http.server."""
        verzoek_pad = self.path.split("?", 1)[0].split("#", 1)[0]
        pad = self.translate_path(self.path)
        if os.path.isdir(pad):
            if not verzoek_pad.endswith("/"):
                return False  # let http.server send its redirect to the slash URL
            pad = os.path.join(pad, "index.html")
        if not os.path.isfile(pad):
            return False
        toegestaan = aanvaard(self.headers.get("Accept-Encoding")) & set(self.koderingen)
        siblings = [(code, pad + ext) for code, ext in SIBLINGS if os.path.isfile(pad + ext)]
        dynamisch = os.path.splitext(pad)[1] in COMPRIMEER
        if not siblings and not dynamisch:
            return False
        code, inhoud = None, None
        for kandidaat, bestand in siblings:
            if kandidaat in toegestaan:
                code = kandidaat
                with open(bestand, "rb") as f:
                    inhoud = f.read()
                break
        if code is None and dynamisch and "gzip" in toegestaan:
            sleutel = (pad, os.path.getmtime(pad))
            if sleutel not in _GZIP:
                with open(pad, "rb") as f:
                    _GZIP[sleutel] = gzip.compress(f.read(), compresslevel=6, mtime=0)
            code, inhoud = "gzip", _GZIP[sleutel]
        if code is None:
            with open(pad, "rb") as f:
                inhoud = f.read()
        # Validators, as a static host sends them: a page's no-cache revalidation costs a 304, not the file.
        stat = os.stat(pad)
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}-{code or "id"}"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Vary", "Accept-Encoding")
            self.end_headers()
            self._codering = code
            return True
        self.send_response(200)
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", self.date_time_string(stat.st_mtime))
        self.send_header("Content-Type", self.guess_type(pad))
        if code:
            self.send_header("Content-Encoding", code)
        self.send_header("Vary", "Accept-Encoding")  # also on the plain answer: caches must keep them apart
        self.send_header("Content-Length", str(len(inhoud)))
        self.end_headers()
        if not alleen_kop:
            self._schrijf(inhoud)
        self._codering = code
        return True

    def end_headers(self):
        pad = self.path.split("?", 1)[0]
        self.send_header("Cache-Control", koppen.cache_control(pad))
        self.send_header("X-Content-Type-Options", "nosniff")
        self._verzonden += sum(len(regel) for regel in getattr(self, "_headers_buffer", []))
        if self.verbinding:
            time.sleep(self.verbinding.latentie)
        super().end_headers()

    def _schrijf(self, inhoud: bytes) -> None:
        """Send a body, counting what went out (also when the browser breaks the transfer off)."""
        if self.verbinding:
            for blok in self.verbinding.blokken(inhoud):
                self.wfile.write(blok)
                self._verzonden += len(blok)
        else:
            self.wfile.write(inhoud)
            self._verzonden += len(inhoud)

    def copyfile(self, source, outputfile):  # the plain path of http.server: count what it sends
        self._schrijf(source.read())

    def _noteer(self):
        verzoeken = getattr(self.server, "verzoeken", None)
        if verzoeken is not None:
            verzoeken.append((time.time(), self.path, self._verzonden, getattr(self, "_codering", None)))
        self._verzonden, self._codering = 0, None

    def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
        pass


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a browser closing a tab is no error
            super().handle_error(request, client_address)


def _server(map_: Path, poort: int, koderingen: tuple[str, ...],
            verbinding: Verbinding | None = None) -> ThreadingHTTPServer:
    handler = type("Handler", (Handler,), {"koderingen": tuple(koderingen), "verbinding": verbinding})
    server = Server(("127.0.0.1", poort), functools.partial(handler, directory=str(map_)))
    server.verzoeken = []
    return server


def start(map_: Path, poort: int = 0, koderingen: tuple[str, ...] = ("br", "gzip"),
          verbinding: Verbinding | None = None) -> ThreadingHTTPServer:
    """Serve `map_` on 127.0.0.1 in a background thread; port 0 picks a free port."""
    server = _server(map_, poort, koderingen, verbinding)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("map", type=Path)
    parser.add_argument("--poort", type=int, default=8000)
    args = parser.parse_args()
    server = _server(args.map, args.poort, ("br", "gzip"))
    server.verzoeken = None  # a long-running server keeps no log
    print(f"Spoorwijzer draait op http://127.0.0.1:{args.poort}/ (stoppen: Ctrl+C)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
