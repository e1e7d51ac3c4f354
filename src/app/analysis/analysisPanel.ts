// The Analysis tab: size and colour the drawing by the figures, each metric in a plain sentence, the
// top stakeholders by a metric (each opens its neighbourhood), the communities, and progress meanwhile.
import { METRIC_IDS, METRICS, type MetricId, rankingOf, SEMANTICS } from '../../query/index.ts';
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import { COLOUR_BY, type ColourBy } from '../state/store.ts';
import type { AnalysisController, AnalysisStatus } from './analysisController.ts';
import { createComparePanel } from './comparePanel.ts';
import { formatFigure } from './tableFigures.ts';
import { createWhyCentral } from './whyCentral.ts';

const TOP = 10;

function select<T extends string>(
  id: string,
  label: string,
  options: readonly (readonly [T | '', string])[],
  onChange: (value: T | '') => void,
): { root: HTMLElement; input: HTMLSelectElement } {
  const input = el('select', { attrs: { id } });
  for (const [value, text] of options) input.append(el('option', { text, attrs: { value } }));
  input.addEventListener('change', () => onChange(input.value as T | ''));
  return { root: el('label', { className: 'analysis-field' }, `${label} `, input), input };
}

export function createAnalysisPanel(ctx: AppContext, controller: AnalysisController): HTMLElement {
  const { store, graph } = ctx;
  const size = select<MetricId>(
    'analysis-size',
    'Size nodes by',
    [['', 'number of relations'], ...METRIC_IDS.map((m) => [m, `${METRICS[m].title} (${m})`] as const)],
    (v) => store.dispatch({ type: 'setSizeBy', metric: v === '' ? undefined : v }),
  );
  const colour = select<ColourBy>(
    'analysis-colour',
    'Colour nodes by',
    COLOUR_BY.map((c) => [c, c === 'kind' ? 'kind' : 'community (Louvain)'] as const),
    (v) => store.dispatch({ type: 'setColourBy', colourBy: v === '' ? 'kind' : v }),
  );
  const status = el('p', { className: 'analysis-status muted small', attrs: { role: 'status' } });
  const bar = el('progress', { attrs: { max: '1', 'aria-label': 'Analysis progress' } });
  const explained = el('dl', { className: 'analysis-metrics' });
  for (const m of METRIC_IDS) {
    explained.append(
      el('dt', { text: `${METRICS[m].title} (${m})` }),
      el('dd', { text: `${METRICS[m].plain}.`, attrs: { title: METRICS[m].definition } }),
    );
  }
  const topTitle = el('h4');
  const top = el('ol', { className: 'analysis-top' });
  const groups = el('p', { className: 'analysis-communities' });
  const why = createWhyCentral(ctx);

  const render = (s: AnalysisStatus): void => {
    const state = store.getState();
    size.input.value = state.sizeBy ?? '';
    colour.input.value = state.colourBy;
    bar.hidden = s.kind !== 'running';
    if (s.kind === 'running') {
      const p = s.progress;
      bar.value = p ? p.done / p.total : 0;
      status.textContent = p ? `Computing ${p.step}… ${Math.round((100 * p.done) / p.total)}%` : 'Computing…';
    } else if (s.kind === 'error') status.textContent = `The analysis failed: ${s.message}`;
    else if (s.kind === 'idle') status.textContent = 'Figures are computed when this tab opens.';
    if (s.kind !== 'done') {
      why.clear();
      top.replaceChildren();
      groups.textContent = '';
      return;
    }
    const r = s.result;
    status.textContent = `${r.nodes.length} stakeholders and ${r.links} links measured${
      r.pivots === undefined ? '' : `; brokers and closeness estimated from ${r.pivots} sampled stakeholders`
    }.`;
    const metric = state.sizeBy ?? 'betweenness';
    topTitle.textContent = `Top ${TOP}: ${METRICS[metric].title.toLowerCase()} (${metric})`;
    top.replaceChildren(
      ...rankingOf(graph, r.nodes, r.values[metric], TOP).map((n) =>
        el(
          'li',
          {},
          button(
            `${n.label}`,
            () => {
              // The neighbours that make it central: select it and show its neighbourhood.
              ctx.selectNode(n.id);
              if (store.getState().hops === 0) store.dispatch({ type: 'setHops', hops: 1 });
            },
            { attrs: { title: `Show ${n.label} and its neighbours` } },
          ),
          el('span', { className: 'muted', text: ` ${formatFigure(n.value)} (rank ${n.rank}) ` }),
          button('Why central', () => why.show(n.id, metric), {
            className: 'why-central',
            attrs: { 'aria-label': `Why central: ${n.label}`, 'data-node': n.id },
          }),
        ),
      ),
    );
    groups.textContent = `${r.communities} communities, modularity ${r.modularity.toFixed(3)} (Louvain, seeded: the same groups every time).`;
  };
  controller.onStatus(render);
  store.subscribe((state, previous) => {
    if (state.tab === 'analysis' && previous.tab !== 'analysis') controller.ensure();
    if (state.sizeBy !== previous.sizeBy) why.clear();
    if (state.sizeBy !== previous.sizeBy || state.colourBy !== previous.colourBy) render(controller.status());
  });
  render(controller.status());

  return el(
    'div',
    { className: 'analysis-panel' },
    el('h3', { text: 'Who matters' }),
    status,
    bar,
    size.root,
    colour.root,
    topTitle,
    top,
    why.element,
    groups,
    el('h4', { text: 'What the figures mean' }),
    explained,
    el('p', { className: 'muted small', text: SEMANTICS }),
    createComparePanel(ctx, controller),
  );
}
