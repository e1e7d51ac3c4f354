// runSteps: long work in pieces, yielding to other tasks between pieces (real timers, no fakes).
import { describe, expect, it } from 'vitest';
import { nextTask, runSteps } from '../../src/app/tasks.ts';

function* busySteps(count: number, msEach: number): Generator<number, string> {
  for (let i = 1; i <= count; i++) {
    const until = performance.now() + msEach;
    while (performance.now() < until) {
      // busy: one step of work
    }
    yield i;
  }
  return 'done';
}

describe('runSteps', () => {
  it('returns the result and lets other tasks run between pieces of at most about the budget', async () => {
    const pauses: number[] = [];
    let otherTaskRanAt: number | undefined;
    let stepsDone = 0;
    setTimeout(() => {
      otherTaskRanAt = stepsDone;
    }, 0);
    const result = await runSteps(busySteps(30, 2), {
      budgetMs: 10,
      onPause: (i) => {
        stepsDone = i;
        pauses.push(i);
      },
    });
    expect(result).toBe('done');
    // 30 steps of 2 ms with a 10 ms budget: about 6 pieces, so at least 4 pauses.
    expect(pauses.length).toBeGreaterThanOrEqual(4);
    expect(pauses).toEqual([...pauses].sort((a, b) => a - b));
    // The timer queued before the work ran before the work ended.
    expect(otherTaskRanAt).toBeDefined();
    expect(otherTaskRanAt!).toBeLessThan(30);
  });

  it('nextTask (MessageChannel, as in Node and browsers without scheduler.yield) resolves after a task queued before it', async () => {
    expect((globalThis as { scheduler?: unknown }).scheduler).toBeUndefined();
    const order: string[] = [];
    // A message posted before nextTask is a task queued before its own: a microtask would beat it.
    const other = new MessageChannel();
    other.port1.onmessage = () => {
      order.push('task queued before');
      other.port1.close();
    };
    other.port2.postMessage(null);
    const done = nextTask().then(() => order.push('nextTask'));
    queueMicrotask(() => order.push('microtask'));
    await done;
    expect(order).toEqual(['microtask', 'task queued before', 'nextTask']);
  });

  // The scheduler.yield branch runs in real Chromium: tests/e2e/tasks.test.ts.
});
