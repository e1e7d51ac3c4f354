// The path index of a valid dataset's records, without a graphology graph: the command line's
// `path` answers from it, so a big file is read, checked and indexed but never built as a graph.
import { isStated } from '../graph/index.ts';
import type { Dataset, EdgeRecord } from '../schema/index.ts';
import { assemblePathIndex, NODE_CODE, type PathIndex, RELATION_CODE } from './pathIndex.ts';

/**
 * The same index buildPathIndex makes of the dataset's graph (nodes and edges numbered in the
 * dataset's order, as the graph holds them), for a dataset with no errors (unique ids, edge ends
 * that are nodes): the same paths, in the same order, come out of either.
 */
export function datasetPathIndex(dataset: Dataset): PathIndex {
  const { nodes, edges } = dataset;
  const n = nodes.length;
  const nodeIds: string[] = new Array(n);
  const nodeIndex = new Map<string, number>();
  const nodeKind = new Uint8Array(n);
  const nodeLabel: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const record = nodes[i]!;
    nodeIds[i] = record.id;
    nodeIndex.set(record.id, i);
    nodeKind[i] = NODE_CODE.get(record.type) ?? 0;
    nodeLabel[i] = record.label;
  }
  const m = edges.length;
  const edgeIds: string[] = new Array(m);
  const edgeRecord: EdgeRecord[] = new Array(m);
  const edgeSource = new Int32Array(m);
  const edgeTarget = new Int32Array(m);
  const edgeKind = new Uint8Array(m);
  const edgeStated = new Uint8Array(m);
  const edgeWeight = new Float64Array(m);
  for (let e = 0; e < m; e++) {
    const record = edges[e]!;
    edgeIds[e] = record.id;
    edgeRecord[e] = record;
    edgeSource[e] = nodeIndex.get(record.source)!;
    edgeTarget[e] = nodeIndex.get(record.target)!;
    edgeKind[e] = RELATION_CODE.get(record.type) ?? 0;
    edgeStated[e] = isStated(record) ? 1 : 0;
    edgeWeight[e] = record.weight ?? 1;
  }
  return assemblePathIndex({
    nodeCount: n,
    nodeIds,
    nodeIndex,
    nodeLabel,
    nodeRecord: nodes,
    nodeKind,
    edgeIds,
    edgeRecord,
    edgeSource,
    edgeTarget,
    edgeKind,
    edgeStated,
    edgeWeight,
  });
}
