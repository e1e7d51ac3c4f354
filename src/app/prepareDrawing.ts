// The work between a loaded graph and sigma's first draw: the curves of parallel edges and the
// legend's counts, in slices while the progress bar says "drawing".
import type { StakeholderGraph } from '../graph/index.ts';
import { type Curves, curvesSteps } from './graph/displayData.ts';
import { type KindCounts, kindCountsSteps } from './graph/kindCounts.ts';
import type { ProgressView } from './panels/progress.ts';
import { runSteps } from './tasks.ts';

/**
 * The length of a slice of work before the first frame: longer than runSteps' default, since the
 * page has only a progress bar and Cancel to answer, so fewer pauses (each may draw a frame) cost less
 * time while every task stays well under 100 ms.
 */
export const LOADING_BUDGET_MS = 40;

/** The curves of parallel edges and the legend's counts; the bar goes if they fail. */
export async function prepareDrawing(
  graph: StakeholderGraph,
  progress: ProgressView | undefined,
  drawProgress: (built: number) => void,
): Promise<{ curves: Curves; counts: KindCounts }> {
  drawProgress(0);
  try {
    const curves = await runSteps(curvesSteps(graph), { onPause: drawProgress, budgetMs: LOADING_BUDGET_MS });
    // The legend's counts, in slices too (a pass over every node and edge).
    const counts = await runSteps(kindCountsSteps(graph), { budgetMs: LOADING_BUDGET_MS });
    return { curves, counts };
  } catch (error) {
    progress?.element.remove();
    throw error;
  }
}
