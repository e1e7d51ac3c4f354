// The Sources tab: every source with what it supports; a source's items; the stored document read in full
// with each extracted quote marked (a click on a mark selects what it is evidence for).
import { evidenceBySource, evidenceCounts, type LocatedEvidence } from '../../query/index.ts';
import { RELATION_KINDS, type Source } from '../../schema/index.ts';
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import type { ExplorerState, Selection } from '../state/store.ts';
import { type MarkSpan, mergeMarks, targetOf } from './documentMarks.ts';
import { basisBadge, citation, quoteInContext } from './evidence.ts';

function targetLabel(ctx: AppContext, target: Selection): string {
  const { graph } = ctx;
  if (target.kind === 'node') return graph.getNodeAttribute(target.id, 'label');
  const a = graph.getEdgeAttributes(target.id);
  const source = graph.getNodeAttribute(graph.source(target.id), 'label');
  const object = graph.getNodeAttribute(graph.target(target.id), 'label');
  return `${source} ${RELATION_KINDS[a.kind].phrase} ${object}`;
}

function select(ctx: AppContext, target: Selection): void {
  if (target.kind === 'node') ctx.selectNode(target.id);
  else ctx.selectEdge(target.id);
}

function targetButton(ctx: AppContext, target: Selection): HTMLButtonElement {
  return button(targetLabel(ctx, target), () => select(ctx, target), {
    className: 'link',
    attrs: { 'data-target': `${target.kind}:${target.id}` },
  });
}

function sourceList(ctx: AppContext): HTMLElement {
  const list = el('ul', { className: 'source-list', attrs: { id: 'source-list' } });
  // Counted once for all sources: one evidenceBySource per source is quadratic on big graphs.
  const counts = evidenceCounts(ctx.graph);
  for (const source of ctx.graph.getAttribute('sources')) {
    const { supports, contradicts } = counts.get(source.id) ?? { supports: 0, contradicts: 0 };
    const meta = [
      source.publisher,
      source.date,
      source.kind === 'document' ? 'stored document' : 'reference',
      `supports ${supports}`,
      contradicts > 0 ? `contradicts ${contradicts}` : undefined,
    ].filter((x): x is string => x !== undefined);
    list.append(
      el(
        'li',
        { attrs: { 'data-source': source.id } },
        button(source.title, () => ctx.store.dispatch({ type: 'setSource', source: source.id }), {
          className: 'link',
        }),
        el('p', { className: 'meta', text: meta.join(' · ') }),
      ),
    );
  }
  return list;
}

/** The document's text as text nodes, with one <mark> per merged quote span. */
function documentText(ctx: AppContext, text: string, marks: readonly MarkSpan[]): HTMLElement {
  const box = el('div', { className: 'document-text', attrs: { id: 'source-text' } });
  let at = 0;
  const closeMenus = (): void => {
    for (const m of box.querySelectorAll('.mark-choices')) m.remove();
  };
  for (const span of marks) {
    // The first chunk loses its leading blank lines (the stored text may start with one).
    if (span.start > at)
      box.append(at === 0 ? text.slice(0, span.start).trimStart() : text.slice(at, span.start));
    const labels = span.targets.map((t) => targetLabel(ctx, t));
    const mark = el('mark', {
      className: 'doc-mark',
      text: text.slice(span.start, span.end),
      attrs: {
        tabindex: '0',
        role: 'button',
        title: `Evidence for: ${labels.join('; ')}`,
        'data-targets': span.targets.map((t) => `${t.kind}:${t.id}`).join(' '),
      },
    });
    const activate = (): void => {
      closeMenus();
      const [only] = span.targets;
      if (span.targets.length === 1 && only) {
        select(ctx, only);
        return;
      }
      const menu = el(
        'span',
        { className: 'mark-choices', attrs: { role: 'group', 'aria-label': 'This passage is evidence for' } },
        el('span', { className: 'muted small', text: 'Evidence for:' }),
        ...span.targets.map((t) => targetButton(ctx, t)),
        button('Close', closeMenus, { className: 'link small' }),
      );
      mark.after(menu);
      menu.querySelector<HTMLButtonElement>('button')?.focus();
    };
    mark.addEventListener('click', activate);
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        activate();
      }
    });
    box.append(mark);
    at = span.end;
  }
  if (at < text.length) box.append(text.slice(at));
  return box;
}

