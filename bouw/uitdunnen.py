"""Python files without comments and docstrings, each line where it was.

Used twice: `bouw/stdlib-spoor.mjs` runs this file inside Pyodide for the site's standard library zip
(Python 3.14's own tokenizer and parser read 3.14 syntax), and `bouw/rekenhulp.py` imports it for the
calculators wheel. What a reader's browser downloads needs neither: brotli sent 535 KiB of standard
library and 89 KiB of wheel with them, 276 and 63 without (6 December 2026). Tracebacks keep their line
numbers, and every file is checked: its syntax tree, positions included, must equal the original's with
exactly those docstrings taken out, or the file ships as it was. So the bytecode is the same apart from
`__doc__` being None. The names start with "_" because the tracer runs this in Python's global namespace.
"""

import ast as _ast, io as _io, json as _json, re as _re, tokenize as _tokenize, zipfile as _zipfile
_CODERING = _re.compile(r"^[ \t\f]*#.*?coding[:=]")
_MET_DOCSTRING = (_ast.Module, _ast.ClassDef, _ast.FunctionDef, _ast.AsyncFunctionDef)

def _zonder_commentaar(tekst):
    regels = _re.split(r"(?<=\n)", tekst)
    weg = [t.start for t in _tokenize.generate_tokens(_io.StringIO(tekst).readline)
           if t.type == _tokenize.COMMENT and not (t.start[0] <= 2 and _CODERING.match(t.line))]
    for regel, kolom in reversed(weg):
        oud = regels[regel - 1]
        regels[regel - 1] = oud[:kolom].rstrip() + oud[len(oud.rstrip("\r\n")):]
    return "".join(regels)

def _boom(tekst):
    return _ast.dump(_ast.parse(tekst), include_attributes=True)

def _docstrings(boom):
    """Each docstring statement with its body: the first statement of a module, class or function when it
    is a string."""
    for knoop in _ast.walk(boom):
        if isinstance(knoop, _MET_DOCSTRING) and knoop.body:
            eerste = knoop.body[0]
            if isinstance(eerste, _ast.Expr) and isinstance(eerste.value, _ast.Constant) and isinstance(eerste.value.value, str):
                yield knoop, eerste

def _weg(tekst):
    """The docstrings that go: each on lines of its own, or the only statement of its body (it becomes
    "pass" in its place, as in "class Fout(Exception): pass"). One that shares a line with other
    statements stays."""
    regels = _re.split(r"(?<=\n)", tekst)
    for knoop, doc in _docstrings(_ast.parse(tekst)):
        enige = len(knoop.body) == 1
        voor, na = regels[doc.lineno - 1][:doc.col_offset], regels[doc.end_lineno - 1][doc.end_col_offset:]
        if enige or not (voor.strip() or na.strip()):
            yield knoop, doc, enige

def _zonder_docstrings(tekst):
    """Docstrings out, their lines left empty: tracebacks keep their line numbers."""
    regels = _re.split(r"(?<=\n)", tekst)
    for _, doc, enige in sorted(_weg(tekst), key=lambda w: -w[1].lineno):
        voor, na = regels[doc.lineno - 1][:doc.col_offset], regels[doc.end_lineno - 1][doc.end_col_offset:]
        leeg = lambda regel: regel[len(regel.rstrip("\r\n")):] or "\n"
        eerste = voor + ("pass" if enige else "") + (na if na.strip() else leeg(na))
        regels[doc.lineno - 1:doc.end_lineno] = [eerste] + [leeg(r) for r in regels[doc.lineno:doc.end_lineno]]
    return "".join(regels)

def _verwacht(tekst):
    """The original's syntax tree with those docstrings taken out in the same way."""
    boom = _ast.parse(tekst)
    weg = {(doc.lineno, doc.col_offset) for _, doc, _ in _weg(tekst)}
    nieuw_einde = {}  # a body that ends with its "pass" now: so do the statements around it
    for knoop, doc in list(_docstrings(boom)):
        if (doc.lineno, doc.col_offset) not in weg:
            continue
        if len(knoop.body) == 1:
            knoop.body[0] = _ast.Pass(lineno=doc.lineno, col_offset=doc.col_offset, end_lineno=doc.lineno,
                                      end_col_offset=doc.col_offset + 4)
            nieuw_einde[(doc.end_lineno, doc.end_col_offset)] = (doc.lineno, doc.col_offset + 4)
        else:
            del knoop.body[0]
    for knoop in _ast.walk(boom):
        einde = (getattr(knoop, "end_lineno", None), getattr(knoop, "end_col_offset", None))
        if einde in nieuw_einde:
            knoop.end_lineno, knoop.end_col_offset = nieuw_einde[einde]
    return boom

def uitgedund(bron):
    """The file without comments and docstrings, or None when its syntax tree would differ in more than
    those docstrings (or a string behind one would become a docstring in its place)."""
    origineel = bron.decode("utf-8")
    tekst = _zonder_commentaar(origineel)
    dun = _zonder_docstrings(tekst)
    boom, verwacht = _ast.parse(dun), _verwacht(tekst)
    blijven = len(list(_docstrings(_ast.parse(tekst)))) - len(list(_weg(tekst)))
    if _boom(tekst) == _boom(origineel) and len(list(_docstrings(boom))) == blijven and (
            _ast.dump(boom, include_attributes=True) == _ast.dump(verwacht, include_attributes=True)):
        return dun.encode("utf-8")
    return None

def _schrijf_zip(namen_json, uit):
    """The tracer's zip: the named files of Pyodide's standard library, thinned, stored uncompressed."""
    namen = _json.loads(namen_json)
    ongewijzigd, voor, na = [], 0, 0
    with _zipfile.ZipFile("/lib/python314.zip") as bron, _zipfile.ZipFile(uit, "w") as doel:
        for naam in namen:
            inhoud = bron.read(naam)
            voor += len(inhoud)
            if naam.endswith(".py"):
                dun = uitgedund(inhoud)
                if dun is None:
                    ongewijzigd.append(naam)
                else:
                    inhoud = dun
            na += len(inhoud)
            info = _zipfile.ZipInfo(naam, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            doel.writestr(info, inhoud)
    return _json.dumps({"bestanden": len(namen), "bytes_bron": voor, "bytes_uitgedund": na,
                        "ongewijzigd": ongewijzigd})
