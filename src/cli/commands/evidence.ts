// `evidence <node-or-edge> [FILE|DIR]`: every evidence item, with its source and the quote in context.
import type { StakeholderGraph } from '../../graph/index.ts';
import {
  edgeEvidence,
  figureText,
  type LocatedEvidence,
  nodeEvidence,
  relationSentence,
  resolveNode,
} from '../../query/index.ts';
import { CliError } from '../io.ts';
import { requireGraph } from './shared.ts';
import type { Command } from './types.ts';

function findSubject(graph: StakeholderGraph, name: string): { kind: 'node' | 'edge'; id: string } {
  if (graph.hasEdge(name) && !graph.hasNode(name)) return { kind: 'edge', id: name };
  const match = resolveNode(graph, name);
  if (match.ok) return { kind: 'node', id: match.id };
  throw new CliError(
    match.reason === 'unknown'
      ? `${match.message.replace(/^no node called/, 'no node or edge')}`
      : match.message,
  );
}

function describeItem(graph: StakeholderGraph, item: LocatedEvidence): string[] {
  const { evidence: e, source } = item;
  const lines: string[] = [];
  const tags = [
    e.basis,
    e.stance === 'contradicts' ? 'contradicts' : undefined,
    item.fromClaim ? 'on the claim' : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  if (item.subject.kind === 'figure') {
    const f = graph.getNodeAttribute(item.subject.node, 'record').figures![item.subject.index]!;
    lines.push(`  figure: ${figureText(f)}`);
  }
  const title = source
    ? `${source.title}${source.publisher ? `, ${source.publisher}` : ''}${source.date ? `, ${source.date}` : ''}`
    : e.source;
  lines.push(`  [${tags}] ${title}`);
  if (e.quote !== undefined) lines.push(`    “${e.quote}”`);
  if (item.sentence && source?.text) {
    const text = source.text.normalize('NFC');
    const s = item.sentence;
    lines.push(
      `    in context: “${text.slice(s.start, s.end).trim()}” (characters ${item.span!.start}-${item.span!.end})`,
    );
  }
  if (e.note !== undefined) lines.push(`    note: ${e.note}`);
  const url = e.url ?? source?.url;
  if (url !== undefined) lines.push(`    ${url}`);
  return lines;
}

export const evidenceCommand: Command = {
  name: 'evidence',
  usage: 'evidence <node-or-edge> [FILE|DIR] [--format text|json]',
  summary: 'print the evidence for a node (by id, label or alias) or an edge (by id)',
  options: { format: { type: 'string', description: 'text (default) or json' } },
  async run(ctx) {
    const name = ctx.positionals[0];
    if (name === undefined) throw new CliError('name a node (id, label or alias) or an edge id');
    const graph = await requireGraph(ctx, 1);
    if (!graph) return 1;
    const subject = findSubject(graph, name);
    const items = subject.kind === 'node' ? nodeEvidence(graph, subject.id) : edgeEvidence(graph, subject.id);
    const record =
      subject.kind === 'node'
        ? graph.getNodeAttribute(subject.id, 'record')
        : graph.getEdgeAttribute(subject.id, 'record');
    if (ctx.values.format === 'json') {
      const out = items.map((i) => ({
        subject: i.subject,
        ...i.evidence,
        ...(i.span ? { start: i.span.start, end: i.span.end } : {}),
        fromClaim: i.fromClaim,
      }));
      ctx.out(JSON.stringify({ subject, claim: record.claim, evidence: out }, null, 2));
      return 0;
    }
    const heading =
      subject.kind === 'node'
        ? `${graph.getNodeAttribute(subject.id, 'label')} (${graph.getNodeAttribute(subject.id, 'kind')}, ${subject.id})`
        : `${relationSentence(graph, subject.id)} (${subject.id})`;
    ctx.out(heading);
    if (record.claim) ctx.out(`  claim by ${record.claim.by}: ${record.claim.status}: ${record.claim.note}`);
    for (const item of items) ctx.out(describeItem(graph, item).join('\n'));
    if (items.length === 0) ctx.out('  no evidence recorded');
    return 0;
  },
};
