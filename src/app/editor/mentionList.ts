// The names found in a document, as buttons: a known one selects it in the text, a suggestion
// opens "New stakeholder from selection" on it (one click from a new node).
import type { NodeKind, Source } from '../../schema/index.ts';
import { button, el } from '../dom.ts';
import type { EditorHost } from './host.ts';
import { findMentions } from './mentions.ts';
import { newStakeholderForm } from './selectionForms.ts';

const GUESS_KIND: Record<string, NodeKind> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
};

export function showMentions(
  host: EditorHost,
  mentions: HTMLElement,
  doc: HTMLTextAreaElement,
  source: Source,
): void {
  const found = findMentions(source.text ?? '', host.session.dataset);
  mentions.replaceChildren();
  if (found.length === 0) return;
  const list = el('ul');
  const seen = new Set<string>();
  for (const m of found) {
    const key = `${m.node ?? m.guess}:${m.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const select = (): void => {
      doc.focus();
      doc.setSelectionRange(m.start, m.end);
    };
    list.append(
      el(
        'li',
        { className: m.node ? 'known' : 'suggested' },
        m.node
          ? button(m.text, select, { attrs: { title: 'A stakeholder we have: select it in the text' } })
          : button(`New stakeholder: ${m.text}`, () => {
              select();
              const p = host.passage();
              if (p) host.show(newStakeholderForm(host, p, GUESS_KIND[m.guess ?? ''] ?? 'organisation'));
            }),
      ),
    );
  }
  mentions.append(el('h4', { text: 'Names in this document' }), list);
}
