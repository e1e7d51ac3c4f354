// Skip links: the first Tab stops of the page, shown when focused, that move the focus past the
// toolbar to the graph or to the details (instead of some fifty Tab presses).
import { el } from '../dom.ts';

/** A link that focuses the element with `targetId` (made focusable by script, not by Tab). */
function skipLink(text: string, targetId: string, before?: () => void): HTMLElement {
  const link = el('a', { className: 'skip-link', text, attrs: { href: `#${targetId}` } });
  link.addEventListener('click', (event) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    before?.();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest' });
  });
  return link;
}

/** `showDetails` opens the Details panel first (it may be behind another tab). */
export function createSkipLinks(showDetails: () => void): HTMLElement {
  return el(
    'nav',
    { className: 'skip-links', attrs: { 'aria-label': 'Skip links' } },
    skipLink('Skip to graph', 'graph'),
    skipLink('Skip to details', 'panel-details', showDetails),
  );
}
