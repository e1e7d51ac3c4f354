// The closed set of relation kinds, each with a fixed direction and a phrase to read it by.
import type { NodeKind } from './nodeKinds.ts';

export interface RelationKindInfo {
  /** Reads "<source> <phrase> <target>". */
  readonly phrase: string;
  /** Reads "<target> <inverse> <source>". */
  readonly inverse: string;
  /** True when the relation reads the same both ways (direction carries no meaning). */
  readonly symmetric: boolean;
  readonly description: string;
  /** Node kinds the source is expected to have; other kinds are reported as warnings. */
  readonly sourceKinds?: readonly NodeKind[];
  readonly targetKinds?: readonly NodeKind[];
}

export const RELATION_KINDS = {
  established: {
    phrase: 'established',
    inverse: 'was established by',
    symmetric: false,
    description: 'Created or set up the target.',
  },
  funds: { phrase: 'funds', inverse: 'is funded by', symmetric: false, description: 'Pays for the target.' },
  leads: { phrase: 'leads', inverse: 'is led by', symmetric: false, description: 'Directs the target.' },
  backs: {
    phrase: 'backs',
    inverse: 'is backed by',
    symmetric: false,
    description: 'Supports the target, with resources or voice.',
  },
  delivers: {
    phrase: 'delivers',
    inverse: 'is delivered by',
    symmetric: false,
    description: 'Runs or carries out the target programme.',
  },
  'collaborates-with': {
    phrase: 'collaborates with',
    inverse: 'collaborates with',
    symmetric: true,
    description: 'Works together with the target.',
  },
  'member-of': {
    phrase: 'is a member of',
    inverse: 'has member',
    symmetric: false,
    description: 'Belongs to the target group.',
  },
  'part-of': {
    phrase: 'is part of',
    inverse: 'includes',
    symmetric: false,
    description: 'Is a component of.',
  },
  'holds-role': {
    phrase: 'holds the role of',
    inverse: 'is held by',
    symmetric: false,
    description: 'A person in a role, for the dates given.',
    sourceKinds: ['person'],
    targetKinds: ['role'],
  },
  heads: {
    phrase: 'heads',
    inverse: 'is headed by',
    symmetric: false,
    description: 'Is the head of the target.',
  },
  visited: {
    phrase: 'visited',
    inverse: 'was visited by',
    symmetric: false,
    description: 'Went to the target.',
  },
  praised: { phrase: 'praised', inverse: 'was praised by', symmetric: false, description: 'Spoke well of.' },
  introduced: {
    phrase: 'introduced',
    inverse: 'was introduced by',
    symmetric: false,
    description: 'Brought forward a bill or measure.',
  },
  'would-require': {
    phrase: 'would require',
    inverse: 'would be required by',
    symmetric: false,
    description: 'A law or bill that would place a duty on the target.',
  },
  safeguards: {
    phrase: 'safeguards',
    inverse: 'is safeguarded by',
    symmetric: false,
    description: 'Protects the target.',
  },
  targets: {
    phrase: 'targets',
    inverse: 'is targeted by',
    symmetric: false,
    description: 'Acts against the target (offenders, crimes).',
  },
  trains: { phrase: 'trains', inverse: 'is trained by', symmetric: false, description: 'Gives training to.' },
  'advocates-for': {
    phrase: 'advocates for',
    inverse: 'is advocated for by',
    symmetric: false,
    description: 'Speaks up for the target.',
  },
  'operates-in': {
    phrase: 'operates in',
    inverse: 'is the area of',
    symmetric: false,
    description: 'Works within the target area.',
  },
  'located-in': {
    phrase: 'is located in',
    inverse: 'is the location of',
    symmetric: false,
    description: 'Sits in.',
  },
  'responsible-for': {
    phrase: 'is responsible for',
    inverse: 'is the responsibility of',
    symmetric: false,
    description: 'Answers for the target.',
  },
  'succeeded-by': {
    phrase: 'was succeeded by',
    inverse: 'succeeded',
    symmetric: false,
    description: 'Was replaced by the target, which carries on its role or measures.',
  },
  'related-to': {
    phrase: 'is related to',
    inverse: 'is related to',
    symmetric: true,
    description: 'A generic link, used for imported relations whose type is not ours.',
  },
} as const satisfies Record<string, RelationKindInfo>;

export type RelationKind = keyof typeof RELATION_KINDS;
export const RELATION_KIND_IDS = Object.keys(RELATION_KINDS) as [RelationKind, ...RelationKind[]];

export function isRelationKind(value: string): value is RelationKind {
  return Object.hasOwn(RELATION_KINDS, value);
}

export function relationInfo(kind: RelationKind): RelationKindInfo {
  return RELATION_KINDS[kind];
}
