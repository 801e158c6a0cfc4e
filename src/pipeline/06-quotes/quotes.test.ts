import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../api/quotes';
import { findQuotes, quotesBySpeaker } from '.';
import { buildContext } from '../context';
import { both, check, type Want } from './testing';

// All examples are written for these tests (none is copied from news articles).


describe('dash quotes and attribution clauses', () => {
  const cases: Array<[string, string, Want[]]> = [
    [
      ', säger X.',
      'Bibliotekets nya öppettider gäller från måndag.\n\n– Vi vill att fler ska hitta hit på kvällarna, säger Maria Lindqvist.',
      [{ text: 'Vi vill att fler ska hitta hit på kvällarna', kind: 'dash', speaker: 'Maria Lindqvist', named: true, cue: 'säger' }],
    ],
    [
      ', säger X, role.',
      'Skolan får nya lokaler.\n\n– Det har varit trångt länge, säger Petter Holm, rektor på Ekbackeskolan.',
      [{ text: 'Det har varit trångt länge', speaker: 'Petter Holm', role: 'rektor på Ekbackeskolan' }],
    ],
    [
      'role before the name',
      'Hamnen byggs ut.\n\n– Arbetet börjar i vår, säger kommunens tekniska chef Sara Berg.',
      [{ text: 'Arbetet börjar i vår', speaker: 'Sara Berg', role: 'kommunens tekniska chef' }],
    ],
    [
      'coordinated role before the name',
      'Regeringen ger nytt uppdrag.\n\n– Vi behöver fler bostäder i hela landet, säger bygg- och bostadsminister Karin Åberg.',
      [{ text: 'Vi behöver fler bostäder i hela landet', speaker: 'Karin Åberg', role: 'bygg- och bostadsminister' }],
    ],
    [
      'genitive organisation in the role',
      'Elpriset stiger.\n\n– Vintern blir dyr för många hushåll, säger Energibolagets presschef Jonas Ek.',
      [{ text: 'Vintern blir dyr för många hushåll', speaker: 'Jonas Ek', role: 'Energibolagets presschef' }],
    ],
    [
      'som jobbar på',
      'Fåglarna kom tidigt i år.\n\n– Vi har aldrig sett så många tranor i mars, säger Staffan Moberg som jobbar på naturum.',
      [{ text: 'Vi har aldrig sett så många tranor i mars', speaker: 'Staffan Moberg', role: 'jobbar på naturum' }],
    ],
    [
      'other reporting verbs',
      'Kön växer.\n\n– Vi öppnar en ny mottagning i höst, berättar Ali Hassan.\n\n– Det räcker ändå inte, menar Eva Nordin.\n\n– Vi får se, konstaterar Ali Hassan.',
      [
        { text: 'Vi öppnar en ny mottagning i höst', speaker: 'Ali Hassan', cue: 'berättar' },
        { text: 'Det räcker ändå inte', speaker: 'Eva Nordin', cue: 'menar' },
        { text: 'Vi får se', speaker: 'Ali Hassan', cue: 'konstaterar' },
      ],
    ],
    [
      'past tense sa',
      'Mötet drog ut på tiden.\n\n– Vi kommer tillbaka i morgon, sa Lars Öberg efteråt.',
      [{ text: 'Vi kommer tillbaka i morgon', speaker: 'Lars Öberg', cue: 'sa' }],
    ],
    [
      'question mark before the cue stays with the quote',
      'Publiken jublade.\n\n– Vem hade trott det här? frågar Lina Sjögren.',
      [{ text: 'Vem hade trott det här?', speaker: 'Lina Sjögren', cue: 'frågar' }],
    ],
    [
      'hyphen as dash',
      'Tågen står still.\n\n- Vi jobbar för att få i gång trafiken igen, säger Omar Khalil, pressansvarig.',
      [{ text: 'Vi jobbar för att få i gång trafiken igen', speaker: 'Omar Khalil', role: 'pressansvarig' }],
    ],
  ];
  it.each(cases)('%s', (_name, text, want) => check(text, want));
});

