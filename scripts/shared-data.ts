import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** One annotated news-dev article: its name (`8sidor_01`), text and gold annotation. */
export interface NewsDevArticle<G> {
  /** File name without extension. */
  name: string;
  /** The article text. */
  text: string;
  /** The parsed gold JSON (see ../shared/data/news-dev/ANNOTATION.md). */
  gold: G;
}

/** The annotated news-dev articles (`X.json` with its `X.txt`), sorted by name; `set` picks `news-dev2` (same format). */
export function readNewsDev<G>(set: 'news-dev' | 'news-dev2' = 'news-dev'): NewsDevArticle<G>[] {
  const dir = dataPath(set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      return { name, text: readFileSync(join(dir, `${name}.txt`), 'utf8'), gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as G };
    });
}
