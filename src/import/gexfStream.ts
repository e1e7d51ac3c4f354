// Reads GEXF straight from the XML tokenizer's tokens, with no element tree in between: the same
// ForeignGraph as reading the tree (gexf.ts), which stays for other XML parsers and is the reference
// this reader is tested against. Why: on a big file the tree (an object, an attribute list and a
// child list per element, then a filtering pass over it) cost more than the tokens themselves.
import { hexColour } from './appearance.ts';
import { typedValue } from './typedValue.ts';
import type { ForeignEdge, ForeignGraph, ForeignNode, ForeignValue, ReadResult } from './types.ts';
import { fail } from './types.ts';
import { XML_TOKEN, XmlSyntaxError, XmlTokenizer, xmlIssue } from './xml/index.ts';

type Declared = Map<string, { title: string; type: string | undefined }>;

export const num = (v: string | undefined): number | undefined => {
  const n = v === undefined ? Number.NaN : Number(v);
  return Number.isFinite(n) ? n : undefined;
};

/** The `<meta><dataset>` text as our graph-level record, when it is a JSON object. */
export function ourMeta(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const localCache = new Map<string, string>();
/** The name without its namespace prefix (names repeat, so each is cut once). */
function localName(name: string): string {
  const colon = name.indexOf(':');
  if (colon === -1) return name;
  let local = localCache.get(name);
  if (local === undefined) {
    local = name.slice(colon + 1);
    if (localCache.size < 256) localCache.set(name, local);
  }
  return local;
}

/**
 * An attribute's value by local name, namespace declarations left out (as the tree's `attr`), among
 * the first `count` entries (the tokenizer reuses its array).
 */
function attr(attributes: readonly string[], wanted: string, count = attributes.length): string | undefined {
  for (let i = 0; i < count; i += 2) {
    const n = attributes[i]!;
    if (n === wanted) return attributes[i + 1];
    if (n.indexOf(':') !== -1 && !n.startsWith('xmlns:') && localName(n) === wanted) return attributes[i + 1];
  }
  return undefined;
}

/**
 * What the reader collects of the node or edge that is open, taken as its elements open (the
 * tokenizer reuses its attribute array): its own attributes, its attvalues, and what its first
 * viz:position, viz:color and viz:size say. One is reused for every node and edge: they do not nest.
 */
class Item {
  isNode = false;
  id: string | undefined;
  label: string | undefined;
  source: string | undefined;
  target: string | undefined;
  kind: string | undefined;
  weight: string | undefined;
  type: string | undefined;
  /** `[key, raw value]` of its attvalues: the first `pairCount` entries. */
  readonly pairs: string[] = [];
  pairCount = 0;
  positioned = false;
  x: number | undefined;
  y: number | undefined;
  coloured = false;
  color: string | undefined;
  sized = false;
  size: number | undefined;

  start(isNode: boolean, a: readonly string[], n: number): void {
    this.isNode = isNode;
    this.id = attr(a, 'id', n);
    this.label = attr(a, 'label', n);
    this.source = isNode ? undefined : attr(a, 'source', n);
    this.target = isNode ? undefined : attr(a, 'target', n);
    this.kind = isNode ? undefined : attr(a, 'kind', n);
    this.weight = isNode ? undefined : attr(a, 'weight', n);
    this.type = isNode ? undefined : attr(a, 'type', n);
    this.pairCount = 0;
    this.positioned = this.coloured = this.sized = false;
    this.x = this.y = this.size = undefined;
    this.color = undefined;
  }

  addPair(key: string, raw: string): void {
    this.pairs[this.pairCount] = key;
    this.pairs[this.pairCount + 1] = raw;
    this.pairCount += 2;
  }

  /** Reads a node's viz element, the first of each kind only. */
  viz(name: string, a: readonly string[], n: number): void {
    if (name === 'position' && !this.positioned) {
      this.positioned = true;
      this.x = num(attr(a, 'x', n));
      this.y = num(attr(a, 'y', n));
    } else if (name === 'color' && !this.coloured) {
      this.coloured = true;
      this.color = hexColour(attr(a, 'hex', n), attr(a, 'r', n), attr(a, 'g', n), attr(a, 'b', n));
    } else if (name === 'size' && !this.sized) {
      this.sized = true;
      this.size = num(attr(a, 'value', n));
    }
  }

  /** Its attvalues, typed by the declared model once it is known. */
  values(declared: Declared): Map<string, ForeignValue> {
    const out = new Map<string, ForeignValue>();
    const pairs = this.pairs;
    for (let i = 0; i < this.pairCount; i += 2) {
      const d = declared.get(pairs[i]!);
      out.set(d?.title ?? pairs[i]!, typedValue(pairs[i + 1]!, d?.type));
    }
    return out;
  }

  node(model: Declared): ForeignNode {
    return {
      id: this.id!,
      label: this.label,
      values: this.values(model),
      x: this.x,
      y: this.y,
      color: this.color,
      size: this.size,
    };
  }

  edge(model: Declared, defaultType: string): ForeignEdge {
    const vals = this.values(model);
    if (this.kind !== undefined && !vals.has('type')) vals.set('type', this.kind);
    if (this.label !== undefined && !vals.has('label')) vals.set('label', this.label);
    return {
      id: this.id,
      source: this.source!,
      target: this.target!,
      values: vals,
      weight: num(this.weight),
      undirected: (this.type ?? defaultType) !== 'directed',
    };
  }
}

/**
 * The state of one read: which elements are open (local names) and what was collected. Each node
 * and edge becomes a ForeignNode or ForeignEdge as it closes, typed by the attribute model read so
 * far; a declaration after the first node or edge (`late`) sends the file to the tree reader instead.
 */
class GexfCollector {
  readonly path: string[] = [];
  isGexf = false;
  graphSeen = false;
  /** Whether the first `<graph>` is open. */
  graphOpen = false;
  metaSeen = false;
  metaOpen = false;
  defaultType = 'undirected';
  readonly nodeModel: Declared = new Map();
  readonly edgeModel: Declared = new Map();
  attributesClass: string | undefined;
  readonly nodes: ForeignNode[] = [];
  readonly edges: ForeignEdge[] = [];
  /** The number (from 1) of the first node without an id, of the first edge without both ends. */
  nodeWithoutId = 0;
  edgeWithoutEnds = 0;
  late = false;
  readonly item = new Item();
  /** Whether a node or edge is open (its state in `item`). */
  inItem = false;
  inAttvalues = false;
  /** `<meta>`'s first dataset, title and description: their own text, once each. */
  readonly metaText = new Map<string, string>();
  metaField: string | undefined;

  /** An element opens: its local name, and the first `count` entries of `attributes` are its own. */
  open(name: string, attributes: readonly string[], count: number): void {
    const depth = this.path.length;
    this.path.push(name);
    if (depth === 0) this.isGexf = name === 'gexf';
    if (!this.isGexf) return;
    if (depth === 1) {
      if (name === 'graph' && !this.graphSeen) {
        this.graphSeen = true;
        this.graphOpen = true;
        this.defaultType = attr(attributes, 'defaultedgetype', count) ?? 'undirected';
      } else if (name === 'meta' && !this.metaSeen) {
        this.metaSeen = true;
        this.metaOpen = true;
      }
      return;
    }
    if (this.metaOpen) {
      const field = depth === 2 && (name === 'dataset' || name === 'title' || name === 'description');
      if (field && !this.metaText.has(name)) {
        this.metaText.set(name, '');
        this.metaField = name;
      }
      return;
    }
    if (!this.graphOpen) return;
    if (depth === 2) {
      if (name === 'attributes') this.attributesClass = attr(attributes, 'class', count) ?? 'node';
      return;
    }
    const block = this.path[2];
    if (depth === 3) {
      if (block === 'attributes' && name === 'attribute') this.declare(attributes, count);
      else if ((block === 'nodes' && name === 'node') || (block === 'edges' && name === 'edge')) {
        this.item.start(name === 'node', attributes, count);
        this.inItem = true;
      }
      return;
    }
    if (!this.inItem) return;
    const item = this.item;
    if (depth === 4) {
      if (name === 'attvalues') this.inAttvalues = true;
      else if (item.isNode) item.viz(name, attributes, count);
    } else if (depth === 5 && this.inAttvalues && name === 'attvalue') {
      const key = attr(attributes, 'for', count) ?? attr(attributes, 'id', count);
      const raw = attr(attributes, 'value', count);
      if (key !== undefined && raw !== undefined) item.addPair(key, raw);
    }
  }

  private declare(attributes: readonly string[], count: number): void {
    const cls = this.attributesClass;
    const model = cls === 'node' ? this.nodeModel : cls === 'edge' ? this.edgeModel : undefined;
    const id = attr(attributes, 'id', count);
    if (model === undefined || id === undefined) return;
    if (this.nodes.length + this.edges.length > 0) this.late = true;
    model.set(id, { title: attr(attributes, 'title', count) ?? id, type: attr(attributes, 'type', count) });
  }

  close(): void {
    const depth = this.path.length - 1;
    this.path.pop();
    if (depth === 1) {
      this.graphOpen = false;
      this.metaOpen = false;
    } else if (depth === 2) this.metaField = undefined;
    else if (depth === 3 && this.inItem) {
      this.finishItem(this.item);
      this.inItem = false;
    } else if (depth === 4) this.inAttvalues = false;
  }

  private finishItem(item: Item): void {
    if (item.isNode) {
      if (item.id === undefined) this.nodeWithoutId ||= this.nodes.length + 1;
      else this.nodes.push(item.node(this.nodeModel));
    } else if (item.source === undefined || item.target === undefined)
      this.edgeWithoutEnds ||= this.edges.length + 1;
    else this.edges.push(item.edge(this.edgeModel, this.defaultType));
  }

  text(value: string): void {
    if (this.metaField !== undefined && this.path.length === 3)
      this.metaText.set(this.metaField, this.metaText.get(this.metaField) + value);
  }
}

/**
 * The GEXF file's graph: nodes, edges, our meta record, title and description; undefined when an
 * attribute is declared after the first node or edge (the tree reader then reads the file).
 */
export function readGexfStream(source: string, name: string): ReadResult | undefined {
  if (source.trim() === '') return fail('empty', `${name} is empty`);
  const c = new GexfCollector();
  const t = new XmlTokenizer(source);
  t.skipSpaceText = true;
  // The collector takes what it keeps of each element as it opens (Item copies a node's or edge's own).
  t.reuseAttributes = true;
  try {
    for (let kind = t.next(); kind !== XML_TOKEN.end; kind = t.next()) {
      if (kind === XML_TOKEN.open) c.open(localName(t.name), t.attributes, t.attributeCount);
      else if (kind === XML_TOKEN.close) c.close();
      else if (kind === XML_TOKEN.text || kind === XML_TOKEN.cdata) c.text(t.value);
      // Inside a meta field white space is part of the text.
      t.skipSpaceText = c.metaField === undefined;
    }
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    return { ok: false, issues: [xmlIssue(e, source, name)] };
  }
  if (!c.isGexf || !c.graphSeen)
    return fail('not-gexf', `${name} is XML but not GEXF: no <gexf><graph> element`);
  if (c.late) return undefined;
  // Nodes are read before edges, whatever order the file has them in: a node's problem comes first.
  if (c.nodeWithoutId > 0) return fail('malformed-gexf', `${name}: node #${c.nodeWithoutId} has no id`);
  if (c.edgeWithoutEnds > 0)
    return fail('malformed-gexf', `${name}: edge #${c.edgeWithoutEnds} lacks a source or target`);
  const dataset = c.metaText.get('dataset');
  const graph: ForeignGraph = {
    format: 'GEXF',
    nodes: c.nodes,
    edges: c.edges,
    meta: dataset === undefined ? undefined : ourMeta(dataset),
    title: c.metaText.get('title'),
    description: c.metaText.get('description'),
  };
  return { ok: true, graph, issues: [] };
}
