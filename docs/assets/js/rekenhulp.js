// The binding between any <form data-calculator="NAME"> and the Python worker.
//
// State lives on the form as data-state: "loading" while Pyodide starts (a progress bar in bytes at
// the top of the form: "Rekenhulp laden: 1,2 van 3,8 MB"; once every byte is in and Python starts, a
// bar that moves by itself and "Bijna klaar: de rekenhulp start…"), then "ready", or "error" with a Dutch
// message and the static rule table. A calculation asked for while loading waits in the worker; the
// form says so at once beside its button and shows the answer the moment Python is ready. The form's fields
// (and the URL's parameters, which prefill them) are sent as `params`; the result is rendered into
// the form's [data-resultaat] region by the calculator's own view module. The worker is started
// only when a page has such a form, once, and survives Material's instant navigation.
//
// The contract a view (assets/js/weergave-NAME.js) builds on, the same for every calculator:
// - `toon(result, form)` returns nodes. The first block holds ONE headline with the answer in
//   words: an <h2 data-kop tabindex="-1">, made with `kop(...)`. After rendering, the binding
//   focuses it (a screen reader announces it) and scrolls it to the top of the screen.
// - `deelActies({ ics, bestandsnaam })` gives the controls to keep the answer: copy the absolute
//   link to this calculation (and say so; where the clipboard is refused, show the link selected),
//   the calendar download when `ics` text is given, and print.
// - The binding puts above every result what it was computed from ("Berekend voor: eerste ziektedag
//   10 maart 2025", from the result's `berekend_voor`), the date of the rules (`regels_datum`) and,
//   for a link with `voorbeeld=1`, that it is an example and not the reader's own data.
// - The binding adds a print-only block to every result, right after the block with the headline (so
//   on page 1 however long the result): the date it was calculated, the link as text and as a QR code
//   (made in Python by calculators.api.run("qr")), both links in a saved PDF. The print styles in
//   spoorwijzer.css put only the page title, the page's warning and the result on paper, one A4 sheet
//   for a typical result (tests/browser/test_afdruk.py).
// - Doubts Python has about valid but unlikely values (`waarschuwingen`: `{veld, melding}`, e.g. an
//   hourly wage beside a monthly one) are shown by the binding beside their field and as "Controleer"
//   above the answer, which is still shown: a question, not a refusal.
// - What the calculator does not compute (`niet_meegerekend`: `{wat, waarom, bron, bron_label}`) the
//   binding lists under "Niet meegerekend" after the view's nodes, the same for every calculator.
// - Under every amount field (`data-bedrag`) the amount as Python read it ("Gelezen als € 3.000,00"),
//   while the reader types: `3.000` is three thousand, and the reader sees that before calculating.
// - `opzet(form)`, `vulIn(form, zoek)` and `verzamel(form)` are optional (defaults below).
// - A link that fills in only some fields (a result's "Bereken uw WIA-uitkering") computes at once like any
//   link. When every message Python gives back is about a required field left empty (`ontbreekt`) that the
//   link did not carry, the form shows no errors but a calm "Vul nog in: …" and the focus goes to the first
//   of those fields; "Bereken" then works as always. Python decides what is required, never this file.
// - A link to a field of the page (error summary, "Berekend voor", "Vul nog in", "Controleer") focuses that field and
//   brings it with its label to the middle of the screen; the page is never fetched again (`gaNaar`, at the end).

import { bewaarVoorOffline } from "./offline.js";
import { houdTegenTot, themaKlaar } from "./thema.js";

const WORKER_URL = new URL("./__WORKER__", import.meta.url);
const MB = new Intl.NumberFormat("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
// The runtime's files with the worker's URLs (filled in by bouw/rekenhulp.py).
const OPWARMEN = "__OPWARMEN__".map((pad) => new URL(pad, import.meta.url).href);
// The coach's overview page, from this file's place (assets/js/) in the built site.
const OVERZICHT = new URL("../../rekenhulp/overzicht/", import.meta.url);
const DATUM = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

let worker = null;
let runtime = { state: "loading", ontvangen: 0, totaal: 0, volledig: false, seconden: 0 };
const volgers = new Set();
const wachtend = new Map();
let volgnummer = 0;

function meldRuntime(verandering) {
  runtime = { ...runtime, ...verandering };
  volgKlok();
  volgers.forEach((volger) => volger(runtime));
}

/** Every byte is in and Python starts (seconds on a slow phone): nothing is left to count in bytes. */
export function pythonStart(status) {
  return status.state === "loading" && status.volledig && status.totaal > 0 && status.ontvangen >= status.totaal;
}

// While Python starts, the seconds since the last byte: the words that change for a reader who asked for
// less motion (the moving bar stands still then). Only the regions' text changes, never the spoken status.
let klok = 0;
function volgKlok() {
  if (pythonStart(runtime) && !klok) {
    const begin = performance.now();
    klok = setInterval(() => meldRuntime({ seconden: Math.floor((performance.now() - begin) / 1000) }), 1000);
  } else if (!pythonStart(runtime) && klok) {
    clearInterval(klok);
    klok = 0;
  }
}

function ontvang(data) {
  if (data.type === "voortgang") meldRuntime({ ontvangen: data.ontvangen, totaal: data.totaal, volledig: data.volledig });
  else if (data.type === "klaar") {
    // How Python started ("snapshot" or "koud"), for tests and scripts/benchmark.
    if (data.start) document.documentElement.dataset.pythonStart = data.start;
    meldRuntime({ state: "ready" });
    bewaarVoorOffline([WORKER_URL.href, ...data.bestanden]);
  } else if (data.type === "fout") meldRuntime({ state: "error", melding: data.melding });
  else if (data.type === "resultaat" && wachtend.has(data.id)) {
    wachtend.get(data.id)(data.result);
    wachtend.delete(data.id);
  }
}

function startWorker() {
  if (worker) return;
  // Reached by instant navigation while the warm-up still runs: the calculator's own start needs the CPU.
  stopOpwarmen();
  // A calculator page starts the worker from a small inline script early in the page; take it over.
  worker = window.spoorwijzerWorker || new Worker(WORKER_URL, { type: "module" });
  window.spoorwijzerWorker = worker;
  worker.onmessage = ({ data }) => ontvang(data);
  worker.onerror = (gebeurtenis) => {
    gebeurtenis.preventDefault();
    meldRuntime({ state: "error", melding: gebeurtenis.message || "worker kon niet starten" });
  };
  (worker.gebufferd || []).splice(0).forEach(ontvang);
  if (worker.fout) meldRuntime({ state: "error", melding: worker.fout });
}

/** Resolves once the runtime is ready or has failed: what loads after Python may wait for it. */
function runtimeBeslist() {
  return new Promise((beslist) => {
    const volger = ({ state }) => {
      if (state === "loading") return;
      volgers.delete(volger);
      beslist();
    };
    volgers.add(volger);
    volger(runtime);
  });
}

/** Ask the worker for calculators.api.run(name, params); resolves with the JSON result. */
export function bereken(name, params) {
  startWorker();
  return new Promise((klaar) => {
    const id = ++volgnummer;
    wachtend.set(id, klaar);
    worker.postMessage({ id, name, params });
  });
}

/** A date as <time datetime="YYYY-MM-DD">3 maart 2025</time>. */
export function tijd(iso) {
  const element = document.createElement("time");
  element.dateTime = iso;
  const [j, m, d] = iso.split("-").map(Number);
  element.textContent = DATUM.format(new Date(Date.UTC(j, m - 1, d)));
  return element;
}

/** A date as the form hints write it (2027-03-08 → "8-3-2027"), for links that fill in a field. */
export function alsInvoer(iso) {
  const [j, m, d] = iso.split("-").map(Number);
  return `${d}-${m}-${j}`;
}

/** Create an element with text and attributes; text is always set as text, never as HTML. */
export function maak(tag, eigenschappen = {}, ...kinderen) {
  const element = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(eigenschappen)) {
    if (naam === "class") element.className = waarde;
    else element.setAttribute(naam, waarde);
  }
  for (const kind of kinderen) element.append(kind);
  return element;
}

