// The exporter contract: each format is a pure function from a graph to files.
import type { StakeholderGraph } from '../graph/index.ts';
import type { Column } from './columns.ts';
import type { ExportFormat } from './formats.ts';

export interface ExportFile {
  /** File name, e.g. "grooming-gangs-taskforce.gexf" or "nodes.csv". */
  readonly name: string;
  readonly mediaType: string;
  readonly content: string;
}

export interface ExportOptions {
  /** Format variant, e.g. GEXF "1.2draft" or "1.3". */
  readonly version?: string;
  /**
   * Extra node columns keyed by node id, written after the data columns (GEXF, GraphML and CSV): the
   * analysis' metrics and community. Absent: the output is exactly as without them.
   */
  readonly nodeColumns?: readonly Column<string>[];
  /** CSV: write cells as they are, without the apostrophe before formula-like text (for machines). */
  readonly raw?: boolean;
}

/** A format (its metadata) with its writer. */
export interface Exporter extends ExportFormat {
  write(graph: StakeholderGraph, options?: ExportOptions): ExportFile[];
}
