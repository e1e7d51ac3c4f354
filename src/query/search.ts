// Type-ahead search over node labels and aliases: a MiniSearch index built once per graph.
import MiniSearch from 'minisearch';
import type { StakeholderGraph } from '../graph/index.ts';
import { foldTerm, type NodeKind } from '../schema/index.ts';

export interface SearchHit {
  readonly id: string;
  readonly label: string;
  readonly kind: NodeKind;
  /** The alias that matched, when the label itself did not. */
  readonly alias?: string;
  readonly score: number;
}

export interface SearchOptions {
  /** Most hits returned. */
  readonly limit: number;
  /** Edit distance allowed, as a fraction of each term's length (MiniSearch `fuzzy`). */
  readonly fuzzy: number;
}

export const DEFAULT_SEARCH_OPTIONS: SearchOptions = { limit: 10, fuzzy: 0.2 };

interface SearchDocument {
  id: string;
  label: string;
  aliases: string;
  kind: NodeKind;
}

export interface SearchIndex {
  search(query: string, options?: Partial<SearchOptions>): SearchHit[];
}

function tokenize(text: string): string[] {
  return text.split(/[\s\-–—,.;:()/"“”|&]+/u).filter(Boolean);
}

/** The folded words of a text (schema/fold.ts): what a typed query and a name are compared on. */
function words(text: string): string[] {
  return tokenize(foldTerm(text));
}

/**
 * How well a name matches the typed words: 3 it is the name, 2 the name starts with them (the last
 * word may be cut short), 1 each typed word starts a word of the name, 0 only fuzzily.
 */
function matchTier(name: string, typed: readonly string[]): number {
  const have = words(name);
  if (typed.length === 0) return 0;
  const last = typed.length - 1;
  if (have.length === typed.length && typed.every((w, i) => have[i] === w)) return 3;
  if (typed.every((w, i) => (i < last ? have[i] === w : have[i]?.startsWith(w)))) return 2;
  return typed.every((w) => have.some((h) => h.startsWith(w))) ? 1 : 0;
}

interface Prepared {
  readonly mini: MiniSearch<SearchDocument>;
  readonly docs: SearchDocument[];
  readonly aliases: Map<string, readonly string[]>;
}

function prepare(graph: StakeholderGraph): Prepared {
  const mini = new MiniSearch<SearchDocument>({
    fields: ['label', 'aliases'],
    storeFields: ['label', 'kind', 'aliases'],
    processTerm: (term) => foldTerm(term) || null,
    tokenize,
  });
  const aliases = new Map<string, readonly string[]>();
  const docs: SearchDocument[] = [];
  graph.forEachNode((id, a) => {
    const list = a.record.aliases ?? [];
    aliases.set(id, list);
    docs.push({ id, label: a.label, aliases: list.join(' | '), kind: a.kind });
  });
  return { mini, docs, aliases };
}

/** Builds the index; call once per loaded graph (it does not follow later changes to the graph). */
export function buildSearchIndex(graph: StakeholderGraph): SearchIndex {
  const prepared = prepare(graph);
  prepared.mini.addAll(prepared.docs);
  return searchOver(graph, prepared);
}

/**
 * The same index in steps: the generator yields after each `chunkSize` documents (the count so
 * far), for a page to run it a short task at a time (app/tasks.ts runSteps). MiniSearch's own
 * addAllAsync waits a timer between chunks (clamped to 4 ms, plus a frame), which made indexing a
 * big graph drag on for seconds after it was drawn.
 */
export function* searchIndexSteps(
  graph: StakeholderGraph,
  options: { readonly chunkSize?: number } = {},
): Generator<number, SearchIndex> {
  const prepared = prepare(graph);
  const chunk = options.chunkSize ?? 500;
  const { docs } = prepared;
  for (let i = 0; i < docs.length; i += chunk) {
    yield i;
    prepared.mini.addAll(docs.slice(i, i + chunk));
  }
  return searchOver(graph, prepared);
}

function searchOver(graph: StakeholderGraph, { mini, aliases }: Prepared): SearchIndex {
  return {
    search(query, options = {}) {
      const { limit, fuzzy } = { ...DEFAULT_SEARCH_OPTIONS, ...options };
      const text = query.trim();
      if (text === '') return [];
      const results = mini.search(text, {
        prefix: true,
        fuzzy,
        combineWith: 'AND',
        boost: { label: 2 },
      });
      // What was typed, matched as words, ranks first: the whole name, then names it starts, then
      // names with words it starts, then fuzzy matches; within a tier, the most connected nodes
      // first. (MiniSearch's own score favours long labels that repeat a term.)
      const typed = words(text);
      const ranked = results
        .map((r) => {
          const label = String(r.label);
          const labelTier = matchTier(label, typed);
          const aliasTier = Math.max(0, ...(aliases.get(String(r.id)) ?? []).map((a) => matchTier(a, typed)));
          const tier = Math.max(labelTier, aliasTier);
          const fuzzy = r.score / Math.sqrt(tokenize(label).length || 1);
          return { r, tier, labelTier, degree: tier > 0 ? graph.degree(String(r.id)) : 0, fuzzy };
        })
        .sort(
          (a, b) => b.tier - a.tier || b.degree - a.degree || b.labelTier - a.labelTier || b.fuzzy - a.fuzzy,
        )
        .map((x) => x.r);
      return ranked.slice(0, limit).map((r) => {
        const id = String(r.id);
        const attributes = graph.getNodeAttributes(id);
        const labelMatched = Object.values(r.match).some((fields) => fields.includes('label'));
        const alias = labelMatched ? undefined : matchingAlias(aliases.get(id) ?? [], r.terms);
        return alias === undefined
          ? { id, label: attributes.label, kind: attributes.kind, score: r.score }
          : { id, label: attributes.label, kind: attributes.kind, alias, score: r.score };
      });
    },
  };
}

function matchingAlias(list: readonly string[], terms: readonly string[]): string | undefined {
  return list.find((alias) => terms.some((t) => foldTerm(alias).includes(t)));
}