/** A definition list of [term, description] pairs; descriptions may be nodes or text. */
export function beschrijving(paren) {
  return maak("dl", { class: "sw-beschrijving" }, ...paren.flatMap(([term, uitleg]) => [maak("dt", {}, term), maak("dd", {}, uitleg)]));
}

/** The sources of a result as a list of links. */
export function bronnenLijst(bronnen) {
  return maak("div", { class: "sw-bronnen" }, maak("p", {}, maak("strong", {}, "Bronnen")),
    maak("ul", {}, ...bronnen.map((b) => maak("li", {}, maak("a", { href: b.url, rel: "noopener" }, b.label)))));
}

/** The result's headline: the answer in words, focused and scrolled to after rendering. */
export function kop(...kinderen) {
  return maak("h2", { class: "sw-kop", "data-kop": "", tabindex: "-1" }, ...kinderen);
}

/** Put text on the clipboard; false where the browser refuses (no permission, not a secure page). */
async function kopieer(tekst) {
  try {
    await navigator.clipboard.writeText(tekst);
    return true;
  } catch {
    return false;
  }
}

/**
 * The controls to keep a result: copy the link to this calculation, the calendar file (when `ics`
 * is given), print. The link is the one of the calculation shown (data-link on the result), not of
 * fields changed since.
 */
export function deelActies({ ics, bestandsnaam = "spoorwijzer.ics" } = {}) {
  const knop = maak("button", { type: "button", class: "md-button md-button--primary", "data-kopieer": "" },
    "Link naar deze berekening kopiëren");
  const melding = maak("p", { class: "sw-deelmelding", role: "status" });
  const link = maak("a", { "data-deellink": "", href: "" });
  const linkblok = maak("p", { class: "sw-deellink", hidden: "" }, link);
  knop.addEventListener("click", async () => {
    const adres = knop.closest("[data-resultaat]")?.dataset.link || location.href;
    link.href = adres;
    link.textContent = adres;
    melding.textContent = "";
    if (await kopieer(adres)) {
      linkblok.hidden = true;
      melding.textContent = "De link is gekopieerd. Plak hem in een bericht of mail.";
    } else {
      linkblok.hidden = false;
      getSelection().selectAllChildren(link);
      melding.textContent = "Kopiëren lukte niet. De link staat hieronder en is geselecteerd: kopieer hem zelf.";
    }
  });
  const knoppen = maak("div", { class: "sw-knoppen" }, knop);
  // On a phone: the system's own share sheet (WhatsApp, mail, messages) as well.
  if (typeof navigator.share === "function") {
    const deel = maak("button", { type: "button", class: "md-button", "data-deel": "" }, "Delen…");
    deel.addEventListener("click", () => {
      const adres = deel.closest("[data-resultaat]")?.dataset.link || location.href;
      navigator.share({ title: document.title, url: adres }).catch(() => {}); // closed without sharing: nothing to say
    });
    knoppen.append(deel);
  }
  if (ics) {
    const bestand = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
    knoppen.append(maak("a", { class: "md-button", href: bestand, download: bestandsnaam, "data-ics": "" },
      "Zet in mijn agenda (.ics)"));
  }
  const afdrukken = maak("button", { type: "button", class: "md-button" }, "Afdrukken");
  afdrukken.addEventListener("click", () => window.print());
  knoppen.append(afdrukken);
  // Coaches follow many clients: the overview keeps this link beside the others, on their own device.
  const overzicht = maak("p", { class: "sw-naar-overzicht" }, "Volgt u meer cliënten? Zet deze link in uw ",
    maak("a", { href: OVERZICHT.href, "data-naar-overzicht": "" }, "overzicht van uw cliënten"), ".");
  return maak("div", { class: "sw-delen" }, knoppen, melding, linkblok, overzicht);
}

/** Browser's local date as YYYY-MM-DD (the person's "today", not UTC's). */
export function vandaag() {
  const nu = new Date();
  const twee = (n) => String(n).padStart(2, "0");
  return `${nu.getFullYear()}-${twee(nu.getMonth() + 1)}-${twee(nu.getDate())}`;
}

/**
 * Fill fields from URL parameters. A value that a field cannot hold (a radio option that does not
 * exist) is kept aside and still sent, so Python can explain what is wrong beside the field.
 */
