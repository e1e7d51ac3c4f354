// Evidence items as a reader needs them: the quote, the source (title, publisher, date, link), stated or inferred.
import type { LocatedEvidence } from '../../query/index.ts';
import { el } from '../dom.ts';

function sourceLine(item: LocatedEvidence): HTMLElement {
  const { source, evidence } = item;
  const cite = el('cite', { className: 'source' });
  if (!source) {
    cite.textContent = `Unknown source "${evidence.source}"`;
    return cite;
  }
  const url = evidence.url ?? source.url;
  const title = url
    ? el('a', { text: source.title, attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } })
    : source.title;
  const meta = [source.publisher, source.author, source.date]
    .filter((x): x is string => x !== undefined)
    .join(', ');
  cite.append(title);
  if (meta) cite.append(` — ${meta}`);
  if (source.kind === 'document') cite.append(' (stored document)');
  return cite;
}

/** One list item per evidence item; an empty list says so. */
export function evidenceList(items: readonly LocatedEvidence[]): HTMLElement {
  if (items.length === 0) return el('p', { className: 'muted', text: 'No evidence recorded.' });
  const list = el('ul', { className: 'evidence' });
  for (const item of items) {
    const { evidence } = item;
    const badges = el(
      'span',
      { className: 'badges' },
      el('span', { className: `badge ${evidence.basis}`, text: evidence.basis }),
      evidence.stance === 'contradicts'
        ? el('span', { className: 'badge contradicts', text: 'contradicts' })
        : null,
      item.fromClaim ? el('span', { className: 'badge claim', text: 'on the claim' }) : null,
    );
    list.append(
      el(
        'li',
        {},
        badges,
        evidence.quote ? el('blockquote', { text: `“${evidence.quote}”` }) : null,
        evidence.note ? el('p', { className: 'note', text: evidence.note }) : null,
        sourceLine(item),
      ),
    );
  }
  return list;
}
