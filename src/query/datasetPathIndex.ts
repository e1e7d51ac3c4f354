// The path index of a valid dataset's records, without a graphology graph: the command line's
// `path` answers from it, so a big file is read, checked and indexed but never built as a graph.
import { isStated } from '../graph/index.ts';
import type { Dataset } from '../schema/index.ts';
import { type PathIndex, pathIndexBuilder } from './pathIndex.ts';

/**
 * The same index buildPathIndex makes of the dataset's graph (nodes and edges numbered in the
 * dataset's order, as the graph holds them), for a dataset with no errors (unique ids, edge ends
 * that are nodes): the same paths, in the same order, come out of either.
 */
export function datasetPathIndex(dataset: Dataset): PathIndex {
  const builder = pathIndexBuilder(dataset.nodes.length, dataset.edges.length);
  for (const record of dataset.nodes) builder.node(record.id, record.type, record.label, record);
  for (const record of dataset.edges) {
    builder.edge(record.id, record, record.source, record.target, record.type, isStated(record));
  }
  return builder.done();
}
