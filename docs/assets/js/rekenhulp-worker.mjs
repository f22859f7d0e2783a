// Module worker: runs Python (Pyodide) off the main thread so the page stays responsive.
// It loads the vendored runtime and the calculators wheel from this site only, then answers
// {id, name, params} with the JSON result of calculators.api.run(name, params).
// The build (hooks/rekenhulp.py) fills in the two URLs below and renames this file by its hash.
import { loadPyodide } from "__PYODIDE_URL__pyodide.mjs";

const PYODIDE_MAP = new URL("__PYODIDE_URL__", import.meta.url).href;
const WHEEL = new URL("__WHEEL_URL__", import.meta.url);
const STAPPEN = 3;

const meld = (stap, tekst) => postMessage({ type: "voortgang", stap, van: STAPPEN, tekst });

// Pyodide waits forever when its WebAssembly cannot be fetched or compiled (a blocking network,
// a policy without 'wasm-unsafe-eval', an old browser), so both are checked first and fail fast.
async function controleerWebAssembly() {
  if (typeof WebAssembly !== "object") throw new Error("deze browser kent geen WebAssembly");
  await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
  const antwoord = await fetch(new URL("pyodide.asm.wasm", PYODIDE_MAP), { method: "HEAD" });
  if (!antwoord.ok) throw new Error(`Python-omgeving niet gevonden (${antwoord.status})`);
}

async function laad() {
  meld(1, "Python-omgeving laden");
  await controleerWebAssembly();
  const pyodide = await loadPyodide({ indexURL: PYODIDE_MAP, packages: [] });
  meld(2, "Rekenregels laden");
  const antwoord = await fetch(WHEEL);
  if (!antwoord.ok) throw new Error(`rekenregels niet gevonden (${antwoord.status})`);
  const wheel = new Uint8Array(await antwoord.arrayBuffer());
  const purelib = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
  pyodide.unpackArchive(wheel, "wheel", { extractDir: purelib });
  meld(3, "Bijna klaar");
  return pyodide.pyimport("calculators.api").run_json;
}

const klaar = laad();
klaar.then(
  () => postMessage({ type: "klaar", bestanden: [...performance.getEntriesByType("resource").map((e) => e.name), WHEEL.href] }),
  (fout) => postMessage({ type: "fout", melding: String(fout && fout.message ? fout.message : fout) }),
);

onmessage = async ({ data }) => {
  let result;
  try {
    const runJson = await klaar;
    result = JSON.parse(runJson(data.name, JSON.stringify(data.params)));
  } catch (fout) {
    result = {
      ok: false,
      fouten: [{ veld: "", melding: "De rekenhulp kon dit niet uitrekenen. Herlaad de pagina en probeer het opnieuw." }],
    };
  }
  postMessage({ type: "resultaat", id: data.id, result });
};
