// The coach's clients, kept in this browser only: one IndexedDB object store keyed by label. Nothing here
// talks to a server. On the first save the page asks the browser to keep the data (`navigator.storage.persist`):
// without it a browser may clear the store when space runs low (Safari also after 7 days without a visit,
// which persist does not prevent; the page says so, and that the export file is the backup).

const DATABASE = "spoorwijzer-overzicht";
const STORE = "clienten";

let open = null;

function database() {
  open ??= new Promise((klaar, mislukt) => {
    const verzoek = indexedDB.open(DATABASE, 1);
    verzoek.onupgradeneeded = () => verzoek.result.createObjectStore(STORE, { keyPath: "label" });
    verzoek.onsuccess = () => klaar(verzoek.result);
    verzoek.onerror = () => mislukt(verzoek.error);
  });
  return open;
}

/** One transaction over the store; resolves when it is committed (not merely when the request succeeded). */
async function transactie(modus, werk) {
  const db = await database();
  return new Promise((klaar, mislukt) => {
    const tx = db.transaction(STORE, modus);
    let uitkomst;
    const verzoek = werk(tx.objectStore(STORE));
    if (verzoek) verzoek.onsuccess = () => { uitkomst = verzoek.result; };
    tx.oncomplete = () => klaar(uitkomst);
    tx.onerror = () => mislukt(tx.error);
    tx.onabort = () => mislukt(tx.error);
  });
}

/** Every client, in label order (the store's key order). */
export function alleClienten() {
  return transactie("readonly", (store) => store.getAll());
}

/** The client with this label, or undefined. */
export function client(label) {
  return transactie("readonly", (store) => store.get(label));
}

let persistGevraagd = false;

/**
 * Store clients (all in one transaction: an import lands whole or not at all). The first save of a visit
 * asks for persistent storage; returns whether the browser grants it (null where it cannot say).
 */
export async function bewaar(clienten) {
  await transactie("readwrite", (store) => { clienten.forEach((c) => store.put(c)); });
  if (persistGevraagd) return null;
  persistGevraagd = true;
  try {
    return (await navigator.storage?.persisted?.()) || (await navigator.storage?.persist?.()) || false;
  } catch {
    return null;
  }
}

export function verwijder(label) {
  return transactie("readwrite", (store) => store.delete(label));
}

export function wisAlles() {
  return transactie("readwrite", (store) => store.clear());
}
