import { describe, expect, it } from 'vitest';
import { keywordsOf, shapedBy } from './table-test';

describe('lemma-phrase', () => {
  it.each([
    ['Offentlig sektor behöver reformer. Den offentliga sektorn växer.', 'offentlig sektor'],
    ['Tillitsbaserad styrning prövas. Tillitsbaserad styrning kräver mod.', 'tillitsbaserad styrning'],
  ])('modifiers before a head noun: %s', (text, phrase) => {
    expect(shapedBy(text, phrase, 'lemma-phrase')).toBe(true);
  });
  it.each([['Sektorn är offentlig. Sektorn växer snabbt.', 'sektor offentlig']])('never a head before its modifier: %s', (text, phrase) => {
    expect(keywordsOf(text).some((k) => k.text === phrase)).toBe(false);
  });
});

describe('linked-phrase', () => {
  it.each([
    ['Han åtalas för medhjälp till mord. Medhjälp till mord ger långt straff.', 'medhjälp till mord'],
    ['Utredningen gäller fel och fusk. Fel och fusk kostar miljoner.', 'fel och fusk'],
    ['Regeringen ökar stödet till Ukraina. Stöd till Ukraina är viktigt för Europa.', 'stöd till Ukraina'],
  ])('two nouns joined by a preposition or och: %s', (text, phrase) => {
    expect(shapedBy(text, phrase, 'linked-phrase')).toBe(true);
  });
  it.each([['Han åtalas för medhjälp, till mord räknas inte det. Medhjälp är allvarligt.', 'medhjälp till mord']])('not across punctuation: %s', (text, phrase) => {
    expect(keywordsOf(text).some((k) => k.text === phrase)).toBe(false);
  });
  it.each([
    ['Kommunen anmälde incidenter till Myndigheten för samhällsskydd och beredskap. Incidenter till Myndigheten för samhällsskydd och beredskap ökar.', 'Myndigheten'],
    ['Forskare från Kungliga Tekniska högskolan deltog. Stöd till Kungliga Tekniska högskolan ökar. Stöd till Kungliga Tekniska högskolan behövs.', 'Kungliga'],
  ])('never cuts a name that goes on after the noun: %s', (text, word) => {
    expect(keywordsOf(text).some((k) => k.rules.includes('linked-phrase') && k.text.endsWith(word))).toBe(false);
  });
});

describe('genitive-phrase', () => {
  const texts = (text: string, disable: string[] = []) => keywordsOf(text, disable).map((k) => k.text);
  it.each([
    ['Utställningen visar kvinnans roll i forntiden. Museet vill lyfta fram kvinnans roll.', 'kvinnans roll'],
    ['Kommunfullmäktiges presidium delar ut priset. Presidiet utsåg en vinnare bland de nominerade.', 'kommunfullmäktiges presidium'],
  ])('a noun in the genitive and the noun it owns: %s', (text, phrase) => {
    expect(texts(text)).toContain(phrase);
    expect(texts(text, ['genitive-phrase'])).not.toContain(phrase);
  });
  it.each([
    ['Sveriges regering lägger fram årets budget. Regeringen vill sänka skatten i årets budget.', 'årets budget'],
    ['Hon berättar om hennes roll i föreningen. Rollen som ordförande är ny för henne.', 'hennes roll'],
  ])('no phrase after a weak word or a pronoun: %s', (text, phrase) => {
    expect(texts(text)).not.toContain(phrase);
  });
});

describe('linked-phrase: the complement as written', () => {
  const texts = (text: string) => keywordsOf(text).map((k) => k.text);
  it.each([
    ['Regeringen satsar på nyproduktion av bostäder. Nyproduktion av bostäder ska öka i hela landet.', 'nyproduktion av bostäder'],
    ['Våld mot kvinnor ökar i länet. Kommunen vill stoppa våld mot kvinnor.', 'våld mot kvinnor'],
  ])('an indefinite plural after the link stays plural: %s', (text, phrase) => {
    expect(texts(text)).toContain(phrase);
  });
  it.each([['Medhjälp till mord är allvarligt. Han döms för medhjälp till mordet.', 'medhjälp till mord']])(
    'a singular or definite complement stands as its lemma: %s',
    (text, phrase) => {
      expect(texts(text)).toContain(phrase);
    },
  );
});

