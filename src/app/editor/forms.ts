// Small form parts shared by the editor's forms: labelled fields, node pickers, error lists.
import type { Issue } from '../../graph/index.ts';
import { formatIssue } from '../../graph/index.ts';
import type { Dataset } from '../../schema/index.ts';
import { el } from '../dom.ts';

let fieldCount = 0;

/** A label and its control, tied by id. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = control.id || `ed-field-${++fieldCount}`;
  control.id = id;
  return el(
    'div',
    { className: 'ed-field' },
    el('label', { text: label, attrs: { for: id } }),
    control,
    hint === undefined ? undefined : el('span', { className: 'muted small', text: hint }),
  );
}

export function input(value = '', attrs: Record<string, string> = {}): HTMLInputElement {
  const i = el('input', { attrs: { type: 'text', ...attrs } });
  i.value = value;
  return i;
}

export function select(options: readonly (readonly [string, string])[], value?: string): HTMLSelectElement {
  const s = el('select');
  for (const [v, text] of options) s.append(el('option', { text, attrs: { value: v } }));
  if (value !== undefined) s.value = value;
  return s;
}

/** A text box with suggestions of nodes (native datalist: typed, filtered, keyboard-usable). */
export function nodePicker(
  dataset: () => Dataset,
  search: (text: string) => readonly { id: string; label: string }[],
): { control: HTMLInputElement; list: HTMLDataListElement; value(): string | undefined } {
  const list = el('datalist', { attrs: { id: `ed-nodes-${++fieldCount}` } });
  const control = input('', { list: list.id, autocomplete: 'off' });
  const fill = (): void => {
    const hits = search(control.value);
    list.replaceChildren(...hits.map((h) => el('option', { attrs: { value: h.label }, text: h.id })));
  };
  control.addEventListener('input', fill);
  control.addEventListener('focus', fill);
  return {
    control,
    list,
    /** The node meant: by its exact label, else by its id. */
    value() {
      const text = control.value.trim();
      const nodes = dataset().nodes;
      return (nodes.find((n) => n.label === text) ?? nodes.find((n) => n.id === text))?.id;
    },
  };
}

/** The problems of a form, each on its own line (role=alert: read out as they appear). */
export function problemList(issues: readonly (Issue | string)[]): HTMLElement {
  const box = el('ul', { className: 'ed-problems', attrs: { role: 'alert' } });
  for (const i of issues) box.append(el('li', { text: typeof i === 'string' ? i : formatIssue(i) }));
  return box;
}

/** A form with a heading, fields and buttons; `submit` runs on Enter or the first button. */
export function formBox(title: string, ...children: (HTMLElement | undefined)[]): HTMLFormElement {
  const form = el(
    'form',
    { className: 'ed-form', attrs: { 'aria-label': title } },
    el('h3', { text: title }),
  );
  for (const c of children) if (c) form.append(c);
  return form;
}
