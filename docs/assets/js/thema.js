// Material for MkDocs' own JavaScript (search, instant navigation, the light/dark switch, tracking
// of the table of contents) is an enhancement: without it a page still reads, scrolls, opens its
// menu and follows links. Running it costs a phone a few hundred milliseconds of main thread while
// the page is still loading, and on a calculator page that time is taken from starting Python. So it
// loads at the reader's first sign of use instead: a touch, a pointer, a key, a wheel or focus.
// The build (bouw/thema.py) fills in the bundle's hashed file name.

export const BUNDEL = new URL("../javascripts/__BUNDEL__", import.meta.url);
const SIGNALEN = ["pointerdown", "pointermove", "touchstart", "keydown", "focusin", "wheel"];

// On a calculator page the bundle waits until Python is ready (or could not start): on a slow link
// the bundle and the search index it fetches (about 120 KB) would otherwise take the line from the
// runtime just when the reader taps "Bereken". The binding (rekenhulp.js) hands over that moment.
let uitstel = Promise.resolve();
/** Hold the theme back until `moment` settles (the binding calls this on a calculator page). */
export function houdTegenTot(moment) {
  uitstel = moment;
}

let klaarMelden;
/** Resolves once Material's bundle has run (window.document$ exists from then on). */
export const themaKlaar = new Promise((klaar) => { klaarMelden = klaar; });

/** Load and start the bundle, once per page view. */
function laadThema() {
  SIGNALEN.forEach((signaal) => removeEventListener(signaal, laadThema, true));
  uitstel.finally(voegBundelToe);
}

function voegBundelToe() {
  const script = document.createElement("script");
  script.src = BUNDEL.href;
  script.onload = () => {
    // Material mounts its components on DOMContentLoaded; that has passed by now, so say it again.
    if (document.readyState !== "loading") document.dispatchEvent(new Event("DOMContentLoaded"));
    klaarMelden();
  };
  // Offline with no copy of the bundle: the page simply goes on without it.
  script.onerror = () => script.remove();
  document.body.append(script);
}

SIGNALEN.forEach((signaal) => addEventListener(signaal, laadThema, { capture: true, passive: true }));