describe('attempted-crime', () => {
  const texts = (text: string, disable: string[] = []) => keywordsOf(text, disable).map((k) => k.text);
  it.each([
    ['Mannen döms för försök till grov stöld. Försök till grov stöld ger långt straff enligt hovrätten.', 'försök till grov stöld'],
    ['Två män åtalas för förberedelse till grovt rån mot en butik. Åklagaren menar att förberedelse till grovt rån är bevisad.', 'förberedelse till grovt rån'],
    ['Kvinnan frias från medhjälp till grovt bedrägeri. Tingsrätten ansåg inte att medhjälp till grovt bedrägeri var styrkt.', 'medhjälp till grovt bedrägeri'],
  ])('a form of a crime with the crime and its degree: %s', (text, phrase) => {
    expect(texts(text)).toContain(phrase);
    expect(texts(text, ['attempted-crime'])).not.toContain(phrase);
  });
  it.each([
    ['Laget gjorde ett försök till snabb kontring. Försök till snabb kontring gav inget mål.', 'försök till snabb kontring'],
    ['Han döms för försök till mord. Försök till mord ger fängelse.', 'försök till mord'],
    ['Hon fick hjälp till nya kläder. Hjälp till nya kläder kom från kyrkan.', 'hjälp till ny kläder'],
    ['Mannen döms för försök, till grov misshandel räknas det inte. Försöket misslyckades.', 'försök till grov misshandel'],
  ])('not for other nouns, a plain crime (linked-phrase) or across punctuation: %s', (text, phrase) => {
    expect(keywordsOf(text).some((k) => k.text === phrase && k.rules.includes('attempted-crime'))).toBe(false);
  });
});

describe('shared-compound', () => {
  const texts = (text: string, disable: string[] = []) => keywordsOf(text, disable).map((k) => k.text);
  it.each([
    ['Beslutet fattas i kultur- och fritidsnämnden i dag. Senare i vår ska kultur- och fritidsnämnden satsa på bibliotek.', 'kultur- och fritidsnämnd'],
    ['Köerna till barn- och ungdomspsykiatrin är långa. Regionen ger barn- och ungdomspsykiatrin mer pengar.', 'barn- och ungdomspsykiatri'],
    ['Beslutet fattas av kultur-och fritidsnämnden. I maj sammanträder kultur-och fritidsnämnden igen.', 'kultur- och fritidsnämnd'],
    ['Frågan gäller skol- eller fritidsverksamhet i byn. Föräldrarna vill ha mer skol- eller fritidsverksamhet.', 'skol- eller fritidsverksamhet'],
  ])('a shared compound with its first part and conjunction: %s', (text, phrase) => {
    expect(texts(text)).toContain(phrase);
    expect(texts(text, ['shared-compound'])).not.toContain(phrase);
  });
  it.each([
    ['Hon röstade för kultur-, fritids- och idrottsnämnden. Nämnden beslutade om idrottshallen.', 'fritids- och idrottsnämnd'],
    ['Ministern tog upp EU- och Natofrågor på mötet. Sedan kom EU- och Natofrågor upp igen.', 'eu- och natofråga'],
    ['Hon skrev om kultur- och sedan om sport. Sporten fick mest plats i tidningen.', 'kultur- och sport'],
    ['Vi pratade om kultur och fritidsnämnden. Nämnden beslutar om kultur och fritid.', 'kultur- och fritidsnämnd'],
  ])('not in a series, on a name, with words between, or without a hyphen: %s', (text, phrase) => {
    expect(texts(text).map((t) => t.toLowerCase())).not.toContain(phrase);
    expect(keywordsOf(text).some((k) => k.rules.includes('shared-compound'))).toBe(false);
  });
});
