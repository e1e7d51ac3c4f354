// Builds a page with Vite's JS API and serves it (vite preview) with a folder of data files at /bench-data/.
import { createReadStream, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { build, type Plugin, type PreviewServer, preview } from 'vite';

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  json: 'application/json',
  gexf: 'application/xml',
  graphml: 'application/xml',
  txt: 'text/plain; charset=utf-8',
};

/** Serves files of `dir` at /bench-data/ with a Content-Length (so the loader can show progress). */
function dataFolder(dir: string): Plugin {
  return {
    name: 'bench-data',
    configurePreviewServer(server) {
      server.middlewares.use('/bench-data', (req, res, next) => {
        const rel = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^([/\\])+/, '');
        if (rel.startsWith('..')) return next();
        const file = join(dir, rel);
        let size: number;
        try {
          size = statSync(file).size;
        } catch {
          return next();
        }
        const ext = rel.slice(rel.lastIndexOf('.') + 1);
        res.writeHead(200, {
          'content-length': size,
          'content-type': TYPES[ext] ?? 'application/octet-stream',
        });
        createReadStream(file).pipe(res);
      });
    },
  };
}

/** Builds the Vite project at `root` into `outDir` and serves it; `dataDir` is served at /bench-data/. */
export async function buildAndServe(
  root: string,
  outDir: string,
  dataDir: string,
  options: { minify?: boolean } = {},
): Promise<Served> {
  await build({
    root,
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: options.minify ?? true },
  });
  const server: PreviewServer = await preview({
    root,
    base: './',
    logLevel: 'warn',
    plugins: [dataFolder(dataDir)],
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url,
    close: () => server.close(),
  };
}
