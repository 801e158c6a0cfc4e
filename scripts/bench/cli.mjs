// The CLI on corpora (issue 14): throughput of `analyze --jsonl` with -j 1 and -j 2 on 6,000
// articles (SWEDISH_NLP_BENCH_DOCS, at least 2,000), peak memory on a 50 MB and a 200 MB JSONL corpus (should stay flat and under
// 600 MB), and a 20 MB single document (under 1 GB). The corpora are the news-dev articles
// repeated, written to a temporary folder that is deleted afterwards; nothing is copied into
// the repository. Sizes can be changed with SWEDISH_NLP_BENCH_MB="50,200" and
// SWEDISH_NLP_BENCH_DOC_MB=20 (0 skips a part).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, newsDocs } from './common.mjs';

const CLI = join(ROOT, 'dist', 'cli.js');
const MAXRSS = join(ROOT, 'scripts', 'bench', 'maxrss.mjs');

/** Writes JSONL records {id, text, source} from the articles, repeated, until `bytes` (or `count` records). */
function writeCorpus(path, texts, { bytes = Infinity, count = Infinity }) {
  const fd = openSync(path, 'w');
  let size = 0;
  let n = 0;
  while (size < bytes && n < count) {
    const text = texts[n % texts.length];
    const line = `${JSON.stringify({ id: `doc-${n}`, source: 'news-dev', text })}\n`;
    writeSync(fd, line);
    size += Buffer.byteLength(line);
    n++;
  }
  closeSync(fd);
  return { docs: n, bytes: size };
}

/** Runs the CLI with its stdout thrown away; wall time (s), CPU time (s) and peak RSS (MB). */
function runCli(args, dir) {
  const rssFile = join(dir, 'maxrss');
  const cpuFile = join(dir, 'cpu');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', MAXRSS, CLI, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SWEDISH_NLP_MAXRSS: rssFile, SWEDISH_NLP_CPU: cpuFile },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`swedish-nlp ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { seconds, cpu: Number(readFileSync(cpuFile, 'utf8')), rssMB: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

const sizes = (name, fallback) => (process.env[name] ?? fallback).split(',').map(Number).filter((n) => n > 0);

export async function run() {
  const texts = newsDocs();
  if (!texts) return;
  const dir = mkdtempSync(join(tmpdir(), 'swedish-nlp-bench-'));
  try {
    // Throughput: 2,000+ articles, -j 1 against -j 2.
    const corpus = join(dir, 'articles.jsonl');
    // Each worker thread warms up on its own (JIT, caches: about 5 CPU-seconds on the first few
    // hundred articles), so the corpus must be large enough for the steady state to count.
    const want = Number(process.env.SWEDISH_NLP_BENCH_DOCS ?? 6000);
    const { docs, bytes } = writeCorpus(corpus, texts, { count: Math.max(2000, texts.length * Math.ceil(want / texts.length)) });
    const rows = {};
    const runs = [];
    for (const jobs of [1, 2]) {
      const load = loadavg()[0];
      const r = runCli(['analyze', '--jsonl', '--format', 'jsonl', '--quiet', '-j', String(jobs), corpus], dir);
      runs.push(r);
      rows[`-j ${jobs}`] = {
        docs,
        'MB in': (bytes / 1e6).toFixed(1),
        's': r.seconds.toFixed(1),
        'docs/s': (docs / r.seconds).toFixed(1),
        'MB/s': (bytes / 1e6 / r.seconds).toFixed(3),
        'speed-up': (runs[0].seconds / r.seconds).toFixed(2),
        'CPU s': r.cpu.toFixed(1),
        'peak RSS (MB)': r.rssMB.toFixed(0),
        'load avg': load.toFixed(1),
      };
    }
    console.log(`  throughput of analyze --jsonl --format jsonl on ${cpus().length} cores (goal: -j 2 at least 1.7x -j 1)`);
    console.table(rows);
    // On a shared machine the wall-clock speed-up says little (the kernel's autogroup gives one
    // session one share however many threads it runs): the CPU time bounds what idle cores give.
    const bound = Math.min(2, (2 * runs[0].cpu) / runs[1].cpu);
    console.log(`  -j 2 needs ${(runs[1].cpu / runs[0].cpu).toFixed(2)}x the CPU time of -j 1: at most ${bound.toFixed(2)}x faster on 2 idle cores`);

    // Peak memory on big corpora: flat in the corpus size. One line per run, printed as it ends.
    console.log('  peak memory (RSS, worker threads included), output to /dev/null; goals: corpora < 600 MB and flat, one document < 1024 MB');
    for (const mb of sizes('SWEDISH_NLP_BENCH_MB', '50,200')) {
      const path = join(dir, `corpus-${mb}.jsonl`);
      const c = writeCorpus(path, texts, { bytes: mb * 1e6 });
      const r = runCli(['analyze', '--jsonl', '--format', 'jsonl', '--quiet', '-j', '2', path], dir);
      console.log(`  ${mb} MB JSONL corpus, -j 2: ${c.docs} docs in ${r.seconds.toFixed(0)} s (${(c.docs / r.seconds).toFixed(1)} docs/s, CPU ${r.cpu.toFixed(0)} s), peak RSS ${r.rssMB.toFixed(0)} MB`);
      rmSync(path);
    }
    // One big document.
    for (const mb of sizes('SWEDISH_NLP_BENCH_DOC_MB', '20')) {
      const path = join(dir, `document-${mb}.txt`);
      const fd = openSync(path, 'w');
      for (let n = 0, i = 0; n < mb * 1e6; i++) n += writeSync(fd, `${texts[i % texts.length]}\n\n`);
      closeSync(fd);
      const size = statSync(path).size;
      const r = runCli(['analyze', '--format', 'jsonl', '--quiet', path], dir);
      console.log(`  ${(size / 1e6).toFixed(1)} MB single document, --format jsonl: ${r.seconds.toFixed(0)} s (CPU ${r.cpu.toFixed(0)} s), peak RSS ${r.rssMB.toFixed(0)} MB`);
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
