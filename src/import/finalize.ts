// Assembles an imported dataset (graph-level record, sources, records) and runs it through load().
import { hasErrors, type Issue, load } from '../graph/index.ts';
import { ID_PATTERN, SCHEMA_VERSION, toKebabId } from '../schema/index.ts';
import { mapRecords } from './mapRecords.ts';
import type { ForeignGraph, ImportOptions, ImportResult } from './types.ts';

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Where evidence items may sit in a record or an item. */
const EVIDENCE_KEYS = ['evidence', 'figures', 'claim'];

/** Every evidence item (an object with `source` and `basis`) anywhere in the records, and each claim's `by`. */
function walkEvidence(value: unknown, visit: (item: Raw) => void, by: (id: string) => void): void {
  if (Array.isArray(value)) {
    for (const v of value) walkEvidence(v, visit, by);
    return;
  }
  if (!isRecord(value)) return;
  if (typeof value.source === 'string' && 'basis' in value) visit(value);
  if (isRecord(value.claim) && typeof value.claim.by === 'string') by(value.claim.by);
  for (const key of EVIDENCE_KEYS) if (key in value) walkEvidence(value[key], visit, by);
}

/** The file name without folders and extension, as a dataset id. */
function baseId(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return toKebabId(base);
}

export function finalizeImport(
  foreign: ForeignGraph,
  name: string,
  options: ImportOptions,
  earlier: Issue[],
): ImportResult {
  const records = mapRecords(foreign, name);
  const mapped = [...records.mapped];
  const meta = foreign.meta ?? {};
  const id = typeof meta.id === 'string' && ID_PATTERN.test(meta.id) ? meta.id : baseId(name);
  const title = typeof meta.title === 'string' ? meta.title : (foreign.title ?? name.replace(/^.*[\\/]/, ''));
  const description = typeof meta.description === 'string' ? meta.description : foreign.description;
  const given = Array.isArray(meta.sources) ? meta.sources : (foreign.sources ?? options.sources ?? []);
  const sources: Raw[] = given.filter(isRecord).map((s) => ({ ...s }));

  // Evidence that names a source the file does not carry: a placeholder reference, quotes kept as notes.
  const known = new Set(sources.map((s) => s.id));
  const missing = new Set<string>();
  let quotesMoved = 0;
  const need = (sourceId: string): void => {
    if (!known.has(sourceId)) missing.add(sourceId);
  };
  // The visitors are made once, not per record.
  const needSource = (item: Raw): void => need(String(item.source));
  for (const r of [...records.nodes, ...records.edges]) walkEvidence(r, needSource, need);
  if (missing.size > 0) {
    for (const sid of [...missing].sort()) {
      sources.push({
        id: sid,
        kind: 'reference',
        title: `${sid} (source not included in the imported file)`,
      });
    }
    for (const r of [...records.nodes, ...records.edges]) {
      walkEvidence(
        r,
        (item) => {
          if (missing.has(String(item.source)) && typeof item.quote === 'string') {
            item.note =
              typeof item.note === 'string'
                ? `${item.note} (quoted: “${item.quote}”)`
                : `quoted: “${item.quote}”`;
            delete item.quote;
            quotesMoved++;
          }
        },
        () => {},
      );
    }
    mapped.push(
      `${missing.size} source${missing.size === 1 ? '' : 's'} named by evidence but not in the file added as placeholder references: ${[...missing].sort().join(', ')}`,
    );
    if (quotesMoved > 0) {
      mapped.push(
        `${quotesMoved} quote${quotesMoved === 1 ? '' : 's'} kept as notes, because their source text is not in the file`,
      );
    }
  }

  const raw: Raw = { schemaVersion: SCHEMA_VERSION, id, title: title.trim() === '' ? id : title };
  if (description !== undefined && description.trim() !== '') raw.description = description;
  Object.assign(raw, { sources, nodes: records.nodes, edges: records.edges });
  options.beforeCheck?.(raw);
  const result = load(raw, { name, build: options.build ?? true });
  const issues = [...earlier, ...records.issues, ...result.issues];
  const report = { mapped, issues };
  if (result.dataset === undefined || hasErrors(result.issues)) return { report };
  return result.graph
    ? { dataset: result.dataset, graph: result.graph, report }
    : { dataset: result.dataset, report };
}
