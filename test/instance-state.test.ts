/**
 * No hidden global state: two `createSwedish` instances with different lexicons and rules, called
 * interleaved in one process, each give exactly what a fresh process holding only that instance
 * gives; and a lexicon field that a step caches per process (titles, never-a-name words, legal
 * forms) reaches the instance that changes it and no other.
 *
 * A "fresh process" is a fresh module graph (`vi.resetModules()` and a new dynamic import): every
 * module-level table, memo and counter starts empty, as in a new process.
 */
import { describe, expect, it, vi } from 'vitest';
import type * as Lib from '../src/index';

type Options = Parameters<typeof Lib.createSwedish>[0];

/** Our own Swedish texts, each touching a list one of the instances changes. */
const TEXTS = [
  'Det sa stadsträdgårdsmästaren Qvarnlöf när parken öppnade i går. Hon vill plantera fler lindar i Borås.',
  'Vi gick längs Vintergatan i Borås hela kvällen. Sedan åkte vi hem till Mölndal.',
  'Norrlands Trähus Kb2 bygger ett nytt sågverk. Norrlands Trähus anställer tjugo personer, säger vd:n Lena Ström.',
  '– Vi är inte klara med bygget, bloggar Lena Ström. Blåbärsgruppen i Umeå vill ändå se ritningarna före jul.',
  'Allsvenskan startar i april. Qvarnlöf tror att Malmö FF vinner, skriver Sydsvenskan. Finalen i Gröna Cupen spelas i maj.',
  'Medlemmarna i Hantverkslauget röstade nej. Sedan talade Johansson och Fiskarlauget om båtarna.',
  'Det säger Rickard Falkvinge (PP) till tidningen. Anna Berg (constructor) svarade inte.',
  'I höstas köpte tryckeriet Qwintex en ny maskin. Nu anställer snickeriet Ekbacka fler.',
  'I går öppnade Gamla bagarstugan igen efter branden. Många kom dit.',
  'Pengarna går till SVK Seaweed Collective och till Nordic Kelp Collective i Bergen, säger hon.',
  'Han talade på Institute del Mar i Lima i går. Vi seglade sedan längs Misty and Fjord i Alaska.',
  'Det sa Anna zu Solms till tidningen. Hon träffade Jonas ter Horst i Köln.',
];

/** Instance A: a title word, a legal form and company form, a reporting verb, its own gazetteer name, a league, an organisation ending, a company category noun, an English head noun, name particles, a rule off. */
const A: Options = {
  lexicon: {
    titles: { add: ['stadsträdgårdsmästare'] },
    companyForms: { add: ['Kb2'] },
    legalForms: { add: ['Kb2'] },
    reportingVerbs: { add: ['bloggar'] },
    gazetteer: { Blåbärsgruppen: 'ORG' },
    sportsLeagues: { add: ['Gröna Cupen'] },
    orgSuffixes: { add: ['lauget'] },
    companyCategoryHeads: { add: ['tryckeriet'] },
    englishOrgHeads: { add: ['Collective'] },
    forwardNameParticles: { add: ['zu'], remove: ['ter'] },
  },
  rules: { disable: ['media-subbrand'] },
};

/** Instance B: never-a-name words, a stopword removed, a party abbreviation, an organisation head noun, the same gazetteer name with another type, an English connector and place head, other rules off. */
const B: Options = {
  lexicon: {
    neverEntity: { add: ['vintergatan', 'qvarnlöf'] },
    stopwords: { remove: ['inte'] },
    orgPhraseHeads: { add: ['bagarstugan'] },
    partyAbbreviations: { add: { PP: 'Piratpartiet' } },
    gazetteer: { Blåbärsgruppen: 'LOC' },
    foreignConnectors: { add: ['del'] },
    englishLocHeads: { add: ['Fjord'] },
  },
  rules: { disable: ['title-before-name', 'sports-league'] },
};

/** A fresh module graph: the library as a new process loads it. */
async function freshLibrary(): Promise<typeof Lib> {
  vi.resetModules();
  return (await import('../src/index')) as typeof Lib;
}

/** Every text through `analyze` of one instance, alone in a fresh module graph, as JSON. */
async function alone(options: Options): Promise<string[]> {
  const lib = await freshLibrary();
  const sv = lib.createSwedish(options);
  return TEXTS.map((t) => JSON.stringify(sv.analyze(t)));
}

/** The entities of a text as `text/type/name`. */
function entitiesOf(lib: typeof Lib, options: Options, text: string): string[] {
  return lib.createSwedish(options).tagEntities(text).map((e) => `${e.text}/${e.type}/${e.name}`);
}

