"""MkDocs hook: ship the Python runtime and the calculators into the built site.

* Pyodide's core files are copied from the pinned npm package into `assets/pyodide/<version>/`, so
  the site never asks a CDN for anything and a versioned folder can be cached for a year.
* The `calculators` package is built into a pure-Python `py3-none-any` wheel with flit_core (an
  ordinary PEP 517 backend; `pyodide build` needs a cross-build environment this machine cannot
  download, and a pure wheel does not need one). It goes to `assets/py/<content-hash>/`, so a
  browser can never run a stale copy of the rules.
* The standard library the worker loads is the site's own `python_stdlib.zip`: only the modules its
  Python needs, computed by `hooks/eigen_stdlib.py` from the wheels the worker loads. It goes to
  `assets/py/<content-hash>/` as well; Pyodide's full zip is not shipped.
* The worker template gets those URLs filled in and is renamed after its own content hash; the
  binding and the calculator pages get the worker's name. Every build points at what it shipped.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path

from mkdocs.exceptions import PluginError

from eigen_stdlib import StdlibFout, eigen_stdlib

ROOT = Path(__file__).resolve().parent.parent
PYODIDE_NPM = ROOT / "node_modules" / "pyodide"
PYODIDE_BESTANDEN = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json")
#: The module the worker imports first; everything it needs is traced from there.
INGANG = "calculators.api"
WORKER_SJABLOON = "assets/js/rekenhulp-worker.mjs"
BINDING = "assets/js/rekenhulp.js"
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
    """Build the calculators wheel into `doel` and return its path."""
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
    return doel / naam


def pyodide_versie() -> str:
    pakket = PYODIDE_NPM / "package.json"
    if not pakket.exists():
        raise PluginError("Pyodide ontbreekt in node_modules: voer eerst scripts/setup uit.")
    return json.loads(pakket.read_text("utf-8"))["version"]


def on_post_build(config):
    site = Path(config["site_dir"])
    versie = pyodide_versie()
    pyodide_map = site / "assets" / "pyodide" / versie
    pyodide_map.mkdir(parents=True, exist_ok=True)
    for naam in PYODIDE_BESTANDEN:
        shutil.copyfile(PYODIDE_NPM / naam, pyodide_map / naam)

    with tempfile.TemporaryDirectory() as tmp:
        wheel = bouw_wheel(Path(tmp))
        inhoud = wheel.read_bytes()
        try:
            stdlib, _ = eigen_stdlib([wheel], INGANG)
        except StdlibFout as fout:
            raise PluginError(str(fout)) from fout
    wheel_map = site / "assets" / "py" / korte_hash(inhoud)
    wheel_map.mkdir(parents=True, exist_ok=True)
    (wheel_map / wheel.name).write_bytes(inhoud)
    stdlib_map = site / "assets" / "py" / korte_hash(stdlib)
    stdlib_map.mkdir(parents=True, exist_ok=True)
    (stdlib_map / "python_stdlib.zip").write_bytes(stdlib)

    sjabloon = site / WORKER_SJABLOON
    worker = (
        sjabloon.read_text("utf-8")
        .replace("__PYODIDE_URL__", f"../pyodide/{versie}/")
        .replace("__WHEEL_URL__", f"../py/{wheel_map.name}/{wheel.name}")
        .replace("__STDLIB_URL__", f"../py/{stdlib_map.name}/python_stdlib.zip")
    )
    worker_naam = f"rekenhulp-worker.{korte_hash(worker.encode())}.mjs"
    (sjabloon.parent / worker_naam).write_text(worker, "utf-8")
    sjabloon.unlink()

    binding = site / BINDING
    if "__WORKER__" not in binding.read_text("utf-8"):
        raise PluginError(f"{BINDING} mist de plek '__WORKER__' voor de naam van de worker")
    # The binding and the calculator pages (whose inline script starts the worker early) name it.
    for pad in (binding, *site.rglob("*.html")):
        tekst = pad.read_text("utf-8")
        if "__WORKER__" in tekst:
            pad.write_text(tekst.replace("__WORKER__", worker_naam), "utf-8")
