// Which relations meet each node: kept up to date by the edit session (relation ids) and by the
// incremental validator (relation records), so a node's relations are found without a scan.
import type { EdgeRecord } from '../schema/index.ts';

export class Incidence<T> {
  private readonly byNode = new Map<string, Set<T>>();

  /** Adds `item` at both ends of the relation `edge`, or removes it from them. */
  link(edge: Pick<EdgeRecord, 'source' | 'target'>, item: T, add: boolean): void {
    for (const id of [edge.source, edge.target]) {
      let set = this.byNode.get(id);
      if (set === undefined) {
        if (!add) continue;
        set = new Set();
        this.byNode.set(id, set);
      }
      if (add) set.add(item);
      else {
        set.delete(item);
        if (set.size === 0) this.byNode.delete(id);
      }
    }
  }

  /** The items of the relations that meet the node (none for an unknown id). */
  of(nodeId: string): Iterable<T> {
    return this.byNode.get(nodeId) ?? [];
  }
}
