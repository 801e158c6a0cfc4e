import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `../shared/data` beside the repository (override with SWEDISH_NLP_DATA). */
export const DATA = process.env.SWEDISH_NLP_DATA ?? resolve(ROOT, '..', 'shared', 'data');

/** Path of a file under the shared data folder; throws a clear error when it is missing. */
export function dataPath(...parts: string[]): string {
  const p = join(DATA, ...parts);
  if (!existsSync(p)) throw new Error(`shared data not found: ${p} (set SWEDISH_NLP_DATA)`);
  return p;
}
