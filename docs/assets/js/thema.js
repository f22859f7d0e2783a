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

// Material's search lists each page that matches under a link to the top of that page, with the
// matching sections below it, even when the words occur only in one section: "loonsanctie" listed
// "Veelgestelde vragen" first, and choosing it opened the page of 40 questions at the top. Neither its
// search index nor a setting can change that order (the page always heads its group), so the group's
// link is pointed here to the best-scoring part of the page, the place Material's own Enter key opens.
const SCORE = (link) => Number(link.firstElementChild?.getAttribute("data-md-score")) || 0;

/** Point the first link of each result group to the group's best-scoring document. */
export function wijsNaarBesteTreffer(groep) {
  const [pagina, ...delen] = groep.querySelectorAll(":scope > a[href], :scope > details > a[href]");
  const beste = delen.reduce((a, b) => (SCORE(b) > SCORE(a) ? b : a), pagina);
  if (beste !== pagina) pagina.href = beste.href;
}

const resultaten = document.querySelector('[data-md-component="search-result"]');
if (resultaten) {
  new MutationObserver((wijzigingen) => wijzigingen.forEach(({ addedNodes }) => addedNodes.forEach((knoop) => {
    if (knoop instanceof Element && knoop.matches("li")) wijsNaarBesteTreffer(knoop);
  }))).observe(resultaten, { childList: true, subtree: true });
}

// The index of the questions page (bouw/vragenlijst.py: the list of groups and each group's list of questions)
// links to headings on the page itself. Material's instant navigation, once loaded, takes the first such move for
// a new page (a link's click or the browser's own jump, through popstate): it fetches the page again and swaps its
// content, and keyboard focus falls back to the top of the document. So these links are followed here, before
// Material sees them: the heading gets focus (the next Tab continues from there; a screen reader reads it), comes
// to the top below the sticky header (scroll-margin, spoorwijzer.css), and the address gets its # as a new entry,
// so the Back button returns to the list.
const INDEX = ".sw-vragenlijst a[href], .sw-groepsvragen a[href], .sw-naar-lijst a[href]";

/** The element an index link points at, or null for any other link (or a click that opens a new tab). */
function indexDoel(gebeurtenis) {
  if (gebeurtenis.defaultPrevented || gebeurtenis.button !== 0) return null;
  if (gebeurtenis.metaKey || gebeurtenis.ctrlKey || gebeurtenis.shiftKey || gebeurtenis.altKey) return null;
  const link = gebeurtenis.target instanceof Element ? gebeurtenis.target.closest(INDEX) : null;
  if (!link) return null;
  const adres = new URL(link.href, location.href);
  if (adres.origin !== location.origin || adres.pathname !== location.pathname || adres.hash.length < 2) return null;
  return document.getElementById(decodeURIComponent(adres.hash.slice(1)));
}

addEventListener("click", (gebeurtenis) => {
  const doel = indexDoel(gebeurtenis);
  if (!doel) return;
  gebeurtenis.preventDefault();
  gebeurtenis.stopPropagation();
  if (!doel.matches("a[href], button, input, select, textarea, [tabindex]")) doel.setAttribute("tabindex", "-1");
  if (location.hash !== `#${doel.id}`) history.pushState(history.state, "", `${location.pathname}${location.search}#${doel.id}`);
  doel.focus({ preventScroll: true });
  doel.scrollIntoView({ block: "start" });
}, true);
