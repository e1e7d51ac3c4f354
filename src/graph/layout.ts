// Precomputed layout: a seeded ForceAtlas2 run, so the first view is stable and instant.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { spiralPosition } from './build.ts';
import type { StakeholderGraph } from './types.ts';

export interface LayoutOptions {
  /** ForceAtlas2 iterations (the result is deterministic for a given graph and count). */
  readonly iterations: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { iterations: 600 };

/**
 * Positions for every node: nodes start on a spiral in insertion order (no randomness), then
 * ForceAtlas2 with settings inferred from the graph's size; rounded to two decimals so the
 * stored file stays readable and diffs stay small.
 */
export function computeLayout(
  graph: StakeholderGraph,
  options: Partial<LayoutOptions> = {},
): Record<string, { x: number; y: number }> {
  const { iterations } = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  const copy = graph.copy();
  let i = 0;
  copy.forEachNode((node) => {
    copy.mergeNodeAttributes(node, spiralPosition(i++));
  });
  const settings = {
    ...forceAtlas2.inferSettings(copy),
    barnesHutOptimize: copy.order > 2000,
    adjustSizes: false,
  };
  forceAtlas2.assign(copy, { iterations, settings });
  const out: Record<string, { x: number; y: number }> = {};
  copy.forEachNode((node, a) => {
    out[node] = { x: Math.round(a.x * 100) / 100, y: Math.round(a.y * 100) / 100 };
  });
  return out;
}
