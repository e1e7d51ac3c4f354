// Type-ahead search over node labels and aliases: a MiniSearch index built once per graph.
import MiniSearch from 'minisearch';
import type { StakeholderGraph } from '../graph/index.ts';
import type { NodeKind } from '../schema/index.ts';

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

/** Folds accents and apostrophes so "Childrens" finds "Children’s" and "Metropolitan" ignores case. */
function fold(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’'`ʼ]/g, '')
    .toLowerCase();
}

function tokenize(text: string): string[] {
  return text.split(/[\s\-–—,.;:()/"“”|&]+/u).filter(Boolean);
}

function foldName(text: string): string {
  return tokenize(fold(text)).join(' ');
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
    processTerm: (term) => fold(term) || null,
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
      // MiniSearch favours long labels that repeat a term; prefer the closest, shortest names.
      const wanted = foldName(text);
      const ranked = results
        .map((r) => {
          const label = String(r.label);
          const words = tokenize(label).length || 1;
          const exact = foldName(label) === wanted ? 1000 : 0;
          return { r, rank: exact + r.score / Math.sqrt(words) };
        })
        .sort((a, b) => b.rank - a.rank)
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
  return list.find((alias) => terms.some((t) => fold(alias).includes(t)));
}
