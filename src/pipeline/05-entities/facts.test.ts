import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { defaultLexicon, extendLexicon } from '../../data/sv/lexicon';
import { findEntities } from './index';
import { commonAt, firstNameAt, isNever, neverAt } from './work';
import { isCommonWord } from './features';
import { isFirstName } from './gazetteer';
import {
  AV, CAP, CAPS_OR_HYPHEN, COMMON, COMPANY_CATEGORY, COMPANY_FORM, FIRST_NAME, INITIAL, LAN, NEVER, PAREN_OPEN, PLACE_NOUN, PLACE_ORG_HEAD, REPORTING_VERB, SPACE, TITLE, tokenFacts, WORD,
} from './facts';

/** The facts of the token written `word` (its first occurrence) in `text`. */
function factsOf(text: string, word: string, lexicon = defaultLexicon()): number {
  const ctx = buildContext(text, { tag: false });
  const initial = new Uint8Array(ctx.tokens.length + 1);
  initial[0] = 1;
  const f = tokenFacts(ctx.tokens, ctx.text, lexicon, initial);
  const k = ctx.tokens.findIndex((t) => t.text === word);
  expect(k).toBeGreaterThanOrEqual(0);
  return f.at(k);
}

const has = (f: number, bit: number): boolean => (f & bit) === bit;

describe('token facts', () => {
  it.each([
    ['Det sa statsministern Anna Ek i Falu kommun.', 'Det', [CAP, NEVER, INITIAL, WORD]],
    ['Det sa statsministern Anna Ek i Falu kommun.', 'Anna', [CAP, FIRST_NAME, SPACE, WORD]],
    ['Det sa statsministern Anna Ek i Falu kommun.', 'kommun', [PLACE_ORG_HEAD, SPACE]],
    ['Jag bor i staden Hollisford nu.', 'staden', [PLACE_NOUN]],
    ['Vi köpte aktier i klädkedjan Lindex.', 'klädkedjan', [COMPANY_CATEGORY]],
    ['Sedan säger Ulla Berg att det räcker.', 'säger', [REPORTING_VERB]],
    ['Han köpte Volvo AB för länge sedan.', 'AB', [COMPANY_FORM, CAP]],
    ['Hon bor i Stockholms län sedan maj.', 'län', [LAN]],
    ['Grevinnan av Rothesay kom.', 'av', [AV]],
    ['De talade med professor Lind.', 'professor', [TITLE, COMMON]],
    ['Partiet (M) vann.', '(', [PAREN_OPEN]],
    ['Det sa LO-ekonomen i går.', 'LO-ekonomen', [CAP, CAPS_OR_HYPHEN]],
    ['Enligt DGSE var det så.', 'DGSE', [CAP, CAPS_OR_HYPHEN]],
    ['Kultur- och fritidsförvaltningen svarar.', 'Kultur-', [CAPS_OR_HYPHEN]],
  ])('%s: %s', (text, word, bits) => {
    const f = factsOf(text, word);
    for (const b of bits) expect(has(f, b)).toBe(true);
  });

  it.each([
    ['Det sa Anna Ek i Falu kommun.', 'Ek', [NEVER, INITIAL, PLACE_ORG_HEAD, REPORTING_VERB]],
    ['Det sa Anna Ek i Falu kommun.', 'kommun', [CAP, FIRST_NAME, COMPANY_FORM]],
    ['Vi åkte till staden.Hollisford var tom.', 'Hollisford', [SPACE, PLACE_NOUN]],
    ['Han cyklade hem till stan.', 'cyklade', [REPORTING_VERB, CAP, NEVER]],
    ['Han bor i Stockholm och Ystad.', 'Stockholm', [CAPS_OR_HYPHEN]],
    ['Hon kom till Umeå i maj.', 'Umeå', [CAPS_OR_HYPHEN]],
  ])('%s: %s has none of the facts it must not have', (text, word, bits) => {
    const f = factsOf(text, word);
    for (const b of bits) expect(has(f, b)).toBe(false);
  });

  it('reads the word lists of the lexicon it is given (a caller-supplied lexicon)', () => {
    const text = 'Det blir bra, kvittrade Kråkvik vid Kiruna bibliotek.';
    const plain = defaultLexicon();
    const ext = extendLexicon(plain, { reportingVerbs: { add: ['kvittrade'] }, placeOrgHeads: { add: ['bibliotek'] } });
    expect(has(factsOf(text, 'kvittrade', plain), REPORTING_VERB)).toBe(false);
    expect(has(factsOf(text, 'kvittrade', ext), REPORTING_VERB)).toBe(true);
    expect(has(factsOf(text, 'bibliotek', plain), PLACE_ORG_HEAD)).toBe(false);
    expect(has(factsOf(text, 'bibliotek', ext), PLACE_ORG_HEAD)).toBe(true);
    // the facts are kept per form id and per lexicon: the built-in lexicon's answers stay its own
    expect(has(factsOf(text, 'kvittrade', plain), REPORTING_VERB)).toBe(false);
    expect(has(factsOf(text, 'bibliotek', plain), PLACE_ORG_HEAD)).toBe(false);
    // … and the rules gated on those facts fire with the caller's lexicon only.
    const show = (lexicon: typeof plain): string[] =>
      findEntities(buildContext(text, { tag: false }, 'test', { lexicon })).map((e) => `${e.text}|${e.type}|${e.rule}`);
    expect(show(plain)).not.toContain('Kiruna bibliotek|ORG|place-org-head');
    expect(show(ext)).toEqual(expect.arrayContaining(['Kråkvik|PER|reporting-source', 'Kiruna bibliotek|ORG|place-org-head']));
  });

  it('answers the rules\' word tests by token (never-a-name, first name, common word) as the string look-ups do', () => {
    const ctx = buildContext('Det sa Anna Ek, men Enligt Polisen och polisen kom Måndag till Maria. MARIA och Hans bor i Falun.', { tag: false });
    const facts = tokenFacts(ctx.tokens, ctx.text, defaultLexicon());
    const lexicon = defaultLexicon();
    const withFacts = { tokens: ctx.tokens, facts, lexicon }, without = { tokens: ctx.tokens, lexicon };
    let hits = 0;
    ctx.tokens.forEach((t, k) => {
      for (const w of [withFacts, without]) {
        expect(neverAt(w, k)).toBe(isNever(t.text, lexicon));
        expect(firstNameAt(w, k)).toBe(isFirstName(t.text));
        expect(commonAt(w, k)).toBe(isCommonWord(t.normal));
      }
      if (isNever(t.text, lexicon) || isFirstName(t.text) || isCommonWord(t.normal)) hits++;
    });
    expect(hits).toBeGreaterThan(5);
  });
});
