import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../src/pipeline/01-paragraphs';
import { tokenize } from '../src/pipeline/02-tokens';
import { segmentSentences, splitSentences } from '../src/pipeline/03-sentences';

// Properties of paragraphs, tokens and sentences for ANY string. numRuns stays modest (CI on 2 cores).
const RUNS = { numRuns: 150 };

/** Strings rich in the characters the rules look at, plus arbitrary unicode and lone surrogates. */
const pieces = fc.constantFrom(
  ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u00ad', '\u200d', '\ufe0f', '\u2029', '.', '..', '...', ',', ':', ';', '!', '?',
  '-', '–', '—', "'", '’', '"', '”', '»', '«', '(', ')', '/', '@', '#', '%', '€', 'a', 'A', 'ö', 'Ö', '1', '09', '2018',
  't', 'ex', 'bl', 's', 'k', 'kl', 'etc', 'jul', 'J', 'SVT', 'EU', 'http', 'https', 'www', 'se', 'svt', 'Det', 'och',
  '👩', '🇸', '🇪', '👍', '🏽', '\u0308', '\ud800', '\udc00', '\u0000', '\u001f', '\u200b',
);
const swedishish = fc.array(pieces, { maxLength: 60 }).map((a) => a.join(''));
const anyString = fc.oneof(swedishish, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 80 }));

const SPACE_ONLY = /^[\s\u200b\u200d\ufe0f\u00ad\u0000-\u001f\u007f-\u009f\ufeff]*$/u;

describe('properties', () => {
  it('tokens are ordered, non-overlapping, inside the text, slice-exact, never whitespace-only', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        let last = 0;
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(s.slice(t.start, t.end)).toBe(t.text);
          expect(SPACE_ONLY.test(t.text)).toBe(false);
          expect(typeof t.normal).toBe('string');
          last = t.end;
        }
      }),
      RUNS,
    );
  });

  it('paragraphs are ordered, non-overlapping, trimmed and slice-exact', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        let last = 0;
        for (const p of splitParagraphs(s)) {
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeGreaterThan(p.start);
          expect(s.slice(p.start, p.end)).toBe(p.text);
          expect(p.text.trim()).not.toBe('');
          last = p.end;
        }
      }),
      RUNS,
    );
  });

  it('sentences cover all tokens in order and never cross a paragraph', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const tokens = tokenize(s);
        const paragraphs = splitParagraphs(s);
        const sentences = segmentSentences(s, tokens, paragraphs);
        expect(sentences.flatMap((x) => x.tokens)).toEqual(tokens);
        let last = 0;
        for (const x of sentences) {
          expect(x.tokens.length).toBeGreaterThan(0);
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(s.slice(x.start, x.end)).toBe(x.text);
          const p = paragraphs.find((q) => q.start <= x.start && x.start < q.end);
          if (p) expect(x.end).toBeLessThanOrEqual(p.end);
          last = x.end;
        }
        expect(splitSentences(s)).toEqual(sentences);
      }),
      RUNS,
    );
  });

  it('long runs of one repeated character are handled without exception (speed: scripts/bench/tokens.mjs)', () => {
    for (const ch of ['-', '.', 'a', '1', '–', ' ', '(', "'", '😀']) {
      const s = ch.repeat(1 << 18);
      expect(() => splitSentences(s)).not.toThrow();
    }
  });
});
