/**
 * The keyword ranker: a logistic regression over candidate features (frequency, position,
 * title, lead, spread, background rarity (of topics apart), general-language commonness, name
 * and entity type, phrase length, and the feature rules of the `RULES` table), fitted by
 * `npm run train` on editors' keywords (scripts/train/keywords.ts). Its weights are data (src/data/sv/keyword-ranker.ts).
 *
 * @module
 */
import type { Cand, Candidates } from './candidates';
import { backgroundIdf } from './background';
import type { KeywordDoc } from './doc';
import { commonness, type Features, type ScoreEnv } from './features';
import type { FeatureRule } from './rules/types';

/** A fitted ranker: weights over standardised features. */
export interface RankerModel {
  /** Feature names, in the order of the weights (generic features, then feature rule ids). */
  readonly features: readonly string[];
  /** Mean of each feature on the training candidates. */
  readonly mean: readonly number[];
  /** Standard deviation of each feature on the training candidates (1 where it was 0). */
  readonly scale: readonly number[];
  /** Weight of each standardised feature. */
  readonly weights: readonly number[];
  /** Intercept. */
  readonly bias: number;
}

/** The generic features, before the feature rules' values. */
export const GENERIC_FEATURES: readonly string[] = [
  'log-weighted-count',
  'weighted-count-share',
  'weighted-count-rank',
  'log-count',
  'once',
  'position',
  'in-lead',
  'in-title',
  'topic-in-title',
  'spread',
  'idf',
  'log-idf',
  'word-idf',
  'log-word-idf',
  'name',
  'name-weighted-count-share',
  'person',
  'organisation',
  'place',
  'name-with-noun',
  'two-words',
  'three-words',
  'compound-parts',
  'one-word-commonness',
  'topic-log-idf',
];

/** The ranker rows of a text's candidates, one after another in one matrix. */
export interface RankTable {
  /** The candidates, in row order. */
  cands: Cand[];
  /** Their features, in row order. */
  feats: readonly Features[];
  /** Values per row (generic features, then the feature rules' values). */
  width: number;
  /** The rows: candidate `i`'s row begins at `i * width`. */
  x: Float64Array;
}

/** Whether any occurrence of the candidate lies inside the title. */
function inTitle(c: Cand, all: Candidates, doc: KeywordDoc): boolean {
  const t = doc.title;
  if (!t) return false;
  for (const o of c.occ) if (all.occs.start[o]! >= t.start && all.occs.end[o]! <= t.end) return true;
  return false;
}

/** Mean background IDF of a candidate's key stems (names too); the key's words are split by single spaces. */
function wordIdf(c: Cand): number {
  if (c.widf !== undefined) return c.widf;
  const key = c.key;
  let s = 0;
  let n = 0;
  let from = 0;
  for (;;) {
    const sp = key.indexOf(' ', from);
    s += backgroundIdf(sp < 0 ? key.slice(from) : key.slice(from, sp));
    n++;
    if (sp < 0) break;
    from = sp + 1;
  }
  return s / Math.max(1, n);
}

/** Each candidate's rank by weighted count, best first: how many candidates have a greater one (a numeric sort, no comparator). */
function countRanks(feats: readonly Features[]): Float64Array {
  const n = feats.length;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) sorted[i] = feats[i]!.tfw;
  sorted.sort();
  const rank = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // The first count above this one (ascending order): the ones after it are greater.
    const v = feats[i]!.tfw;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! > v) hi = mid;
      else lo = mid + 1;
    }
    rank[i] = n - lo;
  }
  return rank;
}

/**
 * The feature rows of all candidates of a text.
 *
 * @param doc The text.
 * @param all Its candidates.
 * @param feats Each candidate's features, in the candidates' order.
 * @param env Text-wide facts.
 * @param rules The enabled feature rules.
 */
