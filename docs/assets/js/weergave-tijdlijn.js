// View of the "tijdlijn" calculator: rows of sick periods and leave that can be added and removed,
// their compact URL form (van/tot,van/ — the same text calculators.api reads), and the result:
// the headline, "Wat nu?" (the next steps per role), the share/calendar/print controls, every step
// as a vertical list, and the SVG figure from Python where the screen is wide enough to read it.
import { alsInvoer, deelActies, invoerAdres, invoerVan, kop, leesVelden, maak, tijd, vulVeldenIn } from "./rekenhulp.js";

const RIJEN = {
  ziekteperiodes: {
    naam: "Periode",
    velden: [
      { sleutel: "van", label: "Eerste ziektedag", hint: "Bijvoorbeeld 6-1-2025 of 6 januari 2025." },
      { sleutel: "tot", label: "Laatste ziektedag", hint: "Leeg laten als u nog ziek bent. Bijvoorbeeld 28-2-2025 of 28 februari 2025." },
    ],
  },
  verlof: {
    naam: "Verlof",
    velden: [
      { sleutel: "van", label: "Eerste dag verlof", hint: "Bijvoorbeeld 5-5-2025 of 5 mei 2025." },
      { sleutel: "tot", label: "Laatste dag verlof", hint: "Bijvoorbeeld 24-8-2025 of 24 augustus 2025." },
      { sleutel: "zelfde_oorzaak", label: "Na het verlof ziek door dezelfde oorzaak als ervoor?", keuzes: ["ja", "nee"] },
    ],
  },
};

function rijVeld(soort, i, veld) {
  const id = `${soort}-${i}-${veld.sleutel}`;
  const hintId = `${id}-hint`;
  let invoer;
  if (veld.keuzes) {
    invoer = maak("select", { id, "data-sleutel": veld.sleutel, "aria-describedby": hintId });
    veld.keuzes.forEach((k) => invoer.append(maak("option", { value: k }, k)));
  } else {
    // A date: the text keyboard, which has "-" and "/" (see the design notes in README.md).
    invoer = maak("input", {
      id, type: "text", inputmode: "text", autocomplete: "off", "data-sleutel": veld.sleutel,
      "aria-describedby": hintId,
    });
  }
  invoer.dataset.veld = `${soort}[${i}].${veld.sleutel}`;
  if (soort === "ziekteperiodes" && i === 0 && veld.sleutel === "van") invoer.dataset.veldAlias = "eerste_ziektedag";
  const hint = maak("p", { class: "sw-hint", id: hintId }, veld.hint || "Kies ja of nee");
  return maak("div", { class: "sw-veld" }, maak("label", { for: id }, veld.label), hint, invoer);
}

function nummerRijen(form, soort) {
  const rijen = [...form.querySelectorAll(`[data-rijen="${soort}"] > fieldset`)];
  const waarden = rijen.map((rij) => [...rij.querySelectorAll("[data-sleutel]")].map((v) => v.value));
  form.querySelector(`[data-rijen="${soort}"]`).replaceChildren();
  waarden.forEach((w) => voegRijToe(form, soort, w, false));
}

function voegRijToe(form, soort, waarden = [], focus = true) {
  const houder = form.querySelector(`[data-rijen="${soort}"]`);
  const i = houder.children.length;
  const spec = RIJEN[soort];
  const rij = maak("fieldset", { class: "sw-rij" }, maak("legend", {}, `${spec.naam} ${i + 1}`));
  spec.velden.forEach((veld, j) => {
    const blok = rijVeld(soort, i, veld);
    if (waarden[j] !== undefined) blok.querySelector("[data-sleutel]").value = waarden[j];
    rij.append(blok);
  });
  if (soort === "verlof" || i > 0) {
    const weg = maak("button", { type: "button", class: "md-button sw-verwijder" }, `Verwijder ${spec.naam.toLowerCase()} ${i + 1}`);
    weg.addEventListener("click", () => {
      rij.remove();
      nummerRijen(form, soort);
      form.dispatchEvent(new Event("change"));
      form.querySelector(`[data-voeg-toe="${soort}"]`).focus();
    });
    rij.append(weg);
  }
  houder.append(rij);
  if (focus) rij.querySelector("[data-sleutel]").focus();
}

