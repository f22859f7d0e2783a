// The coach's clients, kept in this browser only: one IndexedDB object store keyed by label. Nothing here
// talks to a server. After the first save the page asks the browser to keep the data (`navigator.storage.persist`):
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

/** Store clients, all in one transaction: an import lands whole or not at all. */
export function bewaar(clienten) {
  return transactie("readwrite", (store) => { clienten.forEach((c) => store.put(c)); });
}

let persistGevraagd = null;

/**
 * Ask once per visit that the browser keep the store (after the first save): true when it will, false when it
 * may still clear it, null where it cannot say. Never awaited before the list is updated: Firefox asks the reader
 * in a prompt of its own, and the answer may never come.
 */
export function vraagVasteOpslag() {
  persistGevraagd ??= (async () => {
    try {
      if (await navigator.storage?.persisted?.()) return true;
      return navigator.storage?.persist ? await navigator.storage.persist() : null;
    } catch {
      return null;
    }
  })();
  return persistGevraagd;
}

export function verwijder(label) {
  return transactie("readwrite", (store) => store.delete(label));
}

export function wisAlles() {
  return transactie("readwrite", (store) => store.clear());
}
