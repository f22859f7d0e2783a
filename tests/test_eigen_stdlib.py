"""Proof that the site's own, trimmed standard library lacks nothing its calculators use.

Every golden and hand-written case of every calculator (each `run` call the unit tests make) and a
few thousand generated inputs (the fuzz strategies of tests/robuust/test_fuzz.py) go through
`calculators.api.run_json` in Pyodide on Node, with the `python_stdlib.zip` and the wheels the built
site ships, started the way the worker starts (fresh, and again from the memory snapshot). The
output must equal CPython's byte for byte. A calculator that imports a module the build left out
fails here (its cases come back as ModuleNotFoundError).
"""

import importlib.util
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Generated inputs per calculator (the build's own run uses fewer).
FUZZ_PER_REKENHULP = 1000


def _gevallen_module():
    spec = importlib.util.spec_from_file_location("gevallen", ROOT / "scripts" / "gevallen.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _wat_de_worker_laadt(site: Path) -> tuple[Path, Path, Path, list[Path], str]:
    """Pyodide's folder, the stdlib zip and its later part (the QR code's), the wheels (in the worker's order)
    and the lock file contents, as the built worker names them."""
    (worker,) = site.glob("assets/js/rekenhulp-worker.*.mjs")
    tekst = worker.read_text("utf-8")
    basis = worker.parent
    pyodide = (basis / re.search(r'from "([^"]+)pyodide\.mjs"', tekst).group(1)).resolve()
    (stdlib,) = {(basis / p).resolve() for p in re.findall(r'"(\.\./py/[0-9a-f]{16}/python_stdlib\.zip)"', tekst)}
    (later,) = {(basis / p).resolve() for p in re.findall(r'"(\.\./py/[0-9a-f]{16}/stdlib-qr\.zip)"', tekst)}
    wielen = list(dict.fromkeys((basis / p).resolve() for p in re.findall(r'"(\.\./py/[0-9a-f]{16}/[^"]+\.whl)"', tekst)))
    assert wielen, "de worker noemt geen wheel"
    slot = re.search(r"^const SLOT = (.+);$", tekst, re.MULTILINE).group(1)
    return pyodide, stdlib, later, wielen, slot


def test_eigen_stdlib_geeft_dezelfde_uitvoer_als_cpython(site_map, tmp_path):
    pyodide, stdlib, later, wielen, slot = _wat_de_worker_laadt(site_map)
    (tmp_path / "slot.json").write_text(slot, "utf-8")
    namen = zipfile.ZipFile(stdlib).namelist()
    volledig = zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip").namelist()
    assert len(namen) < len(volledig) / 2, "the site's zip should hold only what its Python uses"

    gevallen_module = _gevallen_module()
    gevallen = gevallen_module.verzamel(FUZZ_PER_REKENHULP)
    namen_in_gevallen = {naam for naam, _ in gevallen}
    from calculators.api import REKENHULPEN

    assert set(REKENHULPEN) <= namen_in_gevallen, "every calculator has cases"
    assert len(gevallen) >= 3 * FUZZ_PER_REKENHULP

    invoer, uitvoer = tmp_path / "invoer.json", tmp_path / "uitvoer.json"
    invoer.write_text(json.dumps({"gevallen": gevallen, "vaste_dag": gevallen_module.VASTE_DAG}), "utf-8")
    proces = subprocess.run(
        ["node", "tests/pyodide/gelijk.mjs", str(pyodide), str(tmp_path / "slot.json"), str(stdlib), str(later), str(invoer), str(uitvoer), *map(str, wielen)],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )
    assert proces.returncode == 0, (proces.stdout + proces.stderr)[-5000:]
    pyodide_uit = json.loads(uitvoer.read_text("utf-8"))
    assert pyodide_uit["python"].startswith("3.14")
    assert pyodide_uit["zip_in_pyodide"] == stdlib.stat().st_size, "Pyodide did not run on the site's own zip"

    cpython = gevallen_module.uitvoeren(gevallen)
    for manier in ("vers", "hersteld"):
        verschillen = [(gevallen[i], cpython[i][:300], uit[:300])
                       for i, uit in enumerate(pyodide_uit[manier]) if uit != cpython[i]]
        assert not verschillen, (f"{manier}: {len(verschillen)} of {len(gevallen)} cases differ; first:\n"
                                 + "\n".join(map(repr, verschillen[:5])))
    print(f"{len(gevallen)} gevallen gelijk (vers en na snapshot), {len(namen)} bestanden in de zip")


def test_zip_per_bestand_gecomprimeerd_voor_hosts_zonder_compressie(site_map, monkeypatch):
    """SPOORWIJZER_STDLIB_ZIP=deflate: the same files, each deflated (for a host that sends neither the
    .br/.gz copies nor compresses a zip itself)."""
    _, stdlib, later, wielen, _ = _wat_de_worker_laadt(site_map)
    from bouw.eigen_stdlib import eigen_stdlib
    monkeypatch.setenv("SPOORWIJZER_STDLIB_ZIP", "deflate")
    start, qr, _ = eigen_stdlib(wielen, "calculators.api")  # from the build's cache
    for inhoud, geleverd in ((start, stdlib), (qr, later)):
        gedeflate, opgeslagen = zipfile.ZipFile(io.BytesIO(inhoud)), zipfile.ZipFile(geleverd)
        assert gedeflate.namelist() == opgeslagen.namelist()
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in gedeflate.infolist())
        assert all(i.compress_type == zipfile.ZIP_STORED for i in opgeslagen.infolist())
        assert all(gedeflate.read(n) == opgeslagen.read(n) for n in opgeslagen.namelist())
        assert len(inhoud) < geleverd.stat().st_size / 2.5
