// Finding a node by id, label or alias, forgiving case, accents and the kind of apostrophe (schema/fold.ts).
import { nearest, type StakeholderGraph } from '../graph/index.ts';
import { foldText, toKebabId } from '../schema/index.ts';

export type NodeMatch =
  | { readonly ok: true; readonly id: string }
  | {
      readonly ok: false;
      readonly reason: 'unknown' | 'ambiguous';
      readonly message: string;
      /** Close matches (unknown) or the nodes the name could mean (ambiguous), as "Label (id)". */
      readonly candidates: string[];
    };

const describe = (graph: StakeholderGraph, id: string): string =>
  `${graph.getNodeAttribute(id, 'label')} (${id})`;

/** The node a name means: an id, a label or an alias; unknown and ambiguous names explained. */
export function resolveNode(graph: StakeholderGraph, name: string): NodeMatch {
  if (graph.hasNode(name)) return { ok: true, id: name };
  const wanted = foldText(name);
  const asId = toKebabId(name);
  const hits = new Set<string>();
  graph.forEachNode((id, a) => {
    const names = [a.label, ...(a.record.aliases ?? [])];
    if (id === asId || names.some((n) => foldText(n) === wanted)) hits.add(id);
  });
  if (hits.size === 1) return { ok: true, id: [...hits][0]! };
  if (hits.size > 1) {
    const candidates = [...hits].sort().map((id) => describe(graph, id));
    return {
      ok: false,
      reason: 'ambiguous',
      message: `"${name}" could mean ${candidates.join(' or ')}; give the id`,
      candidates,
    };
  }
  const byName = new Map<string, string>();
  graph.forEachNode((id, a) => {
    byName.set(id, id);
    byName.set(a.label, id);
    for (const alias of a.record.aliases ?? []) byName.set(alias, id);
  });
  const close = [...new Set(nearest(name, byName.keys(), 5).map((n) => byName.get(n)!))].slice(0, 3);
  const candidates = close.map((id) => describe(graph, id));
  const hint = candidates.length > 0 ? `; did you mean ${candidates.join(' or ')}?` : '';
  return { ok: false, reason: 'unknown', message: `no node called "${name}"${hint}`, candidates };
}
