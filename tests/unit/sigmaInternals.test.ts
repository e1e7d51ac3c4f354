// SteppedSigma uses sigma 3.0.3's private fields only when every one is there and of the right shape
// (otherwise it falls back to sigma's own refresh). The e2e test (steppedSigma.test.ts) shows real
// sigma 3.0.3 passes the check, since the steps run there in slices; this shows the check refuses
// a sigma with any one field missing or of another shape.
import { describe, expect, it } from 'vitest';
import { sigmaInternals } from '../../src/app/graph/sigmaInternals.ts';

const method = (): void => {};
const extent = (): { x: [number, number]; y: [number, number] } => ({ x: [0, 1], y: [0, 1] });

/** The fields of a sigma 3.0.3 instance that SteppedSigma reads, as sigma's constructor sets them. */
function sigmaLike(): Record<string, unknown> {
  const normalization = Object.assign(() => ({ x: 0, y: 0 }), { applyTo: method });
  return {
    settings: {},
    nodeDataCache: {},
    edgeDataCache: {},
    edgesWithForcedLabels: new Set(),
    nodesWithForcedLabels: new Set(),
    highlightedNodes: new Set(),
    nodeProgramIndex: {},
    edgeProgramIndex: {},
    nodeExtent: extent(),
    nodeZExtent: [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
    edgeZExtent: [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
    customBBox: null,
    normalizationFunction: normalization,
    labelGrid: { resizeAndClear: method, add: method, organize: method, getIndex: method, cells: {} },
    nodePrograms: { circle: { reallocate: method } },
    edgePrograms: { line: { reallocate: method }, arrow: { reallocate: method } },
    itemIDsIndex: {},
    nodeIndices: {},
    edgeIndices: {},
    needToProcess: false,
    clearNodeIndices: method,
    clearEdgeIndices: method,
    addNode: method,
    addEdge: method,
    removeNode: method,
    removeEdge: method,
    addNodeToProgram: method,
    addEdgeToProgram: method,
  };
}

describe('sigmaInternals', () => {
  it('accepts a sigma with every private field it uses', () => {
    const sigma = sigmaLike();
    expect(sigmaInternals(sigma)).toBe(sigma);
    expect(sigmaInternals({ ...sigma, customBBox: extent() })).toBeDefined();
  });

  it.each(Object.keys(sigmaLike()))('refuses a sigma without %s', (field) => {
    const sigma = sigmaLike();
    delete sigma[field];
    expect(sigmaInternals(sigma)).toBeUndefined();
  });

  it('refuses fields of another shape', () => {
    const changed: Record<string, unknown>[] = [
      { edgeProgramIndex: null },
      { highlightedNodes: [] },
      { nodeZExtent: [0] },
      { nodeExtent: { x: [0, 1] } },
      { normalizationFunction: () => ({}) },
      { labelGrid: { resizeAndClear: method, add: method } },
      { labelGrid: { resizeAndClear: method, add: method, organize: method, getIndex: method } },
      { edgePrograms: { line: {} } },
      { needToProcess: 'no' },
      { addEdgeToProgram: {} },
    ];
    for (const change of changed) expect(sigmaInternals({ ...sigmaLike(), ...change })).toBeUndefined();
  });
});
