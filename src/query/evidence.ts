// Evidence as a reader needs it: each item with its source, and quotes located in the source text.
import { findQuote, type QuoteMatch, type StakeholderGraph, sentenceAround } from '../graph/index.ts';
import type { Claim, Evidence, Figure, Source } from '../schema/index.ts';

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

/** Everything a source supports (or contradicts), in document order for quotes. */
export function evidenceBySource(graph: StakeholderGraph, sourceId: string): LocatedEvidence[] {
  const out: LocatedEvidence[] = [];
  graph.forEachNode((node) => {
    for (const item of nodeEvidence(graph, node)) if (item.evidence.source === sourceId) out.push(item);
  });
  graph.forEachEdge((edge) => {
    for (const item of edgeEvidence(graph, edge)) if (item.evidence.source === sourceId) out.push(item);
  });
  out.sort(
    (a, b) => (a.span?.start ?? Number.POSITIVE_INFINITY) - (b.span?.start ?? Number.POSITIVE_INFINITY),
  );
  return out;
}
