/**
 * Quotes evaluation: direct quotes and speakers on ../shared/data/news-dev (gold `quotes` in X.json,
 * text in X.txt), on ../shared/data/news-dev2 (same gold format, other publishers; measured, never
 * tuned on) and on the generalisation suite in test/quotes-suite (texts written for the project). A predicted quote matches a gold quote when their word-overlap F1 ≥ 0.5, one to
 * one, greedy by best overlap. Reports quote P/R/F1, speaker accuracy over matched quotes whose
 * gold speaker is named (names lower-cased, genitive s ignored), per-kind numbers, and a line-regex
 * baseline (a line starting with a dash or holding ”…” is a quote; speaker = capitalised words
 * after `säger`).
 *
 * `--verbose` (env QUOTES_VERBOSE=1) prints every miss, false alarm and wrong speaker.
 */
import { extractQuotes } from '../../src/api/quotes';
import { findQuotes } from '../../src/pipeline/06-quotes';
import { buildContext } from '../../src/pipeline/context';
import { join } from 'node:path';
import { dataPath, readGoldFolder, readNewsDev, ROOT, type NewsDevArticle } from '../shared-data';
import type { EvalResult } from './types';

/** A gold quote (news-dev gold format). */
export interface GoldQuote {
  text: string;
  speaker: string | null;
  speaker_named: boolean;
  kind: string;
}
interface Pred {
  text: string;
  speaker: string | null;
  kind: string;
  /** Whether the predicted speaker is a named person or organisation. */
  named?: boolean;
}

