// The editor beside the graph: sources to read and annotate, the actions on a selected passage,
// live problems, undo and redo, and saving.
import type { Change } from '../../edit/index.ts';
import { formatIssue } from '../../graph/index.ts';
import type { SearchHit, SearchOptions } from '../../query/index.ts';
import { afterFrame } from '../afterFrame.ts';
import { button, el } from '../dom.ts';
import { createDocumentView } from './documentView.ts';
import type { EditorHost, Passage } from './host.ts';
import { caretHint, chooseMark, markNames } from './markNames.ts';
import { recordPicker } from './recordForms.ts';
import { type SaveHow, saveAs } from './saveActions.ts';
import { canUseFolders, type DirectoryHandle } from './saveDataset.ts';
import { addEvidenceForm, newRelationForm, newStakeholderForm } from './selectionForms.ts';
import type { EditSession } from './session.ts';
import { deleteSourceForm, sourceForm } from './sourceForms.ts';
import './editor.css';

export interface PanelOptions {
  readonly search: (text: string, options?: Partial<SearchOptions>) => SearchHit[];
  /** Selects a node in the explorer (a known name marked in the document). */
  readonly select: (id: string) => void;
  /** A folder the dataset was opened from (File System Access API), to save back into. */
  folder?: DirectoryHandle | undefined;
}

export function createEditorPanel(session: EditSession, options: PanelOptions): HTMLElement {
  const status = el('p', { className: 'ed-status', attrs: { role: 'status' } });
  const heading = el('h2');
  const problems = problemsBox(session);
  const formArea = el('div', { className: 'ed-form-area' });
  const sourceList = el('ul', { className: 'ed-sources' });
  const docTitle = el('h3');
  const hint = el('p', { className: 'ed-doc-hint small muted', attrs: { 'aria-live': 'polite' } });
  const view = createDocumentView({
    onMark: (mark) => chooseMark(host, view, mark, options.select),
    onCaretMark: (mark) => {
      hint.textContent = caretHint(mark);
    },
  });
  const doc = view.element;
  hint.textContent = caretHint(undefined);
  let current: string | undefined;
  let shownText: string | undefined;

  const host: EditorHost = {
    session,
    search: options.search,
    passage(): Passage | undefined {
      const at = view.selection();
      if (current === undefined || shownText === undefined || at === undefined || at.start === at.end)
        return undefined;
      return { source: current, start: at.start, end: at.end, text: shownText.slice(at.start, at.end) };
    },
    show(form) {
      formArea.replaceChildren(...(form ? [form] : []));
      form?.querySelector<HTMLElement>('input, select, textarea')?.focus();
      if (!form) view.focus();
    },
    say(message) {
      status.textContent = message;
    },
  };

  // Escape closes the form shown and goes back to the document.
  formArea.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || formArea.childElementCount === 0) return;
    event.preventDefault();
    host.show(undefined);
  });

  const withPassage =
    (make: (p: Passage) => HTMLElement): (() => void) =>
    () => {
      const p = host.passage();
      if (p === undefined) {
        host.say('Select a passage of a document first (with the mouse, or Shift and the arrow keys).');
        view.focus();
        return;
      }
      host.show(make(p));
    };

  const undo = button('Undo', () => session.undo(), { attrs: { 'aria-keyshortcuts': 'Control+Z' } });
  const redo = button('Redo', () => session.redo(), { attrs: { 'aria-keyshortcuts': 'Control+Shift+Z' } });
  const save = (how: SaveHow): void => saveAs(host, options, how);

  const toolbar = el(
    'div',
    { className: 'ed-toolbar', attrs: { role: 'toolbar', 'aria-label': 'Editing' } },
    button('Add source', () => host.show(sourceForm(host, undefined, (id) => openSource(id)))),
    undo,
    redo,
    button('Save', () => save('zip'), { attrs: { title: 'Download a zip: dataset.json and sources/*.txt' } }),
    button('Save as JSON', () => save('json'), { attrs: { title: 'One file with the texts inside' } }),
    canUseFolders() ? button('Save to folder…', () => save('folder')) : undefined,
  );

  const actions = el(
    'div',
    { className: 'ed-actions', attrs: { role: 'group', 'aria-label': 'Actions on the selected passage' } },
    button(
      'New stakeholder from selection',
      withPassage((p) => newStakeholderForm(host, p)),
    ),
    button(
      'Add as evidence',
      withPassage((p) => addEvidenceForm(host, p)),
    ),
    button(
      'New relation',
      withPassage((p) => newRelationForm(host, p)),
    ),
  );

  const records = recordPicker(host);

  function openSource(id: string): void {
    const source = session.dataset.sources.find((s) => s.id === id);
    current = source?.kind === 'document' ? id : undefined;
    docTitle.textContent = source ? source.title : '';
    shownText = source?.kind === 'document' ? (source.text ?? '') : undefined;
    for (const li of sourceList.children)
      if ((li as HTMLElement).dataset.source === current) li.setAttribute('aria-current', 'true');
      else li.removeAttribute('aria-current');
    doc.hidden = current === undefined;
    hint.hidden = current === undefined;
    actions.hidden = current === undefined;
    if (source?.kind === 'document') markNames(view, host, source, () => current === source.id);
    else view.show('', []);
  }

  const render = (changes: readonly Change[] = []): void => {
    // The list is built again only when the sources change (a big dataset has hundreds).
    if (changes.length === 0 || changes.some((c) => c.list === 'sources'))
      renderSourceList(sourceList, host, current, openSource);
    problems.render();
    if (current !== undefined && !session.dataset.sources.some((s) => s.id === current)) current = undefined;
    if (current !== undefined || changes.some((c) => c.list === 'sources' || c.list === 'nodes'))
      openSource(current ?? '');
  };
  const renderButtons = (): void => {
    heading.textContent = `Editing “${session.dataset.title}”`;
    undo.disabled = !session.canUndo();
    redo.disabled = !session.canRedo();
  };
  // The buttons at once; the lists and the document's marks once the edit is drawn (afterFrame.ts).
  session.onChange((changes) => {
    renderButtons();
    afterFrame(() => render(changes));
  });
  renderButtons();
  render();
  const first = session.dataset.sources.find((s) => s.kind === 'document');
  if (first) openSource(first.id);
  else {
    doc.hidden = true;
    hint.hidden = true;
    actions.hidden = true;
  }

  return el(
    'section',
    { className: 'editor-panel', attrs: { 'aria-label': 'Editor' } },
    heading,
    toolbar,
    status,
    problems.element,
    formArea,
    el('h3', { text: 'Sources' }),
    sourceList,
    records,
    docTitle,
    doc,
    hint,
    actions,
  );
}

