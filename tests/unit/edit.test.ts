import { describe, expect, it } from 'vitest';
import {
  addEdge,
  addEvidence,
  addNode,
  addSource,
  applyOp,
  batch,
  deleteEdge,
  deleteEvidence,
  deleteNode,
  deleteSource,
  doOp,
  EditError,
  EMPTY_HISTORY,
  LiveDataset,
  mergeNodes,
  type Op,
  quoteForSelection,
  redoOp,
  setClaim,
  setFigure,
  setMeta,
  undoOp,
  updateEdge,
  updateEvidence,
  updateNode,
  updateSource,
} from '../../src/edit/index.ts';
import { findQuote, load } from '../../src/graph/index.ts';
import type { Dataset } from '../../src/schema/index.ts';
import { smallRaw } from '../helpers.ts';

function small(): Dataset {
  const result = load(smallRaw());
  if (result.dataset === undefined) throw new Error('fixture did not load');
  return result.dataset;
}

const ev = { source: 'doc', quote: 'the Police', basis: 'stated' } as const;

describe('edit ops', () => {
  const cases: [string, (d: Dataset) => Op][] = [
    ['add a node', (d) => addNode(d, { id: 'new', label: 'New', type: 'person' })],
    ['edit a node', (d) => updateNode(d, 'unit', { ...d.nodes[1]!, label: 'The Unit, renamed' })],
    ['rename a node and its relations', (d) => updateNode(d, 'unit', { ...d.nodes[1]!, id: 'unit-2' })],
    ['delete a node', (d) => deleteNode(d, 'unit').op],
    ['add a relation', (d) => addEdge(d, { id: 'x', source: 'police', target: 'ministry', type: 'funds' })],
    [
      'edit a relation',
      (d) => updateEdge(d, 'ministry-funds-unit', { ...d.edges[0]!, detail: 'with money' }),
    ],
    ['delete a relation', (d) => deleteEdge(d, 'ministry-funds-unit').op],
    ['add a source', (d) => addSource(d, { id: 'new-doc', kind: 'document', title: 'T', text: 'Words.' })],
    ['rename a source and its citations', (d) => updateSource(d, 'doc', { ...d.sources[0]!, id: 'doc-2' })],
    ['edit a source text', (d) => updateSource(d, 'doc', { ...d.sources[0]!, text: 'Other words.' })],
    ['delete a source', (d) => deleteSource(d, 'doc').op],
    ['add evidence', (d) => addEvidence(d, { kind: 'edge', id: 'ministry-funds-unit' }, ev)],
    ['edit evidence', (d) => updateEvidence(d, { kind: 'node', id: 'ministry' }, 0, ev)],
    ['delete evidence', (d) => deleteEvidence(d, { kind: 'node', id: 'ministry' }, 0)],
    [
      'add a figure',
      (d) =>
        setFigure(d, 'police', undefined, { measure: 'arrests', label: 'Arrests', value: 3, evidence: [ev] }),
    ],
    ['delete a figure', (d) => setFigure(d, 'unit', 0, undefined)],
    [
      'set a claim',
      (d) =>
        setClaim(
          d,
          { kind: 'node', id: 'police' },
          { by: 'doc', status: 'disputed', note: 'n', evidence: [ev] },
        ),
    ],
    ['set the title', () => setMeta('A new title', undefined)],
    ['merge two nodes', (d) => mergeNodes(d, 'ministry', 'minister').op],
  ];
  for (const [name, make] of cases) {
    it(`${name}, then its inverse, gives back the dataset deep-equal`, () => {
      const before = small();
      const copy = structuredClone(before);
      const applied = applyOp(before, make(before));
      expect(applied.dataset).not.toEqual(before);
      expect(before).toEqual(copy); // the dataset given is left as it was
      expect(applyOp(applied.dataset, applied.inverse).dataset).toEqual(before);
    });

    it(`${name} in place (LiveDataset): the same dataset and changes as applyOp, and its inverse undoes it`, () => {
      const live = new LiveDataset(small());
      const op = make(live.dataset);
      expect(op).toEqual(make(small()));
      const reference = applyOp(small(), op);
      const applied = live.apply(op);
      expect(applied.dataset).toBe(live.dataset);
      expect(live.dataset).toEqual(reference.dataset);
      expect(applied.changes).toEqual(reference.changes);
      live.apply(applied.inverse);
      expect(live.dataset).toEqual(small());
    });
  }

  it('leaves a LiveDataset as it was when a step of an op does not fit', () => {
    const live = new LiveDataset(small());
    const op = batch('two steps', [
      addNode(live.dataset, { id: 'new', label: 'New', type: 'person' }),
      { type: 'remove', list: 'edges', index: 999 },
    ]);
    expect(() => live.apply(op)).toThrow(EditError);
    expect(live.dataset).toEqual(small());
    // Its index was put back too: the id is free again, and lookups still find every record.
    expect(() =>
      live.apply(addNode(live.dataset, { id: 'new', label: 'New', type: 'person' })),
    ).not.toThrow();
    expect(deleteNode(live.dataset, 'unit').dependents).toEqual(deleteNode(small(), 'unit').dependents);
  });

  it('undo and redo walk the history both ways', () => {
    const d0 = small();
    const s1 = doOp(d0, EMPTY_HISTORY, addNode(d0, { id: 'a', label: 'A', type: 'person' }));
    const s2 = doOp(s1.dataset, s1.history, addNode(s1.dataset, { id: 'b', label: 'B', type: 'person' }));
    const u1 = undoOp(s2.dataset, s2.history)!;
    expect(u1.dataset).toEqual(s1.dataset);
    const u2 = undoOp(u1.dataset, u1.history)!;
    expect(u2.dataset).toEqual(d0);
    expect(undoOp(u2.dataset, u2.history)).toBeUndefined();
    const r1 = redoOp(u2.dataset, u2.history)!;
    expect(r1.dataset).toEqual(s1.dataset);
    expect(redoOp(r1.dataset, r1.history)!.dataset).toEqual(s2.dataset);
  });

  it('refuses an id that is taken', () => {
    const d = small();
    expect(() => addNode(d, { id: 'unit', label: 'Again', type: 'person' })).toThrow(EditError);
    expect(() => updateNode(d, 'unit', { ...d.nodes[1]!, id: 'police' })).toThrow(/taken/);
  });

  it('lists what goes with a deleted node or source before deleting', () => {
    const d = small();
    const node = deleteNode(d, 'unit');
    expect(node.dependents.filter((x) => x.startsWith('relation'))).toHaveLength(3);
    const source = deleteSource(d, 'ref');
    // The unit's only figure cites the reference alone, so it goes; so does the relation's evidence.
    expect(source.dependents).toEqual([
      'figure arrests of "unit"',
      'evidence 1 of "minister-heads-ministry"',
    ]);
    const after = applyOp(d, source.op).dataset;
    expect(after.nodes.find((n) => n.id === 'unit')!.figures).toBeUndefined();
    expect(load(after).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('merges two nodes: relations and evidence move to the kept one, the other becomes aliases', () => {
    const d = small();
    const merged = applyOp(d, mergeNodes(d, 'police', 'minister').op).dataset;
    expect(merged.nodes.map((n) => n.id)).toEqual(['ministry', 'unit', 'police']);
    const police = merged.nodes.find((n) => n.id === 'police')!;
    expect(police.aliases).toEqual(['The Minister', 'minister']);
    expect(police.evidence?.map((e) => e.quote)).toEqual(['the Police', 'said the Minister']);
    expect(merged.edges.find((e) => e.id === 'minister-praised-unit')!.source).toBe('police');
    expect(merged.edges.find((e) => e.id === 'minister-heads-ministry')!.source).toBe('police');
    expect(load(merged).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('drops, and lists, a relation between the two merged nodes', () => {
    const d = small();
    const m = mergeNodes(d, 'ministry', 'minister');
    expect(m.dependents).toHaveLength(1);
    expect(applyOp(d, m.op).dataset.edges.some((e) => e.id === 'minister-heads-ministry')).toBe(false);
  });
});

describe('quoteForSelection', () => {
  it('keeps a passage that occurs once as selected', () => {
    const text = 'Alpha beta gamma. Delta epsilon.';
    expect(quoteForSelection(text, 6, 10)).toEqual({ quote: 'beta', start: 6, end: 10, widened: false });
  });

  it('widens a passage that occurs earlier until the loader finds it where it was selected', () => {
    const text = 'The Unit acts. The Police said The Unit acts alone.';
    const at = text.lastIndexOf('The Unit acts');
    const q = quoteForSelection(text, at, at + 'The Unit acts'.length);
    expect(q.widened).toBe(true);
    expect(q.start).toBeLessThanOrEqual(at);
    expect(q.end).toBeGreaterThanOrEqual(at + 13);
    expect(findQuote(text, q.quote)).toEqual({ start: q.start, end: q.end });
    expect(q.quote).toBe('said The Unit acts');
  });

  it('finds a repeated passage at its selected place for every repeat', () => {
    const text = 'x y x y x y x';
    for (let at = 0; at < text.length; at += 2) {
      const q = quoteForSelection(text, at, at + 1);
      expect(findQuote(text, q.quote)!.start).toBe(q.start);
      expect(q.start).toBeLessThanOrEqual(at);
      expect(q.end).toBeGreaterThanOrEqual(at + 1);
    }
  });
});
