// A fast path for schema validation of the common record shapes. zod stays the source of truth:
// these checks only say "certainly valid" (and then the record is used as is) or "ask zod" (which
// then reports the problem). Written by hand because zod costs about as much as JSON.parse on a
// big dataset, against a load target of a small multiple of parsing (docs/benchmark.md).
// tests/unit/fastValidate.test.ts checks it against zod on valid data and on many mutations.
import {
  BASIS,
  edgeSchema,
  evidenceSchema,
  ID_PATTERN,
  isNodeKind,
  isPartialDate,
  isRelationKind,
  nodeSchema,
  STANCE,
} from '../schema/index.ts';

const NODE_KEYS = new Set(Object.keys(nodeSchema.shape));
const EDGE_KEYS = new Set(Object.keys(edgeSchema.shape));
const EVIDENCE_KEYS = new Set(Object.keys(evidenceSchema.shape));
const BASIS_SET = new Set<string>(BASIS);
const STANCE_SET = new Set<string>(STANCE);
/** Addresses that zod's http(s) URL check certainly accepts unchanged; anything else goes to zod. */
const SIMPLE_URL = /^https?:\/\/[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::\d{1,5})?(?:[/?#][^\s]*)?$/;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const k in o) if (!allowed.has(k)) return false;
  // `for in` skips an own "__proto__" key only if it is not enumerable; JSON.parse makes it enumerable.
  return true;
}

const isId = (v: unknown): boolean => typeof v === 'string' && ID_PATTERN.test(v);
const isText = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const optText = (v: unknown): boolean => v === undefined || isText(v);
const optDate = (v: unknown): boolean => v === undefined || (typeof v === 'string' && isPartialDate(v));
const optUrl = (v: unknown): boolean => v === undefined || (typeof v === 'string' && SIMPLE_URL.test(v));

function optAttributes(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isObj(v) || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const k of Object.keys(v)) {
    if (k === '' || k === '__proto__') return false;
    const x = v[k];
    if (typeof x === 'number' ? !Number.isFinite(x) : typeof x !== 'string' && typeof x !== 'boolean')
      return false;
  }
  return true;
}

function evidenceItem(v: unknown): boolean {
  if (!isObj(v) || !onlyKeys(v, EVIDENCE_KEYS)) return false;
  if (!isId(v.source) || typeof v.basis !== 'string' || !BASIS_SET.has(v.basis)) return false;
  if (v.stance !== undefined && (typeof v.stance !== 'string' || !STANCE_SET.has(v.stance))) return false;
  if (!optText(v.quote) || !optText(v.note) || !optUrl(v.url)) return false;
  return v.quote !== undefined || v.url !== undefined || v.note !== undefined;
}

function optEvidence(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const item of v) if (!evidenceItem(item)) return false;
  return true;
}

function optStrings(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (const s of v) if (!isText(s)) return false;
  return true;
}

function optPosition(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isObj(v)) return false;
  let n = 0;
  for (const k in v) {
    if (k !== 'x' && k !== 'y') return false;
    n++;
  }
  return n === 2 && Number.isFinite(v.x) && Number.isFinite(v.y) && typeof v.x === 'number';
}

/** True only when zod would accept the node unchanged. Records with figures or claims go to zod. */
export function isCertainlyValidNode(v: unknown): boolean {
  if (!isObj(v) || !onlyKeys(v, NODE_KEYS)) return false;
  if (v.figures !== undefined || v.claim !== undefined) return false;
  return (
    isId(v.id) &&
    isText(v.label) &&
    typeof v.type === 'string' &&
    isNodeKind(v.type) &&
    optStrings(v.aliases) &&
    optText(v.description) &&
    optUrl(v.url) &&
    optDate(v.start) &&
    optDate(v.end) &&
    optAttributes(v.attributes) &&
    optEvidence(v.evidence) &&
    optPosition(v.position)
  );
}

/** True only when zod would accept the edge unchanged. Records with claims go to zod. */
export function isCertainlyValidEdge(v: unknown): boolean {
  if (!isObj(v) || !onlyKeys(v, EDGE_KEYS)) return false;
  if (v.claim !== undefined) return false;
  const w = v.weight;
  return (
    isId(v.id) &&
    isId(v.source) &&
    isId(v.target) &&
    typeof v.type === 'string' &&
    isRelationKind(v.type) &&
    optText(v.detail) &&
    optDate(v.start) &&
    optDate(v.end) &&
    optDate(v.on) &&
    (w === undefined || (typeof w === 'number' && Number.isFinite(w) && w > 0)) &&
    optAttributes(v.attributes) &&
    optEvidence(v.evidence)
  );
}
