// Our own fields of a record (description, dates, evidence as JSON...) from a foreign value map;
// everything else is kept as a foreign attribute, with a located warning when a value of ours is bad.
import { DERIVED_COLUMNS } from '../graph/index.ts';
import { isPartialDate } from '../schema/index.ts';
import type { Tally } from './tally.ts';
import type { ForeignValue } from './types.ts';

type Raw = Record<string, unknown>;
type Path = (string | number)[];

const JSON_FIELDS = new Set(['aliases', 'figures', 'evidence', 'claim', 'attributes']);
const DATE_FIELDS = new Set(['start', 'end', 'on']);
export const NODE_FIELDS: ReadonlySet<string> = new Set([
  'description',
  'url',
  'start',
  'end',
  ...JSON_FIELDS,
]);
export const EDGE_FIELDS: ReadonlySet<string> = new Set([
  'detail',
  'start',
  'end',
  'on',
  'evidence',
  'claim',
  'attributes',
]);

const isUrl = (v: string): boolean => /^https?:\/\/\S+$/i.test(v);

/** A safe attribute key: `__proto__` would be dropped (or worse) by plain objects, so it is renamed. */
function safeKey(key: string): string {
  return key === '__proto__' ? 'attr:__proto__' : key;
}

/** Fills `out` from `values`; `list` and `index` locate the record in warnings. */
export type Fill = (
  out: Raw,
  values: Map<string, ForeignValue>,
  fields: ReadonlySet<string>,
  skip: ReadonlySet<string>,
  list: string,
  index: number,
) => void;

/** Problems go to `warn`; renamed attribute keys are counted in `renamed`. */
export function createFill(warn: (path: Path, message: string) => void, renamed: Tally): Fill {
  /** One of our fields from text, or a reason to keep it as a foreign attribute. */
  const ours = (
    out: Raw,
    key: string,
    value: string,
    list: string,
    index: number,
  ): Raw | 'kept' | undefined => {
    if (JSON_FIELDS.has(key)) {
      try {
        const parsed: unknown = JSON.parse(value);
        if (key === 'attributes' && parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
          return parsed as Raw;
        out[key] = parsed;
        return 'kept';
      } catch {
        warn([list, index, key], `"${key}" is not JSON; kept as a foreign attribute`);
        return undefined;
      }
    }
    if (DATE_FIELDS.has(key) && !isPartialDate(value)) {
      warn(
        [list, index, key],
        `"${key}" value "${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); kept as a foreign attribute`,
      );
      return undefined;
    }
    if (key === 'url' && !isUrl(value)) {
      warn([list, index, key], `"url" value "${value}" is not a web address; kept as a foreign attribute`);
      return undefined;
    }
    out[key] = value;
    return 'kept';
  };
  return (out, values, fields, skip, list, index) => {
    // Allocated only for a record that has foreign attributes (most records of our own files have none).
    let extra: [string, ForeignValue][] | undefined;
    let attributes: Raw | undefined;
    // forEach rather than for-of: no [key, value] array per entry.
    values.forEach((value, key) => {
      if (skip.has(key) || DERIVED_COLUMNS.has(key)) return;
      if (typeof value === 'string' && value === '') return;
      if (fields.has(key) && typeof value === 'string') {
        const result = ours(out, key, value, list, index);
        if (result === 'kept') return;
        if (result !== undefined) {
          attributes = result;
          return;
        }
      }
      const safe = safeKey(key);
      if (safe !== key) renamed.add(key);
      if (extra === undefined) extra = [[safe, value]];
      else extra.push([safe, value]);
    });
    if (attributes !== undefined || extra !== undefined) {
      // Own properties only (fromEntries never calls the __proto__ setter).
      out.attributes = Object.fromEntries([...Object.entries(attributes ?? {}), ...(extra ?? [])]);
    }
  };
}
