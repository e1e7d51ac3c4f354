// Dismissible notices over the graph: import reports (what was mapped) and located errors, as text.
// They sit at the top of the graph area (also in fullscreen), never over the toolbar or the side panel's tabs.
import { button, el } from '../dom.ts';
import { MAX_LINES, saveLinesButton, shownLines } from './lines.ts';

export interface Notice {
  readonly kind: 'info' | 'error';
  readonly title: string;
  readonly lines: readonly string[];
}

export interface Notices {
  /** Shows a notice in place of the previous one. */
  show(notice: Notice): void;
  clear(): void;
}

export function createNotices(): Notices {
  const box = el('div', { className: 'notices', attrs: { id: 'notices' } });
  document.body.append(box);
  const clear = (): void => box.replaceChildren();
  return {
    clear,
    show(notice) {
      const section = el(
        'section',
        {
          className: `notice ${notice.kind}`,
          // Errors interrupt (alert); reports are announced politely (status).
          attrs: { role: notice.kind === 'error' ? 'alert' : 'status', 'aria-labelledby': 'notice-title' },
        },
        el(
          'div',
          { className: 'notice-head' },
          el('h2', { text: notice.title, attrs: { id: 'notice-title' } }),
          button('×', clear, {
            className: 'notice-close',
            attrs: { 'aria-label': 'Dismiss', title: 'Dismiss' },
          }),
        ),
        ...shownLines(notice.lines, 'muted small'),
        notice.lines.length > MAX_LINES && saveLinesButton(notice.title, notice.lines),
      );
      // Placed when shown, since the graph area is rebuilt with each opened graph.
      const area = document.querySelector('.graph-area') ?? document.body;
      if (box.parentElement !== area) area.append(box);
      box.replaceChildren(section);
    },
  };
}
