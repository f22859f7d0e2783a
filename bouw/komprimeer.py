"""Build step (runs last): precompressed siblings for the files a host sends.

Next to every file over 1 KB of a type that compresses (wasm, JavaScript, CSS, HTML, JSON, SVG, XML,
text, zips and wheels) the build writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip,
level 9), each only when it is at least 5 % smaller than the file itself: an already deflated wheel
gets none. A host serves them by the request's Accept-Encoding (nginx `brotli_static`/`gzip_static`,
see README "Deploy"); `scripts/statische_server.py` does the same locally.

Quality 11 is slow (about half a minute for Pyodide's 9.6 MB wasm), so results are kept in
`.cache/komprimeer/` under the content hash of the original: a rebuild only compresses what changed.
Brotli comes from Node's built-in zlib (`bouw/komprimeer.mjs`), gzip from Python's.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shutil
import subprocess
from pathlib import Path

from . import BouwFout

ROOT = Path(__file__).resolve().parent.parent
BROTLI = Path(__file__).with_name("komprimeer.mjs")
CACHE = ROOT / ".cache" / "komprimeer"
SOORTEN = {".wasm", ".mjs", ".js", ".css", ".html", ".json", ".svg", ".xml", ".txt", ".ics", ".map",
           ".webmanifest", ".zip", ".whl"}
MINIMUM = 1024
#: A sibling must save at least this fraction of the file, or it is not written.
WINST = 0.05


def kandidaten(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*") if p.is_file() and p.suffix in SOORTEN and p.stat().st_size > MINIMUM)


def komprimeer(site: Path) -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    gebruikt: set[str] = set()
    werk: list[tuple[Path, dict[str, Path]]] = []
    ontbrekend_br: list[list[str]] = []
    for pad in kandidaten(site):
        inhoud = pad.read_bytes()
        sleutel = hashlib.sha256(inhoud).hexdigest()
        cache = {soort: CACHE / f"{sleutel}.{soort}" for soort in ("gz", "br")}
        gebruikt.update(p.name for p in cache.values())
        if not cache["gz"].exists():
            cache["gz"].write_bytes(gzip.compress(inhoud, compresslevel=9, mtime=0))
        if not cache["br"].exists():
            ontbrekend_br.append([str(pad), str(cache["br"])])
        werk.append((pad, cache))
    if ontbrekend_br:
        proces = subprocess.run(["node", str(BROTLI)], input=json.dumps(ontbrekend_br), capture_output=True, text=True)
        if proces.returncode != 0:
            raise BouwFout(f"brotli mislukt:\n{proces.stderr[-2000:]}")
    for pad, cache in werk:
        grootte, tijd = pad.stat().st_size, pad.stat().st_mtime
        for soort, bron in cache.items():
            if bron.stat().st_size <= grootte * (1 - WINST):
                doel = pad.with_name(f"{pad.name}.{soort}")
                shutil.copyfile(bron, doel)
                os.utime(doel, (tijd, tijd))  # nginx advises the same modification time as the original
    for oud in CACHE.iterdir():
        if oud.name not in gebruikt:
            oud.unlink()
