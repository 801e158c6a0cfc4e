// The CLI on corpora (issue 14): throughput of `analyze --jsonl` with -j 1 and -j 2 on corpora of
// 6,000 and 24,000 articles (SWEDISH_NLP_BENCH_DOCS, a comma list, each at least 2,000): wall
// time, documents/s, MB/s, and the CPU time per document split by thread (main thread, worker
// threads, V8's JIT and GC threads), so that the parallel overhead shows even when a shared
// machine makes wall time meaningless. Then each thread's start: its CPU time until its first
// documents were done, and its steady cost per document after that, which is where -j 2's extra
// CPU time goes. The corpus is the news-dev articles repeated, in a temporary folder deleted
// afterwards. Peak memory on 50/200 MB corpora and a 20 MB document: `npm run bench -- cli-memory`.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
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
  // A folder of its own: the probe writes one file per worker thread beside cpu.json.
  const cpuFile = join(mkdtempSync(join(dir, 'run-')), 'cpu.json');
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

/** {@link runCli} without waiting: resolves with the same fields when the run ends. */
function runCliAsync(args, dir) {
  const cpuFile = join(mkdtempSync(join(dir, 'run-')), 'cpu.json');
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', MAXRSS, CLI, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, SWEDISH_NLP_CPU: cpuFile },
  });
  let stderr = '';
  child.stderr.on('data', (b) => (stderr += b));
  return new Promise((resolveRun, reject) => {
    child.on('close', (status) => {
      const seconds = (performance.now() - t0) / 1000;
      if (status !== 0) reject(new Error(`swedish-nlp ${args.join(' ')}: exit ${status}\n${stderr}`));
      else resolveRun({ seconds, ...JSON.parse(readFileSync(cpuFile, 'utf8')) });
    });
  });
}

/**
 * The machine's own ceiling for this work: two independent `-j 1` processes at once, each on
 * one half of the corpus (no pool, no shared isolate, nothing in common but the hardware). Their
 * speed-up over one `-j 1` on the whole corpus is what two cores give this work here, start
 * costs included (each process starts its own isolate, as each worker does); the pool's own
 * loss is what -j 2 falls short of it.
 */
async function pairRun(corpus, dir, docs) {
  const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
  const half = Math.ceil(lines.length / 2);
  const halves = [lines.slice(0, half), lines.slice(half)].map((part, i) => {
    const path = join(dir, `half-${i}.jsonl`);
    writeFileSync(path, `${part.join('\n')}\n`);
    return { path, docs: part.length };
  });
  const t0 = performance.now();
  const runs = await Promise.all(halves.map((h) => runCliAsync(['analyze', '--jsonl', '--format', 'jsonl', '--quiet', '-j', '1', h.path], dir)));
  const seconds = (performance.now() - t0) / 1000;
  for (const h of halves) rmSync(h.path, { force: true });
  const sum = (k) => runs.reduce((n, r) => n + (r[k] ?? NaN), 0);
  return {
    seconds,
    cpu: sum('cpu'),
    main: sum('main'),
    workers: sum('workers'),
    helpers: sum('helpers'),
    maxRSS: sum('maxRSS'),
    jobs: 2,
    halves: runs.map((r, i) => ({ ...r, docs: halves[i].docs })),
    docs,
  };
}

/** Steady CPU ms per document of a -j 1 run's main thread after its first 64 documents. */
function steadyMain(r, docs) {
  const m = r.starts?.main;
  return m?.first64 ? (1000 * (r.main - m.first64.cpu)) / (docs - 64) : NaN;
}

/** The wall time a run would take on 2 idle cores: its busiest thread, or its CPU time spread over both. */
const idleWall = (r) => Math.max(r.main, r.workers / Math.max(1, r.jobs), r.cpu / 2);

/** One run's row of the throughput table. */
function throughputRow(r, docs, bytes, base, load) {
  const ms = (s) => ((1000 * s) / docs).toFixed(2);
  return {
    docs,
    'MB in': (bytes / 1e6).toFixed(1),
    's': r.seconds.toFixed(1),
    'docs/s': (docs / r.seconds).toFixed(1),
    'MB/s': (bytes / 1e6 / r.seconds).toFixed(3),
    'speed-up': (base.seconds / r.seconds).toFixed(2),
    'CPU ms/doc': ms(r.cpu),
    'main': ms(r.main ?? NaN),
    'workers': ms(r.workers ?? NaN),
    'JIT+GC thr.': ms(r.helpers ?? NaN),
    'peak RSS MB': r.maxRSS.toFixed(0),
    'load before/after': `${load.toFixed(1)}/${loadavg()[0].toFixed(1)}`,
  };
}

/**
 * The start of each thread that analysed documents: its CPU time until its first documents were
 * done (the main thread of -j 1: its first written document and its first 64; a worker: its first
 * batch), and its CPU time per document after that. `extra` is what the start cost beyond that
 * steady rate: the model load, and the documents run before the JIT had optimised the code.
 */
function startRows(r, docs, label) {
  const rows = {};
  const m = r.starts?.main;
  if (r.jobs === 1 && m?.first && m.first64) {
    const steady = (r.main - m.first64.cpu) / (docs - 64);
    rows[`${label} main`] = startRow(m.first.cpu, m.first64.cpu, 64, m.first64.wall, steady, docs);
  }
  for (const [i, w] of (r.starts?.workers ?? []).entries()) {
    const steady = (w.last - w.cpu) / Math.max(1, w.total - w.docs);
    rows[`${label} worker ${i + 1}`] = startRow(NaN, w.cpu, w.docs, w.wall, steady, w.total);
  }
  return rows;
}

