// What one client of the coach's overview is, as data: a label, the calculator its data belong to and
// that calculator's fields exactly as a share link carries them. The rules live here once, so the form,
// the storage and an imported file judge a client alike (an import is as untrusted as anything typed).

import { invoerVan } from "./rekenhulp.js";

/** The calculators whose share links the overview reads (the last segment of the link's path). */
export const REKENHULPEN = ["tijdlijn", "dossiercheck"];

// Fields a link may carry that are not the client's data: the rules it was made with, an example flag, and
// a date to compute on (the overview computes every client on the coach's own today).
const NIET_BEWAARD = new Set(["regels", "voorbeeld", "peildatum"]);

// A pseudonym or initials: letters, digits, space and - _ . / only. No < > & " ' ( ) = : so a label can never
// be read as markup or a formula in whatever a coach pastes it into; a name-like string still fits, so the
// page says plainly not to type names.
const LABEL = /^[\p{L}\p{N}][\p{L}\p{N} _./-]*$/u;
export const LABEL_MAX = 40;

// Limits that keep a pasted link or an imported file from filling the device: a real share link carries
// a few dozen fields of a few dozen characters.
const VELDEN_MAX = 60;
const NAAM = /^[a-z][a-z0-9_]{0,39}$/;
const WAARDE_MAX = 500;

/** The Dutch message for a label that may not be stored, or "" for a good one. */
export function labelFout(label) {
  if (typeof label !== "string" || !label.trim()) return "Vul een label in: een schuilnaam of initialen.";
  if (label.trim().length > LABEL_MAX) return `Een label heeft hooguit ${LABEL_MAX} tekens.`;
  if (!LABEL.test(label.trim())) {
    return "Een label mag alleen letters, cijfers, spaties en - _ . / bevatten, en begint met een letter of cijfer.";
  }
  return "";
}

// A word like a first or last name: a capital and at least two small letters ("Jan", "Jansen"; not "K7" or "Kl-12").
const NAAMWOORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** Whether a label looks like a name, so the page asks before it stores one (a question, not a refusal: "Team"
 * is a word like a name too). */
export function lijktOpNaam(label) {
  return String(label).split(/[\s_./-]+/).some((woord) => NAAMWOORD.test(woord));
}

/** The message for a client's fields that may not be stored, or "". */
function veldenFout(params) {
  if (!params || typeof params !== "object" || Array.isArray(params)) return "De gegevens van de cliënt ontbreken.";
  const velden = Object.entries(params);
  if (!velden.length) return "De link bevat geen gegevens van een berekening.";
  if (velden.length > VELDEN_MAX) return "De link bevat te veel velden.";
  for (const [naam, waarde] of velden) {
    if (!NAAM.test(naam) || NIET_BEWAARD.has(naam)) return `Onbekend veld in de gegevens: ${naam.slice(0, 40)}.`;
    if (typeof waarde !== "string" || waarde.length > WAARDE_MAX) return `Het veld ${naam} is geen korte tekst.`;
  }
  return "";
}

/** The message for a whole client record (from the form's result or from a file), or "". */
export function clientFout(client) {
  if (!client || typeof client !== "object" || Array.isArray(client)) return "Een cliënt is geen geldig gegeven.";
  const extra = Object.keys(client).filter((sleutel) => !["label", "rekenhulp", "params"].includes(sleutel));
  if (extra.length) return `Onbekend gegeven bij een cliënt: ${extra[0].slice(0, 40)}.`;
  const fout = labelFout(client.label);
  if (fout) return fout;
  if (!REKENHULPEN.includes(client.rekenhulp)) return `Cliënt ${client.label}: onbekende rekenhulp.`;
  const velden = veldenFout(client.params);
  return velden ? `Cliënt ${client.label}: ${velden}` : "";
}

/**
 * A pasted share link as {rekenhulp, params}, or {fout} in Dutch. The path's last segment names the
 * calculator, the fields come from the fragment `#invoer:…` or an older link's query (`invoerVan`, the
 * calculator pages' own reading). Any host is accepted (a link made on another copy of the site reads the
 * same); nothing is ever fetched from it.
 */
export function clientUitLink(tekst) {
  let adres;
  try {
    adres = new URL(String(tekst).trim());
  } catch {
    return { fout: "Dit is geen link. Plak de hele link, die begint met https://." };
  }
  const delen = adres.pathname.split("/").filter(Boolean);
  const rekenhulp = delen.at(-1);
  if (delen.at(-2) !== "rekenhulp" || !REKENHULPEN.includes(rekenhulp)) {
    return { fout: "Dit is geen link naar Mijn tijdlijn of de dossiercheck. Kopieer de link bij een uitkomst van een van die twee." };
  }
  const params = {};
  for (const [naam, waarde] of invoerVan(adres)) {
    if (!NIET_BEWAARD.has(naam) && waarde.trim() !== "") params[naam] = waarde.trim();
  }
  const fout = veldenFout(params);
  return fout ? { fout } : { rekenhulp, params };
}
