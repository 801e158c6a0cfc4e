// Preloaded into a CLI run by scripts/bench/cli.mjs and cli-memory.mjs (`node --import`). When the
// process exits it writes, as JSON, to $SWEDISH_NLP_CPU:
// - `cpu`: CPU time (user + system, s) of the whole process, every thread included;
// - `main`, `workers`, `helpers`: that time split by thread: the main thread; threads started
//   after this preload ran (the worker threads of -j N, and libuv's few I/O threads); the rest,
//   V8's own threads that were there from the start (concurrent JIT compilation and garbage
//   collection of every isolate in the process);
// - `maxRSS` (MB): peak resident set size of the process (worker threads share it, so this is
//   the main thread and the workers together), and `rssQuarters`: the peak RSS in each quarter
//   of the run's wall time, to see whether memory grows as the run goes on.
// - `starts`: each thread's start cost: its own CPU time (s) and wall time since it started when
//   its first documents were done: for a worker thread (-j N) when its first batch came back
//   (`docs` documents), with its CPU time and documents at its last batch (`cpu`, `total`); for
//   the main thread the first written document and the first 64 (`first`, `first64`; with -j 1
//   the main thread analyses everything). From these the bench splits a thread's time into its
//   start and its steady cost per document.
// Per-thread times are read from /proc/self/task once a second and whenever a worker thread is
// terminated (its time is final then); reading them more often cost the main thread more than
// its real work on a loaded machine. Linux only; elsewhere only `cpu` and `maxRSS` are written.
import { existsSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { pathToFileURL } from 'node:url';
import { MessagePort, Worker, isMainThread, threadId } from 'node:worker_threads';

const out = process.env.SWEDISH_NLP_CPU;
const HZ = 100; // clock ticks per second in /proc/*/stat (USER_HZ, 100 on Linux)

/** CPU seconds of each thread of this process, by thread id. */
function threadTimes() {
  const times = new Map();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      times.set(tid, (Number(fields[11]) + Number(fields[12])) / HZ);
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return times;
}

/** Resident set size now, MB. */
function rssMB() {
  const m = /VmRSS:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

/** CPU seconds of the calling thread (Linux), or NaN. */
function ownCpu() {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / HZ;
  } catch {
    return NaN;
  }
}

/**
 * In the main thread: every worker thread runs this file first (a worker thread does not inherit
 * `--import`), then its own file. tinypool imports `Worker` from node:worker_threads, so the
 * builtin's export is replaced before the CLI loads it.
 */
function probeWorkers() {
  const wt = createRequire(import.meta.url)('node:worker_threads');
  const probe = JSON.stringify(import.meta.url);
  wt.Worker = class ProbedWorker extends Worker {
    constructor(filename, options = {}) {
      const target = JSON.stringify(String(filename instanceof URL ? filename : pathToFileURL(filename)));
      super(`import(${probe}).then(() => import(${target}))`, { ...options, eval: true });
    }
  };
  syncBuiltinESMExports();
}

/** In a worker thread: after each task's response (tinypool's `{ taskId, result }`), its own CPU time and documents so far, to a file. */
function recordWorkerStart() {
  const started = performance.now();
  const tid = readlinkSync('/proc/thread-self').split('/').pop();
  const post = MessagePort.prototype.postMessage;
  let start = null;
  let total = 0;
  MessagePort.prototype.postMessage = function (message, ...rest) {
    const docs = message && typeof message === 'object' && 'taskId' in message ? message.result?.docs?.length : undefined;
    if (docs !== undefined) {
      total += docs;
      const now = { cpu: ownCpu(), wall: (performance.now() - started) / 1000 };
      start ??= { ...now, docs };
      writeFileSync(`${out}.thread-${threadId}`, JSON.stringify({ tid, thread: 'worker', ...start, total, last: now.cpu }));
    }
    return post.call(this, message, ...rest);
  };
}

/** In the main thread: its own CPU time when the first written document, and the first 64, were done (one JSONL line each). */
function recordMainStart(started, starts) {
  const write = process.stdout.write;
  let lines = 0;
  process.stdout.write = function (chunk, ...rest) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let i = b.indexOf(10); i >= 0; i = b.indexOf(10, i + 1)) lines++;
    const now = () => ({ cpu: ownCpu(), wall: (performance.now() - started) / 1000 });
    if (lines >= 1 && !starts.first) starts.first = now();
    if (lines >= 64 && !starts.first64) {
      starts.first64 = now();
      process.stdout.write = write;
    }
    return write.call(this, chunk, ...rest);
  };
}

if (!isMainThread && out && existsSync('/proc/thread-self')) recordWorkerStart();

if (isMainThread && out) {
  const linux = existsSync('/proc/self/task');
  const mainStarts = {};
  if (linux) {
    probeWorkers();
    recordMainStart(performance.now(), mainStarts);
  }
  const started = performance.now();
  const atStart = linux ? new Set(threadTimes().keys()) : new Set();
  const last = new Map();
  const rss = [];
  const sample = () => {
    if (!linux) return;
    for (const [tid, s] of threadTimes()) last.set(tid, s);
    rss.push([performance.now() - started, rssMB()]);
  };
  setInterval(sample, 1000).unref();
  const terminate = Worker.prototype.terminate;
  Worker.prototype.terminate = function (...args) {
    sample();
    return terminate.apply(this, args);
  };
  process.on('exit', () => {
    sample();
    const usage = process.resourceUsage();
    const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    const result = { cpu, maxRSS: usage.maxRSS / 1024 };
    if (linux) {
      const main = last.get(String(process.pid)) ?? 0;
      let workers = 0;
      for (const [tid, s] of last) if (!atStart.has(tid)) workers += s;
      const wall = performance.now() - started;
      const quarters = [0, 0, 0, 0];
      for (const [t, mb] of rss) quarters[Math.min(3, Math.floor((4 * t) / wall))] = Math.max(quarters[Math.min(3, Math.floor((4 * t) / wall))], mb);
      const prefix = `${out}.thread-`;
      const dir = prefix.slice(0, prefix.lastIndexOf('/'));
      const threads = readdirSync(dir).filter((f) => `${dir}/${f}`.startsWith(prefix)).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')));
      Object.assign(result, { main, workers, helpers: Math.max(0, cpu - main - workers), rssQuarters: quarters, starts: { main: mainStarts, workers: threads } });
    }
    writeFileSync(out, JSON.stringify(result));
  });
}
