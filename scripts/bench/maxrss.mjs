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
// Per-thread times are read from /proc/self/task once a second and whenever a worker thread is
// terminated (its time is final then); reading them more often cost the main thread more than
// its real work on a loaded machine. Linux only; elsewhere only `cpu` and `maxRSS` are written.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Worker, isMainThread } from 'node:worker_threads';

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

if (isMainThread && out) {
  const linux = existsSync('/proc/self/task');
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
      Object.assign(result, { main, workers, helpers: Math.max(0, cpu - main - workers), rssQuarters: quarters });
    }
    writeFileSync(out, JSON.stringify(result));
  });
}