/** The live problems: a summary line and the first 200, each located. */
function problemsBox(session: EditSession): { readonly element: HTMLElement; render(): void } {
  const list = el('ul', { className: 'ed-issues' });
  const summary = el('summary');
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return {
    element: el('details', { className: 'ed-problems-box', attrs: { open: '' } }, summary, list),
    render() {
      const issues = session.issues();
      const errors = issues.filter((i) => i.severity === 'error').length;
      summary.textContent = `Problems: ${plural(errors, 'error')}, ${plural(issues.length - errors, 'warning')}`;
      list.replaceChildren(
        ...issues.slice(0, 200).map((i) => el('li', { className: i.severity, text: formatIssue(i) })),
      );
    },
  };
}

/** The dataset's sources, each with Read, Edit and Delete. */
function renderSourceList(
  list: HTMLElement,
  host: EditorHost,
  current: string | undefined,
  openSource: (id: string) => void,
): void {
  list.replaceChildren(
    ...host.session.dataset.sources.map((s) =>
      el(
        'li',
        { attrs: { 'data-source': s.id, ...(s.id === current ? { 'aria-current': 'true' } : {}) } },
        el('span', { className: 'ed-source-title', text: `${s.title} (${s.kind})` }),
        button('Read', () => openSource(s.id), { attrs: { 'aria-label': `Read ${s.title}` } }),
        button('Edit', () => host.show(sourceForm(host, s)), { attrs: { 'aria-label': `Edit ${s.title}` } }),
        button('Delete', () => host.show(deleteSourceForm(host, s)), {
          attrs: { 'aria-label': `Delete ${s.title}` },
        }),
      ),
    ),
  );
}
