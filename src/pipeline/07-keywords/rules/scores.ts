/**
 * Feature rules for the ranker (phrases the text repeats, long compounds, topics Swedish news
 * takes for granted, quoted speakers) and the score factor of the caller's corpus model.
 *
 * @module
 */
import { nameKey } from '../doc';
import { isLinkWord } from './phrases';
import type { FeatureRule, ScoreRule } from './types';

/** Bounds of the length factor of one-word keywords (length / 9 letters). */
const LEN_MIN = 0.8;
const LEN_MAX = 1.2;

/** The second space-separated word (`split(' ')[1]`), or `''`. */
function secondWord(key: string): string {
  const a = key.indexOf(' ');
  if (a < 0) return '';
  const b = key.indexOf(' ', a + 1);
  return b < 0 ? key.slice(a + 1) : key.slice(a + 1, b);
}

/** Cohesive phrases (seen more than once, or in the title): 1; one-off word pairs: -1. */
export const phraseCohesion: FeatureRule = {
  id: 'phrase-cohesion',
  doc: "a phrase the text repeats or has in its title is cohesive ('offentlig sektor' twice); a one-off pair ('stor oro') is not",
  stage: 'feature',
  apply(c, f, env) {
    if (c.n <= 1 || c.name) return 0;
    if (f.count > 1) return 1;
    const t = env.doc.title;
    return t && f.firstPos >= t.start && f.firstPos < t.end ? 1 : -1;
  },
};

/** A linked phrase said only once is seldom a keyword. */
export const linkedPhraseOnce: FeatureRule = {
  id: 'linked-phrase-once',
  doc: "a linked phrase said once ('bil i garage') is seldom a keyword; said twice ('medhjälp till mord') it may be",
  stage: 'feature',
  apply: (c, f, env) => (c.n === 3 && f.count === 1 && isLinkWord(secondWord(c.key), env.doc) ? 1 : 0),
};

/** Long words are compounds, and Swedish compounds name specific things. */
export const compoundLength: FeatureRule = {
  id: 'compound-length',
  doc: "a long one-word keyword is a compound that names a specific thing ('egnahemsrörelse' over 'rörelse')",
  stage: 'feature',
  apply: (c) => (c.name || c.n !== 1 ? 0 : Math.min(LEN_MAX, Math.max(LEN_MIN, c.words[0]!.length / 9)) - 1),
};

/** Topics Swedish news takes for granted. */
export const implicitTopic: FeatureRule = {
  id: 'implicit-topic',
  doc: "Swedish news takes 'Sverige', 'svensk' and 'regeringen' for granted: they rank low unless the text is about them",
  stage: 'feature',
  apply: (c, _f, env) => (env.doc.implicitTopics.has(c.keepCase ? c.best.toLowerCase() : c.best) ? 1 : 0),
};

const SPACE = /\s/;

/**
 * The number of words of the key `nameKey` makes of a name (runs of characters other than white
 * space; a name without any has a key of one empty word).
 */
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s[i]!);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return Math.max(1, n);
}

/** The word counts of the speakers' keys, by the speakers' set (one per text: it goes with the text). */
const countsOf = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>();

/**
 * Whether a name of `words` words may have a speaker's key: a key has as many words as the name
 * (the stems of its words joined by single spaces), so `nameKey` is worked out only for names of
 * a length some speaker's key has.
 */
function speakerLength(speakers: ReadonlySet<string>, words: number): boolean {
  let counts = countsOf.get(speakers);
  if (counts === undefined) {
    const c = new Set<number>();
    for (const k of speakers) c.add(k.split(' ').length);
    countsOf.set(speakers, (counts = c));
  }
  return counts.has(words);
}

/** Quoted speakers (only when quotes were given). */
export const quotedSpeaker: FeatureRule = {
  id: 'quoted-speaker',
  doc: "a person the text quotes ('– Vi måste agera, säger Lena Ström.') is a likely keyword",
  stage: 'feature',
  apply(c, _f, env) {
    const { speakers } = env;
    if (speakers.size === 0 || !c.name) return 0;
    if (speakers.has(c.key)) return 1;
    return env.maySpeak(c.best) && speakerLength(speakers, wordCount(c.best)) && speakers.has(nameKey(c.best, env.doc.stemOf)) ? 1 : 0;
  },
};

/**
 * A single letter is no keyword, not even a capital one: it is an initial or a piece of a name
 * cut at a slash or a digit (`B` of a club name like `A/B 1999 IF`), never what a text is about.
 */
export const singleLetter: ScoreRule = {
  id: 'single-letter',
  doc: "a single letter ('B' of 'A/B 1999 IF', an initial) is no keyword",
  stage: 'score',
  apply: (c) => (c.best.length === 1 ? 0 : 1),
};

/** Words common to the caller's corpus weigh less. */
export const corpusModel: ScoreRule = {
  id: 'corpus-model',
  doc: "with a corpus model, words every document of the corpus uses ('kommunen' in a municipality's news) weigh less",
  stage: 'score',
  apply(c, _f, env) {
    if (!env.corpus) return 1;
    let cw = 0;
    for (const k of c.key.split(' ')) cw += env.corpus.get(k) ?? 1;
    return 0.1 + 0.9 * (cw / c.n);
  },
};
