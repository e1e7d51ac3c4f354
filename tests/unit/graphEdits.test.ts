// What an edit did to the drawn graph (app/graphEdits.ts), and the legend's counts kept by that
// difference (kindCounts.ts applyEdit): on random edit sequences with undo and redo, the counts
// kept equal a recount of the graph after every step.
import { describe, expect, it } from 'vitest';
import { syncGraph } from '../../src/app/editor/graphSync.ts';
import { applyEdit, kindCounts, type LiveCounts } from '../../src/app/graph/kindCounts.ts';
import { measureGraphEdit, touchedBy } from '../../src/app/graphEdits.ts';
import {
  addEdge,
  addNode,
  deleteEdge,
  deleteNode,
  doOp,
  EMPTY_HISTORY,
  type History,
  redoOp,
  type Step,
  undoOp,
  updateEdge,
  updateNode,
} from '../../src/edit/index.ts';
import { buildGraph, seededRandom, syntheticDataset } from '../../src/graph/index.ts';
import { type Dataset, NODE_KIND_IDS, RELATION_KIND_IDS } from '../../src/schema/index.ts';

const live = (graph: ReturnType<typeof buildGraph>): LiveCounts => {
  const c = kindCounts(graph);
  return {
    nodes: new Map(c.nodes),
    relations: new Map(c.relations),
    inferred: c.inferred,
    unsourced: c.unsourced,
  };
};

/** Counts without the kinds at zero, as a recount has them. */
const plain = (c: LiveCounts) => ({
  nodes: new Map([...c.nodes].filter(([, n]) => n !== 0)),
  relations: new Map([...c.relations].filter(([, n]) => n !== 0)),
  inferred: c.inferred,
  unsourced: c.unsourced,
});

describe('graph edits', () => {
  it('keep the legend counts equal to a recount over random edits, undos and redos', () => {
    let dataset: Dataset = syntheticDataset({ nodes: 120, seed: 11 });
    const graph = buildGraph(dataset);
    const counts = live(graph);
    let history: History = EMPTY_HISTORY;
    const random = seededRandom(5);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    let made = 0;
    const take = (step: Step | undefined): void => {
      if (step === undefined) return;
      const edit = measureGraphEdit(graph, touchedBy(step.changes), () =>
        syncGraph(graph, step.changes, step.dataset.sources, step.dataset.title),
      );
      dataset = step.dataset;
      history = step.history;
      applyEdit(counts, edit);
      // Each item the edit reports is as the graph now has it.
      for (const [id, c] of edit.nodes) expect(c.after === undefined).toBe(!graph.hasNode(id));
      for (const [id, c] of edit.edges) expect(c.after === undefined).toBe(!graph.hasEdge(id));
    };
    for (let i = 0; i < 300; i++) {
      const r = random();
      const node = pick(dataset.nodes);
      const edge = dataset.edges.length > 0 ? pick(dataset.edges) : undefined;
      if (r < 0.15) take(undoOp(dataset, history));
      else if (r < 0.25) take(redoOp(dataset, history));
      else if (r < 0.4) {
        const id = `made-${made++}`;
        take(doOp(dataset, history, addNode(dataset, { id, label: id, type: pick(NODE_KIND_IDS) })));
      } else if (r < 0.5) take(doOp(dataset, history, deleteNode(dataset, node.id).op));
      else if (r < 0.6)
        take(doOp(dataset, history, updateNode(dataset, node.id, { ...node, type: pick(NODE_KIND_IDS) })));
      else if (r < 0.75) {
        const id = `made-edge-${made++}`;
        const record = { id, source: node.id, target: pick(dataset.nodes).id, type: pick(RELATION_KIND_IDS) };
        take(doOp(dataset, history, addEdge(dataset, record)));
      } else if (edge && r < 0.85) take(doOp(dataset, history, deleteEdge(dataset, edge.id).op));
      else if (edge) {
        // A relation's evidence dropped: it goes from stated or inferred to unsourced.
        const { evidence: _gone, ...rest } = edge;
        take(
          doOp(dataset, history, updateEdge(dataset, edge.id, { ...rest, type: pick(RELATION_KIND_IDS) })),
        );
      }
      expect(plain(counts)).toEqual(kindCounts(graph));
    }
    expect(made).toBeGreaterThan(20);
  });
});
