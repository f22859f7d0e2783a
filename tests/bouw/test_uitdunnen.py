"""Python files without comments and docstrings (bouw/uitdunnen.py), and the calculators wheel the site ships."""

from __future__ import annotations

import ast
import base64
import hashlib
import tempfile
import textwrap
import zipfile
from pathlib import Path

import pytest

from bouw.rekenhulp import bouw_wheel
from bouw.uitdunnen import uitgedund

BRON = textwrap.dedent('''\
    """Module docstring
    over two lines."""
    # a comment
    import math  # behind code


    class Fout(Exception):
        """Only a docstring."""


    class Kort(Exception): """On the class's own line."""


    def f(x):
        """Says why."""
        y = x * 2  # doubled
        if y > 10:
            raise ValueError("te groot")
        return math.sqrt(y)


    def g(): "shares its line"; return 1
    ''')


def _dun() -> str:
    uit = uitgedund(BRON.encode())
    assert uit is not None
    return uit.decode()


def test_regels_blijven_op_hun_plaats():
    dun = _dun()
    assert dun.count("\n") == BRON.count("\n")
    regels = dun.splitlines()
    assert regels[4:] and regels[3] == "import math"
    assert regels[17] == '        raise ValueError("te groot")'  # where the original has it


def test_geen_commentaar_en_geen_docstrings_maar_wel_code():
    dun = _dun()
    assert "#" not in dun
    assert "docstring" not in dun and "Says why" not in dun
    assert "class Fout(Exception):\n    pass\n" in dun
    assert "class Kort(Exception): pass\n" in dun
    assert 'raise ValueError("te groot")' in dun


def test_een_docstring_op_een_regel_met_andere_code_blijft():
    assert 'def g(): "shares its line"; return 1' in _dun()


def test_zelfde_code_en_regelnummers_als_het_origineel():
    """Run both: the same results, the same line in a traceback, __doc__ gone."""
    ruimte_oud, ruimte_nieuw = {}, {}
    exec(compile(BRON, "m.py", "exec"), ruimte_oud)
    exec(compile(_dun(), "m.py", "exec"), ruimte_nieuw)
    assert ruimte_nieuw["f"](3) == ruimte_oud["f"](3) and ruimte_nieuw["g"]() == 1
    for ruimte in (ruimte_oud, ruimte_nieuw):
        with pytest.raises(ValueError) as fout:
            ruimte["f"](6)
        assert fout.traceback[-1].lineno + 1 == 18
    assert ruimte_oud["f"].__doc__ == "Says why." and ruimte_nieuw["f"].__doc__ is None
    assert ruimte_nieuw["g"].__doc__ == "shares its line"


def test_een_string_die_docstring_zou_worden_laat_het_bestand_zoals_het_was():
    bron = 'def f():\n    """Doc."""\n    "would become the docstring"\n    return 1\n'
    assert uitgedund(bron.encode()) is None


def test_het_geleverde_wheel_opgeslagen_uitgedund_en_met_kloppende_record(monkeypatch):
    monkeypatch.delenv("SPOORWIJZER_STDLIB_ZIP", raising=False)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = bouw_wheel(Path(tmp))
        with zipfile.ZipFile(wheel) as z:
            assert all(i.compress_type == zipfile.ZIP_STORED for i in z.infolist())
            (record,) = [n for n in z.namelist() if n.endswith(".dist-info/RECORD")]
            regels = [r.split(",") for r in z.read(record).decode().splitlines()]
            assert sorted(r[0] for r in regels) == sorted(z.namelist())
            for naam, digest, grootte in regels:
                if naam == record:
                    continue
                data = z.read(naam)
                assert digest == "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
                assert int(grootte) == len(data)
            api = z.read("calculators/api.py").decode()
    bron = (Path(__file__).resolve().parents[2] / "calculators" / "api.py").read_text("utf-8")
    assert api.count("\n") == bron.count("\n") and len(api) < 0.9 * len(bron)
    assert ast.get_docstring(ast.parse(api)) is None and ast.get_docstring(ast.parse(bron))
