import type { Paragraph, Sentence, Token } from '../../types';
import { assertString } from '../../internal/assert-string';
import { splitParagraphs } from '../01-paragraphs';
import { tokenize } from '../02-tokens';

// FIRST CUT (lead): sentence ends at . ! ? and at paragraph ends. The sentence issue replaces this.

/**
 * Groups already-computed tokens into sentences; a sentence never crosses a paragraph.
 *
 * @param text The text the tokens come from.
 * @param tokens Tokens of `text`, in order.
 * @param paragraphs Paragraphs of `text`, in order.
 */
export function segmentSentences<T extends Token>(text: string, tokens: readonly T[], paragraphs: readonly Paragraph[]): Sentence<T>[] {
  const out: Sentence<T>[] = [];
  let cur: T[] = [];
  let p = 0;
  const flush = () => {
    if (cur.length === 0) return;
    const start = cur[0]!.start;
    const end = cur[cur.length - 1]!.end;
    out.push({ text: text.slice(start, end), start, end, tokens: cur });
    cur = [];
  };
  for (const t of tokens) {
    while (p < paragraphs.length && paragraphs[p]!.end <= t.start) {
      flush();
      p++;
    }
    cur.push(t);
    if (t.text === '.' || t.text === '!' || t.text === '?') flush();
  }
  flush();
  return out;
}

/**
 * Splits Swedish text into sentences.
 *
 * @param text Any string.
 * @returns Sentences in order, each with its tokens.
 */
export function splitSentences(text: string): Sentence[] {
  assertString(text, 'splitSentences');
  return segmentSentences(text, tokenize(text), splitParagraphs(text));
}
