// The actions on a selected passage: a new stakeholder, evidence for one we have, a new relation;
// each stores the passage as a quote the loader finds where it was selected (quoteForSelection).
import {
  addEdge,
  addEvidence,
  addNode,
  batch,
  EditError,
  freshId,
  type Op,
  quoteForSelection,
  type Target,
} from '../../edit/index.ts';
import { validateRecord } from '../../graph/index.ts';
import { sentenceOf } from '../../query/index.ts';
import {
  type Dataset,
  type Evidence,
  NODE_KIND_IDS,
  NODE_KINDS,
  type NodeKind,
  RELATION_KIND_IDS,
  RELATION_KINDS,
  type RelationKind,
} from '../../schema/index.ts';
import { button, el } from '../dom.ts';
import { field, formBox, input, nodePicker, problemList, select } from './forms.ts';
import type { EditorHost, Passage } from './host.ts';
import { positionFor } from './placement.ts';

const BASIS_OPTIONS = [
  ['stated', 'Stated by the source'],
  ['inferred', 'Inferred from the source'],
] as const;

/** The evidence item for a passage: its quote widened when needed so the loader finds it there. */
function passageEvidence(host: EditorHost, passage: Passage, basis: 'stated' | 'inferred'): Evidence {
  const text = host.session.dataset.sources.find((s) => s.id === passage.source)?.text ?? '';
  const q = quoteForSelection(text, passage.start, passage.end);
  if (q.widened)
    host.say(`The quote takes in words around the selection so that it is found there: "${q.quote}"`);
  return { source: passage.source, quote: q.quote, basis };
}

function apply(host: EditorHost, form: HTMLFormElement, run: () => string): void {
  form.querySelector('.ed-problems')?.remove();
  try {
    host.say(run());
    host.show(undefined);
  } catch (error) {
    if (!(error instanceof EditError)) throw error;
    form.append(problemList([error.message]));
  }
}

