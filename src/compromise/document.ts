/**
 * Builds the compromise document of a text and writes swedish-nlp's analysis onto its terms.
 *
 * compromise's tokenizer makes the terms (so compromise's own methods see the terms they expect),
 * but the sentences are swedish-nlp's: each of our sentences is tokenized on its own and becomes one
 * compromise sentence, so `t.ex.` or `kl. 9` never split a sentence, and an entity never crosses one.
 * The text between sentences goes into the `post` of the sentence before, so the document's text
 * is exactly the input text.
 *
 * @module
 */
import type { AnalyzedDocument } from '../analyze';
import type { Entity } from '../types';
import { termsPerSpan, type CompromiseTerm, type PlacedTerm } from './align';
import { ENTITY_TAGS, POSSESSIVE_TAG, tokenTags } from './tags';

/** The swedish-nlp annotations of one compromise term, as `term.swedish` (it shows in `.json()`). */
export interface TermAnnotation {
  /** Part of speech of the token this term belongs to. */
  pos: string;
  /** Lemma of that token. */
  lemma: string;
  /** Snowball stem of that token. */
  stem: string;
  /** Whether that token is a stopword. */
  stopword: boolean;
  /** How many swedish-nlp tokens the term overlaps (1 when the tokenizers agree). */
  tokens: number;
  /** The entity the term is part of, when it is part of one. */
  entity?: { type: Entity['type']; name: string; id: string };
}

/** A term as the plugin leaves it. */
export type SwedishTerm = CompromiseTerm & { swedish?: TermAnnotation };

/** What the plugin needs of compromise: its tokenizer. */
export interface Tokenizer {
  /** compromise's `nlp.tokenize`: terms and sentences, no English tagging. */
  tokenize(text: string): { document: CompromiseTerm[][] };
}

/** Tags terms through compromise's own tagger method, so parents are added and conflicts removed. */
export type SetTag = (terms: CompromiseTerm[], tag: string) => void;

/** The text of a compromise document, as compromise writes it. */
function documentText(document: readonly (readonly CompromiseTerm[])[]): string {
  let text = '';
  for (const terms of document) for (const t of terms) text += t.pre + t.text + t.post;
  return text;
}

/**
 * The compromise document of `text` with swedish-nlp's sentences. Falls back to compromise's own
 * sentences if its tokenizer ever changed a character (then offsets could not be trusted).
 */
export function buildDocument(nlp: Tokenizer, analysis: AnalyzedDocument): CompromiseTerm[][] {
  const { text, sentences } = analysis;
  const document: CompromiseTerm[][] = [];
  const lastTerm = () => document[document.length - 1]?.at(-1);
  let pending = '';
  let at = 0;
  for (const s of sentences) {
    pending += text.slice(at, s.start);
    at = s.end;
    const terms = nlp.tokenize(s.text).document.flat();
    if (terms.length === 0) {
      pending += s.text;
      continue;
    }
    const last = lastTerm();
    if (last) last.post += pending;
    else terms[0]!.pre = pending + terms[0]!.pre;
    pending = '';
    document.push(terms);
  }
  pending += text.slice(at);
  const last = lastTerm();
  if (last) last.post += pending;
  if (document.length === 0 || documentText(document) !== text) return nlp.tokenize(text).document;
  return document;
}

/**
 * Writes the analysis onto the terms: part-of-speech tags, `Stopword`, the lemma as `root`
 * (only where one term and one token coincide: a lemma split over two terms would be read twice),
 * `term.swedish`, then the entity tags with the canonical name. A term that overlaps several of
 * our tokens gets the tags of each.
 */
export function annotateTerms(placed: readonly PlacedTerm[], analysis: AnalyzedDocument, setTag: SetTag): void {
  const words = analysis.tokens.filter((t) => t.kind !== 'punctuation');
  const perToken = termsPerSpan(placed, words);
  const tokensPerTerm = new Map<CompromiseTerm, number>();
  for (const hits of perToken) for (const p of hits) tokensPerTerm.set(p.term, (tokensPerTerm.get(p.term) ?? 0) + 1);
  words.forEach((token, k) => {
    const hits = perToken[k]!;
    for (const p of hits) {
      const term = p.term as SwedishTerm;
      const tokens = tokensPerTerm.get(term)!;
      for (const tag of tokenTags(token)) setTag([term], tag);
      term.swedish ??= { pos: token.pos, lemma: token.lemma, stem: token.stem, stopword: token.stopword, tokens };
      if (hits.length === 1 && tokens === 1) term.root = token.lemma;
    }
  });
  const perEntity = termsPerSpan(placed, analysis.entities);
  analysis.entities.forEach((entity, k) => {
    const terms = perEntity[k]!.map((p) => p.term as SwedishTerm);
    for (const tag of ENTITY_TAGS[entity.type]) setTag(terms, tag);
    if (isGenitive(entity) && terms.length > 0) setTag([terms[terms.length - 1]!], POSSESSIVE_TAG);
    for (const term of terms) {
      if (term.swedish) term.swedish.entity = { type: entity.type, name: entity.name, id: entity.id };
    }
  });
}

/** A mention in the genitive: its last word is the name's last word plus `s` or `:s` (`Hartmans`, `EU:s`). */
function isGenitive(entity: Entity): boolean {
  const said = entity.text.slice(entity.text.lastIndexOf(' ') + 1);
  const base = entity.name.slice(entity.name.lastIndexOf(' ') + 1);
  return said.length > base.length && said.startsWith(base) && /^[:'’]?s$/.test(said.slice(base.length));
}
