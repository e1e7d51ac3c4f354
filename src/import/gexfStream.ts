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

/** `[key, raw value]` pairs of a node's or edge's attvalues, typed by the declared model once it is known. */
function typedValues(pairs: readonly string[], declared: Declared): Map<string, ForeignValue> {
  const out = new Map<string, ForeignValue>();
  for (let i = 0; i < pairs.length; i += 2) {
    const d = declared.get(pairs[i]!);
    out.set(d?.title ?? pairs[i]!, typedValue(pairs[i + 1]!, d?.type));
  }
  return out;
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

/** An attribute's value by local name, namespace declarations left out (as the tree's `attr`). */
function attr(attributes: readonly string[], wanted: string): string | undefined {
  for (let i = 0; i < attributes.length; i += 2) {
    const n = attributes[i]!;
    if (n === wanted) return attributes[i + 1];
    if (n.indexOf(':') !== -1 && !n.startsWith('xmlns:') && localName(n) === wanted) return attributes[i + 1];
  }
  return undefined;
}

/** What the reader collects of a node or edge until it closes. */
interface Item {
  readonly attributes: readonly string[];
  readonly pairs: string[];
  position?: readonly string[];
  colour?: readonly string[];
  size?: readonly string[];
}

function foreignNode(n: Item, model: Declared): ForeignNode {
  const { attributes: a, position, colour, size } = n;
  return {
    id: attr(a, 'id')!,
    label: attr(a, 'label'),
    values: typedValues(n.pairs, model),
    x: position ? num(attr(position, 'x')) : undefined,
    y: position ? num(attr(position, 'y')) : undefined,
    color: colour
      ? hexColour(attr(colour, 'hex'), attr(colour, 'r'), attr(colour, 'g'), attr(colour, 'b'))
      : undefined,
    size: size ? num(attr(size, 'value')) : undefined,
  };
}

function foreignEdge(e: Item, model: Declared, defaultType: string): ForeignEdge {
  const a = e.attributes;
  const vals = typedValues(e.pairs, model);
  const kind = attr(a, 'kind');
  const label = attr(a, 'label');
  if (kind !== undefined && !vals.has('type')) vals.set('type', kind);
  if (label !== undefined && !vals.has('label')) vals.set('label', label);
  return {
    id: attr(a, 'id'),
    source: attr(a, 'source')!,
    target: attr(a, 'target')!,
    values: vals,
    weight: num(attr(a, 'weight')),
    undirected: (attr(a, 'type') ?? defaultType) !== 'directed',
  };
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
  item: Item | undefined;
  itemIsNode = false;
  inAttvalues = false;
  /** `<meta>`'s first dataset, title and description: their own text, once each. */
  readonly metaText = new Map<string, string>();
  metaField: string | undefined;

  open(name: string, attributes: readonly string[]): void {
    const depth = this.path.length;
    this.path.push(name);
    if (depth === 0) this.isGexf = name === 'gexf';
    if (!this.isGexf) return;
    if (depth === 1) {
      if (name === 'graph' && !this.graphSeen) {
        this.graphSeen = true;
        this.graphOpen = true;
        this.defaultType = attr(attributes, 'defaultedgetype') ?? 'undirected';
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
      if (name === 'attributes') this.attributesClass = attr(attributes, 'class') ?? 'node';
      return;
    }
    const block = this.path[2];
    if (depth === 3) {
      if (block === 'attributes' && name === 'attribute') this.declare(attributes);
      else if ((block === 'nodes' && name === 'node') || (block === 'edges' && name === 'edge')) {
        this.item = { attributes, pairs: [] };
        this.itemIsNode = name === 'node';
      }
      return;
    }
    const item = this.item;
    if (item === undefined) return;
    if (depth === 4) {
      if (name === 'attvalues') this.inAttvalues = true;
      else if (this.itemIsNode) {
        if (name === 'position') item.position ??= attributes;
        else if (name === 'color') item.colour ??= attributes;
        else if (name === 'size') item.size ??= attributes;
      }
    } else if (depth === 5 && this.inAttvalues && name === 'attvalue') {
      const key = attr(attributes, 'for') ?? attr(attributes, 'id');
      const raw = attr(attributes, 'value');
      if (key !== undefined && raw !== undefined) item.pairs.push(key, raw);
    }
  }

  private declare(attributes: readonly string[]): void {
    const cls = this.attributesClass;
    const model = cls === 'node' ? this.nodeModel : cls === 'edge' ? this.edgeModel : undefined;
    const id = attr(attributes, 'id');
    if (model === undefined || id === undefined) return;
    if (this.nodes.length + this.edges.length > 0) this.late = true;
    model.set(id, { title: attr(attributes, 'title') ?? id, type: attr(attributes, 'type') });
  }

  close(): void {
    const depth = this.path.length - 1;
    this.path.pop();
    if (depth === 1) {
      this.graphOpen = false;
      this.metaOpen = false;
    } else if (depth === 2) this.metaField = undefined;
    else if (depth === 3 && this.item !== undefined) {
      this.finishItem(this.item);
      this.item = undefined;
    } else if (depth === 4) this.inAttvalues = false;
  }

  private finishItem(item: Item): void {
    const a = item.attributes;
    if (this.itemIsNode) {
      if (attr(a, 'id') === undefined) this.nodeWithoutId ||= this.nodes.length + 1;
      else this.nodes.push(foreignNode(item, this.nodeModel));
    } else if (attr(a, 'source') === undefined || attr(a, 'target') === undefined)
      this.edgeWithoutEnds ||= this.edges.length + 1;
    else this.edges.push(foreignEdge(item, this.edgeModel, this.defaultType));
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
  try {
    for (let kind = t.next(); kind !== XML_TOKEN.end; kind = t.next()) {
      if (kind === XML_TOKEN.open) c.open(localName(t.name), t.attributes);
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
