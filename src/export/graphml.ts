// GraphML with declared, typed keys: read by yEd, Cytoscape, NetworkX and igraph.
import type { StakeholderGraph } from '../graph/index.ts';
import {
  type Column,
  EDGE_COLUMNS,
  edgePhrase,
  graphMeta,
  NODE_COLUMNS,
  nodeColor,
  nodeSize,
  sortedEdges,
  sortedNodes,
} from './columns.ts';
import { GRAPHML_FORMAT } from './formats.ts';
import type { Exporter, ExportFile, ExportOptions } from './types.ts';
import { escapeAttr, escapeText } from './xml.ts';

interface Key {
  readonly id: string;
  readonly name: string;
  readonly type: 'string' | 'double' | 'int';
}

const keysOf = <R>(prefix: string, columns: readonly Column<R>[]): Key[] =>
  columns.map((c) => ({
    id: `${prefix}_${c.name}`,
    name: c.name,
    type: c.type === 'integer' ? 'int' : c.type,
  }));

const NODE_KEYS: Key[] = [
  { id: 'n_label', name: 'label', type: 'string' },
  ...keysOf('n', NODE_COLUMNS),
  { id: 'n_x', name: 'x', type: 'double' },
  { id: 'n_y', name: 'y', type: 'double' },
  { id: 'n_color', name: 'color', type: 'string' },
  { id: 'n_size', name: 'size', type: 'double' },
];
const EDGE_KEYS: Key[] = [{ id: 'e_label', name: 'label', type: 'string' }, ...keysOf('e', EDGE_COLUMNS)];
const GRAPH_KEYS: Key[] = [
  { id: 'g_id', name: 'id', type: 'string' },
  { id: 'g_title', name: 'title', type: 'string' },
  { id: 'g_description', name: 'description', type: 'string' },
  { id: 'g_dataset', name: 'dataset', type: 'string' },
];

function data(out: string[], indent: string, key: string, value: string | number | undefined): void {
  if (value === undefined) return;
  out.push(`${indent}<data key="${key}">${escapeText(String(value))}</data>\n`);
}

/** Writes the graph as GraphML text, sorted by id. */
export function writeGraphml(graph: StakeholderGraph, options: ExportOptions = {}): string {
  const extra = options.nodeColumns ?? [];
  const g = graph.getAttributes();
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  const declare = (keys: readonly Key[], domain: string): void => {
    for (const k of keys) {
      out.push(`  <key id="${k.id}" for="${domain}" attr.name="${k.name}" attr.type="${k.type}"/>\n`);
    }
  };
  declare(GRAPH_KEYS, 'graph');
  declare([...NODE_KEYS, ...keysOf('n', extra)], 'node');
  declare(EDGE_KEYS, 'edge');
  out.push(`  <graph id="${escapeAttr(g.id)}" edgedefault="directed">\n`);
  data(out, '    ', 'g_id', g.id);
  data(out, '    ', 'g_title', g.title);
  data(out, '    ', 'g_description', g.description);
  data(out, '    ', 'g_dataset', JSON.stringify(graphMeta(graph)));
  for (const n of sortedNodes(graph)) {
    out.push(`    <node id="${escapeAttr(n.id)}">\n`);
    data(out, '      ', 'n_label', n.record.label);
    for (const c of NODE_COLUMNS) data(out, '      ', `n_${c.name}`, c.get(n.record));
    data(out, '      ', 'n_x', n.x);
    data(out, '      ', 'n_y', n.y);
    data(out, '      ', 'n_color', nodeColor(n.record));
    data(out, '      ', 'n_size', nodeSize(n.degree));
    for (const c of extra) data(out, '      ', `n_${c.name}`, c.get(n.id));
    out.push('    </node>\n');
  }
  for (const e of sortedEdges(graph)) {
    out.push(
      `    <edge id="${escapeAttr(e.id)}" source="${escapeAttr(e.source)}" target="${escapeAttr(e.target)}">\n`,
    );
    data(out, '      ', 'e_label', edgePhrase(e.record));
    for (const c of EDGE_COLUMNS) data(out, '      ', `e_${c.name}`, c.get(e.record));
    out.push('    </edge>\n');
  }
  out.push('  </graph>\n</graphml>\n');
  return out.join('');
}

export const graphmlExporter: Exporter = {
  ...GRAPHML_FORMAT,
  write(graph, options = {}): ExportFile[] {
    const name = `${graph.getAttribute('id')}.graphml`;
    return [{ name, mediaType: 'application/graphml+xml', content: writeGraphml(graph, options) }];
  },
};
