// The integrity checks of one record (dates, evidence, claims, the kinds at an edge's ends), shared
// by the whole-dataset check (integrity.ts) and the editor's incremental validation (edit/).
import {
  type Claim,
  type Dated,
  dateStart,
  type EdgeRecord,
  type Evidence,
  type NodeKind,
  type NodeRecord,
  RELATION_KINDS,
  type RelationKindInfo,
  type Source,
} from '../schema/index.ts';
import type { Issue, IssuePath } from './issues.ts';
import { closestPassage, findFolded, hasQuote, normalizeText } from './quotes.ts';
import { didYouMean } from './suggest.ts';

export type ListKey = 'nodes' | 'edges';
/** A path inside a record: built into a full issue path only when there is something to report. */
export type Sub = readonly (string | number)[];
export const NONE: Sub = [];
const EVIDENCE: Sub = ['evidence'];

/** What the checks of one record read and where they report. */
export interface RecordCheckContext {
  /** Schema-valid sources by id. */
  readonly sources: ReadonlyMap<string, Source>;
  /** Every source id as written (schema-valid or not): an unknown one is an error. */
  readonly sourceIds: { has(id: string): boolean };
  /** Each document source's NFC text, by source id. */
  readonly texts: ReadonlyMap<string, string>;
  /** Collects the evidence whose quote was found, when the caller wants them. */
  readonly found: Evidence[] | undefined;
  readonly issues: Issue[];
  /** The full path of a place in record `i` of `key`. */
  at(key: ListKey, i: number, sub: Sub, ...rest: (string | number)[]): IssuePath;
}

export function reportError(
  ctx: RecordCheckContext,
  code: string,
  path: IssuePath,
  message: string,
  hint?: string,
): void {
  ctx.issues.push(
    hint === undefined
      ? { severity: 'error', code, path, message }
      : { severity: 'error', code, path, message, hint },
  );
}

export function reportWarning(ctx: RecordCheckContext, code: string, path: IssuePath, message: string): void {
  ctx.issues.push({ severity: 'warning', code, path, message });
}

function quoteMissing(
  ctx: RecordCheckContext,
  ev: Evidence & { quote: string },
  text: string,
  path: IssuePath,
): void {
  const folded = findFolded(text, normalizeText(ev.quote));
  const close = folded === undefined ? closestPassage(text, normalizeText(ev.quote)) : undefined;
  const hint =
    folded !== undefined
      ? `the source has it with different punctuation (typographic quotes, dashes or spaces): "${folded}"`
      : close === undefined
        ? undefined
        : `closest passage in "${ev.source}": "${close.passage}"`;
  const short = ev.quote.length > 80 ? `${ev.quote.slice(0, 80)}…` : ev.quote;
  reportError(ctx, 'quote-not-found', path, `quote not found in source "${ev.source}": "${short}"`, hint);
}

/** Each item's source exists, and a quote is in a document source's text. */
function checkEvidence(
  ctx: RecordCheckContext,
  list: readonly Evidence[] | undefined,
  key: ListKey,
  i: number,
  sub: Sub,
): void {
  if (list === undefined) return;
  for (let j = 0; j < list.length; j++) {
    const ev = list[j]!;
    const src = ctx.sources.get(ev.source);
    if (src === undefined) {
      if (!ctx.sourceIds.has(ev.source)) {
        const hint = didYouMean(ev.source, ctx.sources.keys());
        reportError(
          ctx,
          'unknown-source',
          ctx.at(key, i, sub, j, 'source'),
          `unknown source "${ev.source}"`,
          hint,
        );
      }
      continue;
    }
    if (ev.quote === undefined) continue;
    if (src.kind !== 'document') {
      const message = `source "${ev.source}" is a reference without stored text, so a quote cannot be checked; use "note" and "url"`;
      reportError(ctx, 'quote-in-reference', ctx.at(key, i, sub, j, 'quote'), message);
      continue;
    }
    const text = ctx.texts.get(ev.source);
    if (text === undefined) continue;
    if (hasQuote(text, ev.quote)) ctx.found?.push(ev);
    else quoteMissing(ctx, ev as Evidence & { quote: string }, text, ctx.at(key, i, sub, j, 'quote'));
  }
}

