// Module worker: runs Python (Pyodide) off the main thread so the page stays responsive.
// It loads the vendored runtime, the site's own standard library and the calculators wheel from
// this site only, then answers {id, name, params} with the JSON result of
// calculators.api.run(name, params). segno's wheel (QR codes) is fetched at the first QR request.
// While loading it reports the bytes received against the bytes to come, so the page can say
// "1,2 van 3,8 MB" instead of a step number that stands still on a slow line.
// The build (bouw/rekenhulp.py) fills in the URLs and sizes below and renames this file by its hash.
import { loadPyodide } from "__PYODIDE_URL__pyodide.mjs";

const PYODIDE_MAP = new URL("__PYODIDE_URL__", import.meta.url).href;
const WHEELS = "__WHEELS__".map((pad) => new URL(pad, import.meta.url));
// The calculators come first; the others (segno) are needed only for a QR code.
const [REKENWHEEL, ...LATERE_WHEELS] = WHEELS;
// Only the modules this site's Python needs (bouw/eigen_stdlib.py), not Pyodide's full zip.
const STDLIB = new URL("__STDLIB_URL__", import.meta.url).href;
// What only a QR code needs of it (segno's imports), unpacked into site-packages with segno's wheel.
const STDLIB_LATER = new URL("__STDLIB_LATER_URL__", import.meta.url);
// Pyodide's lock file without its package list (bouw/eigen_stdlib.py pyodide_slot): no request for it.
const SLOT = "__SLOT__";
// Which rules this worker runs: a short content hash of the calculators wheel, filled in by the
// build. Every result carries it (after the rules' own date where Python gives one), so a screen,
// a printout or a link says which rules made it, and two builds with other rules never share it.
const REGELS_HASH = "__REGELS_HASH__";
const regelsVersie = (result) => (result.regels_datum ? `${result.regels_datum}.${REGELS_HASH}` : REGELS_HASH);
// The files a start fetches, with their size on disk (bytes before any compression by the host).
const GROOTTES = new Map(Object.entries("__GROOTTES__").map(([pad, grootte]) => [new URL(pad, import.meta.url).href, grootte]));
const WASM = new URL("pyodide.asm.wasm", PYODIDE_MAP).href;
// Started as `new Worker(url, {type: "module", name: "opwarmen"})` by a page that leads to a calculator
// (rekenhulp.js, `warmPythonOp`): this worker then only makes the memory snapshot the calculator page restores.
const OPWARMEN = self.name === "opwarmen";

// Bytes of each start file: `ontvangen` and `totaal` as the host sends them (after compression, by
// Content-Length), counted from the decoded stream scaled by the file's compression ratio.
const voortgang = new Map();
let gemeld = 0;

function meldBytes() {
  if (OPWARMEN) return; // no page shows these bytes
  const bestanden = [...GROOTTES.keys()].map((url) => voortgang.get(url));
  const bekend = bestanden.filter(Boolean);
  // The one file not fetched through fetch() (pyodide.asm.mjs, an import) is estimated at the ratio of the others.
  const verhouding = bekend.reduce((s, b) => s + b.totaal, 0) / Math.max(1, bekend.reduce((s, b) => s + b.ruw, 0));
  let ontvangen = 0;
  let totaal = 0;
  for (const [url, ruw] of GROOTTES) {
    const bestand = voortgang.get(url);
    ontvangen += bestand ? bestand.ontvangen : 0;
    totaal += bestand ? bestand.totaal : Math.round(ruw * verhouding);
  }
  const nu = performance.now();
  if (nu - gemeld < 100 && ontvangen < totaal) return;
  gemeld = nu;
  postMessage({ type: "voortgang", ontvangen, totaal, volledig: bekend.length === GROOTTES.size });
}

