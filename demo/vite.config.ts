// `npm run demo:web`: builds the demo page into demo/dist on the package's own browser bundle
// (dist/index.js from `npm run build`), loaded lazily as a separate chunk.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * The library chunk is imported dynamically (the page shows before the models load); a
 * `<link rel="modulepreload">` lets the browser fetch and compile it while the page script loads.
 */
function preloadLibrary(): Plugin {
  return {
    name: 'preload-library',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.moduleIds.some((id) => id.endsWith('/dist/index.js')));
        if (!chunk) throw new Error('demo: the library chunk (dist/index.js) is missing from the build');
        return { html, tags: [{ tag: 'link', attrs: { rel: 'modulepreload', href: `./${chunk.fileName}`, crossorigin: true }, injectTo: 'head' }] };
      },
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: './',
  logLevel: 'warn',
  plugins: [preloadLibrary()],
  resolve: { alias: { 'swedish-nlp': here('../dist/index.js') } },
  build: { outDir: here('./dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4096, reportCompressedSize: false },
});
