// Entity tagging speed on the built package (dist/): the full pass tagEntities(text) (tokens,
// sentences, annotations, entities) on news text (the news-dev articles read from ../shared/data,
// joined). Target ≥ 1 MB/s. Also the model load time (first call, in a fresh process).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function run() {
  const dist = join(root, 'dist', 'index.js');
  const data = process.env.SWEDISH_NLP_DATA ?? resolve(root, '..', 'shared', 'data');
  const dir = join(data, 'news-dev');
  if (!existsSync(dir)) {
    console.log(`  skipped: ${dir} not found`);
    return;
  }
  const text = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n\n');
  const bytes = Buffer.byteLength(text, 'utf8');

  const probe = `
    const t0 = performance.now();
    const m = await import(${JSON.stringify(pathToFileURL(dist).href)});
    const t1 = performance.now();
    m.tagEntities('Laura Hartman leder Tillitsdelegationen i Stockholm.');
    const t2 = performance.now();
    m.tagEntities('Statsminister Ulf Kristersson besökte Falu kommun.');
    const t3 = performance.now();
    console.log(JSON.stringify({ importMs: t1 - t0, firstCallMs: t2 - t1, secondCallMs: t3 - t2, heapMB: process.memoryUsage().heapUsed / 1e6 }));`;
  const load = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }).trim());
  console.table([
    {
      'import (ms)': load.importMs.toFixed(1),
      'first call = model load (ms)': load.firstCallMs.toFixed(1),
      'second call (ms)': load.secondCallMs.toFixed(2),
      'heap after (MB)': load.heapMB.toFixed(1),
    },
  ]);

  const { tagEntities, tokenize } = await import(dist);
  let sink = 0;
  const bench = new Bench({ time: 2000, warmupTime: 500 });
  bench.add('tokenize (alone)', () => {
    sink += tokenize(text).length;
  });
  bench.add('tagEntities(text) (full pass)', () => {
    sink += tagEntities(text).length;
  });
  await bench.run();
  console.table(
    bench.tasks.map((t) => {
      const ms = t.result.latency.mean;
      return { task: t.name, 'ms / pass': ms.toFixed(2), 'MB/s': (bytes / 1e6 / (ms / 1000)).toFixed(2), runs: t.result.latency.samplesCount ?? t.runs };
    }),
  );
  console.log(`  text: ${readdirSync(dir).filter((f) => f.endsWith('.txt')).length} news-dev articles, ${(bytes / 1e3).toFixed(0)} kB (target ≥ 1 MB/s for the full pass)`);
  if (sink === -1) console.log(sink);
}
