/**
 * Pipeline step 07: keywords. Candidate phrases (lemma phrases of common words, whole names)
 * ranked by a logistic regression over their features, as KEA does (frequency, position, title
 * and lead, spread over sentences, background rarity from Swedish news, names and their types,
 * quoted speakers, phrase length), fitted on editors' keywords by `npm run train`; then a greedy
 * selection without near-duplicates in which names take at most half of the list. Optional
 * corpus weighting with a BM25 model learned from the user's own documents.
 *
 * The Swedish rules are named entries of the ordered table in `rules/` (see rules/index.ts);
 * this module only runs them: word facts → candidates → features → score → selection.
 *
 * @module
 */
import type { Entity, Keyword, Quote, TextContext } from '../../types';
import { assertString } from '../../internal/assert-string';
import { enabledRules, type RuleOptions } from '../../internal/rules';
import { buildContext } from '../context';
import { findEntities } from '../05-entities';
import { findQuotes } from '../06-quotes';
import { documentOf, type ArticleParts } from '../01b-document';
import { isCorpusTerm, learnModel, type KeywordModel } from './model';
import { bestForm, collectCandidates, type Candidates } from './candidates';
import { NO_WORD, readKeywordDoc, TOKEN_FACTS, type KeywordDoc } from './doc';
import { compoundParts, features, speakerKeys, speakerTest, type Features, type ScoreEnv } from './features';
import { selectKeywords, TopList } from './select';
import { markMerged } from './rules/merges';
import { RULES } from './rules';
import type { FeatureRule, FormRule, KeywordRule, MergeRule, PhraseRule, ScoreRule, SelectRule, WeightRule, WordRule } from './rules/types';
import { selectSwitches, type SelectSwitches } from './rules/selection';
import { rankColumns, rankLogit, rankRows, type RankerModel, type RankTable } from './ranker';
import { KEYWORD_RANKER } from '../../data/sv/keyword-ranker';

export type { KeywordModel } from './model';
export type { RankerModel } from './ranker';
export { RULES as KEYWORD_RULES, type KeywordRule } from './rules';

/** Options for keyword extraction. */
export interface KeywordOptions {
  /** How many keywords to return (default 10). */
  limit?: number;
  /** A corpus model from `createKeywordModel`: words common to the corpus weigh less. */
  model?: KeywordModel;
  /** A ranker fitted on your own keywords (default: the built-in one, fitted on Swedish news). */
  ranker?: RankerModel;
  /** Keyword rules to switch off by id (see `KEYWORD_RULES`). */
  rules?: RuleOptions;
  /**
   * `extractKeywords` only: run the quote step too, so that quoted speakers weigh more (slower;
   * `analyze` and `summarize` always pass their quotes).
   */
  quotes?: boolean;
}

/** The enabled rules of each stage, in table order. */
interface Stages {
  word: WordRule[];
  /** The word rules that may answer for a token, by its token facts (`KeywordDoc.facts`). */
  wordByFacts: WordRule[][];
  form: FormRule[];
  phrase: PhraseRule[];
  weight: WeightRule[];
  merge: MergeRule[];
  feature: FeatureRule[];
  score: ScoreRule[];
  select: SelectRule[];
  /** Which selection rules are on. */
  switches: SelectSwitches;
}

const DEFAULT_STAGES = stagesOf(RULES);

function stagesOf(rules: readonly KeywordRule[]): Stages {
  const s: Stages = { word: [], wordByFacts: [], form: [], phrase: [], weight: [], merge: [], feature: [], score: [], select: [], switches: selectSwitches([]) };
  for (const r of rules) (s[r.stage] as KeywordRule[]).push(r);
  s.switches = selectSwitches(s.select);
  for (let f = 0; f < TOKEN_FACTS; f++) s.wordByFacts.push(s.word.filter((r) => r.tokens === undefined || (r.tokens & f) !== 0));
  return s;
}

/**
 * Each token's keyword facts: the first word rule that answers decides. A token asks only the
 * rules that may answer for its token facts (`byFacts`, in table order).
 */
