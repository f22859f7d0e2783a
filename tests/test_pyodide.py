"""The unit tests of calculators/, run a second time inside Pyodide (Node) against the shipped wheels."""

import subprocess

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_unit_tests_slagen_ook_in_pyodide(site_map):
    wheels = sorted(str(w) for w in site_map.glob("assets/py/*/*.whl"))  # the calculators and segno, as shipped
    assert len(wheels) >= 2
    proces = subprocess.run(
        ["node", "tests/pyodide/run.mjs", "tests/unit", ".cache/pyodide-wheels", *wheels],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    uitvoer = proces.stdout + proces.stderr
    print(uitvoer[-3000:])
    assert proces.returncode == 0, uitvoer[-5000:]
    assert "Python 3.1" in uitvoer and "site-packages" in uitvoer
    assert " passed" in uitvoer and " failed" not in uitvoer
