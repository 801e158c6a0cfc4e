/**
 * Sentence-final punctuation, written once: the quote step (and any other step that reads tokens)
 * asks these instead of repeating `/^[.!?…]+$/`.
 *
 * @module
 */

const SENTENCE_FINAL_TOKEN = /^[.!?…]+$/;

/**
 * Whether a token text is sentence-final punctuation only (`.`, `?`, `!`, `…`, `?!`, `...`).
 *
 * @param tokenText The token as written.
 */
export function isSentenceFinalToken(tokenText: string): boolean {
  return SENTENCE_FINAL_TOKEN.test(tokenText);
}

/** The characters that end a sentence (`.`, `!`, `?`, `…`), for a test on one character. */
export const SENTENCE_FINAL_CHARS = '.!?…';
