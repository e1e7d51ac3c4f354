// The closed set of node kinds: one registry drives schema, colours, legend and filters.

export interface NodeKindInfo {
  readonly label: string;
  readonly plural: string;
  readonly color: string;
  readonly description: string;
}

export const NODE_KINDS = {
  'government-body': {
    label: 'Government body',
    plural: 'Government bodies',
    color: '#1f5fbf',
    description: 'A government, ministry or department.',
  },
  role: {
    label: 'Role',
    plural: 'Roles',
    color: '#7b4fc9',
    description: 'A ministerial or official position, held by people over time.',
  },
  person: { label: 'Person', plural: 'People', color: '#d1497b', description: 'A named individual.' },
  'police-force': {
    label: 'Police force',
    plural: 'Police forces',
    color: '#2a8c8c',
    description: 'A territorial police force.',
  },
  'law-enforcement-agency': {
    label: 'Law-enforcement agency',
    plural: 'Law-enforcement agencies',
    color: '#0f6b4f',
    description: 'A national agency that enforces the law, such as the National Crime Agency.',
  },
  'policing-body': {
    label: 'Policing body',
    plural: 'Policing bodies',
    color: '#3d9e4a',
    description: 'A body that coordinates or oversees policing.',
  },
  taskforce: {
    label: 'Taskforce or unit',
    plural: 'Taskforces and units',
    color: '#e07b00',
    description: 'A specialist unit, taskforce or programme.',
  },
  charity: { label: 'Charity', plural: 'Charities', color: '#c23b22', description: 'A registered charity.' },
  legislation: {
    label: 'Legislation',
    plural: 'Legislation',
    color: '#8a6d1f',
    description: 'A bill or an act of Parliament.',
  },
  group: {
    label: 'Group of people',
    plural: 'Groups of people',
    color: '#6b7a8f',
    description: 'A group such as victims, officers or professionals.',
  },
  jurisdiction: {
    label: 'Jurisdiction',
    plural: 'Jurisdictions',
    color: '#4a6b8a',
    description: 'A country or legal area.',
  },
  place: { label: 'Place', plural: 'Places', color: '#9c7a54', description: 'A building, town or site.' },
  event: { label: 'Event', plural: 'Events', color: '#b0508f', description: 'A dated occurrence.' },
  organisation: {
    label: 'Other organisation',
    plural: 'Other organisations',
    color: '#5c6b73',
    description: 'An organisation that fits no other kind.',
  },
  other: {
    label: 'Other',
    plural: 'Other',
    color: '#8c8c8c',
    description: 'A generic kind, used for imported items whose type is not ours.',
  },
} as const satisfies Record<string, NodeKindInfo>;

export type NodeKind = keyof typeof NODE_KINDS;
export const NODE_KIND_IDS = Object.keys(NODE_KINDS) as [NodeKind, ...NodeKind[]];

export function isNodeKind(value: string): value is NodeKind {
  return Object.hasOwn(NODE_KINDS, value);
}
