// Maps foreign nodes and edges to our records: kinds, kebab-case ids, labels, our own columns,
// foreign attributes, the file's appearance (appearance.ts), and a report of what was changed.

import type { Issue } from '../graph/index.ts';
import { ID_PATTERN, RELATION_KINDS, type RelationKind } from '../schema/index.ts';
import { APPEARANCE_NAMES, applyAppearance } from './appearance.ts';
import { createFill, EDGE_FIELDS, type Fill, NODE_FIELDS } from './fillFields.ts';
import { kebab, matchNodeKind, matchRelationKind } from './matchKinds.ts';
import { Tally } from './tally.ts';
import type { ForeignEdge, ForeignGraph, ForeignNode, ForeignValue } from './types.ts';

type Raw = Record<string, unknown>;

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
// A node's colour and size columns become its appearance (appearance.ts), not attributes.
const NODE_SKIP = skipSets(['label', 'name', 'x', 'y', ...APPEARANCE_NAMES], TYPE_NAMES);
const EDGE_SKIP = skipSets(['label', 'weight'], EDGE_TYPE_NAMES);

export interface Mapped {
  readonly nodes: Raw[];
  readonly edges: Raw[];
  readonly mapped: string[];
  readonly issues: Issue[];
}

/** What one import run counts and shares between its nodes and edges. */
interface Run {
  readonly fill: Fill;
  readonly idChanges: Tally;
  readonly kindTally: Tally;
  readonly relTally: Tally;
  readonly unlabelled: Tally;
  readonly renamed: Tally;
  /** Foreign node id -> the index of the first node with it. */
  readonly ids: Map<string, number>;
  /** By node index: our id, and the index of the first node with the same foreign id. */
  readonly ourIds: string[];
  readonly first: number[];
  /**
   * Edge ends per node index (of the first node with a foreign id), counted as the edges are mapped:
   * the appearance compares sizes with the degree, and a second pass of lookups by id cost as much
   * as the mapping's own at 100k.
   */
  readonly degree: Int32Array;
  readonly used: Set<string>;
  readonly edgeIds: Set<string>;
}

const withAttributes = (out: Raw, extra: [string, ForeignValue][]): void => {
  out.attributes = Object.fromEntries([
    ...Object.entries((out.attributes as Raw | undefined) ?? {}),
    ...extra,
  ]);
};

/** The first of `names` that `values` has (a loop rather than `find`: no closure per record). */
function firstKey(values: ReadonlyMap<string, ForeignValue>, names: readonly string[]): string | undefined {
  for (const k of names) if (values.has(k)) return k;
  return undefined;
}

/** Adds `value` to `set`: whether it was new (one lookup, where `has` then `add` took two). */
const added = (set: Set<string>, value: string): boolean => set.size < set.add(value).size;

/** Our id of an edge's end (the node's, counted in its degree), else the foreign id made an id. */
function edgeEnd(run: Run, v: string): string {
  const i = run.ids.get(v);
  if (i === undefined) return ID_PATTERN.test(v) ? v : kebab(v);
  run.degree[i]!++;
  return run.ourIds[i]!;
}

function mapNode(run: Run, n: ForeignNode, i: number): Raw {
  const original = n.id;
  const base = ID_PATTERN.test(original) ? original : kebab(original);
  let id = base;
  for (let k = 2; !added(run.used, id); k++) id = `${base}-${k}`;
  if (id !== original) run.idChanges.add('node', `'${original}' -> '${id}'`);
  const first = run.ids.get(original);
  if (first === undefined) run.ids.set(original, i);
  run.first.push(first ?? i);
  run.ourIds.push(id);
  const labelValue = n.label ?? n.values.get('label') ?? n.values.get('name');
  const label =
    typeof labelValue === 'string' && labelValue.trim() !== '' ? labelValue : String(labelValue ?? '');
  const out: Raw = { id, label: label.trim() === '' ? original : label };
  if (label.trim() === '') run.unlabelled.add('node');
  const typeKey = firstKey(n.values, TYPE_NAMES);
  const typeValue = typeKey === undefined ? undefined : String(n.values.get(typeKey));
  const kind = typeValue === undefined ? undefined : matchNodeKind(typeValue);
  out.type = kind ?? 'other';
  run.fill(out, n.values, NODE_FIELDS, NODE_SKIP.get(typeKey)!, 'nodes', i);
  if (kind === undefined || (typeValue !== undefined && typeValue !== kind)) {
    run.kindTally.add(`${typeValue === undefined ? '(none)' : `'${typeValue}'`} -> '${out.type}'`);
  }
  // The file's own type is kept (and offered as the nodes' colour: appearance.ts).
  if (kind === undefined && typeValue !== undefined) withAttributes(out, [['type', typeValue]]);
  if (n.x !== undefined && n.y !== undefined && Number.isFinite(n.x) && Number.isFinite(n.y)) {
    out.position = { x: n.x, y: n.y };
  }
  return out;
}

