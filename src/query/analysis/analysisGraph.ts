// The graph the analysis runs on: what the view shows, as simple graphs (parallel relations merged, no loops).
import { UndirectedGraph } from 'graphology';
import type { StakeholderGraph } from '../../graph/index.ts';
import { edgeItselfShown, filtering, isNodeShown, type ViewFilter } from '../visibility.ts';
import { type Csr, csrFromPairs, distinctPairs } from './csr.ts';

export interface AnalysisGraph {
  /** Node ids; index i in the adjacencies is nodes[i]. */
  readonly nodes: readonly string[];
  /** Shown links, direction ignored, one per linked pair, self-loops dropped (each pair at both ends). */
  readonly undirected: Csr;
  /** The same links with their direction: one per ordered pair (successors), self-loops dropped. */
  readonly directed: Csr;
  /** Linked pairs in the undirected simple graph, and ordered pairs in the directed one. */
  readonly links: number;
  readonly directedLinks: number;
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

/** The simple graphs of shown links: nodes in the given order, parallel links merged, loops dropped. */
export function simpleGraphs(links: ShownLinks): AnalysisGraph {
  const n = links.nodes.length;
  const u = distinctPairs(n, links.sources, links.targets, true);
  const d = distinctPairs(n, links.sources, links.targets, false);
  return {
    nodes: links.nodes,
    undirected: csrFromPairs(n, u.from, u.to, true),
    directed: csrFromPairs(n, d.from, d.to, false),
    links: u.from.length,
    directedLinks: d.from.length,
    relations: links.sources.length,
  };
}

const graphologyViews = new WeakMap<AnalysisGraph, UndirectedGraph>();

/**
 * The undirected simple graph as a graphology graph, for what runs on graphology (Louvain, and the
 * reference figures in the tests). Built once per analysis graph, on first use.
 */
export function undirectedGraph(g: AnalysisGraph): UndirectedGraph {
  const known = graphologyViews.get(g);
  if (known) return known;
  const graph = new UndirectedGraph();
  const { nodes } = g;
  for (const node of nodes) graph.addNode(node);
  const { starts, neighbours } = g.undirected;
  // Each pair is stored at both ends; adding it from its lower end adds it once.
  for (let i = 0; i < nodes.length; i++) {
    for (let j = starts[i]!, end = starts[i + 1]!; j < end; j++) {
      const k = neighbours[j]!;
      if (i < k) graph.addEdge(nodes[i]!, nodes[k]!);
    }
  }
  graphologyViews.set(g, graph);
  return graph;
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