/** Articles in the news-dev gold format from a folder (the shared reader, under the name the quote scripts use). */
export const readFolder = readGoldFolder;

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Word-overlap F1 of two texts (multiset). */
export function overlapF1(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return 0;
  const count = new Map<string, number>();
  for (const w of wa) count.set(w, (count.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const c = count.get(w) ?? 0;
    if (c > 0) {
      common++;
      count.set(w, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / wb.length;
  const r = common / wa.length;
  return (2 * p * r) / (p + r);
}

/** Speaker names compared lower-cased, genitive s ignored. */
export function sameName(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const n = (s: string): string => s.toLowerCase().replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim().replace(/:?s$/, '');
  return n(a) === n(b);
}

/** Greedy one-to-one matching by best overlap. */
export function match(gold: GoldQuote[], pred: Pred[]): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  gold.forEach((g, i) =>
    pred.forEach((p, j) => {
      const f = overlapF1(g.text, p.text);
      if (f >= 0.5) pairs.push([f, i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0]);
  const ug = new Set<number>();
  const up = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (ug.has(i) || up.has(j)) continue;
    ug.add(i);
    up.add(j);
    out.push([i, j]);
  }
  return out;
}

/** The line-regex baseline the issue describes. */
function baseline(text: string): Pred[] {
  const out: Pred[] = [];
  for (const line of text.split('\n')) {
    const l = line.trim();
    const m = /^[–—-]\s*(.+)$/.exec(l);
    const said = /säger\s+((?:\p{Lu}[\p{L}-]*\s?)+)/u.exec(l);
    const speaker = said ? said[1]!.trim() : null;
    if (m) out.push({ text: m[1]!.replace(/,\s*säger.*$/, ''), speaker, kind: 'dash' });
    else {
      const q = /[”"»“]([^”"»«“]+)[”"«]/.exec(l);
      if (q) out.push({ text: q[1]!, speaker, kind: 'marks' });
    }
  }
  return out;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  named: number;
  right: number;
  exact: number;
  /** Matched quotes whose predicted speaker is named, and how many of those are the gold speaker. */
  predNamed: number;
  predNamedRight: number;
  /** Matched quotes with a `null` predicted speaker. */
  nulls: number;
  byKind: Map<string, { gold: number; pred: number; tp: number }>;
}

function tally(): Tally {
  return { tp: 0, fp: 0, fn: 0, named: 0, right: 0, exact: 0, predNamed: 0, predNamedRight: 0, nulls: 0, byKind: new Map() };
}

function score(t: Tally, gold: GoldQuote[], pred: Pred[], file: string, log: string[] | null): void {
  const pairs = match(gold, pred);
  const kind = (k: string) => {
    let e = t.byKind.get(k);
    if (!e) t.byKind.set(k, (e = { gold: 0, pred: 0, tp: 0 }));
    return e;
  };
  for (const g of gold) kind(g.kind).gold++;
  for (const p of pred) kind(p.kind).pred++;
  t.tp += pairs.length;
  t.fp += pred.length - pairs.length;
  t.fn += gold.length - pairs.length;
  const mg = new Set(pairs.map(([i]) => i));
  const mp = new Set(pairs.map(([, j]) => j));
  for (const [i, j] of pairs) {
    const g = gold[i]!;
    const p = pred[j]!;
    if (g.kind === p.kind) kind(g.kind).tp++;
    if (g.text.trim() === p.text.trim()) t.exact++;
    else log?.push(`  ${file}: text differs: ${JSON.stringify(p.text.slice(-40))} vs gold ${JSON.stringify(g.text.slice(-40))}`);
    if (p.speaker === null) t.nulls++;
    if (p.speaker !== null && p.named) {
      t.predNamed++;
      if (g.speaker_named && sameName(g.speaker, p.speaker)) t.predNamedRight++;
      else if (!g.speaker_named || !g.speaker) log?.push(`  ${file}: named speaker ${JSON.stringify(p.speaker)} where gold has ${JSON.stringify(g.speaker)}: ${g.text.slice(0, 70)}`);
    }
    if (g.speaker_named && g.speaker) {
      t.named++;
      if (sameName(g.speaker, p.speaker)) t.right++;
      else log?.push(`  ${file}: speaker ${JSON.stringify(p.speaker)} ≠ gold ${JSON.stringify(g.speaker)}: ${g.text.slice(0, 70)}`);
    }
  }
  if (log) {
    gold.forEach((g, i) => mg.has(i) || log.push(`  ${file}: MISSED [${g.kind}] ${g.text.slice(0, 90)}`));
    pred.forEach((p, j) => mp.has(j) || log.push(`  ${file}: FALSE [${p.kind}] ${p.text.slice(0, 90)}`));
  }
}

const f1 = (t: Tally): { p: number; r: number; f: number } => {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
};

/** The scores of one data set. */
interface SetScore {
  ours: Tally;
  alone: Tally;
  base: Tally;
  articles: number;
  entityErrors: number;
  log: string[];
}

/** Scores the quote step on one set of articles: with entities, without, and the line-regex baseline. */
function scoreSet(articles: NewsDevArticle<{ quotes: GoldQuote[] }>[], verbose: boolean): SetScore {
  const s: SetScore = { ours: tally(), alone: tally(), base: tally(), articles: articles.length, entityErrors: 0, log: [] };
  const toPred = (qs: ReturnType<typeof extractQuotes>): Pred[] => qs.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, named: q.speaker?.named ?? false, kind: q.kind }));
  for (const { name: f, text, gold: { quotes: gold } } of articles) {
    // Without entities: the quote step's own name finding (it must work with whatever step 05 returns).
    const own = toPred(findQuotes(buildContext(text), []));
    let pred: Pred[];
    try {
      pred = toPred(extractQuotes(text));
    } catch {
      s.entityErrors++;
      pred = own;
    }
    score(s.ours, gold, pred, f, verbose ? s.log : null);
    score(s.alone, gold, own, f, null);
    score(s.base, gold, baseline(text), f, null);
  }
  return s;
}

const acc = (t: Tally): number => t.right / Math.max(1, t.named);
const namedPrecision = (t: Tally): number => t.predNamedRight / Math.max(1, t.predNamed);
const nullShare = (t: Tally): number => t.nulls / Math.max(1, t.tp);

/** Report lines of one data set. */
function reportSet(title: string, s: SetScore): string[] {
  const row = (label: string, t: Tally): string => {
    const q = f1(t);
    return `  ${label.padEnd(22)} ${q.p.toFixed(3).padStart(6)} ${q.r.toFixed(3).padStart(6)} ${q.f.toFixed(3).padStart(6)}   ${acc(t).toFixed(3)} (${t.right}/${t.named})   ${namedPrecision(t).toFixed(3)} (${t.predNamedRight}/${t.predNamed})   ${nullShare(t).toFixed(3)} (${t.nulls}/${t.tp})`;
  };
  const { ours } = s;
  return [
    `  -- ${title}: ${s.articles} texts, ${ours.tp + ours.fn} gold quotes (word-overlap F1 ≥ 0.5, one to one)`,
    `  ${'system'.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}   speaker acc (named)   named-speaker precision   null speakers`,
    row('line-regex baseline', s.base),
    row('swedish-nlp', ours),
    row('  without entities', s.alone),
    ...(s.entityErrors ? [`  NOTE: the entity step threw on ${s.entityErrors} text(s); those were scored without entities`] : []),
    `  quote text identical to gold (characters) in ${ours.exact}/${ours.tp} matched quotes`,
    `  per kind (gold / predicted / matched with same kind):`,
    ...[...ours.byKind.entries()].map(([k, v]) => `    ${k.padEnd(9)} gold ${String(v.gold).padStart(3)}  predicted ${String(v.pred).padStart(3)}  matched ${String(v.tp).padStart(3)}`),
    ...s.log,
  ];
}

/**
 * How well the speaker confidences hold on texts they were not measured on: per resolution, the
 * share of right speakers among matched quotes with a gold speaker, beside the mean confidence.
 */
function calibration(articles: NewsDevArticle<{ quotes: GoldQuote[] }>[]): string[] {
  const by = new Map<string, { n: number; right: number; conf: number }>();
  for (const { text, gold } of articles) {
    const pred = extractQuotes(text);
    const preds = pred.map((q) => ({ text: q.text, speaker: q.speaker?.name ?? null, kind: q.kind }));
    for (const [i, j] of match(gold.quotes, preds)) {
      const s = pred[j]!.speaker;
      const g = gold.quotes[i]!;
      if (!s) continue;
      const e = by.get(s.resolution) ?? { n: 0, right: 0, conf: 0 };
      e.n++;
      e.conf += s.confidence;
      if (g.speaker !== null && sameName(g.speaker, s.name)) e.right++;
      by.set(s.resolution, e);
    }
  }
  return [
    '  speaker confidence on news-dev2 (not measured on): resolution, quotes, right share, mean confidence',
    ...[...by.entries()].sort().map(([k, e]) => `    ${k.padEnd(10)} ${String(e.n).padStart(3)}  ${(e.right / e.n).toFixed(3)}  ${(e.conf / e.n).toFixed(3)}`),
  ];
}

/** Scores the quotes stage. */
export function run(): EvalResult {
  const verbose = process.argv.includes('--verbose') || process.env.QUOTES_VERBOSE === '1';
  const dev = scoreSet(readNewsDev<{ quotes: GoldQuote[] }>(), verbose);
  const dev2Articles = readFolder<{ quotes: GoldQuote[] }>(dataPath('news-dev2'));
  const dev2 = scoreSet(dev2Articles, verbose);
  const suite = scoreSet(readFolder<{ quotes: GoldQuote[] }>(join(ROOT, 'test', 'quotes-suite')), verbose);
  const metrics: Record<string, number> = {
    quote_f1: f1(dev.ours).f,
    quote_precision: f1(dev.ours).p,
    quote_recall: f1(dev.ours).r,
    speaker_accuracy: acc(dev.ours),
    named_speaker_precision: namedPrecision(dev.ours),
    null_speaker_share: nullShare(dev.ours),
    baseline_quote_f1: f1(dev.base).f,
    baseline_speaker_accuracy: acc(dev.base),
  };
  for (const [prefix, s] of [['dev2', dev2], ['suite', suite]] as const) {
    metrics[`${prefix}_quote_f1`] = f1(s.ours).f;
    metrics[`${prefix}_speaker_accuracy`] = acc(s.ours);
    metrics[`${prefix}_named_speaker_precision`] = namedPrecision(s.ours);
    metrics[`${prefix}_null_speaker_share`] = nullShare(s.ours);
  }
  return {
    name: 'quotes',
    metrics,
    // CI gates: the level reached, rounded down a little.
    gates: {
      quote_f1: 0.99,
      speaker_accuracy: 0.99,
      named_speaker_precision: 0.99,
      dev2_quote_f1: 0.97,
      dev2_speaker_accuracy: 0.96,
      dev2_named_speaker_precision: 0.98,
      suite_quote_f1: 0.98,
      suite_speaker_accuracy: 0.98,
      suite_named_speaker_precision: 0.98,
    },
    report: [
      ...reportSet('news-dev', dev),
      ...reportSet('news-dev2 (other publishers; measured, never tuned on)', dev2),
      ...calibration(dev2Articles),
      ...reportSet('generalisation suite (test/quotes-suite)', suite),
    ],
  };
}