function readWords(doc: KeywordDoc, byFacts: readonly (readonly WordRule[])[]): void {
  const n = doc.tokens.length;
  const { facts } = doc;
  for (let i = 0; i < n; i++) {
    let info = NO_WORD;
    for (const r of byFacts[facts[i]!]!) {
      const v = r.apply(i, doc);
      if (v !== undefined) {
        info = v;
        break;
      }
    }
    doc.infos.push(info);
  }
}

/**
 * The candidates of a text after the word, form, phrase, weight and merge rules, with their
 * display forms fixed.
 *
 * @param ctx The text analysed up to the token annotations.
 * @param entities Entity mentions from step 05.
 * @param parts The article parts.
 * @param stages The enabled rules.
 */
export function keywordCandidates(ctx: TextContext, entities: readonly Entity[], parts: ArticleParts, stages: Stages = DEFAULT_STAGES): { doc: KeywordDoc; all: Candidates } {
  const doc = readKeywordDoc(ctx, entities, parts);
  readWords(doc, stages.wordByFacts);
  for (const f of stages.form) f.prepare(doc);
  const all = collectCandidates(doc, stages.phrase, stages.form, stages.weight);
  for (const m of stages.merge) markMerged(m.apply(all.cands, doc), m.id);
  for (const c of all.cands.values()) if (c.best === '') c.best = bestForm(c);
  return { doc, all };
}

/**
 * Finds keywords in an analysed text (pipeline step 07).
 *
 * @param ctx The text analysed up to the token annotations.
 * @param entities Entity mentions from step 05.
 * @param quotes Quotes from step 06 (their named speakers weigh more); `[]` when not known.
 * @param options Keyword options.
 * @param article The article parts, when the caller already has them.
 */
export function findKeywords(ctx: TextContext, entities: readonly Entity[], quotes: readonly Quote[], options: KeywordOptions = {}, article?: ArticleParts): Keyword[] {
  const limit = Number.isFinite(options.limit) ? Math.max(0, Math.floor(options.limit!)) : 10;
  if (limit === 0 || ctx.tokens.length === 0) return [];
  const stages = options.rules?.disable?.length ? stagesOf(enabledRules(RULES, options.rules)) : DEFAULT_STAGES;
  const { doc, all } = keywordCandidates(ctx, entities, article ?? documentOf(ctx), stages);
  const env = scoreEnv(doc, quotes, options.model);
  const rows = candidateRows(doc, all, env, stages);
  const ranker = options.ranker ?? KEYWORD_RANKER;
  const cols = rankColumns(stages.feature.map((r) => r.id), ranker);
  // Only the best candidates take part in the selection.
  const top = new TopList(Math.max(40, limit * 4), all.occs);
  for (let i = 0; i < rows.cands.length; i++) {
    const c = rows.cands[i]!;
    const f = rows.feats[i]!;
    // The odds: score factors and the selection's overlap factors multiply them.
    let score = Math.exp(rankLogit(rows.x, cols, ranker, i * rows.width));
    for (const r of stages.score) {
      const k = r.apply(c, f, env);
      if (k !== 1) {
        score *= k;
        if (!c.rules.includes(r.id)) c.rules.push(r.id);
      }
    }
    // A score rule's 0 (`single-letter`) rules the candidate out.
    if (score > 0) top.consider(c, score);
  }
  // Names take at most half of the list (`names-cap`), unless the text is a list of people (`list-of-people`).
  const on = stages.switches;
  const maxNames = !on.namesCap || (on.listOfPeople && isListOfPeople(doc, limit)) ? limit : Math.floor(limit / 2);
  return selectKeywords(top.items, all.occs, limit, maxNames, on);
}

/**
 * Whether a text is a list of people (`Årets pristagare: Lena Ström får priset för … Per Lund
 * skriver …`): at least as many sentences as keywords are asked for begin with a person's name,
 * and they are at least half of the sentences. A report that names many people between
 * sentences about something else (a match, a minister's visit) is not: there the editors'
 * keywords are mostly topics (measured on news-dev and news-dev2: the two articles that name ten
 * people have four and three names among their keywords).
 *
 * @param doc The text.
 * @param limit How many keywords are asked for.
 */
