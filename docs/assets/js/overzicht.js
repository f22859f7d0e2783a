// The coach's overview (rekenhulp/overzicht/): clients kept in this browser (overzicht-opslag.js), the list
// computed by Python in the calculators' own worker (`run("overzicht")` through `bereken`), an export file as the
// backup (overzicht-bestand.js). Nothing a coach types or stores is sent anywhere: the forms never submit, and the
// links to a client's full result carry the data after `#invoer:`, which a browser keeps to itself.
//
// The list is what Python returns, in its order (most urgent first): this file never sorts or judges a deadline.
// Each client is a card (a list item), so it reads the same on a 320 px phone and on paper.

import { alleClienten, bewaar, verwijder, vraagVasteOpslag, wisAlles } from "./overzicht-opslag.js";
import { clientUitLink, labelFout, lijktOpNaam } from "./overzicht-client.js";
import { BestandFout, leesBestand, maakBestand } from "./overzicht-bestand.js";
import { bereken, beschrijving, invoerAdres, maak, tijd, vandaag, volgRuntime, zoekTekst } from "./rekenhulp.js";

const MAP = new URL("../../rekenhulp/", import.meta.url);
let agenda = null; // the object URL of the current .ics, revoked when the list is drawn again

/** The address of a client's full result: the calculator page with its fields after #invoer:. */
function resultaatLink({ rekenhulp, params }) {
  return invoerAdres(new URL(`${rekenhulp}/`, MAP).pathname, zoekTekst(params));
}

/** "nog 12 dagen", "nog 1 dag", "vandaag". */
function dagenTekst(dagen) {
  if (dagen === 0) return "vandaag";
  return `nog ${dagen} ${dagen === 1 ? "dag" : "dagen"}`;
}

function bron(item) {
  return item.bron ? maak("a", { href: item.bron, rel: "noopener" }, item.bron_label || "bron") : "";
}

/** One client as a card: label (a link to the full result), urgency in words, then what Python found. */
function kaart(rij, client) {
  const kop = maak("h3", { class: "sw-client-kop" },
    maak("a", { href: resultaatLink(client), "data-resultaat-link": "" }, rij.label), " ",
    maak("span", { class: "sw-urgentie" }, rij.urgentie_tekst));
  const delen = [kop];
  if (!rij.ok) {
    delen.push(maak("p", {}, "Deze gegevens kloppen niet. Open de uitkomst via het label en verbeter ze daar:"),
      maak("ul", {}, ...(rij.fouten || []).map((fout) => maak("li", {}, fout.melding))));
  } else {
    const paren = [];
    if (rij.huidige_week !== null && rij.huidige_week !== undefined) paren.push(["Ziek in", `week ${rij.huidige_week}`]);
    if (rij.volgende) {
      const v = rij.volgende;
      paren.push(["Volgende termijn", maak("span", { "data-volgende": v.id },
        `${v.titel}: `, tijd(v.datum), ` (${dagenTekst(v.dagen)}). `, bron(v))]);
    } else {
      paren.push(["Volgende termijn", rij.achterstallig?.length
        ? "Geen datum meer vooruit: eerst wat te laat is (hieronder)." : "Geen termijn meer."]);
    }
    if (rij.dossier) paren.push(["Dossier", maak("span", { "data-dossier": rij.dossier.status || "" }, rij.dossier.tekst)]);
    delen.push(beschrijving(paren));
    if (rij.achterstallig?.length) {
      delen.push(maak("div", { class: "sw-te-laat", "data-achterstallig": "" },
        maak("p", {}, maak("strong", {}, "Te laat, maar nog iets aan te doen:")),
        maak("ul", {}, ...rij.achterstallig.map((item) => maak("li", { "data-id": item.id },
          maak("strong", {}, `${item.titel}: `), tijd(item.datum),
          ` (${item.dagen_te_laat} ${item.dagen_te_laat === 1 ? "dag" : "dagen"} te laat). `,
          bron(item), ...watNu(item.wat_nu))))));
    }
  }
  const weg = maak("button", { type: "button", class: "md-button sw-verwijder", "data-verwijder": "" }, `${rij.label} verwijderen`);
  delen.push(maak("p", { class: "sw-knoppen" }, weg));
  return maak("li", { class: "sw-client", "data-label": rij.label, "data-urgentie": String(rij.urgentie) }, ...delen);
}

