// Summary speed on the built package (dist/): summarize(text) per article (the whole pipeline:
// tokens, sentences, annotations, entities, quotes, keywords, summary) and extractKeywords, on
// the news-dev articles read from ../shared/data. Target: summarize ≥ 1 MB/s on news text.
// Also the cost of a BM25 corpus model (createKeywordModel over the same articles).
import { Bench } from 'tinybench';
import { loadDist, newsDocs } from './common.mjs';

export async function run() {
  const docs = newsDocs();
  if (!docs) return;
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d, 'utf8'), 0);

  const { summarize, extractKeywords, extractQuotes, createKeywordModel, toMarkdown } = await loadDist();
  const model = createKeywordModel(docs);
  let sink = 0;
  const bench = new Bench({ time: 2000, warmupTime: 500 });
  bench.add('summarize(article) × all', () => {
    for (const d of docs) sink += summarize(d).words;
  });
  bench.add('summarize + toMarkdown × all', () => {
    for (const d of docs) sink += toMarkdown(summarize(d)).length;
  });
  // Reference: the steps before keywords (tokens … entities, quotes); the difference to
  // summarize is the cost of the keyword and summary steps themselves.
  bench.add('extractQuotes(article) × all (steps 01–06)', () => {
    for (const d of docs) sink += extractQuotes(d).length;
  });
  bench.add('extractKeywords(article) × all', () => {
    for (const d of docs) sink += extractKeywords(d).length;
  });
  bench.add('extractKeywords(article, { model }) × all', () => {
    for (const d of docs) sink += extractKeywords(d, { model }).length;
  });
  bench.add('createKeywordModel(all articles)', () => {
    sink += createKeywordModel(docs).size;
  });
  await bench.run();
  console.log(`  ${docs.length} articles, ${(bytes / 1e3).toFixed(1)} kB; target: summarize ≥ 1 MB/s`);
  console.table(
    bench.tasks.map((t) => {
      const ms = t.result.latency.mean;
      return { task: t.name, 'ms / pass': ms.toFixed(2), 'MB/s': (bytes / 1e6 / (ms / 1000)).toFixed(2), runs: t.result.latency.samplesCount ?? t.runs };
    }),
  );
  const mean = (name) => bench.tasks.find((t) => t.name.startsWith(name)).result.latency.mean;
  const own = mean('summarize(article)') - mean('extractQuotes');
  // Target for steps 07+08 together: < 0.15 s per MB. The difference of two noisy means also
  // holds groupEntities (step 05) and the options handling of summarize: an upper bound.
  console.log(
    `  keywords + summary steps alone (summarize − steps 01–06): ${own.toFixed(2)} ms / pass ≈ ${(bytes / 1e6 / (Math.max(own, 1e-3) / 1000)).toFixed(2)} MB/s = ${(own / 1000 / (bytes / 1e6)).toFixed(3)} s/MB (target < 0.15 s/MB)`,
  );
  if (sink === -1) console.log(sink);
}
