// The system Chromium for browser tests (tests/bench/browser/launch.ts: headless, software WebGL, a
// fresh profile per launch), one per test file, and helpers to open the explorer in it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type {} from '../../src/app/hook.ts';
import { type BrowserSession, launchChromium } from '../bench/browser/launch.ts';
import { ROOT } from '../helpers.ts';

const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

/** The test file's Chromium: launched before its tests, closed after them (call at top level). */
export function browserPerFile(): { readonly context: BrowserContext } {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => {
    await session?.close();
  });
  return {
    get context() {
      if (!session) throw new Error('the browser of this test file is not launched yet');
      return session.context;
    },
  };
}

/** Opens the explorer and waits until the dataset is loaded and sigma has drawn. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  // The explorer's code loads after the page's entry (boot.ts): until it runs, #app has no state.
  await page.waitForFunction(
    () => {
      const state = document.getElementById('app')?.dataset.state;
      return state !== undefined && state !== 'loading';
    },
    null,
    { timeout: 30_000 },
  );
  const state = await page.evaluate(() => document.getElementById('app')?.dataset.state);
  if (state !== 'loaded')
    throw new Error(
      `explorer did not load (${state}): ${await page.textContent('#app')} ${errors.join('\n')}`,
    );
  await page.waitForFunction(() => window.__explorer?.sigma !== undefined, null, { timeout: 30_000 });
  // The search index is built in chunks after the canvas shows.
  await page.waitForSelector('#search-input:not([aria-busy])', { timeout: 30_000 });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}
