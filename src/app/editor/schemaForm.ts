// Forms made from the zod schemas, the one source of truth: each key of a record's schema becomes a
// field (text, number, a choice for an enum, a checkbox; lists and objects as JSON), so a key added
// to the schema appears in the form. The record the form gives back is checked by the same schema.
import type { z } from 'zod';
import { el } from '../dom.ts';
import { field } from './forms.ts';

interface Def {
  readonly type: string;
  readonly innerType?: { def: Def };
  readonly entries?: Record<string, string>;
}

type Read = () => { value: unknown } | { error: string } | undefined;

/** One control per key of `schema`, filled from `value`; `read()` gives the record (or errors). */
export function schemaFields(
  schema: z.ZodObject,
  value: Record<string, unknown>,
): { element: HTMLElement; read(): { record: Record<string, unknown>; errors: string[] } } {
  const box = el('div', { className: 'ed-schema-fields' });
  const readers: [string, Read][] = [];
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    let def = (fieldSchema as unknown as { def: Def }).def;
    const optional = def.type === 'optional';
    if (optional && def.innerType) def = def.innerType.def;
    const current = value[key];
    let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    let read: Read;
    if (def.type === 'enum' && def.entries) {
      const s = el('select');
      if (optional) s.append(el('option', { text: '(none)', attrs: { value: '' } }));
      for (const v of Object.values(def.entries)) s.append(el('option', { text: v, attrs: { value: v } }));
      s.value = typeof current === 'string' ? current : '';
      control = s;
      read = () => (s.value === '' ? undefined : { value: s.value });
    } else if (def.type === 'boolean') {
      const c = el('input', { attrs: { type: 'checkbox' } });
      c.checked = current === true;
      control = c;
      read = () => ({ value: c.checked });
    } else if (def.type === 'string' || def.type === 'number') {
      const i = el('input', { attrs: { type: def.type === 'number' ? 'number' : 'text', step: 'any' } });
      i.value = current === undefined ? '' : String(current);
      control = i;
      read = () => {
        const t = i.value.trim();
        if (t === '') return undefined;
        return { value: def.type === 'number' ? Number(t) : t };
      };
    } else {
      // Lists and objects (evidence, figures, claim, attributes, position) as JSON text.
      const a = el('textarea', { attrs: { rows: '3', spellcheck: 'false' } });
      a.value = current === undefined ? '' : JSON.stringify(current, null, 1);
      control = a;
      read = () => {
        const t = a.value.trim();
        if (t === '') return undefined;
        try {
          return { value: JSON.parse(t) as unknown };
        } catch (error) {
          return { error: `${key}: not JSON (${(error as Error).message})` };
        }
      };
    }
    control.dataset.key = key;
    box.append(field(optional ? key : `${key} (required)`, control));
    readers.push([key, read]);
  }
  return {
    element: box,
    read() {
      const record: Record<string, unknown> = {};
      const errors: string[] = [];
      for (const [key, read] of readers) {
        const r = read();
        if (r === undefined) continue;
        if ('error' in r) errors.push(r.error);
        else record[key] = r.value;
      }
      return { record, errors };
    },
  };
}
