// Reads GEXF (1.1 to 1.3, from Gephi, NetworkX or us): declared attributes, viz positions, edge kinds and weights.

import { hexColour } from './appearance.ts';
import { num, ourMeta, readGexfStream } from './gexfStream.ts';
import { typedValue } from './typedValue.ts';
import type { ForeignEdge, ForeignGraph, ForeignNode, ForeignValue, ReadResult } from './types.ts';
import { fail } from './types.ts';
import { attr, child, children, parseXml, text, type XmlElement, type XmlParse } from './xml/index.ts';

function model(graph: XmlElement, cls: string): Map<string, { title: string; type: string | undefined }> {
  const out = new Map<string, { title: string; type: string | undefined }>();
  for (const block of children(graph, 'attributes')) {
    if ((attr(block, 'class') ?? 'node') !== cls) continue;
    for (const a of children(block, 'attribute')) {
      const id = attr(a, 'id');
      if (id !== undefined) out.set(id, { title: attr(a, 'title') ?? id, type: attr(a, 'type') });
    }
  }
  return out;
}

function values(el: XmlElement, declared: ReturnType<typeof model>): Map<string, ForeignValue> {
  const out = new Map<string, ForeignValue>();
  // (Loops over the children rather than children(): no arrays per node and edge.)
  for (const block of el.children) {
    if (block.name !== 'attvalues') continue;
    for (const v of block.children) {
      if (v.name !== 'attvalue') continue;
      const key = attr(v, 'for') ?? attr(v, 'id');
      const raw = attr(v, 'value');
      if (key === undefined || raw === undefined) continue;
      const d = declared.get(key);
      out.set(d?.title ?? key, typedValue(raw, d?.type));
    }
  }
  return out;
}

/** `<viz:color r="230" g="57" b="70"/>` or `hex="#e63946"` as "#e63946". */
function vizColour(el: XmlElement): string | undefined {
  return hexColour(attr(el, 'hex'), attr(el, 'r'), attr(el, 'g'), attr(el, 'b'));
}

/**
 * Without `parse`, the file is read from the tokenizer's tokens (gexfStream.ts), or from our element
 * tree when the stream reader gives way; with it, from the tree that parser makes (tests pass
 * fast-xml-parser as the reference to compare against).
 */
export function readGexf(source: string, name: string, parse?: XmlParse): ReadResult {
  const streamed = parse === undefined ? readGexfStream(source, name) : undefined;
  if (streamed !== undefined) return streamed;
  const parsed = (parse ?? parseXml)(source, name);
  if (!parsed.ok) return { ok: false, issues: [parsed.issue] };
  const gexf = children(parsed.root, 'gexf')[0];
  const graph = gexf && children(gexf, 'graph')[0];
  if (!gexf || !graph) return fail('not-gexf', `${name} is XML but not GEXF: no <gexf><graph> element`);
  const nodeModel = model(graph, 'node');
  const edgeModel = model(graph, 'edge');
  const defaultType = attr(graph, 'defaultedgetype') ?? 'undirected';
  const nodes: ForeignNode[] = [];
  for (const block of children(graph, 'nodes')) {
    for (const n of children(block, 'node')) {
      const id = attr(n, 'id');
      if (id === undefined) return fail('malformed-gexf', `${name}: node #${nodes.length + 1} has no id`);
      const position = child(n, 'position');
      const colour = child(n, 'color');
      const size = child(n, 'size');
      nodes.push({
        id,
        label: attr(n, 'label'),
        values: values(n, nodeModel),
        x: position ? num(attr(position, 'x')) : undefined,
        y: position ? num(attr(position, 'y')) : undefined,
        color: colour ? vizColour(colour) : undefined,
        size: size ? num(attr(size, 'value')) : undefined,
      });
    }
  }
  const edges: ForeignEdge[] = [];
  for (const block of children(graph, 'edges')) {
    for (const e of children(block, 'edge')) {
      const source = attr(e, 'source');
      const target = attr(e, 'target');
      if (source === undefined || target === undefined) {
        return fail('malformed-gexf', `${name}: edge #${edges.length + 1} lacks a source or target`);
      }
      const vals = values(e, edgeModel);
      const kind = attr(e, 'kind');
      const label = attr(e, 'label');
      if (kind !== undefined && !vals.has('type')) vals.set('type', kind);
      if (label !== undefined && !vals.has('label')) vals.set('label', label);
      edges.push({
        id: attr(e, 'id'),
        source,
        target,
        values: vals,
        weight: num(attr(e, 'weight')),
        undirected: (attr(e, 'type') ?? defaultType) !== 'directed',
      });
    }
  }
  const meta = children(gexf, 'meta')[0];
  const dataset = meta && children(meta, 'dataset')[0];
  const ours = dataset ? ourMeta(text(dataset)) : undefined;
  const title = meta && children(meta, 'title')[0];
  const description = meta && children(meta, 'description')[0];
  const g: ForeignGraph = {
    format: 'GEXF',
    nodes,
    edges,
    meta: ours,
    title: title ? text(title) : undefined,
    description: description ? text(description) : undefined,
  };
  return { ok: true, graph: g, issues: [] };
}