// Count a response's body through a clone, so the response Pyodide gets stays the browser's own
// (its URL keeps WebAssembly's code cache working on a repeat visit).
function tel(url, antwoord) {
  const ruw = GROOTTES.get(url);
  const totaal = Number(antwoord.headers.get("Content-Length")) || ruw;
  const bestand = { ruw, totaal, ontvangen: 0 };
  voortgang.set(url, bestand);
  meldBytes();
  const lezer = antwoord.clone().body?.getReader();
  if (!lezer) return;
  let gelezen = 0;
  const lees = () => lezer.read().then(({ done, value }) => {
    if (done) {
      bestand.ontvangen = bestand.totaal;
    } else {
      gelezen += value.byteLength;
      bestand.ontvangen = Math.min(bestand.totaal, Math.round((gelezen / ruw) * bestand.totaal));
    }
    meldBytes();
    if (!done) return lees();
  }, () => {});
  lees();
}

// Pyodide fails silently when its WebAssembly cannot be fetched: the answer to its own request
// for it settles `wasmAntwoord`, so a missing file is reported at once, without a request of our own.
let wasmGezien;
const wasmAntwoord = new Promise((klaar, mis) => { wasmGezien = { klaar, mis }; });
wasmAntwoord.catch(() => {});
const eigenFetch = self.fetch.bind(self);
self.fetch = async (invoer, opties) => {
  const url = new URL(invoer instanceof Request ? invoer.url : String(invoer), self.location.href).href;
  try {
    const antwoord = await eigenFetch(invoer, opties);
    if (url === WASM) (antwoord.ok ? wasmGezien.klaar : wasmGezien.mis)(new Error(`Python-omgeving niet gevonden (${antwoord.status})`));
    if (antwoord.ok && GROOTTES.has(url) && !voortgang.has(url)) tel(url, antwoord);
    return antwoord;
  } catch (fout) {
    if (url === WASM) wasmGezien.mis(fout);
    throw fout;
  }
};
// The runtime's JavaScript comes in by import(), not fetch(): counted once it has arrived.
new PerformanceObserver((lijst) => {
  for (const regel of lijst.getEntries()) {
    if (!GROOTTES.has(regel.name) || voortgang.has(regel.name)) continue;
    const totaal = regel.encodedBodySize || GROOTTES.get(regel.name);
    voortgang.set(regel.name, { ruw: GROOTTES.get(regel.name), totaal, ontvangen: totaal });
    meldBytes();
  }
}).observe({ type: "resource", buffered: true });

// Pyodide waits forever when its WebAssembly cannot be compiled (a policy without
// 'wasm-unsafe-eval', an old browser) or fetched, so both are checked first and fail fast.
async function controleerWebAssembly() {
  if (typeof WebAssembly !== "object") throw new Error("deze browser kent geen WebAssembly");
  await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  await wasmAntwoord;
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
    return true;
  } catch {
    // No room or no Cache API: the next visit simply starts Python the normal way.
    return false;
  }
}

// site-packages as the interpreter lists it (importing sysconfig for it costs ~40 ms here).
function pakUit(pyodide, wheels, soort = "wheel") {
  const purelib = pyodide.runPython("import sys; next(p for p in sys.path if p.endswith('/site-packages'))");
  for (const wheel of wheels) pyodide.unpackArchive(wheel, soort, { extractDir: purelib });
}

// A snapshot holds the interpreter's memory, not its files: what Python imports later (calculators
// modules imported inside a function, segno at the first QR code) must be unpacked again. The
// calculators wheel is unpacked again after "ready", from the browser's cache; segno's wheel is
// fetched and unpacked at the first QR request, after a fresh start as after a restore.
async function vanSnapshot(snapshot) {
  try {
    const pyodide = await loadPyodide({ indexURL: PYODIDE_MAP, stdLibURL: STDLIB, packages: [], lockFileContents: SLOT, _loadSnapshot: snapshot });
    return { pyodide, runJson: pyodide.pyimport("calculators.api").run_json, hersteld: true };
  } catch {
    await caches.delete(SNAPSHOT_CACHE).catch(() => {});
    return null;
  }
}

