// The toolbar: counts of what is shown, camera controls, fullscreen and the live ForceAtlas2 layout.
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import type { Renderer } from '../graph/renderer.ts';
import type { ExplorerState } from '../state/store.ts';
import { filtersChanged, shownCountsSteps } from '../state/visibility.ts';
import { runSteps } from '../tasks.ts';

export function createCounts(ctx: AppContext): HTMLElement {
  const out = el('p', { className: 'counts', attrs: { id: 'counts', 'aria-live': 'polite' } });
  // Counted in slices (a pass over every node and edge); a newer filter change wins.
  let latest = 0;
  const render = (state: ExplorerState): void => {
    const mine = ++latest;
    void runSteps(shownCountsSteps(ctx.graph, state)).then((c) => {
      if (mine === latest)
        out.textContent = `${c.nodes} of ${ctx.graph.order} nodes, ${c.edges} of ${ctx.graph.size} relations shown`;
    });
  };
  ctx.store.subscribe((state, previous) => {
    if (filtersChanged(state, previous)) render(state);
  });
  render(ctx.store.getState());
  // After an edit, counted again in a task of its own (the edit is drawn first).
  ctx.edits.subscribe(() => setTimeout(() => render(ctx.store.getState())));
  return out;
}

export function createCameraControls(renderer: Renderer, fullscreenTarget: HTMLElement): HTMLElement {
  const layoutButton = button(
    'Run layout',
    () => {
      if (renderer.isLayoutRunning()) renderer.stopLayout();
      else renderer.startLayout();
    },
    { attrs: { 'aria-pressed': 'false', title: 'Run ForceAtlas2 (in a web worker)' } },
  );
  renderer.onLayoutChange((running) => {
    layoutButton.textContent = running ? 'Stop layout' : 'Run layout';
    layoutButton.setAttribute('aria-pressed', String(running));
  });
  const fullscreen = button(
    'Fullscreen',
    () => {
      if (document.fullscreenElement) void document.exitFullscreen();
      else void fullscreenTarget.requestFullscreen?.();
    },
    { attrs: { title: 'Fullscreen graph' } },
  );
  return el(
    'div',
    { className: 'camera-controls', attrs: { role: 'toolbar', 'aria-label': 'Graph view' } },
    button('+', () => renderer.zoom(1.5), { attrs: { 'aria-label': 'Zoom in', title: 'Zoom in' } }),
    button('−', () => renderer.zoom(1 / 1.5), { attrs: { 'aria-label': 'Zoom out', title: 'Zoom out' } }),
    button('Fit', () => renderer.fit(), { attrs: { title: 'Fit the whole graph' } }),
    fullscreen,
    layoutButton,
    button('Reset layout', () => renderer.resetLayout(), {
      attrs: { title: 'Back to the stored positions' },
    }),
  );
}