export function opzet(form) {
  for (const soort of Object.keys(RIJEN)) {
    form.querySelector(`[data-rijen="${soort}"]`).replaceChildren();
    form.querySelector(`[data-voeg-toe="${soort}"]`).addEventListener("click", () => voegRijToe(form, soort));
  }
  voegRijToe(form, "ziekteperiodes", [], false);
}

function leesRijen(tekst, soort) {
  return tekst.split(",").filter((d) => d.trim()).slice(0, 30).map((deel) => deel.split("/"))
    .filter((w) => w.length <= RIJEN[soort].velden.length);
}

export function vulIn(form, zoek) {
  for (const [naam, waarde] of zoek) {
    if (naam === "eerste_ziektedag") {
      form.querySelector('[data-veld="ziekteperiodes[0].van"]').value = waarde;
    } else if (naam in RIJEN) {
      const rijen = leesRijen(waarde, naam);
      form.querySelector(`[data-rijen="${naam}"]`).replaceChildren();
      rijen.forEach((w) => voegRijToe(form, naam, w, false));
      if (naam === "ziekteperiodes" && !rijen.length) voegRijToe(form, naam, [], false);
    } else {
      vulVeldenIn(form, [[naam, waarde]]);
      form.elements.namedItem(naam)?.closest?.("details")?.setAttribute("open", "");
    }
  }
}

// A row's dates travel as "van/tot,van/tot", so a date typed as 10/3/2025 has its slashes (and any comma)
// turned into dashes, which the parser reads the same way.
export function verzamel(form) {
  const params = leesVelden(form);
  for (const soort of Object.keys(RIJEN)) {
    const rijen = [...form.querySelectorAll(`[data-rijen="${soort}"] > fieldset`)]
      .map((rij) => [...rij.querySelectorAll("[data-sleutel]")].map((v) => v.value.trim().replace(/[/,]/g, "-")));
    const ingevuld = rijen.filter((w) => w.slice(0, 2).some(Boolean));
    if (soort === "ziekteperiodes" && rijen.length === 1 && !rijen[0][1]) {
      if (rijen[0][0]) params.eerste_ziektedag = rijen[0][0];
    } else if (ingevuld.length) {
      params[soort] = rijen.map((w) => w.join("/")).join(",");
    }
  }
  return params;
}

function samenvatting(result) {
  const blok = maak("div", { class: "sw-samenvatting" }, kop(result.samenvatting));
  if (result.huidige_week > 0) {
    blok.append(maak("p", {}, "Op ", tijd(result.peildatum), ` bent u in week ${result.huidige_week} van uw ziekte.`));
  }
  return blok;
}

/** Date and week of a step; a window (eerstejaarsevaluatie) shows both ends, and its weeks from Python
 * (`week_tekst`: "week 46 tot en met 52"), so the label covers the whole range. */
function wanneer(stap) {
  const regel = maak("p", { class: "sw-wanneer" });
  if (stap.venster_vanaf) regel.append(tijd(stap.venster_vanaf), " tot en met ");
  regel.append(maak("strong", {}, tijd(stap.datum)), " ", maak("span", { class: "sw-week" }, stap.week_tekst));
  return regel;
}

/** "Wat nu?": the next steps from the reader's date, with what each side does (rule data). */
function watNu(result) {
  if (!result.volgende_stappen.length) return [];
  const stappen = result.volgende_stappen.map((s) => maak("li", { class: "sw-watnu-stap", "data-id": s.id },
    wanneer(s),
    maak("p", { class: "sw-stap-titel" }, s.titel),
    maak("dl", { class: "sw-rollen" },
      maak("dt", {}, "Werknemer"), maak("dd", {}, s.werknemer),
      maak("dt", {}, "Werkgever"), maak("dd", {}, s.werkgever))));
  return [maak("section", { class: "sw-watnu", "aria-labelledby": "sw-watnu-kop" },
    maak("h3", { id: "sw-watnu-kop" }, "Wat nu?"), maak("ol", { class: "sw-watnu-lijst" }, ...stappen))];
}

/** Every milestone as a vertical list of steps; explanation, termijn and source open on request. The status
 * and its words come from Python (`status`, `status_tekst`): they say where the date lies, not what happened. */
