// Entity tagging speed on the built package (dist/): the full pass tagEntities(text) (tokens,
// sentences, annotations, entities) on news text (the news-dev articles read from ../shared/data,
// joined). Target ≥ 1 MB/s. Also the model load time (first call, in a fresh process).
import { Bench } from 'tinybench';
import { loadDist, loadTimes, newsDocs } from './common.mjs';

export async function run() {
  const docs = newsDocs();
  if (!docs) return;
  const text = docs.join('\n\n');
  const bytes = Buffer.byteLength(text, 'utf8');
  console.table([loadTimes('tagEntities', "'Laura Hartman leder Tillitsdelegationen i Stockholm.'", "'Statsminister Ulf Kristersson besökte Falu kommun.'")]);

  const { tagEntities, tokenize } = await loadDist();
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
  console.log(`  text: ${docs.length} news-dev articles, ${(bytes / 1e3).toFixed(0)} kB (target ≥ 1 MB/s for the full pass)`);
  if (sink === -1) console.log(sink);
}
