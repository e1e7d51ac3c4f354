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

/** Applies a new edit: it can be undone, and what was undone can no longer be redone. */
export function doOp(dataset: Dataset, history: History, op: Op): Step {
  const applied = applyOp(dataset, op);
  return { ...applied, history: { undo: [...history.undo, applied.inverse], redo: [] } };
}

/** Undoes the last edit, or returns undefined when there is none. */
export function undoOp(dataset: Dataset, history: History): Step | undefined {
  const op = history.undo.at(-1);
  if (op === undefined) return undefined;
  const applied = applyOp(dataset, op);
  return {
    ...applied,
    history: { undo: history.undo.slice(0, -1), redo: [...history.redo, applied.inverse] },
  };
}

export function redoOp(dataset: Dataset, history: History): Step | undefined {
  const op = history.redo.at(-1);
  if (op === undefined) return undefined;
  const applied = applyOp(dataset, op);
  return {
    ...applied,
    history: { undo: [...history.undo, applied.inverse], redo: history.redo.slice(0, -1) },
  };
}
