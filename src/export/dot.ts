// DOT for Graphviz: quoted ids, escaped labels, kind colours, relation phrases on edges.
import type { StakeholderGraph } from '../graph/index.ts';
import { edgePhrase, nodeColor, sortedEdges, sortedNodes } from './columns.ts';
import { DOT_FORMAT } from './formats.ts';
import type { Exporter, ExportFile } from './types.ts';
import { xmlSafe } from './xml.ts';

/**
 * A double-quoted DOT string. Graphviz reads `\` escapes and (in labels) HTML entities, so both are
 * escaped; line breaks become `\n`; characters SVG output cannot hold become U+FFFD.
 */
export function dotString(text: string): string {
  const body = xmlSafe(text)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/&/g, '&amp;')
    .replace(/\r\n|\r|\n/g, '\\n');
  return `"${body}"`;
}

export function writeDot(graph: StakeholderGraph): string {
  const g = graph.getAttributes();
  const out: string[] = [
    `digraph ${dotString(g.id)} {\n`,
    `  graph [label=${dotString(g.title)}, labelloc=t, fontname="Helvetica"];\n`,
    '  node [shape=ellipse, style=filled, fontname="Helvetica", fontcolor="#ffffff"];\n',
    '  edge [fontname="Helvetica", fontsize=10];\n',
  ];
  for (const n of sortedNodes(graph)) {
    const r = n.record;
    const tooltip = r.description === undefined ? '' : `, tooltip=${dotString(r.description)}`;
    out.push(`  ${dotString(n.id)} [label=${dotString(r.label)}, fillcolor="${nodeColor(r)}"${tooltip}];\n`);
  }
  for (const e of sortedEdges(graph)) {
    const label =
      e.record.detail === undefined ? edgePhrase(e.record) : `${edgePhrase(e.record)} ${e.record.detail}`;
    out.push(
      `  ${dotString(e.source)} -> ${dotString(e.target)} [id=${dotString(e.id)}, label=${dotString(label)}];\n`,
    );
  }
  out.push('}\n');
  return out.join('');
}

export const dotExporter: Exporter = {
  ...DOT_FORMAT,
  write(graph): ExportFile[] {
    const name = `${graph.getAttribute('id')}.dot`;
    return [{ name, mediaType: 'text/vnd.graphviz', content: writeDot(graph) }];
  },
};
