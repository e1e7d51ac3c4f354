// Long work on the page in pieces: run a generator's steps, yielding to the browser between
// pieces so input is handled and frames are drawn (no task much longer than the budget).

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task: after pending input and rendering, without setTimeout's 4 ms clamp.
 * (scheduler.yield resumes ahead of other queued tasks, timers and messages included: those wait
 * until the steps end, which for this page's short bursts of work is what we want.)
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Runs `steps` to the end in this task (for small inputs, Node, and tests). */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` to the end, a task at a time: each task takes steps until `budgetMs` have passed.
 * `onPause` gets the last value the generator yielded, before each pause (to show progress).
 */
export async function runSteps<Y, T>(
  steps: Generator<Y, T>,
  options: { readonly budgetMs?: number; readonly onPause?: (last: Y) => void } = {},
): Promise<T> {
  const budget = options.budgetMs ?? 16;
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start >= budget) {
      options.onPause?.(step.value);
      await nextTask();
      start = performance.now();
    }
  }
}
