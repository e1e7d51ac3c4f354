// Test page for tests/e2e/tasks.test.ts: nextTask (src/app/tasks.ts) in real Chromium, once through the
// browser's own scheduler.yield and once through MessageChannel with scheduler hidden.
import { nextTask } from '../../../src/app/tasks.ts';

export interface TasksResult {
  /** Whether the browser has scheduler.yield at all. */
  native: boolean;
  /** Calls that reached the browser's scheduler.yield during one nextTask(). */
  yieldCalls: number;
  /** What ran, in order, around a nextTask() through scheduler.yield. */
  yieldOrder: string[];
  /** The same with scheduler hidden (the MessageChannel branch). */
  channelOrder: string[];
}

declare global {
  interface Window {
    __tasks?: TasksResult;
    __tasksError?: string;
  }
}

interface Scheduler {
  yield: () => Promise<void>;
}

async function order(): Promise<string[]> {
  const seen: string[] = [];
  const other = new MessageChannel();
  other.port1.onmessage = () => seen.push('task queued before');
  other.port2.postMessage(null);
  const done = nextTask().then(() => seen.push('nextTask'));
  queueMicrotask(() => seen.push('microtask'));
  await done;
  // Let the other task run if it has not yet (scheduler.yield's continuation may go first).
  await new Promise((r) => setTimeout(r, 50));
  return seen;
}

async function run(): Promise<TasksResult> {
  const scheduler = (globalThis as unknown as { scheduler?: Scheduler }).scheduler;
  const native = typeof scheduler?.yield === 'function';
  let yieldCalls = 0;
  if (native) {
    // Counts calls, then hands each to the browser's own implementation.
    const real = scheduler!.yield.bind(scheduler);
    scheduler!.yield = () => {
      yieldCalls++;
      return real();
    };
  }
  const yieldOrder = await order();
  const calls = yieldCalls;
  Object.defineProperty(globalThis, 'scheduler', { value: undefined, configurable: true });
  const channelOrder = await order();
  return { native, yieldCalls: calls, yieldOrder, channelOrder };
}

run().then(
  (result) => {
    window.__tasks = result;
  },
  (error) => {
    window.__tasksError = String(error);
  },
);
