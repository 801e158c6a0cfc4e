// Tokenizer and sentence splitter speed on the built package (dist/), side by side in one run with
// wink-nlp `readDoc` (wink-eng-lite-web-model) and plain regex scans. Text: the Talbanken raw input
// and the news-dev articles from ../shared/data, concatenated repeatedly to a few MB.
// Targets: tokenize ≥ 3× wink readDoc and ≥ 1/3 of the regex scan. Also: 1 MB of one repeated
// character per rule-sensitive character (linear time). Set SWEDISH_NLP_DIST to measure another build.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataFile, loadDist, newsDocs } from './common.mjs';


/** Median wall time (ms) of `fn` over at least `minRuns` runs and about `budgetMs` ms. */
function time(fn, minRuns = 3, budgetMs = 1500) {
  const ms = [];
  const t0 = performance.now();
  while (ms.length < minRuns || (performance.now() - t0 < budgetMs && ms.length < 50)) {
    const a = performance.now();
    fn();
    ms.push(performance.now() - a);
  }
  ms.sort((x, y) => x - y);
  return ms[ms.length >> 1];
}

export async function run() {
  const { tokenize, splitSentences } = await loadDist();
  const raw = dataFile('ud', 'conll2018-talbanken', 'sv_talbanken-input.txt');
  const docs = newsDocs();
  if (!raw || !docs) return;
  let base = readFileSync(raw, 'utf8');
  for (const d of docs) base += '\n\n' + d;
  let text = base;
  while (Buffer.byteLength(text) < 3e6) text += '\n\n' + base;
  const mb = Buffer.byteLength(text) / 1e6;

  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  const nlp = winkNLP(model);
  // wink is much slower: measure it on a 1 MB slice and report MB/s
  const winkText = text.slice(0, 1_000_000);
  const winkMb = Buffer.byteLength(winkText) / 1e6;

  let sink = 0;
  // The machine is shared: tasks run interleaved, round after round, and the median is reported,
  // both wall-clock and CPU time of this process (CPU time moves much less with the load).
  const tasks = [
    ['swedish-nlp tokenize', mb, () => (sink += tokenize(text).length)],
    ['swedish-nlp splitSentences', mb, () => (sink += splitSentences(text).length)],
    ['regex scan /\\S+/g (match strings)', mb, () => (sink += text.match(/\S+/g).length)],
    ['regex scan /[\\p{L}\\p{N}]+|\\S/gu', mb, () => (sink += text.match(/[\p{L}\p{N}]+|\S/gu).length)],
    ['wink-nlp readDoc (eng-lite model)', winkMb, () => (sink += nlp.readDoc(winkText).tokens().length())],
  ];
  for (const [, , fn] of tasks) fn(); // warm up
  const wall = tasks.map(() => []);
  const cpu = tasks.map(() => []);
  for (let round = 0; round < 7; round++) {
    tasks.forEach(([, , fn], k) => {
      const c0 = process.cpuUsage();
      const a = performance.now();
      fn();
      wall[k].push(performance.now() - a);
      const c = process.cpuUsage(c0);
      cpu[k].push((c.user + c.system) / 1000);
    });
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  const rows = tasks.map(([name, size], k) => {
    const ms = median(wall[k]);
    const cms = median(cpu[k]);
    return { name, size, ms, rate: size / (ms / 1000), cpuRate: size / (cms / 1000) };
  });

  const pad = (s, n) => String(s).padEnd(n);
  console.log(`  text: ${mb.toFixed(2)} MB UTF-8 (Talbanken raw + news-dev, repeated); wink on the first 1 MB`);
  console.log(`  ${pad('task', 40)} ${pad('MB', 6)} ${pad('ms', 9)} ${pad('MB/s', 8)} MB/s of CPU time`);
  for (const r of rows) {
    console.log(`  ${pad(r.name, 40)} ${pad(r.size.toFixed(2), 6)} ${pad(r.ms.toFixed(1), 9)} ${pad(r.rate.toFixed(1), 8)} ${r.cpuRate.toFixed(1)}`);
  }
  const rate = (name, key) => rows.find((r) => r.name.startsWith(name))[key];
  for (const key of ['rate', 'cpuRate']) {
    const tok = rate('swedish-nlp tokenize', key);
    console.log(
      `  ${key === 'rate' ? 'wall' : 'cpu '}: tokenize = ${(tok / rate('wink-nlp', key)).toFixed(1)}× wink readDoc (target ≥ 3×), ` +
        `${(tok / rate('regex scan /\\S', key)).toFixed(2)} of /\\S+/g, ${(tok / rate('regex scan /[', key)).toFixed(2)} of [\\p{L}\\p{N}]+|\\S (target ≥ 0.33)`,
    );
  }

  // Linear time: 1 MB and 2 MB of one repeated character (or a short repeated unit that stresses the
  // passes with many tokens and rule checks); the 2 MB / 1 MB ratio stays near 2.
  console.log('  splitSentences on 1 MB / 2 MB of one repeated unit (linear time: ratio ≈ 2):');
  for (const unit of ['-', '.', 'a', '1', '–', '(', "'", ' ', 'a.', 'a-', '1.', '1,', 't ex ', ':(', 'A. ']) {
    const make = (bytes) => unit.repeat(Math.round(bytes / Buffer.byteLength(unit)));
    const one = make(1e6);
    const two = make(2e6);
    const a = time(() => (sink += splitSentences(one).length), 3, 400);
    const b = time(() => (sink += splitSentences(two).length), 3, 400);
    console.log(`    ${JSON.stringify(unit).padEnd(8)} ${a.toFixed(1).padStart(8)} ms ${b.toFixed(1).padStart(8)} ms   ×${(b / a).toFixed(1)}`);
  }
  if (sink === 42) console.log('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await run();
