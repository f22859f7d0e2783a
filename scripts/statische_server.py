"""A static file server for the built site, on loopback only, used by `scripts/serve`, the tests and
the benchmark.

Python's `http.server` already knows `.wasm` (application/wasm) and `.mjs` (text/javascript); this
adds the types it lacks, gzip for text and wasm (as every static host or CDN does), and the cache
headers the README recommends, so tests and measurements see what a visitor would.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import os
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

COMPRIMEER = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".wasm", ".xml", ".txt", ".ics"}
_GZIP: dict[tuple[str, float], bytes] = {}
VERSIEBESTAND = re.compile(r"^/assets/(pyodide/[^/]+|py/[0-9a-f]{16})/|\.[0-9a-f]{16}\.mjs$")


class Handler(SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real hosts do; every response sets Content-Length
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".whl": "application/zip",
        ".webmanifest": "application/manifest+json",
    }

    def do_GET(self):
        pad = self.translate_path(self.path)
        if os.path.isdir(pad):
            pad = os.path.join(pad, "index.html")
        if (not os.path.isfile(pad) or os.path.splitext(pad)[1] not in COMPRIMEER
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().do_GET()
        if os.path.isdir(self.translate_path(self.path)) and not self.path.split("?", 1)[0].endswith("/"):
            return super().do_GET()  # let http.server send its redirect to the slash URL
        sleutel = (pad, os.path.getmtime(pad))
        if sleutel not in _GZIP:
            with open(pad, "rb") as bestand:
                _GZIP[sleutel] = gzip.compress(bestand.read(), compresslevel=6, mtime=0)
        inhoud = _GZIP[sleutel]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(pad))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(inhoud)))
        self.end_headers()
        self.wfile.write(inhoud)

    def end_headers(self):
        pad = self.path.split("?", 1)[0]
        if VERSIEBESTAND.search(pad):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        else:
            self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
        pass


def start(map_: Path, poort: int = 0) -> ThreadingHTTPServer:
    """Serve `map_` on 127.0.0.1 in a background thread; port 0 picks a free port."""
    server = ThreadingHTTPServer(("127.0.0.1", poort), functools.partial(Handler, directory=str(map_)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("map", type=Path)
    parser.add_argument("--poort", type=int, default=8000)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.poort), functools.partial(Handler, directory=str(args.map)))
    print(f"Spoorwijzer draait op http://127.0.0.1:{args.poort}/ (stoppen: Ctrl+C)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
