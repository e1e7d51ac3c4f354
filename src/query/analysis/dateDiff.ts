// What changed between two days: nodes and relations that appeared or ended, and roles that changed hands.
import type { StakeholderGraph } from '../../graph/index.ts';
import type { NodeKind, RelationKind } from '../../schema/index.ts';
import { relationSentence } from '../sentence.ts';
import { asDay } from '../time.ts';
import { edgeItselfShown, isNodeShown, NO_FILTER, type ViewFilter } from '../visibility.ts';

export interface DiffNode {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
}

export interface DiffRelation {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: RelationKind;
  /** "Home Office funds Grooming Gangs Taskforce". */
  readonly sentence: string;
}

export interface RoleChange {
  readonly role: string;
  readonly label: string;
  /** Holders on the first day and on the second (ids, sorted). */
  readonly before: string[];
  readonly after: string[];
}

export interface DateDiff {
  readonly from: string;
  readonly to: string;
  readonly nodes: { readonly appeared: DiffNode[]; readonly ended: DiffNode[] };
  readonly relations: { readonly appeared: DiffRelation[]; readonly ended: DiffRelation[] };
  readonly roles: RoleChange[];
}

/** A date given by a person: a partial date (2024, 2024-05, 2024-05-01) as its first day, or an error. */
export function parseDay(name: string, text: string): string {
  const day = asDay(text);
  if (day === undefined)
    throw new Error(`${name}: "${text}" is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  return day;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Compares the graph as of `from` with the graph as of `to` (days, YYYY-MM-DD), with the filter's other
 * settings (kinds switched off, stated links only) applied to both. A relation "appears" when it holds on
 * `to` and not on `from`, which includes one whose end appeared; role holders come from `holds-role` links.
 */
export function dateDiff(
  graph: StakeholderGraph,
  from: string,
  to: string,
  filter: ViewFilter = NO_FILTER,
): DateDiff {
  const on = (asOf: string): ViewFilter => ({ ...filter, asOf });
  const before = on(from);
  const after = on(to);
  const nodes = { appeared: [] as DiffNode[], ended: [] as DiffNode[] };
  graph.forEachNode((id, a) => {
    const was = isNodeShown(graph, id, before);
    const is = isNodeShown(graph, id, after);
    if (was !== is) (is ? nodes.appeared : nodes.ended).push({ id, label: a.label, kind: a.kind });
  });
  const relations = { appeared: [] as DiffRelation[], ended: [] as DiffRelation[] };
  const holders = new Map<string, { before: Set<string>; after: Set<string> }>();
  graph.forEachEdge((id, a, source, target) => {
    const shown = (f: ViewFilter): boolean =>
      edgeItselfShown(graph, id, a, f) && isNodeShown(graph, source, f) && isNodeShown(graph, target, f);
    const was = shown(before);
    const is = shown(after);
    if (was !== is)
      (is ? relations.appeared : relations.ended).push({
        id,
        source,
        target,
        kind: a.kind,
        sentence: relationSentence(graph, id),
      });
    if (a.kind === 'holds-role' && (was || is)) {
      let h = holders.get(target);
      if (!h) {
        h = { before: new Set(), after: new Set() };
        holders.set(target, h);
      }
      if (was) h.before.add(source);
      if (is) h.after.add(source);
    }
  });
  const roles: RoleChange[] = [];
  for (const [role, h] of holders) {
    const b = [...h.before].sort();
    const c = [...h.after].sort();
    if (b.join('\u0000') !== c.join('\u0000'))
      roles.push({ role, label: graph.getNodeAttribute(role, 'label'), before: b, after: c });
  }
  return {
    from,
    to,
    nodes: { appeared: nodes.appeared.sort(byId), ended: nodes.ended.sort(byId) },
    relations: { appeared: relations.appeared.sort(byId), ended: relations.ended.sort(byId) },
    roles: roles.sort((a, b) => (a.role < b.role ? -1 : a.role > b.role ? 1 : 0)),
  };
}
