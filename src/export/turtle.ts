// Turtle: the graph in RDF (see docs/rdf.md for the vocabulary), and N-Triples for loading into stores.
import type { StakeholderGraph } from '../graph/index.ts';
import { datasetBase, NS } from '../schema/rdfVocabulary.ts';
import { TURTLE_FORMAT } from './formats.ts';
import { writeDatasetQuads } from './rdf/datasetQuads.ts';
import { type TripleFormat, TripleText } from './rdf/tripleText.ts';
import type { Exporter, ExportFile } from './types.ts';

/** The prefixes a Turtle file declares: the well-known ones, `:` for nodes, `rel:` and `src:`. */
export function turtlePrefixes(datasetId: string): Record<string, string> {
  const base = datasetBase(datasetId);
  return { '': `${base}node/`, rel: `${base}relation/`, src: `${base}source/`, ...NS };
}

export function writeTurtle(graph: StakeholderGraph): string {
  const text = new TripleText('turtle', turtlePrefixes(graph.getAttribute('id')));
  writeDatasetQuads(graph, (s, p, o) => text.add(s, p, o));
  return text.take();
}

/**
 * N-Triples: one triple a line, the quickest form for a store to load. About four times the size of
 * the Turtle: past some 20k nodes it is longer than a JavaScript string can be; use rdfBatches.
 */
export function writeNTriples(graph: StakeholderGraph): string {
  const text = new TripleText('n-triples');
  writeDatasetQuads(graph, (s, p, o) => text.add(s, p, o));
  return text.take();
}

export const turtleExporter: Exporter = {
  ...TURTLE_FORMAT,
  write(graph): ExportFile[] {
    const name = `${graph.getAttribute('id')}.ttl`;
    return [{ name, mediaType: 'text/turtle', content: writeTurtle(graph) }];
  },
};

/** A piece of the graph's RDF that a server can load on its own, for sending a request at a time. */
export interface RdfBatch {
  readonly text: string;
  readonly mediaType: 'text/turtle' | 'application/n-triples';
  readonly triples: number;
}

/**
 * The graph as Turtle or N-Triples in batches of about `size` triples (each Turtle batch declares the
 * prefixes again), handed to `onBatch` as each is written, so that a large graph's RDF never has to be
 * held whole. A batch only ends before a named subject, so a node's alias list (blank nodes, scoped to
 * one document) is never split between two requests.
 */
export function forEachRdfBatch(
  graph: StakeholderGraph,
  size: number,
  format: TripleFormat,
  onBatch: (batch: RdfBatch) => void,
): void {
  const prefixes = format === 'turtle' ? turtlePrefixes(graph.getAttribute('id')) : {};
  const mediaType = format === 'turtle' ? 'text/turtle' : 'application/n-triples';
  let text = new TripleText(format, prefixes);
  let count = 0;
  let lastSubject = '';
  writeDatasetQuads(graph, (s, p, o) => {
    if (count >= size && s.termType === 'NamedNode' && s.value !== lastSubject) {
      onBatch({ text: text.take(), mediaType, triples: count });
      text = new TripleText(format, prefixes);
      count = 0;
    }
    text.add(s, p, o);
    lastSubject = s.value;
    count++;
  });
  if (count > 0) onBatch({ text: text.take(), mediaType, triples: count });
}

/** All of forEachRdfBatch's batches at once. */
export function rdfBatches(graph: StakeholderGraph, size: number, format: TripleFormat): RdfBatch[] {
  const batches: RdfBatch[] = [];
  forEachRdfBatch(graph, size, format, (b) => batches.push(b));
  return batches;
}
