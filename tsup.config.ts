import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: one browser-safe entry, ESM + CJS + types.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: false, // the build script empties dist/ first (two configs build in parallel: a clean in one could race the other)
    target: 'es2022',
    platform: 'neutral',
    // wink-nlp's `utilities/*` files are CommonJS without an exports map; bundling them keeps Node ESM happy.
    noExternal: ['wink-nlp'],
    treeshake: true,
  },
  {
    // The CLI: Node only, a separate entry so the core never imports `node:` modules.
    // cli-worker: the worker thread of `analyze -j N`, loaded by path next to cli.js.
    entry: { cli: 'src/cli.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    // The CLI imports the library from the built dist/index.js instead of bundling a second copy of it (and its models).
    external: ['./index.js'],
    // src/cli/* import the library as '../index.js': keep that an import of dist/index.js too.
    esbuildPlugins: [
      {
        name: 'library-external',
        setup(build) {
          build.onResolve({ filter: /^\.\.\/index\.js$/ }, () => ({ path: './index.js', external: true }));
        },
      },
    ],
    define: { __SWEDISH_NLP_VERSION__: JSON.stringify(version) },
    banner: { js: '#!/usr/bin/env node' },
  },
]);
