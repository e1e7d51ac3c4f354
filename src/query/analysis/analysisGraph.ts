// The graph the analysis runs on: what the view shows, as simple graphs (parallel relations merged, no loops).
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { StakeholderGraph } from '../../graph/index.ts';
import { edgeItselfShown, filtering, isNodeShown, type ViewFilter } from '../visibility.ts';

export interface AnalysisGraph {
  /** Shown nodes and links, direction ignored, one edge per linked pair, self-loops dropped. */
  readonly undirected: UndirectedGraph;
  /** The same links with their direction: one edge per ordered pair, self-loops dropped. */
  readonly directed: DirectedGraph;
  /** Links shown (before merging), for the output's account of what was measured. */
  readonly relations: number;
}

/**
 * Builds the simple graphs from the nodes and relations the filter leaves shown. Node keys are the
 * stakeholder ids, in the source graph's order, so every metric sees the nodes in the same order.
 */
export function analysisGraph(graph: StakeholderGraph, filter: ViewFilter): AnalysisGraph {
  const undirected = new UndirectedGraph();
  const directed = new DirectedGraph();
  const on = filtering(filter);
  graph.forEachNode((node) => {
    if (on && !isNodeShown(graph, node, filter)) return;
    undirected.addNode(node);
    directed.addNode(node);
  });
  let relations = 0;
  graph.forEachEdge((edge, a, source, target) => {
    if (!undirected.hasNode(source) || !undirected.hasNode(target)) return;
    if (on && !edgeItselfShown(graph, edge, a, filter)) return;
    relations++;
    if (source === target) return;
    if (!directed.hasEdge(source, target)) directed.addEdge(source, target);
    if (!undirected.hasEdge(source, target)) undirected.addEdge(source, target);
  });
  return { undirected, directed, relations };
}