describe('two instances in one process', () => {
  it('called interleaved (A, B, default, A, B …) each give what a fresh process with only that instance gives', async () => {
    const wantA = await alone(A);
    const wantB = await alone(B);
    const wantD = await alone({});
    const lib = await freshLibrary();
    const a = lib.createSwedish(A);
    const b = lib.createSwedish(B);
    for (let round = 0; round < 2; round++) {
      TEXTS.forEach((t, i) => {
        expect(JSON.stringify(a.analyze(t)), `A, text ${i}`).toBe(wantA[i]);
        expect(JSON.stringify(b.analyze(t)), `B, text ${i}`).toBe(wantB[i]);
        expect(JSON.stringify(lib.analyze(t)), `default, text ${i}`).toBe(wantD[i]);
      });
    }
  });

  it('the order in which instances first run does not matter (B and the default first, then A)', async () => {
    const wantA = await alone(A);
    const lib = await freshLibrary();
    const b = lib.createSwedish(B);
    for (const t of TEXTS) { b.analyze(t); lib.analyze(t); }
    const a = lib.createSwedish(A);
    TEXTS.forEach((t, i) => expect(JSON.stringify(a.analyze(t)), `A, text ${i}`).toBe(wantA[i]));
  });

  it('another instance between two calls changes nothing (the same texts again, in reverse order)', async () => {
    const lib = await freshLibrary();
    const one = TEXTS.map((t) => JSON.stringify(lib.analyze(t)));
    const a = lib.createSwedish(A);
    for (let i = TEXTS.length - 1; i >= 0; i--) {
      a.analyze(TEXTS[(i + 1) % TEXTS.length]!);
      expect(JSON.stringify(lib.analyze(TEXTS[i]!))).toBe(one[i]);
    }
  });

  it('two documents interleaved through the CLI’s section generator give what each gives alone', async () => {
    const { documentJson } = await import('../src/cli/serialize');
    const { FIELDS } = await import('../src/cli/args');
    // (long documents in small sections: the generator yields a 64 KB chunk every few sections, so the two runs interleave)
    const options = { fields: FIELDS, pretty: false, sectionSize: 300 };
    const docA = { id: 'a', text: Array.from({ length: 12 }, () => TEXTS.slice(0, 4).join('\n\n')).join('\n\n') };
    const docB = { id: 'b', text: Array.from({ length: 12 }, () => TEXTS.slice(3).reverse().join('\n\n')).join('\n\n') };
    const wantA = [...documentJson(docA, options)].join('');
    const wantB = [...documentJson(docB, options)].join('');
    const ga = documentJson(docA, options), gb = documentJson(docB, options);
    const outA: string[] = [], outB: string[] = [];
    for (let doneA = false, doneB = false; !doneA || !doneB; ) {
      if (!doneA) { const r = ga.next(); if (r.done) doneA = true; else outA.push(r.value); }
      if (!doneB) { const r = gb.next(); if (r.done) doneB = true; else outB.push(r.value); }
    }
    expect(JSON.parse(wantA).sections).toBeGreaterThan(1);
    expect(JSON.parse(wantB).entities.length).toBeGreaterThan(3);
    expect(outA.length).toBeGreaterThan(2);
    expect(outB.length).toBeGreaterThan(2);
    expect(outA.join('')).toBe(wantA);
    expect(outB.join('')).toBe(wantB);
  });
});

