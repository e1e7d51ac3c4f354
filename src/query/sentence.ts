// Relations and figures written as plain sentences.
import type { StakeholderGraph } from '../graph/index.ts';
import { type Figure, RELATION_KINDS, type RelationKind } from '../schema/index.ts';

/** "Home Office funds Grooming Gangs Taskforce", with the edge's `detail` appended. */
export function relationSentence(graph: StakeholderGraph, edge: string): string {
  const a = graph.getEdgeAttributes(edge);
  const source = graph.getNodeAttribute(graph.source(edge), 'label');
  const target = graph.getNodeAttribute(graph.target(edge), 'label');
  return sentenceOf(source, a.kind, target, a.record.detail);
}

/** The sentence a relation makes, from its parts (the editor shows it while the relation is built). */
export function sentenceOf(source: string, kind: RelationKind, target: string, detail?: string): string {
  return `${source} ${RELATION_KINDS[kind].phrase} ${target}${detail === undefined || detail === '' ? '' : ` ${detail}`}`;
}

const QUALIFIER_WORDS: Record<NonNullable<Figure['qualifier']>, string> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  about: 'about ',
  'up-to': 'up to ',
};

/** "more than 550 Arrests (2023-04 to 2024-05)". */
export function figureText(figure: Figure): string {
  const value = `${QUALIFIER_WORDS[figure.qualifier ?? 'exact']}${figure.value.toLocaleString('en-GB')}${figure.unit ? ` ${figure.unit}` : ''}`;
  const when =
    figure.on !== undefined
      ? ` (on ${figure.on})`
      : figure.start !== undefined || figure.end !== undefined
        ? ` (${figure.start ?? '…'} to ${figure.end ?? '…'})`
        : '';
  return `${figure.label}: ${value}${when}`;
}
