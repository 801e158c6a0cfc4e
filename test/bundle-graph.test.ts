import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

// Which modules a function pulls in (a module graph, not a size or a time: sizes are in `npm run bench`).
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The source files that end up in the minified browser bundle of `import { name } from entry` (bytes > 0). */
async function bundledFiles(name: string, entry = './src/index'): Promise<string[]> {
  const r = await build({
    stdin: { contents: `export { ${name} } from '${entry}';`, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const out = Object.values(r.metafile.outputs)[0]!;
  return Object.entries(out.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
}

/** Every module statically reachable from an entry (no tree shaking). */
async function reachableFiles(entry: string): Promise<string[]> {
  const r = await build({ entryPoints: [resolve(ROOT, entry)], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, treeShaking: false, logLevel: 'silent' });
  return Object.keys(r.metafile.inputs);
}

const TAGGER = /04-annotate\/tag\/|tagger-model/;

describe('bundles carry only what a function needs', () => {
  it('no module reachable from tagEntities imports the part-of-speech tagger', async () => {
    const files = await reachableFiles('src/api/entities.ts');
    expect(files.some((f) => f.includes('05-entities'))).toBe(true);
    expect(files.filter((f) => TAGGER.test(f))).toEqual([]);
  });

  it('import { tagEntities } bundles no tagger model; import { analyze } does', async () => {
    expect((await bundledFiles('tagEntities')).filter((f) => TAGGER.test(f))).toEqual([]);
    expect((await bundledFiles('analyze')).some((f) => f.includes('tagger-model'))).toBe(true);
  });

  it('import { tokenize } bundles no model and no later step', async () => {
    const files = await bundledFiles('tokenize');
    expect(files.filter((f) => /data\/sv\/(tagger-model|ner-model|gazetteer-data|first-names)|pipeline\/0[4-8]-/.test(f))).toEqual([]);
  });
});
