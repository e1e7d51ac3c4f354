// Turtle: the graph in RDF (see docs/rdf.md for the vocabulary), written by the n3 library.
import { Writer } from 'n3';
import type { StakeholderGraph } from '../graph/index.ts';
import { datasetBase, NS } from '../schema/rdfVocabulary.ts';
import { writeDatasetQuads } from './rdf/datasetQuads.ts';
import type { Exporter, ExportFile } from './types.ts';

/** The prefixes a Turtle file declares: the well-known ones, `:` for nodes, `rel:` and `src:`. */
export function turtlePrefixes(datasetId: string): Record<string, string> {
  const base = datasetBase(datasetId);
  return { '': `${base}node/`, rel: `${base}relation/`, src: `${base}source/`, ...NS };
}

export function writeTurtle(graph: StakeholderGraph): string {
  return serialise(graph, new Writer({ prefixes: turtlePrefixes(graph.getAttribute('id')) }));
}

/** N-Triples: one triple a line, the quickest form for a store to load. */
export function writeNTriples(graph: StakeholderGraph): string {
  return serialise(graph, new Writer({ format: 'N-Triples' }));
}

function serialise(graph: StakeholderGraph, writer: Writer): string {
  writeDatasetQuads(graph, (q) => writer.addQuad(q));
  let text = '';
  // Without an output stream n3 collects the text and calls back at once, with no I/O in between.
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return text;
}

export const turtleExporter: Exporter = {
  id: 'turtle',
  label: 'RDF Turtle',
  extension: 'ttl',
  description:
    'RDF for knowledge-graph tools and SPARQL stores: our vocabulary mapped to schema.org, evidence as W3C Web Annotations.',
  write(graph): ExportFile[] {
    const name = `${graph.getAttribute('id')}.ttl`;
    return [{ name, mediaType: 'text/turtle', content: writeTurtle(graph) }];
  },
};

/**
 * N-Triples in batches of about `size` triples, for loading into a server a request at a time. A batch
 * only ends before a named subject, so a node's alias list (blank nodes, scoped to one document) is
 * never split between two requests.
 */
export function nTriplesBatches(graph: StakeholderGraph, size: number): string[] {
  const batches: string[] = [];
  let writer = new Writer({ format: 'N-Triples' });
  let count = 0;
  let lastSubject = '';
  const close = (): void => {
    writer.end((_error, result: string) => {
      if (result !== '') batches.push(result);
    });
  };
  writeDatasetQuads(graph, (q) => {
    if (count >= size && q.subject.termType === 'NamedNode' && q.subject.value !== lastSubject) {
      close();
      writer = new Writer({ format: 'N-Triples' });
      count = 0;
    }
    writer.addQuad(q);
    lastSubject = q.subject.value;
    count++;
  });
  close();
  return batches;
}
