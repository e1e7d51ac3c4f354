// The Paths tab's answer: a status line, the core's message, and each path as hop sentences with evidence.
import type { Path, PathResult } from '../../query/index.ts';
import { basisOf, edgeEvidence } from '../../query/index.ts';
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import type { PathsState } from '../state/paths.ts';
import { isNodeShown } from '../state/visibility.ts';
import { basisBadge, evidenceList } from './evidence.ts';

const hops = (n: number): string => `${n} hop${n === 1 ? '' : 's'}`;

function title(ctx: AppContext, path: Path, index: number): string {
  const names = path.nodes.map((n) => ctx.graph.getNodeAttribute(n, 'label')).join(' → ');
  const cost = path.cost === undefined ? '' : `, cost ${path.cost}`;
  return `${index + 1}. ${names} (${hops(path.length)}${cost})`;
}

function pathItem(ctx: AppContext, path: Path, index: number, chosen: boolean): HTMLElement {
  const { graph } = ctx;
  const steps = el('ol', { className: 'hops' });
  path.edges.forEach((edge, i) => {
    const a = graph.getEdgeAttributes(edge.id);
    steps.append(
      el(
        'li',
        { className: 'hop', attrs: { 'data-edge': edge.id } },
        el('p', { className: 'sentence', text: path.hops[i]?.sentence ?? '' }),
        el(
          'p',
          { className: 'meta' },
          basisBadge(basisOf(a.record, a.stated)),
          ' ',
          button('Relation details', () => ctx.selectEdge(edge.id), { className: 'link small' }),
        ),
        evidenceList(edgeEvidence(graph, edge.id)),
      ),
    );
  });
  const hidden = path.nodes.filter((n) => !isNodeShown(graph, n, ctx.store.getState()));
  return el(
    'li',
    { className: `path${chosen ? ' chosen' : ''}`, attrs: { 'data-index': String(index) } },
    button(title(ctx, path, index), () => ctx.store.dispatch({ type: 'choosePath', index }), {
      className: 'path-choose',
      attrs: { 'aria-pressed': String(chosen), title: 'Show this path on the graph' },
    }),
    hidden.length > 0
      ? el('p', {
          className: 'muted small',
          text: `${hidden.length} of its nodes are hidden by the filters (legend or “as of” day).`,
        })
      : null,
    steps,
  );
}

function statusText(ctx: AppContext, result: PathResult): string {
  const label = (id: string): string => ctx.graph.getNodeAttribute(id, 'label');
  const n = result.paths.length;
  if (n === 0) return `No path found (${result.options.mode}).`;
  const count = `${n}${result.capped ? '+' : ''} path${n === 1 ? '' : 's'}`;
  return `${count} from ${label(result.from)} to ${label(result.to)} (${result.options.mode}).`;
}

/** Fills `root` with the answer in `paths` (nothing before a question is asked). */
export function renderPathList(ctx: AppContext, root: HTMLElement, paths: PathsState): void {
  const { result, error } = paths;
  if (error !== undefined) {
    root.replaceChildren(el('p', { className: 'error', attrs: { id: 'path-error' }, text: error }));
    return;
  }
  if (result === undefined) {
    root.replaceChildren(
      el('p', {
        className: 'muted',
        text: 'Ask how two stakeholders are connected: each link comes with the quotes and sources behind it.',
      }),
    );
    return;
  }
  const list = el('ol', { className: 'paths', attrs: { id: 'path-list', 'aria-label': 'Paths found' } });
  result.paths.forEach((path, i) => {
    list.append(pathItem(ctx, path, i, i === paths.chosen));
  });
  const parts: HTMLElement[] = [
    el('p', { className: 'path-status', attrs: { id: 'path-status' }, text: statusText(ctx, result) }),
  ];
  if (result.message !== undefined)
    parts.push(el('p', { className: 'path-message', attrs: { id: 'path-message' }, text: result.message }));
  if (result.paths.length > 0) parts.push(list);
  root.replaceChildren(...parts);
}

/** Moves the "chosen" mark without rebuilding the list (keeps the keyboard focus where it is). */
export function markChosen(root: HTMLElement, chosen: number | undefined): void {
  root.querySelectorAll<HTMLElement>('#path-list > li.path').forEach((item) => {
    const on = item.dataset.index === String(chosen);
    item.classList.toggle('chosen', on);
    item.querySelector('.path-choose')?.setAttribute('aria-pressed', String(on));
  });
}
