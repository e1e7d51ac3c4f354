// Paths as plain JSON for readers: node ids, edges, and each hop as a sentence with its evidence.
import type { StakeholderGraph } from '../graph/index.ts';
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

export function describePath(
  graph: StakeholderGraph,
  index: PathIndex,
  raw: RawPath,
  weighted: boolean,
): Path {
  // Ends and kinds come from the index arrays; the graph is asked only for labels and records.
  const edges: PathEdge[] = [];
  const hops: Hop[] = [];
  for (const e of raw.edges) {
    const id = index.edgeIds[e]!;
    const source = index.nodeIds[index.edgeSource[e]!]!;
    const target = index.nodeIds[index.edgeTarget[e]!]!;
    const type = RELATION_KIND_IDS[index.edgeKind[e]!]!;
    const record = graph.getEdgeAttributes(id).record;
    edges.push({ id, type, source, target });
    const detail = record.detail === undefined ? '' : ` ${record.detail}`;
    hops.push({
      sentence: `${index.nodeLabel[index.edgeSource[e]!]} ${RELATION_KINDS[type].phrase} ${index.nodeLabel[index.edgeTarget[e]!]}${detail}`,
      evidence: [...(record.evidence ?? [])],
    });
  }
  const path = { nodes: raw.nodes.map((n) => index.nodeIds[n]!), edges, length: edges.length, hops };
  return weighted ? { ...path, cost: raw.cost } : path;
}
