/**
 * How a keyword matches an editor's keyword: the Snowball stems of the two phrases are equal word
 * by word (our `stem`, lower case, the genitive `:s` dropped). Shared by the keyword eval and the
 * ranker's trainer, so that the training labels are exactly what the eval counts.
 */
import { stem } from '../../src/pipeline/04-annotate/stem';
import { buildContext } from '../../src/pipeline/context';

/** The Snowball stems of a phrase's words. */
export const stems = (phrase: string): string[] =>
  phrase
    .toLowerCase()
    .split(/[\s]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .map((w) => stem(w.replace(/:s$/, '')));

/** A keyword written in lower case is a topic; one with a capital is a name (`Laura Hartman`, `Falu kommun`). */
export const isTopic = (k: string): boolean => k === k.toLowerCase();

/** The stems of a phrase joined by spaces (a match key). */
export const stemKey = (phrase: string): string => stems(phrase).join(' ');

const lemmaKeys = new Map<string, string>();

/**
 * A looser match key for information only (the gated measure is {@link stemKey}): the stems of
 * the words' lemmas, as our tagger reads the phrase, so that a definite or plural form the
 * stemmer keeps apart meets its base form (`skolan` ~ `skola`, `banksektorn` ~ `banksektor`,
 * `fria tidningar` ~ `fri tidning`).
 */
export function lemmaKey(phrase: string): string {
  let k = lemmaKeys.get(phrase);
  if (k === undefined) {
    const words = buildContext(phrase.toLowerCase(), {}, 'eval').tokens.filter((t) => t.kind === 'word' || t.kind === 'number');
    k = words.map((t) => stem(t.lemma.toLowerCase().replace(/:s$/, ''))).join(' ');
    lemmaKeys.set(phrase, k);
  }
  return k;
}
