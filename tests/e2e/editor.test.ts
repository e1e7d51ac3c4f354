// The editor in real Chromium: a dataset built from a pasted document by selecting passages, undo
// and redo, the draft recovered after a reload, a saved zip that the real CLI validates, and a
// source edit that breaks a quote, flagged and reported on save.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { findQuote } from '../../src/graph/index.ts';
import { type Dataset, nodeSchema } from '../../src/schema/index.ts';
import { cli } from '../cli/run.ts';
import { browserPerFile, openExplorer, screenshot } from './browser.ts';
import {
  addDocument,
  button,
  documentText,
  editor,
  evidenceCount,
  newDataset,
  newRelation,
  newStakeholder,
  selectPassage,
  TEXT,
} from './editorSteps.ts';

const base = inject('baseUrl');
const session = browserPerFile();

describe('the editor', () => {
  it('builds a dataset from a pasted document, keeps the draft over a reload and saves files that validate', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await openExplorer(page, base);
    const sigmaBefore = await page.evaluate(() => document.querySelectorAll('canvas').length);
    expect(sigmaBefore).toBeGreaterThan(0);
    await newDataset(page, 'Who funds the Taskforce');
    await addDocument(page, 'Council report', TEXT);

    const selections = new Map<string, { start: number; end: number }>();
    selections.set('Home Office', await newStakeholder(page, 'Home Office', 'government-body'));
    selections.set(
      'Grooming Gangs Taskforce',
      await newStakeholder(page, 'Grooming Gangs Taskforce', 'taskforce'),
    );
    selections.set('Essex Police', await newStakeholder(page, 'Essex Police', 'police-force'));
    const graphSame = await page.evaluate(() => {
      const w = window as unknown as { __graphBefore?: unknown };
      w.__graphBefore = window.__explorer!.graph;
      return window.__explorer!.graph.order;
    });
    expect(graphSame).toBe(3);

    const r1 = 'The Home Office funds the Grooming Gangs Taskforce.';
    selections.set(
      r1,
      await newRelation(
        page,
        r1,
        'Home Office',
        'funds',
        'Grooming Gangs Taskforce',
        'Home Office funds Grooming Gangs Taskforce',
      ),
    );
    const r2 = 'The Taskforce works with Essex Police on every case.';
    selections.set(
      r2,
      await newRelation(
        page,
        r2,
        'Grooming Gangs Taskforce',
        'collaborates-with',
        'Essex Police',
        'Grooming Gangs Taskforce collaborates with Essex Police',
      ),
    );
    // The graph followed in place: the same graphology graph, now with the relations drawn.
    expect(
      await page.evaluate(() => {
        const w = window as unknown as { __graphBefore?: unknown };
        return [window.__explorer!.graph === w.__graphBefore, window.__explorer!.graph.size];
      }),
    ).toEqual([true, 2]);

    // A name typed close to one we have is offered before a new node is made.
    await selectPassage(page, 'Essex Police', 1);
    await button(page, 'New stakeholder from selection').click();
    const offerForm = page.getByRole('form', { name: 'New stakeholder from selection' });
    await offerForm.getByLabel('Label').fill('Essex Police HQ');
    await offerForm.getByRole('button', { name: 'Add to Essex Police' }).waitFor();
    await page.keyboard.press('Escape');

    // The second "Home Office" as evidence for the node: the quote must resolve to that occurrence.
    const second = await selectPassage(page, 'Home Office', 1);
    selections.set('second Home Office', second);
    await button(page, 'Add as evidence').click();
    const evForm = page.getByRole('form', { name: 'Add as evidence' });
    await evForm.getByLabel('To the stakeholder or relation').fill('Home Office');
    await evForm.getByRole('button', { name: 'Add evidence' }).click();
    expect(await evidenceCount(page, 'home-office')).toBe(2);
    await screenshot(page, 'editor-built');

    await button(page, 'Undo').click();
    expect(await evidenceCount(page, 'home-office')).toBe(1);
    await button(page, 'Redo').click();
    expect(await evidenceCount(page, 'home-office')).toBe(2);
    // The same with the keyboard, from the document view.
    await documentText(page).focus();
    await page.keyboard.press('Control+z');
    expect(await evidenceCount(page, 'home-office')).toBe(1);
    await page.keyboard.press('Control+Shift+z');
    expect(await evidenceCount(page, 'home-office')).toBe(2);

    // Reload: leaving asks first, and the draft is offered again.
    await page.evaluate(() => window.__editor!.draftWritten);
    let asked = false;
    page.on('dialog', (d) => {
      asked = d.type() === 'beforeunload';
      void d.accept();
    });
    await page.reload();
    expect(asked).toBe(true);
    await button(page, 'Recover draft').click();
    await editor(page).waitFor();
    expect(
      await page.evaluate(() => [window.__explorer!.graph.order, window.__explorer!.graph.size]),
    ).toEqual([3, 2]);
    expect(await editor(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Editing “Who funds the Taskforce”',
    );
    await screenshot(page, 'editor-recovered');

    const downloading = page.waitForEvent('download');
    await button(page, 'Save').click();
    const download = await downloading;
    const zip = readFileSync((await download.path())!);
    const dir = mkdtempSync(join(tmpdir(), 'sg-editor-'));
    for (const [path, bytes] of Object.entries(unzipSync(new Uint8Array(zip)))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), bytes);
    }
    const checked = await cli('validate', dir);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/3 nodes, 2 edges, 1 sources, 6 quotes found/);

    // Each quote is found (first occurrence, as the loader looks) where its passage was selected.
    const saved = JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8')) as Dataset;
    const text = readFileSync(join(dir, saved.sources[0]!.file!), 'utf8');
    expect(text).toBe(TEXT);
    const quotes = [...saved.nodes, ...saved.edges].flatMap((r) => (r.evidence ?? []).map((e) => e.quote!));
    // In file order: the nodes' evidence (Home Office twice), then the relations'.
    const expected = [
      'Home Office',
      'second Home Office',
      'Grooming Gangs Taskforce',
      'Essex Police',
      r1,
      r2,
    ].map((k) => selections.get(k)!);
    expect(quotes).toHaveLength(expected.length);
    for (const [i, quote] of quotes.entries()) {
      const found = findQuote(text, quote)!;
      const want = expected[i]!;
      expect(found.start, quote).toBeLessThanOrEqual(want.start);
      expect(found.end, quote).toBeGreaterThanOrEqual(want.end);
      // Only the repeated passage needed widening; the others are exactly what was selected.
      if (i !== 1) expect(found, quote).toEqual(want);
    }
    expect(quotes[1]).toBe('Taskforce. The Home Office');
    expect(errors).toEqual([]);
  });

  it('flags evidence whose quote a source edit removed, and the save says so', async () => {
    const page = await session.context.newPage();
    await openExplorer(page, base);
    // The draft offer of the first test may show; this test starts its own dataset.
    await newDataset(page, 'Broken quote');
    await addDocument(page, 'Council report', TEXT);
    await newStakeholder(page, 'Essex Police', 'police-force');
    await button(page, 'Edit Council report').click();
    const form = page.getByRole('form', { name: 'Edit source Council report' });
    await form.getByLabel('Text').fill(TEXT.replaceAll('Essex Police', 'Kent Police'));
    await form.getByRole('button', { name: 'Apply changes' }).click();
    await expect
      .poll(() => editor(page).locator('.ed-issues li.error').allTextContents())
      .toEqual([expect.stringMatching(/quote not found in source "council-report": "Essex Police"/)]);
    const downloading = page.waitForEvent('download');
    await button(page, 'Save').click();
    await downloading;
    await expect
      .poll(() => editor(page).getByRole('status').textContent())
      .toMatch(/1 problem to fix before it validates: .*quote not found/);
    await screenshot(page, 'editor-broken-quote');

    // Every field of a stakeholder, from its schema: one control per key of nodeSchema.
    await page.getByRole('combobox', { name: 'Stakeholder or relation to edit' }).fill('Essex Police');
    await button(page, 'Edit record').click();
    const record = page.getByRole('form', { name: 'Edit stakeholder Essex Police' });
    const keys = await record
      .locator('[data-key]')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key));
    expect(keys).toEqual(Object.keys(nodeSchema.shape));
    await record.locator('[data-key="description"]').fill('The county force.');
    await record.getByRole('button', { name: 'Apply changes' }).click();
    expect(
      await page.evaluate(
        () => window.__editor!.dataset.nodes.find((n) => n.id === 'essex-police')?.description,
      ),
    ).toBe('The county force.');
  });
});
