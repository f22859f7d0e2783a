// View of the "dossiercheck" calculator. The sick days are entered exactly as on the tijdlijn: its rows
// of periods and leave, their compact URL form and how they are read are imported, not copied. The
// conversations about the plan are one field: a date per line or with commas, sent (and put in the
// link) as the API's compact form `d-m-jjjj,d-m-jjjj`. The result: the headline, the text and "Wat
// nu?" (where the reader stands, then a dated to-do list with what each role does), what the check
// cannot see, the share/calendar/print controls, every step as a checklist (status in words and in the shape of its mark, never colour alone), the gaps between
// conversations, and the sources. The rule texts come from Python; this file types only labels and
// linking sentences, never a number of weeks.
import { deelActies, kop, maak, tijd } from "./rekenhulp.js";
import { opzet, verzamel as verzamelZiektedagen, vulIn as vulZiektedagenIn } from "./weergave-tijdlijn.js";

export { opzet };

const SVG = "http://www.w3.org/2000/svg";

/** The dates of the conversations as the API's compact form; any run of spaces, commas or lines splits. */
// One date per line or with commas between them, as the hint says; not on spaces, which would cut
// "10 maart 2025" into three.
function compact(tekst) {
  return String(tekst).split(/[\n\r,;]+/).map((deel) => deel.trim()).filter(Boolean).join(",");
}

export function vulIn(form, zoek) {
  vulZiektedagenIn(form, zoek);
  const veld = form.elements.namedItem("evaluaties");
  if (veld && zoek.has("evaluaties")) veld.value = compact(zoek.get("evaluaties")).split(",").join("\n");
}

export function verzamel(form) {
  const params = verzamelZiektedagen(form);
  if ("evaluaties" in params) {
    const datums = compact(params.evaluaties);
    if (datums) params.evaluaties = datums;
    else delete params.evaluaties;
  }
  return params;
}

/** Status in words, and a mark whose shape differs per status (a screen reader reads the word). */
const STATUS = {
  op_tijd: "Op tijd",
  te_laat: "Te laat",
  ontbreekt: "Ontbreekt",
  nog_niet: "Nog niet",
};

function svgElement(tag, eigenschappen) {
  const element = document.createElementNS(SVG, tag);
  for (const [naam, waarde] of Object.entries(eigenschappen)) element.setAttribute(naam, waarde);
  return element;
}

/** op tijd: a filled circle with a tick; te laat: a triangle with "!"; ontbreekt: a square with a
 *  cross; nog niet: an open dashed circle. */
function teken(status) {
  const svg = svgElement("svg", { viewBox: "0 0 20 20", class: "sw-teken", "aria-hidden": "true", focusable: "false" });
  const delen = {
    op_tijd: [["circle", { cx: 10, cy: 10, r: 9, class: "sw-vlak" }],
      ["path", { d: "M5.5 10.5l3 3 6-7", class: "sw-lijn-op-vlak" }]],
    te_laat: [["path", { d: "M10 1.5L19 18H1z", class: "sw-vlak" }],
      ["path", { d: "M10 7v5.5M10 14.6v1", class: "sw-lijn-op-vlak" }]],
    ontbreekt: [["rect", { x: 1.5, y: 1.5, width: 17, height: 17, class: "sw-vlak" }],
      ["path", { d: "M6 6l8 8M14 6l-8 8", class: "sw-lijn-op-vlak" }]],
    nog_niet: [["circle", { cx: 10, cy: 10, r: 8, class: "sw-rand" }]],
  }[status];
  for (const [tag, eigenschappen] of delen) svg.append(svgElement(tag, eigenschappen));
  return svg;
}

/** `tekst`: Python's own words for a status when the date is UWV's practice, not a legal term (spoor 2). */
function statusLabel(status, tekst) {
  return maak("span", { class: "sw-check-status", "data-status": status }, teken(status), tekst ?? STATUS[status]);
}

function dagenTussen(van, tot) {
  const dag = (iso) => Date.UTC(...iso.split("-").map((n, i) => Number(n) - (i === 1 ? 1 : 0)));
  return Math.round((dag(tot) - dag(van)) / 86_400_000);
}

