// "Why central": what makes a ranked node's figure, shown beside the ranking. Its neighbours for the
// metrics that count links (degree, PageRank, eigenvector), faded in on the graph; for brokers and
// closeness, pairs of its neighbours whose shortest routes run through it, each opening the Paths tab.
import { METRICS, type MetricId, neighbourhood, routesThrough } from '../../query/index.ts';
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import { DEFAULT_PATH_QUERY } from '../state/paths.ts';

/** Neighbours named before "and N more". */
const NAMED = 12;

export interface WhyCentral {
  readonly element: HTMLElement;
  /** Explains `id`'s figure for `metric`, selects it and shows its neighbourhood on the graph. */
  show(id: string, metric: MetricId): void;
  clear(): void;
}

export function createWhyCentral(ctx: AppContext): WhyCentral {
  const { graph, store } = ctx;
  const element = el('section', {
    className: 'analysis-why',
    attrs: { 'aria-live': 'polite', 'aria-label': 'Why central' },
  });
  element.hidden = true;
  const label = (id: string): string => graph.getNodeAttribute(id, 'label');

  const routes = (id: string): HTMLElement[] => {
    const state = store.getState();
    const pairs = routesThrough(graph, id, state);
    if (pairs.length === 0)
      return [el('p', { text: 'Its neighbours are all linked to one another: no shortest route needs it.' })];
    const items = pairs.map((p) =>
      el(
        'li',
        {},
        `${label(p.from)} – ${label(id)} – ${label(p.to)} `,
        el('span', {
          className: 'muted',
          text: p.routes === 1 ? '(the only shortest route) ' : `(1 of ${p.routes} shortest routes) `,
        }),
        button('Show routes', () =>
          store.dispatch({
            type: 'findPaths',
            query: {
              ...DEFAULT_PATH_QUERY,
              from: p.from,
              to: p.to,
              mode: 'all-shortest',
              statedOnly: state.statedOnly,
            },
          }),
        ),
      ),
    );
    return [
      el('p', {
        text: `Pairs of its neighbours with no direct link: their shortest routes run through ${label(id)}.`,
      }),
      el('ul', { className: 'analysis-routes' }, ...items),
    ];
  };

  const neighbours = (id: string): HTMLElement[] => {
    const hood = neighbourhood(graph, id, 1, store.getState());
    hood.delete(id);
    const names = [...hood.keys()].map(label).sort((a, b) => a.localeCompare(b, 'en'));
    const more = names.length > NAMED ? `, and ${names.length - NAMED} more` : '';
    return [
      el('p', {
        text: `Its ${names.length} neighbours, shown on the graph (the rest faded): ${names.slice(0, NAMED).join(', ')}${more}.`,
      }),
    ];
  };

  return {
    element,
    show(id, metric) {
      store.dispatch({ type: 'select', selection: { kind: 'node', id } });
      if (store.getState().hops !== 1) store.dispatch({ type: 'setHops', hops: 1 });
      const body = metric === 'betweenness' || metric === 'closeness' ? routes(id) : neighbours(id);
      element.replaceChildren(
        el('h4', { text: `Why ${label(id)}: ${METRICS[metric].title.toLowerCase()} (${metric})` }),
        ...body,
      );
      element.hidden = false;
    },
    clear() {
      element.hidden = true;
      element.replaceChildren();
    },
  };
}
