// sigma's edge-label pass, skipping edges that have no label.
//
// sigma 3.0 draws edge labels every frame by walking every edge between nodes whose labels show
// (on a small graph, where every label shows, nearly every edge) and making three new objects per
// edge (the edge's and both ends' display data, spread) before the drawing function finds the
// label empty and returns. Most of the explorer's relations carry no label (displayData.ts), so
// that was most of a frame's JavaScript while panning a 1,000-node graph. This pass is sigma
// 3.0.3's `renderEdgeLabels` (pinned; see package.json) with two changes: an edge with an empty
// label is passed over before anything is made for it, and only the edges of the nodes that can
// offer a label (hovered, highlighted, label shown: a few hundred) are walked, not every edge of
// the graph, which on a big graph was most of every frame's JavaScript.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';

type DrawEdgeLabel = (
  context: CanvasRenderingContext2D,
  edge: Record<string, unknown>,
  source: Record<string, unknown>,
  target: Record<string, unknown>,
  settings: unknown,
) => void;

/** The parts of sigma 3.0.3 this pass reads, as sigma's own renderEdgeLabels does. */
interface Internals {
  settings: { renderEdgeLabels: boolean; defaultDrawEdgeLabel: DrawEdgeLabel };
  canvasContexts: { edgeLabels?: CanvasRenderingContext2D };
  width: number;
  height: number;
  hoveredNode: string | null;
  highlightedNodes: Set<string>;
  displayedNodeLabels: Set<string>;
  edgesWithForcedLabels: Set<string>;
  displayedEdgeLabels: Set<string>;
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  edgePrograms: Record<string, { drawLabel?: DrawEdgeLabel }>;
  scaleSize(size: number): number;
  framedGraphToViewport(position: { x: number; y: number }): { x: number; y: number };
  renderEdgeLabels(): unknown;
}

/** Gives `sigma` the pass above; false (sigma left as it is) if its fields are not where 3.0 keeps them. */
export function drawLabelledEdgesOnly<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
): boolean {
  const s = sigma as unknown as Internals;
  if (
    typeof s.renderEdgeLabels !== 'function' ||
    typeof s.scaleSize !== 'function' ||
    typeof s.framedGraphToViewport !== 'function' ||
    !s.canvasContexts?.edgeLabels ||
    !(s.displayedNodeLabels instanceof Set) ||
    !(s.highlightedNodes instanceof Set) ||
    !(s.edgesWithForcedLabels instanceof Set)
  )
    return false;
  const graph = sigma.getGraph();
  const nodeData = (node: string, data: NodeDisplayData): Record<string, unknown> => ({
    key: node,
    ...data,
    ...s.framedGraphToViewport(data),
    size: s.scaleSize(data.size),
  });
  s.renderEdgeLabels = function renderEdgeLabels(this: Internals) {
    if (!this.settings.renderEdgeLabels) return this;
    const context = this.canvasContexts.edgeLabels!;
    context.clearRect(0, 0, this.width, this.height);
    const drawn = new Set<string>();
    const draw = (edge: string, source: string, target: string): void => {
      const edgeData = this.edgeDataCache[edge];
      if (!edgeData?.label || drawn.has(edge)) return;
      const sourceData = this.nodeDataCache[source];
      const targetData = this.nodeDataCache[target];
      if (!sourceData || !targetData || edgeData.hidden || sourceData.hidden || targetData.hidden) return;
      const drawLabel = this.edgePrograms[edgeData.type]?.drawLabel ?? this.settings.defaultDrawEdgeLabel;
      drawLabel(
        context,
        { key: edge, ...edgeData, size: this.scaleSize(edgeData.size) },
        nodeData(source, sourceData),
        nodeData(target, targetData),
        this.settings,
      );
      drawn.add(edge);
    };
    // Which edges sigma offers a label: an end hovered or highlighted, or both ends' labels shown.
    // sigma walks every edge of the graph for it in every frame; each of those edges has an end
    // among these few nodes, so only their edges are walked (an edge met from both ends is drawn once).
    const { hoveredNode: hovered, highlightedNodes: highlighted, displayedNodeLabels: shown } = this;
    const offer = (edge: string, _a: unknown, source: string, target: string): void => {
      if (
        source === hovered ||
        target === hovered ||
        highlighted.has(source) ||
        highlighted.has(target) ||
        (shown.has(source) && shown.has(target))
      )
        draw(edge, source, target);
    };
    const ends = new Set(shown);
    for (const node of highlighted) ends.add(node);
    if (hovered !== null) ends.add(hovered);
    for (const node of ends) if (graph.hasNode(node)) graph.forEachEdge(node, offer);
    for (const edge of this.edgesWithForcedLabels) {
      if (graph.hasEdge(edge)) draw(edge, graph.source(edge), graph.target(edge));
    }
    this.displayedEdgeLabels = drawn;
    return this;
  };
  return true;
}
