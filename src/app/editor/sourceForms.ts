// Adding, editing and deleting sources: a document (pasted text or an opened .txt, .md or .html
// file) or a reference (a web address and a note).
import { addSource, deleteSource, EditError, freshId, updateSource } from '../../edit/index.ts';
import { validateRecord } from '../../graph/index.ts';
import type { Source } from '../../schema/index.ts';
import { button, el } from '../dom.ts';
import { fileText, plainText } from './documentText.ts';
import { field, formBox, input, problemList, select } from './forms.ts';
import type { EditorHost } from './host.ts';

function optional(key: string, value: string): Record<string, string> {
  return value.trim() === '' ? {} : { [key]: value.trim() };
}

/** Checks the record with the schema (the loader's check) and applies the op it makes. */
function submit(
  host: EditorHost,
  form: HTMLFormElement,
  record: Source,
  make: () => void,
  said: string,
): void {
  form.querySelector('.ed-problems')?.remove();
  const problems = validateRecord('sources', record, host.session.dataset.sources.length);
  try {
    if (problems.length > 0)
      throw new EditError(problems.map((p) => `${p.path.at(-1)}: ${p.message}`).join('\n'));
    make();
    host.say(said);
    host.show(undefined);
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    form.append(problemList(error.message.split('\n')));
  }
}

export function sourceForm(
  host: EditorHost,
  existing?: Source,
  onDone?: (id: string) => void,
): HTMLFormElement {
  const kind = select(
    [
      ['document', 'A document (its text is stored; quotes are checked against it)'],
      ['reference', 'A reference (a web address and a note)'],
    ],
    existing?.kind ?? 'document',
  );
  const title = input(existing?.title ?? '');
  const publisher = input(existing?.publisher ?? '');
  const date = input(existing?.date ?? '', { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' });
  const url = input(existing?.url ?? '', { type: 'url', placeholder: 'https://' });
  const note = input(existing?.note ?? '');
  const text = el('textarea', { attrs: { rows: '8', placeholder: 'Paste the text here, or open a file' } });
  text.value = existing?.text ?? '';
  const file = el('input', {
    attrs: { type: 'file', accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/html' },
  });
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const read = await fileText(f);
    text.value = read.text;
    if (title.value.trim() === '') title.value = read.title;
  });
  const documentFields = el('div', {}, field('Text', text), field('Or open a .txt, .md or .html file', file));
  const show = (): void => {
    documentFields.hidden = kind.value !== 'document';
  };
  kind.addEventListener('change', show);
  show();
  const heading = existing === undefined ? 'Add source' : `Edit source ${existing.title}`;
  const form = formBox(
    heading,
    field('Kind', kind),
    field('Title', title),
    field('Publisher', publisher),
    field('Date', date),
    field('Web address', url),
    field('Note', note),
    documentFields,
  );
  const run = (): void => {
    const d = host.session.dataset;
    const id = existing?.id ?? freshId(d, 'sources', title.value.trim() || 'source');
    const record = {
      id,
      kind: kind.value as Source['kind'],
      title: title.value.trim(),
      ...optional('publisher', publisher.value),
      ...optional('author', existing?.author ?? ''),
      ...optional('date', date.value),
      ...optional('url', url.value),
      ...(existing?.file !== undefined ? { file: existing.file } : {}),
      ...(kind.value === 'document' ? { text: plainText(text.value) } : {}),
      ...optional('note', note.value),
    } as Source;
    const make = (): void =>
      host.session.apply(
        existing === undefined ? addSource(d, record) : updateSource(d, existing.id, record),
      );
    submit(
      host,
      form,
      record,
      make,
      existing === undefined ? `Source ${record.title} added` : `Source ${record.title} changed`,
    );
    if (host.session.dataset.sources.some((s) => s === record)) onDone?.(id);
  };
  form.append(
    button(existing === undefined ? 'Add this source' : 'Apply changes', run, { className: 'primary' }),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  return form;
}

/** Deleting a source: what goes with it is listed first; nothing goes until confirmed. */
export function deleteSourceForm(host: EditorHost, source: Source): HTMLFormElement {
  const deletion = deleteSource(host.session.dataset, source.id);
  const list = el('ul');
  for (const d of deletion.dependents) list.append(el('li', { text: d }));
  const form = formBox(
    `Delete source ${source.title}`,
    el('p', {
      text:
        deletion.dependents.length === 0
          ? 'Nothing cites this source.'
          : `These go with it (${deletion.dependents.length}):`,
    }),
    deletion.dependents.length > 0 ? list : undefined,
  );
  form.append(
    button('Delete source', () => {
      host.session.apply(deletion.op);
      host.say(
        `Source ${source.title} deleted${deletion.dependents.length ? ` with ${deletion.dependents.length} dependents` : ''}`,
      );
      host.show(undefined);
    }),
    button('Cancel', () => host.show(undefined)),
  );
  return form;
}
