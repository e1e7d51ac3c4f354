// One copy of each repeated string of the records the page receives. The worker's messages bring a
// new copy of every string (node ids at each edge's ends, kinds, evidence sources), and while the
// graph is built nearly everything else received stays alive: each young-generation collection then
// copies them all, in whichever slice's task it falls. With the copies swapped for the first one,
// the copies die young and each collection has that much less to copy.
import type { EdgeRecord, Evidence, NodeRecord } from '../../schema/index.ts';

export interface StringPool {
  /** The node's own strings; its id becomes the copy its edges' ends are given. */
  shareNode(record: NodeRecord): void;
  shareEdge(record: EdgeRecord): void;
}

export function createStringPool(): StringPool {
  const pool = new Map<string, string>();
  // The copy returned is equal to `s`, so it has the same (literal) type.
  const share = <T extends string>(s: T): T => {
    const first = pool.get(s) as T | undefined;
    if (first !== undefined) return first;
    pool.set(s, s);
    return s;
  };
  const shareEvidence = (items: Evidence[] | undefined): void => {
    if (items === undefined) return;
    for (const item of items) {
      item.source = share(item.source);
      item.basis = share(item.basis);
    }
  };
  return {
    shareNode(record) {
      pool.set(record.id, record.id);
      record.type = share(record.type);
      shareEvidence(record.evidence);
    },
    shareEdge(record) {
      record.source = share(record.source);
      record.target = share(record.target);
      record.type = share(record.type);
      shareEvidence(record.evidence);
    },
  };
}
