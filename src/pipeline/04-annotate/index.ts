import type { AnalyzedToken, Sentence, Token, Upos } from '../../types';
import { stopwords as defaultStopwords } from './stopwords';
import { cachedStem } from './stem';
import type { Lexicon } from '../../data/sv/lexicon';
import { wordSet } from '../../internal/lexicon';
import { formIdsOf, FormInts, FormMemo, memoOf, type TextForms } from '../../internal/form-ids';

/**
 * A part-of-speech tagger for one sentence: parallel arrays of tags and lemmas for its tokens
 * (`tagLabels` of `04-annotate/tag`). Injected, so that a step that needs no tags never loads
 * the tagger model: this module does not import it. It gets the lexicon of the call (its listed names
 * count for the name rules).
 */
export type TokenTagger = (
  tokens: readonly Token[],
  lexicon?: Lexicon,
  /** The form ids of the text the tokens are part of, and where the tokens start in it (`formIdsOf`). */
  forms?: TextForms,
  from?: number,
) => {
  pos: readonly Upos[];
  lemma: readonly string[];
  /** `cachedStem(normal)` of the word tokens, when the tagger has them at hand (empty slots are looked up). */
  stem?: readonly (string | undefined)[];
};

/** Options for the token annotations. */
export interface AnnotateOptions {
  /** Stopword list to use instead of the default. */
  stopwords?: ReadonlySet<string>;
  /**
   * Run the part-of-speech tagger (default `true` where the caller has one). With `false`, every token
   * gets pos `X` and its lower-case form as lemma: faster, for steps that do not need tags
   * (`tagEntities` uses it).
   */
  tag?: boolean;
}

/**
 * Fills `pos`, `lemma`, `stopword` and `stem` of the tokens of each sentence, in place: the
 * tokens come from `tokenizeForAnalysis` (02-tokens), made in their final shape, so that a token is
 * one object through the pipeline (an annotated copy of each token cost about 5 % of the bytes
 * `analyze` allocates). The tagger sees one sentence at a time; without a tagger (or with
 * `tag: false`) every token gets pos `X` and its normal form as lemma.
 *
 * @param sentences Sentences of one text, in order, with tokens from `tokenizeForAnalysis`.
 * @param options Annotation options.
 * @param lexicon The lexicon whose `stopwords` flag tokens when `options.stopwords` is not given
 *   (default: the built-in stopword list).
 * @param tagger The part-of-speech tagger (none: pos `X`).
 * @param forms The form ids of the text's tokens (`formIdsOf` of the token array the sentences
 *   hold in order; the pipeline context makes them once). Without them each sentence gets its own.
 * @returns The same sentences, their tokens annotated.
 */
export function annotateSentences(
  sentences: Sentence<AnalyzedToken>[],
  options: AnnotateOptions = {},
  lexicon?: Lexicon,
  tagger?: TokenTagger,
  forms?: TextForms,
): Sentence<AnalyzedToken>[] {
  const own = options.stopwords === undefined;
  const sw = options.stopwords ?? (lexicon ? wordSet(lexicon.stopwords) : defaultStopwords);
  // The stopword flag of a form is read from its list once (a caller's own `options.stopwords`
  // may change between calls: asked every time); stems are the same for every lexicon.
  const flags = own ? memoOf(stopwordFlags, sw, () => new FormInts()) : null;
  const useTagger = options.tag === false ? undefined : tagger;
  // (the text's ids serve only sentences that hold its tokens once each, in order: checked by count)
  let total = 0;
  for (const s of sentences) total += s.tokens.length;
  if (forms !== undefined && forms.text.length !== total) forms = undefined;
  let from = 0;
  for (let i = 0; i < sentences.length; i++) {
    const tokens = sentences[i]!.tokens;
    // (without the text's ids, as for a hand-made context: each sentence gets its own)
    const f = forms ?? formIdsOf(tokens);
    const off = forms ? from : 0;
    const labels = useTagger ? useTagger(tokens, lexicon, f, off) : null;
    annotate(tokens, labels, f, off, sw, flags);
    from += tokens.length;
  }
  return sentences;
}

/** The stopword flag of each form (1 or 0) by stopword set. */
const stopwordFlags = new WeakMap<ReadonlySet<string>, FormInts>();
/** `cachedStem` of each normal form. */
const stems = new FormMemo<string>();

/** Fills the annotations of one sentence's tokens, which start at `off` in the ids `f`. */
function annotate(tokens: AnalyzedToken[], labels: ReturnType<TokenTagger> | null, f: TextForms, off: number, sw: ReadonlySet<string>, flags: FormInts | null): void {
  const tagged = labels?.stem;
  const isStop = flags?.values();
  const stemOf = stems.values();
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    const id = f.normal[off + j]!;
    t.pos = labels ? labels.pos[j]! : 'X';
    t.lemma = labels ? labels.lemma[j]! : t.normal;
    if (isStop === undefined) t.stopword = sw.has(t.normal);
    else {
      let s = isStop[id]!;
      if (s < 0) isStop[id] = s = sw.has(t.normal) ? 1 : 0;
      t.stopword = s === 1;
    }
    if (t.kind !== 'word') t.stem = t.normal;
    else t.stem = (tagged !== undefined ? tagged[j] : undefined) ?? stemOf[id] ?? stems.set(stemOf, id, cachedStem(t.normal));
  }
}
