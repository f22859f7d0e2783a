// View of the "wia_uitkering" calculator: the headline with the answer (what it was calculated for is the
// binding's "Berekend voor", as on every result),
// "Wat nu?" (working more, a duurzaam situation: texts and amounts from Python), the share/calendar/
// print controls, every phase as a vertical list with dates, amount (with and without vakantiebijslag),
// where the AOW date ends it, status in words and its article, and the announced changes that are not
// law yet. "Niet meegerekend" and the warnings are rendered by the binding for every calculator.
import { bronnenLijst, deelActies, kop, maak, tijd, vulVeldenIn } from "./rekenhulp.js";

/** Prefill from the link, and open a folded part of the form that holds a prefilled field (or its error is hidden). */
export function vulIn(form, zoek) {
  vulVeldenIn(form, zoek);
  for (const [naam] of zoek) form.elements.namedItem(naam)?.closest?.("details")?.setAttribute("open", "");
}

/** The period of a phase: "1 juli 2026 tot en met 31 augustus 2026", or "vanaf 1 juni 2028". */
function periode(fase) {
  const regel = maak("p", { class: "sw-wanneer" });
  if (fase.tot) regel.append(maak("strong", {}, tijd(fase.van)), " tot en met ", tijd(fase.tot));
  else regel.append("Vanaf ", maak("strong", {}, tijd(fase.van)));
  return regel;
}

/** Every phase as a step: the current one (or else the first to come) is marked like a next step. */
function fasenlijst(result) {
  const nadruk = (result.fasen.find((f) => f.status === "nu") || result.fasen.find((f) => f.status === "later"))?.id;
  const stappen = result.fasen.map((f) => {
    const status = f.id === nadruk ? "volgende" : f.status === "voorbij" ? "voorbij" : "later";
    return maak("li", { class: "sw-stap", "data-id": f.id, "data-status": status },
      maak("div", { class: "sw-stap-wanneer" }, periode(f),
        maak("p", { class: "sw-status" }, maak("span", { class: "sw-onzichtbaar" }, "Status: "), f.status_tekst)),
      maak("div", { class: "sw-stap-wat" },
        maak("p", { class: "sw-stap-titel" }, `${f.titel}: ${f.bedrag_tekst} bruto per maand`),
        maak("p", {}, `Per maand op uw rekening: ${f.bedrag_zonder_vakantiebijslag_tekst} bruto. De rest is vakantiebijslag, die komt in mei.`),
        maak("p", {}, f.uitleg),
        ...(f.aow_einde ? [maak("p", {}, f.aow_einde.tekst)] : []),
        maak("p", {}, maak("span", { class: "sw-label" }, "Bron: "), maak("a", { href: f.bron, rel: "noopener" }, f.bron_label))));
  });
  return maak("section", { class: "sw-alle-stappen", "aria-labelledby": "sw-fasen-kop" },
    maak("h3", { id: "sw-fasen-kop" }, "Uw uitkering per fase"), maak("ol", { class: "sw-stappen" }, ...stappen));
}

function lijstBlok(id, titel, punten, klasse = "") {
  if (!punten.length) return [];
  return [maak("section", { class: klasse, "aria-labelledby": id }, maak("h3", { id }, titel),
    maak("ul", {}, ...punten.map((p) => maak("li", {}, p))))];
}

/** After an estimate from the birth year, the two fields show the years used (the reader can correct them). */
function vulArbeidsverleden(result, form) {
  if (!form || !result.arbeidsverleden.geschat) return;
  form.elements.namedItem("arbeidsverleden_tot_2016").value = String(result.arbeidsverleden.tot_2016);
  form.elements.namedItem("arbeidsverleden_vanaf_2016").value = String(result.arbeidsverleden.vanaf_2016);
}

export function toon(result, form) {
  vulArbeidsverleden(result, form);
  const samenvatting = maak("div", { class: "sw-samenvatting" }, kop(result.kop),
    maak("p", { "data-uitkering": result.uitkering }, "Alle bedragen zijn bruto per maand. Bedragen per ",
      tijd(result.bedragen_per), `. Uw maandloon: ${result.maandloon_tekst} (dagloon ${result.dagloon_tekst}).`),
    ...(result.vakantiebijslag_tekst ? [maak("p", {}, result.vakantiebijslag_tekst)] : []));
  const meldingen = result.meldingen.length
    ? [maak("ul", { class: "sw-meldingen" }, ...result.meldingen.map((m) => maak("li", {}, m)))]
    : [];
  const aangekondigd = lijstBlok("sw-aangekondigd-kop", "Aangekondigd, nog geen wet", result.aangekondigd.punten);
  if (aangekondigd.length) {
    aangekondigd[0].append(maak("p", {}, "Stand op ", tijd(result.aangekondigd.stand),
      ". De bedragen hierboven volgen de wet van nu."));
  }
  return [
    samenvatting,
    ...meldingen,
    ...lijstBlok("sw-watnu-kop", "Wat nu?", result.wat_nu, "sw-watnu"),
    deelActies({ ics: result.ics || undefined, bestandsnaam: "spoorwijzer-wia-uitkering.ics" }),
    ...(result.fasen.length ? [fasenlijst(result)] : []),
    ...aangekondigd,
    bronnenLijst(result.bronnen),
  ];
}
