// The explorer's state after an edit in the editor: the search index takes the touched nodes again,
// a selection whose item went is cleared (and leaves the URL with it), and the details of a
// selection the edit touched are shown again.
import type { AppContext } from './context.ts';
import type { GraphEdit } from './graphEdits.ts';

/** Whether the edit changed the selected item or something its details show (its relations, their ends). */
function touchesSelection(ctx: AppContext, edit: GraphEdit): boolean {
  const s = ctx.store.getState().selection;
  if (s === undefined) return false;
  if (s.kind === 'edge') {
    if (edit.edges.has(s.id)) return true;
    return ctx.graph.hasEdge(s.id) && ctx.graph.extremities(s.id).some((n) => edit.nodes.has(n));
  }
  if (edit.nodes.has(s.id)) return true;
  for (const { before, after } of edit.edges.values())
    for (const a of [before, after])
      if (a && (a.record.source === s.id || a.record.target === s.id)) return true;
  return ctx.graph.hasNode(s.id) && ctx.graph.neighbors(s.id).some((n) => edit.nodes.has(n));
}

/**
 * Clears a selection whose item the graph no longer has: at once, in the edit's task (the other
 * views follow after its frame), so that nothing drawn or highlighted names a missing item.
 */
export function dropGoneSelection(ctx: AppContext): void {
  const s = ctx.store.getState().selection;
  const gone = s !== undefined && (s.kind === 'node' ? !ctx.graph.hasNode(s.id) : !ctx.graph.hasEdge(s.id));
  if (gone) ctx.store.dispatch({ type: 'select', selection: undefined });
}

export function followEdits(ctx: AppContext, showDetails: () => void): void {
  ctx.edits.subscribe((edit) => {
    for (const id of edit.nodes.keys()) ctx.search.refresh(id);
    dropGoneSelection(ctx);
    if (touchesSelection(ctx, edit)) showDetails();
  });
}