function startRow(firstDoc, cpu, n, wall, steady, total) {
  return {
    'docs': total,
    'CPU s, 1st doc': Number.isNaN(firstDoc) ? '' : firstDoc.toFixed(2),
    'first docs': n,
    'CPU s until done': cpu.toFixed(2),
    'wall s': wall.toFixed(1),
    'then ms/doc': (1000 * steady).toFixed(2),
    'extra CPU s': (cpu - n * steady).toFixed(2),
  };
}

/** Runs -j 1, -j 2 and the pair of half-corpus -j 1 runs on one corpus of `want` articles and prints the tables. */
async function benchCorpus(texts, dir, want) {
  const corpus = join(dir, `articles-${want}.jsonl`);
  const { docs, bytes } = writeCorpus(corpus, texts, { count: Math.max(2000, texts.length * Math.ceil(want / texts.length)) });
  const rows = {};
  const starts = {};
  const runs = [];
  for (const jobs of [1, 2]) {
    const load = loadavg()[0];
    const r = { ...runCli(['analyze', '--jsonl', '--format', 'jsonl', '--quiet', '-j', String(jobs), corpus], dir), jobs };
    runs.push(r);
    rows[`-j ${jobs}`] = throughputRow(r, docs, bytes, runs[0], load);
    Object.assign(starts, startRows(r, docs, `-j ${jobs}`));
  }
  const pairLoad = loadavg()[0];
  const pair = await pairRun(corpus, dir, docs);
  rows['2 × -j 1, halves at once'] = throughputRow(pair, docs, bytes, runs[0], pairLoad);
  pair.halves.forEach((h, i) => Object.assign(starts, startRows({ ...h, jobs: 1 }, h.docs, `half ${i + 1} (-j 1)`)));
  rmSync(corpus, { force: true });
  console.log(`  ${docs} articles (${(bytes / 1e6).toFixed(1)} MB): throughput of analyze --jsonl --format jsonl on ${cpus().length} cores (goal: -j 2 at least 1.7x -j 1); CPU ms per document by thread`);
  console.table(rows);
  const [one, two] = runs;
  console.log(`  -j 2 spends ${(two.cpu / one.cpu).toFixed(2)}x the CPU time of -j 1 (${(two.cpu - one.cpu).toFixed(1)} CPU-s more for the same work: worker threads ${((two.workers ?? NaN) + (two.main ?? NaN) - (one.main ?? NaN)).toFixed(1)} s, V8's JIT and GC threads ${((two.helpers ?? NaN) - (one.helpers ?? NaN)).toFixed(1)} s)`);
  if (Object.keys(starts).length) {
    console.log('  each thread\'s start: CPU time until its first documents were done, its steady cost per document after that, and what the start cost beyond that rate (model load, code not yet optimised)');
    console.table(starts);
  }
  if (one.main !== undefined) {
    // On a shared machine wall time follows this session's CPU share (the kernel's autogroup
    // gives one session one share however many threads it runs). On 2 idle cores a run takes at
    // least its busiest thread's time and half its CPU time: -j 1 already runs its JIT and GC
    // threads beside the main thread, on the second core.
    console.log(`  on 2 idle cores: -j 1 about ${idleWall(one).toFixed(1)} s, -j 2 about ${idleWall(two).toFixed(1)} s: speed-up about ${(idleWall(one) / idleWall(two)).toFixed(2)}x (measured above: ${(one.seconds / two.seconds).toFixed(2)}x at load ${loadavg()[0].toFixed(1)})`);
  }
  const ceiling = one.seconds / pair.seconds;
  const steady = [steadyMain(one, docs), ...pair.halves.map((h) => steadyMain(h, h.docs))].map((x) => x.toFixed(2));
  console.log(
    `  the machine's ceiling: two -j 1 processes at once, each on half the corpus, ${pair.halves.map((h) => `${h.seconds.toFixed(1)} s`).join(' and ')}: ` +
      `${ceiling.toFixed(2)}x one -j 1 (steady main-thread ms/doc: alone ${steady[0]}, in the pair ${steady[1]} and ${steady[2]}); ` +
      `-j 2 reaches ${((one.seconds / two.seconds) / ceiling).toFixed(2)} of that ceiling (CPU: pair ${(pair.cpu / one.cpu).toFixed(2)}x, -j 2 ${(two.cpu / one.cpu).toFixed(2)}x of -j 1)`,
  );
  return { docs, speedup: one.seconds / two.seconds, cpuRatio: two.cpu / one.cpu, ceiling };
}

export async function run() {
  const texts = newsDocs();
  if (!texts) return;
  const dir = mkdtempSync(join(tmpdir(), 'swedish-nlp-bench-'));
  try {
    // Each worker thread starts on its own (model load, and about 2 CPU-s of JIT compilation over
    // its first few hundred articles), so a short run weighs that start more than an archive does:
    // the bench measures a corpus of the default size and one four times larger.
    const sizes = String(process.env.SWEDISH_NLP_BENCH_DOCS ?? '6000,24000').split(',').map(Number).filter((n) => n > 0);
    const results = [];
    for (const want of sizes) results.push(await benchCorpus(texts, dir, want));
    if (results.length > 1) console.log(`  speed-up -j 2 / -j 1: ${results.map((r) => `${r.docs} articles ${r.speedup.toFixed(2)}x (CPU ${r.cpuRatio.toFixed(2)}x; ceiling of 2 processes ${r.ceiling.toFixed(2)}x, of which -j 2 reaches ${(r.speedup / r.ceiling).toFixed(2)})`).join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
