// The benchmark's floor: a dataset JSON (?data=<url>) drawn by plain graphology and sigma, with the
// explorer's level of detail for the graph's size (src/app/graph/lod.ts: edges and labels hidden
// while moving, label density, edge events, one-pixel edge lines) so that frame times compare like
// with like; `&lod=none` draws it with sigma's defaults instead.
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { levelOfDetail } from '../../../src/app/graph/lod.ts';

interface BareDataset {
  nodes: { id: string; label: string; position?: { x: number; y: number } }[];
  edges: { id: string; source: string; target: string }[];
}

declare global {
  interface Window {
    __sigma?: Sigma;
    __firstRender?: number;
  }
}

/** The explorer's level-of-detail settings for a graph of this size, as sigma settings. */
function explorerLevelOfDetail(nodes: number, edges: number): Partial<Settings> {
  const lod = levelOfDetail(nodes, edges);
  return {
    hideEdgesOnMove: lod.hideEdgesOnMove,
    hideLabelsOnMove: lod.hideLabelsOnMove,
    labelDensity: lod.labelDensity,
    labelRenderedSizeThreshold: lod.labelRenderedSizeThreshold,
    enableEdgeEvents: lod.enableEdgeEvents,
    defaultEdgeType: 'straight',
    edgeProgramClasses: { straight: lod.lineEdges ? EdgeLineProgram : EdgeArrowProgram },
  };
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const url = params.get('data');
  if (!url) throw new Error('bare page: ?data=<dataset url> is required');
  const dataset = (await (await fetch(url)).json()) as BareDataset;
  const graph = new Graph({ multi: true });
  dataset.nodes.forEach((n, i) => {
    graph.addNode(n.id, { x: n.position?.x ?? i, y: n.position?.y ?? 0, size: 3, label: n.label });
  });
  for (const e of dataset.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target);
  const settings = params.get('lod') === 'none' ? {} : explorerLevelOfDetail(graph.order, graph.size);
  // Sigma's constructor draws the first frame synchronously (its afterRender fires inside it).
  const sigma = new Sigma(graph, document.getElementById('graph')!, settings);
  window.__firstRender = performance.now();
  window.__sigma = sigma;
}

void start();
