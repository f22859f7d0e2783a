// View of the "passend_werk" calculator: shows only the fields that fit the chosen situation (the
// question about a refused WIA only with WW), and renders the phase with what counts as passend, UWV's practice for spoor 2 (not a phase), travel time, refusing and its cost.
import { beschrijving, bronnenLijst, deelActies, kop, leesVelden, maak, tijd, vulVeldenIn } from "./rekenhulp.js";

function toonStartveld(form) {
  const situatie = form.elements.namedItem("situatie").value;
  form.querySelector("[data-bij=werkgever]").hidden = situatie !== "werkgever";
  form.querySelector("[data-bij=uitkering]").hidden = !(situatie === "ziektewet" || situatie === "ww");
  form.querySelector("[data-bij=ww]").hidden = situatie !== "ww";
}

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
  ];
  if (result.volgende_fase_op) paren.push(["Volgende fase", maak("span", {}, "Vanaf ", tijd(result.volgende_fase_op), ".")]);
  return [
    maak("div", { class: "sw-samenvatting" },
      kop(result.fase_titel),
      maak("p", { "data-fase": result.fase }, "Op ", tijd(result.peildatum), " geldt deze fase.")),
    beschrijving(paren),
    deelActies(),
    bronnenLijst(result.bronnen),
  ];
}