export function vulVeldenIn(form, zoek) {
  for (const [naam, waarde] of zoek) {
    const veld = form.elements.namedItem(naam);
    if (veld instanceof RadioNodeList || veld?.type === "radio") {
      const keuzes = veld instanceof RadioNodeList ? [...veld] : [veld];
      const keuze = keuzes.find((k) => k.value === waarde);
      keuzes.forEach((k) => { k.checked = k === keuze; });
      if (!keuze) form.ongeldig.set(naam, waarde);
    } else if (veld && "value" in veld) {
      veld.value = waarde;
    }
  }
}

/** The form's named fields as params (empty ones left out), plus values kept aside by vulVeldenIn. */
export function leesVelden(form, meeNemen = () => true) {
  const params = {};
  for (const [naam, waarde] of new FormData(form)) {
    if (meeNemen(naam) && String(waarde).trim() !== "") params[naam] = String(waarde).trim();
  }
  for (const [naam, waarde] of form.ongeldig ?? []) if (!(naam in params)) params[naam] = waarde;
  return params;
}

const standaardWeergave = { vulIn: vulVeldenIn, verzamel: leesVelden };

async function weergaveVoor(naam) {
  const module = await import(new URL(`./weergave-${naam}.js`, import.meta.url));
  return { ...standaardWeergave, ...module };
}

/** A value in a link: "/" and "," stay as they are (RFC 3986 allows both in a query), so a link
 * with dates and periods stays readable when a coach types or reads it out. */
function linkWaarde(waarde) {
  return encodeURIComponent(waarde).replace(/%2F/gi, "/").replace(/%2C/gi, ",");
}

/** The query of a calculation (without a peildatum of today: it stays live; `voorbeeld=1` while
 * an example link's data are unchanged). */
export function zoekTekst(params, voorbeeld = false) {
  const delen = Object.entries(params)
    .filter(([naam, waarde]) => naam !== "peildatum" || waarde !== vandaag())
    .map(([naam, waarde]) => `${linkWaarde(naam)}=${linkWaarde(waarde)}`);
  if (voorbeeld) delen.push("voorbeeld=1");
  return delen.join("&");
}

/**
 * A calculation travels in the address's fragment, `#invoer:naam=waarde&…`: a browser never sends the
 * fragment to a server, so a reload, a shared link or a QR code puts no typed value in any request or
 * server log. The prefix keeps it apart from a section's anchor (a heading's id has no ":" or "=").
 * Older links carry the same text as a query (`?naam=waarde&…`); they keep working (`invoerVan`).
 */
export const INVOER = "invoer:";

/** The fields a link carries: its fragment's, or an older link's query. */
export function invoerVan(adres) {
  const fragment = adres.hash.slice(1);
  if (fragment.startsWith(INVOER)) return new URLSearchParams(fragment.slice(INVOER.length));
  return new URLSearchParams(adres.search);
}

/** The address of `pad` with `zoek` (a query text) as its fragment; no fragment for no data. */
export function invoerAdres(pad, zoek) {
  return `${pad}${zoek ? `#${INVOER}${zoek}` : ""}`;
}

/** The page's own way to rewrite the address; Material's contents tracking goes through the guard below. */
const vervangAdres = history.replaceState.bind(history);

/**
 * Material's contents tracking (navigation.tracking) writes the section in view into the fragment as
 * the reader scrolls, which would drop a calculation from the address (a reload then computes
 * nothing). While the address holds one, a rewrite of the same page's fragment by anyone else keeps it.
 */
function houdInvoerInAdres() {
  history.replaceState = function (staat, titel, adres) {
    const nieuw = adres === undefined || adres === null ? null : new URL(adres, location.href);
    if (nieuw && location.hash.startsWith(`#${INVOER}`) && nieuw.pathname === location.pathname
        && !nieuw.hash.startsWith(`#${INVOER}`)) {
      nieuw.hash = location.hash;
      nieuw.search = "";
      return vervangAdres(staat, titel, nieuw.href);
    }
    return vervangAdres(staat, titel, adres);
  };
}

/** An older link's query moves to the fragment once, in place (no reload): from then on the address
 * a reader reloads, bookmarks or copies sends nothing. A section anchor beside it gives way. */
function verplaatsQuery() {
  if (!location.search || location.hash.startsWith(`#${INVOER}`)) return;
  vervangAdres(history.state, "", invoerAdres(location.pathname, location.search.slice(1)));
}

function werkUrlBij(form, params) {
  const zoek = zoekTekst(params, form.voorbeeld);
  // A section's anchor stays while there are no data to keep; data replace it (one fragment per address).
  const anker = location.hash.startsWith(`#${INVOER}`) ? "" : location.hash;
  vervangAdres(history.state, "", zoek ? invoerAdres(location.pathname, zoek) : `${location.pathname}${anker}`);
}

/**
 * The absolute link that reopens this calculation (without a peildatum of today: it stays live).
 * `regels=` names the rules that made it; no form has a field of that name, so a link made under
 * older rules opens and computes with the rules of today.
 */
function deelLink(form, params, regelsVersie) {
  let zoek = zoekTekst(params, form.voorbeeld);
  if (regelsVersie) zoek += `${zoek ? "&" : ""}regels=${encodeURIComponent(regelsVersie)}`;
  return new URL(invoerAdres(location.pathname, zoek), location.href).href;
}

/**
 * What the result was computed from, first in every result: an example link says it is one, then
 * "Berekend voor: …" from the result's `berekend_voor` (each value a link back to its field) and
 * the date of the rules. The headline is described by it, so a screen reader reads it with the answer.
 */
