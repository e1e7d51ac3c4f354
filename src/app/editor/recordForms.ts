// Editing a stakeholder or a relation as a whole: every field (a form made from its schema), delete
// (what goes with it listed first) and, for stakeholders, merge into another.
import { deleteEdge, deleteNode, EditError, mergeNodes, updateEdge, updateNode } from '../../edit/index.ts';
import { validateRecord } from '../../graph/index.ts';
import { type EdgeRecord, edgeSchema, type NodeRecord, nodeSchema } from '../../schema/index.ts';
import { button, el } from '../dom.ts';
import { field, formBox, nodePicker, problemList } from './forms.ts';
import type { EditorHost } from './host.ts';
import { schemaFields } from './schemaForm.ts';
import { targets } from './selectionForms.ts';

function dependentsForm(
  host: EditorHost,
  title: string,
  dependents: readonly string[],
  run: () => void,
): HTMLFormElement {
  const list = el('ul');
  for (const d of dependents) list.append(el('li', { text: d }));
  const form = formBox(
    title,
    el('p', {
      text:
        dependents.length === 0 ? 'Nothing else goes with it.' : `These go with it (${dependents.length}):`,
    }),
    dependents.length > 0 ? list : undefined,
  );
  form.append(
    button('Confirm', () => run()),
    button('Cancel', () => host.show(undefined)),
  );
  return form;
}

function recordForm(host: EditorHost, kind: 'node' | 'edge', id: string): HTMLFormElement {
  const d = host.session.dataset;
  const record = (kind === 'node' ? d.nodes : d.edges).find((r) => r.id === id);
  if (record === undefined) throw new EditError(`no ${kind === 'node' ? 'stakeholder' : 'relation'} "${id}"`);
  const fields = schemaFields(kind === 'node' ? nodeSchema : edgeSchema, record as Record<string, unknown>);
  const what = kind === 'node' ? `stakeholder ${(record as NodeRecord).label}` : `relation ${id}`;
  const form = formBox(`Edit ${what}`, fields.element);
  const applyChanges = (): void => {
    form.querySelector('.ed-problems')?.remove();
    const { record: next, errors } = fields.read();
    const list = kind === 'node' ? 'nodes' : 'edges';
    const index = (kind === 'node' ? d.nodes : d.edges).findIndex((r) => r.id === id);
    const problems = [
      ...errors,
      ...validateRecord(list, next, index).map((p) => `${p.path.slice(2).join('.')}: ${p.message}`),
    ];
    try {
      if (problems.length > 0) throw new EditError(problems.join('\n'));
      const ds = host.session.dataset;
      host.session.apply(
        kind === 'node' ? updateNode(ds, id, next as NodeRecord) : updateEdge(ds, id, next as EdgeRecord),
      );
      host.say(`Changed ${what}`);
      host.show(undefined);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      form.append(problemList(error.message.split('\n')));
    }
  };
  const remove = (): void => {
    const ds = host.session.dataset;
    const deletion = kind === 'node' ? deleteNode(ds, id) : deleteEdge(ds, id);
    host.show(
      dependentsForm(host, `Delete ${what}`, deletion.dependents, () => {
        host.session.apply(deletion.op);
        host.say(`Deleted ${what}`);
        host.show(undefined);
      }),
    );
  };
  form.append(button('Apply changes', applyChanges, { className: 'primary' }), button('Delete', remove));
  if (kind === 'node') {
    const into = nodePicker(
      () => host.session.dataset,
      (t) => host.search(t, { limit: 8 }),
    );
    form.append(
      field('Merge into (the stakeholder kept)', into.control),
      into.list,
      button('Merge', () => {
        form.querySelector('.ed-problems')?.remove();
        try {
          const keep = into.value();
          if (keep === undefined) throw new EditError(`no stakeholder "${into.control.value}"`);
          const merge = mergeNodes(host.session.dataset, keep, id);
          host.show(
            dependentsForm(host, `Merge ${what} into ${into.control.value}`, merge.dependents, () => {
              host.session.apply(merge.op);
              host.say(`Merged ${what} into ${into.control.value}`);
              host.show(undefined);
            }),
          );
        } catch (error) {
          if (!(error instanceof EditError)) throw error;
          form.append(problemList([error.message]));
        }
      }),
    );
  }
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    applyChanges();
  });
  return form;
}

/** A box to find any stakeholder or relation by name or sentence, and edit it as a whole. */
export function recordPicker(host: EditorHost): HTMLElement {
  // Any stakeholder or relation, edited as a whole (every field of its schema), deleted or merged.
  const recordList = el('datalist', { attrs: { id: 'ed-record-targets' } });
  const recordInput = el('input', {
    attrs: {
      type: 'text',
      list: recordList.id,
      autocomplete: 'off',
      'aria-label': 'Stakeholder or relation to edit',
    },
  });
  let offered: ReturnType<typeof targets> = [];
  recordInput.addEventListener('input', () => {
    offered = targets(host, recordInput.value);
    recordList.replaceChildren(...offered.map((o) => el('option', { attrs: { value: o.value } })));
  });
  return el(
    'div',
    { className: 'ed-records' },
    el('h3', { text: 'Stakeholders and relations' }),
    recordInput,
    recordList,
    button('Edit record', () => {
      const typed = recordInput.value.trim();
      const node = host.session.dataset.nodes.find((n) => n.label === typed || n.id === typed);
      const target =
        offered.find((o) => o.value === typed)?.target ?? (node && { kind: 'node' as const, id: node.id });
      if (target === undefined) {
        host.say(`No stakeholder or relation "${typed}"`);
        return;
      }
      host.show(recordForm(host, target.kind, target.id));
    }),
  );
}