function stappenlijst(result) {
  const stappen = result.mijlpalen.map((m) => {
    const status = m.status;
    const meer = maak("details", { class: "sw-stap-meer" },
      maak("summary", {}, "Uitleg, termijn en bron", maak("span", { class: "sw-onzichtbaar" }, `: ${m.titel}`)),
      maak("p", {}, m.uitleg),
      maak("p", {}, maak("strong", {}, "Termijn: "), m.termijn),
      maak("p", {}, maak("strong", {}, "Bron: "), maak("a", { href: m.bron, rel: "noopener" }, m.bron_label)));
    return maak("li", { class: "sw-stap", "data-id": m.id, "data-status": status },
      maak("div", { class: "sw-stap-wanneer" },
        wanneer(m), maak("p", { class: "sw-status" }, maak("span", { class: "sw-onzichtbaar" }, "Status: "), m.status_tekst)),
      maak("div", { class: "sw-stap-wat" },
        maak("p", { class: "sw-stap-titel" }, m.titel),
        maak("p", { class: "sw-stap-wie" }, maak("span", { class: "sw-label" }, "Wie: "), m.wie),
        meer));
  });
  return maak("section", { class: "sw-alle-stappen", "aria-labelledby": "sw-stappen-kop" },
    maak("h3", { id: "sw-stappen-kop" }, "Uw termijnen op datum"),
    maak("ol", { class: "sw-stappen" }, ...stappen));
}

/** The SVG from Python; shown only where its text is at least 12 px (see spoorwijzer.css). */
function figuur(result) {
  const svg = new DOMParser().parseFromString(result.figuur, "image/svg+xml").documentElement;
  return maak("div", { class: "sw-figuurvak" }, maak("figure", { class: "sw-figuur" }, document.importNode(svg, true),
    maak("figcaption", {}, "Uw tijdlijn in weken sinds de eerste ziektedag. De lijst hierboven geeft dezelfde data.")));
}

/** The same sick days (this calculation's link, not fields changed since) in the dossiercheck. */
const ZIEKTEDAGEN = ["eerste_ziektedag", "ziekteperiodes", "verlof", "verlenging_weken", "peildatum", "wia_brief_ontvangen"];
function naarDossiercheck(form) {
  const link = new URL(form?.querySelector("[data-resultaat]")?.dataset.link || location.href);
  const zoek = new URLSearchParams([...invoerVan(link)].filter(([naam]) => ZIEKTEDAGEN.includes(naam))).toString();
  const doel = new URL("../dossiercheck/", link);
  return maak("p", { class: "sw-dossierlink" }, "Zijn de stappen van de re-integratie tot nu toe op tijd gezet? ",
    maak("a", { href: invoerAdres(doel.pathname, zoek), "data-dossiercheck": "" }, "Controleer het dossier"),
    ", met dezelfde ziektedagen al ingevuld.");
}

/** The WIA benefit from the first day it can start: the tijdlijn's wia_ingang, or, when the last day to
 * apply has passed without an application, the start if UWV gets it on the peildatum. */
function naarUitkering(result) {
  const ingang = result.bij_aanvraag_op_peildatum?.wia_ingang ?? result.mijlpalen.find((m) => m.id === "wia_ingang")?.datum;
  if (!ingang) return [];
  const zoek = new URLSearchParams({ ingangsdatum: alsInvoer(ingang) });
  return [maak("p", { class: "sw-dossierlink sw-verder" }, "Hoeveel WIA-uitkering krijgt u vanaf ", tijd(ingang), "? ",
    maak("a", { href: invoerAdres("../wia-uitkering/", zoek), "data-wia-uitkering": "" }, "Bereken uw WIA-uitkering"),
    ", met die datum al ingevuld.")];
}

export function toon(result, form) {
  const meldingen = result.meldingen.length
    ? [maak("ul", { class: "sw-meldingen" }, ...result.meldingen.map((m) => maak("li", {}, m)))]
    : [];
  return [
    samenvatting(result), ...meldingen, ...watNu(result),
    deelActies({ ics: result.ics, bestandsnaam: "spoorwijzer-tijdlijn.ics" }), naarDossiercheck(form), ...naarUitkering(result),
    stappenlijst(result), figuur(result),
  ];
}
