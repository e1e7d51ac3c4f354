// Flags shared by the analysis commands (rank, communities, diff, export --metrics): the view filter.
import type { Column } from '../../export/index.ts';
import { didYouMean } from '../../graph/index.ts';
import {
  type AnalysisOptions,
  DEFAULT_ANALYSIS_OPTIONS,
  NODE_METRIC_KEYS,
  type NodeAnalysis,
  parseDay,
  type ViewFilter,
} from '../../query/index.ts';
import {
  isNodeKind,
  isRelationKind,
  NODE_KIND_IDS,
  type NodeKind,
  RELATION_KIND_IDS,
  type RelationKind,
} from '../../schema/index.ts';
import { CliError } from '../io.ts';
import type { CommandContext, OptionSpec } from './types.ts';

export const FILTER_OPTIONS: Record<string, OptionSpec> = {
  asof: { type: 'string', description: 'the graph as of this date (YYYY, YYYY-MM or YYYY-MM-DD)' },
  'stated-only': { type: 'boolean', description: 'leave out links that are only inferred' },
  'hide-types': { type: 'string', description: 'node types to leave out, comma-separated' },
  'hide-relations': { type: 'string', description: 'relation types to leave out, comma-separated' },
};

export const SAMPLING_OPTIONS: Record<string, OptionSpec> = {
  'exact-up-to': {
    type: 'string',
    description: `exact betweenness/closeness up to this many nodes, sampled above (default ${DEFAULT_ANALYSIS_OPTIONS.exactUpTo})`,
  },
  pivots: {
    type: 'string',
    description: `sources sampled for the estimate (default ${DEFAULT_ANALYSIS_OPTIONS.pivots})`,
  },
  seed: {
    type: 'string',
    description: `seed of the pivots and of Louvain (default ${DEFAULT_ANALYSIS_OPTIONS.seed})`,
  },
};

function kinds<T extends string>(
  flag: string,
  value: string | boolean | undefined,
  ok: (v: string) => v is T,
  all: readonly string[],
): T[] {
  if (typeof value !== 'string') return [];
  const names = value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  const bad = names.filter((n) => !ok(n));
  if (bad.length > 0) {
    const hints = bad.map((b) => `"${b}"${didYouMean(b, all) ? ` (${didYouMean(b, all)})` : ''}`);
    throw new CliError(`--${flag}: unknown type ${hints.join(', ')}; one of ${all.join(', ')}`);
  }
  return [...new Set(names as T[])].sort();
}

/** A date flag as a day, or a usage error naming the flag. */
export function dayFlag(flag: string, value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new CliError(`--${flag} needs a date`);
  try {
    return parseDay(`--${flag}`, value);
  } catch (error) {
    throw new CliError((error as Error).message);
  }
}

export function viewFilterFromFlags(values: CommandContext['values']): ViewFilter {
  return {
    hiddenNodeKinds: kinds<NodeKind>('hide-types', values['hide-types'], isNodeKind, NODE_KIND_IDS),
    hiddenRelationKinds: kinds<RelationKind>(
      'hide-relations',
      values['hide-relations'],
      isRelationKind,
      RELATION_KIND_IDS,
    ),
    statedOnly: values['stated-only'] === true,
    asOf: dayFlag('asof', values.asof),
  };
}

function whole(flag: string, value: string | boolean | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) < min)
    throw new CliError(`--${flag} must be a whole number of at least ${min}, not "${String(value)}"`);
  return Number(value);
}

export function analysisOptionsFromFlags(values: CommandContext['values']): AnalysisOptions {
  const d = DEFAULT_ANALYSIS_OPTIONS;
  return {
    exactUpTo: whole('exact-up-to', values['exact-up-to'], 0) ?? d.exactUpTo,
    pivots: whole('pivots', values.pivots, 1) ?? d.pivots,
    seed: whole('seed', values.seed, 0) ?? d.seed,
  };
}

export { whole as wholeFlag };

/** The analysis as export columns: each metric, then the community (nodes not measured are left empty). */
export function metricColumns(analysis: NodeAnalysis): Column<string>[] {
  const columns: Column<string>[] = NODE_METRIC_KEYS.map((key) => ({
    name: key,
    type: key === 'degree' || key === 'inDegree' || key === 'outDegree' ? 'integer' : 'double',
    get: (id: string) => analysis.values[key][id],
  }));
  columns.push({ name: 'community', type: 'integer', get: (id) => analysis.communities.membership[id] });
  return columns;
}
