// Vite: the explorer app (index.html at the root, code in src/app). Datasets are imported from graph-data/.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
