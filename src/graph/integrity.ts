// Integrity checks on schema-valid records: unique ids, edge ends, sources, quotes, dates.
import { type Dataset, type Evidence, RELATION_KINDS, type RelationKindInfo } from '../schema/index.ts';
import { newGraph } from './build.ts';
import type { Issue } from './issues.ts';
import { type QuoteMatch, QuoteSpans } from './quotes.ts';
import { createRecordChecks, EVIDENCE, NONE, type RecordChecks } from './recordChecks.ts';
import { GraphIndex, PlainIndex, type RecordIndex } from './recordIndex.ts';
import { didYouMean } from './suggest.ts';
import type { StakeholderGraph } from './types.ts';
import type { RecordPositions } from './validate.ts';

export interface IntegrityInput {
  readonly dataset: Dataset;
  /** Ids of all records as written, including ones the schema rejected (avoids knock-on errors). */
  readonly rawNodeIds?: ReadonlySet<string> | undefined;
  readonly rawSourceIds?: ReadonlySet<string> | undefined;
  readonly positions?: RecordPositions;
  /** Build the graph while checking (default); false checks with plain id maps instead. */
  readonly build?: boolean;
}

export interface IntegrityResult {
  readonly issues: Issue[];
  /** Where each quote was found in its source's NFC text (keyed by the evidence object). */
  readonly quoteSpans: ReadonlyMap<Evidence, QuoteMatch>;
  /** Each document source's NFC text, by source id. */
  readonly texts: Map<string, string>;
  /**
   * The graph of the records checked (nodes with unique ids, edges with unique ids whose ends are
   * nodes). It is the dataset's graph only when no error was found, schema errors included.
   */
  readonly graph: StakeholderGraph | undefined;
}

/** Nodes: unique ids (the index keeps the first), dates, evidence, claims and figures. Returns the repeats. */
function checkNodes(dataset: Dataset, index: RecordIndex, c: RecordChecks): Set<number> {
  /** Indices of nodes whose id an earlier node has (not in the graph); rare. */
  const duplicateNodes = new Set<number>();
  for (let i = 0; i < dataset.nodes.length; i++) {
    const n = dataset.nodes[i]!;
    if (!index.addNode(n, i)) {
      c.error('duplicate-id', c.at('nodes', i, NONE, 'id'), `duplicate node id "${n.id}"`);
      duplicateNodes.add(i);
      // The last record of an id gives its kind (as a map from id to kind would); the graph is
      // not used since there is an error.
      index.setKind(n.id, n.type);
    }
    c.checkDates(n, 'nodes', i, NONE);
    c.checkEvidence(n.evidence, 'nodes', i, EVIDENCE);
    c.checkClaim(n.claim, n.evidence, 'nodes', i, NONE);
    if (n.figures !== undefined) {
      for (let j = 0; j < n.figures.length; j++) {
        const f = n.figures[j]!;
        const sub = ['figures', j];
        c.checkDates(f, 'nodes', i, sub);
        c.checkEvidence(f.evidence, 'nodes', i, [...sub, 'evidence']);
        c.checkClaim(f.claim, f.evidence, 'nodes', i, sub);
      }
    }
  }
  index.nodesDone();
  return duplicateNodes;
}

/** Edges: unique ids, ends exist, expected kinds at each end, dates, evidence, claims. */
function checkEdges(
  dataset: Dataset,
  index: RecordIndex,
  c: RecordChecks,
  rawNodeIds: ReadonlySet<string> | undefined,
): void {
  /** True when the end is a node; reports it when it is not (and was not rejected by the schema). */
  const checkEnd = (i: number, edgeId: string, end: 'source' | 'target', id: string): boolean => {
    if (index.hasNode(id)) return true;
    if (rawNodeIds === undefined || !rawNodeIds.has(id)) {
      const message = `edge "${edgeId}" has ${end} "${id}", which is not a node`;
      c.error('dangling-edge', c.at('edges', i, NONE, end), message, didYouMean(id, index.nodeIds()));
    }
    return false;
  };
  for (let i = 0; i < dataset.edges.length; i++) {
    const e = dataset.edges[i]!;
    let sourceOk = true;
    let targetOk = true;
    if (!index.addEdge(e)) {
      const duplicate = index.hasEdge(e.id);
      if (duplicate) c.error('duplicate-id', c.at('edges', i, NONE, 'id'), `duplicate edge id "${e.id}"`);
      sourceOk = checkEnd(i, e.id, 'source', e.source);
      targetOk = checkEnd(i, e.id, 'target', e.target);
      // A duplicate edge still counts for its ends' degrees (no orphan warning because of it).
      if (sourceOk && targetOk) index.addUnkeyedEdge(e);
    }
    const rel: RelationKindInfo = RELATION_KINDS[e.type];
    const sk = rel.sourceKinds === undefined || !sourceOk ? undefined : index.kind(e.source);
    if (sk !== undefined && !rel.sourceKinds!.includes(sk)) {
      const message = `"${e.type}" usually starts at a ${rel.sourceKinds!.join('/')}, not a ${sk}`;
      c.warn('unexpected-kind', c.at('edges', i, NONE, 'source'), message);
    }
    const tk = rel.targetKinds === undefined || !targetOk ? undefined : index.kind(e.target);
    if (tk !== undefined && !rel.targetKinds!.includes(tk)) {
      const message = `"${e.type}" usually ends at a ${rel.targetKinds!.join('/')}, not a ${tk}`;
      c.warn('unexpected-kind', c.at('edges', i, NONE, 'target'), message);
    }
    c.checkDates(e, 'edges', i, NONE);
    c.checkEvidence(e.evidence, 'edges', i, EVIDENCE);
    c.checkClaim(e.claim, e.evidence, 'edges', i, NONE);
  }
}

export function checkIntegrity(input: IntegrityInput): IntegrityResult {
  const { dataset } = input;
  const c = createRecordChecks(dataset, input.positions, input.rawSourceIds);
  // The graph is built while checking: its node and edge maps are the id indexes the checks need
  // (one hash table each instead of ours plus graphology's, at 100k nodes and 400k edges).
  const graph = input.build === false ? undefined : newGraph(dataset);
  const index: RecordIndex = graph === undefined ? new PlainIndex() : new GraphIndex(graph);
  const duplicateNodes = checkNodes(dataset, index, c);
  checkEdges(dataset, index, c, input.rawNodeIds);
  for (let i = 0; i < dataset.nodes.length; i++) {
    const id = dataset.nodes[i]!.id;
    if (!duplicateNodes.has(i) && index.degree(id) === 0) {
      c.warn('orphan', ['nodes', c.pos('nodes', i)], `node "${id}" has no relations`);
    }
  }
  return { issues: c.issues, quoteSpans: new QuoteSpans(c.found, c.texts), texts: c.texts, graph };
}
