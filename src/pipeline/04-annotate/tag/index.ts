/**
 * Part-of-speech tags (UPOS) and lemmas from a model trained on UD Swedish-Talbanken:
 * a two-pass greedy averaged perceptron and a lexicon + compound-head + suffix-rule lemmatizer.
 * The model is parsed lazily on the first call, so importing other functions stays light.
 *
 * @module
 */
import type { TaggedToken, Token, Upos } from '../../../types';
import { assertString } from '../../../internal/assert-string';
import { splitSentences } from '../../03-sentences';
import { TAGGER_MODEL } from '../../../data/sv/tagger-model';
import { SALDO_LEXICON } from '../../../data/sv/saldo-lexicon';
import { TAG_LETTERS, TAGS } from './features';
import { LEMMA_CORRECTIONS, lemmatize, type LemmaCorrection } from './lemma';
import { enabledRules, type RuleOptions } from '../../../internal/rules';
import { correctTag, TAG_CORRECTIONS, type TagCorrection } from './tag-corrections';
import { loadModel, type LoadedModel, type WordEntry } from './model';
import { nameRules, nameWordRules, startsWithDigit, unitRules, type NameWords } from './perceptron';
import { listedNameTest, nameWordsOf } from './names';
import { cachedStem } from '../stem';
import { defaultLexicon, type Lexicon } from '../../../data/sv/lexicon';
import { FormMemo, memoOf, type TextForms } from '../../../internal/form-ids';

let model: LoadedModel | undefined;

/** The parsed model (parsed on the first call). */
function getModel(): LoadedModel {
  if (!model) model = loadModel(TAGGER_MODEL, SALDO_LEXICON);
  return model;
}

