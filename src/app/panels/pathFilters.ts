// The Paths form's filters: each relation type followed, the only ones followed or never followed,
// and node kinds the paths avoid; folded in two <details> with a summary of what is chosen.
import { NODE_KINDS, type NodeKind, RELATION_KINDS, type RelationKind } from '../../schema/index.ts';
import type { AppContext } from '../context.ts';
import { el } from '../dom.ts';
import { type KindCounts, kindCounts } from '../graph/kindCounts.ts';
import type { PathQuery } from '../state/paths.ts';

type RelationChoice = 'any' | 'only' | 'never';

export function checkboxField(id: string, text: string): { root: HTMLElement; input: HTMLInputElement } {
  const input = el('input', { attrs: { type: 'checkbox', id } });
  return { root: el('div', { className: 'check' }, input, el('label', { text, attrs: { for: id } })), input };
}

export interface PathFilters {
  readonly elements: HTMLElement[];
  /** Sorted like the URL reader sorts them, so a link gives back the very same query. */
  value(): Pick<PathQuery, 'onlyRelations' | 'excludeRelations' | 'excludeNodeKinds'>;
  show(query: Pick<PathQuery, 'onlyRelations' | 'excludeRelations' | 'excludeNodeKinds'>): void;
}

/**
 * `counts` says which node and relation kinds the graph has (one pass over it, done in slices by
 * the caller): a someEdge per kind walked every edge for each kind absent, seconds on a big file
 * with one relation kind.
 */
export function createPathFilters(ctx: AppContext, counts: KindCounts = kindCounts(ctx.graph)): PathFilters {
  const relationKinds = (Object.keys(RELATION_KINDS) as RelationKind[]).filter((kind) =>
    counts.relations.has(kind),
  );
  const relationSelects = new Map<RelationKind, HTMLSelectElement>();
  const relationSummary = el('summary');
  const relationRows = relationKinds.map((kind) => {
    const select = el(
      'select',
      { attrs: { id: `path-rel-${kind}` } },
      el('option', { text: 'follow', attrs: { value: 'any' } }),
      el('option', { text: 'only these', attrs: { value: 'only' } }),
      el('option', { text: 'never', attrs: { value: 'never' } }),
    );
    select.addEventListener('change', () => summarise());
    relationSelects.set(kind, select);
    return el(
      'li',
      {},
      el('label', { text: RELATION_KINDS[kind].phrase, attrs: { for: select.id } }),
      select,
    );
  });
  const nodeKinds = (Object.keys(NODE_KINDS) as NodeKind[]).filter((kind) => counts.nodes.has(kind));
  const kindBoxes = new Map<NodeKind, HTMLInputElement>();
  const kindSummary = el('summary');
  const kindRows = nodeKinds.map((kind) => {
    const box = checkboxField(`path-xkind-${kind}`, NODE_KINDS[kind].plural);
    box.input.addEventListener('change', () => summarise());
    kindBoxes.set(kind, box.input);
    return el('li', {}, box.root);
  });
  const choices = (wanted: RelationChoice): RelationKind[] =>
    relationKinds.filter((kind) => relationSelects.get(kind)?.value === wanted).sort();
  const excludedKinds = (): NodeKind[] => nodeKinds.filter((kind) => kindBoxes.get(kind)?.checked).sort();
  const summarise = (): void => {
    const only = choices('only').length;
    const never = choices('never').length;
    const parts = [only ? `only ${only}` : '', never ? `${never} never` : ''].filter(Boolean);
    relationSummary.textContent = `Relation types${parts.length ? ` (${parts.join(', ')})` : ': all'}`;
    const avoided = excludedKinds().map((kind) => NODE_KINDS[kind].plural.toLowerCase());
    kindSummary.textContent = `Avoid passing through${avoided.length ? `: ${avoided.join(', ')}` : '…'}`;
  };

  return {
    elements: [
      el(
        'details',
        { className: 'path-filter' },
        relationSummary,
        el('ul', { className: 'kinds' }, ...relationRows),
      ),
      el('details', { className: 'path-filter' }, kindSummary, el('ul', { className: 'kinds' }, ...kindRows)),
    ],
    value: () => ({
      onlyRelations: choices('only'),
      excludeRelations: choices('never'),
      excludeNodeKinds: excludedKinds(),
    }),
    show(query) {
      for (const [kind, select] of relationSelects)
        select.value = query.onlyRelations.includes(kind)
          ? 'only'
          : query.excludeRelations.includes(kind)
            ? 'never'
            : 'any';
      for (const [kind, box] of kindBoxes) box.checked = query.excludeNodeKinds.includes(kind);
      summarise();
    },
  };
}
