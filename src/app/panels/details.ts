// The Details tab: the selected node (kind, description, aliases, figures, relations with evidence) or relation.
import { basisOf, edgeEvidence, figureText, type LocatedEvidence, nodeEvidence } from '../../query/index.ts';
import { type Claim, type ClaimStatus, NODE_KINDS, RELATION_KINDS } from '../../schema/index.ts';
import { CLAIM_MARKS, flaggedStatus, markText, nodeFlag } from '../claimMarks.ts';
import type { AppContext } from '../context.ts';
import { button, el, swatch } from '../dom.ts';
import type { ExplorerState } from '../state/store.ts';
import { basisBadge, claimBox, evidenceList, onClaim } from './evidence.ts';

function dates(start?: string, end?: string, on?: string): string | undefined {
  if (on) return `on ${on}`;
  if (start || end) return `${start ?? '…'} to ${end ?? 'present'}`;
  return undefined;
}

/** The visible mark of a disputed, overstated or superseded claim (icon and word). */
function flagChip(status: ClaimStatus | undefined): HTMLElement | null {
  if (status === undefined) return null;
  return el('span', {
    className: `claim-mark ${status}`,
    text: markText(status),
    attrs: { title: `Claim ${status}: ${CLAIM_MARKS[status].description}` },
  });
}

/** A claim box (both sides) and the evidence not already shown in it. */
function evidenceWithClaim(
  ctx: AppContext,
  claim: Claim | undefined,
  items: readonly LocatedEvidence[],
): (HTMLElement | null)[] {
  const rest = items.filter((i) => !onClaim(claim, i));
  return [claimBox(ctx.graph, claim, items), rest.length > 0 || !claim ? evidenceList(rest) : null];
}

/** "Home Office funds Grooming Gangs Taskforce", other nodes as buttons that move the selection. */
function sentence(ctx: AppContext, edge: string, current: string | undefined): HTMLElement {
  const { graph } = ctx;
  const a = graph.getEdgeAttributes(edge);
  const end = (node: string): Node =>
    node === current
      ? el('strong', { text: graph.getNodeAttribute(node, 'label') })
      : button(graph.getNodeAttribute(node, 'label'), () => ctx.selectNode(node), { className: 'link' });
  return el(
    'p',
    { className: 'sentence' },
    end(graph.source(edge)),
    ` ${RELATION_KINDS[a.kind].phrase} `,
    end(graph.target(edge)),
    a.record.detail ? ` ${a.record.detail}` : '',
  );
}

function relationItem(ctx: AppContext, edge: string, current: string): HTMLElement {
  const a = ctx.graph.getEdgeAttributes(edge);
  const when = dates(a.record.start, a.record.end, a.record.on);
  return el(
    'li',
    { className: 'relation', attrs: { 'data-edge': edge } },
    sentence(ctx, edge, current),
    el(
      'p',
      { className: 'meta' },
      basisBadge(basisOf(a.record, a.stated)),
      ' ',
      flagChip(flaggedStatus(a.record.claim)),
      when ? ` ${when} ` : ' ',
      button('Relation details', () => ctx.selectEdge(edge), { className: 'link small' }),
    ),
    ...evidenceWithClaim(ctx, a.record.claim, edgeEvidence(ctx.graph, edge)),
  );
}