async function laad() {
  const snapshot = await leesSnapshot();
  if (snapshot) {
    const hersteld = vanSnapshot(snapshot); // it fetches the WebAssembly the check waits for
    await controleerWebAssembly();
    if (await hersteld) return await hersteld;
  }
  return koud();
}

// A fresh start, the same for the calculator page and the warm-up, so both snapshots hold the same state.
async function koud() {
  // Runtime, rules and the checks all start at once; the checks settle long before Pyodide does.
  const pyodideKlaar = loadPyodide({ indexURL: PYODIDE_MAP, stdLibURL: STDLIB, packages: [], lockFileContents: SLOT, _makeSnapshot: true });
  const wheelKlaar = haalWheel(REKENWHEEL);
  pyodideKlaar.catch(() => {});
  wheelKlaar.catch(() => {});
  await controleerWebAssembly();
  const pyodide = await pyodideKlaar;
  pakUit(pyodide, [await wheelKlaar]);
  return { runJson: pyodide.pyimport("calculators.api").run_json, pyodide, hersteld: false };
}

// The warm-up: when this build's snapshot is there already, nothing (its body is not read); otherwise a
// fresh start and its snapshot. It ends with "opgewarmd" (the page then ends this worker) or "fout"; never a throw.
async function warmOp() {
  const begin = performance.now();
  try {
    if (await (await caches.open(SNAPSHOT_CACHE)).match(SNAPSHOT_SLEUTEL)) {
      postMessage({ type: "opgewarmd", al: true, sleutel: SNAPSHOT_SLEUTEL });
      return;
    }
    const { pyodide } = await koud();
    const bewaard = await bewaarSnapshot(pyodide);
    postMessage({ type: "opgewarmd", al: false, bewaard, sleutel: SNAPSHOT_SLEUTEL, ms: Math.round(performance.now() - begin) });
  } catch (fout) {
    postMessage({ type: "fout", melding: String(fout && fout.message ? fout.message : fout) });
  }
}

// In the warm-up the calculator's own start never comes (`klaar` stays pending, no "klaar" message).
const klaar = OPWARMEN ? new Promise(() => {}) : laad();
if (OPWARMEN) warmOp();
// After a restore the calculators' files are put back (from the browser's cache) before a QR request.
const rekenbestandenKlaar = klaar.then(({ pyodide, hersteld }) => hersteld && haalWheel(REKENWHEEL).then((w) => pakUit(pyodide, [w])));
rekenbestandenKlaar.catch(() => {});
let latereWheels = null;
function laatsteWheels() {
  latereWheels ??= Promise.all([klaar, rekenbestandenKlaar, haalWheel(STDLIB_LATER), ...LATERE_WHEELS.map(haalWheel)])
    .then(([{ pyodide }, , stdlibLater, ...wheels]) => {
      pakUit(pyodide, [stdlibLater], "zip");
      pakUit(pyodide, wheels);
    });
  return latereWheels;
}
klaar.then(
  ({ pyodide, hersteld }) => {
    postMessage({
      type: "klaar",
      start: hersteld ? "snapshot" : "koud", // how Python started: restored from a snapshot or fresh
      bestanden: [...performance.getEntriesByType("resource").map((e) => e.name), REKENWHEEL.href, STDLIB],
    });
    // After the calculations a reader asked for while Python started (theirs run first, as
    // microtasks of `klaar`); the snapshot blocks this worker for a moment.
    if (!hersteld) setTimeout(() => bewaarSnapshot(pyodide), 0);
  },
  (fout) => postMessage({ type: "fout", melding: String(fout && fout.message ? fout.message : fout) }),
);

onmessage = async ({ data }) => {
  let result;
  try {
    const { runJson } = await klaar;
    if (data.name === "qr") await laatsteWheels();
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
