// Builds the app (Vite's build API) into a folder and serves it with Vite's preview server on a free
// loopback port: the browser tests and the README's screenshot open the same production build.
import { build, preview } from 'vite';
import { ROOT } from '../helpers.ts';

export interface ServedApp {
  readonly url: string;
  close(): Promise<void>;
}

export async function buildAndServe(outDir: string): Promise<ServedApp> {
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite preview did not report a URL');
  }
  return { url, close: () => server.close() };
}
