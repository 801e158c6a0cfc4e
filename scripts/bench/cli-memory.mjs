// Peak memory of the CLI on big inputs (issue 14), not part of the default `npm run bench` (it
// runs for minutes): `npm run bench -- cli-memory`. Builds JSONL corpora of 50 and 200 MB from
// the news-dev articles repeated (SWEDISH_NLP_BENCH_MB="50,200") in a temporary folder, runs
// `analyze --jsonl -j 2 --format jsonl --fields summary` on each with the output thrown away, and
// reports the peak RSS of the process (main thread and worker threads together: threads share
// it) and the peak in each quarter of the run, which should stay flat and under 600 MB (a quarter
// without a sample, `-`, is one where the main thread was busy analysing). Then one
// 20 MB document (SWEDISH_NLP_BENCH_DOC_MB=20; 0 skips a part) with --format jsonl, under 1 GB.
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, writeCorpus } from './cli.mjs';
import { newsDocs } from './common.mjs';

const sizes = (name, fallback) => (process.env[name] ?? fallback).split(',').map(Number).filter((n) => n > 0);
const quarters = (r) => (r.rssQuarters ? ` (by quarter of the run: ${r.rssQuarters.map((q) => (q ? q.toFixed(0) : '-')).join(' / ')} MB)` : '');

export async function run() {
  const texts = newsDocs();
  if (!texts) return;
  const dir = mkdtempSync(join(tmpdir(), 'swedish-nlp-bench-'));
  try {
    console.log('  peak memory (RSS of the process: main thread and workers), output to /dev/null; goals: corpora < 600 MB and flat, one document < 1024 MB');
    for (const mb of sizes('SWEDISH_NLP_BENCH_MB', '50,200')) {
      const path = join(dir, `corpus-${mb}.jsonl`);
      const c = writeCorpus(path, texts, { bytes: mb * 1e6 });
      const load = loadavg()[0];
      const r = runCli(['analyze', '--jsonl', '--format', 'jsonl', '--fields', 'summary', '--quiet', '-j', '2', path], dir);
      const rate = `${(c.docs / r.seconds).toFixed(1)} docs/s, ${(c.bytes / 1e6 / r.seconds).toFixed(2)} MB/s, CPU ${r.cpu.toFixed(0)} s = ${((1000 * r.cpu) / c.docs).toFixed(2)} ms/doc`;
      console.log(`  ${mb} MB JSONL corpus, -j 2 --fields summary: ${c.docs} docs in ${r.seconds.toFixed(0)} s (${rate}, load ${load.toFixed(1)}/${loadavg()[0].toFixed(1)}), peak RSS ${r.maxRSS.toFixed(0)} MB${quarters(r)}`);
      rmSync(path);
    }
    for (const mb of sizes('SWEDISH_NLP_BENCH_DOC_MB', '20')) {
      const path = join(dir, `document-${mb}.txt`);
      const fd = openSync(path, 'w');
      for (let n = 0, i = 0; n < mb * 1e6; i++) n += writeSync(fd, `${texts[i % texts.length]}\n\n`);
      closeSync(fd);
      const size = statSync(path).size;
      const r = runCli(['analyze', '--format', 'jsonl', '--quiet', path], dir);
      console.log(`  ${(size / 1e6).toFixed(1)} MB single document, --format jsonl: ${r.seconds.toFixed(0)} s (CPU ${r.cpu.toFixed(0)} s), peak RSS ${r.maxRSS.toFixed(0)} MB${quarters(r)}`);
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
