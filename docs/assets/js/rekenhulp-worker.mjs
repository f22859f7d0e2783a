// Module worker: runs Python (Pyodide) off the main thread so the page stays responsive.
// It loads the vendored runtime, the site's own standard library and the wheels (the calculators
// first, then segno for QR codes) from this site only, then answers {id, name, params} with the
// JSON result of calculators.api.run(name, params).
// The build (hooks/rekenhulp.py) fills in the URLs below and renames this file by its hash.
import { loadPyodide } from "__PYODIDE_URL__pyodide.mjs";

const PYODIDE_MAP = new URL("__PYODIDE_URL__", import.meta.url).href;
const WHEELS = "__WHEELS__".map((pad) => new URL(pad, import.meta.url));
// Only the modules this site's Python needs (hooks/eigen_stdlib.py), not Pyodide's full zip.
const STDLIB = new URL("__STDLIB_URL__", import.meta.url).href;
const STAPPEN = 3;
// Which rules this worker runs: a short content hash of the calculators wheel, filled in by the
// build. Every result carries it (after the rules' own date where Python gives one), so a screen,
// a printout or a link says which rules made it, and two builds with other rules never share it.
const REGELS_HASH = "__REGELS_HASH__";
const regelsVersie = (result) => (result.regels_datum ? `${result.regels_datum}.${REGELS_HASH}` : REGELS_HASH);

const meld = (stap, tekst) => postMessage({ type: "voortgang", stap, van: STAPPEN, tekst });

// Pyodide waits forever when its WebAssembly cannot be fetched or compiled (a blocking network,
// a policy without 'wasm-unsafe-eval', an old browser), so both are checked first and fail fast.
async function controleerWebAssembly() {
  if (typeof WebAssembly !== "object") throw new Error("deze browser kent geen WebAssembly");
  await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  const wasm = new URL("pyodide.asm.wasm", PYODIDE_MAP);
  if (self.caches && (await caches.match(wasm))) return; // offline copy present: no network needed
  const antwoord = await fetch(wasm, { method: "HEAD" });
  if (!antwoord.ok) throw new Error(`Python-omgeving niet gevonden (${antwoord.status})`);
}

async function haalWheel(url) {
  const antwoord = await fetch(url);
  if (!antwoord.ok) throw new Error(`rekenregels niet gevonden (${antwoord.status})`);
  return new Uint8Array(await antwoord.arrayBuffer());
}

// A memory snapshot of the interpreter with the rules imported, kept in the Cache API: a repeat
// visit restores it in a fraction of the time a fresh start takes (no Python start-up, no imports).
// It is keyed to this exact runtime, standard library and these wheels, so it never outlives the
// code it was made from; when restoring fails for any reason, it is thrown away and Python starts
// the normal way.
const SNAPSHOT_CACHE = "spoorwijzer-snapshot";
const SNAPSHOT_SLEUTEL = new URL(
  `snapshot?wheels=${encodeURIComponent(WHEELS.map((u) => u.pathname).join(","))}` +
    `&stdlib=${encodeURIComponent(new URL(STDLIB).pathname)}`,
  PYODIDE_MAP,
).href;

async function leesSnapshot() {
  try {
    const antwoord = await (await caches.open(SNAPSHOT_CACHE)).match(SNAPSHOT_SLEUTEL);
    return antwoord ? new Uint8Array(await antwoord.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

async function bewaarSnapshot(pyodide) {
  try {
    const snapshot = pyodide.makeMemorySnapshot();
    await caches.delete(SNAPSHOT_CACHE);
    await (await caches.open(SNAPSHOT_CACHE)).put(SNAPSHOT_SLEUTEL, new Response(snapshot));
  } catch {
    // No room or no Cache API: the next visit simply starts Python the normal way.
  }
}

// site-packages as the interpreter lists it (importing sysconfig for it costs ~40 ms here).
function pakUit(pyodide, wheels) {
  const purelib = pyodide.runPython("import sys; next(p for p in sys.path if p.endswith('/site-packages'))");
  for (const wheel of wheels) pyodide.unpackArchive(wheel, "wheel", { extractDir: purelib });
}

// A snapshot holds the interpreter's memory, not its files: what Python imports later (segno, at the
// first QR code) must be unpacked again. That happens after "ready", from the browser's cache; only
// a request that needs those files waits for it.
async function vanSnapshot(snapshot) {
  try {
    const pyodide = await loadPyodide({ indexURL: PYODIDE_MAP, stdLibURL: STDLIB, packages: [], _loadSnapshot: snapshot });
    const runJson = pyodide.pyimport("calculators.api").run_json;
    const bestanden = () => Promise.all(WHEELS.map(haalWheel)).then((wheels) => pakUit(pyodide, wheels));
    return { runJson, bestanden };
  } catch {
    await caches.delete(SNAPSHOT_CACHE).catch(() => {});
    return null;
  }
}

async function laad() {
  meld(1, "Python-omgeving laden");
  const snapshot = await leesSnapshot();
  if (snapshot) {
    await controleerWebAssembly();
    const hersteld = await vanSnapshot(snapshot);
    if (hersteld) return hersteld;
  }
  // Runtime, rules and the checks all start at once; the checks settle long before Pyodide does.
  const pyodideKlaar = loadPyodide({ indexURL: PYODIDE_MAP, stdLibURL: STDLIB, packages: [], _makeSnapshot: true });
  const wheelsKlaar = Promise.all(WHEELS.map(haalWheel));
  pyodideKlaar.catch(() => {});
  wheelsKlaar.catch(() => {});
  await controleerWebAssembly();
  const pyodide = await pyodideKlaar;
  meld(2, "Rekenregels laden");
  pakUit(pyodide, await wheelsKlaar);
  meld(3, "Bijna klaar");
  return { runJson: pyodide.pyimport("calculators.api").run_json, pyodide };
}

const klaar = laad();
const bestandenKlaar = klaar.then(({ bestanden }) => bestanden?.()).catch(() => {});
klaar.then(
  ({ pyodide }) => {
    postMessage({
      type: "klaar",
      bestanden: [...performance.getEntriesByType("resource").map((e) => e.name), ...WHEELS.map((u) => u.href), STDLIB],
    });
    if (pyodide) bewaarSnapshot(pyodide);
  },
  (fout) => postMessage({ type: "fout", melding: String(fout && fout.message ? fout.message : fout) }),
);

onmessage = async ({ data }) => {
  let result;
  try {
    const { runJson } = await klaar;
    if (data.name === "qr") await bestandenKlaar;
    result = JSON.parse(runJson(data.name, JSON.stringify(data.params)));
    result.regels_versie = regelsVersie(result);
  } catch (fout) {
    result = {
      ok: false,
      fouten: [{ veld: "", melding: "De rekenhulp kon dit niet uitrekenen. Herlaad de pagina en probeer het opnieuw." }],
    };
  }
  postMessage({ type: "resultaat", id: data.id, result });
};
