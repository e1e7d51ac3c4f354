// The editor's way in, on every graph shown: "Edit" and "New dataset" in the toolbar, and the offer
// of a draft kept from an earlier visit. The editor itself (and the schema it checks with) is
// loaded only when asked for, so the read-only explorer stays as light as it was.
import type { Issue, StakeholderGraph } from '../../graph/index.ts';
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import { dropDraft, readDraft } from './draftStore.ts';

export interface EditorHooks {
  /** Shows a graph in place of the current one (main.ts openGraph). */
  openGraph(graph: StakeholderGraph, info: { name: string; issues: readonly never[] }): Promise<void>;
}

/** A session to begin once its graph is shown (a new dataset, a recovered draft, an opened folder). */
let pending: { graph: StakeholderGraph; begin(ctx: AppContext, root: HTMLElement): void } | undefined;
/** Ends the listeners of the session on the graph shown before. */
let ending: AbortController | undefined;
let draftOffered = false;

export function setPending(
  graph: StakeholderGraph,
  begin: (ctx: AppContext, root: HTMLElement) => void,
): void {
  pending = { graph, begin };
}

const loadEditor = () => import('./startEditing.ts');

/**
 * `loaded`: the issues the loader's full check of the shown graph's dataset found, when it was
 * checked so (a file or the bundled dataset; not a graph the editor opened).
 */
export function installEditor(
  ctx: AppContext,
  root: HTMLElement,
  hooks: EditorHooks,
  loaded?: readonly Issue[],
): void {
  ending?.abort();
  const controller = new AbortController();
  ending = controller;
  const signal = controller.signal;
  const titleBox = el('input', {
    attrs: { type: 'text', 'aria-label': 'Title of the new dataset', required: '' },
  });
  const newForm = el(
    'form',
    { className: 'ed-new', attrs: { 'aria-label': 'New dataset' } },
    titleBox,
    el('button', { text: 'Create', attrs: { type: 'submit' } }),
  );
  newForm.hidden = true;
  newForm.addEventListener('submit', (e) => {
    e.preventDefault();
    const title = titleBox.value.trim();
    if (title === '') return;
    void loadEditor().then((m) => m.startNewDataset(title, hooks));
  });
  const edit = button('Edit', () => {
    edit.disabled = true;
    void loadEditor().then((m) => m.beginSession(ctx, root, m.datasetOfGraph(ctx.graph), { signal, loaded }));
  });
  const controls = el(
    'div',
    { className: 'editor-controls' },
    edit,
    button('New dataset', () => {
      newForm.hidden = false;
      titleBox.focus();
    }),
    newForm,
  );
  if ('showDirectoryPicker' in window)
    controls.append(button('Open folder…', () => void loadEditor().then((m) => m.openFolder(hooks))));
  root.querySelector('header.toolbar')?.append(controls);

  if (pending?.graph === ctx.graph) {
    const { begin } = pending;
    pending = undefined;
    edit.disabled = true;
    begin(ctx, root);
    return;
  }
  if (!draftOffered) {
    draftOffered = true;
    void offerDraft(hooks);
  }
}

/** A draft with unsaved changes, kept from an earlier visit: recover it or let it go. */
async function offerDraft(hooks: EditorHooks): Promise<void> {
  const draft = await readDraft();
  if (draft === undefined || !draft.unsaved) return;
  const when = new Date(draft.keptAt).toLocaleString();
  const offer = el(
    'div',
    { className: 'ed-offer', attrs: { role: 'alertdialog', 'aria-label': 'Unsaved draft' } },
    el('span', { text: `A draft of “${draft.dataset.title}” with unsaved changes was kept (${when}).` }),
  );
  offer.append(
    button('Recover draft', () => {
      offer.remove();
      void loadEditor().then((m) => m.recoverDraft(draft, hooks));
    }),
    button('Discard draft', () => {
      offer.remove();
      void dropDraft();
    }),
  );
  document.body.append(offer);
}
