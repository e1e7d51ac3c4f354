// Integrity checks on schema-valid records: unique ids, edge ends, sources, quotes, dates.
import {
  type Dataset,
  type Evidence,
  RELATION_KINDS,
  type RelationKindInfo,
  type Source,
} from '../schema/index.ts';
import { newGraph } from './build.ts';
import type { Issue, IssuePath } from './issues.ts';
import { normalizeText, type QuoteMatch, QuoteSpans } from './quotes.ts';
import {
  checkEdgeRecord,
  checkNodeRecord,
  checkSourceRecord,
  type ListKey,
  NONE,
  type RecordCheckContext,
  reportError,
  reportWarning,
  type Sub,
} from './recordChecks.ts';
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

export function checkIntegrity(input: IntegrityInput): IntegrityResult {
  const { dataset } = input;
  const issues: Issue[] = [];
  /** Evidence whose quote was found (its span is worked out when asked for: QuoteSpans). */
  const found: Evidence[] = [];
  const texts = new Map<string, string>();
  const pos = (key: 'sources' | 'nodes' | 'edges', i: number): number => input.positions?.[key]?.[i] ?? i;
  const sources = new Map<string, Source>();
  const ctx: RecordCheckContext = {
    sources,
    // Set below, once the sources are read.
    sourceIds: sources,
    texts,
    found,
    issues,
    at: (key: ListKey, i: number, sub: Sub, ...rest: (string | number)[]): IssuePath => [
      key,
      pos(key, i),
      ...sub,
      ...rest,
    ],
  };

  // Sources: unique ids; documents carry their text.
  dataset.sources.forEach((s, i) => {
    const path = ['sources', pos('sources', i)];
    if (sources.has(s.id)) reportError(ctx, 'duplicate-id', [...path, 'id'], `duplicate source id "${s.id}"`);
    sources.set(s.id, s);
    checkSourceRecord(ctx, s, path);
    if (s.kind === 'document' && s.text !== undefined) texts.set(s.id, normalizeText(s.text));
  });
  const check: RecordCheckContext = { ...ctx, sourceIds: input.rawSourceIds ?? new Set(sources.keys()) };

  // The graph is built while checking: its node and edge maps are the id indexes the checks need
  // (one hash table each instead of ours plus graphology's, at 100k nodes and 400k edges).
  const graph = input.build === false ? undefined : newGraph(dataset);
  const index: RecordIndex = graph === undefined ? new PlainIndex() : new GraphIndex(graph);
  // Nodes: unique ids, evidence, figures, dates.
  /** Indices of nodes whose id an earlier node has (not in the graph); rare. */
  const duplicateNodes = new Set<number>();
  for (let i = 0; i < dataset.nodes.length; i++) {
    const n = dataset.nodes[i]!;
    if (!index.addNode(n, i)) {
      reportError(check, 'duplicate-id', check.at('nodes', i, NONE, 'id'), `duplicate node id "${n.id}"`);
      duplicateNodes.add(i);
      // The last record of an id gives its kind (as a map from id to kind would); the graph is
      // not used since there is an error.
      index.setKind(n.id, n.type);
    }
    checkNodeRecord(check, n, i);
  }
  index.nodesDone();
  const rawNodeIds = input.rawNodeIds;
  const nodeIds = (): Iterable<string> => index.nodeIds();

  // Edges: unique ids, ends exist, expected kinds, evidence, dates.
  /** True when the end is a node; reports it when it is not (and was not rejected by the schema). */
  const checkEnd = (i: number, edgeId: string, end: 'source' | 'target', id: string): boolean => {
    if (index.hasNode(id)) return true;
    if (rawNodeIds === undefined || !rawNodeIds.has(id)) {
      const message = `edge "${edgeId}" has ${end} "${id}", which is not a node`;
      reportError(
        check,
        'dangling-edge',
        check.at('edges', i, NONE, end),
        message,
        didYouMean(id, nodeIds()),
      );
    }
    return false;
  };
  for (let i = 0; i < dataset.edges.length; i++) {
    const e = dataset.edges[i]!;
    let sourceOk = true;
    let targetOk = true;
    if (!index.addEdge(e)) {
      const duplicate = index.hasEdge(e.id);
      if (duplicate)
        reportError(check, 'duplicate-id', check.at('edges', i, NONE, 'id'), `duplicate edge id "${e.id}"`);
      sourceOk = checkEnd(i, e.id, 'source', e.source);
      targetOk = checkEnd(i, e.id, 'target', e.target);
      // A duplicate edge still counts for its ends' degrees (no orphan warning because of it).
      if (sourceOk && targetOk) index.addUnkeyedEdge(e);
    }
    // The kinds are looked up only for relations that expect some (one hash lookup per end spared).
    const rel: RelationKindInfo = RELATION_KINDS[e.type];
    const sk = rel.sourceKinds === undefined || !sourceOk ? undefined : index.kind(e.source);
    const tk = rel.targetKinds === undefined || !targetOk ? undefined : index.kind(e.target);
    checkEdgeRecord(check, e, i, sk, tk);
  }

  for (let i = 0; i < dataset.nodes.length; i++) {
    const id = dataset.nodes[i]!.id;
    if (!duplicateNodes.has(i) && index.degree(id) === 0) {
      reportWarning(check, 'orphan', ['nodes', pos('nodes', i)], `node "${id}" has no relations`);
    }
  }

  return { issues, quoteSpans: new QuoteSpans(found, texts), texts, graph };
}
