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

/**
 * The path the Paths tab puts in the store as `state.paths.result` (a query `Path` fits: node ids
 * and edges with ids). Typed structurally so this module does not depend on the Paths tab.
 */
export interface PathLike {
  readonly nodes: readonly string[];
  readonly edges: readonly { readonly id: string }[];
}

/** The state scopeGraph reads: the filters, and the path result when the Paths tab is there. */
export type ScopeState = FilterState & {
  readonly paths?: { readonly result?: PathLike | undefined } | undefined;
};

/** The chosen path, if there is one with at least one node. */
export function currentPath(state: ScopeState): PathLike | undefined {
  const result = state.paths?.result;
  return result && result.nodes.length > 0 ? result : undefined;
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
