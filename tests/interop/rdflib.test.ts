// Our Turtle and JSON-LD read by a reader we did not write, Debian's python3-rdflib: the same triples,
// labels, relation triples and quote selectors as our dataset, and the same rows for the five queries.
import { describe, expect, it } from 'vitest';
import { runEmbedded } from '../../src/cli/sparql/embedded.ts';
import { queryForm, withPrefixes } from '../../src/cli/sparql/queryText.ts';
import {
  rdfBatches,
  SG,
  turtlePrefixes,
  writeJsonld,
  writeNTriples,
  writeTurtle,
} from '../../src/export/index.ts';
import { bundledGraph, hostileGraph } from '../exchangeHelpers.ts';
import { CHECKS, docQueries, jsonRows } from '../sparqlQueries.ts';
import { python, withTempFiles } from './run.ts';

const SCRIPT = `
import json, sys, os, glob
from rdflib import Graph, Namespace, RDF, RDFS, URIRef
d = sys.argv[1]
SG = Namespace(${JSON.stringify(SG)})
OA = Namespace('http://www.w3.org/ns/oa#')
out = {}
for fmt, name in [('turtle', 'g.ttl'), ('json-ld', 'g.jsonld')]:
    g = Graph()
    g.parse(os.path.join(d, name), format=fmt)
    labels = {str(g.value(n, URIRef('http://purl.org/dc/terms/identifier'))): str(g.value(n, RDFS.label))
              for n in g.subjects(RDF.type, SG.Node)}
    relations = sorted({'%s %s %s' % (g.value(r, RDF.subject).split('/')[-1], str(g.value(r, RDF.predicate))[len(str(SG)):],
                                     g.value(r, RDF.object).split('/')[-1]) for r in g.subjects(RDF.type, SG.Relation)})
    direct = sorted({'%s %s %s' % (s.split('/')[-1], str(p)[len(str(SG)):], o.split('/')[-1])
                     for s, p, o in g if str(p).startswith(str(SG)) and (o, RDF.type, SG.Node) in g})
    selectors = []
    for sel in g.subjects(RDF.type, OA.TextPositionSelector):
        target = g.value(predicate=OA.hasSelector, object=sel)
        quote = [q for q in g.objects(target, OA.hasSelector) if (q, RDF.type, OA.TextQuoteSelector) in g][0]
        text = str(g.value(g.value(target, OA.hasSource), SG.text))
        start, end = int(g.value(sel, OA.start)), int(g.value(sel, OA.end))
        exact = str(g.value(quote, OA.exact))
        selectors.append({'ok': text[start:end] == exact, 'prefixOk': text[:start].endswith(str(g.value(quote, OA.prefix) or ''))})
    rows = []
    # rdflib's query engine is slow: the queries run on the Turtle only (the JSON-LD's triples are the same).
    for q in (sorted(glob.glob(os.path.join(d, 'q*.rq'))) if fmt == 'turtle' else []):
        res = g.query(open(q).read())
        rows.append([[('' if v is None else str(v)) for v in row] for row in res])
    out[fmt] = {'triples': len(g), 'labels': labels, 'relations': relations, 'direct': direct,
                'selectors': selectors, 'rows': rows}
print(json.dumps(out))
`;

interface RdflibView {
  triples: number;
  labels: Record<string, string>;
  relations: string[];
  direct: string[];
  selectors: { ok: boolean; prefixOk: boolean }[];
  rows: string[][][];
}

function readWithRdflib(
  graph: ReturnType<typeof bundledGraph>,
  queries: string[] = [],
): Record<string, RdflibView> {
  const prefixes = turtlePrefixes(graph.getAttribute('id'));
  const files: Record<string, string> = { 'g.ttl': writeTurtle(graph), 'g.jsonld': writeJsonld(graph) };
  queries.forEach((q, i) => {
    files[`q${i}.rq`] = withPrefixes(q, prefixes).query;
  });
  return withTempFiles(files, (dir) => python(SCRIPT, dir)) as unknown as Record<string, RdflibView>;
}

const sortRows = (rows: string[][]): string[] => rows.map((r) => r.join(' | ')).sort();

describe.each([
  ['bundled', bundledGraph],
  ['hostile', hostileGraph],
])('rdflib reads our RDF (%s)', (_name, make) => {
  const graph = make();
  const queries = _name === 'bundled' ? docQueries() : [];
  const seen = readWithRdflib(graph, queries);

  it.each(['turtle', 'json-ld'])('finds the same triples, labels and relations in %s', (fmt) => {
    const view = seen[fmt]!;
    expect(view.triples).toBe(new Set(writeNTriples(graph).split('\n').filter(Boolean)).size);
    const labels: Record<string, string> = {};
    graph.forEachNode((id, a) => {
      labels[id] = a.label;
    });
    expect(view.labels).toEqual(labels);
    const relations = new Set<string>();
    graph.forEachEdge((_e, a, s, t) => {
      relations.add(`${s} ${a.kind} ${t}`);
    });
    expect(view.relations).toEqual([...relations].sort());
    expect(view.direct).toEqual([...relations].sort());
  });

  it.each(['turtle', 'json-ld'])(
    'slices each quote out of its source by the position selector in %s',
    (fmt) => {
      const view = seen[fmt]!;
      let quotes = 0;
      graph.forEachEdge((_e, a) => {
        quotes += (a.record.evidence ?? []).filter((e) => e.quote !== undefined).length;
      });
      expect(view.selectors.length).toBeGreaterThanOrEqual(quotes);
      expect(view.selectors.every((s) => s.ok && s.prefixOk)).toBe(true);
    },
  );

  it.runIf(queries.length > 0)(
    'gives the rows of our sparql command for the five example queries (Turtle)',
    async () => {
      for (const [i, q] of queries.entries()) {
        const ours = jsonRows(
          JSON.parse(
            await runEmbedded({
              data: rdfBatches(graph, 2000, 'turtle').map((b) => b.text),
              dataFormat: 'text/turtle',
              ours: true,
              query: q,
              form: queryForm(q),
              prefixes: turtlePrefixes(graph.getAttribute('id')),
              timeoutMs: 60_000,
            }),
          ),
        );
        CHECKS[i]!(graph, ours);
        expect(sortRows(seen.turtle!.rows[i]!)).toEqual(sortRows(ours));
      }
    },
    120_000,
  );
});
