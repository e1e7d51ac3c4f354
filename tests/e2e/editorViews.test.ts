// The editor in real Chromium, with the explorer around it: the legend counts, the search box, the
// Table, the Sources tab and the URL follow an edit and an undo in place; names are marked inline
// in the document, and a passage selected across marks (by keyboard or mouse) keeps its offsets.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { findQuote, syntheticDataset } from '../../src/graph/index.ts';
import { EXPLORER_READY } from '../bench/browser/run.ts';
import { browserPerFile, openExplorer, screenshot } from './browser.ts';
import {
  addDocument,
  button,
  discardDraftOffer,
  documentText,
  editor,
  newDataset,
  newStakeholder,
  selectOffsets,
  TEXT,
} from './editorSteps.ts';

const base = inject('baseUrl');
const session = browserPerFile();

const legendCount = async (page: Page, kind: string): Promise<number> => {
  const label = page.locator(`label[for="show-kind-${kind}"]`);
  if ((await label.count()) === 0) return 0;
  return Number(/\((\d+)\)$/.exec((await label.textContent()) ?? '')?.[1]);
};

const searchFinds = async (page: Page, text: string): Promise<string[]> => {
  await page.fill('#search-input', text);
  // The listbox answers as typed; an empty answer leaves it without options.
  await page.waitForTimeout(150);
  const found = await page.locator('#search-listbox [role=option]').allTextContents();
  await page.fill('#search-input', '');
  return found;
};

const tableRows = async (page: Page, filter: string): Promise<string[]> => {
  await page.getByRole('tab', { name: 'Table' }).click();
  await page.fill('#table-filter', filter);
  await page.waitForTimeout(100);
  return page.locator('#data-table tbody th').allTextContents();
};

const sourceTitles = async (page: Page): Promise<string[]> => {
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.locator('#source-list').waitFor();
  return page.locator('#source-list li > button').allTextContents();
};

/** How long a view may take to follow an edit (after the edit's frame, on a busy machine). */
const FOLLOW = { timeout: 5000 };

const selectedInUrl = (page: Page): string | null => new URL(page.url()).searchParams.get('node');

