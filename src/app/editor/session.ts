// An edit session: the dataset being edited, its undo and redo stacks and its live validation; each
// edit is applied to the drawn graph in place and kept as a draft.
import {
  type Change,
  doOp,
  EMPTY_HISTORY,
  type History,
  IncrementalValidator,
  LiveDataset,
  type Op,
  redoOp,
  type Step,
  undoOp,
} from '../../edit/index.ts';
import type { Issue, StakeholderGraph } from '../../graph/index.ts';
import type { Dataset } from '../../schema/index.ts';
import { type GraphEdit, measureGraphEdit, touchedBy } from '../graphEdits.ts';
import { runSteps } from '../tasks.ts';
import { keepDraft, keepDraftBase } from './draftStore.ts';
import { syncGraph } from './graphSync.ts';

/** `edit`: what the changes did to the drawn graph, for the views that follow it (graphEdits.ts). */
export type SessionListener = (changes: readonly Change[], edit: GraphEdit) => void;

/** Draft writes wait this long for more edits (a structured clone of a big dataset is not free). */
const DRAFT_DELAY_MS = 150;

export class EditSession {
  /** Changed in place by each edit (the same object throughout the session), indexed for the ops. */
  readonly dataset: Dataset;
  private readonly live: LiveDataset;
  /** The dataset the session began with (never changed) and the ops applied since: the draft. */
  private readonly base: Dataset;
  private readonly log: Op[] = [];
  private baseKept = false;
  private readonly applyLive = (_d: Dataset, op: Op) => {
    const applied = this.live.apply(op);
    this.log.push(op);
    return applied;
  };
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
    this.base = dataset;
    this.live = new LiveDataset(dataset, { deferred: true });
    this.dataset = this.live.dataset;
    this.unsaved = unsaved;
    // Checked by start(), a slice at a time: one pass over 100k records is seconds of work.
    this.validator = new IncrementalValidator(this.dataset, { deferred: true });
  }

  /**
   * The indexes and the first whole check, in tasks of a few ms (the page stays responsive); `onProgress` gets the
   * share done (0 to 1). Edits wait for it: the editor is shown once it resolves. `loaded`: the
   * issues the loader's full check of this dataset found, which spare most of the check
   * (IncrementalValidator.checkAll).
   */
  async start(onProgress?: (share: number) => void, loaded?: readonly Issue[]): Promise<void> {
    await runSteps(this.live.indexSteps(), { budgetMs: 12, onPause: () => onProgress?.(0) });
    const total = Math.max(1, IncrementalValidator.checkCount(this.dataset));
    await runSteps(this.validator.checkAll(loaded), {
      budgetMs: 12,
      onPause: (done) => onProgress?.(done / total),
    });
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
    this.take(doOp(this.dataset, this.history, op, this.applyLive));
  }

  undo(): void {
    const step = undoOp(this.dataset, this.history, this.applyLive);
    if (step) this.take(step);
  }

  redo(): void {
    const step = redoOp(this.dataset, this.history, this.applyLive);
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
        const draft = { ops: this.log.slice(), keptAt: Date.now(), unsaved: this.unsaved };
        // The base once (one copy of the whole dataset per session), then only the ops.
        const base = this.baseKept ? Promise.resolve() : keepDraftBase(this.base);
        this.baseKept = true;
        base.then(() => keepDraft(draft)).then(resolve, resolve);
      }, DRAFT_DELAY_MS);
    });
  }
}
