// Integrity checks on schema-valid records: unique ids, edge ends, sources, quotes, dates.
import {
  type Claim,
  type Dataset,
  dateStart,
  type Evidence,
  type NodeKind,
  RELATION_KINDS,
  type Source,
} from '../schema/index.ts';
import type { Issue, IssuePath } from './issues.ts';
import { closestPassage, findFolded, findQuote, normalizeText, type QuoteMatch } from './quotes.ts';
import { didYouMean } from './suggest.ts';

export interface IntegrityInput {
  readonly dataset: Dataset;
  /** Ids of all records as written, including ones the schema rejected (avoids knock-on errors). */
  readonly rawNodeIds?: ReadonlySet<string>;
  readonly rawSourceIds?: ReadonlySet<string>;
  readonly positions?: { readonly sources: number[]; readonly nodes: number[]; readonly edges: number[] };
}

export interface IntegrityResult {
  readonly issues: Issue[];
  /** Where each quote was found in its source's NFC text (keyed by the evidence object). */
  readonly quoteSpans: Map<Evidence, QuoteMatch>;
  /** Each document source's NFC text, by source id. */
  readonly texts: Map<string, string>;
}

interface Dated {
  start?: string | undefined;
  end?: string | undefined;
  on?: string | undefined;
}

export function checkIntegrity(input: IntegrityInput): IntegrityResult {
  const { dataset } = input;
  const issues: Issue[] = [];
  const quoteSpans = new Map<Evidence, QuoteMatch>();
  const texts = new Map<string, string>();
  const pos = (key: 'sources' | 'nodes' | 'edges', i: number): number => input.positions?.[key][i] ?? i;
  const error = (code: string, path: IssuePath, message: string, hint?: string): void => {
    issues.push(
      hint === undefined
        ? { severity: 'error', code, path, message }
        : { severity: 'error', code, path, message, hint },
    );
  };
  const warn = (code: string, path: IssuePath, message: string): void => {
    issues.push({ severity: 'warning', code, path, message });
  };

  // Sources: unique ids; documents carry their text.
  const sources = new Map<string, Source>();
  dataset.sources.forEach((s, i) => {
    const path = ['sources', pos('sources', i)];
    if (sources.has(s.id)) error('duplicate-id', [...path, 'id'], `duplicate source id "${s.id}"`);
    sources.set(s.id, s);
    if (s.kind === 'document') {
      if (s.text === undefined) {
        const why =
          s.file === undefined ? 'has neither "text" nor "file"' : `file "${s.file}" was not loaded`;
        error('missing-text', path, `document source "${s.id}" ${why}`);
      } else texts.set(s.id, normalizeText(s.text));
    }
  });
  const sourceIds = input.rawSourceIds ?? new Set(sources.keys());

  const checkEvidence = (list: readonly Evidence[] | undefined, path: IssuePath): void => {
    list?.forEach((ev, j) => {
      const at = [...path, j];
      const src = sources.get(ev.source);
      if (src === undefined) {
        if (!sourceIds.has(ev.source)) {
          error(
            'unknown-source',
            [...at, 'source'],
            `unknown source "${ev.source}"`,
            didYouMean(ev.source, sources.keys()),
          );
        }
        return;
      }
      if (ev.quote === undefined) return;
      const text = texts.get(ev.source);
      if (src.kind !== 'document') {
        error(
          'quote-in-reference',
          [...at, 'quote'],
          `source "${ev.source}" is a reference without stored text, so a quote cannot be checked; use "note" and "url"`,
        );
        return;
      }
      if (text === undefined) return;
      const match = findQuote(text, ev.quote);
      if (match) {
        quoteSpans.set(ev, match);
        return;
      }
      const folded = findFolded(text, normalizeText(ev.quote));
      const close = folded === undefined ? closestPassage(text, normalizeText(ev.quote)) : undefined;
      const hint =
        folded !== undefined
          ? `the source has it with different punctuation (typographic quotes, dashes or spaces): "${folded}"`
          : close === undefined
            ? undefined
            : `closest passage in "${ev.source}": "${close.passage}"`;
      const short = ev.quote.length > 80 ? `${ev.quote.slice(0, 80)}…` : ev.quote;
      error(
        'quote-not-found',
        [...at, 'quote'],
        `quote not found in source "${ev.source}": "${short}"`,
        hint,
      );
    });
  };

  const checkDates = (item: Dated, path: IssuePath): void => {
    if (item.start !== undefined && item.end !== undefined && dateStart(item.end) < dateStart(item.start)) {
      error('bad-date', [...path, 'end'], `ends (${item.end}) before it starts (${item.start})`);
    }
    if (item.on !== undefined && (item.start !== undefined || item.end !== undefined)) {
      error('bad-date', [...path, 'on'], '"on" marks a single date; use either "on" or "start"/"end"');
    }
  };

  const checkClaim = (
    claim: Claim | undefined,
    own: readonly Evidence[] | undefined,
    path: IssuePath,
  ): void => {
    if (claim === undefined) return;
    if (!sourceIds.has(claim.by)) {
      error(
        'unknown-source',
        [...path, 'claim', 'by'],
        `unknown source "${claim.by}"`,
        didYouMean(claim.by, sources.keys()),
      );
    }
    checkEvidence(claim.evidence, [...path, 'claim', 'evidence']);
    if (claim.status === 'disputed') {
      const all = new Set([
        claim.by,
        ...(own ?? []).map((e) => e.source),
        ...claim.evidence.map((e) => e.source),
      ]);
      if (all.size < 2)
        error('thin-dispute', [...path, 'claim'], 'a disputed claim needs at least two sources');
    }
  };

  // Nodes: unique ids, evidence, figures, dates.
  const nodes = new Map<string, NodeKind>();
  const degree = new Map<string, number>();
  dataset.nodes.forEach((n, i) => {
    const path = ['nodes', pos('nodes', i)];
    if (nodes.has(n.id)) error('duplicate-id', [...path, 'id'], `duplicate node id "${n.id}"`);
    nodes.set(n.id, n.type);
    degree.set(n.id, 0);
    checkDates(n, path);
    checkEvidence(n.evidence, [...path, 'evidence']);
    checkClaim(n.claim, n.evidence, path);
    n.figures?.forEach((f, j) => {
      const fp = [...path, 'figures', j];
      checkDates(f, fp);
      checkEvidence(f.evidence, [...fp, 'evidence']);
      checkClaim(f.claim, f.evidence, fp);
    });
  });
  const nodeIds = input.rawNodeIds ?? new Set(nodes.keys());

  // Edges: unique ids, ends exist, expected kinds, evidence, dates.
  const edgeIds = new Set<string>();
  dataset.edges.forEach((e, i) => {
    const path = ['edges', pos('edges', i)];
    if (edgeIds.has(e.id)) error('duplicate-id', [...path, 'id'], `duplicate edge id "${e.id}"`);
    edgeIds.add(e.id);
    for (const end of ['source', 'target'] as const) {
      const id = e[end];
      if (nodes.has(id)) degree.set(id, (degree.get(id) ?? 0) + 1);
      else if (!nodeIds.has(id)) {
        error(
          'dangling-edge',
          [...path, end],
          `edge "${e.id}" has ${end} "${id}", which is not a node`,
          didYouMean(id, nodes.keys()),
        );
      }
    }
    const rel = RELATION_KINDS[e.type];
    const sk = nodes.get(e.source);
    const tk = nodes.get(e.target);
    if ('sourceKinds' in rel && sk !== undefined && !(rel.sourceKinds as readonly string[]).includes(sk)) {
      warn(
        'unexpected-kind',
        [...path, 'source'],
        `"${e.type}" usually starts at a ${rel.sourceKinds.join('/')}, not a ${sk}`,
      );
    }
    if ('targetKinds' in rel && tk !== undefined && !(rel.targetKinds as readonly string[]).includes(tk)) {
      warn(
        'unexpected-kind',
        [...path, 'target'],
        `"${e.type}" usually ends at a ${rel.targetKinds.join('/')}, not a ${tk}`,
      );
    }
    checkDates(e, path);
    checkEvidence(e.evidence, [...path, 'evidence']);
    checkClaim(e.claim, e.evidence, path);
  });

  dataset.nodes.forEach((n, i) => {
    if (degree.get(n.id) === 0) warn('orphan', ['nodes', pos('nodes', i)], `node "${n.id}" has no relations`);
  });

  return { issues, quoteSpans, texts };
}
