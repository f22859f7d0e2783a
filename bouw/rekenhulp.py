"""Build step: ship the Python runtime and the calculators into the built site.

* Pyodide's core files are copied from the pinned npm package into `assets/pyodide/<version>/`, so
  the site never asks a CDN for anything and a versioned folder can be cached for a year.
* The `calculators` package is built into a pure-Python `py3-none-any` wheel with flit_core (an
  ordinary PEP 517 backend; `pyodide build` needs a cross-build environment this machine cannot
  download, and a pure wheel does not need one). It goes to `assets/py/<content-hash>/`, so a
  browser can never run a stale copy of the rules.
* The other pure-Python wheels the worker loads (`requirements-browser.txt`: segno for the QR code on
  a printout) are downloaded by scripts/setup, checked by hash, and shipped the same way.
* The standard library the worker loads is the site's own `python_stdlib.zip`: only the modules its
  Python needs, computed by `bouw/eigen_stdlib.py` from the wheels the worker loads (so segno's
  imports are in it because segno is in that list). It goes to `assets/py/<content-hash>/` as well;
  Pyodide's full zip is not shipped.
* The worker template gets those URLs and the rules' version (the calculators wheel's hash, which
  every result and share link carries) filled in and is renamed after its own content hash; the
  binding and the calculator pages get the worker's name. Every build points at what it shipped.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from pathlib import Path

from . import BouwFout
from .eigen_stdlib import StdlibFout, eigen_stdlib, pyodide_slot
from .uitdunnen import uitgedund

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
PYODIDE_BESTANDEN = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")
#: What loadPyodide fetches once the worker runs (pyodide.mjs the worker imports itself); the lock
#: file is not among them: the worker passes its contents (eigen_stdlib.pyodide_slot).
PYODIDE_START = ("pyodide.asm.mjs", "pyodide.asm.wasm")
#: The module the worker imports first; everything it needs is traced from there.
INGANG = "calculators.api"
WORKER_SJABLOON = "assets/js/rekenhulp-worker.mjs"
BINDING = "assets/js/rekenhulp.js"
MEEGELEVERDE_WHEELS = ROOT / ".cache" / "browser-wheels"
#: A fixed timestamp for the files inside the wheel, so the same code gives the same hash.
VASTE_TIJD = "315532800"


def korte_hash(inhoud: bytes) -> str:
    return hashlib.sha256(inhoud).hexdigest()[:16]


@contextlib.contextmanager
def _in_map(map_: Path):
    vorige = Path.cwd()
    os.chdir(map_)
    try:
        yield
    finally:
        os.chdir(vorige)


def bouw_wheel(doel: Path) -> Path:
    """Build the calculators wheel into `doel` and return its path.

    Its files are stored, not deflated, and without comments and docstrings: brotli over the whole wheel
    finds what the modules share, which deflate file by file cannot (63 KiB against 122 KiB as sent,
    6 December 2026). A host sends the build's `.br`/`.gz` copy of it like the standard library's;
    SPOORWIJZER_STDLIB_ZIP=deflate deflates both for a host that cannot (README, Deploy)."""
    from flit_core import buildapi

    vorige = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = VASTE_TIJD
    try:
        with _in_map(ROOT):
            naam = buildapi.build_wheel(str(doel))
    finally:
        if vorige is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = vorige
    return _verzendklaar(doel / naam, deflate=os.environ.get("SPOORWIJZER_STDLIB_ZIP") == "deflate")


def _verzendklaar(wheel: Path, deflate: bool) -> Path:
    """The same wheel with its Python files without comments and docstrings (`bouw/uitdunnen.py`) and
    every entry stored (or deflated, for a host that compresses no zip); names, order and dates
    unchanged, RECORD rewritten to match."""
    with zipfile.ZipFile(wheel) as bron:
        inhoud = {info.filename: (info, bron.read(info)) for info in bron.infolist()}
    for naam, (info, data) in inhoud.items():
        if naam.endswith(".py"):
            inhoud[naam] = (info, uitgedund(data) or data)
    (record,) = [naam for naam in inhoud if naam.endswith(".dist-info/RECORD")]
    regels = []
    for naam, (_, data) in inhoud.items():
        if naam == record:
            regels.append(f"{naam},,")
            continue
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        regels.append(f"{naam},sha256={digest},{len(data)}")
    inhoud[record] = (inhoud[record][0], ("\n".join(regels) + "\n").encode())
    with zipfile.ZipFile(wheel, "w") as doel:
        for info, data in inhoud.values():
            info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            doel.writestr(info, data)
    return wheel


def pyodide_versie() -> str:
    pakket = PYODIDE_NPM / "package.json"
    if not pakket.exists():
        raise BouwFout("Pyodide ontbreekt in node_modules: voer eerst scripts/setup uit.")
    return json.loads(pakket.read_text("utf-8"))["version"]


def meegeleverde_wheels() -> list[Path]:
    """The wheels of requirements-browser.txt as scripts/setup downloaded them."""
    wheels = sorted(MEEGELEVERDE_WHEELS.glob("*.whl"))
    if not wheels:
        raise BouwFout("De wheels van requirements-browser.txt ontbreken: voer eerst scripts/setup uit.")
    return wheels


def lever_wheel(site: Path, naam: str, inhoud: bytes) -> str:
    """Put a wheel (or the stdlib zip) under `assets/py/<content hash>/`; its URL relative to the worker."""
    map_ = site / "assets" / "py" / korte_hash(inhoud)
    map_.mkdir(parents=True, exist_ok=True)
    (map_ / naam).write_bytes(inhoud)
    return f"../py/{map_.name}/{naam}"


def regels_hash(wheel_url: str) -> str:
    """The rules' version as results and links name it: the first 8 characters of the content hash
    in the calculators wheel's URL (`../py/<hash>/…`), so it changes exactly when the rules do."""
    return wheel_url.split("/")[-2][:8]


