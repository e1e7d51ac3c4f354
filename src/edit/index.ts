// Editing a dataset: ops with their inverses (undo and redo), record and evidence edits, merging
// nodes, quotes from selections, and validation of what each edit changed.
export type { Change, Op } from './applyOp.ts';
export { applyOp, batch, EditError } from './applyOp.ts';
export type { Target } from './evidenceEdits.ts';
export {
  addEvidence,
  deleteEvidence,
  setClaim,
  setFigure,
  setMeta,
  updateEvidence,
} from './evidenceEdits.ts';
export { newDataset, toFolderLayout } from './folderLayout.ts';
export type { History, Step } from './history.ts';
export { doOp, EMPTY_HISTORY, redoOp, undoOp } from './history.ts';
export { IncrementalValidator } from './incrementalValidator.ts';
export { LiveDataset } from './liveDataset.ts';
export { mergeNodes } from './mergeNodes.ts';
export { quoteForSelection } from './quoteForSelection.ts';
export {
  addEdge,
  addNode,
  addSource,
  deleteEdge,
  deleteNode,
  deleteSource,
  freshId,
  updateEdge,
  updateNode,
  updateSource,
} from './recordEdits.ts';
