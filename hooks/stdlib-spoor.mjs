// Finds which files of Pyodide's standard library the site's Python needs (called by
// hooks/eigen_stdlib.py during the build). It runs Pyodide on Node with the FULL standard library and
// does what the worker does, then more, noting after every step which modules Python has loaded:
//
//   1. start Pyodide the way the worker does (with _makeSnapshot, as the first visit does);
//   2. unpack every wheel the worker loads, import the entry module;
//   3. make a memory snapshot (what the first visit stores);
//   4. run every case (the unit tests' calls and a fuzz sample) through run_json;
//   5. import every module named by an import statement, anywhere (also inside functions and
//      try/except), in each module of the wheels that is loaded by now; repeated until nothing new;
//   6. start a second Pyodide from the snapshot (what a repeat visit does) and run the cases again.
//
// Usage: node hooks/stdlib-spoor.mjs <pyodide dir> <entry module> <cases.json> <wheel>...
// Prints JSON: {"modules": {name: file}, "stappen": {step: count}, "python": version}.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideMap, ingang, gevallenPad, ...wielen] = process.argv.slice(2);
const { loadPyodide } = await import(pathToFileURL(resolve(pyodideMap, "pyodide.mjs")).href);
const indexURL = resolve(pyodideMap) + "/";
const stil = { stdout: () => {}, stderr: (tekst) => process.stderr.write(tekst + "\n") };

// Only modules that Pyodide itself loaded at start are used by this helper code (sys, json, ast,
// importlib), so it adds nothing of its own to what it measures.
const HULP = `
import ast as _ast, importlib as _importlib, json as _json, sys as _sys

def _gevallen(pad, ingang):
    run_json = _importlib.import_module(ingang).run_json
    with open(pad, encoding="utf-8") as f:
        for naam, params in _json.load(f):
            run_json(naam, params)

def _probeer(naam):
    try:
        _importlib.import_module(naam)
        return True
    except Exception:  # optional, absent or platform-only: what cannot be imported is not needed
        return False

def _statisch(map_):
    gedaan = set()
    while True:
        nieuw = [(naam, m.__file__) for naam, m in list(_sys.modules.items())
                 if naam not in gedaan and isinstance(getattr(m, "__file__", None), str)
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

const GELADEN = `import sys as _s, json as _j
_j.dumps({naam: m.__file__ for naam, m in list(_s.modules.items()) if isinstance(getattr(m, "__file__", None), str)})`;
const modules = {};
const stappen = {};
function noteer(pyodide, stap) {
  const geladen = JSON.parse(pyodide.runPython(GELADEN));
  Object.assign(modules, geladen);
  stappen[stap] = Object.keys(geladen).length;
}

// Python's own message, not Node's dump of the minified line that threw.
try {
  // 1. As the worker starts on a first visit.
  const pyodide = await loadPyodide({ indexURL, packages: [], _makeSnapshot: true, ...stil });
  noteer(pyodide, "start");

  // 2. The wheels, unpacked as the worker does, and the entry module.
  const purelib = pyodide.runPython("import sys; next(p for p in sys.path if p.endswith('/site-packages'))");
  for (const wiel of wielen) pyodide.unpackArchive(new Uint8Array(readFileSync(wiel)), "wheel", { extractDir: purelib });
  pyodide.pyimport(ingang);
  noteer(pyodide, "wielen");

  // 3. The memory snapshot a first visit stores.
  const snapshot = pyodide.makeMemorySnapshot();
  noteer(pyodide, "snapshot");

  // 4. Every case.
  pyodide.runPython(HULP);
  pyodide.FS.writeFile("/tmp/gevallen.json", readFileSync(gevallenPad));
  pyodide.globals.get("_gevallen")("/tmp/gevallen.json", ingang);
  noteer(pyodide, "gevallen");

  // 5. What the wheels' loaded modules name in import statements, also where no case went.
  pyodide.globals.get("_statisch")(purelib);
  noteer(pyodide, "statisch");

  // 6. A repeat visit: restored from the snapshot, the entry module taken from it, every case again.
  const hersteld = await loadPyodide({ indexURL, packages: [], _loadSnapshot: snapshot, ...stil });
  hersteld.pyimport(ingang);
  hersteld.runPython(HULP);
  hersteld.FS.writeFile("/tmp/gevallen.json", readFileSync(gevallenPad));
  hersteld.globals.get("_gevallen")("/tmp/gevallen.json", ingang);
  noteer(hersteld, "hersteld");

  const python = pyodide.runPython("_sys.version.split()[0]");
  process.stdout.write(JSON.stringify({ modules, stappen, python }));
} catch (fout) {
  process.stderr.write(`${fout && fout.message ? fout.message : fout}\n`);
  process.exit(1);
}
