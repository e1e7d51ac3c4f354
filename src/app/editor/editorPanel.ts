// The editor beside the graph: sources to read and annotate, the actions on a selected passage,
// live problems, undo and redo, and saving.
import type { Change } from '../../edit/index.ts';
import { formatIssue } from '../../graph/index.ts';
import type { SearchHit, SearchOptions } from '../../query/index.ts';
import type { Source } from '../../schema/index.ts';
import { button, el } from '../dom.ts';
import type { EditorHost, Passage } from './host.ts';
import { showMentions } from './mentionList.ts';
import { recordPicker } from './recordForms.ts';
import { type SaveHow, saveAs } from './saveActions.ts';
import { canUseFolders, type DirectoryHandle } from './saveDataset.ts';
import { addEvidenceForm, newRelationForm, newStakeholderForm } from './selectionForms.ts';
import type { EditSession } from './session.ts';
import { deleteSourceForm, sourceForm } from './sourceForms.ts';
import './editor.css';

export interface PanelOptions {
  readonly search: (text: string, options?: Partial<SearchOptions>) => SearchHit[];
  readonly refreshSearch: (id: string) => void;
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
  const doc = el('textarea', {
    className: 'ed-doc',
    attrs: { readonly: '', rows: '14', 'aria-label': 'Document text', spellcheck: 'false' },
  });
  const mentions = el('div', { className: 'ed-mentions' });
  let current: string | undefined;

  const host: EditorHost = {
    session,
    search: options.search,
    passage(): Passage | undefined {
      if (current === undefined || doc.selectionStart === doc.selectionEnd) return undefined;
      return {
        source: current,
        start: doc.selectionStart,
        end: doc.selectionEnd,
        text: doc.value.slice(doc.selectionStart, doc.selectionEnd),
      };
    },
    show(form) {
      formArea.replaceChildren(...(form ? [form] : []));
      form?.querySelector<HTMLElement>('input, select, textarea')?.focus();
      if (!form) doc.focus();
    },
    say(message) {
      status.textContent = message;
    },
  };

  const withPassage =
    (make: (p: Passage) => HTMLElement): (() => void) =>
    () => {
      const p = host.passage();
      if (p === undefined) {
        host.say('Select a passage of a document first (with the mouse, or Shift and the arrow keys).');
        doc.focus();
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

  const renderMentions = (source: Source): void => showMentions(host, mentions, doc, source);

  function openSource(id: string): void {
    const source = session.dataset.sources.find((s) => s.id === id);
    current = source?.kind === 'document' ? id : undefined;
    docTitle.textContent = source ? source.title : '';
    const keep = [doc.selectionStart, doc.selectionEnd] as const;
    const same = doc.value === (source?.text ?? '');
    doc.value = source?.text ?? '';
    if (same) doc.setSelectionRange(keep[0], keep[1]);
    doc.hidden = current === undefined;
    actions.hidden = current === undefined;
    if (source?.kind === 'document') renderMentions(source);
    else mentions.replaceChildren();
  }

  let mentionsLater = 0;
  const render = (changes: readonly Change[] = []): void => {
    heading.textContent = `Editing “${session.dataset.title}”`;
    undo.disabled = !session.canUndo();
    redo.disabled = !session.canRedo();
    // The source list is rebuilt only when a source changed (thousands of rows on a big dataset).
    const sourcesChanged = changes.length === 0 || changes.some((c) => c.list === 'sources');
    if (sourcesChanged) renderSourceList(sourceList, host, current, openSource);
    problems.render();
    if (current !== undefined && !session.dataset.sources.some((s) => s.id === current)) current = undefined;
    // A node's new name may be mentioned in the document shown: its marks are redone when the
    // page is idle, off the edit's own task (they scan thousands of names).
    if (changes.some((c) => c.list === 'sources') || (current !== undefined && changes.length === 0))
      openSource(current ?? '');
    else if (current !== undefined && changes.some((c) => c.list === 'nodes')) {
      cancelIdleCallback(mentionsLater);
      mentionsLater = requestIdleCallback(() => openSource(current ?? ''), { timeout: 500 });
    }
    for (const c of changes) {
      if (c.list !== 'nodes') continue;
      for (const r of [c.before, c.after]) if (r) options.refreshSearch(r.id);
    }
  };
  session.onChange(render);
  render();
  const first = session.dataset.sources.find((s) => s.kind === 'document');
  if (first) openSource(first.id);
  else {
    doc.hidden = true;
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
    actions,
    mentions,
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
        { attrs: s.id === current ? { 'aria-current': 'true' } : {} },
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
