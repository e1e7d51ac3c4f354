// Dismissible notices: import reports (what was mapped) and located errors, as text. They sit in a
// strip above the graph, inside the graph area (also in fullscreen): the graph shrinks to make room
// rather than being covered, and nothing covers the toolbar or the side panel's tabs. Escape or the
// Close button dismisses them.
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
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented || box.childElementCount === 0) return;
    // Escape in a text field or a menu is theirs (clearing a search, closing a list), unless the
    // focus is in the notice itself.
    const target = event.target instanceof Element ? event.target : null;
    const inNotice = target !== null && box.contains(target);
    if (!inNotice && target?.closest('input, textarea, select, [role=menu], [role=listbox]')) return;
    clear();
  });
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
          button('✕ Close', clear, {
            className: 'notice-close',
            attrs: { title: 'Close this notice (Escape)' },
          }),
        ),
        ...shownLines(notice.lines, 'muted small'),
        notice.lines.length > MAX_LINES && saveLinesButton(notice.title, notice.lines),
      );
      // Placed when shown, since the graph area is rebuilt with each opened graph.
      const area = document.querySelector('.graph-area') ?? document.body;
      if (box.parentElement !== area) area.prepend(box);
      box.replaceChildren(section);
    },
  };
}
