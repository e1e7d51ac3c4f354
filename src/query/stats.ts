// Summary statistics of a graph: counts by kind, connected components, best-connected nodes.
import { connectedComponents } from 'graphology-components';
import type { StakeholderGraph } from '../graph/index.ts';
import type { NodeKind, RelationKind } from '../schema/index.ts';

export interface GraphStats {
  readonly nodes: number;
  readonly edges: number;
  readonly nodesByKind: Partial<Record<NodeKind, number>>;
  readonly edgesByKind: Partial<Record<RelationKind, number>>;
  /** Sizes of the connected components (ignoring direction), largest first. */
  readonly components: number[];
  readonly topDegree: { id: string; label: string; degree: number }[];
}

export function graphStats(graph: StakeholderGraph, top = 10): GraphStats {
  const nodesByKind: Partial<Record<NodeKind, number>> = {};
  const edgesByKind: Partial<Record<RelationKind, number>> = {};
  const degrees: { id: string; label: string; degree: number }[] = [];
  graph.forEachNode((id, a) => {
    nodesByKind[a.kind] = (nodesByKind[a.kind] ?? 0) + 1;
    degrees.push({ id, label: a.label, degree: graph.degree(id) });
  });
  graph.forEachEdge((_id, a) => {
    edgesByKind[a.kind] = (edgesByKind[a.kind] ?? 0) + 1;
  });
  degrees.sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
  const components = connectedComponents(graph)
    .map((c) => c.length)
    .sort((a, b) => b - a);
  return {
    nodes: graph.order,
    edges: graph.size,
    nodesByKind,
    edgesByKind,
    components,
    topDegree: degrees.slice(0, top),
  };
}
