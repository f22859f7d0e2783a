// Runs calculator cases through run_json inside Pyodide on Node, with the site's OWN trimmed standard
// library (not Pyodide's full zip), the way the worker does: on a fresh start and again after
// restoring the memory snapshot (a repeat visit). Used by tests/test_eigen_stdlib.py.
// Usage: node tests/pyodide/gelijk.mjs <pyodide dir> <lock.json> <stdlib zip> <later zip> <input.json> <output.json> <wheel>...
// (the later zip: what only a QR code needs of the standard library; unpacked into site-packages like segno)
// input.json: {"gevallen": [[name, params_json], ...], "vaste_dag": "<python code>"}
// output.json: {"vers": [...], "hersteld": [...], "python": "3.x.y", "zip_in_pyodide": bytes}
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideMap, slotPad, stdlib, stdlibLater, invoerPad, uitvoerPad, ...wielen] = process.argv.slice(2).map((p) => resolve(p));
const { loadPyodide } = await import(pathToFileURL(resolve(pyodideMap, "pyodide.mjs")).href);
const opties = { indexURL: pyodideMap + "/", stdLibURL: stdlib, packages: [], lockFileContents: readFileSync(slotPad, "utf-8") };

// Each case's output, or the exception it raised (a missing module shows up here by name); with
// qr=False the QR code's cases are left out (None), with qr=True only they run.
const ALLES = `
import json, sys
def _alles(pad, qr):
    from calculators.api import run_json
    with open(pad, encoding="utf-8") as f:
        invoer = json.load(f)
    uit = []
    for naam, params in invoer["gevallen"]:
        if (naam == "qr") != qr:
            uit.append(None)
            continue
        try:
            uit.append(run_json(naam, params))
        except BaseException as fout:
            uit.append(f"UITZONDERING {type(fout).__name__}: {fout}")
    return json.dumps(uit)
`;

const [rekenwiel, ...latereWielen] = wielen;
function pakUit(pyodide, bestanden, soort) {
  const purelib = pyodide.runPython("import sys; next(p for p in sys.path if p.endswith('/site-packages'))");
  for (const bestand of bestanden) pyodide.unpackArchive(new Uint8Array(readFileSync(bestand)), soort, { extractDir: purelib });
}

// The cases in the worker's order of things: every other case with the first zip and the calculators
// only; then, as at the first QR code, the later zip and segno's wheel, and the QR code's cases.
function draai(pyodide) {
  pyodide.FS.writeFile("/tmp/invoer.json", readFileSync(invoerPad));
  pyodide.runPython(JSON.parse(readFileSync(invoerPad, "utf-8")).vaste_dag);
  pyodide.runPython(ALLES);
  const uit = JSON.parse(pyodide.runPython("_alles('/tmp/invoer.json', False)"));
  pakUit(pyodide, [stdlibLater], "zip");
  pakUit(pyodide, latereWielen, "wheel");
  const qr = JSON.parse(pyodide.runPython("_alles('/tmp/invoer.json', True)"));
  return uit.map((uitvoer, i) => uitvoer ?? qr[i]);
}

// Python's own message, not Node's dump of the minified line that threw.
try {
  const vers = await loadPyodide({ ...opties, _makeSnapshot: true });
  pakUit(vers, [rekenwiel], "wheel");
  vers.pyimport("calculators.api");
  const snapshot = vers.makeMemorySnapshot();
  const uitkomst = {
    python: vers.runPython("import sys; sys.version.split()[0]"),
    zip_in_pyodide: vers.FS.stat("/lib/python314.zip").size,
    vers: draai(vers),
  };
  const hersteld = await loadPyodide({ ...opties, _loadSnapshot: snapshot });
  hersteld.pyimport("calculators.api");
  // As the worker does after a restore: the snapshot holds memory, not the unpacked files.
  pakUit(hersteld, [rekenwiel], "wheel");
  uitkomst.hersteld = draai(hersteld);
  writeFileSync(uitvoerPad, JSON.stringify(uitkomst));
} catch (fout) {
  process.stderr.write(`${fout && fout.message ? fout.message : fout}\n`);
  process.exit(1);
}
