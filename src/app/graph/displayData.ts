// What sigma draws for each node and edge (size, colour, edge program, curvature), made from the
// domain graph's attributes whenever sigma asks (SteppedSigma's itemDisplay). sigma renders the
// domain graph itself: a drawn copy of the graph (a second graphology graph of 100k nodes and 400k
// edges at scale) would double the heap the page holds and the garbage collector walks.
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, NodeAttributes, StakeholderGraph } from '../../graph/index.ts';
import { type ClaimStatus, NODE_KINDS, type NodeKind, type RelationKind } from '../../schema/index.ts';
import { CLAIM_MARKS, flaggedStatus, markText, nodeFlag } from '../claimMarks.ts';
import { runToEnd } from '../tasks.ts';
import { type NodeLook, nodeSize } from './nodeLook.ts';

export { nodeSize };

// Drawn items carry every field of sigma's display data, at sigma's defaults, from the start: an
// object literal of one shape per item, rather than a copy that sigma's defaults and the reducers
// grow field by field (bigger objects, more garbage, longer GC pauses on big graphs).
export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeKind;
  type: 'circle';
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export interface DisplayEdge {
  size: number;
  type: 'straight' | 'curved';
  curvature: number;
  kind: RelationKind;
  stated: boolean;
  /** Relations whose claim is flagged ("⚠ disputed") and imported ones with their own words have a label; others ''. */
  label: string;
  /** Set by the edge reducer from the theme ('' until then: sigma's default colour). */
  color: string;
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
}

/**
 * "Criminal Justice Bill ⟳": a flagged claim shows in the label as its icon, not by colour alone
 * (the word, "superseded", is in the panels and the legend: on the canvas it made labels run over
 * their neighbours).
 */
function withMark(label: string, status: ClaimStatus | undefined): string {
  return status === undefined ? label : `${label} ${CLAIM_MARKS[status].icon}`;
}

/** A node as drawn before highlighting and filters (the reducers' input): a new object each call. */
export function displayNode(
  graph: StakeholderGraph,
  node: string,
  a: NodeAttributes,
  look?: NodeLook,
): DisplayNode {
  const degree = graph.degree(node);
  return {
    x: a.x,
    y: a.y,
    size: look ? look.size(degree, a) : nodeSize(degree),
    color: look ? look.color(a) : NODE_KINDS[a.kind].color,
    label: withMark(a.label, nodeFlag(a.record)),
    kind: a.kind,
    type: 'circle',
    hidden: false,
    highlighted: false,
    forceLabel: false,
    zIndex: 0,
  };
}

/** The curve of an edge that shares its pair of ends with others (parallel or opposite edges). */
interface Curve {
  /** @sigma/edge-curve's index of the edge among those of its pair (for its curvature). */
  readonly parallelIndex: number;
  readonly parallelMaxIndex: number | null;
  readonly curvature: number;
}

/** The curved edges by key; every other edge is straight. */
export type Curves = ReadonlyMap<string, Curve>;

/** An imported relation's own words ("works with") where our kind is only the generic related-to. */
function foreignLabel(a: EdgeAttributes): string {
  const label = a.kind === 'related-to' ? a.record.attributes?.label : undefined;
  return typeof label === 'string' ? label : '';
}

/** An edge as drawn before highlighting and filters (the reducers' input): a new object each call. */
export function displayEdge(edge: string, a: EdgeAttributes, curves: Curves): DisplayEdge {
  const curve = curves.get(edge);
  const flag = flaggedStatus(a.record.claim);
  return {
    size: 1.5,
    type: curve === undefined ? 'straight' : 'curved',
    curvature: curve === undefined ? 0 : curve.curvature,
    kind: a.kind,
    stated: a.stated,
    label: flag === undefined ? foreignLabel(a) : markText(flag),
    color: '',
    hidden: false,
    forceLabel: false,
    zIndex: 0,
  };
}

/** The curves of a graph's parallel and opposite edges. */
export function curves(graph: StakeholderGraph): Curves {
  return runToEnd(curvesSteps(graph));
}

/** Items handled between two pauses of curvesSteps (a few ms of work each). */
const CURVES_SLICE = 1000;

/**
 * curves() as steps: the generator pauses after each slice of items (yielding how many nodes and
 * edges are handled, up to nodes + edges), so a page can run it on a big graph in short tasks.
 * Parallel and opposite edges between one pair get distinct curvatures, so each stays visible.
 * @sigma/edge-curve's index runs on those edges alone, in the graph's order (so with the result it
 * gives on the whole graph: tests/unit/displayData.test.ts): on a big graph the whole-graph pass
 * would be one long task, and it writes an attribute on every edge.
 */
export function* curvesSteps(
  graph: StakeholderGraph,
  slice: number = CURVES_SLICE,
): Generator<number, Curves> {
  // 1. The edges whose pair of ends (either way round) has more than one edge.
  const paired = new Set<string>();
  const perTarget = new Map<string, number>();
  const count = (_e: string, _a: EdgeAttributes, _s: string, t: string): void => {
    perTarget.set(t, (perTarget.get(t) ?? 0) + 1);
  };
  let done = 0;
  for (const s of graph.nodes()) {
    if (++done % slice === 0) yield done;
    perTarget.clear();
    graph.forEachOutEdge(s, count);
    graph.forEachOutEdge(s, (e, _a, _s, t) => {
      if (perTarget.get(t)! > 1 || (t !== s && graph.hasDirectedEdge(t, s))) paired.add(e);
    });
  }
  // 2. Those edges, in the graph's order, indexed by the library.
  const parallel = new MultiDirectedGraph<
    Record<string, never>,
    { parallelIndex?: number | null; parallelMaxIndex?: number | null }
  >();
  for (const { edge, source, target } of graph.edgeEntries()) {
    if (++done % slice === 0) yield done;
    if (!paired.has(edge)) continue;
    parallel.mergeNode(source);
    parallel.mergeNode(target);
    parallel.addEdgeWithKey(edge, source, target, {});
  }
  const result = new Map<string, Curve>();
  if (parallel.size === 0) return result;
  indexParallelEdgesIndex(parallel, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
  parallel.forEachEdge((edge, a) => {
    if (typeof a.parallelIndex !== 'number') return;
    const max = a.parallelMaxIndex ?? 1;
    result.set(edge, {
      parallelIndex: a.parallelIndex,
      parallelMaxIndex: a.parallelMaxIndex ?? null,
      curvature: DEFAULT_EDGE_CURVATURE + (3 * DEFAULT_EDGE_CURVATURE * a.parallelIndex) / (max || 1),
    });
  });
  return result;
}