function nodeDetails(ctx: AppContext, node: string): HTMLElement[] {
  const { graph } = ctx;
  const a = graph.getNodeAttributes(node);
  const r = a.record;
  const kind = NODE_KINDS[a.kind];
  const out: HTMLElement[] = [
    el('h2', { text: a.label, attrs: { id: 'details-title', tabindex: '-1' } }),
    el('p', { className: 'kind' }, swatch(kind.color), kind.label, ' ', flagChip(nodeFlag(r))),
    el(
      'p',
      { className: 'actions' },
      button('Find paths to…', () => ctx.findPathsFrom(node), {
        attrs: { id: 'find-paths-from', title: `How is ${a.label} connected to another stakeholder?` },
      }),
    ),
  ];
  if (r.description) out.push(el('p', { text: r.description }));
  if (r.aliases?.length)
    out.push(
      el('p', { className: 'aliases' }, el('strong', { text: 'Also known as: ' }), r.aliases.join('; ')),
    );
  const when = dates(r.start, r.end);
  if (when) out.push(el('p', { text: `Dates: ${when}` }));
  if (r.url)
    out.push(
      el(
        'p',
        {},
        el('a', { text: r.url, attrs: { href: r.url, target: '_blank', rel: 'noopener noreferrer' } }),
      ),
    );
  const own = nodeEvidence(graph, node).filter((e) => e.subject.kind === 'node');
  if (own.length || r.claim)
    out.push(
      el('h3', { text: 'Evidence' }),
      ...evidenceWithClaim(ctx, r.claim, own).filter((x): x is HTMLElement => x !== null),
    );
  if (r.figures?.length) {
    const list = el('ul', { className: 'figures' });
    r.figures.forEach((figure, index) => {
      const items = nodeEvidence(graph, node).filter(
        (e) => e.subject.kind === 'figure' && e.subject.index === index,
      );
      list.append(
        el(
          'li',
          {},
          el('p', { className: 'figure', text: figureText(figure) }),
          ...evidenceWithClaim(ctx, figure.claim, items),
        ),
      );
    });
    out.push(el('h3', { text: `Figures (${r.figures.length})` }), list);
  }
  const outgoing = graph.outEdges(node);
  const incoming = graph.inEdges(node).filter((e) => graph.source(e) !== node);
  const section = (title: string, edges: string[]): void => {
    if (edges.length === 0) return;
    const list = el('ul', { className: 'relations' });
    for (const e of edges) list.append(relationItem(ctx, e, node));
    out.push(el('h3', { text: `${title} (${edges.length})` }), list);
  };
  section('Relations out', outgoing);
  section('Relations in', incoming);
  if (outgoing.length + incoming.length === 0)
    out.push(el('p', { className: 'muted', text: 'No relations.' }));
  return out;
}

function edgeDetails(ctx: AppContext, edge: string): HTMLElement[] {
  const { graph } = ctx;
  const a = graph.getEdgeAttributes(edge);
  const info = RELATION_KINDS[a.kind];
  const when = dates(a.record.start, a.record.end, a.record.on);
  return [
    el('h2', { text: 'Relation', attrs: { id: 'details-title', tabindex: '-1' } }),
    sentence(ctx, edge, undefined),
    el(
      'p',
      { className: 'meta' },
      basisBadge(basisOf(a.record, a.stated)),
      ' ',
      flagChip(flaggedStatus(a.record.claim)),
      ` ${info.description}`,
    ),
    when ? el('p', { text: `Dates: ${when}` }) : el('span'),
    el('h3', { text: 'Evidence' }),
    ...evidenceWithClaim(ctx, a.record.claim, edgeEvidence(graph, edge)).filter(
      (x): x is HTMLElement => x !== null,
    ),
  ];
}

function overview(ctx: AppContext): HTMLElement[] {
  const g = ctx.graph;
  return [
    el('h2', { text: g.getAttribute('title'), attrs: { id: 'details-title', tabindex: '-1' } }),
    g.getAttribute('description') ? el('p', { text: g.getAttribute('description') ?? '' }) : el('span'),
    el('p', {
      className: 'muted',
      text: 'Select a node or a link on the graph, in the search box or in the table to see its evidence.',
    }),
  ];
}

export function renderDetails(ctx: AppContext, root: HTMLElement, state: ExplorerState): void {
  const s = state.selection;
  let content: HTMLElement[];
  if (s?.kind === 'node' && ctx.graph.hasNode(s.id)) content = nodeDetails(ctx, s.id);
  else if (s?.kind === 'edge' && ctx.graph.hasEdge(s.id)) content = edgeDetails(ctx, s.id);
  else if (s)
    content = [
      el('p', { className: 'error', text: `Nothing called "${s.id}" in this dataset.` }),
      ...overview(ctx),
    ];
  else content = overview(ctx);
  root.replaceChildren(...content);
  root.scrollTop = 0;
}
