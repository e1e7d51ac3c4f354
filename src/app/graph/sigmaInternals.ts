// The private parts of sigma 3.0.3 that SteppedSigma drives, checked field by field before use, and
// the part of them that sigma reads between frames (swapped while a graph is reprocessed in steps).
import type { Settings } from 'sigma/settings';
import type { Coordinates, Dimensions, EdgeDisplayData, Extent, NodeDisplayData } from 'sigma/types';
import type { createNormalizationFunction } from 'sigma/utils';

interface ProgramInternals {
  reallocate(capacity: number): void;
}

type ItemIDsIndex = Record<number, { type: 'node' | 'edge'; id: string }>;

/** A label grid entry (sigma's LabelCandidate: a key and a size, in cells sorted by `compare`). */
export interface LabelCandidate {
  key: string;
  size: number;
}

/** The private parts of sigma 3.0.3 that its refresh() and process() use (see steppedSigma.ts). */
export interface SigmaInternals {
  settings: Settings;
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  edgesWithForcedLabels: Set<string>;
  nodesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  nodeProgramIndex: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
  nodeExtent: { x: Extent; y: Extent };
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
  customBBox: { x: Extent; y: Extent } | null;
  normalizationFunction: ReturnType<typeof createNormalizationFunction>;
  labelGrid: {
    resizeAndClear(dimensions: Dimensions, cellSize: number): void;
    add(key: string, size: number, position: Coordinates): void;
    organize(): void;
    getIndex(position: Coordinates): number;
    cells: Record<number, LabelCandidate[]>;
  };
  nodePrograms: Record<string, ProgramInternals>;
  edgePrograms: Record<string, ProgramInternals>;
  itemIDsIndex: ItemIDsIndex;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  needToProcess: boolean;
  clearNodeIndices(): void;
  clearEdgeIndices(): void;
  addNode(key: string): void;
  addEdge(key: string): void;
  removeNode(key: string): void;
  removeEdge(key: string): void;
  addNodeToProgram(node: string, fingerprint: number, position: number): void;
  addEdgeToProgram(edge: string, fingerprint: number, position: number): void;
}

type Check = (value: unknown) => boolean;

const isObject: Check = (v) => typeof v === 'object' && v !== null;
const isFunction: Check = (v) => typeof v === 'function';
const isSet: Check = (v) => v instanceof Set;
const isRange: Check = (v) => Array.isArray(v) && v.length === 2;
const isExtent: Check = (v) =>
  isObject(v) && isRange((v as { x: unknown }).x) && isRange((v as { y: unknown }).y);
const hasMethods =
  (...names: string[]): Check =>
  (v) =>
    isObject(v) && names.every((n) => isFunction((v as Record<string, unknown>)[n]));
const allHave =
  (check: Check): Check =>
  (v) =>
    isObject(v) && Object.values(v as object).every(check);

/** Every field and method of SigmaInternals, with what it must look like. */
const FIELDS: Record<keyof SigmaInternals, Check> = {
  settings: isObject,
  nodeDataCache: isObject,
  edgeDataCache: isObject,
  edgesWithForcedLabels: isSet,
  nodesWithForcedLabels: isSet,
  highlightedNodes: isSet,
  nodeProgramIndex: isObject,
  edgeProgramIndex: isObject,
  nodeExtent: isExtent,
  nodeZExtent: isRange,
  edgeZExtent: isRange,
  customBBox: (v) => v === null || isExtent(v),
  normalizationFunction: (v) => isFunction(v) && isFunction((v as { applyTo?: unknown }).applyTo),
  labelGrid: (v) =>
    hasMethods('resizeAndClear', 'add', 'organize', 'getIndex')(v) &&
    isObject((v as { cells: unknown }).cells),
  nodePrograms: allHave(hasMethods('reallocate')),
  edgePrograms: allHave(hasMethods('reallocate')),
  itemIDsIndex: isObject,
  nodeIndices: isObject,
  edgeIndices: isObject,
  needToProcess: (v) => typeof v === 'boolean',
  clearNodeIndices: isFunction,
  clearEdgeIndices: isFunction,
  addNode: isFunction,
  addEdge: isFunction,
  removeNode: isFunction,
  removeEdge: isFunction,
  addNodeToProgram: isFunction,
  addEdgeToProgram: isFunction,
};

/**
 * The sigma's private parts if every one SteppedSigma uses is there and of the right shape, else
 * undefined (another sigma version: the caller then uses sigma's own one-task refresh).
 */
export function sigmaInternals(sigma: object): SigmaInternals | undefined {
  const fields = sigma as Record<string, unknown>;
  for (const [name, check] of Object.entries(FIELDS)) if (!check(fields[name])) return undefined;
  return sigma as SigmaInternals;
}

/**
 * What sigma's processing writes and its hover, labels, partial refreshes and getters read between
 * frames. While a graph is reprocessed in steps (refreshSteps), the state being built and the state
 * on screen trade places at every pause, so between slices sigma sees the frame it shows, whole.
 */
const PROCESSED_STATE = [
  'nodeDataCache',
  'edgeDataCache',
  'nodeProgramIndex',
  'edgeProgramIndex',
  'edgesWithForcedLabels',
  'nodesWithForcedLabels',
  'highlightedNodes',
  'nodeZExtent',
  'edgeZExtent',
  'labelGrid',
  'nodeExtent',
  'normalizationFunction',
  'itemIDsIndex',
  'nodeIndices',
  'edgeIndices',
] as const satisfies readonly (keyof SigmaInternals)[];

export type ProcessedState = Pick<SigmaInternals, (typeof PROCESSED_STATE)[number]>;

export function takeState(internals: SigmaInternals): ProcessedState {
  const state: Partial<Record<keyof ProcessedState, unknown>> = {};
  for (const key of PROCESSED_STATE) state[key] = internals[key];
  return state as ProcessedState;
}

export function putState(internals: SigmaInternals, state: ProcessedState): void {
  const fields = internals as unknown as Record<keyof ProcessedState, unknown>;
  for (const key of PROCESSED_STATE) fields[key] = state[key];
}