/** Sentence-final punctuation: where `tagTokens` cuts a long token list into sentences. */
const FINAL = /^[.!?…]+$/;
/** What a new sentence starts with after sentence-final punctuation (so `s . k .` is not cut). */
const STARTS = /^[\p{Lu}\p{N}"”»'–—-]/u;
/** Whether a token starts with a character of {@link FINAL} (a table lookup before the regex: most tokens do not). */
function mayBeFinal(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
/** Longest token run tagged as one sequence; longer runs are cut (features only look 2 tokens away). */
const MAX_RUN = 400;

/**
 * Which name rules run after decoding (see `nameRules`): for capitalised words neither the training
 * data nor the lexicon knows, inside a sentence and at its start (chosen on dev); and, anywhere, for
 * capitalised words the training data does not know that the name gazetteer lists (`Dalarna`, `Karin`).
 */
const NAME_RULES = 28;

/** Tags for token kinds the treebank has no examples of (a decision, following UD's English practice). */
function kindTag(t: Token): Upos | null {
  switch (t.kind) {
    case 'url':
    case 'email':
    case 'hashtag':
      return 'X';
    case 'emoji':
      return 'SYM';
    case 'mention':
      return 'PROPN';
    default:
      return null;
  }
}

/** Receives the tag and lemma of token `i`, in order, and the cached entry of its word form. */
type Emit = (i: number, pos: Upos, lemma: string, x: WordEntry) => void;

/** The lexicon a tagging call reads its listed names from, and their test; and the lemma corrections switched on. */
interface NameSource {
  lexicon: Lexicon;
  listed: (form: string) => boolean;
  /** The lists of the name function-word rule. */
  words: NameWords;
  /** The lemma corrections switched on, in order. */
  corrections: readonly LemmaCorrection[];
  /** The tag corrections switched on, in order. */
  tagCorrections: readonly TagCorrection[];
  /** The same lexicon with some corrections switched off, by the ids switched on. */
  variants?: Map<string, NameSource>;
  /**
   * Whether it is the built-in lexicon with every correction (the only source whose lemmas the
   * word cache keeps; any other keeps them in its own memo, see {@link ownLemma}).
   */
  builtIn: boolean;
}

const nameSources = new WeakMap<Lexicon, NameSource>();

/** The name source of a lexicon (default: the built-in one) and rule options, built once per lexicon and set of corrections. */
function namesOf(lexicon?: Lexicon, rules?: RuleOptions): NameSource {
  const builtIn = defaultLexicon();
  const lx = lexicon ?? builtIn;
  let ns = nameSources.get(lx);
  if (!ns) nameSources.set(lx, (ns = { lexicon: lx, listed: listedNameTest(lx), words: nameWordsOf(lx), corrections: LEMMA_CORRECTIONS, tagCorrections: TAG_CORRECTIONS, builtIn: lx === builtIn }));
  if (!rules?.disable?.length) return ns;
  const key = memoOf(correctionKeys, rules, () => enabledRules(ALL_RULES, rules).map((c) => c.id).join(' '));
  if (key === ALL_CORRECTIONS) return ns;
  const variants = (ns.variants ??= new Map<string, NameSource>());
  let v = variants.get(key);
  if (!v) {
    const corrections = enabledRules(LEMMA_CORRECTIONS, rules);
    variants.set(key, (v = { lexicon: ns.lexicon, listed: ns.listed, words: ns.words, corrections, tagCorrections: enabledRules(TAG_CORRECTIONS, rules), builtIn: false }));
  }
  return v;
}

/** The tag and lemma corrections. */
const ALL_RULES: readonly { id: string }[] = [...TAG_CORRECTIONS, ...LEMMA_CORRECTIONS];
/** The ids of every tag and lemma correction, as {@link correctionKeys} writes them. */
const ALL_CORRECTIONS = ALL_RULES.map((c) => c.id).join(' ');
/** The ids of the tag and lemma corrections a rule options object leaves on, space-separated (read once per object). */
const correctionKeys = new WeakMap<RuleOptions, string>();

/**
 * The rules after decoding, each run only where a token of the run may be changed by it: the name
 * rules (title-case words unknown to training), the name function-word rule (short words with a
 * capital A–Z: `Mr`, `The`), the unit rule (after a token that starts with a digit).
 */
function afterDecoding(ents: readonly WordEntry[], decoded: number[], names: NameSource): number[] {
  let tags = decoded;
  const { honorifics, articles } = names.words;
  let name = false;
  let word = false;
  let unit = false;
  for (const x of ents) {
    if (x.nameCandidate) name = true;
    if (x.shortCapital && (honorifics.has(x.form) || articles.has(x.form))) word = true;
    if (startsWithDigit(x.form)) unit = true;
  }
  if (!name && !word && !unit) return tags;
  const forms = ents.map((x) => x.form);
  if (name) tags = nameRules(forms, ents.map((x) => !x.known), tags, NAME_RULES, ents.map((x) => x.inLexicon), names.listed);
  if (word) tags = nameWordRules(forms, tags, names.words);
  if (unit) tags = unitRules(forms, tags, names.words);
  return tags;
}

/** Where the form ids of a token list are: the text's ids and the index of the list's first token in them. */
interface FormsAt {
  forms: TextForms;
  off: number;
}

/** The cached entries of the word forms of `tokens[from, to)`: by form id where the ids are given. */
function entriesOf(tokens: readonly Token[], from: number, to: number, c: LoadedModel['compiled'], ids: FormsAt | undefined): WordEntry[] {
  const ents: WordEntry[] = new Array(to - from);
  if (ids !== undefined) {
    c.entriesById(tokens, from, to, ids.forms, ids.off, ents);
    return ents;
  }
  for (let i = from; i < to; i++) ents[i - from] = c.tokenEntry(tokens[i]!);
  return ents;
}

function tagRun(tokens: readonly Token[], from: number, to: number, m: LoadedModel, emit: Emit, names: NameSource, ids?: FormsAt): void {
  const ents = entriesOf(tokens, from, to, m.compiled, ids);
  // A caller's lexicon or corrections keep their lemmas by form id (where the ids are given), apart from the built-in ones'.
  const own = !names.builtIn && ids !== undefined ? memoOf(lemmaMemos, names, () => new FormMemo<LexiconLemmas>(LEMMA_FORMS_MAX)) : undefined;
  const mine = own?.values();
  const tags = afterDecoding(ents, m.compiled.decodeEntries(ents), names);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    const x = ents[i - from]!;
    let id = tags[i - from]!;
    const byKind = kindTag(t);
    if (byKind) {
      emit(i, byKind, x.form, x);
      continue;
    }
    if (x.symbolTag >= 0) id = x.symbolTag;
    else if (!x.known) id = fixedTag(x, id, m, names.tagCorrections);
    const lemma = mine !== undefined ? ownLemma(x, id, m, names, own!, mine, ids!.forms.text[ids!.off + i]!) : lemmaOf(x, id, m, names);
    emit(i, TAGS[id]!, lemma, x);
  }
}

/**
 * The tag id of an unknown word after the tag corrections switched on ({@link correctTag}), kept in
 * its word entry for the last tag and list of corrections asked (speed: the word's endings are not
 * tested again each time it is read; the answer reads only the word, the tag and the corrections).
 */
function fixedTag(x: WordEntry, id: number, m: LoadedModel, corrections: readonly TagCorrection[]): number {
  if (x.fixFrom === id && x.fixBy === corrections) return x.fixTo;
  const fixed = correctTag(x.form, x.lower, TAGS[id]!, m.lemma.saldo, corrections);
  const to = fixed !== TAGS[id] ? TAGS.indexOf(fixed) : id;
  x.fixFrom = id;
  x.fixTo = to;
  x.fixBy = corrections;
  return to;
}

/** The lemmas of one word entry under a caller's lexicon, by tag id. */
interface LexiconLemmas {
  x: WordEntry;
  lemmas: (string | undefined)[];
}

/** Most forms whose lemmas are kept per caller's lexicon (as many as the tagger's word entries). */
const LEMMA_FORMS_MAX = 30_000;
/**
 * The lemmas of the word forms by form id, one memo per caller's lexicon and set of corrections (a
 * lemma reads the lexicon's names and lists, and the corrections switched on).
 */
const lemmaMemos = new WeakMap<NameSource, FormMemo<LexiconLemmas>>();

/**
 * The lemma of an entry's word under tag `id` with a caller's lexicon, kept by the form id of the
 * token (checked against the entry, which is the same object for the same form and normal form).
 */
function ownLemma(x: WordEntry, id: number, m: LoadedModel, names: NameSource, memo: FormMemo<LexiconLemmas>, mine: (LexiconLemmas | undefined)[], fid: number): string {
  let slot = mine[fid];
  if (slot === undefined || slot.x !== x) slot = memo.set(mine, fid, { x, lemmas: [] });
  return (slot.lemmas[id] ??= lemmatize(x.form, x.lower, TAGS[id]!, TAG_LETTERS[id]!, m.lemma, names.lexicon, names.corrections));
}

/**
 * The lemma of an entry's word under tag `id`. A word's lemmas are cached for the built-in lexicon
 * only (a name lemma reads the listed names); the last one read is kept in the entry itself.
 */
function lemmaOf(x: WordEntry, id: number, m: LoadedModel, names: NameSource): string {
  if (!names.builtIn) return lemmatize(x.form, x.lower, TAGS[id]!, TAG_LETTERS[id]!, m.lemma, names.lexicon, names.corrections);
  if (x.lastTag === id) return x.lastLemma;
  let lemma = x.lemmas[id];
  if (lemma === undefined) x.lemmas[id] = lemma = lemmatize(x.form, x.lower, TAGS[id]!, TAG_LETTERS[id]!, m.lemma, names.lexicon);
  x.lastTag = id;
  x.lastLemma = lemma;
  return lemma;
}

/** Cuts the tokens into sentence-sized runs and tags each (see {@link tagTokens}). */
function tagInto(tokens: readonly Token[], emit: Emit, model?: LoadedModel, lexicon?: Lexicon, ids?: FormsAt, rules?: RuleOptions): void {
  if (tokens.length === 0) return;
  const m = model ?? getModel();
  const names = namesOf(lexicon, rules);
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = i + 1 < tokens.length ? tokens[i + 1]! : null;
    if ((mayBeFinal(t.text) && FINAL.test(t.text) && next !== null && STARTS.test(next.text)) || i + 1 - from >= MAX_RUN) {
      tagRun(tokens, from, i + 1, m, emit, names, ids);
      from = i + 1;
    }
  }
  if (from < tokens.length) tagRun(tokens, from, tokens.length, m, emit, names, ids);
}

