// What an export covers: the whole graph, the filtered view (the visibility rule), or the chosen path.
import { type StakeholderGraph, subgraph } from '../../graph/index.ts';
import { type FilterState, isEdgeShown, isNodeShown } from '../state/visibility.ts';

export const EXPORT_SCOPES = ['graph', 'view', 'path'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

export const SCOPE_LABELS: Record<ExportScope, string> = {
  graph: 'Whole graph',
  view: 'Filtered view',
  path: 'Current path',
};

/** A path as the Paths tab's result holds it: node ids and edges with ids. */
interface PathLike {
  readonly nodes: readonly string[];
  readonly edges: readonly { readonly id: string }[];
}

/** The state scopeGraph reads: the filters, and the Paths tab's result and chosen path. */
export type ScopeState = FilterState & {
  readonly paths?:
    | {
        readonly result?: { readonly paths: readonly PathLike[] } | undefined;
        readonly chosen?: number | undefined;
      }
    | undefined;
};

/** The path chosen in the Paths tab (drawn on the graph), if there is one with at least one node. */
function currentPath(state: ScopeState): PathLike | undefined {
  const chosen = state.paths?.chosen;
  const path = chosen === undefined ? undefined : state.paths?.result?.paths[chosen];
  return path && path.nodes.length > 0 ? path : undefined;
}

/** Whether the scope can be exported now ('path' needs a path result). */
export function scopeAvailable(state: ScopeState, scope: ExportScope): boolean {
  return scope !== 'path' || currentPath(state) !== undefined;
}

/**
 * The graph to export for a scope: the same graph for 'graph'; for 'view' the nodes and edges
 * the filters show (as on the canvas, in the counts and the table); for 'path' the path's nodes
 * and edges. Undefined when the scope is not available.
 */
export function scopeGraph(
  state: ScopeState,
  graph: StakeholderGraph,
  scope: ExportScope,
): StakeholderGraph | undefined {
  switch (scope) {
    case 'graph':
      return graph;
    case 'view':
      return subgraph(
        graph,
        graph.filterNodes((n) => isNodeShown(graph, n, state)),
        graph.filterEdges((e) => isEdgeShown(graph, e, state)),
      );
    case 'path': {
      const path = currentPath(state);
      return (
        path &&
        subgraph(
          graph,
          path.nodes,
          path.edges.map((e) => e.id),
        )
      );
    }
  }
}
