// `path <from> <to>`: how two stakeholders are connected, hop by hop, with the evidence for each hop.
import type { StakeholderGraph } from '../../graph/index.ts';
import {
  findPaths,
  type Path,
  type PathOptions,
  PathQueryError,
  type PathResult,
} from '../../query/index.ts';
import type { Evidence, RelationKind } from '../../schema/index.ts';
import { CliError } from '../io.ts';
import { requireGraph } from './shared.ts';
import type { Command, CommandContext } from './types.ts';

function count(name: string, value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1)
    throw new CliError(`--${name} must be a whole number of at least 1, not "${String(value)}"`);
  return n;
}

function list(value: string | boolean | undefined): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : [];
}

/** Command-line flags to path options; conflicting modes are a usage error. */
function pathOptionsFromFlags(values: CommandContext['values']): Partial<PathOptions> {
  const k = count('k', values.k);
  const maxLength = count('max-length', values['max-length']);
  const limit = count('limit', values.limit);
  const modes = [k !== undefined, values['all-shortest'] === true, maxLength !== undefined].filter(Boolean);
  if (modes.length > 1) throw new CliError('choose one of --k, --all-shortest and --max-length');
  const o: Partial<PathOptions> = {
    mode:
      k !== undefined
        ? 'k-shortest'
        : values['all-shortest']
          ? 'all-shortest'
          : maxLength
            ? 'all-simple'
            : 'shortest',
    directed: values.directed === true,
    statedOnly: values['stated-only'] === true,
    weight: values.weighted === true,
    onlyRelations: list(values.only) as RelationKind[],
    excludeRelations: list(values.exclude) as RelationKind[],
    excludeNodeKinds: list(values['exclude-types']) as PathOptions['excludeNodeKinds'],
    excludeNodes: list(values['exclude-nodes']),
  };
  if (k !== undefined) o.k = k;
  if (maxLength !== undefined) o.maxLength = maxLength;
  if (limit !== undefined) o.limit = limit;
  return o;
}

function evidenceLine(item: Evidence, titles: Map<string, string>): string {
  const source = titles.get(item.source) ?? item.source;
  const tags = [item.basis, item.stance === 'contradicts' ? 'contradicts' : undefined]
    .filter(Boolean)
    .join(', ');
  if (item.quote !== undefined) return `“${item.quote}” (${source}; ${tags})`;
  // A reference: what it says and where, with the publisher and date.
  return `${source}: ${[item.note, item.url].filter(Boolean).join(' ')} (${tags})`;
}

function pathLines(graph: StakeholderGraph, path: Path, n: number, titles: Map<string, string>): string[] {
  const route = path.nodes.map((id) => graph.getNodeAttribute(id, 'label')).join(' → ');
  const size = `${path.length} hop${path.length === 1 ? '' : 's'}${path.cost === undefined ? '' : `, cost ${path.cost}`}`;
  const lines = [`${n}. ${route} (${size})`];
  for (const hop of path.hops) {
    lines.push(`   ${hop.sentence}`);
    if (hop.evidence.length === 0) lines.push('     (no evidence recorded)');
    for (const item of hop.evidence) lines.push(`     ${evidenceLine(item, titles)}`);
  }
  return lines;
}

function pathText(graph: StakeholderGraph, result: PathResult): string[] {
  // Short source names (publisher or id, and date); `evidence <edge-id>` shows titles and context.
  const titles = new Map(
    graph
      .getAttribute('sources')
      .map((s) => [s.id, `${s.publisher ?? s.id}${s.date === undefined ? '' : `, ${s.date}`}`]),
  );
  const a = graph.getNodeAttribute(result.from, 'label');
  const b = graph.getNodeAttribute(result.to, 'label');
  const n = result.paths.length;
  const lines = [`${a} → ${b}: ${n} path${n === 1 ? '' : 's'} (${result.options.mode})`];
  result.paths.forEach((p, i) => {
    lines.push('', ...pathLines(graph, p, i + 1, titles));
  });
  if (result.message !== undefined) lines.push('', result.message);
  return lines;
}

export const pathCommand: Command = {
  name: 'path',
  usage: 'path <from> <to> [options] [--dataset FILE|DIR]',
  summary: 'how two nodes are connected: shortest paths, hop by hop, with evidence',
  options: {
    k: { type: 'string', description: 'the N shortest simple paths (Yen)' },
    'all-shortest': { type: 'boolean', description: 'every shortest path, not just one' },
    'max-length': { type: 'string', description: 'every simple path of at most N hops' },
    limit: {
      type: 'string',
      description: 'at most N paths for --all-shortest and --max-length (default 100)',
    },
    directed: { type: 'boolean', description: 'follow relations only in their direction' },
    only: { type: 'string', description: 'follow only these relation types (comma-separated)' },
    exclude: { type: 'string', description: 'skip these relation types (comma-separated)' },
    'exclude-types': { type: 'string', description: 'avoid these node types, e.g. person (comma-separated)' },
    'exclude-nodes': { type: 'string', description: 'avoid these nodes, by id or name (comma-separated)' },
    'stated-only': { type: 'boolean', description: 'skip relations that are only inferred' },
    weighted: { type: 'boolean', description: 'use edge weights (default 1) as costs' },
    format: { type: 'string', description: 'text (default) or json' },
    dataset: { type: 'string', description: 'dataset file or folder (default: the bundled one)' },
  },
  async run(ctx) {
    const [from, to, ...extra] = ctx.positionals;
    if (from === undefined || to === undefined || extra.length > 0)
      throw new CliError('give exactly two names: path <from> <to> (quote names with spaces)');
    const format = ctx.values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw new CliError(`--format must be text or json, not "${format}"`);
    const dataset = typeof ctx.values.dataset === 'string' ? [ctx.values.dataset] : [];
    const graph = await requireGraph({ ...ctx, positionals: dataset });
    if (!graph) return 1;
    let result: PathResult;
    try {
      result = findPaths(graph, from, to, pathOptionsFromFlags(ctx.values));
    } catch (error) {
      if (error instanceof PathQueryError) throw new CliError(error.message);
      throw error;
    }
    if (format === 'json') ctx.out(JSON.stringify(result, null, 2));
    else for (const line of pathText(graph, result)) ctx.out(line);
    return 0;
  },
};
