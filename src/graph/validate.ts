// Schema validation: each record checked on its own so that every problem is reported at once.
import type { z } from 'zod';
import {
  type Dataset,
  datasetShellSchema,
  edgeSchema,
  NODE_KIND_IDS,
  nodeSchema,
  RELATION_KIND_IDS,
  sourceSchema,
} from '../schema/index.ts';
import { isCertainlyValidEdge, isCertainlyValidNode } from './fastValidate.ts';
import type { Issue, IssuePath } from './issues.ts';
import { didYouMean } from './suggest.ts';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    if (!Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return `${typeof value} ${String(value)}`;
}

/** Turns one zod issue into a plain, located message. */
function toIssue(zi: z.core.$ZodIssue, raw: unknown, prefix: IssuePath): Issue {
  const zpath = zi.path as PropertyKey[];
  const path: (string | number)[] = [...prefix, ...zpath.map((p) => (typeof p === 'number' ? p : String(p)))];
  const field = String(zpath[zpath.length - 1] ?? '');
  const value = valueAt(raw, zpath);
  const base = { severity: 'error' as const, path };
  // JSON numbers beyond the double range (1e400) parse as Infinity: say so rather than "found number Infinity".
  if (typeof value === 'number' && !Number.isFinite(value))
    return {
      ...base,
      code: 'not-finite',
      message: `not a finite number: the number written here is too large to hold (it reads as ${value})`,
    };
  switch (zi.code) {
    case 'invalid_value': {
      if (value === undefined) return { ...base, code: 'missing', message: `"${field}" is required` };
      if (field === 'type' && (prefix[0] === 'nodes' || prefix[0] === 'edges')) {
        const nodes = prefix[0] === 'nodes';
        const known = nodes ? NODE_KIND_IDS : RELATION_KIND_IDS;
        const hint = typeof value === 'string' ? didYouMean(value, known) : undefined;
        const message = `unknown ${nodes ? 'node type' : 'relation type'} ${describe(value)}; expected one of: ${known.join(', ')}`;
        return { ...base, code: 'unknown-type', message, ...(hint ? { hint } : {}) };
      }
      const allowed = zi.values.map((v) => JSON.stringify(v)).join(', ');
      return {
        ...base,
        code: 'invalid-value',
        message: `${describe(value)} is not allowed here; expected ${allowed}`,
      };
    }
    case 'invalid_type':
      if (value === undefined) return { ...base, code: 'missing', message: `"${field}" is required` };
      return { ...base, code: 'invalid-type', message: `expected ${zi.expected}, found ${describe(value)}` };
    case 'unrecognized_keys': {
      const keys = zi.keys.map((k) => JSON.stringify(k)).join(', ');
      return { ...base, code: 'unknown-key', message: `unknown key${zi.keys.length > 1 ? 's' : ''} ${keys}` };
    }
    case 'too_small':
      if (typeof value === 'string')
        return { ...base, code: 'empty', message: `"${field}" must not be empty` };
      return {
        ...base,
        code: 'too-small',
        message: `"${field}" ${zi.message.replace(/^Too small: expected \w+ to /, 'must ')}`,
      };
    case 'invalid_format': {
      const what =
        zi.format === 'url' ? 'a valid URL' : zi.format === 'regex' ? 'in the right form' : zi.format;
      const detail = zi.message && !zi.message.startsWith('Invalid') ? ` (${zi.message})` : '';
      return { ...base, code: 'bad-format', message: `${describe(value)} is not ${what}${detail}` };
    }
    case 'custom': {
      const code = /date/.test(zi.message) ? 'bad-date' : 'invalid';
      return {
        ...base,
        code,
        message: value === undefined ? zi.message : `${describe(value)}: ${zi.message}`,
      };
    }
    default:
      return { ...base, code: 'invalid', message: `${describe(value)}: ${zi.message}` };
  }
}

function check<T>(schema: z.ZodType<T>, raw: unknown, prefix: IssuePath, issues: Issue[]): T | undefined {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const zi of result.error.issues) issues.push(toIssue(zi, raw, prefix));
  return undefined;
}

const isPlainRecord = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A list entry that is not an object: the issue zod would give, without building zod's error. */
function notARecord(item: unknown, path: IssuePath, issues: Issue[]): undefined {
  issues.push({
    severity: 'error',
    code: 'invalid-type',
    path,
    message: `expected object, found ${describe(item)}`,
  });
  return undefined;
}

/** Per list, the position in the input of each record kept (absent: the same as its index). */
export type RecordPositions = { readonly [K in 'sources' | 'nodes' | 'edges']?: readonly number[] };

