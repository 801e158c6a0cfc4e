import { describe, expect, it } from 'vitest';
import { buildContext } from '../context';
import { defaultLexicon, extendLexicon, type Lexicon } from '../../data/sv/lexicon';
import { findEntities } from './index';
import { EN_CONNECTOR, EN_ORG_HEAD, isWorkNounForm, PLACE_WORD, textTriggers, THE, WORK_NOUN } from './triggers';

/** The trigger bits of every token of `text`, as `word:bits` for the tokens that have any. */
function triggered(text: string, lexicon: Lexicon = defaultLexicon()): string[] {
  const ctx = buildContext(text, { tag: false });
  const t = textTriggers(ctx.tokens, lexicon);
  return ctx.tokens.flatMap((tok, k) => (t.bits[k] ? [`${tok.text}:${t.bits[k]}`] : []));
}

describe('list-rule triggers', () => {
  it.each([
    ['Hon arbetar på Bank of England i London.', ['Bank:' + EN_ORG_HEAD, 'of:' + EN_CONNECTOR]],
    ['Han läste The Guardian varje morgon.', ['The:' + THE]],
    ['Pengarna kom från Green Climate Fund förra året.', ['Fund:' + EN_ORG_HEAD]],
    ['I filmen Sommar i Jemen spelar hon huvudrollen.', ['filmen:' + WORK_NOUN]],
    ['Hennes debutroman kom ut i våras, och albumet sålde bra.', ['albumet:' + WORK_NOUN]],
    ['De vandrade upp på Mount Elgon och vidare till Bondi Beach.', ['Mount:' + PLACE_WORD, 'Beach:' + PLACE_WORD]],
  ])('%s', (text, want) => {
    expect(triggered(text)).toEqual(want);
  });

  it('marks nothing in plain Swedish prose (no connector, head noun, work noun or place word)', () => {
    expect(triggered('Anna Ek sa att kommunen bygger en ny skola i Falun nästa år.')).toEqual([]);
  });

  it('matches the work-title rule\'s own list test, also for a compound and not for a near miss', () => {
    expect(isWorkNounForm('debutromanen')).toBe(true);
    expect(isWorkNounForm('bok')).toBe(true);
    expect(isWorkNounForm('filmer')).toBe(false);
    expect(isWorkNounForm('boksluten')).toBe(false);
  });

  it('reads the foreign place words of the run\'s lexicon, one table per lexicon', () => {
    const lex = extendLexicon(defaultLexicon(), { foreignPlaceStarts: { add: ['Monte'] }, foreignPlaceEnds: { remove: ['Park'] } });
    expect(triggered('Vi gick genom Hyde Park.', lex)).toEqual([]);
    expect(triggered('Vi gick genom Hyde Park.')).toEqual(['Park:' + PLACE_WORD]);
  });

  it('leaves the rules\' answers as they were where a trigger is missing or present', () => {
    const names = (text: string): string[] => findEntities(buildContext(text, { tag: false })).map((e) => `${e.text}|${e.type}`);
    expect(names('Hon flyttade till Forest Hill Park förra året.')).toContain('Forest Hill Park|LOC');
    expect(names('Han ledde Bank of England i tio år.')).toContain('Bank of England|ORG');
  });
});
