// Reads what sigma draws now (reducers applied, camera, sizes in pixels) into the SvgView that svg.ts writes.

import type { PlacedLabel } from '../graph/placeLabels.ts';
import type { ExplorerSigma } from '../graph/renderer.ts';
import { currentTheme } from '../theme.ts';
import type { SvgEdge, SvgNode, SvgView } from './svg.ts';

/** The page background, so the image looks like the canvas. */
function background(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--bg').trim() || '#ffffff';
}

/** `labels`: the labels the canvas drew in its last frame (Renderer.drawnLabels), the same in the SVG. */
export function currentSvgView(
  sigma: ExplorerSigma,
  title?: string,
  labels: readonly PlacedLabel[] = [],
): SvgView {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const index = new Map<string, number>();
  const drawn: { key: string; z: number; node: SvgNode }[] = [];
  graph.forEachNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return;
    const at = sigma.framedGraphToViewport(d);
    drawn.push({
      key,
      z: d.zIndex,
      node: { x: at.x, y: at.y, size: sigma.scaleSize(d.size), color: d.color },
    });
  });
  // Lower zIndex first, as sigma draws them (stable for equal ones).
  drawn.sort((a, b) => a.z - b.z);
  for (const [i, d] of drawn.entries()) index.set(d.key, i);
  const nodes = drawn.map((d) => d.node);

  const edges: { z: number; edge: SvgEdge }[] = [];
  graph.forEachEdge((key, _a, source, target) => {
    const d = sigma.getEdgeDisplayData(key);
    const s = nodes[index.get(source) ?? -1];
    const t = nodes[index.get(target) ?? -1];
    if (!d || d.hidden || !s || !t) return;
    const curvature = (d as { curvature?: number }).curvature ?? 0;
    edges.push({
      z: d.zIndex,
      edge: {
        x1: s.x,
        y1: s.y,
        x2: t.x,
        y2: t.y,
        targetSize: t.size,
        size: Math.max(1, sigma.scaleSize(d.size)),
        color: d.color,
        curvature: d.type === 'curved' ? curvature : 0,
      },
    });
  });
  edges.sort((a, b) => a.z - b.z);

  return {
    width,
    height,
    background: background(),
    labelColor: currentTheme().label,
    labelSize: sigma.getSetting('labelSize'),
    labelFont: sigma.getSetting('labelFont'),
    labelWeight: sigma.getSetting('labelWeight'),
    title,
    edges: edges.map((e) => e.edge),
    nodes,
    labels,
  };
}
