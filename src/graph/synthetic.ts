// Seeded, reproducible stakeholder-like datasets of any size, for benchmarks and randomised tests.
import {
  type Dataset,
  type EdgeRecord,
  type Evidence,
  NODE_KIND_IDS,
  NODE_KINDS,
  type NodeRecord,
  RELATION_KIND_IDS,
  RELATION_KINDS,
  type RelationKind,
  type Source,
} from '../schema/index.ts';

export interface SyntheticOptions {
  readonly nodes: number;
  /** Edges per node (preferential attachment): the dataset has exactly nodes * this many edges. */
  readonly edgesPerNode: number;
  readonly seed: number;
  /** Share of edges whose evidence is a quote from a generated document (the rest cite a reference). */
  readonly quoteShare: number;
  /** Share of edges whose only evidence is inferred (not stated). */
  readonly inferredShare: number;
  /** Share of edges given a weight from 1 to 5 (the rest default to 1). */
  readonly weightShare: number;
  /** Edges described per generated document. */
  readonly edgesPerDocument: number;
}

export const DEFAULT_SYNTHETIC_OPTIONS: Readonly<SyntheticOptions> = Object.freeze({
  nodes: 1000,
  edgesPerNode: 4,
  seed: 1,
  quoteShare: 0.5,
  inferredShare: 0.15,
  weightShare: 0.3,
  edgesPerDocument: 50,
});

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RELATIONS_PHRASE = Object.fromEntries(
  RELATION_KIND_IDS.map((k) => [k, RELATION_KINDS[k].phrase]),
) as Record<RelationKind, string>;

// Relations other than holds-role, which only links a person to a role.
const GENERAL_RELATIONS = RELATION_KIND_IDS.filter((k) => k !== 'holds-role');

/** A dataset that passes load(): typed nodes of every kind, skewed degrees, evidence, positions. */
export function syntheticDataset(options: Partial<SyntheticOptions> = {}): Dataset {
  const o = { ...DEFAULT_SYNTHETIC_OPTIONS, ...options };
  const random = seededRandom(o.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const radius = 10 * Math.sqrt(o.nodes);
  const nodes: NodeRecord[] = [];
  for (let i = 0; i < o.nodes; i++) {
    // Every kind appears (the first ones in turn), then kinds at random.
    const kind = i < NODE_KIND_IDS.length ? NODE_KIND_IDS[i]! : pick(NODE_KIND_IDS);
    const r = radius * Math.sqrt(random());
    const a = 2 * Math.PI * random();
    nodes.push({
      id: `${kind}-${i}`,
      label: `${NODE_KINDS[kind].label} ${i}`,
      type: kind,
      position: { x: Math.round(r * Math.cos(a) * 100) / 100, y: Math.round(r * Math.sin(a) * 100) / 100 },
    });
  }
  // Preferential attachment: each edge end goes into `ends`, so picking from it favours hubs.
  const ends: number[] = [];
  const pairs: [number, number][] = [];
  for (let i = 1; i < o.nodes; i++) {
    const m = Math.min(i, o.edgesPerNode);
    for (let j = 0; j < m; j++) {
      const other = ends.length === 0 || random() < 0.2 ? Math.floor(random() * i) : pick(ends);
      pairs.push(random() < 0.5 ? [i, other] : [other, i]);
      ends.push(i, other);
    }
  }
  // The first nodes cannot attach edgesPerNode edges to older ones; top up to exactly n * m.
  while (o.nodes > 1 && pairs.length < o.nodes * o.edgesPerNode) {
    const i = Math.floor(random() * o.nodes);
    const other = pick(ends);
    if (other === i) continue;
    pairs.push(random() < 0.5 ? [i, other] : [other, i]);
    ends.push(i, other);
  }
  const sources: Source[] = [
    { id: 'registry', kind: 'reference', title: 'Synthetic registry', url: 'https://example.org/registry' },
  ];
  const edges: EdgeRecord[] = [];
  let text: string[] = [];
  const flush = (): void => {
    if (text.length === 0) return;
    const d = sources.length;
    sources.push({
      id: `document-${d}`,
      kind: 'document',
      title: `Synthetic document ${d}`,
      text: text.join(' '),
    });
    text = [];
  };
  pairs.forEach(([s, t], e) => {
    const source = nodes[s]!;
    const target = nodes[t]!;
    const type: RelationKind =
      source.type === 'person' && target.type === 'role' ? 'holds-role' : pick(GENERAL_RELATIONS);
    const sentence = `${source.label} ${RELATIONS_PHRASE[type]} ${target.label} (record ${e}).`;
    text.push(sentence);
    const basis = random() < o.inferredShare ? 'inferred' : 'stated';
    const documentId = `document-${sources.length}`;
    const evidence: Evidence =
      random() < o.quoteShare
        ? { source: documentId, quote: sentence, basis }
        : { source: 'registry', url: `https://example.org/registry#${e}`, note: `record ${e}`, basis };
    const edge: EdgeRecord = {
      id: `e-${e}`,
      source: source.id,
      target: target.id,
      type,
      evidence: [evidence],
    };
    if (random() < o.weightShare) edge.weight = 1 + Math.floor(random() * 5);
    edges.push(edge);
    if (text.length >= o.edgesPerDocument) flush();
  });
  flush();
  return {
    schemaVersion: 1,
    id: `synthetic-${o.nodes}-${o.seed}`,
    title: `Synthetic stakeholder graph (${o.nodes} nodes, seed ${o.seed})`,
    sources,
    nodes,
    edges,
  };
}
