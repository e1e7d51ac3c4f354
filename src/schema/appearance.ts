// A node's own appearance, as an imported file gave it: the attributes `color` (#rrggbb) and `size`
// (a positive number, in the file's units). The explorer draws them in place of the kind's colour
// and the degree's size. (Free of zod: the page imports it.)
import type { NodeRecord } from './record.ts';

/** The attribute keys that carry a node's appearance. */
/** Well-separated colours for groups (Tableau 10 and two more): a file's categories, communities. */
export const CATEGORY_PALETTE: readonly string[] = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#17becf',
  '#8c564b',
];

export const APPEARANCE_KEYS = { color: 'color', size: 'size' } as const;

export interface NodeAppearance {
  readonly color?: string;
  readonly size?: number;
}

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export const isHexColour = (v: unknown): v is string => typeof v === 'string' && HEX.test(v);

/** The node's own colour and size, when its attributes carry valid ones. */
export function nodeAppearance(record: Pick<NodeRecord, 'attributes'>): NodeAppearance {
  const a = record.attributes;
  if (a === undefined) return {};
  const color = a[APPEARANCE_KEYS.color];
  const size = a[APPEARANCE_KEYS.size];
  const out: { color?: string; size?: number } = {};
  if (isHexColour(color)) out.color = color;
  if (typeof size === 'number' && Number.isFinite(size) && size > 0) out.size = size;
  return out;
}
