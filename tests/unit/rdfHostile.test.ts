import { describe, expect, it } from 'vitest';
import { writeTurtle } from '../../src/export/index.ts';
import { formatIssue } from '../../src/graph/index.ts';
import { importFile, readTurtleQuads } from '../../src/import/index.ts';
import { records, smallGraph } from '../exchangeHelpers.ts';

const errors = (r: ReturnType<typeof importFile>): string[] =>
  r.report.issues.filter((i) => i.severity === 'error').map(formatIssue);

describe('RDF reader on hostile input', () => {
  it('locates a Turtle syntax error by line and column', () => {
    const text = '@prefix a: <http://x/> .\na:b a:c "fine" .\n  a:b  a:c "unterminated .\n';
    const result = importFile('bad.ttl', text);
    expect(result.graph).toBeUndefined();
    expect(errors(result)).toEqual([expect.stringMatching(/bad\.ttl:3:\d+: Unexpected/)]);
    const [issue] = result.report.issues;
    expect(issue!.message).toMatch(/^bad\.ttl:3:12:/); // where the unterminated literal starts
  });

  it('names an undefined prefix with its place', () => {
    const result = importFile('bad.ttl', '@prefix a: <http://x/> .\n\nzz:b a:c a:d .\n');
    expect(errors(result)).toEqual([expect.stringMatching(/bad\.ttl:3:1: Undefined prefix "zz:"/)]);
  });

  it('refuses a prefix bomb (a namespace IRI of megabytes used over and over) before expanding it', () => {
    const long = `http://x/${'a'.repeat(1_000_000)}/`;
    const uses = Array.from({ length: 2000 }, (_v, i) => `p:s${i} p:p p:o${i} .`).join('\n');
    const result = importFile('bomb.ttl', `@prefix ok: <http://ok/> .\n@prefix p: <${long}> .\n${uses}\n`);
    expect(result.graph).toBeUndefined();
    expect(errors(result)).toEqual([
      expect.stringMatching(/bomb\.ttl:2:1: @prefix declares an IRI of 1,000,010 characters/),
    ]);
  });

  it('keeps a huge literal whole (a 4 MB source text) and reads the dataset back', () => {
    const graph = smallGraph();
    const huge = `${'A very long document. '.repeat(200_000)}The Ministry funds the Unit.`;
    const text = writeTurtle(graph).replace(
      /sg:text "[^"]*"/,
      `sg:text ${JSON.stringify(`${huge} The Unit’s work is “vital”, said the Minister.\nThe Unit works with the Police.\n`)}`,
    );
    expect(text.length).toBeGreaterThan(4_000_000);
    const result = importFile('huge.ttl', text);
    expect(errors(result)).toEqual([]);
    const back = records(result.graph!);
    expect(back.sources.find((s) => s.id === 'doc')!.text!.length).toBeGreaterThan(4_000_000);
    expect(back.nodes).toEqual(records(graph).nodes);
  });

  it('refuses input over the import size limit with a clear message, not a crash', () => {
    const result = importFile('big.ttl', `@prefix a: <http://x/> .\na:b a:c "${'x'.repeat(2000)}" .`, {
      maxBytes: 1000,
    });
    expect(errors(result)).toEqual([expect.stringContaining('over the import limit')]);
  });

  it('reports Turtle that is valid RDF but not our dataset, and bad records by their IRI', () => {
    expect(errors(importFile('other.ttl', '@prefix a: <http://x/> .\na:b a:c a:d .'))).toEqual([
      expect.stringContaining('expected one sg:Dataset resource'),
    ]);
    const text = writeTurtle(smallGraph()).replace('a sg:Node, sg:Person, schema:Person', 'a sg:Node');
    expect(errors(importFile('g.ttl', text))).toContainEqual(
      expect.stringContaining(
        'node <https://stakeholder-graph.org/id/small/node/minister> needs exactly one node kind',
      ),
    );
  });

  it('reports malformed JSON-LD located, and constructs it does not read', () => {
    expect(errors(importFile('bad.jsonld', '{"@context": {}, "@graph": [\n{"@id": "x",}]}'))[0]).toMatch(
      /line 2/,
    );
    const odd = importFile(
      'odd.jsonld',
      '{"@context": {"a": "http://x/"}, "@graph": [{"@id": "a:b", "a:c": {"@list": []}}]}',
    );
    expect(errors(odd)).toEqual([
      expect.stringContaining('["@graph"][0]["a:c"][0]: odd.jsonld: a value this reader does not support'),
    ]);
  });

  it('returns triples for good Turtle without touching the dataset shape', () => {
    const r = readTurtleQuads('<http://x/a> <http://x/b> "c" .', 't.ttl');
    expect(r.ok && r.quads.length).toBe(1);
  });
});
