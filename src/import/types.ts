// The importer contract: a foreign file in, our dataset out, with a report of what was mapped.
import type { Issue, StakeholderGraph } from '../graph/index.ts';
import type { Dataset, Source } from '../schema/index.ts';

export interface ImportReport {
  /** Plain-language lines: "12 nodes of type 'Person ' mapped to 'other'". */
  readonly mapped: string[];
  /** Problems found reading the file and validating the result (errors and warnings). */
  readonly issues: Issue[];
}

export interface ImportResult {
  /** The dataset, when it passed `load()` without errors. */
  readonly dataset?: Dataset;
  /** The graph, with the dataset (unless `build: false` was asked). */
  readonly graph?: StakeholderGraph;
  readonly report: ImportReport;
}

export interface ImportOptions {
  /** Refuse inputs larger than this many bytes (default 50 MiB). */
  readonly maxBytes?: number;
  /** Sources for evidence in files that cannot carry them (CSV without sources.csv). */
  readonly sources?: readonly Source[];
  /**
   * Build the graphology graph (default true). The explorer's load worker passes false: it sends
   * the dataset to the page, which builds the graph there, so building it twice is wasted work.
   */
  readonly build?: boolean;
  /**
   * Called with the dataset as mapped, before load() checks it. The explorer's load worker sends
   * the records to the page here, so the page builds its graph while the checks run; it is thrown
   * away if they find an error. Not called for JSON, which has no mapping, nor for RDF.
   */
  readonly beforeCheck?: (raw: Readonly<Record<string, unknown>>) => void;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A value read from a foreign file, typed where the file declares types. */
export type ForeignValue = string | number | boolean;

export interface ForeignNode {
  readonly id: string;
  readonly label?: string | undefined;
  readonly values: Map<string, ForeignValue>;
  readonly x?: number | undefined;
  readonly y?: number | undefined;
  /** The node's own colour and size, where the format has elements for them (GEXF viz:). */
  readonly color?: string | undefined;
  readonly size?: number | undefined;
}

export interface ForeignEdge {
  readonly id?: string | undefined;
  readonly source: string;
  readonly target: string;
  readonly values: Map<string, ForeignValue>;
  readonly weight?: number | undefined;
  readonly undirected?: boolean;
}

/** What a format reader extracts before mapping to our records. */
export interface ForeignGraph {
  readonly format: string;
  readonly nodes: ForeignNode[];
  readonly edges: ForeignEdge[];
  /** Our graph-level record, when the file was written by us. */
  readonly meta?: Record<string, unknown> | undefined;
  readonly title?: string | undefined;
  readonly description?: string | undefined;
  readonly sources?: readonly unknown[] | undefined;
}

/** A reader either extracts a graph or explains, located, why it cannot. */
export type ReadResult = { ok: true; graph: ForeignGraph; issues: Issue[] } | { ok: false; issues: Issue[] };

export function fail(code: string, message: string): ReadResult {
  return { ok: false, issues: [{ severity: 'error', code, path: [], message }] };
}