export function newStakeholderForm(host: EditorHost, passage: Passage, kind?: NodeKind): HTMLFormElement {
  const label = input(passage.text.trim().replace(/\s+/g, ' '));
  const type = select(
    NODE_KIND_IDS.map((k) => [k, NODE_KINDS[k].label]),
    kind ?? 'organisation',
  );
  const aliases = input('', { placeholder: 'comma-separated' });
  const basis = select(BASIS_OPTIONS);
  const similar = el('div', { className: 'ed-similar', attrs: { 'aria-live': 'polite' } });
  const form = formBox(
    'New stakeholder from selection',
    el('p', { className: 'ed-quote', text: `“${passage.text}”` }),
    field('Label', label),
    field('Type', type),
    field('Aliases', aliases),
    field('Evidence', basis),
    similar,
  );
  const showSimilar = (): void => {
    // The search box's search, any word matching: "Essex Police HQ" finds "Essex Police headquarters".
    const hits = host.search(label.value, { combineWith: 'OR', limit: 5 });
    similar.replaceChildren();
    if (hits.length === 0) return;
    similar.append(
      el('p', { className: 'small', text: 'Already in the dataset? Add the passage to it instead:' }),
    );
    for (const h of hits) {
      similar.append(
        button(`Add to ${h.label}`, () =>
          apply(host, form, () => {
            const ev = passageEvidence(host, passage, basis.value as 'stated' | 'inferred');
            host.session.apply(addEvidence(host.session.dataset, { kind: 'node', id: h.id }, ev));
            return `Evidence added to ${h.label}`;
          }),
        ),
      );
    }
  };
  label.addEventListener('input', showSimilar);
  showSimilar();
  const create = (): void =>
    apply(host, form, () => {
      const d = host.session.dataset;
      const name = label.value.trim();
      const list = aliases.value
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      const node = {
        id: freshId(d, 'nodes', name || 'stakeholder'),
        label: name,
        type: type.value as NodeKind,
        ...(list.length > 0 ? { aliases: list } : {}),
        evidence: [passageEvidence(host, passage, basis.value as 'stated' | 'inferred')],
        position: positionFor(d, []),
      };
      const problems = validateRecord('nodes', node, d.nodes.length);
      if (problems.length > 0) throw new EditError(problems.map((p) => p.message).join('; '));
      host.session.apply(batch(`New stakeholder ${name}`, [addNode(d, node)]));
      return `Stakeholder ${name} created`;
    });
  form.append(button('Create stakeholder', create, { className: 'primary' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    create();
  });
  return form;
}

/** Nodes and relations to choose from, as "label" and "A funds B" lines. */
export function targets(host: EditorHost, text: string): { value: string; target: Target }[] {
  const d = host.session.dataset;
  const out: { value: string; target: Target }[] = [];
  const hits = host.search(text, { limit: 8 });
  for (const h of hits) out.push({ value: h.label, target: { kind: 'node', id: h.id } });
  const labels = new Map(d.nodes.map((n) => [n.id, n.label]));
  const near = new Set(hits.map((h) => h.id));
  for (const e of d.edges) {
    if (out.length >= 30) break;
    if (hits.length > 0 && !near.has(e.source) && !near.has(e.target)) continue;
    const sentence = sentenceOf(labels.get(e.source) ?? e.source, e.type, labels.get(e.target) ?? e.target);
    out.push({ value: `${sentence} (${e.id})`, target: { kind: 'edge', id: e.id } });
  }
  return out;
}

export function addEvidenceForm(host: EditorHost, passage: Passage): HTMLFormElement {
  const list = el('datalist', { attrs: { id: 'ed-evidence-targets' } });
  const to = input('', { list: list.id, autocomplete: 'off' });
  let offered: { value: string; target: Target }[] = [];
  const fill = (): void => {
    offered = targets(host, to.value);
    list.replaceChildren(...offered.map((o) => el('option', { attrs: { value: o.value } })));
  };
  to.addEventListener('input', fill);
  fill();
  const basis = select(BASIS_OPTIONS);
  const form = formBox(
    'Add as evidence',
    el('p', { className: 'ed-quote', text: `“${passage.text}”` }),
    field('To the stakeholder or relation', to, 'type a name; relations read as sentences'),
    list,
    field('Evidence', basis),
  );
  const run = (): void =>
    apply(host, form, () => {
      const chosen = offered.find((o) => o.value === to.value.trim());
      const node = host.session.dataset.nodes.find(
        (n) => n.label === to.value.trim() || n.id === to.value.trim(),
      );
      const target = chosen?.target ?? (node ? { kind: 'node' as const, id: node.id } : undefined);
      if (target === undefined) throw new EditError(`no stakeholder or relation "${to.value}"`);
      const ev = passageEvidence(host, passage, basis.value as 'stated' | 'inferred');
      host.session.apply(addEvidence(host.session.dataset, target, ev));
      return `Evidence added to ${to.value.trim()}`;
    });
  form.append(button('Add evidence', run, { className: 'primary' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  return form;
}

export function newRelationForm(host: EditorHost, passage: Passage): HTMLFormElement {
  const d = (): typeof host.session.dataset => host.session.dataset;
  const search = (t: string): { id: string; label: string }[] => host.search(t, { limit: 8 });
  const from = nodePicker(d, search);
  const to = nodePicker(d, search);
  const kind = select(
    RELATION_KIND_IDS.map((k) => [k, RELATION_KINDS[k].phrase]),
    'funds',
  );
  const detail = input('');
  const start = input('', { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' });
  const end = input('', { placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD' });
  const basis = select(BASIS_OPTIONS);
  const sentence = el('p', {
    className: 'ed-sentence',
    attrs: { 'aria-live': 'polite', 'aria-label': 'Sentence' },
  });
  const update = (): void => {
    const label = (id: string | undefined, typed: string): string =>
      (id && d().nodes.find((n) => n.id === id)?.label) || typed || '…';
    sentence.textContent = sentenceOf(
      label(from.value(), from.control.value),
      kind.value as RelationKind,
      label(to.value(), to.control.value),
      detail.value.trim(),
    );
  };
  for (const c of [from.control, to.control, kind, detail]) c.addEventListener('input', update);
  update();
  const form = formBox(
    'New relation',
    el('p', { className: 'ed-quote', text: `“${passage.text}”` }),
    field('From', from.control),
    from.list,
    field('Relation', kind),
    field('To', to.control),
    to.list,
    field('Detail', detail, 'words that complete the sentence'),
    field('Start', start),
    field('End', end),
    field('Evidence', basis),
    sentence,
  );
  const run = (): void =>
    apply(host, form, () => {
      const s = from.value();
      const t = to.value();
      if (s === undefined) throw new EditError(`no stakeholder "${from.control.value}" to start from`);
      if (t === undefined) throw new EditError(`no stakeholder "${to.control.value}" to end at`);
      const type = kind.value as RelationKind;
      const ds = d();
      const edge = {
        id: freshId(ds, 'edges', `${s}-${type}-${t}`),
        source: s,
        target: t,
        type,
        ...(detail.value.trim() ? { detail: detail.value.trim() } : {}),
        ...(start.value.trim() ? { start: start.value.trim() } : {}),
        ...(end.value.trim() ? { end: end.value.trim() } : {}),
        evidence: [passageEvidence(host, passage, basis.value as 'stated' | 'inferred')],
      };
      const problems = validateRecord('edges', edge, ds.edges.length);
      if (problems.length > 0)
        throw new EditError(problems.map((p) => `${p.path.at(-1)}: ${p.message}`).join('; '));
      host.session.apply(
        batch(`New relation ${sentence.textContent}`, [...placeEnds(ds, s, t), addEdge(ds, edge)]),
      );
      return `Relation created: ${sentence.textContent}`;
    });
  form.append(button('Create relation', run, { className: 'primary' }));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  return form;
}

/**
 * A node with no relation yet moves beside the other end of its first one (local placement); when
 * both ends are new, the target moves beside the source.
 */
function placeEnds(d: Dataset, s: string, t: string): Op[] {
  if (s === t) return [];
  const lonely = (id: string): boolean => !d.edges.some((e) => e.source === id || e.target === id);
  const move = lonely(t) ? [t, s] : lonely(s) ? [s, t] : undefined;
  if (move === undefined) return [];
  const [id, other] = move as [string, string];
  const index = d.nodes.findIndex((n) => n.id === id);
  if (index < 0) return [];
  const record = { ...d.nodes[index]!, position: positionFor(d, [other]) };
  return [{ type: 'replace', list: 'nodes', index, record }];
}
