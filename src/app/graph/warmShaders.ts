// Compiles sigma's shader programs once, in a throwaway WebGL context, while the page waits for its
// data. Why: sigma's constructor (one task, right before the first frame) compiles every program
// and waits on the GPU process for each; the first compiles also start that process's shader
// compiler, and the programs it has compiled once it keeps, so the constructor waits less.
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type Sigma from 'sigma';
import { EdgeArrowProgram, EdgeLineProgram, NodeCircleProgram } from 'sigma/rendering';

/** The programs sigmaSettings.ts gives sigma (node circles, and each kind of edge). */
const PROGRAMS = [NodeCircleProgram, EdgeArrowProgram, EdgeCurvedArrowProgram, EdgeLineProgram];

/** One program (its drawing and picking shaders) per step; nothing at all without WebGL. */
export function* warmShaderSteps(): Generator<number, void> {
  const canvas = document.createElement('canvas');
  // As sigma asks for its contexts (createWebGLContext): WebGL 2 first.
  const options: WebGLContextAttributes = { preserveDrawingBuffer: false, antialias: false };
  const gl: WebGLRenderingContext | null =
    canvas.getContext('webgl2', options) ?? canvas.getContext('webgl', options);
  if (gl === null) return;
  // Making the context is a task's worth of its own on the software renderer.
  yield 0;
  const picking = gl.createFramebuffer();
  try {
    for (let i = 0; i < PROGRAMS.length; i++) {
      // A program's constructor only compiles its shaders and makes its buffers: it needs no sigma.
      new PROGRAMS[i]!(gl, picking, undefined as unknown as Sigma);
      yield i + 1;
    }
  } catch {
    // A warm-up only: sigma reports its own WebGL problems when it starts.
  } finally {
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  }
}
