// The draft of an edit session, kept in IndexedDB after every change so that a reload or a crash
// loses nothing; offered again when the explorer next opens.
import type { Dataset } from '../../schema/index.ts';

const DB = 'stakeholder-graph-editor';
const STORE = 'drafts';
const KEY = 'current';

export interface Draft {
  readonly dataset: Dataset;
  /** When it was kept (ms since the epoch). */
  readonly keptAt: number;
  /** Changes not yet saved to a file. */
  readonly unsaved: boolean;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export function keepDraft(draft: Draft): Promise<unknown> {
  return run('readwrite', (s) => s.put(draft, KEY));
}

export async function readDraft(): Promise<Draft | undefined> {
  try {
    return (await run<Draft | undefined>('readonly', (s) => s.get(KEY))) ?? undefined;
  } catch {
    return undefined;
  }
}

export function dropDraft(): Promise<unknown> {
  return run('readwrite', (s) => s.delete(KEY));
}
