// The page shown when no graph can be: what is wrong (located, as text), then ways on: open or drop
// another file, the bundled dataset, and the whole list of problems as a text file.
import { el } from '../dom.ts';
import { filePicker } from '../exchange/filePicker.ts';
import { saveLinesButton, shownLines } from '../exchange/lines.ts';

export interface ProblemOptions {
  /** Opens picked files as the toolbar's "Open…" does; without it, no file picker is offered. */
  readonly openFiles?: (files: File[]) => void;
  /** A link to the bundled dataset, when the problem is with another file. */
  readonly bundledHref?: string;
  /** What the next step is, in a sentence (default: fix and reload, or open another file). */
  readonly next?: string;
  readonly role?: 'alert' | 'status';
}

/** The problem card: a title, the first lines (all of them savable as text), and the ways on. */
export function problemCard(
  title: string,
  lines: readonly string[],
  options: ProblemOptions = {},
): HTMLElement {
  const actions: HTMLElement[] = [];
  if (options.openFiles)
    actions.push(...filePicker('Open a file…', options.openFiles, { button: 'problem-open' }));
  if (options.bundledHref !== undefined)
    actions.push(el('a', { text: 'Open the bundled dataset', attrs: { href: options.bundledHref } }));
  if (lines.length > 1) actions.push(saveLinesButton(title, lines, 'problem-save'));
  const next =
    options.next ??
    'Fix the file and reload the page, or open another graph file (JSON, GEXF, GraphML or CSV files), or drop one on this page.';
  return el(
    'div',
    { className: 'problem' },
    // The message is announced; the ways on follow it, outside the alert.
    el('div', { attrs: { role: options.role ?? 'alert' } }, el('h1', { text: title }), ...shownLines(lines)),
    el('p', { className: 'muted', text: next }),
    actions.length > 0 && el('div', { className: 'problem-actions' }, ...actions),
  );
}
