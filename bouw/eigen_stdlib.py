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
INVOER = ("scripts/gevallen.py", "bouw/stdlib-spoor.mjs", "bouw/eigen_stdlib.py", "tests/unit",
          "tests/robuust/test_fuzz.py", "requirements.txt")


class StdlibFout(RuntimeError):
    pass


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
        proces = subprocess.run(
            ["node", str(SPOOR), str(PYODIDE_NPM), ingang, str(gevallen), str(zip_pad), *map(str, wielen)],
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


def eigen_stdlib(wielen: list[Path], ingang: str) -> tuple[bytes, dict]:
    """The site's standard library zip and the tracer's findings.

    The entries are stored; SPOORWIJZER_STDLIB_ZIP=deflate compresses them one by one instead, for a
    host that can neither send the `.br`/`.gz` siblings nor compress a zip itself (README, Deploy)."""
    uitkomst, inhoud = spoor(wielen, ingang)
    if sorted(zipfile.ZipFile(io.BytesIO(inhoud)).namelist()) != bestanden(uitkomst):
        raise StdlibFout("de zip van stdlib-spoor noemt andere bestanden dan de gevonden modules")
    if os.environ.get("SPOORWIJZER_STDLIB_ZIP") == "deflate":
        uit = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(inhoud)) as bron, zipfile.ZipFile(uit, "w") as doel:
            for info in bron.infolist():
                data = bron.read(info)
                info.compress_type = zipfile.ZIP_DEFLATED
                doel.writestr(info, data, compresslevel=9)
        inhoud = uit.getvalue()
    return inhoud, uitkomst
