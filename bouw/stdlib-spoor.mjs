// Finds which files of Pyodide's standard library the site's Python needs (called by
// bouw/eigen_stdlib.py during the build). It runs Pyodide on Node with the FULL standard library and
// does what the worker does, then more, noting after every step which modules Python has loaded:
//
//   1. start Pyodide the way the worker does (with _makeSnapshot, as the first visit does);
//   2. unpack every wheel the worker loads, import the entry module;
//   3. make a memory snapshot (what the first visit stores);
//   4. run every case (the unit tests' calls and a fuzz sample) through run_json;
//   5. import every module named by an import statement, anywhere (also inside functions and
//      try/except), in each loaded module of the site's own package (the entry module's: calculators),
//      repeated until nothing new. So a calculator that imports a module on a path no case takes still
//      gets it. Other wheels (segno) are not read this way: their code for other uses (opening a web
//      browser, plug-ins, a Windows console) would pull in urllib.request, email and ctypes; what the
//      site calls in them is in the cases, and the test proves it on thousands more;
//   6. start a second Pyodide from the snapshot (what a repeat visit does), unpack the wheels again as
//      the worker does (a snapshot holds memory, not files), and run the cases again.
//
// Then it writes the zip: every file of the standard library zip that a loaded module came from,
// stored uncompressed, with comments taken out of the Python files. Only comments: each line stays
// where it was (tracebacks keep their line numbers), and each file's syntax tree, positions included,
// is checked to be the same as the original's (so is the bytecode); a file that differs is kept as
// it was. Python 3.14's own tokenizer does this, inside Pyodide, so new syntax is read correctly.
//
// Usage: node bouw/stdlib-spoor.mjs <pyodide dir> <lock.json> <entry module> <cases.json> <out.zip> <wheel>...
// (lock.json: the lock file contents the worker passes, bouw/eigen_stdlib.py pyodide_slot)
// Prints JSON: {"modules": {name: file}, "stappen": {step: count}, "eerst_geladen": {name: step},
// "python": version, "zip": {...}}.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideMap, slotPad, ingang, gevallenPad, zipPad, ...wielen] = process.argv.slice(2);
const ZIP_IN_PYODIDE = "/lib/python314.zip/";
const { loadPyodide } = await import(pathToFileURL(resolve(pyodideMap, "pyodide.mjs")).href);
const indexURL = resolve(pyodideMap) + "/";
const stil = { stdout: () => {}, stderr: (tekst) => process.stderr.write(tekst + "\n") };
const lockFileContents = readFileSync(slotPad, "utf-8");

// Only modules that Pyodide itself loaded at start are used by this helper code (sys, json, ast,
// importlib), so it adds nothing of its own to what it measures.
const HULP = `
import ast as _ast, importlib as _importlib, json as _json, sys as _sys

def _gevallen(pad, ingang, qr=None):
    """The cases; with qr=True only the QR code's, with qr=False all others."""
    run_json = _importlib.import_module(ingang).run_json
    with open(pad, encoding="utf-8") as f:
        for naam, params in _json.load(f):
            if qr is None or (naam == "qr") == qr:
                run_json(naam, params)

# The later wheels' top-level names (segno): the static step leaves them to the QR cases.
_LATER = set()

def _probeer(naam):
    if naam.split(".")[0] in _LATER:
        return False
    try:
        _importlib.import_module(naam)
        return True
    except Exception:  # optional, absent or platform-only: what cannot be imported is not needed
        return False

def _statisch(map_, pakket):
    gedaan = set()
    while True:
        nieuw = [(naam, m.__file__) for naam, m in list(_sys.modules.items())
                 if naam not in gedaan and naam.split(".")[0] == pakket and isinstance(getattr(m, "__file__", None), str)
                 and m.__file__.startswith(map_) and m.__file__.endswith(".py")]
        if not nieuw:
            return
        for naam, bestand in nieuw:
            gedaan.add(naam)
            with open(bestand, encoding="utf-8") as f:
                boom = _ast.parse(f.read())
            pakket = naam if bestand.endswith("/__init__.py") else naam.rpartition(".")[0]
            for knoop in _ast.walk(boom):
                if isinstance(knoop, _ast.Import):
                    for alias in knoop.names:
                        _probeer(alias.name)
                elif isinstance(knoop, _ast.ImportFrom):
                    basis = knoop.module or ""
                    if knoop.level:
                        delen = pakket.split(".")[: len(pakket.split(".")) - knoop.level + 1]
                        basis = ".".join(delen + ([basis] if basis else []))
                    if basis and _probeer(basis) and hasattr(_sys.modules[basis], "__path__"):
                        for alias in knoop.names:
                            if alias.name != "*":
                                _probeer(basis + "." + alias.name)  # a submodule, or just a name
`;