describe('speaker resolution', () => {
  it('resolves säger hon / säger han with two people by sex and recency', () => {
    const text =
      'Anna Karlsson och Peter Nyberg driver ett bageri i Mora.\n\n' +
      '– Vi bakar allt själva varje morgon, säger hon.\n\n' +
      'Peter Nyberg började som lärling.\n\n' +
      '– Jag lärde mig allt av min morfar, säger han.\n\n' +
      '– Det bästa är doften på morgonen, säger hon.';
    check(text, [
      { text: 'Vi bakar allt själva varje morgon', speaker: 'Anna Karlsson', cue: 'säger' },
      { text: 'Jag lärde mig allt av min morfar', speaker: 'Peter Nyberg' },
      { text: 'Det bästa är doften på morgonen', speaker: 'Anna Karlsson' },
    ]);
  });

  it('resolves a surname to the full name given earlier', () => {
    const text = 'Forskaren Helena Strand har studerat vargar i tjugo år.\n\n– Vargen är skyggare än folk tror, säger Strand.';
    check(text, [{ text: 'Vargen är skyggare än folk tror', speaker: 'Helena Strand', named: true }]);
  });

  it('resolves a role noun to the person named with that title', () => {
    const text =
      'Kulturminister Erik Sandell besökte museet på fredagen.\n\n– Samlingarna måste bli tillgängliga för alla, säger ministern.';
    check(text, [{ text: 'Samlingarna måste bli tillgängliga för alla', speaker: 'Erik Sandell', named: true }]);
  });

  it('keeps unnamed sources in their written form, named: false', () => {
    const text =
      'En man greps i natt.\n\n– Vi kan inte säga mer just nu, säger polisen.\n\n– Utredningen pågår, säger en talesperson för kommunen.';
    check(text, [
      { text: 'Vi kan inte säga mer just nu', speaker: 'polisen', named: false },
      { text: 'Utredningen pågår', speaker: 'en talesperson', named: false },
    ]);
  });

  it('takes the speaker from Det säger X. in the next sentence (8 Sidor style)', () => {
    const text = 'Många vill lära sig simma.\n\n– Det är aldrig för sent att börja. Vatten är roligt.\n\nDet säger Jenny Lund som är simlärare.';
    check(text, [{ text: 'Det är aldrig för sent att börja. Vatten är roligt.', speaker: 'Jenny Lund', role: 'simlärare' }]);
  });

  it('handles lost line breaks glued to the previous sentence', () => {
    const text = 'Stormen fällde träd i natt. Flera hus skadades.– Möbler och väggar förstördes. Det var hemskt.Det säger Nils Ek som bor i byn.Nu städar alla tillsammans.';
    check(text, [{ text: 'Möbler och väggar förstördes. Det var hemskt.', kind: 'dash', speaker: 'Nils Ek' }]);
  });

  it('takes the speaker from an intro line X säger:', () => {
    const text = 'Vi frågade Johan Ström vad han tycker om beslutet. Johan Ström säger:\n– Det är fel väg att gå.';
    check(text, [{ text: 'Det är fel väg att gå.', speaker: 'Johan Ström', cue: 'säger' }]);
  });

  it('attributes an enligt clause', () => {
    const text = 'Vägen stängs av.\n\n– Arbetet tar minst två veckor, enligt Trafikverket.';
    check(text, [{ text: 'Arbetet tar minst två veckor', speaker: 'Trafikverket', named: true, cue: 'enligt' }]);
  });
});

