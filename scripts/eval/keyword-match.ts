/**
 * How a keyword matches an editor's keyword: the Snowball stems of the two phrases are equal word
 * by word (our `stem`, lower case, the genitive `:s` dropped). Shared by the keyword eval and the
 * ranker's trainer, so that the training labels are exactly what the eval counts.
 */
import { stem } from '../../src/pipeline/04-annotate/stem';

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
