// The hovered edge's tooltip: the relation as a sentence.
import type { StakeholderGraph } from '../../graph/index.ts';
import { basisOf } from '../../query/index.ts';
import { RELATION_KINDS } from '../../schema/index.ts';
import { flaggedStatus, markText } from '../claimMarks.ts';

/** "Home Office — funds → Grooming Gangs Taskforce", marked when the link is inferred or unsourced. */
export function edgeTooltip(graph: StakeholderGraph, edge: string): string {
  const a = graph.getEdgeAttributes(edge);
  const source = graph.getNodeAttribute(graph.source(edge), 'label');
  const target = graph.getNodeAttribute(graph.target(edge), 'label');
  const detail = a.record.detail === undefined ? '' : ` ${a.record.detail}`;
  const flag = flaggedStatus(a.record.claim);
  const mark = flag === undefined ? '' : ` [${markText(flag)} claim]`;
  const basis = basisOf(a.record, a.stated);
  const backing = basis === 'stated' ? '' : ` (${basis})`;
  return `${source} — ${RELATION_KINDS[a.kind].phrase} → ${target}${detail}${backing}${mark}`;
}
