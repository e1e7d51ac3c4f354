import { describe, expect, it } from 'vitest';
import {
  addEdge,
  addEvidence,
  addNode,
  addSource,
  applyOp,
  deleteEdge,
  deleteNode,
  deleteSource,
  IncrementalValidator,
  LiveDataset,
  mergeNodes,
  type Op,
  setMeta,
  updateNode,
  updateSource,
} from '../../src/edit/index.ts';
import { formatIssue, type Issue, load, seededRandom, syntheticDataset } from '../../src/graph/index.ts';
import { type Dataset, NODE_KIND_IDS, RELATION_KIND_IDS } from '../../src/schema/index.ts';
import { smallRaw } from '../helpers.ts';

function full(dataset: Dataset): string[] {
  return sorted(load(dataset, { build: false }).issues);
}

function sorted(issues: readonly Issue[]): string[] {
  return issues.map((i) => `${i.code} ${formatIssue(i)}`).sort();
}

/** One random edit, valid or not: the ones the editor makes, and mistakes a user can type. */
function randomOp(d: Dataset, random: () => number, n: number): Op | undefined {
  const pick = <T>(items: readonly T[]): T | undefined =>
    items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
  const node = pick(d.nodes);
  const other = pick(d.nodes);
  const source = pick(d.sources);
  const text = source?.text;
  switch (Math.floor(random() * 13)) {
    case 0:
      return addNode(d, {
        id: `edit-${n}-node`,
        label: random() < 0.2 ? '' : `Node ${n}`,
        type: pick(NODE_KIND_IDS)!,
      });
    case 1:
      return node && updateNode(d, node.id, { ...node, type: pick(NODE_KIND_IDS)! });
    case 2:
      return (
        node && updateNode(d, node.id, { ...node, start: '2024', end: random() < 0.5 ? '2020' : '2025-13' })
      );
    case 3:
      return node && deleteNode(d, node.id).op;
    case 4: {
      // Sometimes to a node that does not exist: a dangling end.
      const target = random() < 0.2 ? 'nowhere' : other?.id;
      if (!node || !target) return undefined;
      return addEdge(d, { id: `edit-${n}-edge`, source: node.id, target, type: pick(RELATION_KIND_IDS)! });
    }
    case 5: {
      const e = pick(d.edges);
      return e && deleteEdge(d, e.id).op;
    }
    case 6: {
      // A source text cut so that quotes may no longer occur in it.
      if (!source || text === undefined) return undefined;
      const at = Math.floor(random() * text.length);
      return updateSource(d, source.id, { ...source, text: text.slice(0, at) + text.slice(at + 12) });
    }
    case 7: {
      if (!node || !source) return undefined;
      const quote =
        text === undefined || random() < 0.3
          ? 'words that are nowhere'
          : text.slice(0, 1 + Math.floor(random() * 20));
      const cited = random() < 0.1 ? 'no-such-source' : source.id;
      return addEvidence(d, { kind: 'node', id: node.id }, { source: cited, quote, basis: 'stated' });
    }
    case 8:
      return source && deleteSource(d, source.id).op;
    case 9:
      return source && updateSource(d, source.id, { ...source, id: `edit-${n}-renamed` });
    case 10:
      return node && other && node !== other ? mergeNodes(d, node.id, other.id).op : undefined;
    case 11:
      return random() < 0.5 ? setMeta('', undefined) : setMeta(`Title ${n}`, 'described');
    default:
      return addSource(d, {
        id: `edit-${n}-source`,
        kind: random() < 0.5 ? 'document' : 'reference',
        title: `Source ${n}`,
        ...(random() < 0.7 ? { text: 'Some text of a source.' } : {}),
        ...(random() < 0.2 ? { url: 'ftp://bad' } : {}),
      });
  }
}

function start(name: string): Dataset {
  const d =
    name === 'small' ? load(smallRaw()).dataset : syntheticDataset({ nodes: 40, seed: 7, edgesPerNode: 2 });
  if (!d) throw new Error('no dataset');
  return d;
}

