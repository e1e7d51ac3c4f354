// Level of detail for big graphs: sigma settings chosen from the graph's size, as a pure function.

export interface LevelOfDetail {
  /** Hide edges while the camera moves (they are most of the drawing cost). */
  readonly hideEdgesOnMove: boolean;
  /** Hide labels while the camera moves (label layout runs on the CPU every frame). */
  readonly hideLabelsOnMove: boolean;
  /** Labels per grid cell: fewer on dense graphs. */
  readonly labelDensity: number;
  /** Nodes drawn smaller than this many pixels get no label. */
  readonly labelRenderedSizeThreshold: number;
  /**
   * Edge hover and click need a picking pass over every edge each frame; off on big graphs, and
   * when edges are one-pixel lines (too thin to point at: a second pass for nothing).
   */
  readonly enableEdgeEvents: boolean;
  /** Edges drawn as one-pixel lines, without arrowheads or curves (far less fill work per frame). */
  readonly lineEdges: boolean;
  /**
   * Hover, selection and paths redraw only the items they mark, and the rest is not faded
   * (fading means redrawing every node and edge: seconds per hover on a big graph).
   */
  readonly partialHighlight: boolean;
}

export interface LodThresholds {
  /** Above this many edges, edges are hidden while moving. */
  readonly hideEdgesAbove: number;
  /** Above this many nodes, labels are hidden while moving. */
  readonly hideLabelsAbove: number;
  /** Above this many nodes, edge hover and click are off. */
  readonly edgeEventsUpTo: number;
  /** Above this many edges, edges are drawn as lines. */
  readonly lineEdgesAbove: number;
  /** Above this many nodes and edges together, highlights redraw only what they mark. */
  readonly partialHighlightAbove: number;
}

const DEFAULT_LOD_THRESHOLDS: Readonly<LodThresholds> = Object.freeze({
  hideEdgesAbove: 20_000,
  hideLabelsAbove: 5_000,
  edgeEventsUpTo: 20_000,
  lineEdgesAbove: 20_000,
  partialHighlightAbove: 25_000,
});

/** What the explorer draws for a graph of this size; small graphs keep everything. */
export function levelOfDetail(
  nodes: number,
  edges: number,
  thresholds: LodThresholds = DEFAULT_LOD_THRESHOLDS,
): LevelOfDetail {
  // Fewer labels per cell as the graph grows: 1.5 for small graphs down to 0.3 at 100k nodes.
  const labelDensity = nodes <= 1000 ? 1.5 : Math.max(0.3, 1.5 - 0.3 * Math.log10(nodes / 1000) * 2);
  return {
    hideEdgesOnMove: edges > thresholds.hideEdgesAbove,
    hideLabelsOnMove: nodes > thresholds.hideLabelsAbove,
    labelDensity: Math.round(labelDensity * 100) / 100,
    labelRenderedSizeThreshold: nodes > 10_000 ? 8 : 5.5,
    enableEdgeEvents: nodes <= thresholds.edgeEventsUpTo && edges <= thresholds.lineEdgesAbove,
    lineEdges: edges > thresholds.lineEdgesAbove,
    partialHighlight: nodes + edges > thresholds.partialHighlightAbove,
  };
}
