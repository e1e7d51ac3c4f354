// Local placement: where a new node goes so that it appears near its neighbours, the rest of the
// layout untouched (a full layout run would move everything the reader has learnt to find).
import type { Dataset, NodeRecord } from '../../schema/index.ts';

/** A spot near these points (their centre, pushed out a little so it does not sit on them). */
function placeNear(points: readonly { x: number; y: number }[], seed: number): { x: number; y: number } {
  const angle = seed * 2.399963229728653;
  if (points.length === 0) return { x: 30 * Math.cos(angle), y: 30 * Math.sin(angle) };
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  x /= points.length;
  y /= points.length;
  const r = 12 + 4 * Math.sqrt(points.length);
  return { x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) };
}

/** A new node's position: beside the given neighbours, else beside the drawing's centre. */
export function positionFor(dataset: Dataset, neighbourIds: readonly string[]): { x: number; y: number } {
  const byId = new Map<string, NodeRecord>();
  for (const id of neighbourIds) {
    const n = dataset.nodes.find((m) => m.id === id);
    if (n?.position) byId.set(id, n);
  }
  const points = [...byId.values()].map((n) => n.position!);
  if (points.length === 0) {
    // No neighbours yet: near the middle of what is drawn (a sample keeps this cheap on big graphs).
    const sample = dataset.nodes.slice(-50).flatMap((n) => (n.position ? [n.position] : []));
    return placeNear(sample, dataset.nodes.length);
  }
  return placeNear(points, dataset.nodes.length);
}
