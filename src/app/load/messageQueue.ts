// The load worker's messages, handled one per task of the page's own at background priority. The
// worker posts its slices faster than the page adds them, so hundreds wait in the page's queue; each
// slice handled in its message's task left V8 no task of its own for its collections (queued behind
// those messages), which then ran inside a slice's task, adding up to a long one. The messages are
// taken at once, without reading their data (a message's data is copied in when first read), and
// handled later: V8's young-generation collection, marking and finalisation tasks run between them.
import { nextTask } from '../tasks.ts';

type PostTask = (run: () => void, options: { priority: 'background' }) => Promise<void>;

/** A task at background priority (scheduler.postTask), else the next task (see nextTask). */
function postBackgroundTask(run: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (scheduler?.postTask) void scheduler.postTask(run, { priority: 'background' });
  else void nextTask().then(run);
}

export interface MessageQueue<T> {
  /** The worker's `onmessage`: queues the event, its data unread. */
  receive(event: MessageEvent<T>): void;
  /** Drops the messages not yet handled and handles no more. */
  stop(): void;
}

/** Hands the data of each message received to `handle`, in order, one message per task. */
export function createMessageQueue<T>(handle: (data: T) => void): MessageQueue<T> {
  const waiting: (MessageEvent<T> | undefined)[] = [];
  let next = 0;
  let stopped = false;
  const handleQueued = (): void => {
    if (stopped) return;
    const event = waiting[next]!;
    // A handled message is let go at once (its records belong to the graph from then on).
    waiting[next++] = undefined;
    try {
      handle(event.data);
    } finally {
      // Posted after the handling, so that a task V8 posted meanwhile (a collection) comes first.
      if (next < waiting.length) postBackgroundTask(handleQueued);
      else {
        waiting.length = 0;
        next = 0;
      }
    }
  };
  return {
    receive(event) {
      if (stopped) return;
      waiting.push(event);
      if (waiting.length - next === 1) postBackgroundTask(handleQueued);
    },
    stop() {
      stopped = true;
      waiting.length = 0;
    },
  };
}