/**
 * The tags and lemmas of the tokens as two arrays parallel to `tokens` (pipeline step 04 builds
 * its annotated tokens from them; no intermediate token objects).
 *
 * @param tokens Tokens of one sentence (or a longer run, cut as {@link tagTokens} does).
 * @param lexicon The lexicon whose first names and places the name rules read (default: the built-in one).
 * @param forms The form ids of the text the tokens are part of (`formIdsOf`): the word entries are then read by id.
 * @param from Where the tokens start in `forms` (default 0).
 * @param rules The tag and lemma corrections switched off by id (`{ disable: ['eum-noun'] }`; default: none).
 */
export function tagLabels(tokens: readonly Token[], lexicon?: Lexicon, forms?: TextForms, from = 0, rules?: RuleOptions): TokenLabels {
  return labels(tokens, undefined, lexicon, true, forms ? { forms, off: from } : undefined, rules);
}

/** What {@link tagLabels} gives: tags and lemmas parallel to the tokens, and the stems of word tokens. */
export interface TokenLabels {
  /** Part of speech of each token. */
  pos: Upos[];
  /** Lemma of each token. */
  lemma: string[];
  /**
   * `cachedStem(token.normal)` of each token of kind `word` (empty slots elsewhere), read from the
   * tagger's cached entry of the word form: step 04 then needs no stem look-up of its own.
   */
  stem?: string[];
}

/**
 * {@link tagLabels} with a given model instead of the shipped one (the trainer scores its
 * held-out models through exactly the runtime's path).
 *
 * @param tokens Tokens.
 * @param m A loaded model (`loadModel`).
 */
export function tagLabelsWith(tokens: readonly Token[], m: LoadedModel): { pos: Upos[]; lemma: string[] } {
  return labels(tokens, m, undefined, false);
}

