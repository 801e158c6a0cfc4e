import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The compromise plugin (src/compromise/) imports the library as `../index.js`. In dist/ both
 * files sit side by side, so that import becomes `./index.js` and stays external: the plugin
 * never carries a second copy of the library (and its models).
 */
const libraryExternal: Plugin = {
  name: 'library-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index(\.js)?$/ }, (args) =>
      /[\\/]src[\\/]compromise[\\/]/.test(args.importer) ? { path: './index.js', external: true } : undefined,
    );
  },
};

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    // The library: one browser-safe entry, ESM + types. The model is shipped once: the CommonJS
    // entry dist/index.cjs is a one-line wrapper that `require()`s this ESM file (Node ≥ 20.19 /
    // 22.12), written with its types by scripts/build/cjs-wrappers.mjs after tsup.
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    clean: false, // the build script empties dist/ first (the configs build in parallel: a clean in one could race the others)
    target: 'es2022',
    platform: 'neutral',
    // wink-nlp's `utilities/*` files are CommonJS without an exports map; bundling them keeps Node ESM happy.
    noExternal: ['wink-nlp'],
    treeshake: true,
    // Minified: the models are string tables either way, and the code halves (the package stays smaller).
    minify: true,
    // UTF-8 output: the data tables' Swedish and world letters stay one or two bytes (esbuild's
    // default ASCII output writes `å` as `\xE5`, 4 bytes, and `ā` as `\u0101`, 6: 125 KB more).
    // Module scripts are always read as UTF-8, in Node and in browsers.
    esbuildOptions(options) {
      options.charset = 'utf8';
    },
  },
  {
    // `swedish-nlp/compromise`: the compromise plugin. It never imports compromise (an optional peer
    // dependency: compromise hands itself to the plugin); the library comes from ./index.js.
    entry: { compromise: 'src/compromise/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: false,
    clean: false,
    target: 'es2022',
    platform: 'neutral',
    external: ['compromise'],
    esbuildPlugins: [libraryExternal],
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
