// `npm run demo:web`: builds the demo page into demo/dist on the package's own browser bundle
// (dist/index.js from `npm run build`), loaded lazily as a separate chunk.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  resolve: { alias: { 'swedish-nlp': here('../dist/index.js') } },
  build: { outDir: here('./dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096, reportCompressedSize: false },
});
