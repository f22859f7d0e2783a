// View of the "wia_indicatie" calculator: the percentage, the likely outcome and what it means.
import { beschrijving, bronnenLijst, deelActies, invoerAdres, kop, maak } from "./rekenhulp.js";

/** The WIA benefit for this outcome, with the percentage and "duurzaam" already filled in. */
function naarUitkering(result) {
  if (result.uitkomst === "geen_wia") return [];
  const zoek = new URLSearchParams({ arbeidsongeschiktheid: result.percentage_tekst, duurzaam: result.duurzaam === "ja" ? "ja" : "nee" });
  return [maak("p", { class: "sw-dossierlink sw-verder" }, "Hoeveel krijgt u en hoe lang? ",
    maak("a", { href: invoerAdres("../wia-uitkering/", zoek), "data-wia-uitkering": "" }, "Bereken uw WIA-uitkering"),
    ", met dit percentage al ingevuld.")];
}

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
    ...naarUitkering(result),
    bronnenLijst(result.bronnen),
  ];
}
