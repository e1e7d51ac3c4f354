// The checks run on each record (evidence, quotes, dates, claims), with the state they share:
// the issues found, the sources by id and their texts, and the evidence whose quote was found.
import {
  type Claim,
  type Dataset,
  type Dated,
  dateStart,
  type Evidence,
  type Source,
} from '../schema/index.ts';
import type { Issue, IssuePath } from './issues.ts';
import { closestPassage, findFolded, hasQuote, normalizeText } from './quotes.ts';
import { didYouMean } from './suggest.ts';
import type { RecordPositions } from './validate.ts';

/**
 * Where a check is: a record (list and index) and a sub-path. The full issue path is built only
 * when there is something to report, since these checks run for every record of large datasets.
 */
export type ListKey = 'nodes' | 'edges';
export type Sub = readonly (string | number)[];
export const NONE: Sub = [];
export const EVIDENCE: Sub = ['evidence'];

export type RecordChecks = ReturnType<typeof createRecordChecks>;

/** Checks the sources (unique ids, document texts) and returns the per-record checks over them. */
export function createRecordChecks(
  dataset: Dataset,
  positions: RecordPositions | undefined,
  rawSourceIds: ReadonlySet<string> | undefined,
) {
  const issues: Issue[] = [];
  /** Evidence whose quote was found (its span is worked out when asked for: QuoteSpans). */
  const found: Evidence[] = [];
  const texts = new Map<string, string>();
  const pos = (key: 'sources' | 'nodes' | 'edges', i: number): number => positions?.[key]?.[i] ?? i;
  const at = (key: ListKey, i: number, sub: Sub, ...rest: (string | number)[]): IssuePath => [
    key,
    pos(key, i),
    ...sub,
    ...rest,
  ];
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
  const sourceIds = rawSourceIds ?? new Set(sources.keys());

  const quoteMissing = (ev: Evidence & { quote: string }, text: string, path: IssuePath): void => {
    const folded = findFolded(text, normalizeText(ev.quote));
    const close = folded === undefined ? closestPassage(text, normalizeText(ev.quote)) : undefined;
    const hint =
      folded !== undefined
        ? `the source has it with different punctuation (typographic quotes, dashes or spaces): "${folded}"`
        : close === undefined
          ? undefined
          : `closest passage in "${ev.source}": "${close.passage}"`;
    const short = ev.quote.length > 80 ? `${ev.quote.slice(0, 80)}…` : ev.quote;
    error('quote-not-found', path, `quote not found in source "${ev.source}": "${short}"`, hint);
  };

  const checkEvidence = (list: readonly Evidence[] | undefined, key: ListKey, i: number, sub: Sub): void => {
    if (list === undefined) return;
    for (let j = 0; j < list.length; j++) {
      const ev = list[j]!;
      const src = sources.get(ev.source);
      if (src === undefined) {
        if (!sourceIds.has(ev.source)) {
          const hint = didYouMean(ev.source, sources.keys());
          error('unknown-source', at(key, i, sub, j, 'source'), `unknown source "${ev.source}"`, hint);
        }
        continue;
      }
      if (ev.quote === undefined) continue;
      if (src.kind !== 'document') {
        const message = `source "${ev.source}" is a reference without stored text, so a quote cannot be checked; use "note" and "url"`;
        error('quote-in-reference', at(key, i, sub, j, 'quote'), message);
        continue;
      }
      const text = texts.get(ev.source);
      if (text === undefined) continue;
      if (hasQuote(text, ev.quote)) found.push(ev);
      else quoteMissing(ev as Evidence & { quote: string }, text, at(key, i, sub, j, 'quote'));
    }
  };

  const checkDates = (item: Dated, key: ListKey, i: number, sub: Sub): void => {
    if (item.start !== undefined && item.end !== undefined && dateStart(item.end) < dateStart(item.start)) {
      error('bad-date', at(key, i, sub, 'end'), `ends (${item.end}) before it starts (${item.start})`);
    }
    if (item.on !== undefined && (item.start !== undefined || item.end !== undefined)) {
      error('bad-date', at(key, i, sub, 'on'), '"on" marks a single date; use either "on" or "start"/"end"');
    }
  };

  const checkClaim = (
    claim: Claim | undefined,
    own: readonly Evidence[] | undefined,
    key: ListKey,
    i: number,
    sub: Sub,
  ): void => {
    if (claim === undefined) return;
    if (!sourceIds.has(claim.by)) {
      const hint = didYouMean(claim.by, sources.keys());
      error('unknown-source', at(key, i, sub, 'claim', 'by'), `unknown source "${claim.by}"`, hint);
    }
    checkEvidence(claim.evidence, key, i, [...sub, 'claim', 'evidence']);
    if (claim.status === 'disputed') {
      const all = new Set([
        claim.by,
        ...(own ?? []).map((e) => e.source),
        ...claim.evidence.map((e) => e.source),
      ]);
      if (all.size < 2)
        error('thin-dispute', at(key, i, sub, 'claim'), 'a disputed claim needs at least two sources');
    }
  };

  return { issues, found, texts, sources, pos, at, error, warn, checkEvidence, checkDates, checkClaim };
}