function mapEdge(run: Run, e: ForeignEdge, i: number): Raw {
  const source = edgeEnd(run, e.source);
  const target = edgeEnd(run, e.target);
  const typeKey = firstKey(e.values, EDGE_TYPE_NAMES);
  const typeValue = typeKey === undefined ? undefined : String(e.values.get(typeKey));
  const kind = typeValue === undefined ? undefined : matchRelationKind(typeValue);
  const type: RelationKind = kind ?? 'related-to';
  if (kind === undefined || (typeValue !== undefined && typeValue !== kind && typeKey !== 'label')) {
    run.relTally.add(`${typeValue === undefined ? '(none)' : `'${typeValue}'`} -> '${type}'`);
  }
  let id: string;
  if (e.id !== undefined && e.id !== '' && ID_PATTERN.test(e.id) && added(run.edgeIds, e.id)) id = e.id;
  else {
    const base = e.id !== undefined && e.id !== '' ? kebab(e.id) : `${source}-${type}-${target}`;
    id = base;
    for (let k = 2; !added(run.edgeIds, id); k++) id = `${base}-${k}`;
    if (e.id !== undefined && e.id !== '') run.idChanges.add('edge', `'${e.id}' -> '${id}'`);
  }
  const out: Raw = { id, source, target, type };
  run.fill(out, e.values, EDGE_FIELDS, EDGE_SKIP.get(typeKey)!, 'edges', i);
  const label = e.values.get('label');
  const extra: [string, ForeignValue][] = [];
  if (kind === undefined && typeKey !== undefined && typeValue !== undefined) {
    extra.push([typeKey, typeValue]);
    // "works with", mapped to related-to: the file's words stay readable in the sentence.
    if (out.detail === undefined && typeValue.trim() !== '') out.detail = `(${typeValue.trim()})`;
  }
  if (typeof label === 'string' && typeKey !== 'label' && label !== RELATION_KINDS[type].phrase)
    extra.push(['label', label]);
  if (extra.length > 0) withAttributes(out, extra);
  const weight = e.weight ?? e.values.get('weight');
  const w = typeof weight === 'string' ? Number(weight) : weight;
  if (typeof w === 'number' && Number.isFinite(w) && w > 0) out.weight = w;
  if (e.undirected) run.renamed.add('undirected edge');
  return out;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The report's lines for what the run counted. */
function reportLines(run: Run): string[] {
  const typed = (what: string) => (k: string, n: number) =>
    `${plural(n, what)} of type ${k.replace(' -> ', ' mapped to ')}`;
  return [
    ...run.kindTally.lines(typed('node')),
    ...run.relTally.lines(typed('edge')),
    ...run.idChanges.lines((k, n, ex) => `${plural(n, `${k} id`)} converted to kebab-case (e.g. ${ex})`),
    ...run.unlabelled.lines((_k, n) => `${plural(n, 'node')} without a label labelled with their id`),
    ...run.renamed.lines((k, n) =>
      k === 'undirected edge'
        ? `${plural(n, 'undirected edge')} kept as directed, source to target as written`
        : `${plural(n, 'attribute')} named "${k}" renamed "attr:${k}"`,
    ),
  ];
}

export function mapRecords(foreign: ForeignGraph, name: string): Mapped {
  const issues: Issue[] = [];
  const warn = (path: (string | number)[], message: string): void => {
    issues.push({ severity: 'warning', code: 'import-mapping', path, message });
  };
  const renamed = new Tally();
  const run: Run = {
    fill: createFill(warn, renamed),
    idChanges: new Tally(),
    kindTally: new Tally(),
    relTally: new Tally(),
    unlabelled: new Tally(),
    renamed,
    ids: new Map(),
    ourIds: [],
    first: [],
    degree: new Int32Array(foreign.nodes.length),
    used: new Set(),
    edgeIds: new Set(),
  };
  const nodes = foreign.nodes.map((n, i) => mapNode(run, n, i));
  const edges = foreign.edges.map((e, i) => mapEdge(run, e, i));
  const mapped = [
    `${name}: ${foreign.format}, ${nodes.length} nodes and ${edges.length} edges read`,
    ...reportLines(run),
    ...applyAppearance(
      foreign,
      nodes,
      run.first.map((f) => run.degree[f]!),
    ),
  ];
  return { nodes, edges, mapped, issues };
}
