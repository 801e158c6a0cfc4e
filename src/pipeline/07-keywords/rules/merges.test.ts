import { describe, expect, it } from 'vitest';
import { keywordIn, keywordsOf } from './table-test';

describe('same-lemma-text', () => {
  it.each([['Det civila försvaret ska stärkas. Regeringen vill bygga ett civilt försvar. Civilt försvar kostar.', 'civilt försvar']])(
    'inflections of one lemma phrase are one keyword: %s',
    (text, phrase) => {
      const kws = keywordsOf(text).filter((k) => k.text.endsWith('försvar'));
      expect(kws.filter((k) => k.text.split(' ').length === 2)).toHaveLength(1);
      expect(kws[0]?.text ?? phrase).toBe(phrase);
    },
  );
});

describe('surname-for-full-name', () => {
  it('two people with one surname stay apart', () => {
    const text = 'Andersson kom sent. Lisa Andersson var redan där. Per Andersson kom senare.';
    expect(keywordIn(text, 'Lisa Andersson')?.rules ?? []).not.toContain('surname-for-full-name');
    expect(keywordIn(text, 'Per Andersson')?.rules ?? []).not.toContain('surname-for-full-name');
  });
  it('a surname counts for the one full name', () => {
    const text = 'Karin Ekdahl leder projektet. Ekdahl har arbetat med frågan länge. Enligt Ekdahl är målet nära.';
    const kw = keywordIn(text, 'Karin Ekdahl');
    expect(kw?.count).toBe(3);
  });
});
