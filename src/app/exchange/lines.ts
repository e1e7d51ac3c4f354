// Long lists of located problems on the page: the first lines shown, all of them savable as text.
import { button, el } from '../dom.ts';
import { downloadBlob } from './download.ts';

/** Past this many lines a list says how many more there are; "Save the list as text" has them all. */
export const MAX_LINES = 200;

/** The first MAX_LINES lines as a list of text (never HTML), then how many more there are. */
export function shownLines(lines: readonly string[], className = ''): HTMLElement[] {
  const shown = lines.slice(0, MAX_LINES);
  const more = lines.length - shown.length;
  const out: HTMLElement[] = [];
  if (shown.length > 0)
    out.push(el('ul', {}, ...shown.map((line) => el('li', {}, el('code', { text: line })))));
  if (more > 0) out.push(el('p', { className, text: `…and ${more} more (all of them in the saved list).` }));
  return out;
}

/** A button that saves the title and every line as problems.txt. */
export function saveLinesButton(title: string, lines: readonly string[], id?: string): HTMLButtonElement {
  const save = (): void =>
    downloadBlob(new Blob([`${title}\n\n${lines.join('\n')}\n`], { type: 'text/plain' }), 'problems.txt');
  return button('Save the list as text', save, id === undefined ? {} : { attrs: { id } });
}