describe('lexicon fields that 05-entities kept per process reach the instance that changes them', () => {
  it('a title word added: the unknown word after it is a person (title-before-name), not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[0]!;
    expect(entitiesOf(lib, A, t)).toContain('Qvarnlöf/PER/Qvarnlöf');
    expect(entitiesOf(lib, {}, t)).not.toContain('Qvarnlöf/PER/Qvarnlöf');
    // and again in the other order: the default first
    const lib2 = await freshLibrary();
    expect(entitiesOf(lib2, {}, t)).not.toContain('Qvarnlöf/PER/Qvarnlöf');
    expect(entitiesOf(lib2, A, t)).toContain('Qvarnlöf/PER/Qvarnlöf');
  });

  it('a never-a-name word added: the one-word mention goes (not-a-name), not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[1]!;
    expect(entitiesOf(lib, {}, t).some((e) => e.startsWith('Vintergatan/'))).toBe(true);
    expect(entitiesOf(lib, B, t).some((e) => e.startsWith('Vintergatan/'))).toBe(false);
    expect(entitiesOf(lib, {}, t).some((e) => e.startsWith('Vintergatan/'))).toBe(true);
    expect(entitiesOf(lib, B, t)).toContain('Borås/LOC/Borås');
  });

  it('a legal form added: the short form of the company links to its full name, not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[2]!;
    expect(entitiesOf(lib, A, t)).toContain('Norrlands Trähus/ORG/Norrlands Trähus Kb2');
    expect(entitiesOf(lib, {}, t)).not.toContain('Norrlands Trähus/ORG/Norrlands Trähus Kb2');
    expect(entitiesOf(lib, A, t)).toContain('Norrlands Trähus/ORG/Norrlands Trähus Kb2');
  });

  it('a league added: its name is an organisation (sports-league), not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[4]!;
    expect(entitiesOf(lib, A, t)).toContain('Gröna Cupen/ORG/Gröna Cupen');
    expect(entitiesOf(lib, {}, t)).not.toContain('Gröna Cupen/ORG/Gröna Cupen');
    expect(entitiesOf(lib, A, t)).toContain('Gröna Cupen/ORG/Gröna Cupen');
  });

  it('an organisation ending added: a compound with it is an organisation, also beside a person (not coordinated-person), not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[5]!;
    expect(entitiesOf(lib, A, t)).toEqual(expect.arrayContaining(['Hantverkslauget/ORG/Hantverkslauget', 'Fiskarlauget/ORG/Fiskarlauget']));
    const d = entitiesOf(lib, {}, t);
    expect(d).not.toContain('Hantverkslauget/ORG/Hantverkslauget');
    expect(d).not.toContain('Fiskarlauget/ORG/Fiskarlauget');
    expect(entitiesOf(lib, A, t)).toContain('Fiskarlauget/ORG/Fiskarlauget');
  });

  it('a party abbreviation added: the mention in parentheses gets the party’s name, not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[6]!;
    expect(entitiesOf(lib, B, t)).toContain('PP/ORG/Piratpartiet');
    expect(entitiesOf(lib, {}, t)).not.toContain('PP/ORG/Piratpartiet');
    expect(entitiesOf(lib, B, t).some((e) => e.startsWith('constructor/'))).toBe(false);
  });

  it('a company category noun added: the unknown name after it is a company (company-category-noun-missed), not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[7]!;
    expect(entitiesOf(lib, A, t)).toContain('Qwintex/ORG/Qwintex');
    expect(entitiesOf(lib, A, t).some((e) => e.startsWith('Ekbacka/'))).toBe(false);
    expect(entitiesOf(lib, {}, t).some((e) => e.startsWith('Qwintex/'))).toBe(false);
    expect(entitiesOf(lib, A, t)).toContain('Qwintex/ORG/Qwintex');
  });

  it('an organisation head noun added: a capitalised word and the head are an organisation (org-phrase-missed), not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[8]!;
    expect(entitiesOf(lib, B, t)).toContain('Gamla bagarstugan/ORG/Gamla bagarstugan');
    expect(entitiesOf(lib, {}, t)).not.toContain('Gamla bagarstugan/ORG/Gamla bagarstugan');
    expect(entitiesOf(lib, B, t)).toContain('Gamla bagarstugan/ORG/Gamla bagarstugan');
  });

  it('an English head noun added: a name grows to it (english-head-extend) and ends at it (english-head-cut), not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[9]!;
    const a = entitiesOf(lib, A, t);
    expect(a).toEqual(expect.arrayContaining(['SVK Seaweed Collective/ORG/SVK Seaweed Collective', 'Nordic Kelp Collective/ORG/Nordic Kelp Collective', 'Bergen/LOC/Bergen']));
    const d = entitiesOf(lib, {}, t);
    expect(d).not.toContain('SVK Seaweed Collective/ORG/SVK Seaweed Collective');
    expect(d).not.toContain('Nordic Kelp Collective/ORG/Nordic Kelp Collective');
    expect(entitiesOf(lib, A, t)).toEqual(a);
  });

  it('an English connector and a place head added: capitalised words joined by them are one name (english-connector-join), not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[10]!;
    const b = entitiesOf(lib, B, t);
    expect(b).toEqual(expect.arrayContaining(['Institute del Mar/ORG/Institute del Mar', 'Misty and Fjord/LOC/Misty and Fjord', 'Lima/LOC/Lima']));
    const d = entitiesOf(lib, {}, t);
    expect(d.some((e) => e.startsWith('Institute del Mar/'))).toBe(false);
    expect(d.some((e) => e.startsWith('Misty and Fjord/'))).toBe(false);
    expect(entitiesOf(lib, B, t)).toEqual(b);
  });

  it('a forward name particle added and one removed: the person name goes on over the one added only (person-particle-forward), not for the default', async () => {
    const lib = await freshLibrary();
    const t = TEXTS[11]!;
    const a = entitiesOf(lib, A, t);
    expect(a).toContain('Anna zu Solms/PER/Anna zu Solms');
    expect(a).not.toContain('Jonas ter Horst/PER/Jonas ter Horst');
    const d = entitiesOf(lib, {}, t);
    expect(d).not.toContain('Anna zu Solms/PER/Anna zu Solms');
    expect(d).toContain('Jonas ter Horst/PER/Jonas ter Horst');
    expect(entitiesOf(lib, A, t)).toEqual(a);
  });

  it('an adjective-compound ending added: a capitalised compound with it is a Swedish word, not a name start, for that lexicon only', async () => {
    await freshLibrary();
    const { isAdjectiveCompound } = await import('../src/pipeline/05-entities/foreign');
    const { resolveConfig } = await import('../src/api/config');
    const lex = resolveConfig({ lexicon: { adjectiveCompoundEndings: { add: ['doftande'] } } }).lexicon;
    const def = resolveConfig({}).lexicon;
    expect(isAdjectiveCompound('rosendoftande', lex)).toBe(true);
    expect(isAdjectiveCompound('rosendoftande', def)).toBe(false);
    expect(isAdjectiveCompound('doftande', lex)).toBe(false);
    expect(isAdjectiveCompound('norskägda', def)).toBe(true);
    expect(isAdjectiveCompound('rosendoftande', lex)).toBe(true);
  });
});