// Frozen modules (os, io, codecs, importlib's bootstrap, site, …) name a file in the zip but come from
// the interpreter itself: they never read it, so it is not shipped.
const GELADEN = `import sys as _s, json as _j
_j.dumps({naam: m.__file__ for naam, m in list(_s.modules.items()) if isinstance(getattr(m, "__file__", None), str)
          and getattr(getattr(m, "__spec__", None), "origin", None) != "frozen"})`;
// Comments and docstrings out, lines kept, each file checked against the original (bouw/uitdunnen.py).
const UITDUNNEN = readFileSync(new URL("./uitdunnen.py", import.meta.url), "utf-8");

const modules = {};
const stappen = {};
const eerstGeladen = {}; // module → the step that first loaded it
function noteer(pyodide, stap) {
  const geladen = JSON.parse(pyodide.runPython(GELADEN));
  for (const naam of Object.keys(geladen)) eerstGeladen[naam] ??= stap;
  Object.assign(modules, geladen);
  stappen[stap] = Object.keys(geladen).length;
}

// Python's own message, not Node's dump of the minified line that threw.
try {
  // 1. As the worker starts on a first visit.
  const pyodide = await loadPyodide({ indexURL, packages: [], lockFileContents, _makeSnapshot: true, ...stil });
  noteer(pyodide, "start");

  // 2. The wheels, unpacked as the worker does, and the entry module.
  const purelib = pyodide.runPython("import sys; next(p for p in sys.path if p.endswith('/site-packages'))");
  for (const wiel of wielen) pyodide.unpackArchive(new Uint8Array(readFileSync(wiel)), "wheel", { extractDir: purelib });
  pyodide.pyimport(ingang);
  noteer(pyodide, "wielen");

  // 3. The memory snapshot a first visit stores.
  const snapshot = pyodide.makeMemorySnapshot();
  noteer(pyodide, "snapshot");

  // 4. Every case but the QR code's.
  pyodide.runPython(HULP);
  pyodide.FS.writeFile("/tmp/gevallen.json", readFileSync(gevallenPad));
  pyodide.globals.get("_gevallen")("/tmp/gevallen.json", ingang, false);
  noteer(pyodide, "gevallen");

  // 5. What the site's own modules name in import statements, also where no case went; not the later
  // wheels (segno), which the worker unpacks only for a QR code.
  for (const wiel of wielen.slice(1)) {
    pyodide.FS.writeFile("/tmp/later.whl", readFileSync(wiel));
    pyodide.runPython(`import zipfile as _z
_LATER.update(n.split("/")[0].removesuffix(".py") for n in _z.ZipFile("/tmp/later.whl").namelist()
              if not n.split("/")[0].endswith((".dist-info", ".data")))`);
  }
  pyodide.globals.get("_statisch")(purelib, ingang.split(".")[0]);
  noteer(pyodide, "statisch");

  // 5a. The QR code's cases: what only they load is the later part of the standard library, fetched with
  // segno's wheel at the first QR code.
  pyodide.globals.get("_gevallen")("/tmp/gevallen.json", ingang, true);
  noteer(pyodide, "qr");

  // 6. A repeat visit: restored from the snapshot, the entry module taken from it, every case again.
  const hersteld = await loadPyodide({ indexURL, packages: [], lockFileContents, _loadSnapshot: snapshot, ...stil });
  hersteld.pyimport(ingang);
  for (const wiel of wielen) hersteld.unpackArchive(new Uint8Array(readFileSync(wiel)), "wheel", { extractDir: purelib });
  hersteld.runPython(HULP);
  hersteld.FS.writeFile("/tmp/gevallen.json", readFileSync(gevallenPad));
  hersteld.globals.get("_gevallen")("/tmp/gevallen.json", ingang);
  noteer(hersteld, "hersteld");

  // The zip: the loaded modules' files from the standard library zip, without comments.
  const namen = [...new Set(Object.values(modules).filter((f) => f.startsWith(ZIP_IN_PYODIDE)))]
    .map((f) => f.slice(ZIP_IN_PYODIDE.length))
    .sort();
  pyodide.runPython(UITDUNNEN);
  const zip = JSON.parse(pyodide.globals.get("_schrijf_zip")(JSON.stringify(namen), "/tmp/eigen_stdlib.zip"));
  writeFileSync(zipPad, pyodide.FS.readFile("/tmp/eigen_stdlib.zip"));

  const python = pyodide.runPython("_sys.version.split()[0]");
  process.stdout.write(JSON.stringify({ modules, stappen, eerst_geladen: eerstGeladen, python, zip }));
} catch (fout) {
  process.stderr.write(`${fout && fout.message ? fout.message : fout}\n`);
  process.exit(1);
}