export function isListOfPeople(doc: KeywordDoc, limit: number): boolean {
  let n = 0;
  let sentences = 0;
  for (const first of doc.sentFirst) {
    if (first < 0) continue;
    sentences++;
    if (doc.personAt[first]) n++;
  }
  return n >= limit && n * 2 >= sentences;
}

/** Text-wide facts for the feature and score rules. */
function scoreEnv(doc: KeywordDoc, quotes: readonly Quote[], model: KeywordModel | undefined): ScoreEnv {
  const speakers = speakerKeys(quotes, doc);
  const env: ScoreEnv = { doc, speakers, maySpeak: speakerTest(speakers), corpus: null };
  if (model && model.size > 0) {
    const terms = doc.tokens.filter((t, i) => !doc.excluded[i] && isCorpusTerm(t)).map((t) => t.stem);
    env.corpus = model.weigh(terms);
  }
  return env;
}

/** The features and ranker rows of all candidates. */
function candidateRows(doc: KeywordDoc, all: Candidates, env: ScoreEnv, stages: Stages): RankTable {
  const partsTf = compoundParts(all);
  const nSent = Math.max(1, doc.sentences.length);
  const feats: Features[] = [];
  for (const c of all.cands.values()) feats.push(features(c, all.occs, partsTf, doc.text.length, nSent));
  return rankRows(doc, all, feats, env, stages.feature);
}

/**
 * The ranker rows of every candidate of an analysed text, with the ids of the feature rules in
 * row order: what `npm run train` fits the ranker on (scripts/train/keywords.ts).
 *
 * @param ctx The text analysed up to the token annotations.
 * @param entities Entity mentions from step 05.
 * @param quotes Quotes from step 06.
 */
export function keywordRankRows(ctx: TextContext, entities: readonly Entity[], quotes: readonly Quote[]): { ids: string[]; rows: { text: string; x: Float64Array }[] } {
  const { doc, all } = keywordCandidates(ctx, entities, documentOf(ctx));
  const rows = candidateRows(doc, all, scoreEnv(doc, quotes, undefined), DEFAULT_STAGES);
  const w = rows.width;
  return { ids: DEFAULT_STAGES.feature.map((r) => r.id), rows: rows.cands.map((c, i) => ({ text: c.best, x: rows.x.slice(i * w, (i + 1) * w) })) };
}

/**
 * Extracts the key phrases of a Swedish text: lemma phrases of one to three words in lower case
 * (`tillitsbaserad styrning`, `offentlig sektor`) and names as written in base form
 * (`Laura Hartman`, `Tillitsdelegationen`), most relevant first.
 *
 * @param text Any string.
 * @param options Keyword options (`limit`, corpus `model`, `rules`, `quotes`).
 */
export function extractKeywords(text: string, options: KeywordOptions = {}): Keyword[] {
  const ctx = buildContext(text, {}, 'extractKeywords');
  const entities = findEntities(ctx);
  return findKeywords(ctx, entities, options.quotes ? findQuotes(ctx, entities) : [], options);
}

/**
 * Learns a corpus model from the user's documents (BM25 via wink-nlp's vectorizer, on our own
 * stems). Pass it as `extractKeywords(text, { model })`: words common to every document of the
 * corpus then weigh less.
 *
 * @param docs The corpus: one string per document.
 */
export function createKeywordModel(docs: readonly string[]): KeywordModel {
  if (!Array.isArray(docs)) throw new TypeError('swedish-nlp: createKeywordModel(docs) expects an array of strings');
  return learnModel(
    docs.map((d, i) => {
      assertString(d, 'createKeywordModel', `docs[${i}]`);
      const ctx = buildContext(d, {}, 'createKeywordModel');
      const ex = ctx.document.excluded;
      let e = 0;
      const out: string[] = [];
      for (const t of ctx.tokens) {
        while (e < ex.length && ex[e]!.end <= t.start) e++;
        if (e < ex.length && ex[e]!.start < t.end) continue;
        if (isCorpusTerm(t)) out.push(t.stem);
      }
      return out;
    }),
  );
}
