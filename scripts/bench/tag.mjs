// Tagger speed on the built package (dist/): model load time (first call, in a fresh process),
// then tagging throughput in tokens/s on Talbanken dev text, beside tokenization alone.
// Target ≥ 200 000 tokens/s for tagTokens.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function run() {
  const dist = join(root, 'dist', 'index.js');
  const data = process.env.SWEDISH_NLP_DATA ?? resolve(root, '..', 'shared', 'data');
  const devPath = join(data, 'ud', 'UD_Swedish-Talbanken', 'sv_talbanken-ud-dev.conllu');
  if (!existsSync(devPath)) {
    console.log(`  skipped: ${devPath} not found`);
    return;
  }
  const text = readFileSync(devPath, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# text = '))
    .map((l) => l.slice(9))
    .join(' ');

  // Load time: import + first call in a fresh process (the model is parsed lazily on the first call).
  const probe = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(pathToFileURL(dist).href)});
    const t1 = performance.now();
    m.tagTokens(m.tokenize('Hon sa att styrningen fungerar.'));
    const t2 = performance.now();
    m.tagTokens(m.tokenize('Regeringen utreder frågan.'));
    const t3 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, secondCallMs: t3 - t2, heapMB: process.memoryUsage().heapUsed / 1e6 }));`;
  const load = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).trim());
  console.table([
    {
      'import (ms)': load.importMs.toFixed(1),
      'first tag call = model load (ms)': load.firstCallMs.toFixed(1),
      'second call (ms)': load.secondCallMs.toFixed(2),
      'heap after (MB)': load.heapMB.toFixed(1),
    },
  ]);

  const { tokenize, splitSentences, tagTokens, tag } = await import(dist);
  const sentences = splitSentences(text);
  const nTokens = sentences.reduce((n, s) => n + s.tokens.length, 0);
  let sink = 0;
  const bench = new Bench({ time: 2000, warmupTime: 500 });
  bench.add('tokenize (alone)', () => {
    sink += tokenize(text).length;
  });
  bench.add('tagTokens per sentence (pre-tokenized)', () => {
    for (const s of sentences) sink += tagTokens(s.tokens).length;
  });
  bench.add('tag(text) (tokenize + sentences + tag)', () => {
    sink += tag(text).length;
  });
  await bench.run();
  console.table(
    bench.tasks.map((t) => {
      const ms = t.result.latency.mean;
      return { task: t.name, 'ms / pass': ms.toFixed(2), 'tokens/s': Math.round((nTokens / ms) * 1000).toLocaleString('en'), runs: t.result.latency.samplesCount ?? t.runs };
    }),
  );
  console.log(`  text: Talbanken dev sentences, ${nTokens} tokens`);
  if (sink === -1) console.log(sink);
}
