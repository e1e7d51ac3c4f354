// How a claim's status is marked: an icon and a word (never colour alone), in panels and on the canvas.
import type { Claim, ClaimStatus, NodeRecord } from '../schema/index.ts';

export interface ClaimMark {
  readonly icon: string;
  readonly text: string;
  /** What the mark means, for the legend. */
  readonly description: string;
  /** Whether the canvas marks the node or relation (statuses a reader must not miss). */
  readonly flagged: boolean;
}

export const CLAIM_MARKS: Readonly<Record<ClaimStatus, ClaimMark>> = {
  confirmed: { icon: '✓', text: 'confirmed', description: 'other sources confirm it', flagged: false },
  disputed: { icon: '⚠', text: 'disputed', description: 'other sources say otherwise', flagged: true },
  overstated: {
    icon: '⚠',
    text: 'overstated',
    description: 'the source says more than the record supports',
    flagged: true,
  },
  superseded: { icon: '⟳', text: 'superseded', description: 'true once, replaced since', flagged: true },
  unverified: { icon: '?', text: 'unverified', description: 'no other source checked', flagged: false },
};

/** The flagged status of a claim, if any. */
export function flaggedStatus(claim: Claim | undefined): ClaimStatus | undefined {
  return claim !== undefined && CLAIM_MARKS[claim.status].flagged ? claim.status : undefined;
}

/** A node's flagged status: its own claim's, else the first flagged claim among its figures. */
export function nodeFlag(record: NodeRecord): ClaimStatus | undefined {
  return flaggedStatus(record.claim) ?? record.figures?.map((f) => flaggedStatus(f.claim)).find(Boolean);
}

/** "⚠ disputed": the text suffix used on canvas labels. */
export function markText(status: ClaimStatus): string {
  const mark = CLAIM_MARKS[status];
  return `${mark.icon} ${mark.text}`;
}
