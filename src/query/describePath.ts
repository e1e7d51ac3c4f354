// Paths as plain JSON for readers: node ids, edges, and each hop as a sentence with its evidence.
import type { StakeholderGraph } from '../graph/index.ts';
import type { Evidence, RelationKind } from '../schema/index.ts';
import type { PathIndex } from './pathIndex.ts';
import type { RawPath } from './pathSearch.ts';
import { relationSentence } from './sentence.ts';

export interface PathEdge {
  readonly id: string;
  readonly type: RelationKind;
  readonly source: string;
  readonly target: string;
}

export interface Hop {
  /**
   * The relation read from its true source, whichever way the path walks it:
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
  const edges = raw.edges.map((e) => {
    const id = index.edgeIds[e]!;
    return {
      id,
      type: graph.getEdgeAttribute(id, 'kind'),
      source: graph.source(id),
      target: graph.target(id),
    };
  });
  const hops = edges.map((e) => ({
    sentence: relationSentence(graph, e.id),
    evidence: [...(graph.getEdgeAttribute(e.id, 'record').evidence ?? [])],
  }));
  const path = { nodes: raw.nodes.map((n) => index.nodeIds[n]!), edges, length: edges.length, hops };
  return weighted ? { ...path, cost: raw.cost } : path;
}
