// Starting an edit session: on the graph shown, on a new empty dataset, on a recovered draft or on
// a folder opened with the File System Access API. Loaded on demand (it brings the schema).
import { newDataset } from '../../edit/index.ts';
import {
  buildGraph,
  graphToDataset,
  hasErrors,
  type Issue,
  load,
  type StakeholderGraph,
} from '../../graph/index.ts';
import type { Dataset } from '../../schema/index.ts';
import { afterFrame } from '../afterFrame.ts';
import type { AppContext } from '../context.ts';
import { el } from '../dom.ts';
import { dropGoneSelection } from '../followEdits.ts';
import type { Draft } from './draftStore.ts';
import { createEditorPanel } from './editorPanel.ts';
import { type EditorHooks, setPending } from './installEditor.ts';
import { type DirectoryHandle, pickFolder, readFolder } from './saveDataset.ts';
import { EditSession } from './session.ts';

/** The dataset a shown graph holds, in its own order, with the positions drawn. */
export function datasetOfGraph(graph: StakeholderGraph): Dataset {
  return graphToDataset(graph);
}

interface BeginOptions {
  readonly signal?: AbortSignal;
  readonly unsaved?: boolean;
  readonly folder?: DirectoryHandle;
  /** The issues a full load of `dataset` found (its first check then trusts them: checkAll). */
  readonly loaded?: readonly Issue[] | undefined;
}

export function beginSession(
  ctx: AppContext,
  root: HTMLElement,
  dataset: Dataset,
  options: BeginOptions = {},
): EditSession {
  const session = new EditSession(dataset, ctx.graph, options.unsaved ?? false);
  ctx.prepareForEdits();
  delete window.__editor;
  session.onChange((_changes, edit) => {
    dropGoneSelection(ctx);
    // The explorer's views follow (followEdits.ts) once the edit is drawn; one node the edit made
    // is selected, which puts it in the URL and its details in view, as a click on it would.
    afterFrame(() => {
      ctx.edits.publish(edit);
      const made = [...edit.nodes].filter(([, c]) => c.before === undefined && c.after !== undefined);
      if (made.length === 1 && ctx.graph.hasNode(made[0]![0])) ctx.selectNode(made[0]![0]);
    });
  });
  const listen = { signal: options.signal ?? new AbortController().signal };
  // The panel comes once the dataset is checked; meanwhile a progress line says what is happening.
  const checking = el('p', { className: 'ed-checking', attrs: { role: 'status', 'aria-busy': 'true' } });
  checking.textContent = 'Checking the dataset for editing…';
  root.append(checking);
  root.dataset.editing = 'true';
  void session
    .start((share) => {
      checking.textContent = `Checking the dataset for editing… ${Math.floor(share * 100)}%`;
    }, options.loaded)
    .then(() => {
      checking.remove();
      if (listen.signal.aborted) return;
      const panel = createEditorPanel(session, {
        search: (text, o) => ctx.search.search(text, o),
        select: (id) => ctx.selectNode(id),
        folder: options.folder,
      });
      root.append(panel);
      listen.signal.addEventListener('abort', () => panel.remove());
      // For tests and the benchmark (read-only use): the session of the page, once it can edit.
      window.__editor = session;
    });
  window.addEventListener(
    'keydown',
    (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      // Text boxes keep their own undo; the document view refuses edits, so it is the editor's.
      const target = event.target as HTMLElement | null;
      const typing =
        target !== null &&
        ((target.isContentEditable && target.getAttribute('aria-readonly') !== 'true') ||
          ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) &&
            !target.readOnly));
      if (typing) return;
      if (key === 'z' && !event.shiftKey) session.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') session.redo();
      else return;
      event.preventDefault();
    },
    listen,
  );
  window.addEventListener(
    'beforeunload',
    (event) => {
      if (!session.unsaved) return;
      event.preventDefault();
      event.returnValue = '';
    },
    listen,
  );
  listen.signal.addEventListener('abort', () => {
    checking.remove();
    delete root.dataset.editing;
  });
  return session;
}

async function openDataset(dataset: Dataset, hooks: EditorHooks, options: BeginOptions): Promise<void> {
  const graph = buildGraph(dataset);
  setPending(graph, (ctx, root) => beginSession(ctx, root, dataset, options));
  await hooks.openGraph(graph, { name: dataset.id, issues: [] });
}

export function startNewDataset(title: string, hooks: EditorHooks): Promise<void> {
  return openDataset(newDataset(title), hooks, { unsaved: true });
}

export function recoverDraft(draft: Draft, hooks: EditorHooks): Promise<void> {
  return openDataset(draft.dataset, hooks, { unsaved: true });
}

/**
 * Opens a dataset folder to edit; "Save to folder…" then writes back into it. It works on any
 * directory handle: the picker only supplies one (the browser tests give one from the origin's
 * private file system, as headless Chromium cannot answer the picker's dialog).
 */
async function openDatasetFolder(folder: DirectoryHandle, hooks: EditorHooks): Promise<void> {
  const result = load(await readFolder(folder));
  if (result.dataset === undefined || hasErrors(result.issues)) {
    window.alert(`The folder's dataset has problems: ${result.issues.map((i) => i.message).join('; ')}`);
    return;
  }
  await openDataset(result.dataset, hooks, { folder });
}

export async function openFolder(hooks: EditorHooks): Promise<void> {
  let folder: DirectoryHandle;
  try {
    folder = await pickFolder();
  } catch (error) {
    // The picker closed without a folder: nothing to open.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    throw error;
  }
  await openDatasetFolder(folder, hooks);
}

declare global {
  interface Window {
    __editor?: EditSession;
  }
}
