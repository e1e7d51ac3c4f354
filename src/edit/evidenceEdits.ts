// Ops on the parts of a record: evidence, figures and claims of a node or relation.
import type { Claim, Dataset, EdgeRecord, Evidence, Figure, NodeRecord } from '../schema/index.ts';
import { EditError, type Op } from './applyOp.ts';
import { indexOfId } from './recordLookup.ts';

/** A node or a relation, by id. */
export interface Target {
  readonly kind: 'node' | 'edge';
  readonly id: string;
}

function find(dataset: Dataset, target: Target): { index: number; record: NodeRecord | EdgeRecord } {
  const list: readonly (NodeRecord | EdgeRecord)[] = target.kind === 'node' ? dataset.nodes : dataset.edges;
  const index = indexOfId(dataset, target.kind === 'node' ? 'nodes' : 'edges', target.id);
  if (index < 0) throw new EditError(`no ${target.kind === 'node' ? 'node' : 'relation'} "${target.id}"`);
  return { index, record: list[index]! };
}

function replace(dataset: Dataset, target: Target, change: (r: NodeRecord | EdgeRecord) => object): Op {
  const { index, record } = find(dataset, target);
  const next = change(record) as NodeRecord & EdgeRecord;
  return { type: 'replace', list: target.kind === 'node' ? 'nodes' : 'edges', index, record: next };
}

/** Sets an optional key, or removes it when the value is undefined (no `key: undefined` left). */
function withKey<T extends object>(record: T, key: string, value: unknown): T {
  const out = { ...record } as Record<string, unknown>;
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out as T;
}

export function addEvidence(dataset: Dataset, target: Target, evidence: Evidence): Op {
  return replace(dataset, target, (r) => ({ ...r, evidence: [...(r.evidence ?? []), evidence] }));
}

export function updateEvidence(dataset: Dataset, target: Target, j: number, evidence: Evidence): Op {
  return replace(dataset, target, (r) => {
    const list = [...(r.evidence ?? [])];
    if (j < 0 || j >= list.length) throw new EditError(`no evidence ${j} on "${target.id}"`);
    list[j] = evidence;
    return { ...r, evidence: list };
  });
}

export function deleteEvidence(dataset: Dataset, target: Target, j: number): Op {
  return replace(dataset, target, (r) => {
    const list = (r.evidence ?? []).filter((_, k) => k !== j);
    return withKey(r, 'evidence', list.length > 0 ? list : undefined);
  });
}

/** Adds, replaces (`j` given) or, with `figure` undefined, deletes a node's figure. */
export function setFigure(
  dataset: Dataset,
  nodeId: string,
  j: number | undefined,
  figure: Figure | undefined,
): Op {
  return replace(dataset, { kind: 'node', id: nodeId }, (r) => {
    const list = [...((r as NodeRecord).figures ?? [])];
    if (j === undefined) {
      if (figure !== undefined) list.push(figure);
    } else if (figure === undefined) list.splice(j, 1);
    else list[j] = figure;
    return withKey(r, 'figures', list.length > 0 ? list : undefined);
  });
}

/** Sets or (undefined) removes the claim of a node or relation. */
export function setClaim(dataset: Dataset, target: Target, claim: Claim | undefined): Op {
  return replace(dataset, target, (r) => withKey(r, 'claim', claim));
}

/** Sets the title and description of the dataset. */
export function setMeta(title: string, description: string | undefined): Op {
  return { type: 'meta', title, description };
}
