// "Neighbourhood: off 1 2 3 hops" in a node's details: the nodes that many steps away stand out, the rest fades.
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';
import { MAX_HOPS } from '../state/store.ts';

export function neighbourhoodControl(ctx: AppContext): HTMLElement {
  const { store } = ctx;
  const buttons = Array.from({ length: MAX_HOPS + 1 }, (_, hops) => hops).map((hops) =>
    button(
      hops === 0 ? 'off' : String(hops),
      () => {
        store.dispatch({ type: 'setHops', hops });
        sync();
      },
      {
        className: 'hop',
        attrs: {
          'data-hops': String(hops),
          title:
            hops === 0
              ? 'Show the whole graph'
              : `Show what is ${hops} step${hops > 1 ? 's' : ''} away or closer`,
        },
      },
    ),
  );
  const sync = (): void => {
    const hops = store.getState().hops;
    for (let i = 0; i < buttons.length; i++) buttons[i]!.setAttribute('aria-pressed', String(i === hops));
  };
  sync();
  return el(
    'p',
    { className: 'neighbourhood', attrs: { role: 'group', 'aria-label': 'Neighbourhood in hops' } },
    'Neighbourhood: ',
    ...buttons,
    ' hops',
  );
}