function berekendVoor(result, form) {
  const blok = maak("div", { class: "sw-berekend-voor", "data-berekend-voor": "", id: `berekend-voor-${form.dataset.calculator}` });
  if (form.voorbeeld) {
    blok.append(maak("p", { class: "sw-voorbeeld", "data-voorbeeld": "" },
      maak("strong", {}, "Voorbeeld — dit zijn niet uw gegevens."), " Vul hierboven uw eigen gegevens in en reken opnieuw."));
  }
  const invoer = Array.isArray(result.berekend_voor) ? result.berekend_voor : [];
  const regel = maak("p", { class: "sw-invoer" });
  if (invoer.length) {
    regel.append(maak("strong", {}, "Berekend voor:"), " ");
    invoer.forEach((item, i) => {
      const veld = veldVoor(form, String(item.veld || ""));
      const tekst = `${item.label} ${item.waarde}`;
      if (veld && !veld.id) veld.id = `veld-${form.dataset.calculator}-${String(item.veld).replace(/[^a-z0-9_-]/gi, "-")}`;
      regel.append(veld ? maak("a", { href: `#${veld.id}` }, tekst) : tekst, i < invoer.length - 1 ? ", " : ". ");
    });
  }
  if (typeof result.regels_datum === "string" && /^\d{4}-\d{2}-\d{2}$/.test(result.regels_datum)) {
    regel.append(maak("span", { class: "sw-regelsdatum" }, "Gerekend met de regels van ", tijd(result.regels_datum), "."));
  }
  if (regel.childNodes.length) blok.append(regel);
  return blok.childElementCount ? blok : null;
}

/** Print-only: when and with which rules it was calculated, the link as text and as a QR code, and beside
 * it what was not computed, by name (the explanations are behind the link; the handout stays one sheet).
 * The QR code and the link are links too, so a handout saved as PDF opens the result with a click (and a
 * test finds the page the QR code landed on). Never shown on screen, so never a tab stop. */
function afdrukBlok(link, regelsVersie, result) {
  const namen = (Array.isArray(result.niet_meegerekend) ? result.niet_meegerekend : []).map((punt) => punt.wat);
  return maak("div", { class: "sw-afdruk", "data-afdruk": "" },
    maak("div", { class: "sw-afdruk-link" },
      maak("a", { class: "sw-qr", "data-qr": "", href: link, tabindex: "-1", "aria-hidden": "true" }),
      maak("div", {},
        maak("p", {}, "Berekend op ", tijd(vandaag()), " door Spoorwijzer, regels ",
          maak("span", { "data-regels": "" }, regelsVersie), ". Scan de code of typ de link over:", maak("br"),
          maak("a", { class: "sw-linktekst", "data-linktekst": "", href: link, tabindex: "-1" }, link)),
        ...(namen.length ? [maak("p", { class: "sw-afdruk-niet-meegerekend" },
          maak("strong", {}, "Niet meegerekend: "), `${namen.join("; ")}. Uitleg en wetsartikelen: open de link.`)] : []))));
}

/**
 * The QR code of `link`, drawn by Python (calculators.qr). The SVG is our own code's output; it is
 * inline SVG without a namespace, so it is parsed as HTML, as it would be if it were in the page.
 */
async function vulQr(uitvoer, link) {
  const antwoord = await bereken("qr", { tekst: link });
  const doel = uitvoer.querySelector("[data-qr]");
  if (!antwoord.ok || !doel || uitvoer.dataset.link !== link) return;
  const svg = new DOMParser().parseFromString(antwoord.svg, "text/html").querySelector("body > svg");
  if (svg) doel.replaceChildren(document.importNode(svg, true));
}

/** Focus the headline (announced by screen readers) and bring the result's top to the top of the screen. */
function toonKop(uitvoer) {
  const element = uitvoer.querySelector("[data-kop]");
  if (!element) return;
  element.focus({ preventScroll: true });
  (uitvoer.querySelector("[data-berekend-voor]") || element).scrollIntoView({ block: "start" });
}

/** Beside the submit button: a message that is spoken at once and the same progress as at the top
 * (the same parts as includes/rekenhulp-status.html). */
function wachtBlok(form) {
  const knop = form.querySelector("[type=submit]");
  if (!knop) return null;
  // The status region exists before it speaks (a region that appears with its text is often not read).
  const blok = maak("div", { class: "sw-wacht" },
    maak("p", { role: "status", "data-wacht-melding": "" }),
    maak("p", { class: "sw-laden", "data-wacht": "", hidden: "" },
      maak("progress", { "aria-label": "Rekenhulp laden" }),
      maak("span", { class: "sw-bezig", role: "progressbar", "aria-label": "Rekenhulp starten" }), " ",
      maak("span", { "data-laden-tekst": "" }), " ", maak("span", { class: "sw-teller", "data-laden-teller": "" })));
  (knop.closest(".sw-knoppen") || knop).after(blok);
  return { melding: blok.querySelector("[data-wacht-melding]"), voortgang: blok.querySelector("[data-wacht]") };
}

function wisFouten(form) {
  form.querySelectorAll(".sw-fout, .sw-waarschuwing, [data-nog-invullen]").forEach((fout) => fout.remove());
  form.querySelectorAll("[aria-invalid], [data-nog-beschreven], [data-waarschuwing-beschreven]").forEach((veld) => {
    veld.removeAttribute("data-waarschuwing-beschreven");
    veld.removeAttribute("aria-invalid");
    veld.removeAttribute("data-nog-beschreven");
    const rest = (veld.getAttribute("aria-describedby") || "").split(" ")
      .filter((id) => !id.startsWith("fout-") && !id.startsWith("nog-invullen-") && !id.startsWith("waarschuwing-"));
    if (rest.length) veld.setAttribute("aria-describedby", rest.join(" "));
    else veld.removeAttribute("aria-describedby");
  });
  const samenvatting = form.querySelector("[data-foutsamenvatting]");
  if (samenvatting) {
    samenvatting.hidden = true;
    samenvatting.replaceChildren();
  }
}

