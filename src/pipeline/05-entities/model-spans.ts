/**
 * The first mentions of step 05: the sentences as model input (which tokens start a sentence, line
 * or quote), the model's BIO labels, gazetteer names the model missed, and the labelled runs trimmed
 * to names (no trailing verbs or punctuation, no leading titles).
 *
 * @module
 */
import type { AnalyzedToken, EntityType, TextContext } from '../../types';
import { GRAMMAR_CAPITAL_OPENERS, TRAILING_VERB_ENDINGS } from '../../data/sv/entity-lexicon';
import type { Lexicon } from '../../data/sv/lexicon';
import { gazetteerTags, type DocInfo, type Label, type SentenceInput } from './features';
import { decode } from './model';
import { isLexiconTitle, isNever, type Span0 } from './work';
import { hasLetter, startsLowerLetter, withoutSoftHyphens } from '../../internal/letter-class';
import { formIdsOf } from '../../internal/form-ids';
import { wordSet } from '../../internal/lexicon';

/** Openers after which a capitalised word is capitalised for grammar (a new sentence or quote). */
const OPENERS = new Set(GRAMMAR_CAPITAL_OPENERS);
/** The longest opener (speed: a longer token is no opener, without a look-up). */
const OPENER_MAX = Math.max(0, ...GRAMMAR_CAPITAL_OPENERS.map((o) => o.length));
const TRAILING_VERB = new RegExp(`(?:${TRAILING_VERB_ENDINGS})$`);

/** One sentence: its tokens and the model input. */
export interface ModelSentence {
  /** The sentence's tokens. */
  toks: readonly AnalyzedToken[];
  /** Words (soft hyphens dropped) and sentence/line/quote starts. */
  input: SentenceInput;
}

/** Whether `toks` are `tokens[base …]` (the sentences of a context hold the text's tokens in order; a hand-made context may not). */
function sameTokens(tokens: readonly AnalyzedToken[], toks: readonly AnalyzedToken[], base: number): boolean {
  return toks.length === 0 || (tokens[base] === toks[0] && tokens[base + toks.length - 1] === toks[toks.length - 1]);
}

/** The sentences as model input; a token is "initial" at a sentence, line or quote start. */
export function modelSentences(ctx: TextContext): ModelSentence[] {
  const text = ctx.text;
  const sents: ModelSentence[] = [];
  let prevEnd = -1;
  let prevTok: AnalyzedToken | undefined;
  let nl = -1; // next newline at or after prevEnd
  // (speed: a text without a soft hyphen, nearly every text, gives each token's text as it is, without a search per token)
  const shy = text.includes('\u00ad');
  // The words are the token texts where no soft hyphen is dropped: the model reads its per-form sums by their form ids.
  const ids = shy ? undefined : formIdsOf(ctx.tokens).text;
  let base = 0;
  for (const s of ctx.sentences) {
    const toks = s.tokens;
    const words = new Array<string>(toks.length);
    const initial = new Array<boolean>(toks.length);
    // Only punctuation and symbols so far in the sentence or line (`### Arbetet`, `– Vi`).
    let onlyPunct = true;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      // Soft hyphens (invisible break hints: `Finans\u00adinspek\u00adtionen`) are dropped for the model and the gazetteers.
      words[i] = shy ? withoutSoftHyphens(t.text) : t.text;
      let init = onlyPunct;
      if (!init && prevTok && prevTok.text.length <= OPENER_MAX && OPENERS.has(prevTok.text)) init = true;
      if (prevEnd >= 0) {
        if (nl < prevEnd) nl = text.indexOf('\n', prevEnd);
        if (nl >= 0 && nl < t.start) { init = true; onlyPunct = true; }
        if (nl < 0) nl = Infinity;
      }
      if (t.kind !== 'punctuation' && t.kind !== 'symbol') onlyPunct = false;
      initial[i] = init;
      prevEnd = t.end;
      prevTok = t;
    }
    sents.push({ toks, input: ids && sameTokens(ctx.tokens, toks, base) ? { words, initial, ids: ids.subarray(base, base + toks.length) } : { words, initial } });
    base += toks.length;
  }
  return sents;
}

/**
 * Gazetteer matches the model missed go into the labels (not for grammar-capitalised common words,
 * and never across a model mention's border). Returns 1 at the tokens the gazetteer labelled.
 */
