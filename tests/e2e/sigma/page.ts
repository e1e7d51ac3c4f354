// Test page for tests/e2e/steppedSigma.test.ts: the same graph and settings drawn by sigma itself
// and by SteppedSigma's sliced first draw; the page compares what each wrote into its WebGL
// programs, indices and label grid, and puts the differences on window.__result.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { toBlob } from '@sigma/export-image';
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { viewPng } from '../../../src/app/exchange/png.ts';
import { SteppedSigma } from '../../../src/app/graph/steppedSigma.ts';
import { runSteps } from '../../../src/app/tasks.ts';

/** What the page finds (read by tests/e2e/steppedSigma.test.ts). */
export interface SteppedSigmaResult {
  compared: Record<string, string[]>;
  drawnBeforeSteps: boolean;
  pauses: number;
  restarted: boolean;
  items: number;
  refresh: { pauses: number; shownKept: boolean; restarted: boolean; drawn: boolean };
  settle: { pauses: number; drawn: boolean };
  /** A node's colour drawn through ItemDisplay. */
  displayColour: string | undefined;
  /** The view as PNG from the canvases (png.ts) against @sigma/export-image's: sizes, pixels apart. */
  png: {
    ours: [number, number];
    library: [number, number];
    painted: number;
    differing: number;
    pauses: number;
  };
}

/** A PNG's pixels. */
async function pixels(blob: Blob): Promise<{ width: number; height: number; data: Uint8ClampedArray }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return {
    width: bitmap.width,
    height: bitmap.height,
    data: context.getImageData(0, 0, bitmap.width, bitmap.height).data,
  };
}
declare global {
  interface Window {
    __result?: SteppedSigmaResult;
    __error?: string;
  }
}

// A seeded generator (mulberry32), so every run draws the same graph.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeGraph(): Graph {
  const rand = random(7);
  const graph = new Graph({ multi: true, type: 'directed' });
  const nodes = 3000;
  for (let i = 0; i < nodes; i++)
    graph.addNode(`n${i}`, {
      x: rand() * 1000 - 300,
      y: rand() * 600,
      size: 2 + rand() * 10,
      color: i % 2 ? '#336699' : '#993366',
      ...(i % 3 ? { label: `Node ${i}` } : {}),
    });
  for (let i = 0; i < 9000; i++) {
    const s = Math.floor(rand() * nodes);
    const t = Math.floor(rand() * nodes);
    graph.addDirectedEdgeWithKey(`e${i}`, `n${s}`, `n${t}`, {
      size: 1 + (i % 3),
      type: i % 5 === 0 ? 'curved' : 'straight',
      ...(i % 7 === 0 ? { label: `edge ${i}` } : {}),
    });
  }
  return graph;
}

