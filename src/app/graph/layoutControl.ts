// The live ForceAtlas2 layout in a web worker: start, stop, and "Reset layout" to the stored positions.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { StakeholderGraph } from '../../graph/index.ts';

export interface LayoutControl {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  reset(): void;
  /** Calls back when the layout starts or stops. */
  onChange(callback: (running: boolean) => void): void;
  kill(): void;
}

/** `beforeStart` runs before each start (the renderer finishes a refresh in slices then). */
export function createLayoutControl(graph: StakeholderGraph, beforeStart: () => void): LayoutControl {
  let layout: FA2Layout | undefined;
  /** The positions before the live layout first ran (node order), until "Reset layout". */
  let stored: Float64Array | undefined;
  const listeners: ((running: boolean) => void)[] = [];
  const notify = (): void => {
    for (const l of listeners) l(layout?.isRunning() ?? false);
  };
  return {
    start() {
      beforeStart();
      // The layout moves the graph's own positions (what is drawn, and what exports write); the
      // stored ones are kept for "Reset layout".
      stored ??= positionsOf(graph);
      // The ForceAtlas2 iterations run in a web worker: the page never freezes.
      layout ??= new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
      layout.start();
      notify();
    },
    stop() {
      layout?.stop();
      notify();
    },
    isRunning: () => layout?.isRunning() ?? false,
    reset() {
      layout?.kill();
      layout = undefined;
      if (stored) setPositions(graph, stored);
      stored = undefined;
      notify();
    },
    onChange(callback) {
      listeners.push(callback);
    },
    kill() {
      layout?.kill();
      layout = undefined;
    },
  };
}

/** Every node's position, x then y, in the graph's node order. */
function positionsOf(graph: StakeholderGraph): Float64Array {
  const positions = new Float64Array(2 * graph.order);
  let i = 0;
  graph.forEachNode((_node, a) => {
    positions[i++] = a.x;
    positions[i++] = a.y;
  });
  return positions;
}

/** Puts positions from positionsOf back (one graph event: sigma redraws once). */
function setPositions(graph: StakeholderGraph, positions: Float64Array): void {
  let i = 0;
  graph.updateEachNodeAttributes(
    (_node, a) => {
      a.x = positions[i++]!;
      a.y = positions[i++]!;
      return a;
    },
    { attributes: ['x', 'y'] },
  );
}
