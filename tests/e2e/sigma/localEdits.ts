// Part of the test page of tests/e2e/steppedSigma.test.ts: edits drawn in place by SteppedSigma
// (src/app/graph/localRefresh.ts: a node and a relation added, a node resized, a relation and a
// node dropped) against a sigma that processes the edited graph anew. They must draw the same
// picture and the same labels, without a full processing of the graph.
import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { viewPng } from '../../../src/app/exchange/png.ts';
import { SteppedSigma } from '../../../src/app/graph/steppedSigma.ts';
import { runSteps } from '../../../src/app/tasks.ts';

export interface LocalEditsResult {
  /** Full processings of the graph during the edits (none expected). */
  processed: number;
  /** Pixels drawn, and pixels apart from the sigma that processed the edited graph. */
  painted: number;
  differing: number;
  /** Node labels shown by each. */
  labels: { local: string[]; reference: string[] };
  /**
   * With room kept for edits (keepRoomForEdits), the added node and relation took free slots: no
   * program's array was replaced (copied into a bigger one) by the edits.
   */
  roomKept: boolean;
  /** The dropped node and relation left no display data; the added ones have it. */
  forgotten: boolean;
  added: boolean;
}

/** A grid of nodes (the corners fixed, so no edit changes the drawn extent) and ring relations. */
function gridGraph(): Graph {
  const graph = new Graph({ multi: true, type: 'directed' });
  for (let i = 0; i < 400; i++)
    graph.addNode(`n${i}`, {
      x: (i % 20) * 50,
      y: Math.floor(i / 20) * 30,
      size: 2 + (i % 5),
      color: i % 2 ? '#336699' : '#993366',
      label: `Node ${i}`,
    });
  for (let i = 0; i < 400; i++) {
    graph.addDirectedEdgeWithKey(`e${i}`, `n${i}`, `n${(i + 1) % 400}`, { size: 1 });
    graph.addDirectedEdgeWithKey(`f${i}`, `n${i}`, `n${(i + 21) % 400}`, { size: 2, color: '#aa8800' });
  }
  return graph;
}

const settings: Partial<Settings> = {
  labelGridCellSize: 60,
  renderEdgeLabels: true,
  defaultEdgeType: 'straight',
  edgeProgramClasses: { straight: EdgeArrowProgram },
};

async function image(sigma: Sigma): Promise<Uint8ClampedArray> {
  const bitmap = await createImageBitmap(await viewPng(sigma as never, '#ffffff'));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
}

const frame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));

interface ProgramArrays {
  array?: Float32Array;
  programs?: ProgramArrays[];
}

/** Every program's array (each part of a compound program's), in a fixed order. */
function programArrays(sigma: Sigma): (Float32Array | undefined)[] {
  const internals = sigma as unknown as Record<
    'nodePrograms' | 'edgePrograms',
    Record<string, ProgramArrays>
  >;
  const arrays = (p: ProgramArrays): (Float32Array | undefined)[] =>
    p.programs ? p.programs.flatMap(arrays) : [p.array];
  return [internals.nodePrograms, internals.edgePrograms].flatMap((programs) =>
    Object.values(programs).flatMap(arrays),
  );
}

export async function localEdits(local: HTMLElement, reference: HTMLElement): Promise<LocalEditsResult> {
  const graph = gridGraph();
  const stepped = SteppedSigma.create(graph, local, settings);
  await runSteps(stepped.firstDrawSteps());
  stepped.keepRoomForEdits();
  await frame();
  const arraysBefore = programArrays(stepped);
  let processed = 0;
  stepped.on('beforeProcess', () => processed++);
  graph.addNode('added', { x: 475, y: 280, size: 9, color: '#111111', label: 'Added node' });
  graph.addDirectedEdgeWithKey('added-edge', 'added', 'n45', { size: 3, color: '#cc0000' });
  graph.mergeNodeAttributes('n88', { size: 11, color: '#00aa00' });
  graph.dropEdge('f130');
  graph.dropNode('n210');
  await frame();
  const arraysAfter = programArrays(stepped);
  const roomKept =
    arraysBefore.length > 0 && arraysBefore.every((a, i) => a !== undefined && a === arraysAfter[i]);
  const fresh = new Sigma(graph, reference, settings);
  await frame();
  const ours = await image(stepped);
  const theirs = await image(fresh);
  let painted = 0;
  let differing = 0;
  for (let i = 0; i < ours.length; i += 4) {
    if (ours[i]! + ours[i + 1]! + ours[i + 2]! < 3 * 250) painted++;
    const apart =
      Math.abs(ours[i]! - theirs[i]!) +
      Math.abs(ours[i + 1]! - theirs[i + 1]!) +
      Math.abs(ours[i + 2]! - theirs[i + 2]!);
    if (apart > 48) differing++;
  }
  const shown = (s: Sigma): string[] =>
    [...(s as unknown as { displayedNodeLabels: Set<string> }).displayedNodeLabels].sort();
  return {
    processed,
    painted,
    differing: ours.length === theirs.length ? differing : Number.POSITIVE_INFINITY,
    labels: { local: shown(stepped), reference: shown(fresh) },
    roomKept,
    forgotten:
      stepped.getNodeDisplayData('n210') === undefined && stepped.getEdgeDisplayData('f130') === undefined,
    added:
      stepped.getNodeDisplayData('added') !== undefined &&
      stepped.getEdgeDisplayData('added-edge') !== undefined,
  };
}
