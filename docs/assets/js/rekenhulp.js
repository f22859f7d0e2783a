// The binding between any <form data-calculator="NAME"> and the Python worker.
//
// State lives on the form as data-state: "loading" while Pyodide starts (with a visible progress
// bar), then "ready", or "error" with a Dutch message and the static rule table. The form's fields
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
// - The binding appends a print-only block to every result: the date it was calculated, the link
//   as text and as a QR code (made in Python by calculators.api.run("qr")). The print styles in
//   spoorwijzer.css put only the page title, the page's warning and the result on paper.
// - `opzet(form)`, `vulIn(form, zoek)` and `verzamel(form)` are optional (defaults below).

import { bewaarVoorOffline } from "./offline.js";
import { themaKlaar } from "./thema.js";

const WORKER_URL = new URL("./__WORKER__", import.meta.url);
const DATUM = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

let worker = null;
let runtime = { state: "loading", stap: 0, van: 3, tekst: "Rekenhulp laden" };
const volgers = new Set();
const wachtend = new Map();
let volgnummer = 0;

function meldRuntime(verandering) {
  runtime = { ...runtime, ...verandering };
  volgers.forEach((volger) => volger(runtime));
}

function ontvang(data) {
  if (data.type === "voortgang") meldRuntime({ stap: data.stap, van: data.van, tekst: data.tekst });
  else if (data.type === "klaar") {
    meldRuntime({ state: "ready", stap: runtime.van });
    bewaarVoorOffline([WORKER_URL.href, ...data.bestanden]);
  } else if (data.type === "fout") meldRuntime({ state: "error", melding: data.melding });
  else if (data.type === "resultaat" && wachtend.has(data.id)) {
    wachtend.get(data.id)(data.result);
    wachtend.delete(data.id);
  }
}

function startWorker() {
  if (worker) return;
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
  if (ics) {
    const bestand = URL.createObjectURL(new Blob([ics], { type: "text/calendar;charset=utf-8" }));
    knoppen.append(maak("a", { class: "md-button", href: bestand, download: bestandsnaam, "data-ics": "" },
      "Zet in mijn agenda (.ics)"));
  }
  const afdrukken = maak("button", { type: "button", class: "md-button" }, "Afdrukken");
  afdrukken.addEventListener("click", () => window.print());
  knoppen.append(afdrukken);
  return maak("div", { class: "sw-delen" }, knoppen, melding, linkblok);
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

function zoekParams(params) {
  const zoek = new URLSearchParams();
  for (const [naam, waarde] of Object.entries(params)) if (naam !== "peildatum" || waarde !== vandaag()) zoek.set(naam, waarde);
  return zoek;
}

function werkUrlBij(params) {
  const zoek = zoekParams(params).toString();
  history.replaceState(history.state, "", `${location.pathname}${zoek ? `?${zoek}` : ""}${location.hash}`);
}

/**
 * The absolute link that reopens this calculation (without a peildatum of today: it stays live).
 * `regels=` names the rules that made it; no form has a field of that name, so a link made under
 * older rules opens and computes with the rules of today.
 */
function deelLink(params, regelsVersie) {
  const zoek = zoekParams(params);
  if (regelsVersie) zoek.set("regels", regelsVersie);
  const tekst = zoek.toString();
  return new URL(`${location.pathname}${tekst ? `?${tekst}` : ""}`, location.href).href;
}

/** Print-only: when and with which rules it was calculated, and the link as text and QR code. */
function afdrukBlok(link, regelsVersie) {
  return maak("div", { class: "sw-afdruk", "data-afdruk": "" },
    maak("p", {}, "Berekend op ", tijd(vandaag()), " met de rekenhulp van Spoorwijzer (regels ",
      maak("span", { "data-regels": "" }, regelsVersie), ")."),
    maak("div", { class: "sw-afdruk-link" },
      maak("div", { class: "sw-qr", "data-qr": "" }),
      maak("p", {}, "Scan de code of typ de link over om deze berekening opnieuw te openen:", maak("br"),
        maak("span", { class: "sw-linktekst", "data-linktekst": "" }, link))));
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

/** Focus the headline (announced by screen readers) and bring it to the top of the screen. */
function toonKop(uitvoer) {
  const element = uitvoer.querySelector("[data-kop]");
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: "start" });
}

