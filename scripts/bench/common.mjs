// What every bench file needs: where the built package and the shared data are, the news-dev
// articles, and the load time of a lazily parsed model measured in a fresh process.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** ../shared/data (or SWEDISH_NLP_DATA). */
export const DATA = process.env.SWEDISH_NLP_DATA ?? resolve(ROOT, '..', 'shared', 'data');

/**
 * URL of the built entry to measure: dist/index.js, or SWEDISH_NLP_DIST (a file or a folder
 * holding index.js, e.g. an esbuild bundle in /tmp so that a tsup build does not disturb a run).
 */
export function distUrl() {
  let p = process.env.SWEDISH_NLP_DIST ? resolve(process.env.SWEDISH_NLP_DIST) : join(ROOT, 'dist', 'index.js');
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.js');
  return pathToFileURL(p).href;
}

/** Imports the built package. */
export function loadDist() {
  return import(distUrl());
}

/** A path under the shared data, or null (with a "skipped" line) when it is missing. */
export function dataFile(...parts) {
  const p = join(DATA, ...parts);
  if (existsSync(p)) return p;
  console.log(`  skipped: ${p} not found`);
  return null;
}

/** The news-dev articles, sorted by file name, or null (with a "skipped" line) when missing. */
export function newsDocs() {
  const dir = dataFile('news-dev');
  if (!dir) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

/**
 * Import time, first call (= lazy model load) and second call, in a fresh process.
 *
 * @param fn The exported function to call, e.g. 'tagEntities'.
 * @param first JS source of the first call's argument list (without parentheses).
 * @param second JS source of the second call's argument list.
 */
export function loadTimes(fn, first, second) {
  const probe = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(distUrl())});
    const t1 = performance.now();
    m.${fn}(${first});
    const t2 = performance.now();
    m.${fn}(${second});
    const t3 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, secondCallMs: t3 - t2, heapMB: process.memoryUsage().heapUsed / 1e6 }));`;
  const load = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).trim());
  return {
    'import (ms)': load.importMs.toFixed(1),
    'first call = model load (ms)': load.firstCallMs.toFixed(1),
    'second call (ms)': load.secondCallMs.toFixed(2),
    'heap after (MB)': load.heapMB.toFixed(1),
  };
}