export interface SchemaResult {
  /** The records that passed the schema (the rest are reported in `issues`). */
  readonly dataset: Dataset | undefined;
  /**
   * Every record's id as written, valid or not: integrity checks use it to avoid knock-on errors.
   * Left out when the schema kept every record of the list (the ids are then those of `dataset`).
   */
  readonly rawNodeIds: ReadonlySet<string> | undefined;
  readonly rawSourceIds: ReadonlySet<string> | undefined;
  /**
   * Original positions of the records kept in `dataset`, so later issues point at the right place;
   * a list's positions are left out when its records are the list as written (nothing rejected).
   */
  readonly positions: RecordPositions;
  readonly issues: Issue[];
}

/**
 * Every record's id as written, for a list where the schema rejected some records (`kept`: the
 * positions it kept, ascending). The integrity checks see only the kept records, so the repeats
 * of an id that involve a rejected record are reported here: a record whose id an earlier record
 * has, unless both are kept (integrity reports that one). Each repeat is reported once.
 */
function rawIds(
  list: readonly unknown[],
  kept: readonly number[],
  key: 'sources' | 'nodes' | 'edges',
  issues: Issue[],
): Set<string> {
  const ids = new Set<string>();
  const keptIds = new Set<string>();
  const what = key === 'sources' ? 'source' : key === 'nodes' ? 'node' : 'edge';
  let k = 0;
  for (let i = 0; i < list.length; i++) {
    const isKept = kept[k] === i;
    if (isKept) k++;
    const id = valueAt(list[i], ['id']);
    if (typeof id !== 'string') continue;
    if (ids.has(id) && !(isKept && keptIds.has(id))) {
      const path = [key, i, 'id'];
      issues.push({ severity: 'error', code: 'duplicate-id', path, message: `duplicate ${what} id "${id}"` });
    }
    ids.add(id);
    if (isKept) keptIds.add(id);
  }
  return ids;
}

/** Checks the shape of a parsed JSON value against the dataset schema, record by record. */
export function validateSchema(raw: unknown): SchemaResult {
  const issues: Issue[] = [];
  const empty = {
    dataset: undefined,
    rawNodeIds: new Set<string>(),
    rawSourceIds: new Set<string>(),
    positions: {},
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    issues.push({
      severity: 'error',
      code: 'not-a-dataset',
      path: [],
      message: 'a dataset must be a JSON object',
    });
    return { ...empty, issues };
  }
  const shell = check(datasetShellSchema, raw, [], issues);
  if (!shell) return { ...empty, issues };
  const positions: { -readonly [K in keyof RecordPositions]: number[] } = {};
  const keep = <T>(
    schema: z.ZodType<T>,
    list: unknown[],
    key: 'sources' | 'nodes' | 'edges',
    certain: (v: unknown) => boolean = () => false,
  ): T[] => {
    // While every record is kept as written, the list is used as it is: no copy of it and no
    // positions (at 100k nodes, two lists of 400k entries built for nothing).
    let out: T[] | undefined;
    let kept: number[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      // The fast path accepts only what zod would accept unchanged; the rest is checked by zod,
      // except a record that is not an object at all, said at once (zod's error objects cost more).
      const rec = certain(item)
        ? (item as T)
        : isPlainRecord(item)
          ? check(schema, item, [key, i], issues)
          : notARecord(item, [key, i], issues);
      if (out === undefined || kept === undefined) {
        if (rec === item) continue;
        out = list.slice(0, i) as T[];
        kept = Array.from({ length: i }, (_, j) => j);
        positions[key] = kept;
      }
      if (rec !== undefined) {
        out.push(rec);
        kept.push(i);
      }
    }
    return out ?? (list as T[]);
  };
  const sources = keep(sourceSchema, shell.sources, 'sources');
  const nodes = keep(nodeSchema, shell.nodes, 'nodes', isCertainlyValidNode);
  const edges = keep(edgeSchema, shell.edges, 'edges', isCertainlyValidEdge);
  const all = (list: readonly unknown[], key: 'sources' | 'nodes' | 'edges'): Set<string> | undefined => {
    const kept = positions[key];
    return kept === undefined || kept.length === list.length ? undefined : rawIds(list, kept, key, issues);
  };
  const rawSourceIds = all(shell.sources, 'sources');
  const rawNodeIds = all(shell.nodes, 'nodes');
  all(shell.edges, 'edges'); // for its repeats only
  return { dataset: { ...shell, sources, nodes, edges }, positions, rawNodeIds, rawSourceIds, issues };
}
