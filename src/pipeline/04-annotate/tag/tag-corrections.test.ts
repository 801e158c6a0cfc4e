// The tagger's named tag corrections (`TAG_CORRECTIONS` in ./tag-corrections): each with rows that
// must change the tagger's tag and rows that must not, then end to end through `tag()`.
import { describe, expect, it } from 'vitest';
import { correctTag, TAG_CORRECTIONS } from './tag-corrections';
import { loadModel } from './model';
import { TAGGER_MODEL } from '../../../data/sv/tagger-model';
import { SALDO_LEXICON } from '../../../data/sv/saldo-lexicon';
import { tag } from './index';
import { createSwedish } from '../../../index';
import type { Upos } from '../../../types';

const saldo = loadModel(TAGGER_MODEL, SALDO_LEXICON).lemma.saldo!;
/** The id of the correction that fires, or null. */
const firing = (form: string, upos: Upos): string | null => {
  for (const c of TAG_CORRECTIONS) if (c.apply(form, form.toLowerCase(), upos, saldo) !== null) return c.id;
  return null;
};

describe('TAG_CORRECTIONS', () => {
  it('each has a kebab-case id and a doc with an example', () => {
    for (const c of TAG_CORRECTIONS) {
      expect(c.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(c.doc).toMatch(/'.+'/);
    }
  });
});

describe('ee-noun', () => {
  it.each([
    ['jubileets', 'VERB'],
    ['jubileet', 'ADJ'],
    ['kaféet', 'ADV'],
    ['kaféets', 'VERB'],
    ['museets', 'PROPN'],
    ['mausoleet', 'ADJ'],
    ['renomméet', 'ADV'],
  ] as const)('%s (%s) → NOUN', (form, upos) => {
    expect(firing(form, upos)).toBe('ee-noun');
    expect(correctTag(form, form, upos, saldo)).toBe('NOUN');
  });
  it.each([
    ['jubileets', 'NOUN'],
    ['Riksmuseet', 'PROPN'],
    ['Jubileet', 'PROPN'],
    ['sweet', 'ADJ'],
    ['street', 'X'],
    ['tweet', 'VERB'],
    ['leet', 'ADJ'],
    ['ledet', 'VERB'],
    ['beet', 'VERB'],
  ] as const)('does not fire on %s (%s)', (form, upos) => {
    expect(firing(form, upos)).toBe(null);
    expect(correctTag(form, form.toLowerCase(), upos, saldo)).toBe(upos);
  });
});

describe('um-noun-form', () => {
  it.each([
    ['laboratoriets', 'VERB'],
    ['Gymnasiets', 'VERB'],
    ['kollegiets', 'ADJ'],
    ['jubileernas', 'VERB'],
    ['stipendier', 'ADV'],
    ['akvariet', 'PROPN'],
  ] as const)('%s (%s) → NOUN', (form, upos) => {
    expect(firing(form, upos)).toBe('um-noun-form');
    expect(correctTag(form, form.toLowerCase(), upos, saldo)).toBe('NOUN');
  });
  it.each([
    ['laboratoriets', 'NOUN'],
    ['Riksgymnasiet', 'PROPN'],
    ['bier', 'VERB'],
    ['serier', 'VERB'],
    ['skiet', 'VERB'],
    ['varieras', 'VERB'],
    ['kopierar', 'VERB'],
  ] as const)('does not fire on %s (%s)', (form, upos) => {
    expect(TAG_CORRECTIONS.find((c) => c.id === 'um-noun-form')!.apply(form, form.toLowerCase(), upos, saldo)).toBe(null);
  });
});

describe('ier-plural', () => {
  it.each([
    ['historier', 'VERB'],
    ['kategorierna', 'VERB'],
    ['serier', 'ADJ'],
    ['teoriers', 'VERB'],
    ['strategiernas', 'ADV'],
  ] as const)('%s (%s) → NOUN', (form, upos) => {
    expect(firing(form, upos)).toBe('ier-plural');
  });
  it.each([
    ['historier', 'NOUN'],
    ['kopierar', 'VERB'],
    ['varierar', 'VERB'],
    ['Xavier', 'PROPN'],
    ['barriär', 'ADJ'],
    ['qzier', 'VERB'],
  ] as const)('does not fire on %s (%s)', (form, upos) => {
    expect(firing(form, upos)).toBe(null);
  });
});

describe('data-noun', () => {
  it.each([
    ['hälsodata', 'ADJ'],
    ['persondatan', 'ADJ'],
    ['klimatdata', 'VERB'],
    ['patientdatas', 'ADV'],
    ['rådata', 'ADJ'],
  ] as const)('%s (%s) → NOUN', (form, upos) => {
    expect(firing(form, upos)).toBe('data-noun');
    expect(correctTag(form, form, upos, saldo)).toBe('NOUN');
  });
  it.each([
    ['hälsodata', 'NOUN'],
    ['data', 'ADJ'],
    ['dataa', 'ADJ'],
    ['xqzdata', 'ADJ'],
    ['mandat', 'ADJ'],
    ['uppdaterad', 'ADJ'],
  ] as const)('does not fire on %s (%s)', (form, upos) => {
    expect(firing(form, upos)).toBe(null);
  });
});

describe('end to end through tag()', () => {
  const tags = (text: string) => Object.fromEntries(tag(text).map((t) => [t.text, `${t.pos}/${t.lemma}`]));
  it('a definite -eet noun after a genitive is a noun with its -eum lemma', () => {
    expect(tags('Stadens jubileets program var fullt.')['jubileets']).toBe('NOUN/jubileum');
    expect(tags('Hon läste om jubileets historia.')['jubileets']).toBe('NOUN/jubileum');
  });
  it('switched off by id', () => {
    const text = 'Stadens jubileets program var fullt.';
    const find = (disable: string[]) => createSwedish({ rules: { disable } }).analyze(text).tokens.find((t) => t.text === 'jubileets');
    // (both ee-noun and um-noun-form read it: a form of `jubileum` in -eet)
    expect(find(['ee-noun'])?.pos).toBe('NOUN');
    expect(find(['ee-noun', 'um-noun-form'])?.pos).not.toBe('NOUN');
  });
  it('the answer kept in the word entry is per list of corrections: on, off, on again', () => {
    // The tagger keeps the last correction of a word in its entry (speed); switching the corrections
    // off and on again in one process must give each list its own answer.
    const text = 'Stadens jubileets program var fullt.';
    const find = (disable: string[]) => createSwedish({ rules: { disable } }).analyze(text).tokens.find((t) => t.text === 'jubileets')?.pos;
    expect(find([])).toBe('NOUN');
    expect(find(['ee-noun', 'um-noun-form'])).not.toBe('NOUN');
    expect(find([])).toBe('NOUN');
    expect(find(['ee-noun', 'um-noun-form'])).not.toBe('NOUN');
    expect(tag(text).find((t) => t.text === 'jubileets')?.pos).toBe('NOUN');
  });
});
