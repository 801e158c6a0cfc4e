import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { documentOf } from '../01b-document';
import { defaultLexicon, extendLexicon } from '../../data/sv/lexicon';
import { FORM_DROP, FORM_FUNCTION, formFacts, readKeywordDoc } from './doc';
import { backgroundIdf, formCommonRank, formIdf, formIdfs } from './background';
import { lemmaWord } from './rules/lemmas';
import type { AnalyzedToken } from '../../types';

const docOf = (text: string, lexicon?: ReturnType<typeof extendLexicon>) => {
  const ctx = buildContext(text, {}, 'analyze', lexicon ? { lexicon } : {});
  return readKeywordDoc(ctx, [], documentOf(ctx));
};

describe('formFacts (list facts of a normal form, by its id)', () => {
  it('says what the word sets say, for every token, the first time and from the memo', () => {
    const text = 'Regeringen säger att skolan och vården får mer pengar i år. Och regeringen säger igen att skolan får pengar.';
    for (let pass = 0; pass < 2; pass++) {
      const doc = docOf(text);
      doc.tokens.forEach((t, i) => {
        const f = formFacts(doc, i);
        expect((f & FORM_DROP) !== 0).toBe(doc.dropWords.has(t.normal));
        expect((f & FORM_FUNCTION) !== 0).toBe(doc.functionWords.has(t.normal));
      });
    }
  });
  it('keeps one memo per lexicon: a word made a function word in one lexicon stays a content word in the default one', () => {
    const text = 'Cykelbanan byggs om i centrum.';
    const own = extendLexicon(defaultLexicon(), { keywordFunctionWords: { add: ['cykelbanan'] } });
    const mine = docOf(text, own);
    const plain = docOf(text);
    const at = plain.tokens.findIndex((t) => t.normal === 'cykelbanan');
    expect(formFacts(mine, at) & FORM_FUNCTION).toBe(FORM_FUNCTION);
    expect(formFacts(mine, at) & FORM_DROP).toBe(FORM_DROP);
    expect(formFacts(plain, at)).toBe(0);
    expect(formFacts(docOf(text, own), at) & FORM_FUNCTION).toBe(FORM_FUNCTION);
  });
});

describe('formIdf (background IDF of a form\'s stem, by its id)', () => {
  it('gives backgroundIdf of the stem asked for, also when one form id is asked with another stem', () => {
    const doc = docOf('Polisen utreder branden i skolan.');
    const memo = formIdfs();
    doc.tokens.forEach((t, i) => {
      expect(formIdf(memo, doc.normalIds[i]!, t.stem)).toBe(backgroundIdf(t.stem));
      expect(formIdf(memo, doc.normalIds[i]!, t.stem)).toBe(backgroundIdf(t.stem));
    });
    const id = doc.normalIds[0]!;
    expect(formIdf(memo, id, 'zzqx')).toBe(backgroundIdf('zzqx'));
    expect(formIdf(memo, id, doc.tokens[0]!.stem)).toBe(backgroundIdf(doc.tokens[0]!.stem));
  });
});

describe('formCommonRank (common-word rank of a form\'s stem, beside its IDF)', () => {
  it('gives the rank in the table asked for, -1 for a stem not in it, also after another table', () => {
    const doc = docOf('Polisen utreder branden i skolan i dag.');
    const memo = formIdfs();
    const a = new Map([['polis', 3], ['dag', 0]]);
    const b = new Map([['brand', 7]]);
    for (const ranks of [a, b, a]) {
      doc.tokens.forEach((t, i) => {
        formIdf(memo, doc.normalIds[i]!, t.stem);
        expect(formCommonRank(memo, doc.normalIds[i]!, t.stem, ranks)).toBe(ranks.get(t.stem) ?? -1);
      });
    }
    // A stem the form's entry was not made for: the table's answer.
    expect(formCommonRank(memo, doc.normalIds[0]!, 'dag', a)).toBe(0);
  });
});

describe('lemma-word memo (a form\'s keyword lemma per part of speech and tagger lemma)', () => {
  it('answers for the tag and lemma a token carries, not the ones its form had before', () => {
    const doc = docOf('Hon ser museets nya utställning. Museets chef är nöjd.');
    const at = doc.tokens.findIndex((t) => t.normal === 'museets');
    const t = doc.tokens[at] as AnalyzedToken & { pos: string; lemma: string };
    const asNoun = lemmaWord.apply(at, doc);
    expect(asNoun?.display).toBe('museum');
    // The same form, tagged as a verb: no keyword word.
    const pos = t.pos;
    t.pos = 'VERB';
    expect(lemmaWord.apply(at, doc)?.content).toBe(false);
    // As a noun with another lemma: that lemma's answer.
    t.pos = pos;
    const lemma = t.lemma;
    t.lemma = 'museet';
    expect(lemmaWord.apply(at, doc)?.display).toBe('museet');
    t.lemma = lemma;
    expect(lemmaWord.apply(at, doc)).toEqual(asNoun);
  });
});
