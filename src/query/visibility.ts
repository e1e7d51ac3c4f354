// What the view filters leave visible: one rule shared by the canvas, the table, the CLI and the analysis.
import type { EdgeAttributes, StakeholderGraph } from '../graph/index.ts';
import type { NodeKind, RelationKind } from '../schema/index.ts';
import { edgeHoldsOn, nodeHoldsOn } from './time.ts';

/** The filters of a view: kinds switched off, "stated links only" and the "as of" day. */
export interface ViewFilter {
  readonly hiddenNodeKinds: readonly NodeKind[];
  readonly hiddenRelationKinds: readonly RelationKind[];
  /** Hide links that are only inferred (no evidence item states them). */
  readonly statedOnly: boolean;
  /** The "as of" day: what does not hold on it is hidden (absent: any time). */
  readonly asOf?: string | undefined;
}

/** No filter on: everything shows. */
export const NO_FILTER: ViewFilter = Object.freeze({
  hiddenNodeKinds: [],
  hiddenRelationKinds: [],
  statedOnly: false,
});

/** Whether any filter is on: with none, everything shows (the checks below are skipped on big graphs). */
export function filtering(state: ViewFilter): boolean {
  return (
    state.hiddenNodeKinds.length > 0 ||
    state.hiddenRelationKinds.length > 0 ||
    state.statedOnly ||
    state.asOf !== undefined
  );
}

/** A node shows when its kind is on and, with an "as of" day, it exists on that day. */
export function isNodeShown(graph: StakeholderGraph, node: string, state: ViewFilter): boolean {
  if (!filtering(state)) return true;
  if (state.hiddenNodeKinds.includes(graph.getNodeAttribute(node, 'kind'))) return false;
  return state.asOf === undefined || nodeHoldsOn(graph, node, state.asOf);
}

/** The edge's own part of the rule: its kind is on, it is stated (if asked), it holds on the day. */
export function edgeItselfShown(
  graph: StakeholderGraph,
  edge: string,
  a: EdgeAttributes,
  state: ViewFilter,
): boolean {
  return (
    !state.hiddenRelationKinds.includes(a.kind) &&
    (!state.statedOnly || a.stated) &&
    (state.asOf === undefined || edgeHoldsOn(graph, edge, state.asOf))
  );
}

/** An edge shows when its kind is on, it is stated (if asked), it holds on the day and both its ends show. */
export function isEdgeShown(graph: StakeholderGraph, edge: string, state: ViewFilter): boolean {
  if (!filtering(state)) return true;
  return (
    edgeItselfShown(graph, edge, graph.getEdgeAttributes(edge), state) &&
    isNodeShown(graph, graph.source(edge), state) &&
    isNodeShown(graph, graph.target(edge), state)
  );
}

/** Whether two filters differ in anything that changes what is visible (views re-render on this). */
export function filtersChanged(a: ViewFilter, b: ViewFilter): boolean {
  return (
    a.hiddenNodeKinds !== b.hiddenNodeKinds ||
    a.hiddenRelationKinds !== b.hiddenRelationKinds ||
    a.statedOnly !== b.statedOnly ||
    a.asOf !== b.asOf
  );
}
