// The CLI on corpora (issue 14): throughput of `analyze --jsonl` with -j 1 and -j 2 on 6,000
// articles (SWEDISH_NLP_BENCH_DOCS, at least 2,000): wall time, documents/s, MB/s, and the CPU
// time per document split by thread (main thread, worker threads, V8's JIT and GC threads), so
// that the parallel overhead shows even when a shared machine makes wall time meaningless.
// The corpus is the news-dev articles repeated, in a temporary folder deleted afterwards.
// Peak memory on 50/200 MB corpora and a 20 MB document: `npm run bench -- cli-memory`.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, newsDocs } from './common.mjs';

// The built CLI: dist/cli.js, or cli.js in SWEDISH_NLP_DIST (a copy of dist/ inside the
// repository, so that a long run is not disturbed by a rebuild).
const CLI = join(process.env.SWEDISH_NLP_DIST ? resolve(process.env.SWEDISH_NLP_DIST) : join(ROOT, 'dist'), 'cli.js');
const MAXRSS = join(ROOT, 'scripts', 'bench', 'maxrss.mjs');

/** Writes JSONL records {id, text, source} from the articles, repeated, until `bytes` (or `count` records). */
export function writeCorpus(path, texts, { bytes = Infinity, count = Infinity }) {
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

/** Runs the CLI with its stdout thrown away: wall time (s), and CPU time and peak RSS from maxrss.mjs. */
export function runCli(args, dir) {
  const cpuFile = join(dir, 'cpu.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', MAXRSS, CLI, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SWEDISH_NLP_CPU: cpuFile },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`swedish-nlp ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  return { seconds, ...JSON.parse(readFileSync(cpuFile, 'utf8')) };
}

/** The wall time a run would take on 2 idle cores: its busiest thread, or its CPU time spread over both. */
const idleWall = (r) => Math.max(r.main, r.workers / Math.max(1, r.jobs), r.cpu / 2);

export async function run() {
  const texts = newsDocs();
  if (!texts) return;
  const dir = mkdtempSync(join(tmpdir(), 'swedish-nlp-bench-'));
  try {
    const corpus = join(dir, 'articles.jsonl');
    // Each worker thread warms up on its own (model load, JIT: about 3 CPU-seconds over the
    // first few hundred articles), so the corpus must be large enough for the steady state to count.
    const want = Number(process.env.SWEDISH_NLP_BENCH_DOCS ?? 6000);
    const { docs, bytes } = writeCorpus(corpus, texts, { count: Math.max(2000, texts.length * Math.ceil(want / texts.length)) });
    const rows = {};
    const runs = [];
    for (const jobs of [1, 2]) {
      const load = loadavg()[0];
      const r = { ...runCli(['analyze', '--jsonl', '--format', 'jsonl', '--quiet', '-j', String(jobs), corpus], dir), jobs };
      runs.push(r);
      const ms = (s) => ((1000 * s) / docs).toFixed(2);
      rows[`-j ${jobs}`] = {
        docs,
        'MB in': (bytes / 1e6).toFixed(1),
        's': r.seconds.toFixed(1),
        'docs/s': (docs / r.seconds).toFixed(1),
        'MB/s': (bytes / 1e6 / r.seconds).toFixed(3),
        'speed-up': (runs[0].seconds / r.seconds).toFixed(2),
        'CPU ms/doc': ms(r.cpu),
        'main': ms(r.main ?? NaN),
        'workers': ms(r.workers ?? NaN),
        'JIT+GC thr.': ms(r.helpers ?? NaN),
        'peak RSS MB': r.maxRSS.toFixed(0),
        'load before/after': `${load.toFixed(1)}/${loadavg()[0].toFixed(1)}`,
      };
    }
    console.log(`  throughput of analyze --jsonl --format jsonl on ${cpus().length} cores (goal: -j 2 at least 1.7x -j 1); CPU ms per document by thread`);
    console.table(rows);
    const [one, two] = runs;
    console.log(`  -j 2 spends ${(two.cpu / one.cpu).toFixed(2)}x the CPU time of -j 1 (the same work: the rest is per-worker warm-up, messages and the V8 threads of a second isolate)`);
    if (one.main !== undefined) {
      // On a shared machine wall time follows this session's CPU share (the kernel's autogroup
      // gives one session one share however many threads it runs). On 2 idle cores a run takes at
      // least its busiest thread's time and half its CPU time: -j 1 already runs its JIT and GC
      // threads beside the main thread, on the second core.
      console.log(`  on 2 idle cores: -j 1 about ${idleWall(one).toFixed(1)} s, -j 2 about ${idleWall(two).toFixed(1)} s: speed-up about ${(idleWall(one) / idleWall(two)).toFixed(2)}x (measured above: ${(one.seconds / two.seconds).toFixed(2)}x at load ${loadavg()[0].toFixed(1)})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