function itemList(ctx: AppContext, items: readonly LocatedEvidence[]): HTMLElement {
  return el(
    'ul',
    { className: 'evidence source-items' },
    ...items.map((item) =>
      el(
        'li',
        { className: item.evidence.stance === 'contradicts' ? 'contradicting' : '' },
        el(
          'p',
          { className: 'sentence' },
          targetButton(ctx, targetOf(item)),
          item.subject.kind === 'figure' ? ' (a figure)' : '',
          item.fromClaim ? ' (on its claim)' : '',
        ),
        el('span', { className: 'badges' }, basisBadge(item.evidence.basis)),
        item.evidence.stance === 'contradicts'
          ? el('span', { className: 'badge contradicts', text: '✗ contradicts' })
          : null,
        quoteInContext(item),
        item.evidence.note ? el('p', { className: 'note', text: item.evidence.note }) : null,
      ),
    ),
  );
}

function sourceView(ctx: AppContext, source: Source): HTMLElement[] {
  const items = evidenceBySource(ctx.graph, source.id);
  const supports = items.filter((i) => i.evidence.stance !== 'contradicts');
  const contradicts = items.filter((i) => i.evidence.stance === 'contradicts');
  const out: HTMLElement[] = [
    button('← All sources', () => ctx.store.dispatch({ type: 'setSource', source: undefined }), {
      className: 'link small',
      attrs: { id: 'sources-back' },
    }),
    el('h2', { text: source.title, attrs: { id: 'source-title', tabindex: '-1' } }),
    citation(source),
  ];
  if (source.note) out.push(el('p', { className: 'note small', text: source.note }));
  const text = source.text?.normalize('NFC');
  if (source.kind === 'document' && text !== undefined) {
    out.push(
      el('h3', { text: 'Full text' }),
      el('p', {
        className: 'muted small',
        text: 'Marked passages are quoted as evidence; select one to see what it supports.',
      }),
      documentText(ctx, text, mergeMarks(items)),
    );
  }
  out.push(el('h3', { text: `Supports (${supports.length})` }), itemList(ctx, supports));
  if (contradicts.length > 0)
    out.push(el('h3', { text: `Contradicts (${contradicts.length})` }), itemList(ctx, contradicts));
  return out;
}

export function createSources(ctx: AppContext): HTMLElement {
  const root = el('div', { className: 'sources' });
  const render = (state: ExplorerState): void => {
    const source = ctx.graph.getAttribute('sources').find((s) => s.id === state.source);
    if (source) root.replaceChildren(...sourceView(ctx, source));
    else
      root.replaceChildren(
        el('h2', { text: 'Sources' }),
        state.source === undefined
          ? el('p', { className: 'muted small', text: 'Pick a source to see everything it supports.' })
          : el('p', { className: 'error', text: `No source called "${state.source}" in this dataset.` }),
        sourceList(ctx),
      );
  };
  // Built while the tab is shown (counting evidence walks the whole graph); stale until then.
  let stale = true;
  const update = (state: ExplorerState): void => {
    if (state.tab !== 'sources' || !stale) return;
    stale = false;
    render(state);
  };
  ctx.store.subscribe((state, previous) => {
    if (state.source !== previous.source) stale = true;
    update(state);
  });
  update(ctx.store.getState());
  // After an edit (a source added, evidence that counts) it is built again, in a task of its own.
  let redraw: ReturnType<typeof setTimeout> | undefined;
  ctx.edits.subscribe(() => {
    stale = true;
    if (ctx.store.getState().tab !== 'sources' || redraw !== undefined) return;
    redraw = setTimeout(() => {
      redraw = undefined;
      update(ctx.store.getState());
    });
  });
  return root;
}
