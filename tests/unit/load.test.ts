import { describe, expect, it } from 'vitest';
import { dictionaryAdjacency, edgeAttributes, newGraph, nodeAttributes } from '../../src/graph/build.ts';
import { buildGraph, formatIssue, formatPath, load, syntheticDataset } from '../../src/graph/index.ts';
import { codes, smallRaw } from '../helpers.ts';

describe('load', () => {
  it('builds a typed multi directed graph from a valid dataset', () => {
    const result = load(smallRaw());
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const graph = result.graph!;
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.getNodeAttribute('unit', 'kind')).toBe('taskforce');
    expect(graph.getEdgeAttribute('ministry-funds-unit', 'kind')).toBe('funds');
    expect(graph.source('ministry-funds-unit')).toBe('ministry');
    expect(graph.getEdgeAttribute('minister-heads-ministry', 'stated')).toBe(false);
    expect(graph.getEdgeAttribute('ministry-funds-unit', 'stated')).toBe(true);
  });

  it('builds, while checking integrity, the same graph as buildGraph', () => {
    // load() builds the graph inside checkIntegrity (its node and edge maps are the id indexes);
    // buildGraph is the plain reference: same nodes, edges, ends, attributes and order.
    const dataset = syntheticDataset({ nodes: 300, edgesPerNode: 3, seed: 7 });
    for (const raw of [smallRaw(), JSON.parse(JSON.stringify(dataset))]) {
      const graph = load(raw).graph!;
      const reference = buildGraph(load(raw).dataset!);
      expect(graph.export()).toEqual(reference.export());
      // Adjacency (dictionary-mode objects in load's graph, see dictionaryAdjacency) answers alike.
      for (const n of reference.nodes()) {
        expect(graph.outEdges(n)).toEqual(reference.outEdges(n));
        expect(graph.inEdges(n)).toEqual(reference.inEdges(n));
        expect(graph.neighbors(n)).toEqual(reference.neighbors(n));
        expect(graph.degree(n)).toBe(reference.degree(n));
      }
      for (const e of reference.edges()) {
        const [s, t] = reference.extremities(e);
        expect(graph.hasDirectedEdge(s, t)).toBe(true);
        expect(graph.edges(s, t)).toEqual(reference.edges(s, t));
      }
    }
  });

  it('finds graphology adjacency internals where dictionaryAdjacency expects them', () => {
    // If this fails after a graphology upgrade, dictionaryAdjacency has become a no-op: loading
    // is still correct but slower at scale (see the comment there).
    const dataset = load(smallRaw()).dataset!;
    const graph = newGraph(dataset);
    for (let i = 0; i < dataset.nodes.length; i++)
      graph.addNode(dataset.nodes[i]!.id, nodeAttributes(dataset.nodes[i]!, i));
    expect(dictionaryAdjacency(graph)).toBe(true);
    for (const e of dataset.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttributes(e));
    expect(graph.export()).toEqual(buildGraph(dataset).export());
    expect(dictionaryAdjacency(graph)).toBe(false);
    expect(graph.hasDirectedEdge('ministry', 'unit')).toBe(true);
  });

  it('converts the nodes of one slice at a time when given their keys, with the same graph at the end', () => {
    const dataset = load(smallRaw()).dataset!;
    const graph = newGraph(dataset);
    const half = Math.ceil(dataset.nodes.length / 2);
    for (const slice of [dataset.nodes.slice(0, half), dataset.nodes.slice(half)]) {
      for (const n of slice) graph.addNode(n.id, nodeAttributes(n, dataset.nodes.indexOf(n)));
      expect(
        dictionaryAdjacency(
          graph,
          slice.map((n) => n.id),
        ),
      ).toBe(true);
    }
    for (const e of dataset.edges) graph.addDirectedEdgeWithKey(e.id, e.source, e.target, edgeAttributes(e));
    expect(graph.export()).toEqual(buildGraph(dataset).export());
    expect(dictionaryAdjacency(graph, [dataset.nodes[0]!.id])).toBe(false);
  });

  it('locates each quote in its source and records the offsets', () => {
    const raw = smallRaw();
    const result = load(raw);
    const text = (raw.sources[0] as { text: string }).text;
    expect(result.quoteSpans.size).toBe(7);
    for (const span of result.quoteSpans.values()) expect(span.end).toBeGreaterThan(span.start);
    const edge = result.dataset!.edges[0]!;
    const span = result.quoteSpans.get(edge.evidence![0]!)!;
    expect(text.slice(span.start, span.end)).toBe('The Ministry funds the Unit.');
  });

  it('accepts JSON text, with or without a byte-order mark', () => {
    const text = JSON.stringify(smallRaw());
    expect(load(text).graph?.order).toBe(4);
    expect(load(`\ufeff${text}`).graph?.order).toBe(4);
  });

  it('reports malformed JSON with its line and column instead of throwing', () => {
    const result = load('{\n  "schemaVersion": 1,\n  "id": oops\n}');
    expect(result.graph).toBeUndefined();
    expect(result.issues[0]!.code).toBe('malformed-json');
    expect(result.issues[0]!.message).toMatch(/line 3, column 9/);
  });

  it('reports truncated and empty input plainly', () => {
    const text = JSON.stringify(smallRaw());
    expect(load(text.slice(0, text.length / 2)).issues[0]!.code).toBe('malformed-json');
    expect(load('').issues[0]!.code).toBe('empty');
    expect(load('[1,2]').issues[0]!.code).toBe('not-a-dataset');
  });

  it('reports an unknown node type with its path and the closest known type', () => {
    const raw = smallRaw();
    raw.nodes[2]!.type = 'police-forse';
    const result = load(raw);
    const issue = result.issues.find((i) => i.code === 'unknown-type')!;
    expect(formatPath(issue.path)).toBe('nodes[2].type');
    expect(issue.message).toContain('"police-forse"');
    expect(issue.hint).toContain('"police-force"');
    // The node's id still counts, so its edges are not reported as dangling too.
    expect(codes(result)).toEqual(['unknown-type']);
  });

  it('reports an unknown relation type', () => {
    const raw = smallRaw();
    raw.edges[0]!.type = 'pays';
    const issue = load(raw).issues[0]!;
    expect(issue.code).toBe('unknown-type');
    expect(formatPath(issue.path)).toBe('edges[0].type');
    expect(issue.message).toMatch(/unknown relation type "pays"/);
  });

  it('reports duplicate ids for nodes and edges', () => {
    const raw = smallRaw();
    raw.nodes.push({ ...raw.nodes[0]!, label: 'Copy' });
    raw.edges.push({ ...raw.edges[0]! });
    const result = load(raw);
    const dups = result.issues.filter((i) => i.code === 'duplicate-id');
    expect(dups.map((i) => formatPath(i.path))).toEqual(['nodes[4].id', 'edges[4].id']);
    expect(dups[0]!.message).toBe('duplicate node id "ministry"');
  });

  it('reports a duplicate id also when the schema rejected one of the two records, each repeat once', () => {
    const raw = smallRaw();
    const first = raw.nodes[0]!;
    // nodes[4] repeats a valid node's id but is rejected itself; nodes[5] repeats it, valid.
    raw.nodes.push({ ...first, label: 'Bad', type: 'persn' }, { ...first, label: 'Copy' });
    // edges[4] is rejected (unknown type), edges[5] repeats its id.
    raw.edges.push({ ...raw.edges[0]!, id: 'e-new', type: 'pays' }, { ...raw.edges[0]!, id: 'e-new' });
    // Rejected first, then a valid record with its id.
    raw.nodes[1]!.type = 'minstry';
    raw.nodes.push({ ...raw.nodes[1]!, type: 'person', label: 'Second' });
    for (const build of [true, false]) {
      const result = load(raw, { build });
      const dups = result.issues.filter((i) => i.code === 'duplicate-id').map((i) => formatPath(i.path));
      expect(dups.sort()).toEqual(['edges[5].id', 'nodes[4].id', 'nodes[5].id', 'nodes[6].id']);
      expect(result.graph).toBeUndefined();
    }
  });

  it('reports the same integrity problems with build: false (plain id maps, no graph)', () => {
    const variants: ((raw: ReturnType<typeof smallRaw>) => void)[] = [
      () => {},
      (raw) => {
        raw.nodes.push({ ...raw.nodes[0]!, label: 'Copy', type: 'person' });
        raw.edges.push({ ...raw.edges[0]! });
      },
      (raw) => {
        raw.edges[1]!.target = 'polise';
        raw.edges[2]!.source = 'nobody';
      },
      (raw) => {
        raw.nodes.push({ id: 'alone', label: 'Alone', type: 'person' });
        raw.nodes[2]!.type = 'police-forse';
      },
    ];
    for (const change of variants) {
      const raw = smallRaw();
      change(raw);
      const built = load(raw);
      const plain = load(raw, { build: false });
      expect(plain.graph).toBeUndefined();
      expect(plain.issues).toEqual(built.issues);
    }
  });

  it('reports a dangling edge end and suggests the nearest id', () => {
    const raw = smallRaw();
    raw.edges[1]!.target = 'polise';
    const issue = load(raw).issues.find((i) => i.code === 'dangling-edge')!;
    expect(formatPath(issue.path)).toBe('edges[1].target');
    expect(issue.message).toBe(
      'edge "unit-collaborates-with-police" has target "polise", which is not a node',
    );
    expect(issue.hint).toBe('did you mean "police"?');
  });

  it('reports a quote that is not in its source with the closest passage', () => {
    const raw = smallRaw();
    raw.edges[0]!.evidence = [{ source: 'doc', quote: 'The Ministry pays for the Unit.', basis: 'stated' }];
    const issue = load(raw).issues.find((i) => i.code === 'quote-not-found')!;
    expect(formatPath(issue.path)).toBe('edges[0].evidence[0].quote');
    expect(issue.hint).toContain('The Ministry funds the Unit.');
  });

  it('explains a quote that differs only by straight versus typographic quotes', () => {
    const raw = smallRaw();
    raw.nodes[1]!.evidence = [{ source: 'doc', quote: 'The Unit\'s work is "vital"', basis: 'stated' }];
    const issue = load(raw).issues.find((i) => i.code === 'quote-not-found')!;
    expect(issue.hint).toMatch(/different punctuation/);
  });

  it('compares quotes after Unicode NFC normalisation', () => {
    const raw = smallRaw();
    (raw.sources[0] as { text: string }).text += 'Caf\u00e9 society.\n';
    raw.nodes[3]!.evidence = [{ source: 'doc', quote: 'Cafe\u0301 society', basis: 'stated' }];
    const result = load(raw);
    expect(codes(result)).toEqual([]);
    // The span is that of the quote's NFC form in the NFC text; a decomposed text is normalised too.
    const text = (raw.sources[0] as { text: string }).text;
    const span = result.quoteSpans.get(result.dataset!.nodes[3]!.evidence![0]!)!;
    expect(text.slice(span.start, span.end)).toBe('Caf\u00e9 society');
    (raw.sources[0] as { text: string }).text = text.replace('Caf\u00e9', 'Cafe\u0301');
    raw.nodes[3]!.evidence = [{ source: 'doc', quote: 'Caf\u00e9 society', basis: 'stated' }];
    expect(codes(load(raw))).toEqual([]);
  });

  it('reports bad dates: impossible days, wrong forms, an end before the start', () => {
    const raw = smallRaw();
    raw.edges[2]!.on = '2024-02-30';
    raw.edges[3]!.start = '2024-13';
    raw.nodes[1]!.figures = [
      {
        measure: 'arrests',
        label: 'Arrests',
        value: 1,
        start: '2024-05',
        end: '2023',
        evidence: [{ source: 'ref', note: 'n', basis: 'stated' }],
      },
    ];
    const issues = load(raw).issues.filter((i) => i.code === 'bad-date');
    expect(issues.map((i) => formatPath(i.path)).sort()).toEqual([
      'edges[2].on',
      'edges[3].start',
      'nodes[1].figures[0].end',
    ]);
  });

  it('reports an unknown source in evidence with a suggestion', () => {
    const raw = smallRaw();
    raw.nodes[0]!.evidence = [{ source: 'docs', quote: 'The Ministry funds', basis: 'stated' }];
    const issue = load(raw).issues.find((i) => i.code === 'unknown-source')!;
    expect(formatPath(issue.path)).toBe('nodes[0].evidence[0].source');
    expect(issue.hint).toBe('did you mean "doc"?');
  });

  it('rejects unknown keys, bad ids and missing evidence basis', () => {
    const raw = smallRaw();
    raw.nodes[0]!.lable = 'typo';
    raw.nodes[1]!.id = 'The Unit';
    raw.edges[0]!.evidence = [{ source: 'doc', quote: 'The Ministry funds the Unit.' }];
    const result = load(raw);
    expect(result.issues.map((i) => `${i.code} ${formatPath(i.path)}`)).toEqual(
      expect.arrayContaining([
        'unknown-key nodes[0]',
        'bad-format nodes[1].id',
        'missing edges[0].evidence[0].basis',
      ]),
    );
  });

  it('reports several problems together, each once, in one pass', () => {
    const raw = smallRaw();
    raw.nodes[2]!.type = 'constabulary';
    raw.edges[0]!.source = 'minstry';
    raw.edges[1]!.evidence = [{ source: 'doc', quote: 'not in the text at all', basis: 'stated' }];
    raw.edges[2]!.on = '2024-99-01';
    raw.nodes.push({ id: 'unit', label: 'Again', type: 'taskforce' });
    const result = load(raw);
    expect(result.graph).toBeUndefined();
    expect(codes(result).sort()).toEqual([
      'bad-date',
      'dangling-edge',
      'duplicate-id',
      'quote-not-found',
      'unknown-type',
    ]);
    for (const issue of result.issues) expect(formatIssue(issue)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('warns about orphan nodes without refusing the dataset', () => {
    const raw = smallRaw();
    raw.nodes.push({ id: 'alone', label: 'Alone', type: 'charity' });
    const result = load(raw);
    expect(result.graph?.order).toBe(5);
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'orphan' })]);
  });

  it('keeps hostile strings as plain data and ignores prototype keys', () => {
    const raw = smallRaw();
    raw.nodes[0]!.label = '<img src=x onerror=alert(1)> “quoted”, عربى 🚓';
    const text = JSON.stringify(raw).replace('"attributes"', '"attributes"');
    const withProto = text.replace(
      '"id":"police"',
      '"id":"police","attributes":{"__proto__":"x","constructor":1}',
    );
    const result = load(withProto);
    expect(result.graph?.getNodeAttribute('ministry', 'label')).toBe(
      '<img src=x onerror=alert(1)> “quoted”, عربى 🚓',
    );
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('x');
  });
});