function addGazetteerNames(labels: Label[], gz: readonly string[], input: SentenceInput, doc: DocInfo, lex: Lexicon): Uint8Array {
  const n = labels.length;
  const byGz = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!gz[i]!.startsWith('B-')) continue;
    let j = i + 1;
    while (j < n && gz[j]!.startsWith('I-')) j++;
    const allO = labels.slice(i, j).every((l) => l === 'O');
    const w = input.words[i]!;
    const trusted = !input.initial[i] || j - i > 1 || doc.capMid.has(w) || !doc.lowerSeen.has(w.toLowerCase());
    // No model entity crossing the gazetteer match's borders.
    const clean = !labels[i]!.startsWith('I-') && (j >= n || !labels[j]!.startsWith('I-'));
    // (`isNever` for one-word matches only: `Dagens` alone is a time word, `Dagens Industri` a name.)
    if (clean && (allO ? trusted && (j - i > 1 || !isNever(w, lex)) : true)) {
      const ty = gz[i]!.slice(2);
      for (let k = i; k < j; k++) {
        const l = ((k === i ? 'B-' : 'I-') + ty) as Label;
        if (labels[k] !== l) byGz[k] = 1;
        labels[k] = l;
      }
    }
    i = j - 1;
  }
  return byGz;
}

/** Whether the last token of a labelled run is no part of a name: punctuation, or a lower-case closed-class, name-particle (the lexicon's `nameParticles`) or verb-like word (any lower-case word for a person). */
function trailingNonName(t: AnalyzedToken, type: EntityType, lex: Lexicon): boolean {
  return !hasLetter(t.text) || (startsLowerLetter(t.text) && (type === 'PER' || isNever(t.text, lex) || wordSet(lex.nameParticles).has(t.normal) || TRAILING_VERB.test(t.normal)));
}

/** The mentions of one labelled sentence (token indices offset by `base`). */
function labelledSpans(s: ModelSentence, labels: readonly Label[], byGz: Uint8Array, base: number, lookup: (n: string) => EntityType | null, lex: Lexicon, out: Span0[]): void {
  const { toks, input } = s;
  const n = toks.length;
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    if (l === 'O') continue;
    const type = l.slice(2) as EntityType;
    let j = i + 1;
    while (j < n && labels[j] === 'I-' + type) j++;
    // The end of the labelled run: a trimmed tail is dropped, never a mention of its own (`TV 4` → not `4`);
    // a person's lower-case tail is looked at again (`Bashar` `al-Assad` are joined later).
    const runEnd = j;
    // A whole gazetteer name keeps its last word (`TV 4`).
    const whole = j - i > 1 && !!lookup(input.words.slice(i, j).join(' '));
    while (!whole && j - 1 > i && trailingNonName(toks[j - 1]!, type, lex)) j--;
    // Leading titles capitalised at a sentence start (`Kronprinsessan Victoria`, `Kungen`).
    let i0 = i;
    while (i0 < j && isLexiconTitle(toks[i0]!.normal, lex)) i0++;
    if (i0 === j) { i = j - 1; continue; }
    let gz = false;
    for (let x = i0; x < j; x++) if (byGz[x]) gz = true;
    out.push({ a: base + i0, b: base + j, start: toks[i0]!.start, end: toks[j - 1]!.end, type, words: input.words.slice(i0, j), initial: input.initial[i0]!, rule: gz ? 'gazetteer' : 'model' });
    i = (type === 'PER' ? j : runEnd) - 1;
  }
}

/**
 * The model's and the gazetteers' mentions, in text order, with the sentence-start flags per token.
 *
 * @param sents The sentences as model input.
 * @param doc Document-level capitalisation.
 * @param tokenCount Number of tokens in the text.
 * @param lookup User entries, then the built-in gazetteers.
 * @param lex The lexicon of the run (its never-a-name and title words trim the mentions).
 * @param extra User entries alone (for the gazetteer labels), if any.
 */
export function modelSpans(
  sents: readonly ModelSentence[],
  doc: DocInfo,
  tokenCount: number,
  lookup: (n: string) => EntityType | null,
  lex: Lexicon,
  extra?: (n: string) => string | null,
): { spans: Span0[]; initialTok: Uint8Array } {
  const spans: Span0[] = [];
  const initialTok = new Uint8Array(tokenCount + 1);
  let base = 0;
  for (const s of sents) {
    const { toks, input } = s;
    for (let i = 0; i < toks.length; i++) if (input.initial[i]) initialTok[base + i] = 1;
    const gz = gazetteerTags(input.words, extra, input.ids);
    const labels = decode(input, gz, doc);
    const byGz = addGazetteerNames(labels, gz, input, doc, lex);
    labelledSpans(s, labels, byGz, base, lookup, lex, spans);
    base += toks.length;
  }
  return { spans, initialTok };
}

