// View of the "tijdlijn" calculator: rows of sick periods and leave that can be added and removed,
// their compact URL form (van/tot,van/ — the same text calculators.api reads), and the result as
// a summary, a table, the SVG figure from Python, a calendar download and a print button.
import { leesVelden, maak, tijd, vulVeldenIn } from "./rekenhulp.js";

const RIJEN = {
  ziekteperiodes: {
    naam: "Periode",
    velden: [
      { sleutel: "van", label: "Eerste ziektedag", hint: "Bijvoorbeeld 6-1-2025" },
      { sleutel: "tot", label: "Laatste ziektedag", hint: "Leeg laten als u nog ziek bent" },
    ],
  },
  verlof: {
    naam: "Verlof",
    velden: [
      { sleutel: "van", label: "Eerste dag verlof", hint: "Bijvoorbeeld 5-5-2025" },
      { sleutel: "tot", label: "Laatste dag verlof", hint: "Bijvoorbeeld 24-8-2025" },
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
    invoer = maak("input", {
      id, type: "text", inputmode: "numeric", autocomplete: "off", "data-sleutel": veld.sleutel, "aria-describedby": hintId,
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

export function verzamel(form) {
  const params = leesVelden(form);
  for (const soort of Object.keys(RIJEN)) {
    const rijen = [...form.querySelectorAll(`[data-rijen="${soort}"] > fieldset`)]
      .map((rij) => [...rij.querySelectorAll("[data-sleutel]")].map((v) => v.value.trim().replaceAll(",", "").replaceAll("/", "")));
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
  const blok = maak("div", { class: "sw-samenvatting" }, maak("p", { class: "sw-hoofdantwoord" }, result.samenvatting));
  if (result.huidige_week > 0) {
    blok.append(maak("p", {}, `Op `, tijd(result.peildatum), ` bent u in week ${result.huidige_week} van uw ziekte.`));
  }
  if (result.volgende) {
    const v = result.volgende;
    blok.append(maak("p", {}, maak("strong", {}, "Volgende stap: "), `${v.titel} — uiterlijk `, tijd(v.datum), ` (${v.wie}).`));
  }
  return blok;
}

function tabel(result) {
  const kop = maak("tr", {}, ...["Datum", "Week", "Wat", "Wie", "Bron"].map((t) => maak("th", { scope: "col" }, t)));
  const rijen = result.mijlpalen.map((m) => {
    const datum = maak("td", {}, tijd(m.datum));
    if (m.venster_vanaf) datum.prepend(tijd(m.venster_vanaf), " tot ");
    const wat = maak("td", {}, maak("strong", {}, m.titel), maak("br"), m.uitleg);
    const status = m.voorbij ? maak("span", { class: "sw-status" }, " (voorbij)") : "";
    const bron = maak("a", { href: m.bron, rel: "noopener" }, m.bron_label);
    const rij = maak("tr", { "data-id": m.id, class: m.voorbij ? "sw-voorbij" : "" }, datum, maak("td", {}, String(m.week)), wat, maak("td", {}, m.wie, status), maak("td", {}, bron));
    return rij;
  });
  return maak("div", { class: "md-typeset__table" },
    maak("table", { class: "sw-tabel" }, maak("caption", {}, "Uw termijnen op datum"), maak("thead", {}, kop), maak("tbody", {}, ...rijen)));
}

function figuur(result) {
  const svg = new DOMParser().parseFromString(result.figuur, "image/svg+xml").documentElement;
  return maak("figure", { class: "sw-figuur" }, document.importNode(svg, true),
    maak("figcaption", {}, "Uw tijdlijn in weken sinds de eerste ziektedag. De tabel hierboven geeft dezelfde data."));
}

function acties(result) {
  const ics = URL.createObjectURL(new Blob([result.ics], { type: "text/calendar;charset=utf-8" }));
  const agenda = maak("a", { class: "md-button md-button--primary", href: ics, download: "spoorwijzer-tijdlijn.ics", "data-ics": "" }, "Zet in mijn agenda (.ics)");
  const print = maak("button", { type: "button", class: "md-button" }, "Afdrukken");
  print.addEventListener("click", () => window.print());
  return maak("p", { class: "sw-acties" }, agenda, " ", print);
}

export function toon(result) {
  const meldingen = result.meldingen.length
    ? [maak("ul", { class: "sw-meldingen" }, ...result.meldingen.map((m) => maak("li", {}, m)))]
    : [];
  return [samenvatting(result), ...meldingen, tabel(result), figuur(result), acties(result)];
}