function dagen(n) {
  return n === 1 ? "1 dag" : `${n} dagen`;
}

function samenvatting(result) {
  const s = result.samenvatting;
  return maak("div", { class: "sw-samenvatting", "data-over": s.over ?? "", "data-status": s.status },
    kop(result.kop), maak("p", {}, s.tekst));
}

/** What each role does (texts from Python). */
function rollen(watNu) {
  return maak("dl", { class: "sw-rollen" },
    maak("dt", {}, "Werknemer"), maak("dd", {}, watNu.werknemer),
    maak("dt", {}, "Werkgever"), maak("dd", {}, watNu.werkgever));
}

/** One item of "Wat nu?": when, what, what it can cost, and what each role does, unless the group says that
 *  once for all its items (the same advice five times over helps nobody, on screen or on paper). */
function teDoenItem(item, metRollen) {
  return maak("li", { class: "sw-tedoen", "data-over": item.over, "data-status": item.status, "data-groep": item.groep },
    maak("p", { class: "sw-stap-titel" }, maak("time", { datetime: item.datum }, item.wanneer), " ", maak("strong", {}, item.titel)),
    maak("p", {}, item.gevolg),
    ...(metRollen ? [rollen(item.wat_nu)] : []));
}

/** A part of the to-do list: its heading, the roles once when every item has the same advice, the items. */
function groepBlok(titel, items) {
  const eender = items.length > 1 && items.every((i) => i.wat_nu.werknemer === items[0].wat_nu.werknemer
    && i.wat_nu.werkgever === items[0].wat_nu.werkgever);
  return [maak("h4", {}, titel), ...(eender ? [rollen(items[0].wat_nu)] : []),
    maak("ol", { class: "sw-dossier-tedoen" }, ...items.map((item) => teDoenItem(item, !eender)))];
}

/** "Wat nu?": where the reader stands, then the dated to-do list in its parts (what can be done today first,
 *  then what came late, then what is past), with the sources these sentences rest on. */
function watNu(result) {
  const s = result.samenvatting;
  const delen = Object.entries(result.groepen).map(([groep, titel]) => [titel, result.te_doen.filter((i) => i.groep === groep)])
    .filter(([, items]) => items.length)
    .flatMap(([titel, items]) => groepBlok(titel, items));
  const bronnen = [...new Map([...s.bronnen, ...result.te_doen.flatMap((i) => i.bronnen)].map((b) => [b.url + b.label, b])).values()];
  return maak("section", { class: "sw-watnu sw-dossier-watnu", "aria-labelledby": "sw-dossier-watnu-kop" },
    maak("h3", { id: "sw-dossier-watnu-kop" }, "Wat nu?"),
    maak("p", { class: "sw-dossier-waar", "data-week": String(result.stand.week) }, result.stand.tekst),
    ...delen,
    maak("details", { class: "sw-stap-meer sw-dossier-waarop" },
      maak("summary", {}, "Waarop dit advies steunt"),
      maak("ul", {}, ...bronnen.map((b) => maak("li", {}, maak("a", { href: b.url, rel: "noopener" }, b.label))))));
}

function gedaanTekst(stap) {
  if (!stap.gedaan) return "niet ingevuld";
  const regel = maak("span", {}, tijd(stap.gedaan));
  if (stap.gedaan_noot) regel.append(stap.gedaan_noot);
  else if (stap.status === "te_laat") regel.append(` (${dagen(dagenTussen(stap.uiterlijk, stap.gedaan))} te laat)`);
  return regel;
}

/** One step of the file: its title, then status, when it was due, when done and who (key beside value,
 *  as on a phone both fit); explanation, consequence and source on request. */
