/**
 * Keywords: top-10 predicted keywords against the gold `keywords` of ../shared/data/news-dev
 * and ../shared/data/news-dev2 (articles from 29 other publishers, never tuned on by hand)
 * (5–10 per article, see ANNOTATION.md).
 *
 * - exact match: the Snowball stems of the two phrases are equal word by word (our `stem`);
 * - F1@10 per article, then the macro average over articles (each article counts the same);
 * - topic recall@10: of the gold keywords written in lower case (topics, not names), the share
 *   found exactly in our top 10; macro average over the articles that have gold topics; beside it,
 *   for information only, the same with lemma keys (`topicRecall@10.lemmaMatch`: `skolan` ~
 *   `skola`), which shows how much the stem match alone misses;
 * - name share: the share of keywords with a capital (names) in our top 10, beside the editors' share;
 * - partial recall: a gold keyword counts when at least half of its words (by stem) occur in
 *   some predicted keyword; macro average over articles.
 *
 * Ours is scored leave one article out: for each article the ranker is refitted on all other
 * articles of both sets (scripts/train/keywords.ts) and ranks the held-out article; that is the
 * number that counts (and the gated one). The shipped ranker, fitted on all articles, is shown
 * beside it for information.
 *
 * Beside ours: the frequency baseline of the `keyword-extractor` package (stopwords removed,
 * ranked by frequency, top 10), and ours with a BM25 corpus model learned from the other
 * articles (leave one out). For information (no gate): our top 20, and all our candidates
 * (the ceiling of any re-ranking: gold keywords our candidate phrases never cover).
 */
import keywordExtractor from 'keyword-extractor';
import { createKeywordModel, findKeywords, keywordRankRows, type KeywordOptions } from '../../src/pipeline/07-keywords';
import { fitRanker, trainingDocs } from '../train/keywords';
import { isTopic, lemmaKey, stemKey, stems } from './keyword-match';
import type { EvalResult } from './types';

const K = 10;


interface Scores {
  p: number;
  r: number;
  f1: number;
  partial: number;
  /** Partial recall where a word also matches a compound containing it (`försäljning` ~ `datorförsäljning`). */
  partialCompound: number;
  /** Share of the gold topics (keywords written in lower case) found exactly; NaN without gold topics. */
  topicR: number;
  /** The same with lemma keys ({@link lemmaKey}), for information: how much the stem match misses. */
  topicRLemma: number;
  /** Share of names (keywords with a capital) among the predicted top k; NaN when nothing predicted. */
  nameShare: number;
  /** Share of names among the gold keywords. */
  goldNameShare: number;
  /** Gold keywords that no predicted keyword covers even partially (for the verbose listing). */
  missed: string[];
}



/** Scores one article's predictions against its gold keywords. */
export function score(pred: readonly string[], gold: readonly string[], k = K): Scores {
  const P = pred.slice(0, k).map(stems);
  const G = gold.map(stems);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  const usedP = new Set<number>();
  let hits = 0;
  let topics = 0;
  let topicHits = 0;
  G.forEach((g, gi) => {
    const topic = isTopic(gold[gi]!);
    if (topic) topics++;
    const i = P.findIndex((p, k) => !usedP.has(k) && same(p, g));
    if (i >= 0) {
      usedP.add(i);
      hits++;
      if (topic) topicHits++;
    }
  });
  const top = pred.slice(0, k);
  const topKeys = new Set(top.map(lemmaKey));
  const goldTopics = gold.filter(isTopic);
  const topicLemmaHits = goldTopics.filter((g) => topKeys.has(lemmaKey(g)) || P.some((pp) => same(pp, stems(g)))).length;
  const p = P.length ? hits / P.length : 0;
  const r = G.length ? hits / G.length : 0;
  const f1 = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  let part = 0;
  const missed: string[] = [];
  G.forEach((g, gi) => {
    const ok = P.some((pp) => {
      const set = new Set(pp);
      return g.filter((x) => set.has(x)).length * 2 >= g.length;
    });
    if (ok) part++;
    else missed.push(gold[gi]!);
  });
  const near = (a: string, b: string) => a === b || (a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a)));
  let partC = 0;
  for (const g of G) if (P.some((pp) => g.filter((x) => pp.some((y) => near(x, y))).length * 2 >= g.length)) partC++;
  return {
    p,
    r,
    f1,
    partial: G.length ? part / G.length : 0,
    partialCompound: G.length ? partC / G.length : 0,
    topicR: topics ? topicHits / topics : NaN,
    topicRLemma: topics ? topicLemmaHits / topics : NaN,
    nameShare: top.length ? top.filter((x) => !isTopic(x)).length / top.length : NaN,
    goldNameShare: gold.length ? gold.filter((x) => !isTopic(x)).length / gold.length : NaN,
    missed,
  };
}