function veldVoor(form, veld) {
  const basis = veld.replace(/\[.*$/, "");
  return (
    form.querySelector(`[data-veld="${CSS.escape(veld)}"]`) ||
    form.querySelector(`[data-veld-alias="${CSS.escape(veld)}"]`) ||
    form.querySelector(`[name="${CSS.escape(veld)}"]`) ||
    form.querySelector(`[data-veld="${CSS.escape(basis)}"]`) ||
    form.querySelector(`[name="${CSS.escape(basis)}"]`)
  );
}

/** Python's doubts about values it still computed with: beside each field, and as a list of links above the
 * answer (returned, to be placed there). Never `aria-invalid`: the value is valid, the reader is asked. */
function toonWaarschuwingen(form, waarschuwingen) {
  if (!Array.isArray(waarschuwingen) || !waarschuwingen.length) return null;
  const lijst = maak("ul");
  waarschuwingen.forEach((waarschuwing, i) => {
    const veld = veldVoor(form, String(waarschuwing.veld || ""));
    const id = `waarschuwing-${form.dataset.calculator}-${i}`;
    let doel = null;
    if (veld) {
      if (!veld.id) veld.id = `veld-${form.dataset.calculator}-${String(waarschuwing.veld).replace(/[^a-z0-9_-]/gi, "-")}`;
      doel = `#${veld.id}`;
      const melding = maak("p", { class: "sw-waarschuwing", id }, maak("span", { class: "sw-onzichtbaar" }, "Controleer: "),
        waarschuwing.melding);
      const houder = veld.closest(".sw-veld") || veld.parentElement;
      houder.insertBefore(melding, [...houder.children].find((kind) => kind.contains(veld)));
      veld.setAttribute("aria-describedby", [veld.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
      veld.setAttribute("data-waarschuwing-beschreven", "");
    }
    lijst.append(maak("li", {}, doel ? maak("a", { href: doel }, waarschuwing.melding) : waarschuwing.melding));
  });
  return maak("div", { class: "sw-controleer", "data-waarschuwingen": "", id: `waarschuwingen-${form.dataset.calculator}` },
    maak("p", {}, maak("strong", {}, "Controleer wat u invulde. "), "De uitkomst hieronder is berekend met wat er staat."),
    lijst);
}

/** "Niet meegerekend": what the calculator leaves out, each with what it would change and its article (on
 * paper the print block names them beside the QR code). */
function nietMeegerekend(result, form) {
  const punten = Array.isArray(result.niet_meegerekend) ? result.niet_meegerekend : [];
  if (!punten.length) return null;
  const id = `niet-meegerekend-${form.dataset.calculator}`;
  return maak("section", { class: "sw-niet-meegerekend", "aria-labelledby": id, "data-niet-meegerekend": "" },
    maak("h3", { id }, "Niet meegerekend"),
    maak("ul", {}, ...punten.map((punt) => maak("li", {}, maak("strong", {}, `${punt.wat}. `), `${punt.waarom} `,
      maak("a", { href: punt.bron, rel: "noopener" }, punt.bron_label)))));
}

/** Under every amount field, while the reader types: the amount as Python reads it, or nothing yet. */
function toonGelezenBedragen(form) {
  for (const veld of form.querySelectorAll("input[data-bedrag]")) {
    const id = `gelezen-${veld.id || veld.name}`;
    const uitvoer = maak("p", { class: "sw-gelezen", id, "data-gelezen": "" });
    veld.after(uitvoer);
    veld.setAttribute("aria-describedby", [veld.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
    let wacht = 0;
    let vraag = 0;
    const lees = async () => {
      const tekst = veld.value.trim();
      const nummer = ++vraag;
      if (!tekst) {
        uitvoer.textContent = "";
        return;
      }
      const antwoord = await bereken("bedrag", { waarde: tekst });
      if (nummer !== vraag) return; // typed on meanwhile
      uitvoer.textContent = antwoord.ok ? `Gelezen als ${antwoord.tekst}` : "";
    };
    veld.addEventListener("input", () => {
      clearTimeout(wacht);
      wacht = setTimeout(lees, 400);
    });
    veld.addEventListener("change", () => {
      clearTimeout(wacht);
      lees();
    });
    if (veld.value.trim()) lees();
  }
}

function toonFouten(form, fouten) {
  const samenvatting = form.querySelector("[data-foutsamenvatting]");
  const lijst = maak("ul");
  fouten.forEach((fout, i) => {
    const veld = veldVoor(form, fout.veld);
    const id = `fout-${form.dataset.calculator}-${i}`;
    let doel = "#" + (form.id || "");
    if (veld) {
      if (!veld.id) veld.id = `veld-${form.dataset.calculator}-${i}`;
      doel = `#${veld.id}`;
      const melding = maak("p", { class: "sw-fout", id }, maak("span", { class: "sw-onzichtbaar" }, "Fout: "), fout.melding);
      const houder = veld.closest(".sw-veld") || veld.parentElement;
      houder.insertBefore(melding, [...houder.children].find((kind) => kind.contains(veld)));
      veld.setAttribute("aria-invalid", "true");
      veld.setAttribute("aria-describedby", [veld.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
    }
    lijst.append(maak("li", {}, maak("a", { href: doel }, fout.melding)));
  });
  samenvatting.replaceChildren(maak("h2", {}, "Controleer wat u heeft ingevuld"), lijst);
  samenvatting.hidden = false;
  samenvatting.focus();
}

/** Whether a link's result asks only for fields the link left out: every message is about a required field
 * left empty (Python's `ontbreekt`), and none about a field the link carried (its value may be wrong). */
export function alleenNogInvullen(fouten, meegegeven) {
  return fouten.length > 0 && fouten.every((fout) => fout.ontbreekt === true
    && !meegegeven.has(String(fout.veld).replace(/[[.].*$/, "")));
}

/** What a reader calls a field: its label, or the question above a group of choices. */
function veldNaam(veld) {
  const label = veld.labels?.[0] || veld.closest("fieldset")?.querySelector("legend");
  return (label?.textContent || veld.name).trim();
}

/**
 * After a link that filled in only some fields: above the form, calmly, the fields Python still needs
 * (each a link to it), and the first of them in the form's order gets the focus unless the reader is
 * already busy elsewhere. Returns false when no field can be found, so the messages are shown instead.
 */
function toonNogInvullen(form, fouten) {
  const velden = [...new Set(fouten.map((fout) => veldVoor(form, String(fout.veld))).filter(Boolean))]
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (!velden.length) return false;
  const id = `nog-invullen-${form.dataset.calculator}`;
  const lijst = maak("ul", {}, ...velden.map((veld) => {
    if (!veld.id) veld.id = `veld-${form.dataset.calculator}-${veld.name}`;
    return maak("li", {}, maak("a", { href: `#${veld.id}` }, veldNaam(veld)));
  }));
  const hint = maak("div", { class: "sw-nog-invullen", "data-nog-invullen": "", role: "status", id },
    maak("p", {}, "Vul nog in:"), lijst);
  const plek = form.querySelector("[data-foutsamenvatting]");
  if (plek) plek.after(hint);
  else form.prepend(hint);
  const eerste = velden[0];
  eerste.setAttribute("aria-describedby", [eerste.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
  eerste.setAttribute("data-nog-beschreven", "");
  const actief = document.activeElement;
  if (!actief || actief === document.body) eerste.focus();
  return true;
}

/** "Rekenhulp laden: 1,2 van 3,8 MB", or without figures until every file has answered; once all bytes
 * are in, what happens next. */
export function laadTekst(status) {
  if (!status.volledig || !status.totaal) return "Rekenhulp laden…";
  if (status.ontvangen >= status.totaal) return "Bijna klaar: de rekenhulp start…";
  return `Rekenhulp laden: ${MB.format(status.ontvangen / 1e6)} van ${MB.format(status.totaal / 1e6)} MB`;
}

/** What the status region beside the button says after a tap while loading: once per phase. */
export function wachtTekst(status) {
  return pythonStart(status)
    ? "Bijna klaar: de rekenhulp start… Uw uitkomst verschijnt hier vanzelf."
    : "Even geduld, de rekenhulp wordt geladen… Uw uitkomst verschijnt hier vanzelf.";
}

/** "(3 seconden)" while Python starts; shown only with less motion (spoorwijzer.css), where the bar stands still. */
function tellerTekst(status) {
  if (!pythonStart(status) || !status.seconden) return "";
  return `(${status.seconden} ${status.seconden === 1 ? "seconde" : "seconden"})`;
}

function toonVoortgang(form, status) {
  form.dataset.state = status.state;
  if (status.state !== "loading") form.querySelectorAll("[data-wacht]").forEach((blok) => { blok.hidden = true; });
  const start = pythonStart(status);
  for (const laden of form.querySelectorAll("[data-laden], [data-wacht]")) {
    // After the last byte the byte bar gives way to one that moves by itself (a class; spoorwijzer.css).
    laden.classList.toggle("sw-python-start", start);
    const balk = laden.querySelector("progress");
    if (status.state === "loading") {
      if (status.volledig && status.totaal) {
        balk.max = status.totaal;
        balk.value = status.ontvangen;
      } else {
        balk.removeAttribute("value"); // still unknown: an indeterminate bar
      }
      zetTekst(laden.querySelector("[data-laden-tekst]"), laadTekst(status));
      zetTekst(laden.querySelector("[data-laden-teller]"), tellerTekst(status));
    }
  }
  // Said once when the phase changes, and only after a tap that waits (then the region has a message).
  const melding = form.querySelector("[data-wacht-melding]");
  if (melding?.textContent && status.state === "loading") zetTekst(melding, wachtTekst(status));
  const laden = form.querySelector("[data-laden]");
  if (!laden) return;
  if (status.state === "loading") {
    laden.hidden = false;
  } else if (status.state === "ready") {
    // Kept in place with its own line (spoorwijzer.css): the form below does not move when Python is ready.
    laden.classList.add("sw-klaar");
    zetTekst(laden.querySelector("[data-laden-tekst]"), "De rekenhulp is klaar.");
  } else {
    laden.hidden = true;
    const storing = form.querySelector("[data-storing]");
    if (storing) storing.hidden = false;
    document.querySelectorAll("[data-terugval]").forEach((blok) => { blok.hidden = false; });
    form.querySelector("[type=submit]")?.setAttribute("disabled", "");
  }
}

/** Text that changes only when it differs: a screen reader hears a live region again at every write. */
function zetTekst(element, tekst) {
  if (element && element.textContent !== tekst) element.textContent = tekst;
}

async function koppel(form) {
  if (form.dataset.gekoppeld) return;
  form.dataset.gekoppeld = "ja";
  form.noValidate = true;
  form.ongeldig = new Map();
  form.addEventListener("change", (e) => form.ongeldig.delete(e.target.name));
  const naam = form.dataset.calculator;
  const wacht = wachtBlok(form);
  const volger = (status) => toonVoortgang(form, status);
  volgers.add(volger);
  toonVoortgang(form, runtime);
  startWorker();
  houdTegenTot(runtimeBeslist());
  const weergave = await weergaveVoor(naam);
  weergave.opzet?.(form);
  const zoek = invoerVan(location);
  verplaatsQuery();
  // An example link (voorbeeld=1) says so above its result until the reader changes a field.
  form.voorbeeld = zoek.get("voorbeeld") === "1";
  zoek.delete("voorbeeld");
  // The fields the link carried with a value: a message about one of those is always shown.
  const meegegeven = new Set([...zoek].filter(([, waarde]) => waarde.trim() !== "").map(([veld]) => veld));
  weergave.vulIn(form, zoek);
  toonGelezenBedragen(form);
  const uitvoer = form.querySelector("[data-resultaat]");
  let laatste = 0;

  const reken = async ({ vanLink = false } = {}) => {
    const nummer = ++laatste;
    const params = weergave.verzamel(form);
    werkUrlBij(form, params);
    const gevraagd = { ...params };
    if (!params.peildatum) params.peildatum = vandaag();
    params.vandaag = vandaag();  // the reader's own date: two-digit years and "ligt na vandaag" follow it
    const wachtte = runtime.state === "loading" && !vanLink && wacht;
    if (wachtte) {
      wacht.voortgang.hidden = false;
      wacht.melding.textContent = wachtTekst(runtime);
    }
    const result = await bereken(naam, params);
    if (nummer !== laatste) return; // a later tap asked again; its answer is the one to show
    if (wacht) {
      wacht.voortgang.hidden = true;
      wacht.melding.textContent = "";
    }
    wisFouten(form);
    if (result.ok) {
      const link = deelLink(form, gevraagd, result.regels_versie);
      uitvoer.dataset.link = link;
      uitvoer.dataset.regels = result.regels_versie;
      // On paper the link and QR code follow the block with the answer, so they are on page 1 however long
      // the result (the block is print-only; on screen and for a screen reader it is not there).
      const antwoord = weergave.toon(result, form);
      const metKop = antwoord.findIndex((blok) => blok.matches?.("[data-kop]") || blok.querySelector?.("[data-kop]"));
      antwoord.splice(metKop + 1, 0, afdrukBlok(link, result.regels_versie, result));
      uitvoer.replaceChildren(...[berekendVoor(result, form), toonWaarschuwingen(form, result.waarschuwingen)].filter(Boolean),
        ...antwoord, ...[nietMeegerekend(result, form)].filter(Boolean));
      const beschreven = [...uitvoer.querySelectorAll("[data-berekend-voor], [data-waarschuwingen]")].map((blok) => blok.id);
      if (beschreven.length) uitvoer.querySelector("[data-kop]")?.setAttribute("aria-describedby", beschreven.join(" "));
      uitvoer.hidden = false;
      // Opened from a link: the answer is what the reader came for, unless they already went on
      // typing; a tap that waited for the runtime, likewise, unless they went on typing meanwhile.
      const actief = document.activeElement;
      const typt = actief && actief !== document.body && (vanLink || (wachtte && actief.matches("input, select, textarea")));
      if (!typt) toonKop(uitvoer);
      vulQr(uitvoer, link);
    } else {
      uitvoer.replaceChildren();
      uitvoer.hidden = true;
      const rustig = vanLink && alleenNogInvullen(result.fouten, meegegeven) && toonNogInvullen(form, result.fouten);
      if (!rustig) toonFouten(form, result.fouten);
    }
  };
  form.addEventListener("submit", (gebeurtenis) => {
    gebeurtenis.preventDefault();
    reken();
  });
  const veranderd = () => {
    form.voorbeeld = false; // the data are the reader's own now
    werkUrlBij(form, weergave.verzamel(form));
  };
  form.addEventListener("input", veranderd);
  form.addEventListener("change", veranderd);
  if ([...zoek.keys()].length) reken({ vanLink: true });
}

/** A region that shows the runtime's progress like a calculator form (includes/rekenhulp-status.html inside it,
 * `data-state` on it), for a page that asks the worker through `bereken` without a form of its own. */
export function volgRuntime(houder) {
  volgers.add((status) => toonVoortgang(houder, status));
  toonVoortgang(houder, runtime);
  startWorker();
  houdTegenTot(runtimeBeslist());
}

function koppelAlles() {
  document.querySelectorAll("form[data-calculator]").forEach(koppel);
  // The coach's overview (rekenhulp/overzicht/): its own module, loaded only there.
  const overzicht = document.querySelector("[data-overzicht]");
  if (overzicht) import(new URL("./overzicht.js", import.meta.url)).then((module) => module.koppelOverzicht(overzicht));
  warmOp();
}

/** Whether the connection allows fetching megabytes the reader did not ask for yet. */
export function magOpwarmen(verbinding = navigator.connection) {
  if (!verbinding) return true;
  return !verbinding.saveData && !["slow-2g", "2g"].includes(verbinding.effectiveType);
}

let opgewarmd = false;
/**
 * On a page that links to a calculator, fetch the runtime into the browser's cache once the page has
 * loaded and the browser is idle: a reader who reads first and then clicks finds the files there
 * (same URLs as the worker's; immutable, so no second request). All files at once, so the link never
 * idles between them (the small ones finish first anyway). Once the service worker controls the
 * page its fetches go on when the reader follows the link, and the calculator's own request for a
 * file still on its way waits for that copy instead of starting a second one.
 */
function warmOp() {
  if (opgewarmd || window.spoorwijzerWorker || document.querySelector("form[data-calculator]")) return;
  if (!document.querySelector('a[href*="rekenhulp/"]') || !magOpwarmen()) return;
  opgewarmd = true;
  const haal = (url) => fetch(url, { priority: "low" }).then((antwoord) => antwoord.arrayBuffer()).catch(() => {
    // offline or leaving the page: the calculator page fetches what is missing
  });
  const bestandenBinnen = warmPythonOp();
  const alles = () => Promise.all(OPWARMEN.map(haal)).then(bestandenBinnen);
  // Through the service worker once it controls the page, so that what is still on its way when
  // the reader follows the link is not broken off with this page (a page's own fetch is).
  const start = () => {
    const sw = navigator.serviceWorker;
    if (!sw || sw.controller) return alles();
    const wacht = setTimeout(alles, 5000); // no service worker (yet): fetch directly after all
    sw.addEventListener("controllerchange", () => { clearTimeout(wacht); alles(); }, { once: true });
  };
  const inRust = () => (window.requestIdleCallback ? requestIdleCallback(start, { timeout: 3000 }) : setTimeout(start, 500));
  if (document.readyState === "complete") inRust();
  else addEventListener("load", inRust, { once: true });
}

// The warm-up worker (the calculator's worker in its warm-up mode): started at most once per page.
const LINK_NAAR_REKENHULP = 'a[href*="rekenhulp/"]';
// Reading time with the page visible that counts as intent: a reader still on the page after 4 s reads it
// (most who leave at once have gone by then), and a start of 3–5 s here is done by the time such a reader
// has read on and clicked (the benchmark's reader clicks after 10 s); less would warm up for many who only
// pass by, and more would leave a quick reader a cold start.
const LEESTIJD_MS = 4000;
let opwarmer = null;
let pythonGevraagd = false;

function stopOpwarmen() {
  opwarmer?.terminate();
  opwarmer = null;
}

/**
 * The warm-up rule. Once the runtime's files are in (the prefetch of `warmOp`: `bestandenBinnen()`) and
 * the reader shows intent — a pointer over, a touch on or the keyboard's focus on a link to a calculator —
 * or has read for LEESTIJD_MS with the page visible: Python starts in a worker and stores its memory
 * snapshot where the calculator page's worker finds it, so that page restores instead of starting cold
 * (when this build's snapshot is there already, the worker says so at once). Never on a hidden page, once
 * per page; the main thread only creates the worker and ends it when it reports.
 */
function warmPythonOp() {
  if (pythonGevraagd || !window.Worker) return () => {};
  pythonGevraagd = true;
  let binnen = false;
  let bedoeld = false;
  let gestart = false;
  let gelezen = 0;
  let sinds = document.visibilityState === "visible" ? performance.now() : null;
  let klok = 0;
  const signalen = ["pointerover", "touchstart", "focusin"];
  const opDeLink = (gebeurtenis) => {
    if (!(gebeurtenis.target instanceof Element) || !gebeurtenis.target.closest(LINK_NAAR_REKENHULP)) return;
    bedoeld = true;
    probeer();
  };
  const zichtbaarheid = () => {
    if (document.visibilityState === "visible") sinds ??= performance.now();
    else if (sinds !== null) {
      gelezen += performance.now() - sinds;
      sinds = null;
    }
    probeer();
  };
  function probeer() {
    clearTimeout(klok);
    if (!binnen || gestart || document.visibilityState !== "visible" || window.spoorwijzerWorker) return;
    const rest = LEESTIJD_MS - gelezen - (performance.now() - (sinds ?? performance.now()));
    if (!bedoeld && rest > 0) {
      klok = setTimeout(probeer, rest);
      return;
    }
    gestart = true;
    signalen.forEach((naam) => removeEventListener(naam, opDeLink, true));
    document.removeEventListener("visibilitychange", zichtbaarheid);
    try {
      const warm = new Worker(WORKER_URL, { type: "module", name: "opwarmen" });
      warm.onmessage = ({ data }) => {
        if ((data.type === "opgewarmd" || data.type === "fout") && opwarmer === warm) stopOpwarmen();
      };
      warm.onerror = (gebeurtenis) => {
        gebeurtenis.preventDefault();
        if (opwarmer === warm) stopOpwarmen();
      };
      opwarmer = warm;
    } catch {
      // no module workers: the calculator page starts Python itself
    }
  }
  signalen.forEach((naam) => addEventListener(naam, opDeLink, { capture: true, passive: true }));
  document.addEventListener("visibilitychange", zichtbaarheid);
  return () => {
    binnen = true;
    probeer();
  };
}

/**
 * Links to a place on this same page — the error summary, "Berekend voor" (each value a link back to its field),
 * "Vul nog in", "Controleer", a heading — are followed here, not by the browser or by Material. Material's instant
 * navigation takes every link into the site for its own: with a query in the address (every calculator link carries
 * one) it fetched the page again, and the error list, the focus and the reader's place were gone; without one it
 * scrolled but left the focus on the link. The browser's own jump, before Material has loaded, puts the field at the
 * very top, under the sticky header, its label out of sight. So on a calculator page a listener on the window, in
 * the capturing phase (before Material's listener on <body>, which then never sees the click), opens any folded part
 * that holds the target, focuses the field itself (the first field of a group; any other target gets
 * tabindex="-1") and brings a field with its label to the middle of the screen, any other target to the top. Enter
 * on a link is the same click. Only links in the page's content: the header, the menus and the search stay
 * Material's. The query of the link is not compared: Material rewrites every link to an absolute address with the
 * query of that moment, and the binding changes the query as the reader types. A field's link leaves the address
 * as it is (a fragment would end up in the link a reader copies); a section's link sets its fragment in place.
 */
const VELD = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])";
const GROEP = "form, fieldset, [data-rijen], .sw-veld";

/** The element a same-page link points at, or null for any other link (or a click that opens a new tab). */
export function doelOpPagina(gebeurtenis) {
  if (gebeurtenis.defaultPrevented || gebeurtenis.button !== 0) return null;
  if (gebeurtenis.metaKey || gebeurtenis.ctrlKey || gebeurtenis.shiftKey || gebeurtenis.altKey) return null;
  const link = gebeurtenis.target instanceof Element ? gebeurtenis.target.closest("a[href]") : null;
  // Only links in the page's content: the header, menus and search stay Material's (it closes them on its way).
  if (!link || !link.closest(".md-content, form[data-calculator]")) return null;
  if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return null;
  const adres = new URL(link.href, location.href);
  if (adres.origin !== location.origin || adres.pathname !== location.pathname || adres.hash.length < 2) return null;
  let id = adres.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // a lone "%" in a hand-made link: the id as written
  }
  return document.getElementById(id);
}

/** The label a reader looks for above a field: the question of a group of choices, or the field's own label. */
function labelVan(veld) {
  if (veld.matches("[type=radio], [type=checkbox]")) return veld.closest("fieldset")?.querySelector("legend") || veld.labels?.[0];
  return veld.labels?.[0] || null;
}

/** Focus `doel` (a field, the first field of a group, or the element itself) and bring it into view. */
export function gaNaar(doel) {
  for (let gevouwen = doel.closest("details:not([open])"); gevouwen; gevouwen = gevouwen.parentElement?.closest("details:not([open])")) {
    gevouwen.open = true;
  }
  const veld = doel.matches(VELD) ? doel : doel.matches(GROEP) ? doel.querySelector(VELD) : null;
  if (!veld) {
    if (!doel.matches("a[href], button, input, select, textarea, [tabindex]")) doel.setAttribute("tabindex", "-1");
    doel.focus({ preventScroll: true });
    doel.scrollIntoView({ block: "start" });
    // A section's address, as the browser would show it (a field's link leaves the address alone).
    // Not while the address holds a calculation (#invoer:…): a reload must keep computing it.
    if (doel.id && !location.hash.startsWith(`#${INVOER}`)) {
      history.replaceState(history.state, "", `${location.pathname}${location.search}#${encodeURIComponent(doel.id)}`);
    }
    return doel;
  }
  veld.focus();
  veld.scrollIntoView({ block: "center" });
  // The label (or the question of a group of choices) too, below the sticky header, when both fit on the screen.
  const label = labelVan(veld);
  if (label) {
    const kopregel = document.querySelector(".md-header")?.getBoundingClientRect().bottom ?? 0;
    const tekort = label.getBoundingClientRect().top - kopregel - 8;
    if (tekort < 0 && veld.getBoundingClientRect().bottom - tekort <= innerHeight) scrollBy(0, tekort);
  }
  return veld;
}

function volgLinkOpPagina(gebeurtenis) {
  if (!document.querySelector("form[data-calculator]")) return;
  const doel = doelOpPagina(gebeurtenis);
  // A target that is not shown (and not folded away) is left to the browser.
  if (!doel || (!doel.getClientRects().length && !doel.closest("details:not([open])"))) return;
  gebeurtenis.preventDefault();
  gebeurtenis.stopPropagation();
  gaNaar(doel);
}

addEventListener("click", volgLinkOpPagina, true);

// Material's document$ re-runs the binding after each instant navigation; it exists only once the
// theme's bundle has loaded (assets/js/thema.js), which may be long after this page was bound.
if (document.querySelector("form[data-calculator]")) houdInvoerInAdres();
koppelAlles();
themaKlaar.then(() => window.document$.subscribe(koppelAlles));
