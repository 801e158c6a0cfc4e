import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { annotateSentences } from './index';
import { tagLabels } from './tag';
import { formIdsOf } from '../../internal/form-ids';
import { splitSentences } from '../03-sentences';
import { tokenizeForAnalysis } from '../02-tokens';
import { defaultLexicon, extendLexicon } from '../../data/sv/lexicon';
import type { AnalyzedToken, Sentence } from '../../types';

const TEXT = 'Hunden och katten sov. Sedan sa Anna att hunden och katten var trötta, och hon gick hem.';

/** The tokens' annotations as plain rows. */
const rows = (tokens: readonly AnalyzedToken[]): string[] => tokens.map((t) => [t.text, t.pos, t.lemma, t.stem, t.stopword].join('/'));

/** Sentences whose tokens come from `tokenizeForAnalysis`, as the pipeline makes them (no form ids handed over). */
function handMade(text: string): Sentence<AnalyzedToken>[] {
  const toks = tokenizeForAnalysis(text);
  let k = 0;
  return splitSentences(text).map((s) => ({ ...s, tokens: s.tokens.map(() => toks[k++]!) }));
}

// Step 04 reads stems, stopword flags and the tagger's word entries by form id (src/internal/form-ids.ts).
describe('annotateSentences by form id', () => {
  it('gives the same annotations with the text-wide ids (the pipeline) and without (per sentence)', () => {
    const ctx = buildContext(TEXT, { tag: false });
    const plain = annotateSentences(handMade(TEXT), { tag: false }).flatMap((s) => s.tokens);
    expect(rows(plain)).toEqual(rows(ctx.tokens));
    expect(ctx.tokens.find((t) => t.text === 'och')!.stopword).toBe(true);
    expect(ctx.tokens.find((t) => t.text === 'trötta')!.stem).toBe('trött');
  });

  it('does not use ids that do not match the sentences token for token (another count)', () => {
    const want = rows(annotateSentences(handMade(TEXT), { tag: false }).flatMap((s) => s.tokens));
    const other = formIdsOf(tokenizeForAnalysis('Katten sov. ' + TEXT));
    expect(rows(annotateSentences(handMade(TEXT), { tag: false }, undefined, undefined, other).flatMap((s) => s.tokens))).toEqual(want);
  });

  it('keeps the stopword flags of each lexicon apart', () => {
    const plain = defaultLexicon();
    const ext = extendLexicon(plain, { stopwords: { add: ['hunden'], remove: ['och'] } });
    const flag = (lexicon: typeof plain, word: string): boolean[] =>
      buildContext(TEXT, { tag: false }, 'test', { lexicon }).tokens.filter((t) => t.normal === word).map((t) => t.stopword);
    expect(flag(plain, 'hunden')).toEqual([false, false]);
    expect(flag(ext, 'hunden')).toEqual([true, true]);
    expect(flag(plain, 'hunden')).toEqual([false, false]);
    expect(flag(plain, 'och')).toEqual([true, true, true]);
    expect(flag(ext, 'och')).toEqual([false, false, false]);
    expect(flag(plain, 'och')).toEqual([true, true, true]);
  });

  it('asks a caller-given stopword set every time (the caller may change it between calls)', () => {
    const mine = new Set(['katten']);
    const flag = (): boolean[] => buildContext(TEXT, { tag: false, stopwords: mine }).tokens.filter((t) => t.normal === 'katten').map((t) => t.stopword);
    expect(flag()).toEqual([true, true]);
    mine.delete('katten');
    expect(flag()).toEqual([false, false]);
  });

  it('tags a text the same through the text-wide ids as the tagger does without them', () => {
    const ctx = buildContext(TEXT);
    for (const s of ctx.sentences) {
      const alone = tagLabels(s.tokens);
      expect(s.tokens.map((t) => t.pos)).toEqual(alone.pos);
      expect(s.tokens.map((t) => t.lemma)).toEqual(alone.lemma);
    }
    expect(ctx.tokens.find((t) => t.text === 'sa')).toMatchObject({ pos: 'VERB', lemma: 'säga' });
    expect(ctx.tokens.find((t) => t.text === 'Anna')!.pos).toBe('PROPN');
  });
  it('keeps the lemmas of a caller-supplied lexicon by form id, the same as without ids, apart from the built-in ones', () => {
    // (a name lemma reads the lexicon's listed names: `Vimmerna` is a place of the extension only)
    const text = 'Vi bor nära Vimmernas kyrka. I Vimmerna bor Annas vänner, och de sa att bussarna var sena.';
    const plain = defaultLexicon();
    const ext = extendLexicon(plain, { gazetteer: { Vimmerna: 'LOC' } });
    const lemmas = (lexicon: typeof plain): string[] => buildContext(text, {}, 'test', { lexicon }).tokens.map((t) => `${t.pos}/${t.lemma}`);
    const first = lemmas(ext);
    expect(lemmas(plain)).toEqual(lemmas(plain));
    expect(lemmas(ext)).toEqual(first);
    const ctx = buildContext(text, {}, 'test', { lexicon: ext });
    for (const s of ctx.sentences) {
      const alone = tagLabels(s.tokens, ext);
      expect(s.tokens.map((t) => t.lemma)).toEqual(alone.lemma);
      expect(s.tokens.map((t) => t.pos)).toEqual(alone.pos);
    }
    expect(ctx.tokens.find((t) => t.text === 'bussarna')!.lemma).toBe('buss');
    const genitive = (lexicon: typeof plain): string => buildContext(text, {}, 'test', { lexicon }).tokens.find((t) => t.text === 'Vimmernas')!.lemma;
    expect(genitive(ext)).toBe('Vimmerna');
    expect(genitive(plain)).toBe('Vimmernas');
    expect(genitive(ext)).toBe('Vimmerna');
  });
});