function baseline(text: string): string[] {
  const words: string[] = keywordExtractor.extract(text, {
    language: 'swedish',
    remove_digits: true,
    return_changed_case: true,
    remove_duplicates: false,
  });
  const freq = new Map<string, number>();
  for (const w of words) freq.set(w, (freq.get(w) ?? 0) + 1);
  return [...freq.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, K)
    .map(([w]) => w);
}

/** Mean of the numbers that are not NaN (articles without gold topics do not count for topic recall). */
const mean = (xs: number[]) => {
  const ys = xs.filter((x) => !Number.isNaN(x));
  return ys.length ? ys.reduce((a, b) => a + b, 0) / ys.length : 0;
};

/** One annotated article, analysed once up to the quotes (the keyword step runs on it many times). */
interface Doc {
  name: string;
  text: string;
  gold: string[];
  keywords: (options: KeywordOptions) => string[];
  /** Keywords with the ranker refitted without this article (leave one article out). */
  heldOut: string[];
  /** The match keys (stems) of all its candidates, before the selection drops near-duplicates. */
  candidateKeys: Set<string>;
}

/**
 * Reads both sets, and ranks each article's candidates with a ranker fitted on all the other
 * articles (of both sets): the leave-one-article-out keywords.
 */
function readDocs(): Map<string, Doc[]> {
  const all = trainingDocs();
  const full = fitRanker(all);
  const out = new Map<string, Doc[]>();
  all.forEach((t, i) => {
    const keywords = (o: KeywordOptions) => findKeywords(t.ctx, t.entities, t.quotes, o).map((k) => k.text);
    const ranker = fitRanker(
      all.filter((_, j) => j !== i),
      full,
    );
    const heldOut = findKeywords(t.ctx, t.entities, t.quotes, { limit: K, ranker }).map((k) => k.text);
    const list = out.get(t.set) ?? [];
    const candidateKeys = new Set(keywordRankRows(t.ctx, t.entities, t.quotes).rows.map((r) => stemKey(r.text)));
    list.push({ name: t.name, text: t.text, gold: t.gold, keywords, heldOut, candidateKeys });
    out.set(t.set, list);
  });
  return out;
}

const row = (name: string, xs: Scores[], k = '10') =>
  `  ${name.padEnd(38)} P ${mean(xs.map((x) => x.p)).toFixed(3)}  R ${mean(xs.map((x) => x.r)).toFixed(3)}  F1@${k} ${mean(xs.map((x) => x.f1)).toFixed(3)}  topic R ${mean(xs.map((x) => x.topicR)).toFixed(3)}  names ${mean(xs.map((x) => x.nameShare)).toFixed(2)}  partial R ${mean(xs.map((x) => x.partial)).toFixed(3)}`;

/**
 * The candidate-recall ceiling, pooled over the articles: the share of the gold topics (and of
 * all gold keywords) whose key equals the key of one of our candidates at any rank, before the
 * selection. What no re-ranking can pass; a gold keyword outside it needs a new candidate or
 * key, not a better ranker (scripts/eval/keyword-errors.ts splits the misses by kind).
 */
function candidateRecall(docs: readonly Doc[]): { topics: number; all: number; topicHits: number; topicCount: number; hits: number; count: number } {
  let topicHits = 0;
  let topicCount = 0;
  let hits = 0;
  let count = 0;
  for (const d of docs)
    for (const g of d.gold) {
      const hit = d.candidateKeys.has(stemKey(g)) ? 1 : 0;
      count++;
      hits += hit;
      if (isTopic(g)) {
        topicCount++;
        topicHits += hit;
      }
    }
  return { topics: topicCount ? topicHits / topicCount : 0, all: count ? hits / count : 0, topicHits, topicCount, hits, count };
}

