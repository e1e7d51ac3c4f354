// What stands out on the canvas: the hovered and selected items, their neighbours and the chosen
// path. Holds that state and turns it into sigma's node and edge reducers and label ranks.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { StakeholderGraph } from '../../graph/index.ts';
import { chosenPath } from '../state/paths.ts';
import type { Store } from '../state/store.ts';
import { isEdgeShown, isNodeShown } from '../state/visibility.ts';
import type { CanvasTheme } from '../theme.ts';
import type { DisplayEdge, DisplayNode } from './displayData.ts';
import type { LevelOfDetail } from './lod.ts';

/** The nodes and edges a highlight draws differently from the rest. */
export interface Marked {
  readonly nodes: Set<string>;
  readonly edges: Set<string>;
}

export interface Highlight {
  nodeReducer(node: string, data: DisplayNode): Partial<NodeDisplayData>;
  edgeReducer(edge: string, data: DisplayEdge): Partial<EdgeDisplayData>;
  /** How much a node's label matters now (higher first): selection, path, hover, neighbours, 0 else. */
  labelRank(node: string): number;
  readonly hoveredNode: string | undefined;
  readonly hoveredEdge: string | undefined;
  hoverNode(node: string | undefined): void;
  hoverEdge(edge: string | undefined): void;
  /** Reads the selection again from the store (after a selection or filter change). */
  updateFocus(): void;
  /** Reads the chosen path again from the store. */
  updatePath(): void;
  /** The items the highlight marks now. */
  marked(): Marked;
}

/** Label ranks (labelRank): the selection's first, then the path's, the hovered node's, neighbours'. */
const RANK = { selected: 5, path: 4, hovered: 3, neighbour: 2 } as const;

/** What is not highlighted: faded, unlabelled and drawn below; on big graphs left as it is (lod.ts). */
function faders(lod: LevelOfDetail, theme: () => CanvasTheme) {
  return {
    fadeNode: (data: DisplayNode): Partial<NodeDisplayData> =>
      lod.partialHighlight ? data : { ...data, color: theme().faded, label: '', zIndex: 0 },
    fadeEdge: (base: DisplayEdge & Partial<EdgeDisplayData>): Partial<EdgeDisplayData> =>
      lod.partialHighlight ? base : { ...base, color: theme().faded, zIndex: 0 },
  };
}