function checkDates(ctx: RecordCheckContext, item: Dated, key: ListKey, i: number, sub: Sub): void {
  if (item.start !== undefined && item.end !== undefined && dateStart(item.end) < dateStart(item.start)) {
    reportError(
      ctx,
      'bad-date',
      ctx.at(key, i, sub, 'end'),
      `ends (${item.end}) before it starts (${item.start})`,
    );
  }
  if (item.on !== undefined && (item.start !== undefined || item.end !== undefined)) {
    const message = '"on" marks a single date; use either "on" or "start"/"end"';
    reportError(ctx, 'bad-date', ctx.at(key, i, sub, 'on'), message);
  }
}

function checkClaim(
  ctx: RecordCheckContext,
  claim: Claim | undefined,
  own: readonly Evidence[] | undefined,
  key: ListKey,
  i: number,
  sub: Sub,
): void {
  if (claim === undefined) return;
  if (!ctx.sourceIds.has(claim.by)) {
    const hint = didYouMean(claim.by, ctx.sources.keys());
    reportError(
      ctx,
      'unknown-source',
      ctx.at(key, i, sub, 'claim', 'by'),
      `unknown source "${claim.by}"`,
      hint,
    );
  }
  checkEvidence(ctx, claim.evidence, key, i, [...sub, 'claim', 'evidence']);
  if (claim.status === 'disputed') {
    const all = new Set([
      claim.by,
      ...(own ?? []).map((e) => e.source),
      ...claim.evidence.map((e) => e.source),
    ]);
    if (all.size < 2)
      reportError(
        ctx,
        'thin-dispute',
        ctx.at(key, i, sub, 'claim'),
        'a disputed claim needs at least two sources',
      );
  }
}

/** A node's own checks: dates, evidence, claim, and each figure's. */
export function checkNodeRecord(ctx: RecordCheckContext, n: NodeRecord, i: number): void {
  checkDates(ctx, n, 'nodes', i, NONE);
  checkEvidence(ctx, n.evidence, 'nodes', i, EVIDENCE);
  checkClaim(ctx, n.claim, n.evidence, 'nodes', i, NONE);
  if (n.figures !== undefined) {
    for (let j = 0; j < n.figures.length; j++) {
      const f = n.figures[j]!;
      const sub = ['figures', j];
      checkDates(ctx, f, 'nodes', i, sub);
      checkEvidence(ctx, f.evidence, 'nodes', i, [...sub, 'evidence']);
      checkClaim(ctx, f.claim, f.evidence, 'nodes', i, sub);
    }
  }
}

/**
 * An edge's own checks: the kinds at its ends (undefined when the end is not a node), dates,
 * evidence and claim.
 */
export function checkEdgeRecord(
  ctx: RecordCheckContext,
  e: EdgeRecord,
  i: number,
  sourceKind: NodeKind | undefined,
  targetKind: NodeKind | undefined,
): void {
  const rel: RelationKindInfo = RELATION_KINDS[e.type];
  const sk = rel.sourceKinds === undefined ? undefined : sourceKind;
  if (sk !== undefined && !rel.sourceKinds!.includes(sk)) {
    const message = `"${e.type}" usually starts at a ${rel.sourceKinds!.join('/')}, not a ${sk}`;
    reportWarning(ctx, 'unexpected-kind', ctx.at('edges', i, NONE, 'source'), message);
  }
  const tk = rel.targetKinds === undefined ? undefined : targetKind;
  if (tk !== undefined && !rel.targetKinds!.includes(tk)) {
    const message = `"${e.type}" usually ends at a ${rel.targetKinds!.join('/')}, not a ${tk}`;
    reportWarning(ctx, 'unexpected-kind', ctx.at('edges', i, NONE, 'target'), message);
  }
  checkDates(ctx, e, 'edges', i, NONE);
  checkEvidence(ctx, e.evidence, 'edges', i, EVIDENCE);
  checkClaim(ctx, e.claim, e.evidence, 'edges', i, NONE);
}

/** A source's own check: a document carries its text. */
export function checkSourceRecord(ctx: RecordCheckContext, s: Source, path: IssuePath): void {
  if (s.kind === 'document' && s.text === undefined) {
    const why = s.file === undefined ? 'has neither "text" nor "file"' : `file "${s.file}" was not loaded`;
    reportError(ctx, 'missing-text', path, `document source "${s.id}" ${why}`);
  }
}
