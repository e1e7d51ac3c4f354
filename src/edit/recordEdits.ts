// Ops for whole records: add, update and delete a node, a relation or a source, each built from the
// dataset as it is (ids looked up, dependents listed) and checked for clashing ids.
import type { Dataset, EdgeRecord, NodeRecord, Source } from '../schema/index.ts';
import { toKebabId } from '../schema/index.ts';
import { type AnyRecord, batch, EditError, type ListName, type Op } from './applyOp.ts';
import { edgesAtNode, hasId, indexOfId } from './recordLookup.ts';
import { withoutSource } from './withoutSource.ts';

function indexOf(dataset: Dataset, list: ListName, id: string): number {
  const at = indexOfId(dataset, list, id);
  if (at < 0) throw new EditError(`no ${list === 'edges' ? 'relation' : list.slice(0, -1)} "${id}"`);
  return at;
}

const taken = hasId;

/** An id for a new record of `list`, from a label, not yet taken ("essex-police", "essex-police-2"). */
export function freshId(dataset: Dataset, list: ListName, label: string): string {
  const base = toKebabId(label);
  if (!taken(dataset, list, base)) return base;
  for (let n = 2; ; n++) if (!taken(dataset, list, `${base}-${n}`)) return `${base}-${n}`;
}

function add(dataset: Dataset, list: ListName, record: AnyRecord): Op {
  // Ids stay unique: the editor refuses a clash rather than making a record the graph cannot hold.
  if (taken(dataset, list, record.id)) throw new EditError(`the id "${record.id}" is taken`);
  return { type: 'insert', list, index: dataset[list].length, record };
}

export const addNode = (dataset: Dataset, node: NodeRecord): Op => add(dataset, 'nodes', node);
export const addEdge = (dataset: Dataset, edge: EdgeRecord): Op => add(dataset, 'edges', edge);
export const addSource = (dataset: Dataset, source: Source): Op => add(dataset, 'sources', source);

/** Replaces a node; a new id is carried to the relations at it. */
export function updateNode(dataset: Dataset, id: string, node: NodeRecord): Op {
  const index = indexOf(dataset, 'nodes', id);
  const ops: Op[] = [{ type: 'replace', list: 'nodes', index, record: node }];
  if (node.id !== id) {
    if (taken(dataset, 'nodes', node.id)) throw new EditError(`the id "${node.id}" is taken`);
    for (const i of edgesAtNode(dataset, id)) {
      const e = dataset.edges[i]!;
      const record = {
        ...e,
        source: e.source === id ? node.id : e.source,
        target: e.target === id ? node.id : e.target,
      };
      ops.push({ type: 'replace', list: 'edges', index: i, record });
    }
  }
  return batch(`Edit ${node.label}`, ops);
}

export function updateEdge(dataset: Dataset, id: string, edge: EdgeRecord): Op {
  if (edge.id !== id && taken(dataset, 'edges', edge.id)) throw new EditError(`the id "${edge.id}" is taken`);
  return { type: 'replace', list: 'edges', index: indexOf(dataset, 'edges', id), record: edge };
}

/** Replaces a source; a new id is carried to the evidence and claims that cite it. */
export function updateSource(dataset: Dataset, id: string, source: Source): Op {
  const index = indexOf(dataset, 'sources', id);
  const ops: Op[] = [{ type: 'replace', list: 'sources', index, record: source }];
  if (source.id !== id) {
    if (taken(dataset, 'sources', source.id)) throw new EditError(`the id "${source.id}" is taken`);
    for (const list of ['nodes', 'edges'] as const) {
      (dataset[list] as readonly (NodeRecord | EdgeRecord)[]).forEach((r, i) => {
        const renamed = withoutSource(r, id, source.id);
        if (renamed.record !== r) ops.push({ type: 'replace', list, index: i, record: renamed.record });
      });
    }
  }
  return batch(`Edit ${source.title}`, ops);
}

/** What goes with a deleted record, in words, shown before the delete is done. */
export interface Deletion {
  readonly op: Op;
  readonly dependents: readonly string[];
}

/** Removes records by index, last first, so that each index is still right when its turn comes. */
function removals(list: ListName, indices: readonly number[]): Op[] {
  return [...indices].sort((a, b) => b - a).map((index) => ({ type: 'remove', list, index }) as const);
}

/** Deletes a node with the relations at it. */
export function deleteNode(dataset: Dataset, id: string): Deletion {
  const index = indexOf(dataset, 'nodes', id);
  const edges: number[] = [];
  const dependents: string[] = [];
  for (const i of edgesAtNode(dataset, id)) {
    const e = dataset.edges[i]!;
    edges.push(i);
    dependents.push(`relation "${e.id}" (${e.source} ${e.type} ${e.target})`);
  }
  const node = dataset.nodes[index]!;
  const evidence = node.evidence?.length ?? 0;
  if (evidence > 0) dependents.push(`${evidence} piece${evidence === 1 ? '' : 's'} of evidence on "${id}"`);
  const ops = [...removals('edges', edges), { type: 'remove', list: 'nodes', index } as const];
  return { op: batch(`Delete ${node.label}`, ops), dependents };
}

export function deleteEdge(dataset: Dataset, id: string): Deletion {
  const index = indexOf(dataset, 'edges', id);
  const e = dataset.edges[index]!;
  const evidence = e.evidence?.length ?? 0;
  const dependents =
    evidence > 0 ? [`${evidence} piece${evidence === 1 ? '' : 's'} of evidence on "${id}"`] : [];
  return { op: batch(`Delete relation ${id}`, [{ type: 'remove', list: 'edges', index }]), dependents };
}

/** Deletes a source with the evidence that cites it (and figures or claims left without evidence). */
export function deleteSource(dataset: Dataset, id: string): Deletion {
  const index = indexOf(dataset, 'sources', id);
  const ops: Op[] = [];
  const dependents: string[] = [];
  for (const list of ['nodes', 'edges'] as const) {
    (dataset[list] as readonly (NodeRecord | EdgeRecord)[]).forEach((r, i) => {
      const stripped = withoutSource(r, id);
      if (stripped.record === r) return;
      ops.push({ type: 'replace', list, index: i, record: stripped.record });
      for (const what of stripped.removed) dependents.push(`${what} of "${r.id}"`);
    });
  }
  ops.push({ type: 'remove', list: 'sources', index });
  return { op: batch(`Delete source ${dataset.sources[index]!.title}`, ops), dependents };
}
