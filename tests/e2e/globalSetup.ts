// Builds the app once and serves it with Vite's preview server for the browser tests. The build goes
// to the run's own temporary folder (tests/tmpRoot.ts), not dist/: a build of the same checkout
// meanwhile (npm run build, a bench) would empty the folder being served.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAndServe } from './serveApp.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const app = await buildAndServe(mkdtempSync(join(tmpdir(), 'app-')));
  project.provide('baseUrl', app.url);
  return () => app.close();
}
