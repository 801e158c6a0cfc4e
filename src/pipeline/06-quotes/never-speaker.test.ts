import { describe, expect, it } from 'vitest';
import { both, check } from './testing';

// Words that are never a speaker, and quotes that run over several lines. Examples written for these tests.
describe('never a speaker', () => {
  it.each([
    ['Där (sentence-initial adverb)', 'Där bor Gunnel Ås sedan fyrtio år.\n\n– Jag vill inte flytta härifrån.', 'Gunnel Ås'],
    ['Här (sentence-initial adverb)', 'Här vill kommunen bygga nya bostäder.\n\n– Vi behöver fler hyresrätter, säger kommunalrådet Per Ek.', 'Per Ek'],
    ['Sedan (sentence-initial adverb)', 'Britt Lantto har bott här i femtio år.\n\nSedan 2014 har många flyttat.\n\n– Man vänjer sig, säger hon.', 'Britt Lantto'],
    ['Det säger (opener)', 'Museet slår rekord.\n\n– Vi har aldrig haft så många besökare. Det säger museichefen Lina Hed.', 'Lina Hed'],
    ['a byline', 'Av Maria Svensson\n\nRektor Åsa Lind har polisanmält stölderna.\n\n– Det är tråkigt, säger hon.\n\nMaria Svensson/TT', 'Åsa Lind'],
  ])('%s', (_n, text, speaker) => {
    for (const got of both(text)) expect(got.map((q) => q.speaker?.name ?? null)).toEqual([speaker]);
  });

  it.each([
    ['a place before an unattributed quote', 'I Kiruna flyttas hela centrum.\n\n– Det känns vemodigt men nödvändigt.'],
    ['no person at all', 'Vid badplatsen har kommunen satt upp en skylt.\n\n– Bad sker på egen risk. Ingen livräddare finns på plats.'],
  ])('%s: speaker stays null', (_n, text) => {
    for (const got of both(text)) expect(got.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('quotes over several lines or sentences are one quote', () => {
  it('runs up to Det säger X two lines on (one sentence per line)', () => {
    check('Nytt kafé i biblioteket\nI morgon öppnar kaféet.\n– Jag har alltid drömt om ett eget kafé.\nAtt få göra det bland böckerna är en dröm.\nDet säger Hanna Ek till tidningen.\nKaféet har öppet varje dag.', [
      { text: 'Jag har alltid drömt om ett eget kafé. Att få göra det bland böckerna är en dröm.', speaker: 'Hanna Ek', parts: 2 },
    ]);
  });
  it('does not run on over narration', () => {
    check('Nytt kafé\nI morgon öppnar kaféet.\n– Jag har alltid drömt om det.\nEnligt kommunen är hyran låg.\nDet säger Hanna Ek.', [{ text: 'Jag har alltid drömt om det.' }]);
  });
});
