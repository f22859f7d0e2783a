"""The site's own Python standard library: only the modules its Python actually needs.

Pyodide's `python_stdlib.zip` holds the whole standard library (2.5 MB, 600 modules); the worker
needs about a quarter of it. Which quarter is computed, not listed by hand:
`bouw/stdlib-spoor.mjs` runs Pyodide on Node with the full library and does what the worker does
(start with a snapshot in mind, unpack every wheel, import the entry module, make the memory
snapshot, start again from it), runs every case the tests know (`scripts/gevallen.py`: each
`run` call of the unit tests and a fuzz sample), and imports every module that an import
statement in the site's own modules (`calculators.*`) names, also inside functions. What Python has
loaded from the zip by then is what goes in. The wheels are the ones the worker loads (rekenhulp.py
passes them), so a vendored wheel's imports come in with it. `tests/test_eigen_stdlib.py` proves the
result on more cases.

The tracer also writes the zip: entries stored uncompressed (ZIP_STORED), so that brotli or gzip over
the whole file finds the repetition between modules, which per-file deflate cannot; comments taken
out of the Python files, lines and syntax trees unchanged (see the README's design notes).
The result is cached in `.cache/stdlib/` under a hash of everything it depends on.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
SPOOR = Path(__file__).with_name("stdlib-spoor.mjs")
GEVALLEN = ROOT / "scripts" / "gevallen.py"
CACHE = ROOT / ".cache" / "stdlib"
#: Where Pyodide mounts the standard library zip; module files under it are zip entries.
ZIP_IN_PYODIDE = "/lib/python314.zip/"
#: Generated inputs per calculator for the build's run (the test runs many more).
FUZZ_PER_REKENHULP = 200
#: Everything whose change can change the outcome, besides the wheels and Pyodide itself.
INVOER = ("scripts/gevallen.py", "bouw/stdlib-spoor.mjs", "bouw/uitdunnen.py", "bouw/eigen_stdlib.py", "tests/unit",
          "tests/robuust/test_fuzz.py", "requirements.txt")


class StdlibFout(RuntimeError):
    pass


def pyodide_slot() -> dict:
    """The lock file the worker gives Pyodide: its `info` (Pyodide checks the ABI version in it) and no
    packages. The worker loads no package from Pyodide's index, so the 119 KB list of 357 packages
    (22 KB as brotli, and a request) bought nothing; without it an import that fails says only that the
    module is missing, not which Pyodide package would have it."""
    slot = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text("utf-8"))
    return {"info": slot["info"], "packages": {}}


def _sleutel(wielen: list[Path], ingang: str) -> str:
    h = hashlib.sha256()
    h.update((PYODIDE_NPM / "python_stdlib.zip").read_bytes())
    h.update((PYODIDE_NPM / "package.json").read_bytes())
    h.update(ingang.encode())
    for wiel in wielen:
        h.update(hashlib.sha256(wiel.read_bytes()).digest())
    for deel in INVOER:
        pad = ROOT / deel
        for bestand in sorted(pad.rglob("*.py")) if pad.is_dir() else [pad]:
            h.update(bestand.relative_to(ROOT).as_posix().encode())
            h.update(bestand.read_bytes())
    return h.hexdigest()[:24]


def spoor(wielen: list[Path], ingang: str) -> tuple[dict, bytes]:
    """Run the tracer: which modules the site's Python loads, and the zip made of their files. Cached."""
    sleutel = _sleutel(wielen, ingang)
    bewaard, bewaarde_zip = CACHE / f"{sleutel}.json", CACHE / f"{sleutel}.zip"
    if bewaard.exists() and bewaarde_zip.exists():
        return json.loads(bewaard.read_text("utf-8")), bewaarde_zip.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        gevallen, zip_pad = Path(tmp) / "gevallen.json", Path(tmp) / "python_stdlib.zip"
        proces = subprocess.run(
            [sys.executable, str(GEVALLEN), "--fuzz", str(FUZZ_PER_REKENHULP), "--uit", str(gevallen)],
            cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        if proces.returncode != 0:
            raise StdlibFout(f"gevallen verzamelen mislukt:\n{proces.stdout[-3000:]}\n{proces.stderr[-3000:]}")
        slot = Path(tmp) / "slot.json"
        slot.write_text(json.dumps(pyodide_slot()), "utf-8")
        proces = subprocess.run(
            ["node", str(SPOOR), str(PYODIDE_NPM), str(slot), ingang, str(gevallen), str(zip_pad), *map(str, wielen)],
            cwd=ROOT, capture_output=True, text=True,
        )
        if proces.returncode != 0:
            raise StdlibFout(f"stdlib-spoor mislukt:\n{proces.stderr[-4000:]}")
        uitkomst = json.loads(proces.stdout)
        uitkomst["gevallen"] = len(json.loads(gevallen.read_text("utf-8")))
        inhoud = zip_pad.read_bytes()
    CACHE.mkdir(parents=True, exist_ok=True)
    for oud in CACHE.iterdir():
        oud.unlink()
    bewaard.write_text(json.dumps(uitkomst, indent=1, sort_keys=True), "utf-8")
    bewaarde_zip.write_bytes(inhoud)
    return uitkomst, inhoud


def bestanden(uitkomst: dict) -> list[str]:
    """The zip entries: every loaded module's file that lies in the standard library zip."""
    return sorted({f[len(ZIP_IN_PYODIDE):] for f in uitkomst["modules"].values() if f.startswith(ZIP_IN_PYODIDE)})


def later_bestanden(uitkomst: dict) -> set[str]:
    """The entries only a QR code needs: files of modules first loaded by the QR cases (segno's imports:
    urllib, http, email, xml and a few more), in a top-level package or module of which nothing loads
    before. Nothing a start needs is among them, and no package is split over the two zips: the worker
    unpacks this part into site-packages, where Python finds a whole package but not the rest of one
    whose other modules came from the first zip."""
    pad = lambda naam: uitkomst["modules"][naam][len(ZIP_IN_PYODIDE):]
    in_zip = [naam for naam, bestand in uitkomst["modules"].items() if bestand.startswith(ZIP_IN_PYODIDE)]
    eerder = {pad(naam).split("/")[0].removesuffix(".py") for naam in in_zip if uitkomst["eerst_geladen"][naam] != "qr"}
    return {pad(naam) for naam in in_zip if pad(naam).split("/")[0].removesuffix(".py") not in eerder}


def _zip(bron: zipfile.ZipFile, namen: list[str], deflate: bool) -> bytes:
    uit = io.BytesIO()
    with zipfile.ZipFile(uit, "w") as doel:
        for naam in namen:
            oud = bron.getinfo(naam)
            info = zipfile.ZipInfo(naam, date_time=oud.date_time)
            info.external_attr = oud.external_attr
            info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            doel.writestr(info, bron.read(oud), compresslevel=9 if deflate else None)
    return uit.getvalue()


def eigen_stdlib(wielen: list[Path], ingang: str) -> tuple[bytes, bytes, dict]:
    """The site's standard library as two zips, what every start loads and what only a QR code needs
    (`later_bestanden`), and the tracer's findings.

    The entries are stored; SPOORWIJZER_STDLIB_ZIP=deflate compresses them one by one instead, for a
    host that can neither send the `.br`/`.gz` siblings nor compress a zip itself (README, Deploy)."""
    uitkomst, inhoud = spoor(wielen, ingang)
    bron = zipfile.ZipFile(io.BytesIO(inhoud))
    if sorted(bron.namelist()) != bestanden(uitkomst):
        raise StdlibFout("de zip van stdlib-spoor noemt andere bestanden dan de gevonden modules")
    later = later_bestanden(uitkomst)
    deflate = os.environ.get("SPOORWIJZER_STDLIB_ZIP") == "deflate"
    start = _zip(bron, [n for n in bron.namelist() if n not in later], deflate)
    return start, _zip(bron, [n for n in bron.namelist() if n in later], deflate), uitkomst
