// The live ForceAtlas2 layout in a web worker: start, stop, and "Reset layout" to the stored positions.
// ForceAtlas2's code (with its worker's source) is a chunk loaded on the first start, not before the
// first frame.
import type FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { StakeholderGraph } from '../../graph/index.ts';

export interface LayoutControl {
  start(): void;
  stop(): void;
  /** True from start() on, also while ForceAtlas2's code is still loading. */
  isRunning(): boolean;
  reset(): void;
  /** Calls back when the layout starts or stops. */
  onChange(callback: (running: boolean) => void): void;
  kill(): void;
}

async function loadForceAtlas2(graph: StakeholderGraph): Promise<FA2Layout> {
  const [{ default: forceAtlas2 }, { default: Layout }] = await Promise.all([
    import('graphology-layout-forceatlas2'),
    import('graphology-layout-forceatlas2/worker'),
  ]);
  return new Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), slowDown: 5 } });
}

/** `beforeStart` runs before each start (the renderer finishes a refresh in slices then). */
export function createLayoutControl(graph: StakeholderGraph, beforeStart: () => void): LayoutControl {
  let layout: FA2Layout | undefined;
  /** Whether the layout should run: start() until stop(), reset() or kill(), loaded or not. */
  let wanted = false;
  /** The layout being made (its code loading), until it is made. */
  let making: Promise<FA2Layout> | undefined;
  let killed = false;
  /** The positions before the live layout first ran (node order), until "Reset layout". */
  let stored: Float64Array | undefined;
  const listeners: ((running: boolean) => void)[] = [];
  const isRunning = (): boolean => layout?.isRunning() ?? wanted;
  const notify = (): void => {
    for (const l of listeners) l(isRunning());
  };
  return {
    start() {
      beforeStart();
      // The layout moves the graph's own positions (what is drawn, and what exports write); the
      // stored ones are kept for "Reset layout".
      stored ??= positionsOf(graph);
      wanted = true;
      if (layout) layout.start();
      else if (!making) {
        // The ForceAtlas2 iterations run in a web worker: the page never freezes.
        making = loadForceAtlas2(graph);
        making.then(
          (made) => {
            making = undefined;
            if (killed) return made.kill();
            layout = made;
            if (wanted) layout.start();
            notify();
          },
          // The chunk did not load (offline): the layout is not running after all.
          () => {
            making = undefined;
            wanted = false;
            notify();
          },
        );
      }
      notify();
    },
    stop() {
      wanted = false;
      layout?.stop();
      notify();
    },
    isRunning,
    reset() {
      wanted = false;
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
      killed = true;
      wanted = false;
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
