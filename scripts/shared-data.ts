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

/**
 * The annotated news-dev articles (`X.json` with its `X.txt`), sorted by name.
 *
 * @param folder The folder under the shared data: `news-dev` (default) or `news-dev2`.
 */
export function readNewsDev<G>(folder = 'news-dev'): NewsDevArticle<G>[] {
  return readGoldFolder<G>(dataPath(folder));
}

/** Articles in the news-dev gold format (`X.txt` + `X.json`) from any folder, sorted by name. */
export function readGoldFolder<G>(dir: string): NewsDevArticle<G>[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.json$/, '');
      return { name, text: readFileSync(join(dir, `${name}.txt`), 'utf8'), gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as G };
    });
}

/** Minimal CSV splitter (quoted fields with the separator inside; `""` is a quote). */
export function splitCsv(line: string, sep = ','): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (c === '"') q = false; else cur += c;
    } else if (c === '"') q = true;
    else if (c === sep) { out.push(cur); cur = ''; } else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}
