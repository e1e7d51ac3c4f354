// Reads GraphML (yEd, Cytoscape, NetworkX, igraph, us): declared keys with types, graph-level data.

import { typedValue } from './typedValue.ts';
import type { ForeignEdge, ForeignGraph, ForeignNode, ForeignValue, ReadResult } from './types.ts';
import { fail } from './types.ts';
import { attr, children, parseXml, text, type XmlElement, type XmlParse } from './xml/index.ts';

interface Key {
  readonly name: string;
  readonly type: string | undefined;
}

function dataValues(el: XmlElement, keys: Map<string, Key>): Map<string, ForeignValue> {
  const out = new Map<string, ForeignValue>();
  for (const d of children(el, 'data')) {
    const id = attr(d, 'key');
    if (id === undefined) continue;
    const raw = text(d);
    // Data holding elements rather than text (yEd graphics) is not a value.
    if (raw.trim() === '' && d.children.length > 0) continue;
    const key = keys.get(id);
    out.set(key?.name ?? id, typedValue(raw, key?.type));
  }
  return out;
}

const num = (v: ForeignValue | undefined): number | undefined =>
  typeof v === 'number'
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : undefined;

/** `parse` is the XML parser (tests pass the fast-xml-parser reference to compare against). */
export function readGraphml(source: string, name: string, parse: XmlParse = parseXml): ReadResult {
  const parsed = parse(source, name);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const root = children(parsed.root, 'graphml')[0];
  const graph = root && children(root, 'graph')[0];
  if (!root || !graph)
    return fail('not-graphml', `${name} is XML but not GraphML: no <graphml><graph> element`);
  const keys = new Map<string, Key>();
  for (const k of children(root, 'key')) {
    const id = attr(k, 'id');
    if (id !== undefined) keys.set(id, { name: attr(k, 'attr.name') ?? id, type: attr(k, 'attr.type') });
  }
  const nodes: ForeignNode[] = [];
  for (const n of children(graph, 'node')) {
    const id = attr(n, 'id');
    if (id === undefined) return fail('malformed-graphml', `${name}: node #${nodes.length + 1} has no id`);
    const values = dataValues(n, keys);
    const label = values.get('label');
    nodes.push({
      id,
      label: typeof label === 'string' ? label : undefined,
      values,
      x: num(values.get('x')),
      y: num(values.get('y')),
    });
  }
  const directed = attr(graph, 'edgedefault') !== 'undirected';
  const edges: ForeignEdge[] = [];
  for (const e of children(graph, 'edge')) {
    const source = attr(e, 'source');
    const target = attr(e, 'target');
    if (source === undefined || target === undefined) {
      return fail('malformed-graphml', `${name}: edge #${edges.length + 1} lacks a source or target`);
    }
    const d = attr(e, 'directed');
    edges.push({
      id: attr(e, 'id'),
      source,
      target,
      values: dataValues(e, keys),
      undirected: d === undefined ? !directed : d === 'false',
    });
  }
  const g = dataValues(graph, keys);
  let ours: Record<string, unknown> | undefined;
  const dataset = g.get('dataset');
  if (typeof dataset === 'string') {
    try {
      const v: unknown = JSON.parse(dataset);
      if (v !== null && typeof v === 'object' && !Array.isArray(v)) ours = v as Record<string, unknown>;
    } catch {
      ours = undefined;
    }
  }
  const title = g.get('title') ?? g.get('name');
  const description = g.get('description');
  const result: ForeignGraph = {
    format: 'GraphML',
    nodes,
    edges,
    meta: ours,
    title: typeof title === 'string' ? title : undefined,
    description: typeof description === 'string' ? description : undefined,
  };
  return { ok: true, graph: result, issues: [] };
}
