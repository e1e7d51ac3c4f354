// The CSV layout that both the CSV exporter and the CSV importer know: our headers, the columns derived
// on export, and the spreadsheet-safe cell rule with its exact inverse. Kept here, below export and
// import, so that neither imports the other.

/** Our nodes.csv header, in order (the exporter writes these; see export/columns.ts for the values). */
export const NODE_CSV_FIELDS: readonly string[] = [
  'id',
  'label',
  'type',
  'description',
  'aliases',
  'url',
  'start',
  'end',
  'figures',
  'evidence',
  'claim',
  'attributes',
  'x',
  'y',
  'color',
  'size',
  'quotes',
];

/** Our edges.csv header, in order. */
export const EDGE_CSV_FIELDS: readonly string[] = [
  'id',
  'source',
  'target',
  'label',
  'type',
  'detail',
  'start',
  'end',
  'on',
  'weight',
  'evidence',
  'claim',
  'attributes',
  'quotes',
];

/** Our sources.csv header, in order. */
export const SOURCE_CSV_FIELDS: readonly string[] = [
  'id',
  'kind',
  'title',
  'publisher',
  'author',
  'date',
  'url',
  'file',
  'text',
  'note',
];

/**
 * The per-node figures an analysis gives (query/analysis), in the order exports write them as
 * columns. Kept here, below the analysis, because the CSV layout skips them on import.
 */
export const NODE_METRIC_KEYS = [
  'degree',
  'inDegree',
  'outDegree',
  'betweenness',
  'closeness',
  'pagerank',
  'eigenvector',
] as const;
export type NodeMetricKey = (typeof NODE_METRIC_KEYS)[number];

/**
 * Attribute names that are derived on export (not data) and skipped on import: drawing and evidence
 * columns, and the analysis' figures and community that `export --metrics` adds.
 */
export const DERIVED_COLUMNS: ReadonlySet<string> = new Set([
  'color',
  'size',
  'quotes',
  'phrase',
  ...NODE_METRIC_KEYS,
  'community',
]);

/** Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list). */
const TRIGGER = /^[=+\-@\t\r]/;
/** A plain number (`-12.5`, `+3`, `1e-7`) is read as a number, never as a formula: left as it is. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** What the safe writer prefixes: a trigger, or apostrophes then a trigger (so the prefix can be undone). */
const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;
/** What the safe writer produced by prefixing: one or more apostrophes, then a trigger. */
const PREFIXED = /^'+[=+\-@\t\r]/;

/**
 * The cell as a spreadsheet should get it: a text that a spreadsheet would run as a formula gets a
 * leading apostrophe (shown as text, not run). A text that already begins with apostrophes and then
 * a trigger gets one more, so that every cell starting with apostrophes and a trigger is one the
 * writer prefixed, and `restoreCell` can undo it exactly.
 */
export function neutraliseCell(text: string): string {
  if (!NEEDS_PREFIX.test(text) || PLAIN_NUMBER.test(text)) return text;
  return `'${text}`;
}

/** The inverse of `neutraliseCell`: drops the one apostrophe it added. */
export function restoreCell(text: string): string {
  return PREFIXED.test(text) ? text.slice(1) : text;
}

/**
 * Whether cells as written could have come from `neutraliseCell`: none begins with a trigger unless it
 * is a plain number. A `--raw` file with a formula-like cell fails this and is then read as written.
 */
export function looksNeutralised(cells: Iterable<string>): boolean {
  for (const c of cells) if (TRIGGER.test(c) && !PLAIN_NUMBER.test(c)) return false;
  return true;
}
