/**
 * `npm run train [-- name]`: rebuilds the trained models in src/data/sv/ from ../shared/data,
 * deterministically. Each trainer in scripts/train/ exports `main()`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './shared-data';

const only = process.argv[2];
const dir = join(ROOT, 'scripts', 'train');
/**
 * Trainers whose features read the outputs of other models run after them, in this order: the
 * keyword ranker (keywords.ts) reads lemmas and entities, so it is fitted on the fresh tagger and
 * entity models.
 */
const AFTER_OTHERS = ['keywords.ts'];
const order = (f: string) => AFTER_OTHERS.indexOf(f);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort()
  .sort((a, b) => order(a) - order(b));
for (const f of files) {
  if (only && f !== `${only}.ts`) continue;
  console.log(`== ${f}`);
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { main?: () => Promise<void> | void };
  await mod.main?.();
}
