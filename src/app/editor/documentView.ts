// The document being annotated: its text, read-only, with the names in it marked inline (<mark>
// elements holding text nodes only, never HTML). It is an editing host whose edits are all refused,
// so that the caret and Shift+arrows select a passage with the keyboard as in a text box, while the
// marks sit in the text. Offsets are characters of the source text: the view holds exactly its text.
import { el } from '../dom.ts';
import type { Mention } from './mentions.ts';

export interface DocumentView {
  readonly element: HTMLElement;
  /** Shows a text with its marks; the selection is kept when the text is the same. */
  show(text: string, marks: readonly Mention[]): void;
  /** The last selection made in the view (kept while the focus is elsewhere, as a text box does). */
  selection(): { start: number; end: number } | undefined;
  select(start: number, end: number): void;
  focus(): void;
}

export interface DocumentViewOptions {
  /** A mark was chosen (a click on it, or Enter with the caret in it). */
  onMark(mark: Mention): void;
  /** The caret entered a mark, or left it (undefined): a line can say what Enter would do. */
  onCaretMark(mark: Mention | undefined): void;
}

/** The text as text nodes, with one <mark> per name (text only, never HTML). */
function renderMarks(box: HTMLElement, text: string, marks: readonly Mention[]): void {
  const parts: (Node | string)[] = [];
  let at = 0;
  marks.forEach((m, index) => {
    if (m.start > at) parts.push(text.slice(at, m.start));
    const mark = el('mark', {
      className: m.node ? 'ed-name known' : 'ed-name suggested',
      text: text.slice(m.start, m.end),
      attrs: {
        'data-mark': String(index),
        title: m.node
          ? 'A stakeholder in the dataset: click (or Enter) to select it'
          : `A likely new name (${m.guess}): click (or Enter) for a new stakeholder`,
      },
    });
    parts.push(mark);
    at = m.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  box.replaceChildren(...parts);
}

/** The next (Alt+Down) or previous (Alt+Up) mark from a selection, round the end. */
function stepMark(
  marks: readonly Mention[],
  at: { start: number } | undefined,
  down: boolean,
): Mention | undefined {
  if (marks.length === 0) return undefined;
  if (down) return marks.find((m) => m.start > (at?.start ?? -1)) ?? marks[0];
  return marks.findLast((m) => m.start < (at?.start ?? Number.MAX_SAFE_INTEGER)) ?? marks.at(-1);
}

/** The text offset of a point in the view (the characters before it). */
function offsetOf(box: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(box, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The DOM point of a text offset in the view. */
function pointAt(box: HTMLElement, offset: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let left = offset;
  let last: Text | undefined;
  for (let n = walker.nextNode() as Text | null; n !== null; n = walker.nextNode() as Text | null) {
    if (left <= n.length) return { node: n, offset: left };
    left -= n.length;
    last = n;
  }
  return last ? { node: last, offset: last.length } : { node: box, offset: 0 };
}

export function createDocumentView(options: DocumentViewOptions): DocumentView {
  const box = el('div', {
    className: 'ed-doc',
    attrs: {
      contenteditable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-readonly': 'true',
      'aria-label': 'Document text',
      spellcheck: 'false',
      autocorrect: 'off',
      autocapitalize: 'off',
      translate: 'no',
    },
  });
  let text = '';
  let marks: readonly Mention[] = [];
  let kept: { start: number; end: number } | undefined;
  let caretMark: Mention | undefined;

  const render = (): void => renderMarks(box, text, marks);
  // A drag in progress is not disturbed: marks that arrive meanwhile are drawn when it ends.
  let pointerDown = false;
  let waiting: (() => void) | undefined;
  box.addEventListener('pointerdown', () => {
    pointerDown = true;
  });
  document.addEventListener('pointerup', () => {
    pointerDown = false;
    const run = waiting;
    waiting = undefined;
    run?.();
  });

  /** The mark holding a selection (a caret counts from before a mark's first letter to before its last). */
  const markAt = (start: number, end: number): Mention | undefined =>
    marks.find((m) => (start === end ? m.start <= start && start < m.end : m.start <= start && end <= m.end));

  const read = (): { start: number; end: number } | undefined => {
    const s = window.getSelection();
    if (!s || s.rangeCount === 0) return undefined;
    const r = s.getRangeAt(0);
    if (!box.contains(r.startContainer) || !box.contains(r.endContainer)) return undefined;
    return {
      start: offsetOf(box, r.startContainer, r.startOffset),
      end: offsetOf(box, r.endContainer, r.endOffset),
    };
  };

  const select = (start: number, end: number): void => {
    const a = pointAt(box, start);
    const b = pointAt(box, end);
    window.getSelection()?.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
    kept = { start, end };
  };

  // Every edit is refused (typing, deleting, pasting, dropping, formatting, the browser's undo).
  box.addEventListener('beforeinput', (event) => event.preventDefault());
  for (const type of ['paste', 'drop', 'cut']) box.addEventListener(type, (event) => event.preventDefault());
  // What cannot be refused (an input method's composition) is undone by showing the text again.
  box.addEventListener('input', () => {
    const at = kept;
    render();
    if (at) select(at.start, at.end);
  });

  // Selection calls can make the browser lay the page out: they are made only for the focused view.
  document.addEventListener('selectionchange', () => {
    if (document.activeElement !== box) return;
    const at = read();
    if (at === undefined) return;
    kept = at;
    const m = markAt(at.start, at.end);
    if (m !== caretMark) {
      caretMark = m;
      options.onCaretMark(m);
    }
  });
  box.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest?.('mark[data-mark]');
    // A drag that selected a passage is not a click on the mark it started in.
    if (mark === null || !window.getSelection()?.isCollapsed) return;
    const m = marks[Number((mark as HTMLElement).dataset.mark)];
    if (m) options.onMark(m);
  });
  box.addEventListener('keydown', (event) => {
    const at = read() ?? kept;
    // Alt+Down and Alt+Up select the next and the previous marked name (the roving way through them).
    if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      const next = stepMark(marks, at, event.key === 'ArrowDown');
      if (next === undefined) return;
      event.preventDefault();
      select(next.start, next.end);
      return;
    }
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey) return;
    const m = at && markAt(at.start, at.end);
    event.preventDefault();
    if (m) options.onMark(m);
  });

  return {
    element: box,
    show(next, nextMarks) {
      if (pointerDown) {
        waiting = () => this.show(next, nextMarks);
        return;
      }
      const same = next === text;
      // The live selection first: selectionchange comes a task after a selection is made, so
      // `kept` may still hold the one before (a re-render just after a new selection kept the old).
      const at = same ? (read() ?? kept) : undefined;
      text = next;
      marks = nextMarks;
      render();
      // The selection is drawn again only where the focus is: placing it in an editing host would
      // pull the focus there (from Undo, say); elsewhere it is kept for focus() to restore.
      if (at && document.activeElement === box) select(at.start, at.end);
      else kept = at;
    },
    selection: () => kept,
    select(start, end) {
      box.focus();
      select(start, end);
    },
    focus() {
      box.focus();
      if (kept) select(kept.start, kept.end);
    },
  };
}
