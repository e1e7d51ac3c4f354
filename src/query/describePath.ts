// Paths as plain JSON for readers: node ids, edges, and each hop as a sentence with its evidence.
import { type Evidence, RELATION_KIND_IDS, RELATION_KINDS, type RelationKind } from '../schema/index.ts';
import type { PathIndex } from './pathIndex.ts';
import type { RawPath } from './pathSearch.ts';

export interface PathEdge {
  readonly id: string;
  readonly type: RelationKind;
  readonly source: string;
  readonly target: string;
}

export interface Hop {
  /**
   * The relation read from its true source, whichever way the path walks it (as relationSentence):
   * "Home Office funds Grooming Gangs Taskforce as an operational police unit".
   */
  readonly sentence: string;
  /** The edge's evidence items as recorded (quotes, references, basis). */
  readonly evidence: Evidence[];
}

export interface Path {
  /** Node ids from start to end. */
  readonly nodes: string[];
  readonly edges: PathEdge[];
  /** Number of hops. */
  readonly length: number;
  /** Sum of edge weights, for weighted queries. */
  readonly cost?: number;
  readonly hops: Hop[];
}

const PHRASES: readonly string[] = RELATION_KIND_IDS.map((k) => RELATION_KINDS[k].phrase);

export function describePath(index: PathIndex, raw: RawPath, weighted: boolean): Path {
  // Everything comes from the index arrays (ids, ends, kinds, labels, records): no graph lookups.
  const { edgeIds, edgeSource, edgeTarget, edgeKind, edgeRecord, nodeIds, nodeLabel } = index;
  const n = raw.edges.length;
  const edges: PathEdge[] = new Array(n);
  const hops: Hop[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const e = raw.edges[i]!;
    const s = edgeSource[e]!;
    const t = edgeTarget[e]!;
    const k = edgeKind[e]!;
    const record = edgeRecord[e]!;
    edges[i] = { id: edgeIds[e]!, type: RELATION_KIND_IDS[k]!, source: nodeIds[s]!, target: nodeIds[t]! };
    const detail = record.detail;
    const sentence = `${nodeLabel[s]} ${PHRASES[k]} ${nodeLabel[t]}`;
    hops[i] = {
      sentence: detail === undefined ? sentence : `${sentence} ${detail}`,
      evidence: record.evidence === undefined ? [] : record.evidence.slice(),
    };
  }
  const nodes: string[] = new Array(raw.nodes.length);
  for (let i = 0; i < nodes.length; i++) nodes[i] = nodeIds[raw.nodes[i]!]!;
  return weighted ? { nodes, edges, length: n, cost: raw.cost, hops } : { nodes, edges, length: n, hops };
}
