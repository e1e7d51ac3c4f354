// Evidence as a reader needs it: each item with its source, and quotes located in the source text.
import { findQuote, type QuoteMatch, type StakeholderGraph, sentenceAround } from '../graph/index.ts';
import type { Claim, EdgeRecord, Evidence, Figure, NodeRecord, Source } from '../schema/index.ts';

/**
 * How a record is backed: `stated` when an evidence item states it (and does not contradict it),
 * `inferred` when its evidence only lets one infer it, `unsourced` when it has no evidence at all
 * (typically imported from a GEXF, GraphML or CSV file, which carry no sources).
 */
export type Basis = 'stated' | 'inferred' | 'unsourced';

/** The record's basis, given whether the graph found it stated (EdgeAttributes.stated). */
export function basisOf(record: EdgeRecord | NodeRecord, stated: boolean): Basis {
  if (stated) return 'stated';
  return (record.evidence?.length ?? 0) === 0 ? 'unsourced' : 'inferred';
}

export type EvidenceSubject =
  | { readonly kind: 'node'; readonly id: string }
  | { readonly kind: 'edge'; readonly id: string }
  | { readonly kind: 'figure'; readonly node: string; readonly index: number };

export interface LocatedEvidence {
  readonly subject: EvidenceSubject;
  readonly evidence: Evidence;
  readonly source: Source | undefined;
  /** Where the quote lies in the source's NFC text, and the sentence around it. */
  readonly span?: QuoteMatch;
  readonly sentence?: QuoteMatch;
  /** True when the item comes from a claim's evidence (what other sources say of the claim). */
  readonly fromClaim: boolean;
}

function sourceMap(graph: StakeholderGraph): Map<string, Source> {
  return new Map(graph.getAttribute('sources').map((s) => [s.id, s]));
}

function locate(
  subject: EvidenceSubject,
  list: readonly Evidence[] | undefined,
  claim: Claim | undefined,
  sources: Map<string, Source>,
): LocatedEvidence[] {
  const out: LocatedEvidence[] = [];
  const add = (evidence: Evidence, fromClaim: boolean): void => {
    const source = sources.get(evidence.source);
    const text = source?.text?.normalize('NFC');
    const span =
      text !== undefined && evidence.quote !== undefined ? findQuote(text, evidence.quote) : undefined;
    const item: LocatedEvidence =
      span === undefined || text === undefined
        ? { subject, evidence, source, fromClaim }
        : { subject, evidence, source, fromClaim, span, sentence: sentenceAround(text, span) };
    out.push(item);
  };
  for (const e of list ?? []) add(e, false);
  for (const e of claim?.evidence ?? []) add(e, true);
  return out;
}

/** Every evidence item of a node (its own, its claim's, and its figures'). */
export function nodeEvidence(graph: StakeholderGraph, node: string): LocatedEvidence[] {
  const sources = sourceMap(graph);
  const record = graph.getNodeAttribute(node, 'record');
  const own = locate({ kind: 'node', id: node }, record.evidence, record.claim, sources);
  const figures = (record.figures ?? []).flatMap((f: Figure, index) =>
    locate({ kind: 'figure', node, index }, f.evidence, f.claim, sources),
  );
  return [...own, ...figures];
}

export function edgeEvidence(graph: StakeholderGraph, edge: string): LocatedEvidence[] {
  const record = graph.getEdgeAttribute(edge, 'record');
  return locate({ kind: 'edge', id: edge }, record.evidence, record.claim, sourceMap(graph));
}

/** Every evidence item a record carries: its own, its claim's, and (nodes) its figures' and their claims'. */
function recordEvidence(record: {
  evidence?: readonly Evidence[] | undefined;
  claim?: Claim | undefined;
  figures?: readonly Figure[] | undefined;
}): Evidence[] {
  const out = [...(record.evidence ?? []), ...(record.claim?.evidence ?? [])];
  for (const f of record.figures ?? []) out.push(...(f.evidence ?? []), ...(f.claim?.evidence ?? []));
  return out;
}

/** How many items each source supports and contradicts, in one pass (no quote is located). */
export function evidenceCounts(
  graph: StakeholderGraph,
): Map<string, { supports: number; contradicts: number }> {
  const counts = new Map<string, { supports: number; contradicts: number }>();
  const add = (list: readonly Evidence[]): void => {
    for (const e of list) {
      let c = counts.get(e.source);
      if (c === undefined) {
        c = { supports: 0, contradicts: 0 };
        counts.set(e.source, c);
      }
      if (e.stance === 'contradicts') c.contradicts++;
      else c.supports++;
    }
  };
  graph.forEachNode((_node, a) => add(recordEvidence(a.record)));
  graph.forEachEdge((_edge, a) => add(recordEvidence(a.record)));
  return counts;
}

/** Everything a source supports (or contradicts), in document order for quotes. */
export function evidenceBySource(graph: StakeholderGraph, sourceId: string): LocatedEvidence[] {
  const out: LocatedEvidence[] = [];
  // Only records citing the source are located (locating every quote of a big graph takes seconds).
  const cites = (record: Parameters<typeof recordEvidence>[0]): boolean =>
    recordEvidence(record).some((e) => e.source === sourceId);
  graph.forEachNode((node, a) => {
    if (!cites(a.record)) return;
    for (const item of nodeEvidence(graph, node)) if (item.evidence.source === sourceId) out.push(item);
  });
  graph.forEachEdge((edge, a) => {
    if (!cites(a.record)) return;
    for (const item of edgeEvidence(graph, edge)) if (item.evidence.source === sourceId) out.push(item);
  });
  out.sort(
    (a, b) => (a.span?.start ?? Number.POSITIVE_INFINITY) - (b.span?.start ?? Number.POSITIVE_INFINITY),
  );
  return out;
}
