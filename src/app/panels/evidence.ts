// Evidence items as a reader needs them: the quote inside its source sentence, the source (title,
// publisher, date, link), stated or inferred, supporting or contradicting; and claims with both sides.
import type { StakeholderGraph } from '../../graph/index.ts';
import type { LocatedEvidence } from '../../query/index.ts';
import type { Claim, Evidence, Source } from '../../schema/index.ts';
import { CLAIM_MARKS } from '../claimMarks.ts';
import { el } from '../dom.ts';

/** The URL as a link target only when it is http(s); anything else (javascript:, data:) is refused. */
function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function externalLink(text: string, href: string): HTMLAnchorElement {
  return el('a', { text, attrs: { href, target: '_blank', rel: 'noopener noreferrer' } });
}

/** "Title — Publisher, 2024-05 (stored document)", the title a link when the source has one. */
export function citation(source: Source | undefined, evidence?: Evidence): HTMLElement {
  const cite = el('cite', { className: 'source' });
  if (!source) {
    cite.textContent = `Unknown source "${evidence?.source ?? '?'}"`;
    return cite;
  }
  const href = safeHref(evidence?.url ?? source.url);
  cite.append(href ? externalLink(source.title, href) : source.title);
  const meta = [source.publisher, source.author, source.date]
    .filter((x): x is string => x !== undefined)
    .join(', ');
  if (meta) cite.append(` — ${meta}`);
  cite.append(source.kind === 'document' ? ' (stored document)' : ' (reference)');
  return cite;
}

/** The sentence around the quote, the quote itself in a <mark> (text nodes only). */
export function quoteInContext(item: LocatedEvidence): HTMLElement | null {
  const { evidence, span, sentence, source } = item;
  const text = source?.text?.normalize('NFC');
  if (span && sentence && text !== undefined) {
    return el(
      'blockquote',
      { className: 'in-context' },
      sentence.start < span.start ? text.slice(sentence.start, span.start) : '',
      el('mark', { text: text.slice(span.start, span.end) }),
      span.end < sentence.end ? text.slice(span.end, sentence.end) : '',
    );
  }
  return evidence.quote ? el('blockquote', { text: `“${evidence.quote}”` }) : null;
}

export function basisBadge(stated: boolean): HTMLElement {
  return el('span', {
    className: `badge ${stated ? 'stated' : 'inferred'}`,
    text: stated ? 'stated' : 'inferred',
    attrs: { title: stated ? 'The source says this in so many words' : 'Drawn from what the source says' },
  });
}

function evidenceItem(item: LocatedEvidence): HTMLElement {
  const { evidence } = item;
  const contradicts = evidence.stance === 'contradicts';
  return el(
    'li',
    { className: contradicts ? 'contradicting' : '' },
    el(
      'span',
      { className: 'badges' },
      basisBadge(evidence.basis === 'stated'),
      contradicts ? el('span', { className: 'badge contradicts', text: '✗ contradicts' }) : null,
    ),
    quoteInContext(item),
    evidence.note ? el('p', { className: 'note', text: evidence.note }) : null,
    citation(item.source, evidence),
  );
}

/** One list item per evidence item; an empty list says so. */
export function evidenceList(
  items: readonly LocatedEvidence[],
  empty = 'No evidence recorded.',
): HTMLElement {
  if (items.length === 0) return el('p', { className: 'muted', text: empty });
  return el('ul', { className: 'evidence' }, ...items.map(evidenceItem));
}

/** Whether an item belongs to the claim box (the claim itself, or what other sources say of it). */
export function onClaim(claim: Claim | undefined, item: LocatedEvidence): boolean {
  return claim !== undefined && (item.fromClaim || item.evidence.source === claim.by);
}

/**
 * A claim with both sides: its status (icon and word), the note, what the claiming source says
 * and what the other sources say. `items` are all the subject's located evidence items.
 */
export function claimBox(
  graph: StakeholderGraph,
  claim: Claim | undefined,
  items: readonly LocatedEvidence[],
): HTMLElement | null {
  if (!claim) return null;
  const mark = CLAIM_MARKS[claim.status];
  const by = graph.getAttribute('sources').find((s) => s.id === claim.by);
  const claimed = items.filter((i) => !i.fromClaim && i.evidence.source === claim.by);
  const others = items.filter((i) => i.fromClaim);
  return el(
    'div',
    { className: `claim ${claim.status}`, attrs: { 'data-status': claim.status } },
    el(
      'p',
      { className: 'claim-head' },
      el('span', { className: `claim-mark ${claim.status}`, text: `${mark.icon} ${mark.text}` }),
      ` claim made by “${by?.title ?? claim.by}”`,
    ),
    el('p', { className: 'claim-note', text: claim.note }),
    el('h4', { text: 'The claim' }),
    evidenceList(claimed, 'No quote from the claiming source.'),
    el('h4', { text: 'What other sources say' }),
    evidenceList(others),
  );
}
