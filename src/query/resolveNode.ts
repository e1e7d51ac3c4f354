// Finding a node by id, label or alias, forgiving case, accents and the kind of apostrophe (schema/fold.ts).
import { nearest, type StakeholderGraph } from '../graph/index.ts';
import { foldText, toKebabId } from '../schema/index.ts';
import type { PathIndex } from './pathIndex.ts';

export type NodeMatch =
  | { readonly ok: true; readonly id: string }
  | {
      readonly ok: false;
      readonly reason: 'unknown' | 'ambiguous';
      readonly message: string;
      /** Close matches (unknown) or the nodes the name could mean (ambiguous), as "Label (id)". */
      readonly candidates: string[];
    };

/** The nodes a name is looked up among: a graph's, or a path index's. */
interface NamedNodes {
  has(id: string): boolean;
  label(id: string): string;
  forEach(visit: (id: string, label: string, aliases: readonly string[] | undefined) => void): void;
}

const graphNodes = (graph: StakeholderGraph): NamedNodes => ({
  has: (id) => graph.hasNode(id),
  label: (id) => graph.getNodeAttribute(id, 'label'),
  forEach: (visit) => {
    graph.forEachNode((id, a) => {
      visit(id, a.label, a.record.aliases);
    });
  },
});

const indexNodes = (index: PathIndex): NamedNodes => ({
  has: (id) => index.nodeIndex.has(id),
  label: (id) => index.nodeLabel[index.nodeIndex.get(id)!]!,
  forEach: (visit) => {
    for (let i = 0; i < index.nodeCount; i++)
      visit(index.nodeIds[i]!, index.nodeLabel[i]!, index.nodeRecord[i]!.aliases);
  },
});

/** The node a name means: an id, a label or an alias; unknown and ambiguous names explained. */
export function resolveNode(graph: StakeholderGraph, name: string): NodeMatch {
  return resolveName(graphNodes(graph), name);
}

/** resolveNode over a path index's nodes (the same answers as over the graph it indexes). */
export function resolveIndexNode(index: PathIndex, name: string): NodeMatch {
  return resolveName(indexNodes(index), name);
}

function resolveName(nodes: NamedNodes, name: string): NodeMatch {
  const describe = (id: string): string => `${nodes.label(id)} (${id})`;
  if (nodes.has(name)) return { ok: true, id: name };
  const wanted = foldText(name);
  const asId = toKebabId(name);
  const hits = new Set<string>();
  nodes.forEach((id, label, aliases) => {
    const names = [label, ...(aliases ?? [])];
    if (id === asId || names.some((n) => foldText(n) === wanted)) hits.add(id);
  });
  if (hits.size === 1) return { ok: true, id: [...hits][0]! };
  if (hits.size > 1) {
    const candidates = [...hits].sort().map(describe);
    return {
      ok: false,
      reason: 'ambiguous',
      message: `"${name}" could mean ${candidates.join(' or ')}; give the id`,
      candidates,
    };
  }
  const byName = new Map<string, string>();
  nodes.forEach((id, label, aliases) => {
    byName.set(id, id);
    byName.set(label, id);
    for (const alias of aliases ?? []) byName.set(alias, id);
  });
  const close = [...new Set(nearest(name, byName.keys(), 5).map((n) => byName.get(n)!))].slice(0, 3);
  const candidates = close.map(describe);
  const hint = candidates.length > 0 ? `; did you mean ${candidates.join(' or ')}?` : '';
  return { ok: false, reason: 'unknown', message: `no node called "${name}"${hint}`, candidates };
}
