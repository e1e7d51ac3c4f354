// The closed lists of values the schema allows (plain constants, free of zod: see primitives.ts).

export const SCHEMA_VERSION = 1;

export const BASIS = ['stated', 'inferred'] as const;
export const STANCE = ['supports', 'contradicts'] as const;

export const CLAIM_STATUS = ['confirmed', 'disputed', 'overstated', 'superseded', 'unverified'] as const;

export const QUALIFIERS = ['exact', 'more-than', 'at-least', 'about', 'up-to'] as const;
