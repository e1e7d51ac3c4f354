// The benchmark's floor: a dataset JSON (?data=<url>) drawn by plain graphology and sigma with its defaults.
import Graph from 'graphology';
import Sigma from 'sigma';

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

async function start(): Promise<void> {
  const url = new URLSearchParams(window.location.search).get('data');
  if (!url) throw new Error('bare page: ?data=<dataset url> is required');
  const dataset = (await (await fetch(url)).json()) as BareDataset;
  const graph = new Graph({ multi: true });
  dataset.nodes.forEach((n, i) => {
    graph.addNode(n.id, { x: n.position?.x ?? i, y: n.position?.y ?? 0, size: 3, label: n.label });
  });
  for (const e of dataset.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target);
  // Sigma's constructor draws the first frame synchronously (its afterRender fires inside it).
  const sigma = new Sigma(graph, document.getElementById('graph')!);
  window.__firstRender = performance.now();
  window.__sigma = sigma;
}

void start();
