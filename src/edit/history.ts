// Undo and redo: two stacks of ops. Applying an op pushes its inverse on the undo stack; undoing
// applies that inverse and pushes the inverse of the inverse on the redo stack.
import type { Dataset } from '../schema/index.ts';
import { type Applied, applyOp, type Op } from './applyOp.ts';

export interface History {
  readonly undo: readonly Op[];
  readonly redo: readonly Op[];
}

export const EMPTY_HISTORY: History = { undo: [], redo: [] };

export interface Step extends Applied {
  readonly history: History;
}

/** How an op is applied: applyOp (a new dataset) or a LiveDataset's apply (in place). */
export type Apply = (dataset: Dataset, op: Op) => Applied;

/** Applies a new edit: it can be undone, and what was undone can no longer be redone. */
export function doOp(dataset: Dataset, history: History, op: Op, apply: Apply = applyOp): Step {
  const applied = apply(dataset, op);
  return { ...applied, history: { undo: [...history.undo, applied.inverse], redo: [] } };
}

/** Undoes the last edit, or returns undefined when there is none. */
export function undoOp(dataset: Dataset, history: History, apply: Apply = applyOp): Step | undefined {
  const op = history.undo.at(-1);
  if (op === undefined) return undefined;
  const applied = apply(dataset, op);
  return {
    ...applied,
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, applied.inverse] },
  };
}

export function redoOp(dataset: Dataset, history: History, apply: Apply = applyOp): Step | undefined {
  const op = history.redo.at(-1);
  if (op === undefined) return undefined;
  const applied = apply(dataset, op);
  return {
    ...applied,
    history: { undo: [...history.undo, applied.inverse], redo: history.redo.slice(0, -1) },
  };
}
