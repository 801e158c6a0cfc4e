// `npm run check:bundle-compromise`, after `npm run build`: what `swedish-nlp/compromise` costs a
// browser bundle (esbuild, minified, browser, ESM) that already has swedish-nlp. Three bundles:
//   A  import { analyze } from 'swedish-nlp'
//   B  import nlp from 'compromise' (and again with 'compromise/one')
//   C  both, plus the plugin, with nlp.plugin(swedish)
// A bundle of all of swedish-nlp must hold none of compromise, and C − A must stay within B plus LIMIT bytes for the plugin's own code: the plugin pulls in no
// second copy of the library (dist/compromise.js imports ./index.js) and no more of compromise.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const LIMIT = 20 * 1024;
const root = resolve(import.meta.dirname, '../..');
if (!existsSync(join(root, 'dist/compromise.js'))) {
  console.error('check:bundle-compromise: dist/ is missing, run `npm run build` first');
  process.exit(1);
}

/** Minified size of a bundle of `code`, and whether any of compromise went into it. */
async function bundle(code: string): Promise<{ bytes: number; hasCompromise: boolean }> {
  const out = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'error',
    alias: { 'swedish-nlp/compromise': './dist/compromise.js', 'swedish-nlp': './dist/index.js' },
  });
  const inputs = Object.keys(out.metafile!.inputs);
  return { bytes: out.outputFiles[0]!.contents.byteLength, hasCompromise: inputs.some((f) => f.includes('node_modules/compromise/')) };
}
const size = async (code: string) => (await bundle(code)).bytes;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const main = await bundle("import * as sv from 'swedish-nlp'; console.log(sv);");
if (main.hasCompromise) {
  console.error('check:bundle-compromise: a bundle of swedish-nlp alone holds compromise');
  process.exit(1);
}
const a = await size("import { analyze } from 'swedish-nlp'; console.log(analyze);");
const kinds = [
  ['compromise', 'compromise'],
  ['compromise/one', 'compromise/one (tokenizer and match syntax only)'],
] as const;
let failed = false;
console.log(`A swedish-nlp (analyze)            ${kb(a).padStart(10)}`);
for (const [spec, label] of kinds) {
  const b = await size(`import nlp from '${spec}'; console.log(nlp);`);
  const c = await size(
    `import nlp from '${spec}'; import { analyze } from 'swedish-nlp'; import { swedish } from 'swedish-nlp/compromise';` +
      ' nlp.plugin(swedish); console.log(analyze, nlp.swedish);',
  );
  const added = c - a;
  console.log(`B ${label.padEnd(33)}${kb(b).padStart(10)}`);
  console.log(`C A + B + plugin                   ${kb(c).padStart(10)}   C − A = ${kb(added)} = B + ${kb(added - b)} of plugin code`);
  if (added > b + LIMIT) {
    console.error(`check:bundle-compromise: with ${spec}, the plugin adds ${kb(added)}, more than ${spec} (${kb(b)}) + ${kb(LIMIT)}`);
    failed = true;
  }
}
if (failed) process.exit(1);
