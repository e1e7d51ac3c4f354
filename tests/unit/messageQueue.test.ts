// The load worker's messages on the page, one per task (real MessageChannel tasks, as in Node and in
// browsers without scheduler.postTask; the explorer's loading tests run it in Chromium).
import { describe, expect, it } from 'vitest';
import { createMessageQueue } from '../../src/app/load/messageQueue.ts';
import { nextTask } from '../../src/app/tasks.ts';

const message = (data: number): MessageEvent<number> => new MessageEvent('message', { data });

/** Resolves once `done()` is true, checking after each task. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !done(); i++) await nextTask();
}

describe('createMessageQueue', () => {
  it('handles every message in order, each in its own task, after the tasks its handling queued', async () => {
    const log: string[] = [];
    const queue = createMessageQueue<number>((n) => {
      log.push(`handle ${n}`);
      // A task queued while a message is handled (as V8 queues a collection) runs before the next one.
      void nextTask().then(() => log.push(`task after ${n}`));
    });
    for (let n = 1; n <= 3; n++) queue.receive(message(n));
    expect(log).toEqual([]);
    await until(() => log.length === 6);
    expect(log).toEqual(['handle 1', 'task after 1', 'handle 2', 'task after 2', 'handle 3', 'task after 3']);
    // Messages that come after the queue emptied are handled too, still in order.
    queue.receive(message(4));
    queue.receive(message(5));
    await until(() => log.length === 10);
    expect(log.filter((l) => l.startsWith('handle'))).toEqual([1, 2, 3, 4, 5].map((n) => `handle ${n}`));
  });

  it('handles no more messages once stopped, even those already received', async () => {
    const handled: number[] = [];
    const queue = createMessageQueue<number>((n) => {
      handled.push(n);
      if (n === 2) queue.stop();
    });
    for (let n = 1; n <= 5; n++) queue.receive(message(n));
    await until(() => handled.length >= 2);
    for (let i = 0; i < 10; i++) await nextTask();
    queue.receive(message(6));
    for (let i = 0; i < 10; i++) await nextTask();
    expect(handled).toEqual([1, 2]);
  });
});