/** What to do now about an overdue step: one text, or one per role (the dossiercheck's "werknemer"/"werkgever").
 * Folded away behind "Wat nu?": the list is for seeing at a glance who needs what; a client with four overdue
 * steps took two phone screens with these texts open. */
function watNu(wat) {
  if (!wat) return [];
  const inhoud = typeof wat === "string" ? [maak("p", {}, wat)]
    : [maak("ul", {}, ...Object.entries(wat).map(([rol, tekst]) =>
      maak("li", {}, maak("strong", {}, `${rol[0].toUpperCase()}${rol.slice(1)}: `), String(tekst))))];
  return [maak("details", { class: "sw-stap-meer sw-wat-nu" }, maak("summary", {}, "Wat nu?"), ...inhoud)];
}

/** A file for the reader to keep, by a download link clicked for them. */
function download(inhoud, naam, type) {
  const adres = URL.createObjectURL(new Blob([inhoud], { type }));
  const link = maak("a", { href: adres, download: naam, hidden: "" });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(adres), 60_000);
}

/** Messages beside the fields of a form (as the calculators show them), the first field focused. */
function toonVeldFouten(form, fouten) {
  wisVeldFouten(form);
  fouten.forEach(({ veld, melding }, i) => {
    const invoer = form.querySelector(`[data-veld="${veld}"]`);
    const id = `fout-overzicht-${i}`;
    const regel = maak("p", { class: "sw-fout", id }, maak("span", { class: "sw-onzichtbaar" }, "Fout: "), melding);
    invoer.before(regel);
    invoer.setAttribute("aria-invalid", "true");
    invoer.setAttribute("aria-describedby", `${invoer.getAttribute("aria-describedby")} ${id}`.trim());
  });
  form.querySelector(`[data-veld="${fouten[0].veld}"]`)?.focus();
}

function wisVeldFouten(form) {
  form.querySelectorAll(".sw-fout").forEach((regel) => regel.remove());
  form.querySelectorAll("[aria-invalid]").forEach((invoer) => {
    invoer.removeAttribute("aria-invalid");
    const rest = invoer.getAttribute("aria-describedby").split(" ").filter((id) => !id.startsWith("fout-overzicht-"));
    invoer.setAttribute("aria-describedby", rest.join(" "));
  });
}

/** The client the add form describes, or the messages per field. A date is read by Python (the tijdlijn's
 * own reading), so "6 jan 2025" and "6-1-25" are taken as on the calculator pages. */
async function leesFormulier(form, bestaand) {
  const waarde = (veld) => form.querySelector(`[data-veld="${veld}"]`).value.trim();
  const label = waarde("label");
  const link = waarde("link");
  const datum = waarde("eerste_ziektedag");
  const fouten = [];
  const labelMelding = labelFout(label);
  if (labelMelding) fouten.push({ veld: "label", melding: labelMelding });
  else if (bestaand.has(label)) {
    fouten.push({ veld: "label", melding: `${label} staat al in uw overzicht. Kies een ander label, of verwijder eerst de oude.` });
  }
  let client = null;
  if (link && datum) {
    fouten.push({ veld: "eerste_ziektedag", melding: "Vul een link óf een eerste ziektedag in, niet allebei." });
  } else if (link) {
    const gelezen = clientUitLink(link);
    if (gelezen.fout) fouten.push({ veld: "link", melding: gelezen.fout });
    else client = { label, ...gelezen };
  } else if (datum) {
    const result = await bereken("tijdlijn", { eerste_ziektedag: datum, vandaag: vandaag() });
    if (result.ok) client = { label, rekenhulp: "tijdlijn", params: { eerste_ziektedag: datum } };
    else fouten.push(...(result.fouten || []).map((fout) => ({ veld: "eerste_ziektedag", melding: fout.melding })));
  } else {
    fouten.push({ veld: "link", melding: "Plak een link naar de uitkomst, of vul de eerste ziektedag in." });
  }
  return fouten.length ? { fouten } : { client };
}

