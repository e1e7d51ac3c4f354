// Compare two dates: what appeared, ended or changed hands between them, listed and marked on the graph.
import { type DateDiff, dateDiff, parseDay } from '../../query/index.ts';
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import type { AnalysisController } from './analysisController.ts';

export function createComparePanel(ctx: AppContext, controller: AnalysisController): HTMLElement {
  const { graph, store } = ctx;
  const from = el('input', { attrs: { type: 'date', id: 'compare-from', 'aria-label': 'First date' } });
  const to = el('input', { attrs: { type: 'date', id: 'compare-to', 'aria-label': 'Second date' } });
  const out = el('div', { className: 'compare-result', attrs: { 'aria-live': 'polite' } });
  const nodeButton = (id: string): HTMLElement =>
    button(graph.getNodeAttribute(id, 'label'), () => ctx.selectNode(id));

  const list = (title: string, items: HTMLElement[]): HTMLElement[] =>
    items.length === 0 ? [] : [el('h5', { text: `${title} (${items.length})` }), el('ul', {}, ...items)];

  const show = (d: DateDiff): void => {
    const li = (...children: (Node | string)[]): HTMLElement => el('li', {}, ...children);
    out.replaceChildren(
      el('p', {
        className: 'muted small',
        text: 'Marked on the graph: green appeared, red ended (with the ends of relations that did).',
      }),
      ...list(
        'Appeared',
        d.nodes.appeared.map((n) => li(nodeButton(n.id), ` (${n.kind})`)),
      ),
      ...list(
        'Ended',
        d.nodes.ended.map((n) => li(nodeButton(n.id), ` (${n.kind})`)),
      ),
      ...list(
        'Roles that changed hands',
        d.roles.map((r) => {
          const names = (ids: string[]): string =>
            ids.length === 0 ? 'nobody' : ids.map((id) => graph.getNodeAttribute(id, 'label')).join(', ');
          return li(nodeButton(r.role), `: ${names(r.before)} → ${names(r.after)}`);
        }),
      ),
      ...list(
        'Relations that appeared',
        d.relations.appeared.map((r) => li(`+ ${r.sentence}`)),
      ),
      ...list(
        'Relations that ended',
        d.relations.ended.map((r) => li(`− ${r.sentence}`)),
      ),
    );
    if (out.childElementCount === 1) out.append(el('p', { text: 'Nothing changed between these dates.' }));
  };

  const compare = (): void => {
    try {
      const a = parseDay('First date', from.value);
      const b = parseDay('Second date', to.value);
      const [first, second] = a <= b ? [a, b] : [b, a];
      const { asOf: _asOf, ...filter } = store.getState();
      const d = dateDiff(graph, first, second, filter);
      show(d);
      controller.showDiff(d);
    } catch (error) {
      out.replaceChildren(el('p', { className: 'error', text: (error as Error).message }));
    }
  };
  const clear = (): void => {
    out.replaceChildren();
    controller.showDiff(undefined);
  };
  return el(
    'section',
    { className: 'compare' },
    el('h4', { text: 'Compare two dates' }),
    el('div', { className: 'compare-dates' }, from, to),
    el('div', { className: 'compare-actions' }, button('Compare', compare), button('Clear', clear)),
    out,
  );
}
