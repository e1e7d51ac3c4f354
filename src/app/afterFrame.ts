// Work an edit leaves until its frame is drawn: the views that follow an edit (search, legend,
// details, selection, the editor's problem list) are not needed to draw it, so they run in a task
// of their own after that frame instead of in the edit's task.

/** The user-timing measure of each run of that work (the benchmark reads it as `editFollowMs`). */
const EDIT_FOLLOW_MEASURE = 'sg:edit-follow';

const queue: (() => void)[] = [];
let scheduled = false;

function run(): void {
  scheduled = false;
  const start = performance.now();
  for (const work of queue.splice(0)) {
    // One view's failure does not keep the others from following; the page still hears of it.
    try {
      work();
    } catch (error) {
      reportError(error);
    }
  }
  performance.measure(EDIT_FOLLOW_MEASURE, { start, end: performance.now() });
}

/**
 * Runs `work` in a task after the next frame (in order, with any other work queued for it). A
 * frame callback asked for now runs after those the edit asked for (sigma's render among them),
 * and the task it starts after that frame; a hidden page draws no frame, so there it is a task.
 */
export function afterFrame(work: () => void): void {
  queue.push(work);
  if (scheduled) return;
  scheduled = true;
  if (document.visibilityState === 'hidden') setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}
