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

/** The shown nodes and relations as plain data (ids and index pairs): what a worker is sent. */
export interface ShownLinks {
  readonly nodes: string[];
  /** Each shown relation's ends, as indices into `nodes`. */
  readonly sources: Int32Array;
  readonly targets: Int32Array;
}

/** The nodes and relations the filter leaves shown, in slices (yields items done) for a busy page. */
export function* shownLinksSteps(
  graph: StakeholderGraph,
  filter: ViewFilter,
  slice = 4096,
): Generator<number, ShownLinks> {
  const on = filtering(filter);
  const index = new Map<string, number>();
  const nodes: string[] = [];
  let done = 0;
  for (const { node } of graph.nodeEntries()) {
    if (!on || isNodeShown(graph, node, filter)) {
      index.set(node, nodes.length);
      nodes.push(node);
    }
    if (++done % slice === 0) yield done;
  }
  const sources = new Int32Array(graph.size);
  const targets = new Int32Array(graph.size);
  let count = 0;
  for (const { edge, attributes, source, target } of graph.edgeEntries()) {
    const s = index.get(source);
    const t = index.get(target);
    if (s !== undefined && t !== undefined && (!on || edgeItselfShown(graph, edge, attributes, filter))) {
      sources[count] = s;
      targets[count++] = t;
    }
    if (++done % slice === 0) yield done;
  }
  return { nodes, sources: sources.slice(0, count), targets: targets.slice(0, count) };
}

/** The simple graphs of shown links: node keys in the given order, parallel links merged, loops dropped. */
export function simpleGraphs(links: ShownLinks): AnalysisGraph {
  const undirected = new UndirectedGraph();
  const directed = new DirectedGraph();
  for (const node of links.nodes) {
    undirected.addNode(node);
    directed.addNode(node);
  }
  const { nodes, sources, targets } = links;
  for (let i = 0; i < sources.length; i++) {
    const s = nodes[sources[i]!]!;
    const t = nodes[targets[i]!]!;
    if (s === t) continue;
    if (!directed.hasEdge(s, t)) directed.addEdge(s, t);
    if (!undirected.hasEdge(s, t)) undirected.addEdge(s, t);
  }
  return { undirected, directed, relations: sources.length };
}

/**
 * Builds the simple graphs from the nodes and relations the filter leaves shown. Node keys are the
 * stakeholder ids, in the source graph's order, so every metric sees the nodes in the same order.
 */
export function analysisGraph(graph: StakeholderGraph, filter: ViewFilter): AnalysisGraph {
  const steps = shownLinksSteps(graph, filter, Number.POSITIVE_INFINITY);
  for (;;) {
    const r = steps.next();
    if (r.done) return simpleGraphs(r.value);
  }
}