describe('split quotes, multi-line quotes and interviews', () => {
  it('keeps a quote split by its attribution as one quote with two parts', () => {
    const text = 'Festivalen lockade rekordmånga.\n\n– Vi hade aldrig räknat med det här, säger Moa Lind. Nästa år blir det ännu större.';
    check(text, [{ text: 'Vi hade aldrig räknat med det här. Nästa år blir det ännu större.', speaker: 'Moa Lind', parts: 2 }]);
  });

  it('joins one-sentence-per-line quotes up to the attribution', () => {
    const text =
      'Priserna på kaffe stiger.\n- Jag är inte förvånad.\nSkördarna har varit dåliga i flera år, säger Karl Ek, analytiker på banken.\nHandlarna höjer priserna i maj.';
    check(text, [{ text: 'Jag är inte förvånad. Skördarna har varit dåliga i flera år', speaker: 'Karl Ek', role: 'analytiker på banken', parts: 2 }]);
  });

  it('gives unattributed dash paragraphs in an interview to the interviewee, not the interviewer question', () => {
    const text =
      'Vi har träffat Sofia Ahmadi som leder projektet.\n\n' +
      '– Vi började i liten skala för tre år sedan, säger Sofia Ahmadi.\n\n' +
      'Vad har varit svårast?\n\n' +
      '– Att få tag på pengar. Vi fick söka bidrag överallt.\n\n' +
      '– Men nu rullar det på av sig självt.';
    check(text, [
      { text: 'Vi började i liten skala för tre år sedan', speaker: 'Sofia Ahmadi' },
      { text: 'Att få tag på pengar. Vi fick söka bidrag överallt.', speaker: 'Sofia Ahmadi', cue: null },
      { text: 'Men nu rullar det på av sig självt.', speaker: 'Sofia Ahmadi' },
    ]);
  });

  it('gives an unattributed dash line to the person the line before introduces', () => {
    const text =
      '– Bussarna går för sällan, säger Lisa Wik.\n\nOppositionsrådet Hugo Falk håller inte med.\n\n– Vi har redan fler turer än grannkommunerna.';
    check(text, [
      { text: 'Bussarna går för sällan', speaker: 'Lisa Wik' },
      { text: 'Vi har redan fler turer än grannkommunerna.', speaker: 'Hugo Falk' },
    ]);
  });
});

describe('quotation marks and headlines', () => {
  it('finds attributed speech in quotation marks', () => {
    const text =
      'Bolaget varnar för sämre resultat. ”Efterfrågan har minskat kraftigt under hösten”, skriver vd Tove Dahl i rapporten.\n\n' +
      'Facket är kritiskt. »Ledningen har vetat om det här länge«, säger Rasmus Holm.';
    check(text, [
      { text: 'Efterfrågan har minskat kraftigt under hösten', kind: 'marks', speaker: 'Tove Dahl', cue: 'skriver', role: 'vd' },
      { text: 'Ledningen har vetat om det här länge', kind: 'marks', speaker: 'Rasmus Holm' },
    ]);
  });

  it('finds a quote introduced by X säger:', () => {
    const text = 'Ministern var tydlig. Emma Rask säger: ”Vi kommer inte att backa från det här beslutet.”';
    check(text, [{ text: 'Vi kommer inte att backa från det här beslutet.', kind: 'marks', speaker: 'Emma Rask' }]);
  });

  it('reads a Name: statement headline', () => {
    const text = 'Klara Nyström: Skolan behöver fler speciallärare\n\nKlara Nyström är ny ordförande i föreningen.';
    check(text, [{ text: 'Skolan behöver fler speciallärare', kind: 'headline', speaker: 'Klara Nyström', cue: null }]);
  });

  it('does not take a label line for a headline', () => {
    expect(extractQuotes('Foto: Anna Ek och Per Svensson tog bilderna i Kiruna\n\nText här.')).toEqual([]);
  });
});

describe('texts without quotes', () => {
  const none: Array<[string, string]> = [
    ['hyphenated words and ranges', 'Öppet 10-16 alla dagar. Sverige-Norge slutade 2-1 och tåget Stockholm-Göteborg var sent.'],
    ['a bullet list of noun phrases', 'Ta med följande:\n- vattenflaska\n- matsäck\n- varma kläder\n- karta och kompass'],
    ['a dash list without colon', 'Årets nyheter\n– ny simhall\n– fler cykelbanor\n– längre öppettider'],
    ['dashes used as parentheses', 'Förslaget – som lades fram i går – får kritik från flera håll. Beslutet – om det blir av – fattas i juni.'],
    ['a title in quotation marks', 'Hon har skrivit boken ”Mitt år med bina i trädgården” som kom ut i våras.'],
    ['a report title in quotation marks', 'Myndigheten släppte rapporten ”Det nya arbetslivet efter pandemin” i går.'],
    ['scare quotes and single terms', 'Han kallade det ”en olycka” och pratade om ”hållbarhet” hela kvällen.'],
    ['indirect speech', 'Hon säger att beslutet är fel. Enligt polisen har ingen skadats. Han menar att det finns pengar.'],
    ['an interviewer question', 'Vad tycker du om det nya förslaget?'],
    ['empty', ''],
    ['only dashes', '– – – —— --- - -'],
  ];
  it.each(none)('%s', (_name, text) => {
    for (const got of both(text)) expect(got).toEqual([]);
  });
});

