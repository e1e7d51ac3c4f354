// The legend, which is also the filter: node kinds and relation kinds with counts, and "stated links only".

import {
  CLAIM_STATUS,
  NODE_KINDS,
  type NodeKind,
  RELATION_KINDS,
  type RelationKind,
} from '../../schema/index.ts';
import { CLAIM_MARKS, markText } from '../claimMarks.ts';
import type { AppContext } from '../context.ts';
import { el, swatch } from '../dom.ts';
import { applyEdit, type KindCounts, kindCounts, type LiveCounts } from '../graph/kindCounts.ts';
import { fileLook } from '../graph/nodeLook.ts';
import type { ExplorerState } from '../state/store.ts';

function checkbox(
  id: string,
  text: (Node | string)[],
  checked: boolean,
  onChange: (checked: boolean) => void,
): HTMLElement {
  const input = el('input', { attrs: { type: 'checkbox', id } });
  input.checked = checked;
  input.addEventListener('change', () => onChange(input.checked));
  return el('li', {}, input, el('label', { attrs: { for: id } }, ...text));
}

/** What the evidence badges and claim marks mean, and what the "as of" date does. */
function evidenceKey(): HTMLElement {
  const flagged = CLAIM_STATUS.filter((s) => CLAIM_MARKS[s].flagged);
  return el(
    'fieldset',
    { className: 'evidence-key' },
    el('legend', { text: 'Evidence' }),
    el(
      'ul',
      { className: 'key' },
      el('li', {}, el('span', { className: 'badge stated', text: 'stated' }), ' a source says it'),
      el('li', {}, el('span', { className: 'badge inferred', text: 'inferred' }), ' drawn from a source'),
      el(
        'li',
        {},
        el('span', { className: 'badge unsourced', text: 'unsourced' }),
        ' no evidence given (imported files carry none)',
      ),
      el(
        'li',
        {},
        el('span', { className: 'badge contradicts', text: '✗ says otherwise' }),
        ' a source contradicts it',
      ),
      ...flagged.map((s) =>
        el(
          'li',
          {},
          el('span', { className: `claim-mark ${s}`, text: markText(s) }),
          ` claim: ${CLAIM_MARKS[s].description} (marked on the graph too)`,
        ),
      ),
    ),
    el('p', {
      className: 'muted small',
      text: 'As of a date, nodes and relations that did not hold then are hidden (not faded).',
    }),
  );
}

/**
 * What "Stated links only" will hide, said before it is ticked: the inferred and the unsourced
 * relations, and plainly when that is every relation (an imported file without evidence).
 */
function statedOnlyLabel(counts: Pick<KindCounts, 'inferred' | 'unsourced'>, relations: number): string {
  const hidden = counts.inferred + counts.unsourced;
  if (relations > 0 && hidden === relations)
    return `Stated links only (hides all ${relations} relations: none is stated by a source${counts.unsourced === relations ? '; they have no evidence' : ''})`;
  const parts = [
    counts.inferred > 0 ? `${counts.inferred} inferred` : '',
    counts.unsourced > 0 ? `${counts.unsourced} unsourced` : '',
  ].filter(Boolean);
  return `Stated links only (hides ${parts.length > 0 ? parts.join(' and ') : 'none'})`;
}

/** `counts` from kindCountsSteps when the caller counted already (in slices). */
export function createLegend(ctx: AppContext, counts: KindCounts = kindCounts(ctx.graph)): HTMLElement {
  const { store } = ctx;
  const live: LiveCounts = {
    nodes: new Map(counts.nodes),
    relations: new Map(counts.relations),
    inferred: counts.inferred,
    unsourced: counts.unsourced,
  };

  // A foreign file's own colours and sizes replace the kinds' colours and the degree sizes.
  const own = fileLook(ctx.graph);
  const nodeList = el('ul', { className: 'kinds' });
  const relationList = el('ul', { className: 'kinds' });
  const statedList = el('ul', { className: 'kinds' });
  const linkKey = el('p', { className: 'muted small' });
  /** (Re)builds the lists from the counts, keeping the focus on the checkbox it was on. */
  const fill = (): void => {
    const focused = document.activeElement?.id;
    const s = store.getState();
    nodeList.replaceChildren();
    for (const kind of Object.keys(NODE_KINDS) as NodeKind[]) {
      const n = live.nodes.get(kind);
      if (!n) continue;
      nodeList.append(
        checkbox(
          `show-kind-${kind}`,
          [...(own.colours ? [] : [swatch(NODE_KINDS[kind].color)]), `${NODE_KINDS[kind].plural} (${n})`],
          !s.hiddenNodeKinds.includes(kind),
          (shown) => store.dispatch({ type: 'setNodeKindShown', kind, shown }),
        ),
      );
    }
    relationList.replaceChildren();
    for (const kind of Object.keys(RELATION_KINDS) as RelationKind[]) {
      const n = live.relations.get(kind);
      if (!n) continue;
      relationList.append(
        checkbox(
          `show-rel-${kind}`,
          [`${RELATION_KINDS[kind].phrase} (${n})`],
          !s.hiddenRelationKinds.includes(kind),
          (shown) => store.dispatch({ type: 'setRelationKindShown', kind, shown }),
        ),
      );
    }
    statedList.replaceChildren(
      checkbox('stated-only', [statedOnlyLabel(live, ctx.graph.size)], s.statedOnly, (checked) =>
        store.dispatch({ type: 'setStatedOnly', statedOnly: checked }),
      ),
    );
    linkKey.replaceChildren(
      el('span', { className: 'line stated', attrs: { 'aria-hidden': 'true' } }),
      ' stated ',
      el('span', { className: 'line inferred', attrs: { 'aria-hidden': 'true' } }),
      live.unsourced > 0
        ? ' inferred or unsourced; arrows point from subject to object.'
        : ' inferred; arrows point from subject to object.',
    );
    if (focused) document.getElementById(focused)?.focus();
  };
  fill();

  const root = el(
    'div',
    { className: 'legend-body' },
    el('fieldset', {}, el('legend', { text: 'Node kinds' }), nodeList),
    own.colours ? el('p', { className: 'muted small', text: 'Node colours: the file’s own.' }) : undefined,
    el('p', {
      className: 'muted small',
      text: own.sizes ? 'Node size: the file’s own sizes.' : 'Node size: number of relations (in and out).',
    }),
    el('fieldset', {}, el('legend', { text: 'Links' }), statedList, linkKey),
    el('fieldset', {}, el('legend', { text: 'Relation kinds' }), relationList),
    evidenceKey(),
  );
  // An edit in the editor changes the counts by difference (no pass over the graph).
  ctx.edits.subscribe((edit) => {
    applyEdit(live, edit);
    fill();
  });

  const sync = (s: ExplorerState): void => {
    for (const input of root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      if (input.id === 'stated-only') input.checked = s.statedOnly;
      else if (input.id.startsWith('show-kind-'))
        input.checked = !s.hiddenNodeKinds.includes(input.id.slice(10) as NodeKind);
      else if (input.id.startsWith('show-rel-'))
        input.checked = !s.hiddenRelationKinds.includes(input.id.slice(9) as RelationKind);
    }
  };
  store.subscribe((s, previous) => {
    if (
      s.hiddenNodeKinds !== previous.hiddenNodeKinds ||
      s.hiddenRelationKinds !== previous.hiddenRelationKinds ||
      s.statedOnly !== previous.statedOnly
    )
      sync(s);
  });
  return root;
}
