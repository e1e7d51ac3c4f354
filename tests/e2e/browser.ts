// Launches the system Chromium (headless, software WebGL) with a fresh profile, one per test file.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type {} from '../../src/app/hook.ts';
import { ROOT } from '../helpers.ts';

export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

export interface Session {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

export async function launch(): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
  // A persistent context is Playwright's way to pass our own fresh --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the explorer and waits until the dataset is loaded and sigma has drawn. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('app')?.dataset.state !== 'loading', null, {
    timeout: 30_000,
  });
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