describe('robustness', () => {
  it('throws a TypeError on non-strings', () => {
    expect(() => extractQuotes(42 as unknown as string)).toThrow(TypeError);
    expect(() => extractQuotes(null as unknown as string)).toThrow(TypeError);
  });

  it('survives odd input', () => {
    for (const s of ['\uD800– hej', '\u0000\u0001”', '”'.repeat(1000), '– '.repeat(2000), '"a b c d"'.repeat(500), 'säger, säger, säger'])
      expect(Array.isArray(extractQuotes(s))).toBe(true);
  });

  it('runs in near-linear time on 100 000 dashes and long quote-heavy text', () => {
    const unit = '– Det här är ett citat som fortsätter, säger Anna Svensson.\n\nHon kom till Umeå.\n\n';
    for (const s of ['–'.repeat(100_000), '- '.repeat(50_000), unit.repeat(400), '”'.repeat(50_000) + 'a b c d'])
      expect(Array.isArray(findQuotes(buildContext(s), []))).toBe(true);
  });
});

describe('quotesBySpeaker', () => {
  it('groups by speaker name in order of first quote', () => {
    const text = '– Ett två tre fyra, säger Anna Ek.\n\n– Fem sex sju åtta, säger Bo Ek.\n\n– Nio tio elva tolv, säger Anna Ek.';
    const by = quotesBySpeaker(extractQuotes(text));
    expect([...by.keys()]).toEqual(['Anna Ek', 'Bo Ek']);
    expect(by.get('Anna Ek')!.length).toBe(2);
  });
});

describe('more attribution shapes', () => {
  it('reads a role with a place before the name', () => {
    check('Valet skjuts upp.\n\n– Läget är mycket oroligt, säger Sveriges ambassadör i Kenya Ingrid Holm.', [
      { text: 'Läget är mycket oroligt', speaker: 'Ingrid Holm', role: 'Sveriges ambassadör i Kenya' },
    ]);
  });

  it('reads an unnamed source before a prepositional object', () => {
    check('Vaccinet är säkert.\n\n– Biverkningarna är mycket ovanliga, säger experterna på Karolinska institutet.', [
      { text: 'Biverkningarna är mycket ovanliga', speaker: 'experterna', named: false },
    ]);
  });

  it('takes a speaker from a name line in an interview transcript', () => {
    check('Intervju med två elever.\n\nHanna Berg:\n– Jag tycker att skolan borde börja senare.', [
      { text: 'Jag tycker att skolan borde börja senare.', speaker: 'Hanna Berg' },
    ]);
  });

  it('finds a quoted clause in a sentence with a reporting verb', () => {
    check('Åsa Lind säger att beslutet är ”ett stort svek mot alla elever”.', [
      { text: 'ett stort svek mot alla elever', kind: 'marks', speaker: 'Åsa Lind', cue: 'säger' },
    ]);
  });
});

describe('quotes that resume and runs', () => {
  it('resumes the quote after the attribution in the same sentence', () => {
    check('Laget vann serien.\n\n– Vi är otroligt glada, säger Maja Holm, och vi ska fira hela helgen.', [
      { text: 'Vi är otroligt glada, och vi ska fira hela helgen.', speaker: 'Maja Holm', parts: 2 },
    ]);
  });

  it('gives a first unattributed dash paragraph the speaker of the one right after it', () => {
    check('– Vi har väntat länge på det här.\n\n– Nu kan vi äntligen börja bygga, säger Elsa Grön.', [
      { text: 'Vi har väntat länge på det här.', speaker: 'Elsa Grön' },
      { text: 'Nu kan vi äntligen börja bygga', speaker: 'Elsa Grön' },
    ]);
  });

  it('does not take a list of proposals in dash lines for quotes', () => {
    for (const got of both('Förslaget innehåller bland annat\n- sänkt skatt på arbete för unga\n- fler poliser i glesbygden\n- ett nytt stöd till föreningar'))
      expect(got).toEqual([]);
  });

  it('does not take link lines for quotes', () => {
    for (const got of both('Mer information.\n\n- [Läs hela rapporten om skolan](https://example.se/rapport)')) expect(got).toEqual([]);
  });
});

