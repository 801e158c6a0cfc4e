// Stemmer speed on the built package: words/s over the Snowball reference vocabulary
// (../shared/data/snowball-swedish/voc.txt, 30 738 words). Target ≥ 3 M words/s.
import { readFileSync } from 'node:fs';
import { Bench } from 'tinybench';
import { dataFile, loadDist } from './common.mjs';

export async function run() {
  const { stem } = await loadDist();
  const vocPath = dataFile('snowball-swedish', 'voc.txt');
  if (!vocPath) return;
  const words = readFileSync(vocPath, 'utf8').split('\n').filter(Boolean);
  const capitalised = words.map((w) => w[0].toUpperCase() + w.slice(1));
  let sink = 0;
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  bench.add(`stem × ${words.length} (lower case)`, () => {
    for (let i = 0; i < words.length; i++) sink += stem(words[i]).length;
  });
  bench.add(`stem × ${words.length} (capitalised)`, () => {
    for (let i = 0; i < capitalised.length; i++) sink += stem(capitalised[i]).length;
  });
  await bench.run();
  // Also words per second of this process's CPU time: on a shared machine the wall-clock
  // figure drops with the load, the CPU-time figure much less.
  const cpuRate = (list) => {
    const passes = 60;
    const c0 = process.cpuUsage();
    for (let k = 0; k < passes; k++) for (let i = 0; i < list.length; i++) sink += stem(list[i]).length;
    const c = process.cpuUsage(c0);
    return (passes * list.length) / ((c.user + c.system) / 1e6);
  };
  const lists = [words, capitalised];
  const rows = bench.tasks.map((t, i) => {
    const ms = t.result.latency.mean;
    return {
      task: t.name,
      'ms / pass': ms.toFixed(2),
      'words/s (wall)': `${((words.length / ms) * 1000 / 1e6).toFixed(2)} M`,
      'words/s (cpu)': `${(cpuRate(lists[i]) / 1e6).toFixed(2)} M`,
      target: '≥ 3 M',
    };
  });
  console.table(rows);
  if (sink === -1) console.log(sink);
}