def lever_rekenhulp(site: Path) -> None:
    versie = pyodide_versie()
    pyodide_map = site / "assets" / "pyodide" / versie
    pyodide_map.mkdir(parents=True, exist_ok=True)
    for naam in PYODIDE_BESTANDEN:
        shutil.copyfile(PYODIDE_NPM / naam, pyodide_map / naam)

    with tempfile.TemporaryDirectory() as tmp:
        wheel = bouw_wheel(Path(tmp))
        # Exactly the wheels the worker loads, in its order; the standard library follows from them.
        paden = [wheel, *meegeleverde_wheels()]
        try:
            stdlib, stdlib_later, _ = eigen_stdlib(paden, INGANG)
        except StdlibFout as fout:
            raise BouwFout(str(fout)) from fout
        wheels = [lever_wheel(site, pad.name, pad.read_bytes()) for pad in paden]
    stdlib_url = lever_wheel(site, "python_stdlib.zip", stdlib)
    # What only a QR code needs of the standard library, fetched with segno's wheel.
    stdlib_later_url = lever_wheel(site, "stdlib-qr.zip", stdlib_later)

    # What a start fetches after the worker itself, with sizes on disk: the worker reports its
    # progress in bytes against them; segno's wheel waits for the first QR code and is not among them.
    start = [*(f"../pyodide/{versie}/{naam}" for naam in PYODIDE_START), stdlib_url, wheels[0]]
    groottes = {pad: (site / "assets" / "js" / pad).resolve().stat().st_size for pad in start}
    sjabloon = site / WORKER_SJABLOON
    worker = (
        sjabloon.read_text("utf-8")
        .replace("__PYODIDE_URL__", f"../pyodide/{versie}/")
        .replace('"__WHEELS__"', json.dumps(wheels))
        .replace("__STDLIB_URL__", stdlib_url)
        .replace("__STDLIB_LATER_URL__", stdlib_later_url)
        .replace("__REGELS_HASH__", regels_hash(wheels[0]))
        .replace('"__GROOTTES__"', json.dumps(groottes))
        .replace('"__SLOT__"', json.dumps(pyodide_slot()))
    )
    worker_naam = f"rekenhulp-worker.{korte_hash(worker.encode())}.mjs"
    (sjabloon.parent / worker_naam).write_text(worker, "utf-8")
    sjabloon.unlink()

    binding = site / BINDING
    for plek in ("__WORKER__", '"__OPWARMEN__"'):
        if plek not in binding.read_text("utf-8"):
            raise BouwFout(f"{BINDING} mist de plek {plek}")
    # Pages that lead to a calculator fetch these ahead, with the same URLs the worker uses.
    opwarmen = [worker_naam, f"../pyodide/{versie}/pyodide.mjs", *start]
    binding.write_text(binding.read_text("utf-8").replace('"__OPWARMEN__"', json.dumps(opwarmen)), "utf-8")
    # The binding and the calculator pages (whose inline script starts the worker early) name it.
    for pad in (binding, *site.rglob("*.html")):
        tekst = pad.read_text("utf-8")
        if "__WORKER__" in tekst:
            pad.write_text(tekst.replace("__WORKER__", worker_naam), "utf-8")
