// Work an edit leaves until its frame is drawn: the views that follow an edit (search, legend,
// details, selection, the editor's problem list) are not needed to draw it, so they run in a task
// of their own after that frame instead of in the edit's task.

/** The user-timing measure of each run of that work (the benchmark reads it as `editFollowMs`). */
const EDIT_FOLLOW_MEASURE = 'sg:edit-follow';

const queue: (() => void)[] = [];
let scheduled = false;

/** Runs the first piece of queued work, then the next in a task of its own, and so on. */
function run(): void {
  const work = queue.shift();
  if (work === undefined) {
    scheduled = false;
    return;
  }
  const start = performance.now();
  // One view's failure does not keep the others from following; the page still hears of it.
  try {
    work();
  } catch (error) {
    reportError(error);
  }
  performance.measure(EDIT_FOLLOW_MEASURE, { start, end: performance.now() });
  setTimeout(run, 0);
}

/**
 * Runs `work` in a task of its own after the next frame, in order with any other work queued. A
 * frame callback asked for now runs after those the edit asked for (sigma's render among them),
 * and the tasks start after that frame; a hidden page draws no frame, so there they just follow.
 */
export function afterFrame(work: () => void): void {
  queue.push(work);
  if (scheduled) return;
  scheduled = true;
  if (document.visibilityState === 'hidden') setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}
