import { describe, expect, it } from 'vitest';
import { buildContext } from '../../context';
import { documentOf } from '../../01b-document';
import { findEntities } from '../../05-entities';
import { keywordCandidates } from '../index';
import { TOKEN_CAPS, TOKEN_CAPS_LINE, TOKEN_DIGIT, TOKEN_ENTITY, TOKEN_FURNITURE, TOKEN_HYPHEN_END, TOKEN_NOT_TEXT, TOKEN_UPPER } from '../doc';
import { RULES } from './index';
import type { WordRule } from './types';

// Our own Swedish texts, written for these tests: capitals, hyphens, digits, names, headings.
const TEXTS = [
  'KOMMUNEN SÖKER VITTNEN EFTER INBROTTET\n\nUMEÅ. Polisen i Umeå söker vittnen. En 24-åring greps på måndagsmorgonen.',
  'Infrastruktur- och bostadsministern Anna Berg (S) besökte Falu kommun. FN:s rapport om klimatet kom i dag.',
  'Tele2 Arena fylldes av 40 000 åskådare. AIK vann mot Hammarby med 2–1. Matchen var jämn.',
  'Foto: Lena Ström\n\nSVT och SR granskas. #val2026 Laura Hartman leder Tillitsdelegationen sedan 2016.',
];

const wordRules = RULES.filter((r): r is WordRule => r.stage === 'word');

describe('token facts of the word rules', () => {
  it('gives each token the facts its text has', () => {
    const ctx = buildContext('GÖTEBORG. En 47-årig man från Borås fick infrastruktur- och bostadsstöd.');
    const { doc } = keywordCandidates(ctx, findEntities(ctx), documentOf(ctx));
    const factsOf = (text: string) => doc.facts[doc.tokens.findIndex((t) => t.text === text)]!;
    expect(factsOf('GÖTEBORG') & (TOKEN_UPPER | TOKEN_CAPS)).toBe(TOKEN_UPPER | TOKEN_CAPS);
    expect(factsOf('Borås') & TOKEN_CAPS).toBe(0);
    expect(factsOf('Borås') & TOKEN_UPPER).toBe(TOKEN_UPPER);
    expect(factsOf('47-årig') & TOKEN_DIGIT).toBe(TOKEN_DIGIT);
    expect(factsOf('infrastruktur-') & TOKEN_HYPHEN_END).toBe(TOKEN_HYPHEN_END);
    expect(factsOf('man')).toBe(0);
    const anyEntity = doc.tokens.some((_t, i) => doc.entityOf[i] !== null);
    expect(doc.tokens.every((_t, i) => (doc.entityOf[i] !== null) === ((doc.facts[i]! & TOKEN_ENTITY) !== 0))).toBe(true);
    expect(anyEntity).toBe(true);
    expect(factsOf('.') & TOKEN_NOT_TEXT).toBe(TOKEN_NOT_TEXT);
    expect(factsOf('Borås') & TOKEN_NOT_TEXT).toBe(0);
  });
  it('marks the words of a heading in capitals, and no line of fewer than three such words', () => {
    const ctx = buildContext('VÄGEN STÄNGS EFTER OLYCKAN\n\nSL och SJ meddelar att trafiken går. Foto: Lena Ström');
    const { doc } = keywordCandidates(ctx, findEntities(ctx), documentOf(ctx));
    const factsOf = (text: string) => doc.facts[doc.tokens.findIndex((t) => t.text === text)]!;
    expect(factsOf('OLYCKAN') & TOKEN_CAPS_LINE).toBe(TOKEN_CAPS_LINE);
    expect(factsOf('VÄGEN') & TOKEN_CAPS_LINE).toBe(TOKEN_CAPS_LINE);
    expect(factsOf('SJ') & TOKEN_CAPS_LINE).toBe(0);
    expect(factsOf('trafiken') & (TOKEN_CAPS_LINE | TOKEN_FURNITURE)).toBe(0);
    expect(doc.tokens.every((_t, i) => (doc.furniture[i] === 1) === ((doc.facts[i]! & TOKEN_FURNITURE) !== 0))).toBe(true);
  });
  it('a rule never answers for a token without the facts it declares (so skipping it changes nothing)', () => {
    const declared = wordRules.filter((r) => r.tokens !== undefined);
    expect(declared.length).toBeGreaterThanOrEqual(6);
    let skipped = 0;
    for (const text of TEXTS) {
      for (const entities of [true, false]) {
        const ctx = buildContext(text);
        const { doc } = keywordCandidates(ctx, entities ? findEntities(ctx) : [], documentOf(ctx));
        for (const r of declared) {
          for (let i = 0; i < doc.tokens.length; i++) {
            if ((doc.facts[i]! & r.tokens!) !== 0) continue;
            skipped++;
            expect(r.apply(i, doc), `${r.id} on ${doc.tokens[i]!.text}`).toBeUndefined();
          }
        }
      }
    }
    expect(skipped).toBeGreaterThan(100);
  });
});
