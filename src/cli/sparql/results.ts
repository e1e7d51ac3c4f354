// SPARQL results (the W3C JSON results format) as JSON, CSV or an aligned text table.
import { toCsv } from '../../export/index.ts';

interface SparqlTerm {
  readonly type: 'uri' | 'literal' | 'bnode' | 'typed-literal' | 'triple';
  readonly value: string;
  readonly datatype?: string;
  readonly 'xml:lang'?: string;
}

export interface SparqlResults {
  readonly head: { readonly vars?: readonly string[] };
  readonly results?: { readonly bindings: readonly Record<string, SparqlTerm>[] };
  readonly boolean?: boolean;
}

export const RESULT_FORMATS = ['table', 'json', 'csv'] as const;
export type ResultFormat = (typeof RESULT_FORMATS)[number];

/** Rows of plain values (IRIs and literals as their text, blank nodes as `_:x`), for CSV and tests. */
function resultRows(results: SparqlResults): string[][] {
  const vars = results.head.vars ?? [];
  return (results.results?.bindings ?? []).map((b) =>
    vars.map((v) => {
      const t = b[v];
      if (t === undefined) return '';
      return t.type === 'bnode' ? `_:${t.value}` : t.value;
    }),
  );
}

/** An IRI shortened by the first prefix that fits, for reading in a terminal. */
function shorten(iri: string, prefixes: Readonly<Record<string, string>>): string {
  let best: [string, string] | undefined;
  for (const [p, ns] of Object.entries(prefixes)) {
    if (iri.startsWith(ns) && (best === undefined || ns.length > best[1].length)) best = [p, ns];
  }
  return best === undefined ? `<${iri}>` : `${best[0]}:${iri.slice(best[1].length)}`;
}

const MAX_CELL = 60;

function cell(t: SparqlTerm | undefined, prefixes: Readonly<Record<string, string>>): string {
  if (t === undefined) return '';
  const text = t.type === 'uri' ? shorten(t.value, prefixes) : t.type === 'bnode' ? `_:${t.value}` : t.value;
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

function table(results: SparqlResults, prefixes: Readonly<Record<string, string>>): string {
  const vars = results.head.vars ?? [];
  const rows = (results.results?.bindings ?? []).map((b) => vars.map((v) => cell(b[v], prefixes)));
  const widths = vars.map((v, i) => Math.max(v.length, ...rows.map((r) => [...r[i]!].length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - [...c].length))
      .join('  ')
      .trimEnd();
  const out = [line(vars), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  out.push(
    `(${rows.length} row${rows.length === 1 ? '' : 's'}; long values cut to ${MAX_CELL} characters, use --format csv or json for all)`,
  );
  return `${out.join('\n')}\n`;
}

export function formatResults(
  results: SparqlResults,
  format: ResultFormat,
  prefixes: Readonly<Record<string, string>>,
): string {
  if (format === 'json') return `${JSON.stringify(results, null, 2)}\n`;
  if (results.boolean !== undefined)
    return format === 'csv' ? `boolean\n${results.boolean}\n` : `${results.boolean}\n`;
  if (format === 'csv') return toCsv(results.head.vars ?? [], resultRows(results));
  return table(results, prefixes);
}
