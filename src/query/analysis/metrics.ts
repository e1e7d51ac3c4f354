// The metrics the analysis offers: one registry for the CLI, the exports and the explorer, with their meaning.

export const METRIC_IDS = ['degree', 'betweenness', 'closeness', 'pagerank', 'eigenvector'] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricInfo {
  readonly id: MetricId;
  /** A short name for people ("Brokers"). */
  readonly title: string;
  /** One plain sentence: what a high value means. */
  readonly plain: string;
  /** The exact definition, as the CLI prints it. */
  readonly definition: string;
}

/** How every metric reads the graph, stated once (the CLI's and the docs' "semantics"). */
export const SEMANTICS =
  'Computed on the graph as shown (the "as of" date, "stated links only" and kinds switched off apply), ' +
  'as an unweighted simple graph: parallel relations merged, self-loops dropped, direction ignored ' +
  'except for in/out degree and PageRank.';

export const METRICS: Readonly<Record<MetricId, MetricInfo>> = {
  degree: {
    id: 'degree',
    title: 'Connections',
    plain: 'stakeholders linked to many others',
    definition:
      'degree: number of distinct neighbours in the undirected simple graph (in/out degree: distinct ' +
      'predecessors/successors in the directed simple graph).',
  },
  betweenness: {
    id: 'betweenness',
    title: 'Brokers',
    plain: 'stakeholders that lie on many of the shortest routes between others',
    definition:
      'betweenness: share of shortest paths between other pairs that pass through the node, on the ' +
      'undirected simple graph, normalised as NetworkX betweenness_centrality(G, normalized=True), ' +
      'i.e. divided by (n-1)(n-2)/2.',
  },
  closeness: {
    id: 'closeness',
    title: 'Close to all',
    plain: 'stakeholders a few steps away from everyone they can reach',
    definition:
      'closeness: (r-1)/(n-1) * (r-1)/sum of distances to the r-1 other reachable nodes, on the ' +
      'undirected simple graph, as NetworkX closeness_centrality(G) (Wasserman-Faust for several components).',
  },
  pagerank: {
    id: 'pagerank',
    title: 'Influence',
    plain: 'stakeholders that influential stakeholders point to',
    definition:
      'pagerank: PageRank on the directed simple graph, damping 0.85, unweighted, as NetworkX pagerank(G, alpha=0.85).',
  },
  eigenvector: {
    id: 'eigenvector',
    title: 'Well connected',
    plain: 'stakeholders linked to other well-linked stakeholders',
    definition:
      'eigenvector: eigenvector centrality on the undirected simple graph (unit Euclidean norm), as ' +
      'NetworkX eigenvector_centrality(G).',
  },
};

export function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}
