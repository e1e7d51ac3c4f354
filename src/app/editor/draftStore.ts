// The draft of an edit session, kept in IndexedDB after every change so that a reload or a crash
// loses nothing; offered again when the explorer next opens. It is kept as the dataset the session
// began with (written once) and the ops applied since (rewritten after each change): copying a
// 100k-record dataset into IndexedDB after every edit would cost more than the edit itself.
import { LiveDataset, type Op } from '../../edit/index.ts';
import type { Dataset } from '../../schema/index.ts';

const DB = 'stakeholder-graph-editor';
const STORE = 'drafts';
const KEY = 'current';
const BASE = 'base';

export interface Draft {
  readonly dataset: Dataset;
  /** When it was kept (ms since the epoch). */
  readonly keptAt: number;
  /** Changes not yet saved to a file. */
  readonly unsaved: boolean;
}

/** What is stored under KEY: the ops since the base, which is stored under BASE. */
interface StoredDraft {
  readonly ops: readonly Op[];
  readonly keptAt: number;
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

/** Records per stored piece of the base: each piece is copied into IndexedDB in a task of its own. */
const PIECE = 4096;
const LISTS = ['sources', 'nodes', 'edges'] as const;

/** The base without its lists, and how many pieces each list was stored in. */
type BaseShell = Omit<Dataset, (typeof LISTS)[number]> & { pieces: Record<(typeof LISTS)[number], number> };

/**
 * Keeps the dataset a session began with: once per session, before its first ops. Stored in
 * pieces, each in a transaction of its own, so that no one task copies a whole big dataset.
 */
export async function keepDraftBase(base: Dataset): Promise<unknown> {
  const { sources, nodes, edges, ...rest } = base;
  const pieces = { sources: 0, nodes: 0, edges: 0 };
  for (const list of LISTS) {
    const records = base[list] as readonly unknown[];
    for (let at = 0; at < records.length; at += PIECE) {
      const piece = records.slice(at, at + PIECE);
      await run('readwrite', (s) => s.put(piece, `${BASE}:${list}:${pieces[list]}`));
      pieces[list]++;
    }
  }
  const shell: BaseShell = { ...rest, pieces };
  return run('readwrite', (s) => s.put(shell, BASE));
}

async function readBase(): Promise<Dataset | undefined> {
  const shell = await run<BaseShell | undefined>('readonly', (s) => s.get(BASE));
  if (shell === undefined) return undefined;
  const { pieces, ...rest } = shell;
  const lists = { sources: [] as unknown[], nodes: [] as unknown[], edges: [] as unknown[] };
  for (const list of LISTS)
    for (let k = 0; k < pieces[list]; k++)
      lists[list].push(...(await run<unknown[]>('readonly', (s) => s.get(`${BASE}:${list}:${k}`))));
  return { ...rest, ...lists } as Dataset;
}

/** Keeps the ops applied since the base (undos included, as the ops that undid). */
export function keepDraft(draft: StoredDraft): Promise<unknown> {
  return run('readwrite', (s) => s.put(draft, KEY));
}

export async function readDraft(): Promise<Draft | undefined> {
  try {
    const stored = await run<StoredDraft | undefined>('readonly', (s) => s.get(KEY));
    const base = stored && (await readBase());
    if (stored === undefined || base === undefined || !Array.isArray(stored.ops)) return undefined;
    const live = new LiveDataset(base);
    // Ops that no longer fit (a base from another session) end the replay: what came before stays.
    try {
      for (const op of stored.ops) live.apply(op);
    } catch {
      // (The ops applied so far are kept.)
    }
    return { dataset: live.dataset, keptAt: stored.keptAt, unsaved: stored.unsaved };
  } catch {
    return undefined;
  }
}

export async function dropDraft(): Promise<unknown> {
  await run('readwrite', (s) => s.delete(KEY));
  // The base and its pieces ("base", "base:nodes:0"...).
  return run('readwrite', (s) => s.delete(IDBKeyRange.bound(BASE, `${BASE}:\uffff`)));
}