function wisFouten(form) {
  form.querySelectorAll(".sw-fout").forEach((fout) => fout.remove());
  form.querySelectorAll("[aria-invalid]").forEach((veld) => {
    veld.removeAttribute("aria-invalid");
    const rest = (veld.getAttribute("aria-describedby") || "").split(" ").filter((id) => !id.startsWith("fout-"));
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

function toonVoortgang(form, status) {
  const laden = form.querySelector("[data-laden]");
  form.dataset.state = status.state;
  if (!laden) return;
  const balk = laden.querySelector("progress");
  const tekst = laden.querySelector("[data-laden-tekst]");
  if (status.state === "loading") {
    balk.max = status.van;
    balk.value = status.stap;
    tekst.textContent = `Rekenhulp laden: ${status.tekst.toLowerCase()} (stap ${status.stap} van ${status.van})…`;
    laden.hidden = false;
  } else if (status.state === "ready") {
    laden.hidden = true;
  } else {
    laden.hidden = true;
    const storing = form.querySelector("[data-storing]");
    if (storing) storing.hidden = false;
    document.querySelectorAll("[data-terugval]").forEach((blok) => { blok.hidden = false; });
    form.querySelector("[type=submit]")?.setAttribute("disabled", "");
  }
}

async function koppel(form) {
  if (form.dataset.gekoppeld) return;
  form.dataset.gekoppeld = "ja";
  form.noValidate = true;
  form.ongeldig = new Map();
  form.addEventListener("change", (e) => form.ongeldig.delete(e.target.name));
  const naam = form.dataset.calculator;
  const volger = (status) => toonVoortgang(form, status);
  volgers.add(volger);
  toonVoortgang(form, runtime);
  startWorker();
  const weergave = await weergaveVoor(naam);
  weergave.opzet?.(form);
  const zoek = new URLSearchParams(location.search);
  weergave.vulIn(form, zoek);
  const uitvoer = form.querySelector("[data-resultaat]");

  const reken = async ({ vanLink = false } = {}) => {
    const params = weergave.verzamel(form);
    werkUrlBij(params);
    const gevraagd = { ...params };
    if (!params.peildatum) params.peildatum = vandaag();
    const result = await bereken(naam, params);
    wisFouten(form);
    if (result.ok) {
      const link = deelLink(gevraagd, result.regels_versie);
      uitvoer.dataset.link = link;
      uitvoer.dataset.regels = result.regels_versie;
      uitvoer.replaceChildren(...weergave.toon(result, form), afdrukBlok(link, result.regels_versie));
      uitvoer.hidden = false;
      // Opened from a link: the answer is what the reader came for, unless they already went on typing.
      const bezig = vanLink && document.activeElement && document.activeElement !== document.body;
      if (!bezig) toonKop(uitvoer);
      vulQr(uitvoer, link);
    } else {
      uitvoer.replaceChildren();
      uitvoer.hidden = true;
      toonFouten(form, result.fouten);
    }
  };
  form.addEventListener("submit", (gebeurtenis) => {
    gebeurtenis.preventDefault();
    reken();
  });
  form.addEventListener("input", () => werkUrlBij(weergave.verzamel(form)));
  form.addEventListener("change", () => werkUrlBij(weergave.verzamel(form)));
  if ([...zoek.keys()].length) reken({ vanLink: true });
}

function koppelAlles() {
  document.querySelectorAll("form[data-calculator]").forEach(koppel);
}

// Material's document$ re-runs the binding after each instant navigation; it exists only once the
// theme's bundle has loaded (assets/js/thema.js), which may be long after this page was bound.
koppelAlles();
themaKlaar.then(() => window.document$.subscribe(koppelAlles));
