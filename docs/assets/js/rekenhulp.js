// The binding between any <form data-calculator="NAME"> and the Python worker.
//
// State lives on the form as data-state: "loading" while Pyodide starts (with a visible progress
// bar), then "ready", or "error" with a Dutch message and the static rule table. The form's fields
// (and the URL's parameters, which prefill them) are sent as `params`; the result is rendered into
// the form's [data-resultaat] region (aria-live) by the calculator's own view module. The worker is
// started only when a page has such a form, once, and survives Material's instant navigation.

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

function werkUrlBij(form, params) {
  const zoek = zoekParams(params).toString();
  const url = `${location.pathname}${zoek ? `?${zoek}` : ""}${location.hash}`;
  history.replaceState(history.state, "", url);
  const deel = form.querySelector("[data-deellink]");
  if (deel) deel.href = url;
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

  const reken = async () => {
    const params = weergave.verzamel(form);
    werkUrlBij(form, params);
    if (!params.peildatum) params.peildatum = vandaag();
    const result = await bereken(naam, params);
    wisFouten(form);
    if (result.ok) {
      uitvoer.replaceChildren(...weergave.toon(result, form));
      uitvoer.hidden = false;
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
  form.addEventListener("input", () => werkUrlBij(form, weergave.verzamel(form)));
  form.addEventListener("change", () => werkUrlBij(form, weergave.verzamel(form)));
  const deel = form.querySelector("[data-deellink]");
  if (deel) deel.href = location.pathname + location.search + location.hash;
  if ([...zoek.keys()].length) reken();
}

function koppelAlles() {
  document.querySelectorAll("form[data-calculator]").forEach(koppel);
}

// Material's document$ re-runs the binding after each instant navigation; it exists only once the
// theme's bundle has loaded (assets/js/thema.js), which may be long after this page was bound.
koppelAlles();
themaKlaar.then(() => window.document$.subscribe(koppelAlles));
