// Tagger speed on the built package (dist/): model load time (first call, in a fresh process),
// then tagging throughput in tokens/s on Talbanken dev text, beside tokenization alone.
// Target (issue 17): ≥ 1 000 000 tokens/s for tagTokens (earlier ≥ 200 000).
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { dataFile, loadDist, loadTimes } from './common.mjs';

export async function run() {
  const devPath = dataFile('ud', 'UD_Swedish-Talbanken', 'sv_talbanken-ud-dev.conllu');
  if (!devPath) return;
  const text = readFileSync(devPath, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# text = '))
    .map((l) => l.slice(9))
    .join(' ');

  // Load time: import + first call in a fresh process (the model is parsed lazily on the first call).
  console.table([loadTimes('tagTokens', "m.tokenize('Hon sa att styrningen fungerar.')", "m.tokenize('Regeringen utreder frågan.')")]);

  const { tokenize, splitSentences, tagTokens, tag } = await loadDist();
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
  // CPU time of this process (user + system) while tagging: less disturbed than wall time when other
  // processes share the cores (a loaded machine still slows it through shared caches).
  const cpuRates = [];
  for (let k = 0; k < 9; k++) {
    const c0 = process.cpuUsage();
    for (let r = 0; r < 5; r++) for (const s of sentences) sink += tagTokens(s.tokens).length;
    const c = process.cpuUsage(c0);
    cpuRates.push((nTokens * 5) / ((c.user + c.system) / 1e6));
  }
  cpuRates.sort((a, b) => a - b);
  console.log(`  tagTokens per CPU second (median of 9 × 5 passes): ${Math.round(cpuRates[4]).toLocaleString('en')} tokens/s (best ${Math.round(cpuRates[8]).toLocaleString('en')})`);
  console.log(`  text: Talbanken dev sentences, ${nTokens} tokens`);
  if (sink === -1) console.log(sink);
}