// Reducers that hide some items, force some labels and spread zIndex, so sigma's ordering,
// label grid and hidden handling all take part; `shift` changes their output (a state change).
let shift = 0;
const settings: Partial<Settings> = {
  zIndex: true,
  renderEdgeLabels: true,
  labelGridCellSize: 60,
  defaultEdgeType: 'straight',
  edgeProgramClasses: { straight: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
  nodeReducer: (node, data) => {
    const i = Number(node.slice(1)) + shift;
    return {
      ...data,
      hidden: i % 11 === 0,
      forceLabel: i % 97 === 0,
      zIndex: i % 4,
      highlighted: i % 53 === 0,
    };
  },
  edgeReducer: (edge, data) => {
    const i = Number(edge.slice(1)) + shift;
    return { ...data, hidden: i % 13 === 0, zIndex: i % 3, forceLabel: i % 89 === 0 };
  },
};

interface Program {
  array?: Float32Array;
  capacity?: number;
  /** Compound programs (an edge and its arrowhead) hold their parts here. */
  programs?: Program[];
}
type Internals = Record<string, unknown> & {
  nodePrograms: Record<string, Program>;
  edgePrograms: Record<string, Program>;
};

/** A program's vertex arrays: its own, or its parts' for a compound program. */
function arrays(program: Program): Float32Array[] {
  return program.programs ? program.programs.flatMap(arrays) : program.array ? [program.array] : [];
}

/** The names of what differs between the two renderers' processed state. */
function compare(a: Sigma, b: Sigma): string[] {
  const x = a as unknown as Internals;
  const y = b as unknown as Internals;
  const differences: string[] = [];
  for (const kind of ['nodePrograms', 'edgePrograms'] as const)
    for (const type of Object.keys(x[kind])) {
      const p = arrays(x[kind][type]!);
      const q = arrays(y[kind][type] ?? {});
      if (p.length === 0) differences.push(`${kind}.${type} has no array`);
      if (p.length !== q.length || p.some((a, i) => a.length !== q[i]!.length)) {
        differences.push(`${kind}.${type} size`);
        continue;
      }
      p.forEach((a, part) => {
        // Compared as bits: NaN-safe and exact.
        const pb = new Uint32Array(a.buffer, a.byteOffset, a.length);
        const b = q[part]!;
        const qb = new Uint32Array(b.buffer, b.byteOffset, b.length);
        let first = -1;
        for (let i = 0; i < pb.length && first < 0; i++) if (pb[i] !== qb[i]) first = i;
        if (first >= 0) differences.push(`${kind}.${type} array ${part} at ${first}`);
      });
    }
  const keys = [
    'nodeDataCache',
    'edgeDataCache',
    'nodeIndices',
    'edgeIndices',
    'itemIDsIndex',
    'nodeProgramIndex',
    'edgeProgramIndex',
    'labelGrid',
    'nodeExtent',
    'nodeZExtent',
    'edgeZExtent',
    'nodesWithForcedLabels',
    'edgesWithForcedLabels',
    'highlightedNodes',
    'displayedNodeLabels',
  ];
  // Sets as sorted arrays and objects with sorted keys: an index's insertion order carries no meaning
  // (sigma's clearNodeIndices keeps nodeProgramIndex, so a restart leaves its keys in an older order).
  const json = (v: unknown): string =>
    JSON.stringify(v, (_k, w: unknown) => {
      if (w instanceof Set) return [...w].sort();
      if (w && typeof w === 'object' && !Array.isArray(w))
        return Object.fromEntries(Object.entries(w).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      return w;
    });
  for (const key of keys) if (json(x[key]) !== json(y[key])) differences.push(key);
  return differences;
}

async function main(): Promise<void> {
  const graph = makeGraph();
  const reference = new Sigma(graph, document.getElementById('reference')!, settings);
  const stepped = SteppedSigma.create(graph, document.getElementById('stepped')!, settings);
  const drawnBeforeSteps = stepped.isDrawn();
  let pauses = 0;
  await runSteps(stepped.firstDrawSteps(), { budgetMs: 2, onPause: () => pauses++ });
  const compared: Record<string, string[]> = { same: compare(reference, stepped) };

  // A state change while the steps run: the steps start over and the frame shows the new state.
  shift = 0;
  const changedStepped = SteppedSigma.create(graph, document.getElementById('changed-stepped')!, settings);
  let restarted = false;
  let seen = 0;
  await runSteps(changedStepped.firstDrawSteps(), {
    budgetMs: 2,
    onPause: (done) => {
      if (done < seen) restarted = true;
      seen = done;
      if (seen > 4000 && shift === 0) {
        shift = 1;
        changedStepped.refresh();
      }
    },
  });
  const changedReference = new Sigma(graph, document.getElementById('changed-reference')!, settings);
  compared.changed = compare(changedReference, changedStepped);
  // The comparison sees a difference where there is one: the state before and after the change.
  compared.control = compare(reference, changedReference);
  // A full refresh in steps (a filter change): the shown state answers between slices, a partial
  // refresh meanwhile waits instead of restarting, and the end state is sigma's own for the new state.
  const before = JSON.stringify(stepped.getNodeDisplayData('n3'));
  shift = 2;
  let refreshPauses = 0;
  let shownKept = true;
  let refreshRestarted = false;
  let last = 0;
  await runSteps(stepped.refreshSteps(), {
    budgetMs: 2,
    onPause: (done) => {
      refreshPauses++;
      if (JSON.stringify(stepped.getNodeDisplayData('n3')) !== before || stepped.isDrawn()) shownKept = false;
      if (done < last) refreshRestarted = true;
      last = done;
      if (refreshPauses === 3) stepped.refresh({ partialGraph: { nodes: ['n3'] }, skipIndexation: true });
    },
  });
  const refreshedReference = new Sigma(graph, document.getElementById('refreshed-reference')!, settings);
  compared.refreshed = compare(refreshedReference, stepped);

  // settle() mid-way: sigma's own refresh at once, and the abandoned steps touch nothing after.
  shift = 3;
  let settledDrawn = false;
  let settlePauses = 0;
  await runSteps(stepped.refreshSteps(), {
    budgetMs: 2,
    onPause: () => {
      if (++settlePauses === 3) {
        stepped.settle();
        settledDrawn = stepped.isDrawn();
        // A state change after: sigma refreshes at once; the abandoned steps must not undo it.
        shift = 4;
        stepped.refresh();
      }
    },
  });
  const settledReference = new Sigma(graph, document.getElementById('settled-reference')!, settings);
  compared.settled = compare(settledReference, stepped);

  // ItemDisplay: display data made by functions of the attributes (as the explorer draws its domain
  // graph), against sigma with reducers computing the same; then a partial refresh, which sigma's
  // own code does (the functions must take part there too).
  shift = 5;
  const display = {
    node: (node: string, a: Attributes) => ({
      ...settings.nodeReducer!(node, a),
      size: (a.size as number) * 2,
      color: '#2a9d8f',
    }),
    edge: (edge: string, a: Attributes) => ({ ...settings.edgeReducer!(edge, a), color: '#e76f51' }),
  };
  const plain = { ...settings, nodeReducer: null, edgeReducer: null };
  const displayReference = new Sigma(graph, document.getElementById('display-reference')!, {
    ...plain,
    nodeReducer: display.node,
    edgeReducer: display.edge,
  });
  const displayStepped = SteppedSigma.create(
    graph,
    document.getElementById('display-stepped')!,
    plain,
    display,
  );
  await runSteps(displayStepped.firstDrawSteps(), { budgetMs: 2 });
  compared.display = compare(displayReference, displayStepped);
  shift = 6;
  const partial = {
    partialGraph: { nodes: ['n3', 'n11', 'n97'], edges: ['e13', 'e26'] },
    skipIndexation: true,
  };
  displayReference.refresh(partial);
  displayStepped.refresh(partial);
  compared.displayPartial = compare(displayReference, displayStepped);
  // Control: the functions' output is what was drawn (not the graph's own colours).
  const drawnColour = displayStepped.getNodeDisplayData('n1')?.color;

  // The view as PNG: copied from the canvases in the drawing task (png.ts), against the library's
  // temporary renderer on the same graph, settings and camera (which draws every item anew, so
  // the view is first brought to one state throughout).
  shift = 5;
  displayStepped.refresh();
  // A frame later, as when a user asks for the image: the WebGL drawing buffers are gone by then.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  // Nodes and edges in slices of 1,000 items (3,000 nodes; 9,000 edges over four programs).
  let pngPauses = 0;
  const slicedPause = (): Promise<void> => {
    pngPauses++;
    return new Promise((resolve) => setTimeout(resolve, 0));
  };
  const ours = await pixels(
    await viewPng(displayStepped, '#ffffff', { pause: slicedPause, slicing: { items: 1000 } }),
  );
  const library = await pixels(await toBlob(displayReference, { format: 'png', backgroundColor: '#ffffff' }));
  let painted = 0;
  let differing = 0;
  if (ours.data.length === library.data.length) {
    for (let i = 0; i < ours.data.length; i += 4) {
      const a = ours.data;
      const b = library.data;
      if (a[i]! + a[i + 1]! + a[i + 2]! < 3 * 250) painted++;
      if (Math.abs(a[i]! - b[i]!) + Math.abs(a[i + 1]! - b[i + 1]!) + Math.abs(a[i + 2]! - b[i + 2]!) > 48)
        differing++;
    }
  }
  window.__result = {
    compared,
    drawnBeforeSteps,
    pauses,
    restarted,
    items: graph.order + graph.size,
    refresh: { pauses: refreshPauses, shownKept, restarted: refreshRestarted, drawn: stepped.isDrawn() },
    settle: { pauses: settlePauses, drawn: settledDrawn },
    displayColour: drawnColour,
    png: {
      ours: [ours.width, ours.height],
      library: [library.width, library.height],
      painted,
      differing,
      pauses: pngPauses,
    },
  };
}

main().catch((error: unknown) => {
  window.__error = String(error instanceof Error ? error.stack : error);
});
