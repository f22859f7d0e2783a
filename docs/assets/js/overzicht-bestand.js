// The overview's export file: JSON, optionally encrypted with a passphrase by the browser's own WebCrypto
// (PBKDF2-SHA256 derives an AES-GCM key; a random salt and IV per file are stored in it). No crypto of our
// own. Reading a file is all-or-nothing: any fault (a wrong passphrase, a broken or hostile file) throws one
// Dutch message and returns no clients, so the caller changes nothing.

import { clientFout } from "./overzicht-client.js";

const SOORT = "spoorwijzer-overzicht";
const VERSIE = 1;
// OWASP's figure for PBKDF2-HMAC-SHA256 (2023); a file asking for far more would only make the browser hang.
export const ITERATIES = 600_000;
const ITERATIES_MAX = 10_000_000;
const BESTAND_MAX = 2_000_000; // bytes: 500 clients with long links fit many times over
const CLIENTEN_MAX = 500; // what run("overzicht") computes at once

/** A plain error a reader can act on; everything else a file can throw is reported as a broken file. */
export class BestandFout extends Error {}

const tekst = new TextEncoder();

/** Base64 of bytes, made in pieces: one call with every byte as an argument overflows the stack for a full list. */
function naarBase64(bytes) {
  const alle = new Uint8Array(bytes);
  let tekens = "";
  for (let i = 0; i < alle.length; i += 0x8000) tekens += String.fromCharCode(...alle.subarray(i, i + 0x8000));
  return btoa(tekens);
}

function uitBase64(waarde, lengte) {
  if (typeof waarde !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(waarde)) throw new BestandFout("Het bestand is beschadigd.");
  const bytes = Uint8Array.from(atob(waarde), (teken) => teken.charCodeAt(0));
  if (lengte && bytes.length !== lengte) throw new BestandFout("Het bestand is beschadigd.");
  return bytes;
}

async function sleutel(wachtwoord, zout, iteraties) {
  const basis = await crypto.subtle.importKey("raw", tekst.encode(wachtwoord), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: zout, iterations: iteraties },
    basis, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

/** The file's text for these clients; encrypted when a passphrase is given. */
export async function maakBestand(clienten, wachtwoord = "") {
  const lijst = clienten.map(({ label, rekenhulp, params }) => ({ label, rekenhulp, params }));
  if (!wachtwoord) return JSON.stringify({ soort: SOORT, versie: VERSIE, clienten: lijst }, null, 1);
  const zout = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const gegevens = await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await sleutel(wachtwoord, zout, ITERATIES),
    tekst.encode(JSON.stringify(lijst)));
  return JSON.stringify({
    soort: SOORT, versie: VERSIE,
    versleuteld: { kdf: "PBKDF2-SHA256", iteraties: ITERATIES, zout: naarBase64(zout), iv: naarBase64(iv), gegevens: naarBase64(gegevens) },
  }, null, 1);
}

function precies(object, sleutels, wat) {
  if (!object || typeof object !== "object" || Array.isArray(object)) throw new BestandFout(`${wat} ontbreekt in het bestand.`);
  const extra = Object.keys(object).filter((sleutel) => !sleutels.includes(sleutel));
  if (extra.length) throw new BestandFout(`Het bestand bevat een onbekend gegeven (${extra[0].slice(0, 40)}).`);
}

async function ontsleutel(versleuteld, wachtwoord) {
  precies(versleuteld, ["kdf", "iteraties", "zout", "iv", "gegevens"], "De versleuteling");
  const { kdf, iteraties } = versleuteld;
  if (kdf !== "PBKDF2-SHA256" || !Number.isInteger(iteraties) || iteraties < ITERATIES || iteraties > ITERATIES_MAX) {
    throw new BestandFout("Dit bestand is op een manier versleuteld die deze pagina niet kent.");
  }
  if (!wachtwoord) throw new BestandFout("Dit bestand is versleuteld. Vul het wachtwoord van het bestand in.");
  const zout = uitBase64(versleuteld.zout, 16);
  const iv = uitBase64(versleuteld.iv, 12);
  const gegevens = uitBase64(versleuteld.gegevens);
  let open;
  try {
    open = await crypto.subtle.decrypt({ name: "AES-GCM", iv }, await sleutel(wachtwoord, zout, iteraties), gegevens);
  } catch {
    throw new BestandFout("Het wachtwoord klopt niet, of het bestand is veranderd.");
  }
  try {
    return JSON.parse(new TextDecoder().decode(open));
  } catch {
    throw new BestandFout("Het bestand is beschadigd.");
  }
}

/** The clients in a file's text (checked one by one, labels unique), or a BestandFout. */
export async function leesBestand(inhoud, wachtwoord = "") {
  if (typeof inhoud !== "string" || inhoud.length > BESTAND_MAX) throw new BestandFout("Dit bestand is te groot voor een exportbestand van het overzicht.");
  let bestand;
  try {
    bestand = JSON.parse(inhoud);
  } catch {
    throw new BestandFout("Dit is geen exportbestand van het overzicht (het is geen leesbaar bestand).");
  }
  if (!bestand || typeof bestand !== "object" || bestand.soort !== SOORT) {
    throw new BestandFout("Dit is geen exportbestand van het overzicht.");
  }
  if (bestand.versie !== VERSIE) throw new BestandFout("Dit exportbestand komt van een andere versie van het overzicht.");
  precies(bestand, "versleuteld" in bestand ? ["soort", "versie", "versleuteld"] : ["soort", "versie", "clienten"], "De lijst");
  const clienten = "versleuteld" in bestand ? await ontsleutel(bestand.versleuteld, wachtwoord) : bestand.clienten;
  if (!Array.isArray(clienten)) throw new BestandFout("De lijst met cliënten ontbreekt in het bestand.");
  if (clienten.length > CLIENTEN_MAX) throw new BestandFout(`Het bestand bevat meer dan ${CLIENTEN_MAX} cliënten.`);
  const gezien = new Set();
  for (const client of clienten) {
    const fout = clientFout(client);
    if (fout) throw new BestandFout(`${fout} Er is niets geïmporteerd.`);
    if (gezien.has(client.label.trim())) throw new BestandFout(`Het label ${client.label} staat twee keer in het bestand.`);
    gezien.add(client.label.trim());
  }
  return clienten.map(({ label, rekenhulp, params }) => ({ label: label.trim(), rekenhulp, params: { ...params } }));
}
