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

/** Load it now, without waiting for Python: the reader pressed one of its buttons. */
function laadNu() {
  SIGNALEN.forEach((signaal) => removeEventListener(signaal, laadThema, true));
  voegBundelToe();
}

let gevraagd = false;
function voegBundelToe() {
  if (gevraagd) return;
  gevraagd = true;
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

// The buttons Material puts in the header work before its script has loaded. The stylesheet shows them
// from the first paint, in the place they keep (the search button, and the light/dark button that fits the
// colours the page has now); the build makes the search button a button a keyboard reaches
// (bouw/thema.py). A press before the script is there loads it at once, also on a calculator page where it
// would wait for Python (the reader asked for it), and then does what the button does.
const zoekKnop = document.querySelector('.md-header__button[for="__search"]');
const zoekVeld = document.querySelector('[data-md-component="search-query"]');
const zoekToggle = document.getElementById("__search");
const palet = document.querySelector('form[data-md-component="palette"]');
const keuzes = palet ? [...palet.querySelectorAll("input.md-option")] : [];
let geladen = false;
themaKlaar.then(() => { geladen = true; });

/**
 * The reader's own colours from the start. Material's inline script applies a palette the reader chose before
 * (kept in localStorage); without one, Material's bundle takes the palette whose media query matches the
 * system's setting, but the bundle comes late: a phone set to dark showed a white page until the first touch,
 * on a calculator page until Python was ready. The same choice is made here, at once.
 */
function volgSysteemkleuren() {
  let gekozen = null;
  try {
    gekozen = window.__md_get?.("__palette");
  } catch { /* no storage, or unreadable: as without a choice */ }
  if (gekozen?.color) return;
  const passend = keuzes.find((k) => matchMedia(k.getAttribute("data-md-color-media") || "not all").matches);
  for (const deel of ["media", "scheme", "primary", "accent"]) {
    const waarde = passend?.getAttribute(`data-md-color-${deel}`);
    if (waarde) document.body.setAttribute(`data-md-color-${deel}`, waarde);
  }
}
volgSysteemkleuren();

/** Load the bundle now, and run `actie` once Material has set up the page. */
function naHetThema(actie) {
  laadNu();
  // Material mounts its parts at the repeated DOMContentLoaded; act in the task after it.
  themaKlaar.then(() => setTimeout(actie));
}

/** Material opens its search when its field gets focus (and so does the search button once it runs), but only
 * once its search is set up: a reader quick enough (or a page busy fetching) got the focus in a closed dialog.
 * So the toggle is switched on here as well, as Material's own button does, and then the field focused. */
const openZoeken = () => {
  if (zoekToggle && !zoekToggle.checked) zoekToggle.click();
  zoekVeld.focus();
};

if (zoekKnop && zoekVeld) {
  zoekKnop.addEventListener("click", (e) => {
    if (geladen) return;  // Material's own handling
    e.preventDefault();  // no half-open dialog before the script is there
    naHetThema(openZoeken);
  });
  // On a wide screen the field itself sits in the header: Material opens the search when it finds it focused.
  zoekVeld.addEventListener("focus", () => { if (!geladen) laadNu(); });
  zoekKnop.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    if (geladen) openZoeken();
    else naHetThema(openZoeken);
  });
}

// Material's search closes on Tab and Escape and leaves focus in the closed dialog (the results list had a
// Tab stop of its own, and after it came the links of the folded-away menu). Focus goes back to the button
// that opened it, as after any dialog. On a wide screen the field sits in the header itself: Tab goes on.
const getoond = (e) => e.getClientRects().length > 0 && e.checkVisibility?.({ visibilityProperty: true }) !== false;
document.querySelector('[data-md-component="search"]')?.addEventListener("keydown", (e) => {
  if ((e.key !== "Tab" && e.key !== "Escape") || !zoekToggle?.checked || !zoekKnop || !getoond(zoekKnop)) return;
  if (e.key === "Tab") e.preventDefault();
  zoekKnop.focus();  // before Material's own handler closes the search and blurs its field
});

// The menu on a phone or tablet: a drawer that slides over the page, opened by a hidden checkbox of Material's (no
// script needed). The build makes its header button one that Tab reaches (bouw/thema.py). Enter and Space open it
// and put focus on its first link; Escape closes it and returns to the button; focus that leaves the open drawer
// closes it, so nothing the reader tabs to hides behind it. Closed, the stylesheet takes it out of the Tab order.
const menuKnop = document.querySelector('.md-header__button[for="__drawer"]');
const menuToggle = document.getElementById("__drawer");
const lade = document.querySelector(".md-sidebar--primary");
const alsLade = matchMedia("(max-width: 76.234375em)");