describe('the explorer around the editor', () => {
  it('follows an edit in the legend, search, table, sources and URL, and an undo takes them back', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await openExplorer(page, base);
    await button(page, 'Edit').click();
    await editor(page).waitFor();
    const police = await legendCount(page, 'police-force');
    const sourcesBefore = await sourceTitles(page);
    expect(await searchFinds(page, 'Fenland Constabulary')).toEqual([]);

    const text = 'Fenland Constabulary opened an inquiry in March.';
    await addDocument(page, 'Fenland inquiry notice', text);
    await expect.poll(() => sourceTitles(page)).toEqual([...sourcesBefore, 'Fenland inquiry notice']);

    await selectOffsets(page, 0, 'Fenland Constabulary'.length);
    await button(page, 'New stakeholder from selection').click();
    const form = page.getByRole('form', { name: 'New stakeholder from selection' });
    await form.getByLabel('Type').selectOption('police-force');
    await form.getByRole('button', { name: 'Create stakeholder' }).click();
    await form.waitFor({ state: 'detached' });

    // The views follow once the edit is drawn (src/app/afterFrame.ts), hence the polls.
    await expect.poll(() => legendCount(page, 'police-force'), FOLLOW).toBe(police + 1);
    await expect
      .poll(() => searchFinds(page, 'Fenland Consta'), FOLLOW)
      .toEqual([expect.stringContaining('Fenland Constabulary')]);
    await expect.poll(() => tableRows(page, 'Fenland'), FOLLOW).toEqual(['Fenland Constabulary']);
    // The new node is selected, so its id is in the URL, as a click on it would put it.
    await expect.poll(() => selectedInUrl(page), FOLLOW).toBe('fenland-constabulary');
    await screenshot(page, 'editor-views-followed');

    await button(page, 'Undo').click();
    await expect.poll(() => legendCount(page, 'police-force'), FOLLOW).toBe(police);
    await expect.poll(() => searchFinds(page, 'Fenland Consta'), FOLLOW).toEqual([]);
    await expect.poll(() => tableRows(page, 'Fenland'), FOLLOW).toEqual([]);
    await expect.poll(() => selectedInUrl(page), FOLLOW).toBeNull();
    await button(page, 'Undo').click();
    await expect.poll(() => sourceTitles(page), FOLLOW).toEqual(sourcesBefore);

    await button(page, 'Redo').click();
    await button(page, 'Redo').click();
    await expect.poll(() => legendCount(page, 'police-force'), FOLLOW).toBe(police + 1);
    await expect.poll(() => sourceTitles(page), FOLLOW).toEqual([...sourcesBefore, 'Fenland inquiry notice']);
    expect(errors).toEqual([]);
  });

  it('deletes the selected stakeholder of a graph big enough to redraw highlights in part', async () => {
    // Over 25k nodes and relations together (lod.ts), a highlight redraws only what it marks: the
    // node deleted was among them, and sigma's partial refresh threw on it.
    const text = JSON.stringify(syntheticDataset({ nodes: 6000, seed: 5 }));
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(text);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      const file = `http://127.0.0.1:${(server.address() as AddressInfo).port}/six-thousand.json`;
      await openExplorer(page, `${base}?file=${encodeURIComponent(file)}`);
      await page.waitForFunction(EXPLORER_READY, null, { timeout: 60_000 });
      await button(page, 'Edit').click();
      await editor(page).waitFor({ timeout: 60_000 });
      const id = await page.evaluate(() => {
        const hook = window.__explorer!;
        const { dataset } = window.__editor!;
        const node = dataset.nodes[10]!.id;
        hook.store.dispatch({ type: 'select', selection: { kind: 'node', id: node } });
        return node;
      });
      await expect.poll(() => selectedInUrl(page), FOLLOW).toBe(id);
      const gone = await page.evaluate((node) => {
        const session = window.__editor!;
        const { edges, nodes } = session.dataset;
        // Its relations, last first (each removal leaves the indices before it), then the node.
        const at = edges.flatMap((e, i) => (e.source === node || e.target === node ? [i] : [])).reverse();
        session.apply({
          type: 'batch',
          label: 'Delete',
          ops: [
            ...at.map((index) => ({ type: 'remove' as const, list: 'edges' as const, index })),
            { type: 'remove', list: 'nodes', index: nodes.findIndex((n) => n.id === node) },
          ],
        });
        return (
          !window.__explorer!.graph.hasNode(node) &&
          window.__explorer!.store.getState().selection === undefined
        );
      }, id);
      expect(gone).toBe(true);
      await expect.poll(() => selectedInUrl(page), FOLLOW).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await new Promise<void>((r) => server.close(() => r()));
    }
  }, 120_000);

  it('marks names inline, keeps offsets across marks and makes a suggestion a stakeholder in one click', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await openExplorer(page, base);
    await discardDraftOffer(page);
    await newDataset(page, 'Marks');
    await addDocument(page, 'Council report', TEXT);
    await newStakeholder(page, 'Home Office', 'government-body');

    const marks = (kind: string) => documentText(page).locator(`mark.ed-name.${kind}`);
    await expect.poll(() => marks('known').allTextContents()).toEqual(['Home Office', 'Home Office']);
    // Likely new names come from compromise in a worker, a moment later.
    await expect
      .poll(() => marks('suggested').allTextContents(), { timeout: 20_000 })
      .toContain('Jess Phillips');
    // The view holds the text as it is, and nothing but it.
    expect(await documentText(page).textContent()).toBe(TEXT);

    // With the keyboard: the caret before "The", then Shift+Right over "The Home Office funds"
    // (through the mark); the passage is what the offsets say.
    const passage = 'The Home Office funds';
    await selectOffsets(page, 0, 0);
    for (let i = 0; i < passage.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await button(page, 'New stakeholder from selection').click();
    const form = page.getByRole('form', { name: 'New stakeholder from selection' });
    expect(await form.getByLabel('Label').inputValue()).toBe(passage);
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    // With the mouse: a drag from inside "Essex" to the end of "regional", across the text of two
    // words and into plain text; then its passage as evidence, found at the offsets dragged over.
    const from = TEXT.indexOf('Essex Police leads') + 2;
    const to = TEXT.indexOf('regional') + 'regional'.length;
    const at = await documentText(page).evaluate(
      (box, [a, b]) => {
        box.scrollIntoView({ block: 'center' });
        const point = (offset: number) => {
          const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
          let left = offset;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const length = (n as Text).length;
            if (left < length) {
              const r = document.createRange();
              r.setStart(n, left);
              r.setEnd(n, left + 1);
              const rect = r.getBoundingClientRect();
              return { x: rect.left + 1, y: rect.top + rect.height / 2 };
            }
            left -= length;
          }
          throw new Error('past the text');
        };
        return [point(a!), point(b! - 1)];
      },
      [from, to],
    );
    await page.mouse.move(at[0]!.x, at[0]!.y);
    await page.mouse.down();
    await page.mouse.move(at[1]!.x + 6, at[1]!.y, { steps: 5 });
    await page.mouse.up();
    await button(page, 'Add as evidence').click();
    const evidence = page.getByRole('form', { name: 'Add as evidence' });
    await evidence.getByLabel('To the stakeholder or relation').fill('Home Office');
    await evidence.getByRole('button', { name: 'Add evidence' }).click();
    const quote = await page.evaluate(
      () => window.__editor!.dataset.nodes.find((n) => n.id === 'home-office')!.evidence!.at(-1)!.quote!,
    );
    expect(quote).toBe(TEXT.slice(from, to));
    expect(findQuote(TEXT, quote)).toEqual({ start: from, end: to });

    // A suggestion is one click from a new stakeholder; then it is marked as a known name.
    await marks('suggested').filter({ hasText: 'Jess Phillips' }).click();
    const made = page.getByRole('form', { name: 'New stakeholder from selection' });
    expect(await made.getByLabel('Label').inputValue()).toBe('Jess Phillips');
    expect(await made.getByLabel('Type').inputValue()).toBe('person');
    await made.getByRole('button', { name: 'Create stakeholder' }).click();
    await expect.poll(() => marks('known').allTextContents()).toContain('Jess Phillips');
    await screenshot(page, 'editor-marks');

    // By keyboard: Alt+Down goes to the first name, Enter on a known one selects its node.
    await selectOffsets(page, 0, 0);
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => editor(page).locator('.ed-doc-hint').textContent())
      .toBe('“Home Office”, a stakeholder we have: Enter selects it.');
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedInUrl(page)).toBe('home-office');
    expect(await documentText(page).textContent()).toBe(TEXT);
    expect(errors).toEqual([]);
  });

  it('shows a pasted document as text, never as HTML', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    await discardDraftOffer(page);
    await newDataset(page, 'Text only');
    const hostile = 'Acme <b>Holdings</b> <img src=x onerror="window.__pwned=1"> funds Beta Trust.';
    await addDocument(page, 'Hostile', hostile);
    expect(await documentText(page).locator('b, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
