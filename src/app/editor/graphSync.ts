// Keeps the drawn graphology graph in step with the edited dataset: each change of an op becomes an
// addNode, dropNode or attribute update, which sigma turns into a refresh of that item alone.

import type { Change } from '../../edit/index.ts';
import { edgeAttributes, isStated, type StakeholderGraph } from '../../graph/index.ts';
import type { EdgeRecord, NodeRecord, Source } from '../../schema/index.ts';

function nodeAttrs(record: NodeRecord, x: number, y: number) {
  return { kind: record.type, label: record.label, x, y, record };
}

/** Applies the changes of an op (in order) to the graph; the dataset's sources follow too. */
export function syncGraph(
  graph: StakeholderGraph,
  changes: readonly Change[],
  sources: readonly Source[],
  title: string,
): void {
  for (const c of changes) {
    if (c.list === 'nodes') {
      const before = c.before as NodeRecord | undefined;
      const after = c.after as NodeRecord | undefined;
      if (before !== undefined && (after === undefined || after.id !== before.id)) {
        if (graph.hasNode(before.id)) graph.dropNode(before.id);
      }
      if (after !== undefined) {
        // A record without a stored position keeps the one it is drawn at.
        if (graph.hasNode(after.id)) {
          const p = after.position ?? graph.getNodeAttributes(after.id);
          graph.replaceNodeAttributes(after.id, nodeAttrs(after, p.x, p.y));
        } else {
          const p = after.position ?? { x: 0, y: 0 };
          graph.addNode(after.id, nodeAttrs(after, p.x, p.y));
        }
      }
    } else if (c.list === 'edges') {
      const before = c.before as EdgeRecord | undefined;
      const after = c.after as EdgeRecord | undefined;
      const moved =
        before !== undefined &&
        (after === undefined ||
          after.id !== before.id ||
          after.source !== before.source ||
          after.target !== before.target);
      if (moved && graph.hasEdge(before.id)) graph.dropEdge(before.id);
      if (after === undefined) continue;
      // A relation whose end is not (yet) a node is not drawn; the problem list says so.
      if (!graph.hasNode(after.source) || !graph.hasNode(after.target)) continue;
      if (graph.hasEdge(after.id))
        graph.replaceEdgeAttributes(after.id, { ...edgeAttributes(after), stated: isStated(after) });
      else graph.addDirectedEdgeWithKey(after.id, after.source, after.target, edgeAttributes(after));
    }
  }
  graph.setAttribute('sources', sources as Source[]);
  graph.setAttribute('title', title);
}
