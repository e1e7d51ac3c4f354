// GEXF for Gephi and NetworkX: declared typed attributes, viz colours/sizes/positions, relation kinds, dates.
import type { StakeholderGraph } from '../graph/index.ts';
import { dateEnd, dateStart, type EdgeRecord, type NodeRecord } from '../schema/index.ts';
import {
  type CellValue,
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
import { GEXF_FORMAT, type GEXF_VERSIONS } from './formats.ts';
import type { Exporter, ExportFile, ExportOptions } from './types.ts';
import { escapeAttr, escapeAttrSingle, escapeText } from './xml.ts';

export type GexfVersion = (typeof GEXF_VERSIONS)[number];

// The edge weight is GEXF's own `weight` attribute (Gephi's Weight column), not an attvalue.
const GEXF_EDGE_COLUMNS = EDGE_COLUMNS.filter((c) => c.name !== 'weight');

const NAMESPACES: Record<GexfVersion, { ns: string; viz: string; xsd: string; version: string }> = {
  '1.2draft': {
    ns: 'http://www.gexf.net/1.2draft',
    viz: 'http://www.gexf.net/1.2draft/viz',
    xsd: 'http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd',
    version: '1.2',
  },
  '1.3': {
    ns: 'http://gexf.net/1.3',
    viz: 'http://gexf.net/1.3/viz',
    xsd: 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
    version: '1.3',
  },
};

/** "1.2draft" (default: the version NetworkX reads), "1.2" or "1.3"; anything else is an error. */
export function resolveGexfVersion(version: string | undefined): GexfVersion {
  if (version === undefined || version === '1.2draft' || version === '1.2') return '1.2draft';
  if (version === '1.3') return '1.3';
  throw new Error(`gexf: unknown version "${version}": use 1.2draft or 1.3`);
}

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

function declare(
  out: string[],
  cls: 'node' | 'edge',
  columns: readonly { readonly name: string; readonly type: string }[],
): void {
  out.push(`    <attributes class="${cls}">\n`);
  for (const c of columns) {
    out.push(`      <attribute id="${c.name}" title="${c.name}" type="${c.type}"/>\n`);
  }
  out.push('    </attributes>\n');
}

/** A column as GEXF writes it: the attvalue's opening, up to the value's quote, built once. */
interface AttColumn<R> {
  readonly get: (record: R) => CellValue | undefined;
  readonly open: string;
}

// All attvalues sit at the same depth (node and edge children).
const attColumns = <R>(columns: readonly Column<R>[]): AttColumn<R>[] =>
  columns.map((c) => ({ get: c.get, open: `          <attvalue for="${c.name}" value='` }));

const NODE_ATT_COLUMNS = attColumns(NODE_COLUMNS);
const EDGE_ATT_COLUMNS = attColumns(GEXF_EDGE_COLUMNS);

/** Writes a record's attvalues, then the extra columns' (keyed by `id`), in one <attvalues> block. */
function attvalues<R>(
  out: string[],
  columns: readonly AttColumn<R>[],
  record: R,
  extra: readonly AttColumn<string>[] = [],
  id = '',
): void {
  let opened = false;
  const push = (v: CellValue | undefined, open: string): void => {
    if (v === undefined) return;
    if (!opened) {
      out.push('        <attvalues>\n');
      opened = true;
    }
    // Single-quoted: JSON values (evidence, figures…) then need no escaping of their many quotes.
    out.push(`${open}${escapeAttrSingle(typeof v === 'string' ? v : String(v))}'/>\n`);
  };
  for (const c of columns) push(c.get(record), c.open);
  for (const c of extra) push(c.get(id), c.open);
  if (opened) out.push('        </attvalues>\n');
}

interface Dated {
  start?: string | undefined;
  end?: string | undefined;
  on?: string | undefined;
}

/** GEXF `start`/`end` (full days, inclusive) from our partial dates; `on` spans its period. */
function spanAttrs(item: Dated): string {
  const start = item.on ?? item.start;
  const end = item.on ?? item.end;
  let s = '';
  if (start !== undefined) s += ` start="${dateStart(start)}"`;
  if (end !== undefined) s += ` end="${dateEnd(end)}"`;
  return s;
}

/**
 * Pieces are joined into a block every BLOCK_PIECES pieces, and the blocks once at the end. Joined
 * once, the millions of small pieces of a large graph all stay alive until the end, and every
 * young-generation GC copies them (then promotes them), which dominated the time on big graphs.
 * A block (a few hundred kB, one flat string) is cheap to keep; its pieces die young.
 */
const BLOCK_PIECES = 4096;

function spill(out: string[], blocks: string[]): void {
  if (out.length < BLOCK_PIECES) return;
  blocks.push(out.join(''));
  out.length = 0;
}

/** `<viz:color …/>` for a node's kind, built once per colour. */
function colorLine(cache: Map<string, string>, record: NodeRecord): string {
  const hex = nodeColor(record);
  let line = cache.get(hex);
  if (line === undefined) {
    line = `        <viz:color ${hexToRgb(hex)}/>\n`;
    cache.set(hex, line);
  }
  return line;
}

/** ` kind="…" label="…"` for an edge's relation kind, built once per kind. */
function kindAttrs(cache: Map<string, string>, record: EdgeRecord): string {
  let attrs = cache.get(record.type);
  if (attrs === undefined) {
    attrs = ` kind="${record.type}" label="${escapeAttr(edgePhrase(record))}"`;
    cache.set(record.type, attrs);
  }
  return attrs;
}

/** Writes the graph as GEXF text, sorted by id. Built as chunks joined in blocks (see `spill`). */
export function writeGexf(graph: StakeholderGraph, options: ExportOptions = {}): string {
  const version = resolveGexfVersion(options.version);
  const ns = NAMESPACES[version];
  const nodes = sortedNodes(graph);
  const edges = sortedEdges(graph);
  const dynamic =
    nodes.some((n) => n.record.start !== undefined || n.record.end !== undefined) ||
    edges.some(
      (e) => e.record.start !== undefined || e.record.end !== undefined || e.record.on !== undefined,
    );
  const g = graph.getAttributes();
  const blocks: string[] = [];
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<gexf xmlns="${ns.ns}" xmlns:viz="${ns.viz}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${ns.xsd}" version="${ns.version}">\n`,
    '  <meta>\n    <creator>Stakeholder Graph</creator>\n',
  ];
  if (version === '1.3') out.push(`    <title>${escapeText(g.title)}</title>\n`);
  if (g.description !== undefined) out.push(`    <description>${escapeText(g.description)}</description>\n`);
  // Not in the GEXF schema: our graph-level record (id, title, sources) so nothing is lost. Readers skip it.
  out.push(`    <dataset>${escapeText(JSON.stringify(graphMeta(graph)))}</dataset>\n  </meta>\n`);
  out.push(
    `  <graph defaultedgetype="directed" mode="${dynamic ? 'dynamic' : 'static'}"${dynamic ? ' timeformat="date"' : ''}>\n`,
  );
  const extra = options.nodeColumns ?? [];
  declare(out, 'node', [...NODE_COLUMNS, ...extra]);
  declare(out, 'edge', GEXF_EDGE_COLUMNS);
  // Built once per colour and per relation kind, not once per node or edge.
  const colorLines = new Map<string, string>();
  const extraAtts = attColumns(extra);
  const kindCache = new Map<string, string>();
  out.push('    <nodes>\n');
  for (const n of nodes) {
    spill(out, blocks);
    const r = n.record;
    out.push(`      <node id="${escapeAttr(n.id)}" label="${escapeAttr(r.label)}"${spanAttrs(r)}>\n`);
    attvalues(out, NODE_ATT_COLUMNS, r, extraAtts, n.id);
    out.push(
      colorLine(colorLines, r),
      `        <viz:size value="${nodeSize(n.degree)}"/>\n`,
      `        <viz:position x="${n.x}" y="${n.y}" z="0"/>\n`,
      '      </node>\n',
    );
  }
  out.push('    </nodes>\n    <edges>\n');
  for (const e of edges) {
    spill(out, blocks);
    const r = e.record;
    const weight = r.weight === undefined ? '' : ` weight="${r.weight}"`;
    out.push(
      `      <edge id="${escapeAttr(e.id)}" source="${escapeAttr(e.source)}" target="${escapeAttr(e.target)}"${kindAttrs(kindCache, r)}${weight}${spanAttrs(r)}>\n`,
    );
    attvalues(out, EDGE_ATT_COLUMNS, r);
    out.push('      </edge>\n');
  }
  out.push('    </edges>\n  </graph>\n</gexf>\n');
  blocks.push(out.join(''));
  return blocks.join('');
}

export const gexfExporter: Exporter = {
  ...GEXF_FORMAT,
  write(graph, options = {}): ExportFile[] {
    const name = `${graph.getAttribute('id')}.gexf`;
    return [{ name, mediaType: 'application/gexf+xml', content: writeGexf(graph, options) }];
  },
};