describe('invariants on random text (fast-check)', () => {
  it('offsets and parts stay consistent', async () => {
    const fc = await import('fast-check');
    const pieces = ['– ', '- ', '—', '”', '"', '»', '«', ', säger ', 'hon', 'han', 'Anna Ek', 'Bo Lind', 'ministern', '.', '?', '\n', '\n\n', ':', 'Det säger ', 'vi ', 'är ', 'glada ', 'enligt ', 'polisen', 'Hartman', ' och ', 'som jobbar på ', 'Skolverket', '# ', '.–', '\uD800'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (arr) => {
        const text = arr.join('');
        for (const q of findQuotes(buildContext(text), [])) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.parts.length).toBeGreaterThan(0);
          for (let i = 1; i < q.parts.length; i++) expect(q.parts[i]!.start).toBeGreaterThanOrEqual(q.parts[i - 1]!.end);
          // The parts joined by a space, or by the punctuation the attribution took from between them (`A, säger hon. B` → `A. B`).
          const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          expect(q.text).toMatch(new RegExp(`^${q.parts.map((p) => esc(text.slice(p.start, p.end))).join('[.!?,;]? ')}$`, 'u'));
          expect(['dash', 'marks', 'headline']).toContain(q.kind);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('press-release lists', () => {
  it('skips a bullet list in separate paragraphs and keeps the minister quote after it', () => {
    const text =
      '# Nya pengar till vården\n\nRegeringen satsar 500 miljoner kronor. Pengarna ska gå till följande:\n\n' +
      '- Fler vårdplatser på sjukhusen i hela landet.\n\n- Kortare väntetider för cancerpatienter.\n\n- Bättre stöd till personalen.\n\n' +
      '– Vi tar nu ett viktigt steg för patienterna, säger sjukvårdsminister Karin Ek.\n\n– Det här är bara början.';
    check(text, [
      { text: 'Vi tar nu ett viktigt steg för patienterna', speaker: 'Karin Ek', role: 'sjukvårdsminister' },
      { text: 'Det här är bara början.', speaker: 'Karin Ek' },
    ]);
  });
});

describe('more shapes', () => {
  it('prefers the subject of the last sentence for säger hon', () => {
    check('Socialminister Anna Ek kritiserar förslaget från Maria Berg.\n\n– Det håller inte, säger hon.', [{ text: 'Det håller inte', speaker: 'Anna Ek' }]);
  });

  it('reads a headline with a title before the name', () => {
    check('Statsminister Eva Ström: Vi ska bygga fler skolor\n\nRegeringen presenterade i dag ett förslag.', [
      { text: 'Vi ska bygga fler skolor', kind: 'headline', speaker: 'Eva Ström', role: 'statsminister' },
    ]);
  });

  it('splits at a colon glued to a dash and reads the intro', () => {
    check('Bengt Ek säger:– Vi har gjort allt vi kan.', [{ text: 'Vi har gjort allt vi kan.', speaker: 'Bengt Ek', cue: 'säger' }]);
  });

  it('gives a quotation over two lines one part per line', () => {
    check('Bolaget kommenterar.\n"Vi är mycket nöjda med kvartalet.\nNu satsar vi vidare på export", säger Rut Ek.', [
      { text: 'Vi är mycket nöjda med kvartalet. Nu satsar vi vidare på export', kind: 'marks', speaker: 'Rut Ek', parts: 2 },
    ]);
  });
});

describe('whole articles in three house styles', () => {
  it('one sentence per line, hyphen quotes, party tags and a quotation at the end', () => {
    const text =
      'Hamnen byggs ut\n\nHamnen ska fördubbla sin kapacitet.\n' +
      '- Vi har länge sett att efterfrågan ökar.\nNu måste vi bygga för framtiden, säger hamnchefen Lars-Göran Nilsson.\n' +
      'Han tillägger att arbetet börjar i höst.\n' +
      '- Det här kommer att öka trafiken genom stan, och det har ingen räknat på, säger Ingrid Svensson (mp).\n' +
      'Kommunstyrelsens ordförande Per Hedlund (s) menar att oron är överdriven.\n' +
      '- Trafiken ska gå på järnväg i första hand.\nVi har redan avtal med Banverket om ett nytt spår.\nEnligt Banverket är spåret klart 2007.\n' +
      '"Vi följer planen och ser inga hinder i dag", skriver Banverkets presschef Eva Holm i ett mejl.';
    check(text, [
      { text: 'Vi har länge sett att efterfrågan ökar. Nu måste vi bygga för framtiden', speaker: 'Lars-Göran Nilsson', role: 'hamnchefen', parts: 2 },
      { text: 'Det här kommer att öka trafiken genom stan, och det har ingen räknat på', speaker: 'Ingrid Svensson' },
      { text: 'Trafiken ska gå på järnväg i första hand. Vi har redan avtal med Banverket om ett nytt spår.', speaker: 'Per Hedlund', cue: null },
      { text: 'Vi följer planen och ser inga hinder i dag', kind: 'marks', speaker: 'Eva Holm', cue: 'skriver' },
    ]);
  });

  it('easy-Swedish news with lost line breaks', () => {
    const text =
      'Ny lekplats\n\n Lyssna  I byn finns nu en ny lekplats.Lekplatsen har gungor för rullstolar.– Det är jättekul att alla kan leka tillsammans, säger Amira Hussein.' +
      'Hon har en son som sitter i rullstol.Hennes granne Sara Nilsson tycker också om lekplatsen.– Mina barn vill vara här hela dagarna, säger hon.' +
      'Kommunen har betalat lekplatsen.– Vi vill att alla barn ska kunna leka ute.Det säger Johan Berg som jobbar på kommunen.8 SIDOR/TTDela på Facebook';
    check(text, [
      { text: 'Det är jättekul att alla kan leka tillsammans', speaker: 'Amira Hussein' },
      { text: 'Mina barn vill vara här hela dagarna', speaker: 'Sara Nilsson' },
      { text: 'Vi vill att alla barn ska kunna leka ute.', speaker: 'Johan Berg', role: 'jobbar på kommunen' },
    ]);
  });

  it('press release with a bullet list, a report title and säger ministern', () => {
    const text =
      '# Mer pengar till idrotten\n\nRegeringen ger 100 miljoner kronor till idrotten. Pengarna ska gå till:\n\n' +
      '- föreningar i utsatta områden\n- barn och ungas idrottande\n- arbete mot doping\n\n' +
      '– Idrotten bygger gemenskap och ger unga en meningsfull fritid, säger idrottsminister Jakob Forsberg.\n\n' +
      'Förbundet välkomnar beskedet.\n\n– Vi har efterfrågat mer resurser länge, säger förbundets ordförande Karin Mattsson.\n\n' +
      '– Alla barn ska kunna idrotta, oavsett var de bor, säger ministern.\n\n' +
      'Läs mer i rapporten ”Idrott för alla – en ny strategi för svensk idrott”.';
    check(text, [
      { text: 'Idrotten bygger gemenskap och ger unga en meningsfull fritid', speaker: 'Jakob Forsberg', role: 'idrottsminister' },
      { text: 'Vi har efterfrågat mer resurser länge', speaker: 'Karin Mattsson', role: 'förbundets ordförande' },
      { text: 'Alla barn ska kunna idrotta, oavsett var de bor', speaker: 'Jakob Forsberg' },
    ]);
  });
});

describe('smaller cases', () => {
  it('cuts säger de and gives it to the group named before (see generalise.test.ts)', () => {
    check('Grannarna är oroliga.\n\n– Ingen har frågat oss något alls, säger de.', [{ text: 'Ingen har frågat oss något alls', speaker: 'grannarna', named: false }]);
  });

  it('reads a role in a som-clause after a comma', () => {
    check('– Vi öppnar igen i maj, säger Lena Ek, som är chef för badhuset.', [{ text: 'Vi öppnar igen i maj', speaker: 'Lena Ek', role: 'chef för badhuset' }]);
  });

  it('attributes a quotation followed by Det säger X.', () => {
    check('”Vi kommer att öppna fler butiker under våren.” Det säger Nora Berg på företaget.', [
      { text: 'Vi kommer att öppna fler butiker under våren.', kind: 'marks', speaker: 'Nora Berg' },
    ]);
  });

  it('strips quotation marks from a headline statement', () => {
    check('Anna Ek: ”Vi måste agera nu”\n\nHon är orolig.', [{ text: 'Vi måste agera nu', kind: 'headline', speaker: 'Anna Ek' }]);
  });

  it('does not take a parenthetical dash at the start of a wrapped line for a quote', () => {
    for (const got of both('Förslaget om nya hyresregler\n– som lades fram i går av utredaren –\nfår hård kritik från flera håll.')) expect(got).toEqual([]);
  });
});

describe('markup around dashes', () => {
  it('reads a dash quote in Markdown emphasis', () => {
    check('Rubrik här\n\n**– Vi är stolta över laget, säger tränaren Olle Berg.**', [{ text: 'Vi är stolta över laget', speaker: 'Olle Berg', role: 'tränaren' }]);
  });

  it('skips a Markdown list of full sentences in hyphen bullets', () => {
    for (const got of both('Nyheter i lagen\n\n- Vi inför ett nytt bidrag för unga.\n- Vi höjer taket i a-kassan.\n- Vi sänker skatten för pensionärer.'))
      expect(got).toEqual([]);
  });
});

describe('who takes the floor', () => {
  it('does not give an unattributed dash line to a person named as an object', () => {
    check('– Jag växte upp på en gård, säger Stina Holm.\n\nHon berättar gärna om sin mormor Elsa Vik.\n\n– Hon lärde mig allt om djur.', [
      { text: 'Jag växte upp på en gård', speaker: 'Stina Holm' },
      { text: 'Hon lärde mig allt om djur.', speaker: 'Stina Holm' },
    ]);
  });
});

describe('after the attribution', () => {
  it('does not take narration after the attribution in the same paragraph as a second part', () => {
    check('– Vi är glada för beslutet, säger Anna Ek. Enligt henne har arbetet tagit tre år.', [{ text: 'Vi är glada för beslutet', parts: 1 }]);
    check('– Vi är glada för beslutet, säger Anna Ek. Anna Ek har lett arbetet sedan 2019.', [{ text: 'Vi är glada för beslutet', parts: 1 }]);
  });
});

describe('enligt inside a quote', () => {
  it('keeps a parenthetical enligt inside the quote and takes the real attribution', () => {
    check('– Skatten höjs, enligt förslaget, med två procent. Det är rimligt, säger Lars Berg.', [
      { text: 'Skatten höjs, enligt förslaget, med två procent. Det är rimligt', speaker: 'Lars Berg', cue: 'säger' },
    ]);
  });
});

describe('unnamed sources with more words', () => {
  it('reads en av grannarna and den 45-årige mannen', () => {
    check('Branden började i natt.\n\n– Vi vaknade av röken, säger en av grannarna.\n\n– Jag sprang ut direkt, säger den 45-årige mannen.', [
      { text: 'Vi vaknade av röken', speaker: 'en av grannarna', named: false },
      { text: 'Jag sprang ut direkt', speaker: 'den 45-årige mannen', named: false },
    ]);
  });
});

describe('intro lines before quotations', () => {
  it('takes the speaker of a quotation paragraph from the colon line before', () => {
    check('Olyckan utreds nu. I ett pressmeddelande skriver kommunen:\n\n”Vi beklagar det inträffade och ser över alla våra rutiner.”', [
      { text: 'Vi beklagar det inträffade och ser över alla våra rutiner.', kind: 'marks', speaker: 'kommunen', named: false, cue: 'skriver' },
    ]);
  });
});
