// Bundle weight per public function: what a browser app pays for `import { x } from 'swedish-nlp'`.
// Each entry `export { x } from './src/index'` is bundled with esbuild (minify, browser, ESM, tree
// shaking), in memory. Targets (issue 10): `tagEntities` at least 1.5 MB smaller than `analyze`
// (it must not carry the part-of-speech tagger model), `tokenize` under 50 KB.
import { ROOT } from './common.mjs';

/** The functions measured, in pipeline order. */
const ENTRIES = ['tokenize', 'splitSentences', 'stem', 'isStopword', 'tag', 'tagEntities', 'extractQuotes', 'extractKeywords', 'summarize', 'analyze', 'createSwedish'];

/** Minified browser bundle size in bytes of `import { name }`, or null when the export does not exist. */
export async function bundleSize(esbuild, name) {
  try {
    const r = await esbuild.build({
      stdin: { contents: `export { ${name} } from './src/index';`, resolveDir: ROOT, loader: 'ts' },
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    return r.outputFiles[0].contents.length;
  } catch {
    return null;
  }
}

export async function run() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.log('skipped: esbuild not installed');
    return;
  }
  const sizes = {};
  console.log('| import | bundle (minified, browser) |');
  console.log('|---|---:|');
  for (const name of ENTRIES) {
    const b = await bundleSize(esbuild, name);
    if (b === null) continue;
    sizes[name] = b;
    console.log(`| \`${name}\` | ${(b / 1024).toFixed(1)} KB |`);
  }
  const mb = (b) => `${(b / 1e6).toFixed(2)} MB`;
  if (sizes.analyze !== undefined && sizes.tagEntities !== undefined) {
    const d = sizes.analyze - sizes.tagEntities;
    console.log(`analyze − tagEntities: ${mb(d)} (target ≥ 1.50 MB) ${d >= 1.5e6 ? 'ok' : 'MISSED'}`);
  }
  if (sizes.tokenize !== undefined) console.log(`tokenize: ${(sizes.tokenize / 1024).toFixed(1)} KB (target < 50 KB) ${sizes.tokenize < 50 * 1024 ? 'ok' : 'MISSED'}`);
}
