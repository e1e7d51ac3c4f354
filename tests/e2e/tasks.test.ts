// nextTask's two branches in real Chromium: the browser's scheduler.yield, and MessageChannel without it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, type Served } from '../bench/browser/serve.ts';
import { ROOT } from '../helpers.ts';
import { browserPerFile } from './browser.ts';
import type { TasksResult } from './tasks/page.ts';

const session = browserPerFile();
let served: Served;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'tasks-page-'));
  served = await buildAndServe(join(ROOT, 'tests', 'e2e', 'tasks'), join(work, 'out'), work, {
    minify: false,
  });
});

afterAll(async () => {
  await served?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('nextTask in Chromium', () => {
  it('goes through the browser’s scheduler.yield when there is one, and resolves after microtasks', async () => {
    const page = await session.context.newPage();
    await page.goto(served.url);
    await page.waitForFunction(() => window.__tasks !== undefined || window.__tasksError !== undefined);
    expect(await page.evaluate(() => window.__tasksError)).toBeUndefined();
    const result = (await page.evaluate(() => window.__tasks)) as TasksResult;
    expect(result.native).toBe(true);
    expect(result.yieldCalls).toBe(1);
    // A continuation, not a microtask: the microtask queued after the call ran first.
    expect(result.yieldOrder.indexOf('microtask')).toBeLessThan(result.yieldOrder.indexOf('nextTask'));
    expect(result.yieldOrder).toContain('task queued before');
    // Without scheduler.yield: a new task behind the one queued before it.
    expect(result.channelOrder).toEqual(['microtask', 'task queued before', 'nextTask']);
  });
});