/** The tags and lemmas of {@link tagInto} collected into arrays parallel to `tokens` (and the stems of word tokens when `withStems`). */
function labels(tokens: readonly Token[], m: LoadedModel | undefined, lexicon: Lexicon | undefined, withStems: boolean, ids?: FormsAt, rules?: RuleOptions): TokenLabels {
  const pos: Upos[] = new Array(tokens.length);
  const lemma: string[] = new Array(tokens.length);
  if (!withStems) {
    tagInto(
      tokens,
      (i, p, l) => {
        pos[i] = p;
        lemma[i] = l;
      },
      m,
      lexicon,
    );
    return { pos, lemma };
  }
  const stem: string[] = new Array(tokens.length);
  tagInto(
    tokens,
    (i, p, l, x) => {
      pos[i] = p;
      lemma[i] = l;
      // (the entry's `lower` is the token's normal form when that is a string, as the tokenizer's are)
      const t = tokens[i]!;
      if (t.kind === 'word' && typeof t.normal === 'string') stem[i] = x.stem ?? (x.stem = cachedStem(x.lower));
    },
    m,
    lexicon,
    ids,
    rules,
  );
  return { pos, lemma, stem };
}

/**
 * Tags already-tokenized input with part of speech and lemma. Give it one sentence (as the
 * pipeline does) or a whole text: longer input is cut after sentence-final punctuation
 * (`.`, `!`, `?`, `…`) followed by a capital, digit, quote or dash, and each piece is tagged as a sentence.
 *
 * @param tokens Tokens, e.g. from `tokenize` or one sentence of `splitSentences`.
 * @returns New token objects with `pos` and `lemma` added (the input is not changed).
 */
export function tagTokens<T extends Token>(tokens: readonly T[]): (T & Pick<TaggedToken, 'pos' | 'lemma'>)[] {
  if (!Array.isArray(tokens)) throw new TypeError('swedish-nlp: tagTokens(tokens) expects an array of tokens');
  const out: (T & Pick<TaggedToken, 'pos' | 'lemma'>)[] = new Array(tokens.length);
  // The caller's tokens may carry fields of their own: keep them (spread). Speed: a token with just
  // the fields of `Token` (or of a tagged token), in that order, is copied field by field, which
  // gives the same object; V8's spread with added fields is about 100× slower.
  tagInto(tokens, (i, pos, lemma) => {
    const t = tokens[i]!;
    out[i] = (plainToken(t) ? { text: t.text, start: t.start, end: t.end, kind: t.kind, normal: t.normal, pos, lemma } : { ...t, pos, lemma }) as T & Pick<TaggedToken, 'pos' | 'lemma'>;
  });
  return out;
}

/** The enumerable keys of a plain token, then of a tagged one, in order. */
const TOKEN_KEYS = ['text', 'start', 'end', 'kind', 'normal', 'pos', 'lemma'];

/** Whether `t` has exactly the keys of a `Token` (or of a token with `pos` and `lemma`), in that order, as plain data. */
function plainToken(t: object): boolean {
  let n = 0;
  for (const k in t) {
    if (n >= 7 || k !== TOKEN_KEYS[n]) return false;
    n++;
  }
  return (n === 5 || n === 7) && Object.getPrototypeOf(t) === Object.prototype;
}

/**
 * Tokenizes, splits into sentences and tags a text.
 *
 * @example
 * ```ts
 * tag('Hon sa att styrningen fungerar.').map((t) => `${t.text}/${t.pos}/${t.lemma}`);
 * // ['Hon/PRON/hon', 'sa/VERB/säga', 'att/SCONJ/att', 'styrningen/NOUN/styrning', 'fungerar/VERB/fungera', './PUNCT/.']
 * ```
 *
 * @param text Any string.
 * @returns Every token of the text with `pos` and `lemma`, in order.
 */
export function tag(text: string): TaggedToken[] {
  return tagText(text);
}

/**
 * {@link tag} with a lexicon's names and lemma lists and with corrections switched off by id: the
 * `tag` of an instance (`createSwedish({ lexicon, rules })`). Without them it is {@link tag}.
 *
 * @param text Any string.
 * @param lexicon The lexicon (default: the built-in one).
 * @param rules Tag and lemma corrections switched off by id (`{ disable: ['eum-noun'] }`).
 * @returns Every token of the text with `pos` and `lemma`, in order.
 */
export function tagText(text: string, lexicon?: Lexicon, rules?: RuleOptions): TaggedToken[] {
  assertString(text, 'tag');
  const out: TaggedToken[] = [];
  for (const s of splitSentences(text)) {
    const src = s.tokens;
    tagInto(
      src,
      (i, pos, lemma) => {
        const t = src[i]!;
        out.push({ text: t.text, start: t.start, end: t.end, kind: t.kind, normal: t.normal, pos, lemma });
      },
      undefined,
      lexicon,
      undefined,
      rules,
    );
  }
  return out;
}
