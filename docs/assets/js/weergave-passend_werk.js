// View of the "passend_werk" calculator: shows only the fields that fit the chosen situation (the
// question about a refused WIA only with WW, the birth date only with an employer), and renders the phase with what counts
// as passend, UWV's practice for spoor 2 (not a phase), travel time, refusing and its cost per phase, what the AOW age
// changes, and how the months of a benefit are counted.
import { beschrijving, bronnenLijst, deelActies, kop, leesVelden, maak, tijd, vulVeldenIn } from "./rekenhulp.js";

function toonStartveld(form) {
  const situatie = form.elements.namedItem("situatie").value;
  const zichtbaar = { werkgever: situatie === "werkgever", uitkering: situatie === "ziektewet" || situatie === "ww", ww: situatie === "ww" };
  for (const veld of form.querySelectorAll("[data-bij]")) veld.hidden = !zichtbaar[veld.dataset.bij];
}

// Where the page explains what refusing costs, relative to /rekenhulp/passend-werk/.
const MEER_OVER_GEVOLGEN = {
  werkgever: ["../../werknemer/#gevolgen", "Meer over de gevolgen van niet meewerken"],
  uitkering: ["../../passend-werk/#gevolgen-uitkering", "Meer over weigeren met een uitkering"],
};

export function opzet(form) {
  form.addEventListener("change", () => toonStartveld(form));
  toonStartveld(form);
}

export function vulIn(form, zoek) {
  vulVeldenIn(form, zoek);
  toonStartveld(form);
}

export function verzamel(form) {
  return leesVelden(form, (naam) => !form.querySelector(`[name="${naam}"]`)?.closest("[hidden]"));
}

export function toon(result) {
  const paren = [
    ["Wat is nu passend werk?", result.passend],
    ...(result.let_op ? [["Let op", result.let_op]] : []),
    ...(result.spoor2_praktijk ? [["Spoor 2 in de praktijk van UWV", result.spoor2_praktijk]] : []),
    ["Reistijd", result.reistijd],
    ["Wat mag u weigeren?", result.weigeren],
    ["Wat kost weigeren zonder goede reden?", result.gevolgen],
    ...(result.aow ? [["AOW-leeftijd", result.aow]] : []),
    ...(result.maanden_telling ? [["Welke maanden tellen mee?", result.maanden_telling]] : []),
  ];
  const [href, tekst] = MEER_OVER_GEVOLGEN[result.situatie === "werkgever" ? "werkgever" : "uitkering"];
  if (result.volgende_fase_op) paren.push(["Volgende fase", maak("span", {}, "Vanaf ", tijd(result.volgende_fase_op), ".")]);
  return [
    maak("div", { class: "sw-samenvatting" },
      kop(result.fase_titel),
      maak("p", { "data-fase": result.fase }, "Op ", tijd(result.peildatum), " geldt deze fase.")),
    beschrijving(paren),
    maak("p", { class: "sw-verder" }, maak("a", { href }, tekst)),
    deelActies(),
    bronnenLijst(result.bronnen),
  ];
}