describe("incremental validation started from the loader's issues", () => {
  const begun = (d: Dataset, loaded: readonly Issue[]): IncrementalValidator => {
    const validator = new IncrementalValidator(d, { deferred: true });
    for (const _ of validator.checkAll(loaded));
    return validator;
  };

  it('finds the same problems as a full load after each of 60 random edits, when the load found only orphans', () => {
    const random = seededRandom(11);
    // Nodes with one relation each, some left without: the load finds "no relations" warnings only.
    let d = syntheticDataset({ nodes: 60, seed: 11, edgesPerNode: 1 });
    d = { ...d, nodes: [...d.nodes, { id: 'lone', label: 'Lone', type: 'person' }] };
    const loaded = load(d, { build: false }).issues;
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.every((i) => i.code === 'orphan')).toBe(true);
    const validator = begun(d, loaded);
    expect(sorted(validator.issues())).toEqual(full(d));
    for (let n = 0; n < 60; n++) {
      const op = randomOp(d, random, n);
      if (op === undefined) continue;
      const applied = applyOp(d, op);
      d = applied.dataset;
      validator.update(d, applied.changes);
      expect(sorted(validator.issues()), `after edit ${n}`).toEqual(full(d));
    }
  });

  it("takes the records as passed on the load's word, and checks them all when it reported anything else", () => {
    const d = start('synthetic');
    // A record the load would have refused: trusted, it is not checked again.
    const broken = { ...d, edges: [...d.edges, { ...d.edges[0]!, id: 'to-nowhere', target: 'nowhere' }] };
    expect(full(broken).some((line) => line.includes('dangling-edge'))).toBe(true);
    expect(
      begun(broken, [])
        .issues()
        .some((i) => i.code === 'dangling-edge'),
    ).toBe(false);
    // With an issue other than "no relations" among the load's, every record is checked.
    const other: Issue = { severity: 'warning', code: 'unexpected-kind', path: ['edges', 0], message: 'x' };
    expect(sorted(begun(broken, [other]).issues())).toEqual(full(broken));
  });
});

describe('incremental validation', () => {
  for (const [name, seed] of [
    ['small', 1],
    ['small', 2],
    ['small', 3],
    ['synthetic', 4],
    ['synthetic', 5],
  ] as const) {
    it(`finds the same problems as a full load after each of 60 random edits (${name}, seed ${seed})`, () => {
      const random = seededRandom(seed);
      let d = start(name);
      const validator = new IncrementalValidator(d);
      expect(sorted(validator.issues())).toEqual(full(d));
      const seen = new Set<string>();
      for (let n = 0; n < 60; n++) {
        const op = randomOp(d, random, n);
        if (op === undefined) continue;
        const applied = applyOp(d, op);
        d = applied.dataset;
        validator.update(d, applied.changes);
        const expected = full(d);
        expect(sorted(validator.issues()), `after edit ${n}`).toEqual(expected);
        for (const line of expected) seen.add(line.split(' ')[0]!);
        // Every few edits, an undo: the inverse is checked incrementally too.
        if (n % 7 === 6) {
          const undone = applyOp(d, applied.inverse);
          d = undone.dataset;
          validator.update(d, undone.changes);
          expect(sorted(validator.issues()), `after undoing edit ${n}`).toEqual(full(d));
        }
      }
      // The sequence made problems of many kinds to find (not a comparison of two empty lists).
      expect(seen.size, [...seen].join(' ')).toBeGreaterThanOrEqual(5);
    });

    it(`edits in place as applyOp does, with the same problems, over 60 random edits (${name}, seed ${seed})`, () => {
      const random = seededRandom(seed);
      const again = seededRandom(seed);
      // The session's way: one dataset changed in place, ops built through its index.
      const live = new LiveDataset(start(name));
      let plain = start(name);
      const validator = new IncrementalValidator(live.dataset);
      for (let n = 0; n < 60; n++) {
        const op = randomOp(live.dataset, random, n);
        // The same op built by scanning a plain copy (the same picks: the datasets are equal).
        expect(op, `edit ${n} built from the index`).toEqual(randomOp(plain, again, n));
        if (op === undefined) continue;
        const applied = live.apply(op);
        const reference = applyOp(plain, op);
        plain = reference.dataset;
        expect(applied.changes).toEqual(reference.changes);
        expect(live.dataset, `after edit ${n}`).toEqual(plain);
        validator.update(live.dataset, applied.changes);
        expect(sorted(validator.issues()), `after edit ${n}`).toEqual(full(plain));
        if (n % 5 === 4) {
          const undone = live.apply(applied.inverse);
          plain = applyOp(plain, reference.inverse).dataset;
          expect(live.dataset, `after undoing edit ${n}`).toEqual(plain);
          validator.update(live.dataset, undone.changes);
          expect(sorted(validator.issues()), `after undoing edit ${n}`).toEqual(full(plain));
        }
      }
    });
  }

  it('flags evidence whose quote a source edit removed', () => {
    let d = start('small');
    const validator = new IncrementalValidator(d);
    const doc = d.sources[0]!;
    const applied = applyOp(
      d,
      updateSource(d, 'doc', { ...doc, text: doc.text!.replace('the Police', 'the force') }),
    );
    d = applied.dataset;
    validator.update(d, applied.changes);
    const lost = validator.issues().filter((i) => i.code === 'quote-not-found');
    expect(lost.map((i) => i.path.join('.'))).toEqual([
      'nodes.2.evidence.0.quote',
      'edges.1.evidence.0.quote',
    ]);
  });
});
