// `diff [FILE|DIR] --from DATE --to DATE`: what appeared, ended or changed hands between two dates.
import { type DateDiff, type DiffNode, dateDiff } from '../../query/index.ts';
import { CliError } from '../io.ts';
import { dayFlag, FILTER_OPTIONS, viewFilterFromFlags } from './analysisFlags.ts';
import { requireGraph } from './shared.ts';
import type { Command, CommandContext } from './types.ts';

const { asof: _asof, ...DIFF_FILTER_OPTIONS } = FILTER_OPTIONS;

export const diffCommand: Command = {
  name: 'diff',
  usage: 'diff [FILE|DIR] --from DATE --to DATE [--format json]',
  summary: 'nodes and relations that appeared or ended between two dates, and roles that changed hands',
  options: {
    from: { type: 'string', description: 'the first date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    to: { type: 'string', description: 'the second date' },
    format: { type: 'string', description: 'text (default) or json' },
    ...DIFF_FILTER_OPTIONS,
  },
  async run(ctx) {
    const from = dayFlag('from', ctx.values.from);
    const to = dayFlag('to', ctx.values.to);
    if (from === undefined || to === undefined) throw new CliError('--from and --to are both required');
    if (from > to) throw new CliError(`--from (${from}) must not be after --to (${to})`);
    const filter = viewFilterFromFlags(ctx.values);
    const graph = await requireGraph(ctx);
    if (!graph) return 1;
    const d = dateDiff(graph, from, to, filter);
    if (ctx.values.format === 'json') ctx.out(JSON.stringify(d, null, 2));
    else printDiff(ctx, d, (id) => graph.getNodeAttribute(id, 'label'));
    return 0;
  },
};

function printDiff(ctx: CommandContext, d: DateDiff, label: (id: string) => string): void {
  ctx.out(`From ${d.from} to ${d.to}:`);
  const nodes = (title: string, list: DiffNode[]): void => {
    ctx.out(`\n${title} (${list.length})`);
    for (const n of list) ctx.out(`  ${n.label} (${n.kind}, ${n.id})`);
  };
  nodes('stakeholders that appeared', d.nodes.appeared);
  nodes('stakeholders that ended', d.nodes.ended);
  ctx.out(`\nrelations that appeared (${d.relations.appeared.length})`);
  for (const r of d.relations.appeared) ctx.out(`  + ${r.sentence}`);
  ctx.out(`\nrelations that ended (${d.relations.ended.length})`);
  for (const r of d.relations.ended) ctx.out(`  - ${r.sentence}`);
  ctx.out(`\nroles that changed hands (${d.roles.length})`);
  const names = (ids: string[]): string => (ids.length === 0 ? 'nobody' : ids.map(label).join(', '));
  for (const r of d.roles) ctx.out(`  ${r.label}: ${names(r.before)} -> ${names(r.after)}`);
}
