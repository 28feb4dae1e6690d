/**
 * The device-side copy of every commit. localStorage is written synchronously (it survives a
 * closing tab); IndexedDB survives a browser killed seconds later, which localStorage may not.
 * The newest entry wins when they disagree.
 */
export type JournalEntry = {
  attemptId: string;
  session: string;
  seq: number;
  body: string;
  /** Highest seq the server confirmed for this attempt. */
  confirmedSeq: number;
};

const DB_NAME = "integrity-academy";
const STORE = "journal";

let dbPromise: Promise<IDBDatabase | null> | null = null;

function openDb(): Promise<IDBDatabase | null> {
  if (typeof indexedDB === "undefined") return Promise.resolve(null);
  dbPromise ??= new Promise((resolve) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
  });
  return dbPromise;
}

const storageKey = (key: string) => `ia:journal:${key}`;

export function writeJournal(key: string, entry: JournalEntry) {
  try {
    localStorage.setItem(storageKey(key), JSON.stringify(entry));
  } catch {
    // Quota or private mode: IndexedDB below still has a chance.
  }
  void openDb().then((db) => {
    if (!db) return;
    try {
      db.transaction(STORE, "readwrite").objectStore(STORE).put(entry, key);
    } catch {
      // A closing page may refuse new transactions; localStorage already holds the entry.
    }
  });
}

export async function readJournal(key: string): Promise<JournalEntry | null> {
  let fromStorage: JournalEntry | null = null;
  try {
    const raw = localStorage.getItem(storageKey(key));
    fromStorage = raw ? (JSON.parse(raw) as JournalEntry) : null;
  } catch {
    fromStorage = null;
  }
  const db = await openDb();
  const fromDb = db
    ? await new Promise<JournalEntry | null>((resolve) => {
        try {
          const request = db.transaction(STORE).objectStore(STORE).get(key);
          request.onsuccess = () => resolve((request.result as JournalEntry | undefined) ?? null);
          request.onerror = () => resolve(null);
        } catch {
          resolve(null);
        }
      })
    : null;
  if (!fromStorage) return fromDb;
  if (!fromDb) return fromStorage;
  return fromDb.seq > fromStorage.seq || (fromDb.seq === fromStorage.seq && fromDb.confirmedSeq > fromStorage.confirmedSeq) ? fromDb : fromStorage;
}