/** Open or close the drawer the way its button does (the checkbox's change event is what Material listens to). */
function zetMenu(open) {
  if (menuToggle.checked !== open) menuToggle.click();
  menuKnop.setAttribute("aria-expanded", String(open));
}

if (menuKnop && menuToggle && lade) {
  menuToggle.addEventListener("change", () => menuKnop.setAttribute("aria-expanded", String(menuToggle.checked)));
  menuKnop.addEventListener("keydown", (e) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    e.preventDefault();
    e.stopPropagation();  // Material's own Enter clicks a focused label: once is enough
    zetMenu(!menuToggle.checked);
    if (menuToggle.checked) lade.querySelector("a[href]")?.focus({ preventScroll: true });
  });
  addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || !menuToggle.checked || !alsLade.matches) return;
    zetMenu(false);
    menuKnop.focus();
  });
  addEventListener("focusin", (e) => {
    if (menuToggle.checked && alsLade.matches && e.target instanceof Element && !lade.contains(e.target)) zetMenu(false);
  });
  // In the drawer a group (Uitleg, Rekenhulpen) and the page's contents are levels that slide in, opened by a label
  // of their own and closed by the level's title; levels not slid in are hidden (spoorwijzer.css). Those labels
  // become buttons a keyboard reaches and works, while the menu is a drawer.
  const niveauKnoppen = [...lade.querySelectorAll("label.md-nav__link[for], label.md-nav__title[for]")]
    .filter((label) => document.getElementById(label.htmlFor)?.matches(".md-nav__toggle"));
  const volgLade = () => niveauKnoppen.forEach((label) => {
    if (alsLade.matches) {
      label.setAttribute("tabindex", "0");
      label.setAttribute("role", "button");
    } else {
      label.removeAttribute("tabindex");
      label.removeAttribute("role");
    }
  });
  volgLade();
  alsLade.addEventListener("change", volgLade);
  lade.addEventListener("keydown", (e) => {
    const label = e.target instanceof Element ? e.target.closest("label[for]") : null;
    if (!label || !niveauKnoppen.includes(label) || (e.key !== "Enter" && e.key !== " ")) return;
    e.preventDefault();
    e.stopPropagation();  // as for the menu button
    const toggle = document.getElementById(label.htmlFor);
    toggle.click();
    const niveau = toggle.parentElement.querySelector(":scope > .md-nav");
    const doel = toggle.checked ? niveau?.querySelector("label.md-nav__title[for], a[href]")
      : lade.querySelector(`label.md-nav__link[for="${CSS.escape(toggle.id)}"]`);
    doel?.focus({ preventScroll: true });
  });
}

const schema = (keuze) => keuze.getAttribute("data-md-color-scheme");
/** The palette that applies now (Material and its inline script set it on <body>). */
const huidige = () => keuzes.find((k) => schema(k) === document.body.getAttribute("data-md-color-scheme")) ?? keuzes[0];
const volgende = () => keuzes[(keuzes.indexOf(huidige()) + 1) % keuzes.length];

/** Switch to `doel` the way Material's own button does: its radio button changes. */
function kies(doel, focus) {
  if (schema(doel) !== schema(huidige())) {
    if (doel.checked) doel.dispatchEvent(new Event("change", { bubbles: true }));
    else doel.click();
  }
  if (focus) doel.focus();
}

if (keuzes.length > 1) {
  // Tab lands on the checked radio button of a group; its button is the one shown (the ring is drawn there).
  huidige().checked = true;
  palet.addEventListener("click", (e) => {
    const label = e.target.closest("label");
    if (geladen || !label) return;
    e.preventDefault();
    const doel = document.getElementById(label.htmlFor);  // chosen now, before the script changes anything
    if (doel) naHetThema(() => kies(doel));
  });
  palet.addEventListener("keydown", (e) => {
    if (!e.target.matches("input.md-option")) return;
    if (e.key === " " || (e.key === "Enter" && !geladen)) {  // Material handles Enter once it runs
      e.preventDefault();
      const doel = volgende();
      if (geladen) kies(doel, true);
      else naHetThema(() => kies(doel, true));
    }
  });
  palet.addEventListener("change", (e) => {  // the arrow keys in the group, before the script is there
    if (!geladen && e.target.matches("input.md-option")) naHetThema(() => kies(e.target, true));
  });
}

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