export function createHighlight(
  graph: StakeholderGraph,
  store: Store,
  lod: LevelOfDetail,
  theme: () => CanvasTheme,
): Highlight {
  const { fadeNode, fadeEdge } = faders(lod, theme);
  let hoveredNode: string | undefined;
  let hoveredEdge: string | undefined;
  let neighbours = new Set<string>();
  let focus: string | undefined;
  // The chosen path of the Paths tab: its nodes and edges stand out, the rest fades.
  let pathNodes = new Set<string>();
  let pathEdges = new Set<string>();
  let pathEnds = new Set<string>();

  const selectedNode = (): string | undefined => {
    const s = store.getState().selection;
    return s?.kind === 'node' && graph.hasNode(s.id) ? s.id : undefined;
  };
  const selectedEdge = (): string | undefined => {
    const s = store.getState().selection;
    return s?.kind === 'edge' && graph.hasEdge(s.id) ? s.id : undefined;
  };
  /** The node whose neighbourhood stands out: the hovered one, else the selected one. */
  const updateFocus = (): void => {
    focus = hoveredNode ?? selectedNode();
    neighbours = new Set(focus === undefined ? [] : graph.neighbors(focus));
  };
  const updatePath = (): void => {
    const path = chosenPath(store.getState().paths);
    pathNodes = new Set(path?.nodes ?? []);
    pathEdges = new Set(path?.edges.map((e) => e.id) ?? []);
    pathEnds = new Set(path ? [path.nodes[0]!, path.nodes[path.nodes.length - 1]!] : []);
  };

  const nodeReducer = (node: string, data: DisplayNode): Partial<NodeDisplayData> => {
    const state = store.getState();
    if (!isNodeShown(graph, node, state)) return { ...data, hidden: true };
    const edge = selectedEdge();
    const selected = state.selection?.kind === 'node' && state.selection.id === node;
    if (pathNodes.size > 0 && hoveredNode === undefined) {
      // Path nodes get the boxed hover label, drawn above the thick path edges so they stay readable.
      if (pathNodes.has(node))
        return {
          ...data,
          forceLabel: true,
          highlighted: true,
          zIndex: 2,
          size: data.size * (pathEnds.has(node) ? 1.5 : 1.25),
        };
      return selected ? { ...data, forceLabel: true, zIndex: 1, size: data.size * 1.4 } : fadeNode(data);
    }
    if (edge !== undefined && hoveredNode === undefined) {
      const end = graph.source(edge) === node || graph.target(edge) === node;
      return end ? { ...data, forceLabel: true, zIndex: 2, size: data.size * 1.3 } : fadeNode(data);
    }
    // Only the hovered node gets sigma's boxed "highlighted" label (drawn above the others); the
    // selection is marked by size and a forced label (labelRank puts it first).
    // (sigma hands reducers a copy of the attributes: the common case returns it as it is.)
    if (focus === undefined && !selected) return data;
    const emphasis = selected ? { forceLabel: true, zIndex: 2, size: data.size * 1.4 } : {};
    if (focus === undefined) return { ...data, ...emphasis };
    if (node === hoveredNode) return { ...data, ...emphasis, highlighted: true, forceLabel: true, zIndex: 3 };
    if (node === focus || selected) return { ...data, forceLabel: true, zIndex: 2, size: data.size * 1.4 };
    if (neighbours.has(node)) return { ...data, forceLabel: true, zIndex: 1 };
    return fadeNode(data);
  };

  const edgeReducer = (edge: string, data: DisplayEdge): Partial<EdgeDisplayData> => {
    const state = store.getState();
    if (!isEdgeShown(graph, edge, state)) return { ...data, hidden: true };
    // sigma hands reducers a copy of the attributes: colour it in place (no allocation per edge).
    const base: DisplayEdge & Partial<EdgeDisplayData> = data;
    const colours = theme();
    base.color = data.stated ? colours.edge : colours.inferredEdge;
    const selected = selectedEdge();
    if (edge === hoveredEdge || edge === selected) {
      return { ...base, color: colours.highlightEdge, size: 3, zIndex: 2 };
    }
    if (pathEdges.size > 0 && hoveredNode === undefined)
      return pathEdges.has(edge)
        ? { ...base, color: colours.highlightEdge, size: 3.5, zIndex: 2 }
        : fadeEdge(base);
    if (selected !== undefined && hoveredNode === undefined) return fadeEdge(base);
    if (focus === undefined) return base;
    const incident = graph.source(edge) === focus || graph.target(edge) === focus;
    return incident ? { ...base, color: colours.highlightEdge, size: 2, zIndex: 1 } : fadeEdge(base);
  };

  const labelRank = (node: string): number => {
    if (node === selectedNode()) return RANK.selected;
    const edge = selectedEdge();
    if (edge !== undefined && (graph.source(edge) === node || graph.target(edge) === node))
      return RANK.selected;
    if (pathNodes.has(node)) return RANK.path;
    if (node === hoveredNode) return RANK.hovered;
    if (neighbours.has(node)) return RANK.neighbour;
    return 0;
  };

  const marked = (): Marked => {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    const node = selectedNode();
    if (node !== undefined) nodes.add(node);
    const edge = selectedEdge();
    if (edge !== undefined) {
      edges.add(edge);
      nodes.add(graph.source(edge));
      nodes.add(graph.target(edge));
    }
    if (hoveredEdge !== undefined) edges.add(hoveredEdge);
    if (focus !== undefined) {
      nodes.add(focus);
      for (const n of neighbours) nodes.add(n);
      graph.forEachEdge(focus, (e) => {
        edges.add(e);
      });
    }
    for (const n of pathNodes) nodes.add(n);
    for (const e of pathEdges) edges.add(e);
    return { nodes, edges };
  };

  return {
    nodeReducer,
    edgeReducer,
    labelRank,
    get hoveredNode() {
      return hoveredNode;
    },
    get hoveredEdge() {
      return hoveredEdge;
    },
    hoverNode(node) {
      hoveredNode = node;
      updateFocus();
    },
    hoverEdge(edge) {
      hoveredEdge = edge;
    },
    updateFocus,
    updatePath,
    marked,
  };
}
