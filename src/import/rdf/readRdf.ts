// Imports our Turtle or JSON-LD: triples -> dataset -> load(), with a report like the other importers.
import { hasErrors, load } from '../../graph/index.ts';
import type { ImportOptions, ImportResult } from '../types.ts';
import { quadsToDataset } from './quadsToDataset.ts';
import { readJsonldQuads } from './readJsonld.ts';
import { readTurtleQuads } from './readTurtle.ts';

export function readRdf(
  text: string,
  name: string,
  format: 'turtle' | 'jsonld',
  options: ImportOptions = {},
): ImportResult {
  const read = format === 'turtle' ? readTurtleQuads(text, name) : readJsonldQuads(text, name);
  if (!read.ok) return { report: { mapped: [], issues: read.issues } };
  const { raw, issues } = quadsToDataset(read.quads, name);
  if (raw === undefined || hasErrors(issues)) return { report: { mapped: [], issues } };
  const result = load(raw, { name, build: options.build ?? true });
  const nodes = Array.isArray(raw.nodes) ? raw.nodes.length : 0;
  const edges = Array.isArray(raw.edges) ? raw.edges.length : 0;
  const label = format === 'turtle' ? 'RDF Turtle' : 'JSON-LD';
  const report = {
    mapped: [`${name}: ${label}, ${read.quads.length} triples: ${nodes} nodes and ${edges} relations`],
    issues: [...issues, ...result.issues],
  };
  if (result.dataset === undefined || hasErrors(result.issues)) return { report };
  return result.graph
    ? { dataset: result.dataset, graph: result.graph, report }
    : { dataset: result.dataset, report };
}
