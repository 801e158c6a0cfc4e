/**
 * Score factors on candidates: phrases the text repeats, names, long compounds, topics Swedish
 * news takes for granted, quoted speakers and the caller's corpus model.
 *
 * @module
 */
import { W_TITLE } from '../candidates';
import { nameKey } from '../doc';
import { isLinkWord } from './phrases';
import type { ScoreRule } from './types';

/** Extra weight of a repeated linked phrase (on top of the phrase weight). */
const W_LINKED = 0.6;
/** Extra weight of proper names (people, organisations, places). */
const W_NAME = 2.5;
/** Extra weight of quoted speakers. */
const W_SPEAKER = 1.3;
/** Bounds of the length factor of one-word keywords (length / 9 letters). */
const LEN_MIN = 0.8;
const LEN_MAX = 1.2;
/** Weight left to topics Swedish news takes for granted (`Sverige`). */
const W_IMPLICIT = 0.1;

/** The second space-separated word (`split(' ')[1]`), or `''`. */
function secondWord(key: string): string {
  const a = key.indexOf(' ');
  if (a < 0) return '';
  const b = key.indexOf(' ', a + 1);
  return b < 0 ? key.slice(a + 1) : key.slice(a + 1, b);
}

/** Cohesive phrases (seen more than once, or in the title) gain; one-off word pairs lose. */
export const phraseCohesion: ScoreRule = {
  id: 'phrase-cohesion',
  doc: "a phrase the text repeats or has in its title gains ('offentlig sektor' twice); a one-off pair ('stor oro') loses",
  stage: 'score',
  apply(c, f) {
    if (c.n <= 1 || c.name) return 1;
    return f.count > 1 || f.tfw >= W_TITLE ? 1 + 0.3 * (c.n - 1) : 0.35;
  },
};

/** Linked phrases only when the text repeats them. */
export const linkedPhraseRepeated: ScoreRule = {
  id: 'linked-phrase-repeated',
  doc: "a linked phrase counts when the text repeats it ('medhjälp till mord' twice), hardly once ('bil i garage')",
  stage: 'score',
  apply(c, f) {
    if (c.n !== 3 || !isLinkWord(secondWord(c.key))) return 1;
    return f.count > 1 ? W_LINKED : 0.1;
  },
};

/** Names weigh more, also when mentioned once: editors tag the names an article is about. */
export const nameWeight: ScoreRule = {
  id: 'name-weight',
  doc: "names weigh more, also when mentioned once ('Laura Hartman', 'Tillitsdelegationen')",
  stage: 'score',
  apply: (c) => (c.name ? W_NAME : 1),
};

/** Long words are compounds, and Swedish compounds name specific things. */
export const compoundLength: ScoreRule = {
  id: 'compound-length',
  doc: "a long one-word keyword is a compound that names a specific thing ('egnahemsrörelse' over 'rörelse')",
  stage: 'score',
  apply: (c) => (c.name || c.n !== 1 ? 1 : Math.min(LEN_MAX, Math.max(LEN_MIN, c.words[0]!.length / 9))),
};

/** Topics Swedish news takes for granted keep only a fraction of their score. */
export const implicitTopic: ScoreRule = {
  id: 'implicit-topic',
  doc: "Swedish news takes 'Sverige', 'svensk' and 'regeringen' for granted: they rank low unless the text is about them",
  stage: 'score',
  apply: (c, _f, env) => (env.doc.implicitTopics.has(c.keepCase ? c.best.toLowerCase() : c.best) ? W_IMPLICIT : 1),
};

/** Quoted speakers weigh more (only when quotes were given). */
export const quotedSpeaker: ScoreRule = {
  id: 'quoted-speaker',
  doc: "a person the text quotes ('– Vi måste agera, säger Anna Berg.') weighs more",
  stage: 'score',
  apply(c, _f, env) {
    const { speakers } = env;
    if (speakers.size === 0) return 1;
    return speakers.has(c.key) || (env.maySpeak(c.best) && speakers.has(nameKey(c.best, env.doc.stemOf))) ? W_SPEAKER : 1;
  },
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
