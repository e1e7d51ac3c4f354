// How SteppedSigma makes an item's display data: sigma 3.0.3's private addNode and addEdge, with an
// ItemDisplay in place of sigma's copy of the attributes and of its reducer settings.
import type { Attributes, default as Graph } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { SigmaInternals } from './sigmaInternals.ts';

/**
 * How items become display data, given to SteppedSigma.create: a function per item kind that
 * returns a new object (never the attributes themselves) with what sigma draws, reducers applied.
 * It takes the place of sigma's copy of the attributes and of its reducer settings, so a graph
 * whose attributes are not display data (a domain graph) is drawn without a drawn copy of it.
 */
export interface ItemDisplay<N extends Attributes, E extends Attributes> {
  node(key: string, attributes: N): Partial<NodeDisplayData>;
  edge(key: string, attributes: E): Partial<EdgeDisplayData>;
}

type Make<D> = (key: string, attributes: Attributes) => Partial<D>;

/** An item's data before sigma's defaults: `make`'s when given, else a spread copy through `reduce`. */
function itemData<D>(
  key: string,
  attributes: Attributes,
  make: Make<D> | undefined,
  reduce: Make<D> | null,
): Partial<D> {
  if (make) return make(key, attributes);
  const copy = { ...attributes };
  return reduce ? reduce(key, copy) : (copy as Partial<D>);
}

/** Widens a [min, max] extent to take `z` in. */
function widen(extent: [number, number], z: number): void {
  if (z < extent[0]) extent[0] = z;
  if (z > extent[1]) extent[1] = z;
}

/**
 * sigma's private addNode (sigma 3.0.3), with the display data from `display` when given, else
 * from a spread copy of the attributes through the nodeReducer setting, as sigma does.
 */
export function addNodeData(
  internals: SigmaInternals,
  graph: Graph,
  key: string,
  display: ItemDisplay<Attributes, Attributes> | undefined,
): void {
  const settings = internals.settings;
  const data = itemData(key, graph.getNodeAttributes(key), display?.node, settings.nodeReducer);
  // sigma's applyNodeDefaults:
  const d = data as NodeDisplayData;
  if (!Object.hasOwn(d, 'x') || !Object.hasOwn(d, 'y'))
    throw new Error(`Sigma: could not find a valid position (x, y) for node "${key}".`);
  if (!d.color) d.color = settings.defaultNodeColor;
  if (!d.label && d.label !== '') d.label = null;
  if (d.label !== undefined && d.label !== null) d.label = `${d.label}`;
  else d.label = null;
  if (!d.size) d.size = 2;
  if (!Object.hasOwn(d, 'hidden')) d.hidden = false;
  if (!Object.hasOwn(d, 'highlighted')) d.highlighted = false;
  if (!Object.hasOwn(d, 'forceLabel')) d.forceLabel = false;
  if (!d.type) d.type = settings.defaultNodeType;
  if (!d.zIndex) d.zIndex = 0;
  internals.nodeDataCache[key] = d;
  internals.nodesWithForcedLabels.delete(key);
  if (d.forceLabel && !d.hidden) internals.nodesWithForcedLabels.add(key);
  internals.highlightedNodes.delete(key);
  if (d.highlighted && !d.hidden) internals.highlightedNodes.add(key);
  if (settings.zIndex) widen(internals.nodeZExtent, d.zIndex);
}

/**
 * sigma's private addEdge (sigma 3.0.3), with the display data from `display` when given, else
 * copying the attributes with a spread rather than Object.assign: in Chromium the latter allocated
 * far more than the object's size per edge, and the garbage meant long GC pauses on big graphs.
 * The same data results (tests/e2e/steppedSigma.test.ts compares the caches).
 */
export function addEdgeData(
  internals: SigmaInternals,
  graph: Graph,
  key: string,
  display: ItemDisplay<Attributes, Attributes> | undefined,
): void {
  const settings = internals.settings;
  const data = itemData(key, graph.getEdgeAttributes(key), display?.edge, settings.edgeReducer);
  // sigma's applyEdgeDefaults:
  const d = data as EdgeDisplayData;
  if (!d.color) d.color = settings.defaultEdgeColor;
  if (!d.label) d.label = '';
  if (!d.size) d.size = 0.5;
  if (!Object.hasOwn(d, 'hidden')) d.hidden = false;
  if (!Object.hasOwn(d, 'forceLabel')) d.forceLabel = false;
  if (!d.type) d.type = settings.defaultEdgeType;
  if (!d.zIndex) d.zIndex = 0;
  internals.edgeDataCache[key] = d;
  internals.edgesWithForcedLabels.delete(key);
  if (d.forceLabel && !d.hidden) internals.edgesWithForcedLabels.add(key);
  if (settings.zIndex) widen(internals.edgeZExtent, d.zIndex);
}
