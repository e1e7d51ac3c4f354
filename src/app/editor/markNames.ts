// The names in the document shown, marked in its text: known names at once, likely new ones when
// the worker has found them (suggestedNames.ts). A known name's mark selects its node; a
// suggestion's opens "New stakeholder from selection" on it (one click, or Enter, from a new node).
import type { NodeKind, Source } from '../../schema/index.ts';
import type { DocumentView } from './documentView.ts';
import type { EditorHost } from './host.ts';
import { knownMentions, type Mention, markedMentions } from './mentions.ts';
import { newStakeholderForm } from './selectionForms.ts';
import { suggestedNames } from './suggestedNames.ts';

const GUESS_KIND: Record<NonNullable<Mention['guess']>, NodeKind> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
};

/** Shows the source's text with its names marked; `current` says whether it is still the one shown. */
export function markNames(
  view: DocumentView,
  host: EditorHost,
  source: Source,
  current: () => boolean,
): void {
  const text = source.text ?? '';
  const known = knownMentions(text, host.session.dataset);
  view.show(text, markedMentions(text.length, known, []));
  void suggestedNames(text).then((suggested) => {
    if (!current() || suggested.length === 0) return;
    // Known names again: an edit meanwhile may have made one of the suggestions a stakeholder.
    view.show(text, markedMentions(text.length, knownMentions(text, host.session.dataset), suggested));
  });
}

/** What a chosen mark does. */
export function chooseMark(
  host: EditorHost,
  view: DocumentView,
  mark: Mention,
  select: (id: string) => void,
): void {
  view.select(mark.start, mark.end);
  if (mark.node !== undefined) {
    select(mark.node);
    host.say(`${mark.text}: selected on the graph.`);
    return;
  }
  const p = host.passage();
  if (p) host.show(newStakeholderForm(host, p, mark.guess ? GUESS_KIND[mark.guess] : 'organisation'));
}

/** The line under the document that says what the name at the caret is and what Enter does. */
export function caretHint(mark: Mention | undefined): string {
  if (mark === undefined)
    return 'Names are marked: solid, a stakeholder we have; dashed, a likely new one. Alt+Down and Alt+Up go from name to name; Enter acts on the one at the caret.';
  return mark.node !== undefined
    ? `“${mark.text}”, a stakeholder we have: Enter selects it.`
    : `“${mark.text}”, a likely new name (${mark.guess}): Enter starts a new stakeholder from it.`;
}