export function rankRows(doc: KeywordDoc, all: Candidates, feats: readonly Features[], env: ScoreEnv, rules: readonly FeatureRule[]): RankTable {
  const cands = [...all.cands.values()];
  let maxTfw = 0;
  for (const f of feats) if (f.tfw > maxTfw) maxTfw = f.tfw;
  // Rank of each candidate by weighted count (ties share the best rank: the number of candidates
  // with a greater count), as a share 0..1.
  const rank = countRanks(feats);
  const nRules = RULE_INDEX_BASE;
  const width = nRules + rules.length;
  const table = new Float64Array(cands.length * width);
  // One row, filled for each candidate (every value written) and copied into the matrix.
  const x = new Float64Array(width);
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const f = feats[i]!;
    const title = inTitle(c, all, doc);
    const share = maxTfw > 0 ? f.tfw / maxTfw : 0;
    const name = c.name ? 1 : 0;
    const widf = wordIdf(c);
    // In the order of GENERIC_FEATURES.
    x[0] = Math.log(Math.max(1e-3, f.tfw));
    x[1] = share;
    x[2] = 1 - rank[i]! / Math.max(1, cands.length);
    x[3] = Math.log(f.count);
    x[4] = f.count === 1 ? 1 : 0;
    x[5] = f.pos;
    x[6] = f.firstPos < doc.leadEnd ? 1 : 0;
    x[7] = title ? 1 : 0;
    x[8] = title && !c.name && !c.keepCase ? 1 : 0;
    x[9] = f.spread;
    x[10] = c.idf;
    x[11] = Math.log(0.05 + c.idf);
    x[12] = widf;
    x[13] = Math.log(0.05 + widf);
    x[14] = name;
    x[15] = name * share;
    x[16] = c.type === 'PER' ? 1 : 0;
    x[17] = c.type === 'ORG' ? 1 : 0;
    x[18] = c.type === 'LOC' ? 1 : 0;
    x[19] = c.keepCase && !c.name ? 1 : 0;
    x[20] = c.n === 2 ? 1 : 0;
    x[21] = c.n >= 3 ? 1 : 0;
    x[22] = f.tfw > 0 ? f.parts / f.tfw : 0;
    x[23] = commonness(c, doc.commonRank);
    // Background rarity of a topic apart from a name's (a name's IDF is fixed at 1).
    x[24] = name ? 0 : x[11]!;
    for (let r = 0; r < rules.length; r++) {
      const v = rules[r]!.apply(c, f, env);
      x[nRules + r] = v;
      if (v !== 0 && !c.rules.includes(rules[r]!.id)) c.rules.push(rules[r]!.id);
    }
    table.set(x, i * width);
  }
  return { cands, feats, width, x: table };
}

const RULE_INDEX_BASE = GENERIC_FEATURES.length;

/**
 * Where each of the model's features is in a feature row: its column, or -1 for a rule that is
 * switched off or unknown (it then counts 0). Computed once per text, not per candidate.
 *
 * @param ruleIds The ids of the feature rules in the row.
 * @param model The fitted ranker.
 */
export function rankColumns(ruleIds: readonly string[], model: RankerModel): Int32Array {
  const names = model.features;
  const cols = new Int32Array(names.length);
  for (let k = 0; k < names.length; k++) {
    if (k < RULE_INDEX_BASE) cols[k] = k;
    else {
      const r = ruleIds.indexOf(names[k]!);
      cols[k] = r < 0 ? -1 : RULE_INDEX_BASE + r;
    }
  }
  return cols;
}

/**
 * The ranker's score (log-odds) of a feature row.
 *
 * @param x The row (generic features, then the values of the feature rules), or a matrix of rows.
 * @param cols Where each model feature is in the row (see {@link rankColumns}).
 * @param model The fitted ranker.
 * @param at Where the row begins in `x` (a {@link RankTable}'s matrix: `i * width`).
 */
export function rankLogit(x: Float64Array, cols: Int32Array, model: RankerModel, at = 0): number {
  let z = model.bias;
  for (let k = 0; k < cols.length; k++) {
    const col = cols[k]!;
    const v = col < 0 ? 0 : x[at + col]!;
    z += (model.weights[k]! * (v - model.mean[k]!)) / model.scale[k]!;
  }
  return z;
}
