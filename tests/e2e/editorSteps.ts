// Steps the editor's browser tests share: a new dataset, a pasted document, passages selected in
// the document view (a DOM selection at text offsets, as a mouse drag makes), stakeholders and
// relations made from them.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Dataset } from '../../src/schema/index.ts';

declare global {
  interface Window {
    __editor?: { dataset: Dataset; draftWritten: Promise<unknown>; apply(op: object): void };
  }
}

export const documentText = (page: Page) => page.getByRole('textbox', { name: 'Document text' });

/**
 * Selects the characters start..end of the document view: the offsets are turned into DOM points
 * here, independently of the app's own mapping, which then has to give the same offsets back.
 */
export async function selectOffsets(page: Page, start: number, end: number): Promise<void> {
  await documentText(page).evaluate(
    (box, [s, e]) => {
      const point = (offset: number): [Node, number] => {
        const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
        let left = offset;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const length = (n as Text).length;
          if (left <= length) return [n, left];
          left -= length;
        }
        throw new Error(`offset ${offset} is past the text`);
      };
      (box as HTMLElement).focus();
      const [a, ao] = point(s!);
      const [b, bo] = point(e!);
      window.getSelection()!.setBaseAndExtent(a, ao, b, bo);
    },
    [start, end],
  );
}

export const TEXT = [
  'The Home Office funds the Grooming Gangs Taskforce. The Taskforce was set up in 2023.',
  'Essex Police leads the regional unit. The Taskforce works with Essex Police on every case.',
  'Jess Phillips praised the Taskforce. The Home Office said the Taskforce is vital.',
].join('\n\n');

export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
export const editor = (page: Page) => page.getByRole('region', { name: 'Editor' });

/** Selects the `nth` occurrence (0-based) of a passage in the document view; returns its offsets. */
export async function selectPassage(
  page: Page,
  passage: string,
  nth = 0,
): Promise<{ start: number; end: number }> {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(passage, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = start + passage.length;
  await selectOffsets(page, start, end);
  return { start, end };
}

/** An earlier test's unsaved draft is offered on load (same browser profile): let it go. */
export async function discardDraftOffer(page: Page): Promise<void> {
  const offer = page.getByRole('alertdialog', { name: 'Unsaved draft' });
  const shown = await offer.waitFor({ timeout: 3000 }).then(
    () => true,
    () => false,
  );
  if (shown) await offer.getByRole('button', { name: 'Discard draft' }).click();
}

export async function newDataset(page: Page, title: string): Promise<void> {
  await button(page, 'New dataset').click();
  await page.getByRole('textbox', { name: 'Title of the new dataset' }).fill(title);
  await page.getByRole('form', { name: 'New dataset' }).getByRole('button', { name: 'Create' }).click();
  await editor(page).waitFor();
}

export async function addDocument(page: Page, title: string, text: string): Promise<void> {
  await button(page, 'Add source').click();
  const form = page.getByRole('form', { name: 'Add source' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Publisher').fill('Example Gazette');
  await form.getByLabel('Date').fill('2025-01-15');
  await form.getByLabel('Text').fill(text);
  await form.getByRole('button', { name: 'Add this source' }).click();
  await expect.poll(() => documentText(page).textContent()).toBe(text);
}

export async function newStakeholder(
  page: Page,
  passage: string,
  type: string,
): Promise<{ start: number; end: number }> {
  const at = await selectPassage(page, passage);
  await button(page, 'New stakeholder from selection').click();
  const form = page.getByRole('form', { name: 'New stakeholder from selection' });
  expect(await form.getByLabel('Label').inputValue()).toBe(passage);
  await form.getByLabel('Type').selectOption(type);
  await form.getByRole('button', { name: 'Create stakeholder' }).click();
  await form.waitFor({ state: 'detached' });
  return at;
}

export async function newRelation(
  page: Page,
  passage: string,
  from: string,
  kind: string,
  to: string,
  sentence: string,
) {
  const at = await selectPassage(page, passage);
  await button(page, 'New relation').click();
  const form = page.getByRole('form', { name: 'New relation' });
  await form.getByLabel('From').fill(from);
  await form.getByLabel('Relation').selectOption(kind);
  await form.getByLabel('To').fill(to);
  await expect.poll(() => form.getByLabel('Sentence').textContent()).toBe(sentence);
  await form.getByRole('button', { name: 'Create relation' }).click();
  await form.waitFor({ state: 'detached' });
  return at;
}

export const evidenceCount = (page: Page, id: string): Promise<number> =>
  page.evaluate(
    (node) => window.__editor!.dataset.nodes.find((n) => n.id === node)?.evidence?.length ?? 0,
    id,
  );
