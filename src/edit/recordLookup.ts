// Finding records by id while building an op: through the index of a dataset held for editing
// (liveDataset.ts) when there is one, O(1) per id and O(degree) for a node's relations, else by a
// scan of the lists (a plain dataset, as in one-off use and tests).
import type { Dataset } from '../schema/index.ts';
import type { AnyRecord, ListName } from './applyOp.ts';

/** What an index of a dataset answers. */
export interface RecordIndex {
  /** The position of the record with this id in the list, or -1. */
  indexOf(list: ListName, id: string): number;
  /** The positions of the relations at this node (as source or target), in list order. */
  edgesAt(nodeId: string): number[];
}

const INDEXES = new WeakMap<Dataset, RecordIndex>();

/** Makes lookups in `dataset` go through `index` (which must follow every change of the dataset). */
export function registerIndex(dataset: Dataset, index: RecordIndex): void {
  INDEXES.set(dataset, index);
}

/** Whether lookups in `dataset` are by index (O(1)) rather than by scan. */
export function isIndexed(dataset: Dataset): boolean {
  return INDEXES.has(dataset);
}

export function indexOfId(dataset: Dataset, list: ListName, id: string): number {
  const index = INDEXES.get(dataset);
  if (index !== undefined) return index.indexOf(list, id);
  return (dataset[list] as readonly AnyRecord[]).findIndex((r) => r.id === id);
}

export function hasId(dataset: Dataset, list: ListName, id: string): boolean {
  return indexOfId(dataset, list, id) >= 0;
}

/** The positions of the relations at a node, in list order. */
export function edgesAtNode(dataset: Dataset, nodeId: string): number[] {
  const index = INDEXES.get(dataset);
  if (index !== undefined) return index.edgesAt(nodeId);
  const out: number[] = [];
  dataset.edges.forEach((e, i) => {
    if (e.source === nodeId || e.target === nodeId) out.push(i);
  });
  return out;
}
