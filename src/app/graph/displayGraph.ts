// The drawn graph: a copy of the domain graph with sigma's attributes (size, colour, edge program, curvature).
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiDirectedGraph } from 'graphology';
import type { StakeholderGraph } from '../../graph/index.ts';
import { type ClaimStatus, NODE_KINDS, type NodeKind, type RelationKind } from '../../schema/index.ts';
import { flaggedStatus, markText, nodeFlag } from '../claimMarks.ts';
import { runToEnd } from '../tasks.ts';

// Drawn items carry every field of sigma's display data, at sigma's defaults, from the start: sigma
// copies the attributes of each item and fills in what is missing, and a field added to a copy
// means a bigger object allocated (hundreds of MB of garbage for 400k edges, and long GC pauses).
export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeKind;
  type: 'circle';
  hidden: false;
  highlighted: false;
  forceLabel: false;
  zIndex: 0;
}

export interface DisplayEdge {
  size: number;
  type: 'straight' | 'curved';
  curvature: number;
  kind: RelationKind;
  stated: boolean;
  /** Only relations whose claim is flagged have a label on the canvas ("⚠ disputed"); others ''. */
  label: string;
  /** Set by the edge reducer from the theme ('' until then: sigma's default colour). */
  color: string;
  hidden: false;
  forceLabel: false;
  zIndex: 0;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

/** Node size grows with the square root of the degree (number of relations, in and out). */
export function nodeSize(degree: number): number {
  return 3 + 1.8 * Math.sqrt(degree);
}

/** "Criminal Justice Bill ⟳ superseded": a flagged claim shows in the label, not by colour alone. */
function withMark(label: string, status: ClaimStatus | undefined): string {
  return status === undefined ? label : `${label} ${markText(status)}`;
}

/**
 * Derives the drawn graph; the domain graph is never changed, so layouts and highlighting can
 * play with positions and colours freely and "reset" reads the stored positions again.
 */
export function displayGraph(graph: StakeholderGraph): DisplayGraph {
  return runToEnd(displayGraphSteps(graph));
}

/** Items copied between two pauses of displayGraphSteps (a few ms of work each). */
export const DISPLAY_SLICE = 1000;

/**
 * displayGraph() as steps: the generator pauses after each slice of items (yielding how many
 * nodes and edges are copied), so a page can run the copy of a big graph in short tasks (main.ts).
 */
export function* displayGraphSteps(
  graph: StakeholderGraph,
  slice: number = DISPLAY_SLICE,
): Generator<number, DisplayGraph> {
  const display: DisplayGraph = new MultiDirectedGraph();
  let count = 0;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    if (++count % slice === 0) yield count;
    display.addNode(node, {
      x: a.x,
      y: a.y,
      size: nodeSize(graph.degree(node)),
      color: NODE_KINDS[a.kind].color,
      label: withMark(a.label, nodeFlag(a.record)),
      kind: a.kind,
      type: 'circle',
      hidden: false,
      highlighted: false,
      forceLabel: false,
      zIndex: 0,
    });
  }
  // Edges per unordered pair of ends: only pairs with more than one edge need curves.
  const perPair = new Map<string, number>();
  const pairKey = (source: string, target: string): string =>
    source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    if (++count % slice === 0) yield count;
    const flag = flaggedStatus(a.record.claim);
    display.addEdgeWithKey(edge, source, target, {
      size: 1.5,
      type: 'straight',
      curvature: 0,
      kind: a.kind,
      stated: a.stated,
      label: flag === undefined ? '' : markText(flag),
      color: '',
      hidden: false,
      forceLabel: false,
      zIndex: 0,
    });
    const key = pairKey(source, target);
    perPair.set(key, (perPair.get(key) ?? 0) + 1);
  }
  // Parallel and opposite edges between one pair get distinct curvatures, so each stays visible.
  // @sigma/edge-curve's index runs on those edges alone (in the same order, so with the same
  // result as on the whole graph): on a big graph the whole-graph pass would be one long task.
  const parallel: DisplayGraph = new MultiDirectedGraph();
  for (const { edge, attributes, source, target } of display.edgeEntries()) {
    if (++count % slice === 0) yield count;
    if ((perPair.get(pairKey(source, target)) ?? 0) < 2) continue;
    parallel.mergeNode(source);
    parallel.mergeNode(target);
    parallel.addEdgeWithKey(edge, source, target, attributes);
  }
  yield count;
  indexParallelEdgesIndex(parallel, {
    edgeIndexAttribute: 'parallelIndex',
    edgeMaxIndexAttribute: 'parallelMaxIndex',
  });
  parallel.forEachEdge((edge, a) => {
    if (typeof a.parallelIndex === 'number') {
      const max = a.parallelMaxIndex ?? 1;
      display.mergeEdgeAttributes(edge, {
        parallelIndex: a.parallelIndex,
        parallelMaxIndex: a.parallelMaxIndex ?? null,
        type: 'curved',
        curvature: DEFAULT_EDGE_CURVATURE + (3 * DEFAULT_EDGE_CURVATURE * a.parallelIndex) / (max || 1),
      });
    }
  });
  return display;
}

/** Puts the stored positions back (after a live layout). */
export function resetPositions(display: DisplayGraph, graph: StakeholderGraph): void {
  graph.forEachNode((node, a) => {
    display.mergeNodeAttributes(node, { x: a.x, y: a.y });
  });
}