/** Scores one set of articles; metric names get the prefix (`keywords.` or `keywords.dev2.`). */
function evalSet(label: string, docs: Doc[], prefix: string, report: string[], extra: boolean): Record<string, number> {
  const ours: Scores[] = [];
  const cv: Scores[] = [];
  const base: Scores[] = [];
  const withModel: Scores[] = [];
  // Our ranking beyond the top 10: the same scores on the top 20, and on every candidate
  // (the ceiling any re-ranking of our candidates could reach).
  const at20: Scores[] = [];
  const atAll: Scores[] = [];
  const verbose = process.env.KW_VERBOSE === '1';
  for (let i = 0; i < docs.length; i++) {
    const d = docs[i]!;
    const pred = d.keywords({ limit: K });
    const s = score(pred, d.gold);
    ours.push(s);
    cv.push(score(d.heldOut, d.gold));
    base.push(score(baseline(d.text), d.gold));
    at20.push(score(d.keywords({ limit: 20 }), d.gold, 20));
    atAll.push(score(d.keywords({ limit: 100_000 }), d.gold, 100_000));
    if (extra) {
      const model = createKeywordModel(docs.filter((_, j) => j !== i).map((x) => x.text));
      withModel.push(score(d.keywords({ limit: K, model }), d.gold));
    }
    if (verbose) {
      report.push(`  ${d.name.padEnd(18)} F1 ${s.f1.toFixed(2)} partial ${s.partial.toFixed(2)}`);
      report.push(`     pred: ${pred.join(' | ')}`);
      report.push(`     gold: ${d.gold.join(' | ')}`);
      if (s.missed.length) report.push(`     missed (not even partly covered): ${s.missed.join(' | ')}`);
    }
  }
  report.push(`  ${label}: ${docs.length} articles, macro averages over articles (exact = equal Snowball stems word by word)`);
  report.push(`  ${'editors (gold)'.padEnd(38)} names ${mean(ours.map((x) => x.goldNameShare)).toFixed(2)}`);
  report.push(row('keyword-extractor frequency', base));
  report.push(row('swedish-nlp, leave one article out', cv));
  report.push(row('swedish-nlp, shipped ranker (fit)', ours));
  report.push(row('swedish-nlp, top 20 (information)', at20, '20'));
  report.push(row('swedish-nlp, all candidates (ceiling)', atAll, 'all'));
  if (extra) report.push(row('swedish-nlp + BM25 model (leave 1 out)', withModel));
  const ceiling = candidateRecall(docs);
  report.push(
    `  ${'candidate recall (any rank, pooled)'.padEnd(38)} topics ${ceiling.topics.toFixed(3)} (${ceiling.topicHits}/${ceiling.topicCount})  all keywords ${ceiling.all.toFixed(3)} (${ceiling.hits}/${ceiling.count})`,
  );
  const m: Record<string, number> = {
    [`${prefix}f1@10`]: mean(cv.map((x) => x.f1)),
    [`${prefix}topicRecall@10`]: mean(cv.map((x) => x.topicR)),
    [`${prefix}nameShare@10`]: mean(cv.map((x) => x.nameShare)),
    [`${prefix}topicRecall@10.lemmaMatch`]: mean(cv.map((x) => x.topicRLemma)),
    [`${prefix}fit.f1@10`]: mean(ours.map((x) => x.f1)),
    [`${prefix}fit.topicRecall@10`]: mean(ours.map((x) => x.topicR)),
    [`${prefix}gold.nameShare`]: mean(ours.map((x) => x.goldNameShare)),
    [`${prefix}partialRecall@10`]: mean(cv.map((x) => x.partial)),
    [`${prefix}partialRecall@20`]: mean(at20.map((x) => x.partial)),
    [`${prefix}partialRecall.ceiling`]: mean(atAll.map((x) => x.partial)),
    [`${prefix}candidateRecall.topics`]: ceiling.topics,
    [`${prefix}candidateRecall.all`]: ceiling.all,
    [`${prefix}baseline.f1@10`]: mean(base.map((x) => x.f1)),
    [`${prefix}baseline.topicRecall@10`]: mean(base.map((x) => x.topicR)),
  };
  if (extra) m[`${prefix}bm25.f1@10`] = mean(withModel.map((x) => x.f1));
  return m;
}

/** Scores the keywords stage on news-dev and news-dev2. */
export function run(): EvalResult {
  const report: string[] = [];
  const docs = readDocs();
  const metrics = {
    ...evalSet('news-dev', docs.get('news-dev')!, 'keywords.', report, true),
    ...evalSet('news-dev2', docs.get('news-dev2')!, 'keywords.dev2.', report, false),
  };
  // CI gates: the leave-one-article-out level reached (2026-12-07, branch kwsel8: news-dev
  // F1@10 0.647 / topic recall 0.615, news-dev2 0.623 / 0.544), rounded down to leave room for
  // upstream changes (the tagger and entity models the candidates read; one topic of one
  // article is 0.005 of topic recall, so those gates stay a keyword or two below the level).
  const gates = {
    'keywords.f1@10': 0.64,
    'keywords.topicRecall@10': 0.6,
    'keywords.dev2.f1@10': 0.61,
    'keywords.dev2.topicRecall@10': 0.53,
  };
  return { name: 'keywords', metrics, gates, report };
}
