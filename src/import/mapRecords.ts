// Maps foreign nodes and edges to our records: kinds, kebab-case ids, labels, our own columns, foreign attributes.

import { DERIVED_COLUMNS, type Issue } from '../graph/index.ts';
import {
  ID_PATTERN,
  isNodeKind,
  isPartialDate,
  isRelationKind,
  NODE_KINDS,
  type NodeKind,
  RELATION_KINDS,
  type RelationKind,
  toKebabId,
} from '../schema/index.ts';
import type { ForeignEdge, ForeignGraph, ForeignNode, ForeignValue } from './types.ts';

type Raw = Record<string, unknown>;

const JSON_FIELDS = new Set(['aliases', 'figures', 'evidence', 'claim', 'attributes']);
const DATE_FIELDS = new Set(['start', 'end', 'on']);
const NODE_FIELDS = new Set(['description', 'url', 'start', 'end', ...JSON_FIELDS]);
const EDGE_FIELDS = new Set(['detail', 'start', 'end', 'on', 'evidence', 'claim', 'attributes']);
/** Names a foreign file may use for an item's type. */
const TYPE_NAMES = ['type', 'kind', 'relation', 'category'];
/** For edges, a label names the relation when nothing else does. */
const EDGE_TYPE_NAMES = [...TYPE_NAMES, 'label'];

/** The fields `fill` skips, per type key (undefined: none), built once rather than per record. */
function skipSets(
  base: readonly string[],
  typeKeys: readonly string[],
): Map<string | undefined, Set<string>> {
  const sets = new Map<string | undefined, Set<string>>([[undefined, new Set(base)]]);
  for (const k of typeKeys) sets.set(k, new Set([...base, k]));
  return sets;
}
const NODE_SKIP = skipSets(['label', 'name', 'x', 'y'], TYPE_NAMES);
const EDGE_SKIP = skipSets(['label', 'weight'], EDGE_TYPE_NAMES);

/** "PoliceForce", "Police force", "POLICE_FORCE" -> "police-force". */
function kebab(value: string): string {
  return toKebabId(value.replace(/([a-z0-9])([A-Z])/g, '$1-$2'));
}

function matchNodeKind(value: string): NodeKind | undefined {
  // Our own files (and most others written from our data) carry the kind's id as it is.
  if (isNodeKind(value)) return value;
  const parts = value
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== 'Stakeholder');
  for (const part of parts) {
    const k = kebab(part);
    if (isNodeKind(k)) return k;
    for (const [id, info] of Object.entries(NODE_KINDS)) {
      if (info.label.toLowerCase() === part.trim().toLowerCase() && isNodeKind(id)) return id;
    }
  }
  return undefined;
}

function matchRelationKind(value: string): RelationKind | undefined {
  if (isRelationKind(value)) return value;
  const k = kebab(value);
  if (isRelationKind(k)) return k;
  for (const [id, info] of Object.entries(RELATION_KINDS)) {
    if (info.phrase === value.trim().toLowerCase() && isRelationKind(id)) return id;
  }
  return undefined;
}

const isUrl = (v: string): boolean => /^https?:\/\/\S+$/i.test(v);

/** Counts things to report as one line each ("3 nodes of type 'x' mapped to 'other'"). */
class Tally {
  private readonly counts = new Map<string, { n: number; example: string }>();
  add(key: string, example = ''): void {
    const c = this.counts.get(key);
    if (c) c.n++;
    else this.counts.set(key, { n: 1, example });
  }
  lines(format: (key: string, n: number, example: string) => string): string[] {
    return [...this.counts].map(([k, c]) => format(k, c.n, c.example));
  }
}

export interface Mapped {
  readonly nodes: Raw[];
  readonly edges: Raw[];
  readonly mapped: string[];
  readonly issues: Issue[];
}

/** A safe attribute key: `__proto__` would be dropped (or worse) by plain objects, so it is renamed. */
function safeKey(key: string): string {
  return key === '__proto__' ? 'attr:__proto__' : key;
}

