// sigma's nodes or edges drawn a slice at a time, for an image copied one slice per task (png.ts).
//
// sigma 3 draws each program's items in one WebGL call, and copying the layer afterwards waits for
// all of it: with software WebGL, seconds on a big graph. No sigma setting splits that call, so
// this points a program at a slice of its items for one render. It drives sigma 3.0's private
// fields (pinned; see package.json), checked before use; without them, callers draw whole frames.

/** The parts of a sigma 3.0 renderer that drawing one layer alone needs. */
interface Internals {
  webGLContexts?: Partial<Record<SlicedLayer, WebGLRenderingContext>>;
  nodePrograms?: Record<string, ProgramInternals>;
  edgePrograms?: Record<string, ProgramInternals>;
  pickingLayers?: Set<string>;
  resetWebGLTexture?: (layer: string) => unknown;
  getRenderParams?: () => unknown;
}

/** A sigma 3.0 program: a leaf draws `capacity` items from `array`; a compound one has `programs`. */
interface ProgramInternals {
  render(params: unknown): void;
  programs?: ProgramInternals[];
  array?: Float32Array;
  capacity?: number;
  verticesCount?: number;
  VERTICES?: number;
  STRIDE?: number;
}

/** The WebGL layers sigma draws its items on. */
export type SlicedLayer = 'nodes' | 'edges';

/** The leaf programs of some programs, in the order sigma's render draws them. */
function leafPrograms(programs: Iterable<ProgramInternals>): ProgramInternals[] {
  return [...programs].flatMap((p) => (p.programs ? leafPrograms(p.programs) : [p]));
}

/** Whether a leaf program's fields are where sigma 3.0 keeps them (so it can draw a slice). */
function sliceable(p: ProgramInternals): p is Required<Omit<ProgramInternals, 'programs'>> {
  return (
    p.array instanceof Float32Array &&
    typeof p.capacity === 'number' &&
    typeof p.VERTICES === 'number' &&
    typeof p.STRIDE === 'number' &&
    p.array.length >= p.capacity * p.STRIDE
  );
}

/**
 * One layer's items drawn alone, as sigma's render draws them (its picking texture reset, each
 * program with the render parameters of the frame just drawn), in slices: each call of the
 * returned function clears the layer and draws the next `count` items (at least one), in sigma's
 * order, and says whether any were drawn. Undefined when sigma's fields are not where sigma 3.0
 * keeps them.
 */
export function layerSlices(renderer: object, layer: SlicedLayer): ((count: number) => boolean) | undefined {
  const internals = renderer as Internals;
  const gl = internals.webGLContexts?.[layer];
  const byType = layer === 'nodes' ? internals.nodePrograms : internals.edgePrograms;
  const programs = byType && leafPrograms(Object.values(byType));
  const { pickingLayers, resetWebGLTexture, getRenderParams } = internals;
  if (!gl || !programs?.every(sliceable) || !(pickingLayers instanceof Set) || !resetWebGLTexture)
    return undefined;
  if (!getRenderParams) return undefined;
  if (pickingLayers.has(layer)) resetWebGLTexture.call(renderer, layer);
  const params = getRenderParams.call(renderer);
  let program = 0;
  let item = 0;
  return (count) => {
    gl.bindFramebuffer(gl.FRAMEBUFFER, null);
    gl.clear(gl.COLOR_BUFFER_BIT);
    let left = Math.max(1, count);
    let drawn = false;
    while (left > 0 && program < programs.length) {
      const p = programs[program]!;
      const n = Math.min(left, p.capacity - item);
      if (n > 0) {
        // sigma's render uploads `array` and draws `capacity` items from it: for one render, they
        // are this slice's (the picking texture gets the slice too, adding to the ones before).
        const { array, capacity, verticesCount } = p;
        p.array = array.subarray(item * p.STRIDE, (item + n) * p.STRIDE);
        p.capacity = n;
        p.verticesCount = p.VERTICES * n;
        try {
          p.render(params);
        } finally {
          Object.assign(p, { array, capacity, verticesCount });
        }
        drawn = true;
        left -= n;
        item += n;
      }
      if (item >= p.capacity) {
        program++;
        item = 0;
      }
    }
    return drawn;
  };
}

/**
 * Runs `draw` (a synchronous render) with sigma's node programs drawing nothing; false, without
 * running it, when they are not where sigma 3.0 keeps them.
 */
export function withoutNodes(renderer: object, draw: () => void): boolean {
  const programs = (renderer as Internals).nodePrograms;
  const muted = programs ? Object.values(programs) : [];
  if (!programs || muted.some((p) => Object.hasOwn(p, 'render'))) return false;
  for (const p of muted) p.render = () => undefined;
  try {
    draw();
  } finally {
    for (const p of muted) delete (p as Partial<ProgramInternals>).render;
  }
  return true;
}
