// The messages between the main thread and the load worker: a request in, progress and slices out.
import type { ImportReport } from '../../import/index.ts';
import type { EdgeRecord, NodeRecord, Source } from '../../schema/index.ts';

/** Where a dataset comes from. URLs must be absolute (the worker resolves against its own URL). */
export type LoadSource =
  /** A file to fetch (`?file=`); JSON source files are fetched relative to it. */
  | { readonly kind: 'url'; readonly url: string; readonly name?: string }
  /** A file from a picker or a drop; JSON source files cannot be fetched for it. */
  | { readonly kind: 'blob'; readonly blob: Blob; readonly name: string }
  /** Several files opened together (a CSV set: nodes, edges, sources), imported as one dataset. */
  | { readonly kind: 'files'; readonly files: readonly { readonly blob: Blob; readonly name: string }[] }
  /** A bundled dataset: its URL and the URL each source file (relative path) is served at. */
  | {
      readonly kind: 'bundled';
      readonly url: string;
      readonly name: string;
      readonly files: Readonly<Record<string, string>>;
    };

export interface LoadRequest {
  readonly source: LoadSource;
  /** Refuse files larger than this many bytes. */
  readonly maxBytes: number;
  /** Note files larger than this many bytes in the report (loading may be slow). */
  readonly warnBytes: number;
  /** Records per slice message. */
  readonly sliceSize: number;
}

/** The worker's phases, then 'draw' on the page (the curves of parallel edges and the canvas). */
export type LoadPhase = 'read' | 'parse' | 'validate' | 'build' | 'draw';

/** The graph attributes other than the sources (which come in their own slices). */
export interface GraphHeader {
  readonly schemaVersion: number;
  readonly id: string;
  readonly title: string;
  readonly description?: string;
}

export type WorkerMessage =
  | { readonly type: 'progress'; readonly phase: 'read'; readonly loaded: number; readonly total?: number }
  | { readonly type: 'progress'; readonly phase: 'parse' | 'validate' }
  /**
   * The graph's slices follow (nodes, then edges; sources may come last). The worker may send them
   * before its checks end: a 'failed' then says they are to be thrown away, and a 'restart' that
   * another header and its slices replace them (the checks changed a record).
   */
  | {
      readonly type: 'header';
      readonly header: GraphHeader;
      readonly nodeCount: number;
      readonly edgeCount: number;
    }
  | { readonly type: 'sources'; readonly records: Source[] }
  | { readonly type: 'nodes'; readonly start: number; readonly records: NodeRecord[] }
  | { readonly type: 'edges'; readonly records: EdgeRecord[] }
  | { readonly type: 'restart' }
  | { readonly type: 'done'; readonly report: ImportReport }
  | { readonly type: 'failed'; readonly report: ImportReport };
