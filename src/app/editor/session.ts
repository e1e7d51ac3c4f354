// An edit session: the dataset being edited, its undo and redo stacks and its live validation; each
// edit is applied to the drawn graph in place and kept as a draft.
import {
  type Change,
  doOp,
  EMPTY_HISTORY,
  type History,
  IncrementalValidator,
  type Op,
  redoOp,
  type Step,
  undoOp,
} from '../../edit/index.ts';
import type { Issue, StakeholderGraph } from '../../graph/index.ts';
import type { Dataset } from '../../schema/index.ts';
import { type GraphEdit, measureGraphEdit, touchedBy } from '../graphEdits.ts';
import { keepDraft } from './draftStore.ts';
import { syncGraph } from './graphSync.ts';

/** `edit`: what the changes did to the drawn graph, for the views that follow it (graphEdits.ts). */
export type SessionListener = (changes: readonly Change[], edit: GraphEdit) => void;

/** Draft writes wait this long for more edits (a structured clone of a big dataset is not free). */
const DRAFT_DELAY_MS = 150;

export class EditSession {
  dataset: Dataset;
  private history: History = EMPTY_HISTORY;
  readonly validator: IncrementalValidator;
  /** Edits since the last save to a file. */
  unsaved: boolean;
  private readonly listeners = new Set<SessionListener>();
  private draftTimer: ReturnType<typeof setTimeout> | undefined;
  /** Resolves once the latest draft is written (tests and the reload offer wait for it). */
  draftWritten: Promise<unknown> = Promise.resolve();

  constructor(
    dataset: Dataset,
    readonly graph: StakeholderGraph,
    unsaved = false,
  ) {
    this.dataset = dataset;
    this.unsaved = unsaved;
    this.validator = new IncrementalValidator(dataset);
  }

  onChange(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  canUndo(): boolean {
    return this.history.undo.length > 0;
  }

  canRedo(): boolean {
    return this.history.redo.length > 0;
  }

  /** Applies an edit (throws EditError for one that does not fit, leaving everything as it was). */
  apply(op: Op): void {
    this.take(doOp(this.dataset, this.history, op));
  }

  undo(): void {
    const step = undoOp(this.dataset, this.history);
    if (step) this.take(step);
  }

  redo(): void {
    const step = redoOp(this.dataset, this.history);
    if (step) this.take(step);
  }

  issues(): Issue[] {
    return this.validator.issues();
  }

  markSaved(): void {
    this.unsaved = false;
    this.keep();
  }

  private take(step: Step): void {
    this.dataset = step.dataset;
    this.history = step.history;
    this.unsaved = true;
    this.validator.update(step.dataset, step.changes);
    const edit = measureGraphEdit(this.graph, touchedBy(step.changes), () =>
      syncGraph(this.graph, step.changes, step.dataset.sources, step.dataset.title),
    );
    this.keep();
    for (const listener of this.listeners) listener(step.changes, edit);
  }

  private keep(): void {
    clearTimeout(this.draftTimer);
    this.draftWritten = new Promise((resolve) => {
      this.draftTimer = setTimeout(() => {
        const draft = { dataset: this.dataset, keptAt: Date.now(), unsaved: this.unsaved };
        keepDraft(draft).then(resolve, resolve);
      }, DRAFT_DELAY_MS);
    });
  }
}