function stapItem(stap) {
  const gegeven = (term, waarde) => maak("div", {}, maak("dt", {}, term), maak("dd", {}, waarde));
  return maak("li", { class: "sw-check", "data-id": stap.id, "data-status": stap.status },
    maak("p", { class: "sw-stap-titel" }, stap.titel),
    maak("dl", { class: "sw-check-data" },
      gegeven("Status", statusLabel(stap.status, stap.status_tekst)),
      gegeven(stap.uiterlijk_naam ?? "Uiterlijk", tijd(stap.uiterlijk)),
      gegeven("Gedaan", gedaanTekst(stap)),
      gegeven("Wie", stap.wie)),
    maak("details", { class: "sw-stap-meer" },
      maak("summary", {}, "Uitleg, gevolg en bron", maak("span", { class: "sw-onzichtbaar" }, `: ${stap.titel}`)),
      maak("p", {}, stap.uitleg),
      maak("p", {}, maak("strong", {}, "Gevolg: "), stap.gevolg),
      maak("p", {}, maak("strong", {}, "Bron: "), maak("a", { href: stap.bron.url, rel: "noopener" }, stap.bron.label))));
}

function checklist(result) {
  const telling = Object.keys(STATUS).map((status) => [status, result.stappen.filter((s) => s.status === status).length])
    .filter(([, aantal]) => aantal);
  return maak("section", { class: "sw-dossier-lijst", "aria-labelledby": "sw-dossier-lijst-kop" },
    maak("h3", { id: "sw-dossier-lijst-kop" }, "Het dossier per stap"),
    maak("p", { class: "sw-dossier-stand" }, "Stand op ", tijd(result.peildatum), ": ",
      telling.map(([status, aantal]) => `${aantal} ${STATUS[status].toLowerCase()}`).join(", "), "."),
    maak("ol", { class: "sw-checklist" }, ...result.stappen.map(stapItem)));
}

/** The stretches without a conversation about the plan (the threshold is in the page text and in Python). */
function gesprekken(result) {
  const plan = result.stappen.find((s) => s.id === "plan_van_aanpak");
  const inhoud = [];
  if (result.evaluatie_gaten.length) {
    inhoud.push(maak("p", {}, "Zo lang was er geen gesprek over het plan van aanpak, langer dan UWV verwacht:"),
      maak("ul", { class: "sw-dossier-gaten" }, ...result.evaluatie_gaten.map((gat) => maak("li", { "data-van": gat.van },
        "Van ", tijd(gat.van), " tot ", tijd(gat.tot), `: ${dagen(gat.dagen)} zonder gesprek.`))));
  } else if (!plan?.gedaan) {
    inhoud.push(maak("p", {}, "Vul de datum van het plan van aanpak in. Dan kijkt de check ook of er vaak genoeg "
      + "een gesprek over het plan was."));
  } else {
    inhoud.push(maak("p", {}, "Er ging nooit te lang voorbij zonder gesprek over het plan van aanpak."));
  }
  return maak("section", { class: "sw-dossier-gesprekken", "aria-labelledby": "sw-dossier-gesprekken-kop" },
    maak("h3", { id: "sw-dossier-gesprekken-kop" }, "Gesprekken over het plan van aanpak"), ...inhoud);
}

/** Every source of this result (steps and advice), on request: on a phone the list is long. */
function bronnen(result) {
  return maak("details", { class: "sw-stap-meer sw-dossier-bronnen" },
    maak("summary", {}, `Alle bronnen van deze check (${result.bronnen.length})`),
    maak("ul", {}, ...result.bronnen.map((b) => maak("li", {}, maak("a", { href: b.url, rel: "noopener" }, b.label)))));
}

export function toon(result) {
  const meldingen = result.meldingen.length
    ? [maak("ul", { class: "sw-meldingen" }, ...result.meldingen.map((m) => maak("li", {}, m)))]
    : [];
  // A calendar only when something is still to come (an empty one would be an empty download).
  const ics = result.ics.includes("BEGIN:VEVENT") ? result.ics : undefined;
  return [
    samenvatting(result), watNu(result), ...meldingen,
    deelActies({ ics, bestandsnaam: "spoorwijzer-dossier.ics" }),
    checklist(result), gesprekken(result), bronnen(result),
  ];
}