export function koppelOverzicht(sectie) {
  if (sectie.dataset.gekoppeld) return;
  sectie.dataset.gekoppeld = "ja";
  volgRuntime(sectie);
  const vind = (selector) => sectie.querySelector(selector);
  const formulier = vind("[data-client-formulier]");
  const lijst = vind("[data-clienten]");
  const lijstMelding = vind("[data-lijst-melding]");
  const acties = vind("[data-lijst-acties]");
  let clienten = [];
  let getekend = 0;

  async function teken() {
    const nummer = ++getekend;
    clienten = await alleClienten();
    if (!clienten.length) {
      lijst.replaceChildren();
      acties.hidden = true;
      lijstMelding.textContent = "Nog geen cliënten. Voeg hierboven de eerste toe.";
      sectie.dataset.getoond = "0";
      return;
    }
    const result = await bereken("overzicht", { clienten, vandaag: vandaag() });
    if (nummer !== getekend) return; // a later change drew the list again
    if (!result.ok) {
      lijst.replaceChildren();
      acties.hidden = true;
      lijstMelding.textContent = `Het overzicht kon niet worden berekend: ${(result.fouten || []).map((f) => f.melding).join(" ")}`;
      return;
    }
    const perLabel = new Map(clienten.map((c) => [c.label, c]));
    lijst.replaceChildren(...result.clienten.map((rij) => kaart(rij, perLabel.get(rij.label))));
    lijstMelding.replaceChildren(`${result.clienten.length} ${result.clienten.length === 1 ? "cliënt" : "cliënten"}, `
      + "wie het eerst aandacht nodig heeft bovenaan. Berekend op ", tijd(result.peildatum), ".");
    if (agenda) URL.revokeObjectURL(agenda);
    agenda = URL.createObjectURL(new Blob([result.ics], { type: "text/calendar;charset=utf-8" }));
    const afdrukken = maak("button", { type: "button", class: "md-button" }, "Afdrukken");
    afdrukken.addEventListener("click", () => window.print());
    acties.replaceChildren(maak("a", { class: "md-button md-button--primary", href: agenda, download: "spoorwijzer-clienten.ics", "data-ics": "" },
      "Alle termijnen in mijn agenda (.ics)"), afdrukken);
    acties.hidden = false;
    sectie.dataset.getoond = String(result.clienten.length);
  }

  formulier.addEventListener("submit", async (gebeurtenis) => {
    gebeurtenis.preventDefault();
    const melding = vind("[data-toevoeg-melding]");
    melding.textContent = "";
    wisVeldFouten(formulier);
    const { client, fouten } = await leesFormulier(formulier, new Set((await alleClienten()).map((c) => c.label)));
    if (fouten) {
      toonVeldFouten(formulier, fouten);
      return;
    }
    // A name in a label would travel into the export file and the coach's calendar: ask once, then respect the answer.
    if (lijktOpNaam(client.label) && formulier.dataset.naamToch !== client.label) {
      formulier.dataset.naamToch = client.label;
      toonVeldFouten(formulier, [{ veld: "label", melding: `${client.label} lijkt op een naam. Gebruik liever initialen `
        + "of een schuilnaam die alleen u begrijpt. Is het geen naam? Klik dan nog een keer op Cliënt toevoegen." }]);
      return;
    }
    delete formulier.dataset.naamToch;
    await bewaar([client]);
    formulier.reset();
    melding.textContent = `${client.label} staat in uw overzicht.`;
    vraagVasteOpslag().then((vast) => {
      if (vast === false && melding.textContent.startsWith(client.label)) {
        melding.textContent += " Let op: deze browser kan de lijst zelf wissen. Maak een export als reservekopie.";
      }
    });
    await teken();
  });

  lijst.addEventListener("click", async (gebeurtenis) => {
    const knop = gebeurtenis.target.closest?.("[data-verwijder]");
    if (!knop) return;
    const label = knop.closest("[data-label]").dataset.label;
    if (!window.confirm(`${label} verwijderen uit uw overzicht? Dit kan niet ongedaan worden.`)) return;
    await verwijder(label);
    await teken();
    lijstMelding.prepend(`${label} is verwijderd. `);
    vind("#lijst").setAttribute("tabindex", "-1");
    vind("#lijst").focus();
  });

  const exportFormulier = vind("[data-export]");
  async function exporteer() {
    const melding = vind("[data-export-melding]");
    const wachtwoord = vind("#export_wachtwoord").value;
    const alle = await alleClienten();
    if (!alle.length) {
      melding.textContent = "Er zijn nog geen cliënten om te exporteren.";
      return false;
    }
    download(await maakBestand(alle, wachtwoord), `spoorwijzer-overzicht-${vandaag()}.json`, "application/json");
    vind("#export_wachtwoord").value = "";
    melding.textContent = `Het exportbestand met ${alle.length} ${alle.length === 1 ? "cliënt" : "cliënten"} staat in uw downloads${
      wachtwoord ? ", versleuteld met uw wachtwoord" : ", zonder wachtwoord: bewaar het veilig"}.`;
    return true;
  }
  exportFormulier.addEventListener("submit", (gebeurtenis) => {
    gebeurtenis.preventDefault();
    exporteer();
  });

  vind("[data-import]").addEventListener("submit", async (gebeurtenis) => {
    gebeurtenis.preventDefault();
    const melding = vind("[data-import-melding]");
    melding.textContent = "";
    const bestand = vind("#import_bestand").files[0];
    if (!bestand) {
      melding.textContent = "Kies eerst een exportbestand.";
      return;
    }
    let nieuw;
    try {
      if (bestand.size > 2_000_000) throw new BestandFout("Dit bestand is te groot voor een exportbestand van het overzicht.");
      nieuw = await leesBestand(await bestand.text(), vind("#import_wachtwoord").value);
    } catch (fout) {
      const uitleg = fout instanceof BestandFout ? fout.message : "Het bestand kon niet worden gelezen.";
      melding.textContent = `${uitleg} Er is niets veranderd.`;
      return;
    }
    const bestaand = new Map((await alleClienten()).map((c) => [c.label, c]));
    const telling = { nieuw: 0, vervangen: 0, gelijk: 0, gehouden: 0 };
    const opslaan = [];
    for (const client of nieuw) {
      const oud = bestaand.get(client.label);
      if (!oud) {
        telling.nieuw += 1;
        opslaan.push(client);
      } else if (gelijk(oud, client)) {
        telling.gelijk += 1;
      } else if (window.confirm(`${client.label} staat al in uw overzicht, met andere gegevens. `
        + "Vervangen door de gegevens uit het bestand? (OK: vervangen. Annuleren: uw eigen gegevens houden.)")) {
        telling.vervangen += 1;
        opslaan.push(client);
      } else {
        telling.gehouden += 1;
      }
    }
    if (opslaan.length) {
      await bewaar(opslaan);
      vraagVasteOpslag();
    }
    vind("#import_wachtwoord").value = "";
    melding.textContent = `Geïmporteerd: ${telling.nieuw} nieuw, ${telling.vervangen} vervangen, `
      + `${telling.gelijk} al gelijk, ${telling.gehouden} niet vervangen.`;
    await teken();
  });

  const bevestig = vind("[data-wis-bevestig]");
  const wisMelding = vind("[data-wis-melding]");
  vind("[data-wis-alles]").addEventListener("click", () => {
    bevestig.hidden = false;
    wisMelding.textContent = "";
    vind("[data-wis-export]").focus();
  });
  vind("[data-wis-export]").addEventListener("click", async () => {
    if (await exporteer()) wisMelding.textContent = "De export is gemaakt. Wist u nu alles?";
  });
  vind("[data-wis-nee]").addEventListener("click", () => {
    bevestig.hidden = true;
    wisMelding.textContent = "Er is niets gewist.";
    vind("[data-wis-alles]").focus();
  });
  vind("[data-wis-ja]").addEventListener("click", async () => {
    await wisAlles();
    bevestig.hidden = true;
    wisMelding.textContent = "Alle cliënten zijn uit deze browser gewist. Exportbestanden die u maakte, wist u zelf.";
    vind("[data-wis-alles]").focus();
    await teken();
  });

  teken();
}

/** Whether two clients hold the same data (an import that brings nothing new asks nothing). */
function gelijk(a, b) {
  const vorm = (c) => JSON.stringify([c.rekenhulp, Object.entries(c.params).sort(([x], [y]) => x.localeCompare(y))]);
  return vorm(a) === vorm(b);
}
