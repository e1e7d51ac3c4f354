// Builds the app once and serves dist/ with Vite's preview server for the browser tests.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../helpers.ts';
import { buildAndServe } from './serveApp.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const app = await buildAndServe(join(ROOT, 'dist'));
  project.provide('baseUrl', app.url);
  return () => app.close();
}
