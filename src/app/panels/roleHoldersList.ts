// Who held each role on the "as of" day (the time control's lower half): the first few roles, then "Show all".

import { roleHolders } from '../../query/index.ts';
import type { AppContext } from '../context.ts';
import { button, el } from '../dom.ts';

/** Roles listed under "Role holders" before "Show all". */
const ROLES_LISTED = 12;

export interface RoleHoldersList {
  /** The heading, list and "Show all" button; empty when the graph has no roles. */
  readonly elements: HTMLElement[];
  render(day: string | undefined): void;
}

export function createRoleHoldersList(ctx: AppContext): RoleHoldersList {
  const { graph } = ctx;
  const holders = el('ul', { className: 'role-holders', attrs: { id: 'role-holders' } });
  const roles = graph.filterNodes((_n, a) => a.kind === 'role');
  // A big graph has thousands of roles: the first few are listed until the reader asks for all.
  let listed = Math.min(roles.length, ROLES_LISTED);
  let shownDay: string | undefined;
  const more = el('p', { className: 'small' });

  const item = (role: string, day: string | undefined): HTMLElement => {
    const who = day === undefined ? [] : roleHolders(graph, role, day);
    const li = el(
      'li',
      { attrs: { 'data-role': role } },
      el('span', { className: 'role', text: `${graph.getNodeAttribute(role, 'label')}: ` }),
    );
    if (day === undefined) li.append(el('span', { className: 'muted', text: 'pick a date' }));
    else if (who.length === 0) li.append(el('span', { className: 'muted', text: 'nobody recorded' }));
    who.forEach((holder, i) => {
      if (i > 0) li.append(', ');
      li.append(
        button(graph.getNodeAttribute(holder, 'label'), () => ctx.selectNode(holder), {
          className: 'link holder',
        }),
      );
    });
    return li;
  };

  const render = (day: string | undefined): void => {
    shownDay = day;
    more.replaceChildren(
      ...(listed < roles.length
        ? [
            button(`Show all ${roles.length} roles`, () => {
              listed = roles.length;
              render(shownDay);
            }),
          ]
        : []),
    );
    holders.replaceChildren(...roles.slice(0, listed).map((role) => item(role, day)));
  };

  return {
    elements:
      roles.length > 0 ? [el('h3', { className: 'small-heading', text: 'Role holders' }), holders, more] : [],
    render,
  };
}
