// The exporter contract: each format is a pure function from a graph to files.
import type { StakeholderGraph } from '../graph/index.ts';

export interface ExportFile {
  /** File name, e.g. "grooming-gangs-taskforce.gexf" or "nodes.csv". */
  readonly name: string;
  readonly mediaType: string;
  readonly content: string;
}

export interface ExportOptions {
  /** Format variant, e.g. GEXF "1.2draft" or "1.3". */
  readonly version?: string;
  /** CSV: write cells as they are, without the apostrophe before formula-like text (for machines). */
  readonly raw?: boolean;
}

export interface Exporter {
  readonly id: string;
  readonly label: string;
  readonly extension: string;
  readonly description: string;
  /** Variants `options.version` accepts, the default first (GEXF: 1.2draft, 1.3); menus list each. */
  readonly versions?: readonly string[];
  write(graph: StakeholderGraph, options?: ExportOptions): ExportFile[];
}
