// View of the "wia_indicatie" calculator: the percentage, the likely outcome and what it means.
import { beschrijving, bronnenLijst, deelActies, kop, maak } from "./rekenhulp.js";

export function toon(result) {
  return [
    maak("div", { class: "sw-samenvatting" },
      kop(`${result.percentage_tekst}% arbeidsongeschikt: ${result.titel}`),
      maak("p", { "data-uitkomst": result.uitkomst }, result.betekenis)),
    beschrijving([
      ["Wie betaalt?", result.wie_betaalt],
      ["Hoe hoog ongeveer?", result.hoogte],
      ["Wat moet u nog doen?", result.verplichtingen],
    ]),
    maak("p", {}, "Dit is een indicatie. UWV stelt uw percentage vast na onderzoek door de verzekeringsarts en de arbeidsdeskundige."),
    deelActies(),
    bronnenLijst(result.bronnen),
  ];
}
