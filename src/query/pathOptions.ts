// Options of path queries: DEFAULT_PATH_OPTIONS, resolvePathOptions() with readable errors.
import { didYouMean } from '../graph/index.ts';
import {
  isNodeKind,
  isRelationKind,
  NODE_KIND_IDS,
  type NodeKind,
  RELATION_KIND_IDS,
  type RelationKind,
} from '../schema/index.ts';

export const PATH_MODES = ['shortest', 'all-shortest', 'k-shortest', 'all-simple'] as const;
export type PathMode = (typeof PATH_MODES)[number];

export interface PathOptions {
  /** shortest (one path), all-shortest, k-shortest (Yen), all-simple (up to maxLength hops). */
  mode: PathMode;
  /** How many paths `k-shortest` returns at most. */
  k: number;
  /** Longest path (in hops) that `all-simple` lists. */
  maxLength: number;
  /** Cap on the number of paths returned by `all-shortest` and `all-simple` (then `capped: true`). */
  limit: number;
  /** Follow edges only in their direction; by default a relation links its two ends both ways. */
  directed: boolean;
  /** Follow only these relation kinds (empty: all). */
  onlyRelations: readonly RelationKind[];
  excludeRelations: readonly RelationKind[];
  /** Node kinds that paths may not pass through (the two ends are always allowed). */
  excludeNodeKinds: readonly NodeKind[];
  /** Node ids that paths may not pass through (the two ends are always allowed). */
  excludeNodes: readonly string[];
  /** Skip relations with no stated evidence (only inferred). */
  statedOnly: boolean;
  /** Use each edge's `weight` (default 1) as its cost: Dijkstra instead of BFS. */
  weight: boolean;
}

export const DEFAULT_PATH_OPTIONS: Readonly<PathOptions> = Object.freeze({
  mode: 'shortest',
  k: 3,
  maxLength: 4,
  limit: 100,
  directed: false,
  onlyRelations: [],
  excludeRelations: [],
  excludeNodeKinds: [],
  excludeNodes: [],
  statedOnly: false,
  weight: false,
});

/** Bad options (unknown relation kind, k of zero...): a message for people, never a crash. */
export class PathQueryError extends Error {
  constructor(
    message: string,
    /** Close matches for an unknown name, or the candidates for an ambiguous one. */
    readonly candidates: string[] = [],
  ) {
    super(message);
    this.name = 'PathQueryError';
  }
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw new PathQueryError(`${name} must be a whole number of at least 1, not ${value}`);
  return value;
}

function kinds<T extends string>(
  name: string,
  values: readonly string[],
  ok: (v: string) => v is T,
  all: readonly string[],
): T[] {
  if (values.length === 0) return [];
  return values.map((v) => {
    if (ok(v)) return v;
    const hint = didYouMean(v, all);
    throw new PathQueryError(
      `${name}: unknown type "${v}"${hint ? `; ${hint}` : ''} (one of ${all.join(', ')})`,
    );
  });
}

/** Fills defaults and checks every option; throws PathQueryError with a readable message. */
export function resolvePathOptions(options: Partial<PathOptions> = {}): PathOptions {
  // Field by field rather than spreading: this runs on every query and should cost next to nothing.
  const d = DEFAULT_PATH_OPTIONS;
  const mode = options.mode ?? d.mode;
  if (!(PATH_MODES as readonly string[]).includes(mode))
    throw new PathQueryError(`mode must be one of ${PATH_MODES.join(', ')}, not "${mode}"`);
  return {
    mode,
    k: positiveInteger('k', options.k ?? d.k),
    maxLength: positiveInteger('maxLength', options.maxLength ?? d.maxLength),
    limit: positiveInteger('limit', options.limit ?? d.limit),
    directed: options.directed === true,
    onlyRelations: kinds('onlyRelations', options.onlyRelations ?? [], isRelationKind, RELATION_KIND_IDS),
    excludeRelations: kinds(
      'excludeRelations',
      options.excludeRelations ?? [],
      isRelationKind,
      RELATION_KIND_IDS,
    ),
    excludeNodeKinds: kinds('excludeNodeKinds', options.excludeNodeKinds ?? [], isNodeKind, NODE_KIND_IDS),
    excludeNodes: options.excludeNodes === undefined ? [] : [...options.excludeNodes],
    statedOnly: options.statedOnly === true,
    weight: options.weight === true,
  };
}