export function mapRecords(foreign: ForeignGraph, name: string): Mapped {
  const mapped: string[] = [];
  const issues: Issue[] = [];
  const warn = (path: (string | number)[], message: string): void => {
    issues.push({ severity: 'warning', code: 'import-mapping', path, message });
  };
  const idChanges = new Tally();
  const kindTally = new Tally();
  const relTally = new Tally();
  const unlabelled = new Tally();
  const renamed = new Tally();
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const unique = (base: string): string => {
    let id = base;
    for (let i = 2; used.has(id); i++) id = `${base}-${i}`;
    used.add(id);
    return id;
  };

  /** Fills our fields and the foreign attributes from a value map. */
  const fill = (
    out: Raw,
    values: Map<string, ForeignValue>,
    fields: ReadonlySet<string>,
    skip: ReadonlySet<string>,
    path: (string | number)[],
  ): void => {
    const extra: [string, ForeignValue][] = [];
    let attributes: Raw | undefined;
    for (const [key, value] of values) {
      if (skip.has(key) || DERIVED_COLUMNS.has(key)) continue;
      if (typeof value === 'string' && value === '') continue;
      if (fields.has(key) && typeof value === 'string') {
        if (JSON_FIELDS.has(key)) {
          try {
            const parsed: unknown = JSON.parse(value);
            if (
              key === 'attributes' &&
              parsed !== null &&
              typeof parsed === 'object' &&
              !Array.isArray(parsed)
            ) {
              attributes = parsed as Raw;
            } else out[key] = parsed;
            continue;
          } catch {
            warn([...path, key], `"${key}" is not JSON; kept as a foreign attribute`);
          }
        } else if (DATE_FIELDS.has(key) && !isPartialDate(value)) {
          warn(
            [...path, key],
            `"${key}" value "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); kept as a foreign attribute`,
          );
        } else if (key === 'url' && !isUrl(value)) {
          warn([...path, key], `"url" value "${value}" is not a web address; kept as a foreign attribute`);
        } else {
          out[key] = value;
          continue;
        }
      }
      const safe = safeKey(key);
      if (safe !== key) renamed.add(key);
      extra.push([safe, value]);
    }
    if (attributes !== undefined || extra.length > 0) {
      // Own properties only (fromEntries never calls the __proto__ setter).
      out.attributes = Object.fromEntries([...Object.entries(attributes ?? {}), ...extra]);
    }
  };

  const nodes: Raw[] = foreign.nodes.map((n: ForeignNode, i) => {
    const path = ['nodes', i];
    const original = n.id;
    const id = unique(ID_PATTERN.test(original) ? original : kebab(original));
    if (id !== original) idChanges.add('node', `'${original}' -> '${id}'`);
    if (!ids.has(original)) ids.set(original, id);
    const labelValue = n.label ?? n.values.get('label') ?? n.values.get('name');
    const label =
      typeof labelValue === 'string' && labelValue.trim() !== '' ? labelValue : String(labelValue ?? '');
    const out: Raw = { id, label: label.trim() === '' ? original : label };
    if (label.trim() === '') unlabelled.add('node');
    const typeKey = TYPE_NAMES.find((k) => n.values.has(k));
    const typeValue = typeKey === undefined ? undefined : String(n.values.get(typeKey));
    const kind = typeValue === undefined ? undefined : matchNodeKind(typeValue);
    out.type = kind ?? 'other';
    fill(out, n.values, NODE_FIELDS, NODE_SKIP.get(typeKey)!, path);
    if (kind === undefined || (typeValue !== undefined && typeValue !== kind)) {
      kindTally.add(`${typeValue === undefined ? '(none)' : `'${typeValue}'`} -> '${out.type}'`);
    }
    if (kind === undefined && typeValue !== undefined) {
      out.attributes = Object.fromEntries([
        ...Object.entries((out.attributes as Raw | undefined) ?? {}),
        ['type', typeValue],
      ]);
    }
    if (n.x !== undefined && n.y !== undefined && Number.isFinite(n.x) && Number.isFinite(n.y)) {
      out.position = { x: n.x, y: n.y };
    }
    return out;
  });

  const edgeIds = new Set<string>();
  const edges: Raw[] = foreign.edges.map((e: ForeignEdge, i) => {
    const path = ['edges', i];
    const source = ids.get(e.source) ?? (ID_PATTERN.test(e.source) ? e.source : kebab(e.source));
    const target = ids.get(e.target) ?? (ID_PATTERN.test(e.target) ? e.target : kebab(e.target));
    const typeKey = EDGE_TYPE_NAMES.find((k) => e.values.has(k));
    const typeValue = typeKey === undefined ? undefined : String(e.values.get(typeKey));
    const kind = typeValue === undefined ? undefined : matchRelationKind(typeValue);
    const type: RelationKind = kind ?? 'related-to';
    if (kind === undefined || (typeValue !== undefined && typeValue !== kind && typeKey !== 'label')) {
      relTally.add(`${typeValue === undefined ? '(none)' : `'${typeValue}'`} -> '${type}'`);
    }
    let id: string;
    if (e.id !== undefined && e.id !== '' && ID_PATTERN.test(e.id) && !edgeIds.has(e.id)) id = e.id;
    else {
      const base = e.id !== undefined && e.id !== '' ? kebab(e.id) : `${source}-${type}-${target}`;
      id = base;
      for (let k = 2; edgeIds.has(id); k++) id = `${base}-${k}`;
      if (e.id !== undefined && e.id !== '') idChanges.add('edge', `'${e.id}' -> '${id}'`);
    }
    edgeIds.add(id);
    const out: Raw = { id, source, target, type };
    fill(out, e.values, EDGE_FIELDS, EDGE_SKIP.get(typeKey)!, path);
    const label = e.values.get('label');
    const extra: [string, ForeignValue][] = [];
    if (kind === undefined && typeKey !== undefined && typeValue !== undefined)
      extra.push([typeKey, typeValue]);
    if (typeof label === 'string' && typeKey !== 'label' && label !== RELATION_KINDS[type].phrase)
      extra.push(['label', label]);
    if (extra.length > 0) {
      out.attributes = Object.fromEntries([
        ...Object.entries((out.attributes as Raw | undefined) ?? {}),
        ...extra,
      ]);
    }
    const weight = e.weight ?? e.values.get('weight');
    const w = typeof weight === 'string' ? Number(weight) : weight;
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) out.weight = w;
    if (e.undirected) renamed.add('undirected edge');
    return out;
  });

  mapped.push(`${name}: ${foreign.format}, ${nodes.length} nodes and ${edges.length} edges read`);
  mapped.push(
    ...kindTally.lines(
      (k, n) => `${n} node${n === 1 ? '' : 's'} of type ${k.replace(' -> ', ' mapped to ')}`,
    ),
  );
  mapped.push(
    ...relTally.lines((k, n) => `${n} edge${n === 1 ? '' : 's'} of type ${k.replace(' -> ', ' mapped to ')}`),
  );
  mapped.push(
    ...idChanges.lines(
      (k, n, ex) => `${n} ${k} id${n === 1 ? '' : 's'} converted to kebab-case (e.g. ${ex})`,
    ),
  );
  mapped.push(
    ...unlabelled.lines((_k, n) => `${n} node${n === 1 ? '' : 's'} without a label labelled with their id`),
  );
  mapped.push(
    ...renamed.lines((k, n) =>
      k === 'undirected edge'
        ? `${n} undirected edge${n === 1 ? '' : 's'} kept as directed, source to target as written`
        : `${n} attribute${n === 1 ? '' : 's'} named "${k}" renamed "attr:${k}"`,
    ),
  );
  return { nodes, edges, mapped, issues };
}
