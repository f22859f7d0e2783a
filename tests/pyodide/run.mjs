// Runs the unit tests inside Pyodide on Node, against the wheels the site ships, so that what
// runs in the browser (Python 3.14 in WebAssembly) is what was tested.
// Usage: node tests/pyodide/run.mjs <tests dir> <dir with pure test wheels> <site wheel>...
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadPyodide } from "pyodide";

const [testsDir, wheelsDir, ...siteWheels] = process.argv.slice(2).map((p) => resolve(p));
const pyodide = await loadPyodide();
const purelib = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
const wheels = [...siteWheels, ...readdirSync(wheelsDir).filter((n) => n.endsWith(".whl")).map((n) => join(wheelsDir, n))];
for (const pad of wheels) {
  // unpackArchive needs a Uint8Array (a Node Buffer is refused) and an explicit target directory.
  pyodide.unpackArchive(new Uint8Array(readFileSync(pad)), "wheel", { extractDir: purelib });
}
pyodide.FS.mkdirTree("/tests");
pyodide.FS.mount(pyodide.FS.filesystems.NODEFS, { root: testsDir }, "/tests");
const code = pyodide.runPython(`
import sys, pytest, calculators
print("Python", sys.version.split()[0], "- calculators uit", calculators.__file__)
pytest.main(["-q", "-p", "no:cacheprovider", "/tests"])
`);
process.exit(Number(code));
