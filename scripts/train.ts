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
for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort()) {
  if (only && f !== `${only}.ts`) continue;
  console.log(`== ${f}`);
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { main?: () => Promise<void> | void };
  await mod.main?.();
}
