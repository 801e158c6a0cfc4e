import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../types';
import { buildContext } from '../../context';
import { docInfo } from '../features';
import { lookupGazetteer } from '../gazetteer';
import { modelSentences, modelSpans } from '../model-spans';
import type { EntityWork, Span0 } from '../work';
import { RULES, runRules, type EntityRule } from './index';

/**
 * Runs one rule alone on a text: on the given mentions (`text|TYPE`, the first occurrence of each),
 * or on the model's mentions when none are given. Returns the mentions after the rule as `text|TYPE`.
 */
function alone(id: string, text: string, given?: readonly string[], ungated = false): { before: string[]; after: string[] } {
  const ctx = buildContext(text, { tag: false });
  const sents = modelSentences(ctx);
  const doc = docInfo(sents.map((s) => s.input));
  const m = modelSpans(sents, doc, ctx.tokens.length, lookupGazetteer, ctx.lexicon);
  const spans: Span0[] = given
    ? given.map((g) => {
        const [mention, type] = g.split('|') as [string, EntityType];
        const at = text.indexOf(mention);
        const a = ctx.tokens.findIndex((t) => t.start >= at);
        let b = a;
        while (b < ctx.tokens.length && ctx.tokens[b]!.end <= at + mention.length) b++;
        return { a, b, start: at, end: at + mention.length, type, words: ctx.tokens.slice(a, b).map((t) => t.text), initial: !!m.initialTok[a] };
      })
    : m.spans;
  const n = ctx.tokens.length + 1;
  const show = (sp: Span0): string => `${text.slice(sp.start, sp.end)}|${sp.type}`;
  const before = spans.map(show);
  const w: EntityWork = {
    text, tokens: ctx.tokens, initialTok: m.initialTok, doc, user: new Map(), lookup: lookupGazetteer, spans, lexicon: ctx.lexicon,
    blocked: new Uint8Array(n), modelTaken: new Uint8Array(n), taken: new Uint8Array(n), perFrom: new Uint8Array(n), perTo: new Uint8Array(n), single: new Map(),
  };
  const rules = RULES.filter((r) => r.id === id);
  runRules(w, ungated ? rules.map(withoutGates) : rules);
  return { before, after: w.spans.filter((sp) => sp.b > sp.a).map((sp) => `${show(sp)}|${sp.rule ?? ''}`) };
}

/** A rule without its fact gates (`at`, `before`, `after`, `unless`) and a list rule without its trigger gate (`triggers`): the runner calls it everywhere. */
function withoutGates(r: EntityRule): EntityRule {
  const open = { ...r, at: 0, before: 0, after: 0, unless: 0 };
  if (open.kind === 'spans') delete open.triggers;
  return open;
}

interface FireRow {
  /** The text. */
  text: string;
  /** The mentions before the rule (`text|TYPE`); the model's when left out. */
  given?: string[];
  /** A mention the rule makes (`text|TYPE`), or `-text|TYPE` for one it removes. */
  want: string;
}

interface SilentRow {
  /** The text. */
  text: string;
  /** The mentions before the rule; the model's when left out. */
  given?: string[];
}

const TABLE: Record<string, { fire: FireRow[]; silent: SilentRow[] }> = {
  'foreign-place-run': {
    fire: [
      { text: 'Han klättrade upp på Mount Elgon förra året.', given: ['Mount Elgon förra året|ORG'], want: 'Mount Elgon|LOC' },
      { text: 'Turisterna samlades i Forest Hill Park i går.', given: ['Forest|PER', 'Park|LOC'], want: 'Forest Hill Park|LOC' },
      { text: 'Hon har bott nära Punta del Diablo sedan 2010.', given: [], want: 'Punta del Diablo|LOC' },
      { text: 'Vi körde vidare till Fort Worth på natten.', given: ['Worth|PER'], want: 'Fort Worth|LOC' },
      { text: 'De firade segern på Plaza de la Revolución i natt.', given: ['Plaza|PER'], want: 'Plaza de la Revolución|LOC' },
    ],
    silent: [
      { text: 'Hon träffade Anna Park i går.', given: ['Anna Park|PER'] },
      { text: 'Han nämnde Mount i förbigående.', given: [] },
      { text: 'Sedan kom Lake. Han var trött.', given: [] },
      { text: 'Han sa att Ulf Park Berg skulle komma.', given: ['Ulf Park Berg|PER'] },
    ],
  },
  'english-connector-join': {
    fire: [
      { text: 'Räntan bestäms av Bank of England i London.', given: ['Bank|ORG', 'England|LOC'], want: 'Bank of England|ORG' },
      { text: 'Hon har arbetat för Council of Europe sedan 2010.', given: ['Europe|LOC'], want: 'Council of Europe|ORG' },
    ],
    silent: [
      { text: 'Anna och Per åkte till Göteborg i går.' },
      { text: 'Han kom från Lund och Malmö.', given: ['Lund|LOC', 'Malmö|LOC'] },
    ],
  },
  'english-head-cut': {
    fire: [{ text: 'Han talade på World Economic Forum i Davos förra veckan.', given: ['World Economic Forum i Davos|ORG'], want: 'World Economic Forum|ORG' }],
    silent: [
      { text: 'Hon talade på Forum för levande historia i går.', given: ['Forum|ORG'] },
      { text: 'Han bor i Malmö.' },
    ],
  },
  'english-head-extend': {
    fire: [{ text: 'Pengarna går via ARF Recovery Facility till länderna.', given: ['ARF|ORG'], want: 'ARF Recovery Facility|ORG' }],
    silent: [
      { text: 'Pengarna går till Sida och UD.', given: ['Sida|ORG', 'UD|ORG'] },
      { text: 'Anna Lindroth leder arbetet.', given: ['Anna Lindroth|PER'] },
    ],
  },
  'person-particle-forward': {
    fire: [{ text: 'Mötet leddes av Ursula von der Leyen i Bryssel.', given: ['Ursula|PER'], want: 'Ursula von der Leyen|PER' }],
    silent: [
      { text: 'Anna Lindroth kom hem.', given: ['Anna Lindroth|PER'] },
      { text: 'Sedan kom Anna de Berg.', given: ['Berg|LOC'] },
    ],
  },
  'person-join': {
    fire: [{ text: 'Han träffade Bashar al-Assad i Damaskus.', given: ['Bashar|PER', 'al-Assad|PER'], want: 'Bashar al-Assad|PER' }],
    silent: [
      { text: 'Han träffade Anna, Per och Olle.', given: ['Anna|PER', 'Per|PER', 'Olle|PER'] },
      { text: 'Han träffade Anna Lindroth Sverige runt.', given: ['Anna Lindroth|PER', 'Sverige|LOC'] },
    ],
  },
  'media-subbrand': {
    fire: [{ text: 'Det rapporterade SVT Nyheter Öst på tisdagen.', given: ['SVT|ORG'], want: 'SVT Nyheter Öst|ORG' }],
    silent: [
      { text: 'Det rapporterade SVT på tisdagen.', given: ['SVT|ORG'] },
      { text: 'Hon ringde till DN och Anna svarade.', given: ['DN|ORG', 'Anna|PER'] },
      { text: 'Det sade SVT Anna Lindroth.', given: ['SVT|ORG'] },
    ],
  },
  'surname-particle-before': {
    fire: [{ text: 'Filmen spelades in av van Gogh i Arles.', given: ['Gogh|PER'], want: 'van Gogh|PER' }],
    silent: [
      { text: 'Filmen spelades in av Gogh i Arles.', given: ['Gogh|PER'] },
      { text: 'Han reste från Sverige.', given: ['Sverige|LOC'] },
    ],
  },
  'closed-class-word': {
    fire: [{ text: 'Det är kallt i dag.', given: ['Det|ORG'], want: '-Det|ORG' }],
    silent: [{ text: 'Anna Lindroth kom hem till Uppsala.', given: ['Anna Lindroth|PER', 'Uppsala|LOC'] }],
  },
  'acronym-not-person': {
    fire: [{ text: 'Forskarna tror att AI kan hjälpa.', given: ['AI|PER'], want: '-AI|PER' }],
    silent: [
      { text: 'Forskarna tror att AI kan hjälpa.', given: ['AI|ORG'] },
      { text: 'Sedan talade Ola om saken.', given: ['Ola|PER'] },
    ],
  },
  'sentence-initial-common-word': {
    fire: [{ text: 'Polisen kom snabbt. Sedan åkte polisen hem.', given: ['Polisen|ORG'], want: '-Polisen|ORG' }],
    silent: [
      { text: 'Volvo bygger bilar i Torslanda.', given: ['Volvo|ORG'] },
      { text: 'Anders kom hem sent.', given: ['Anders|PER'] },
    ],
  },
  'place-genitive-org': {
    fire: [{ text: 'Hon arbetar på Stockholms Stadsmission sedan i våras.', given: ['Stockholms Stadsmission|LOC'], want: 'Stockholms Stadsmission|ORG' }],
    silent: [
      { text: 'Hon reste till Stockholm i våras.', given: ['Stockholm|LOC'] },
      { text: 'Han bor i New York.', given: ['New York|LOC'] },
    ],
  },
  'last-word-type': {
    fire: [
      { text: 'Aktien köptes av Macquarie Securities i fjol.', given: ['Macquarie Securities|PER'], want: 'Macquarie Securities|ORG' },
      { text: 'Han bodde vid Wall Street länge.', given: ['Wall Street|ORG'], want: 'Wall Street|LOC' },
    ],
    silent: [
      { text: 'Aktien köptes av Anna Bank i fjol.', given: ['Anna Bank|PER'] },
      { text: 'Han flyttade till Göteborg.', given: ['Göteborg|LOC'] },
    ],
  },
  'english-org-person': {
    fire: [
      { text: 'Pengarna går till Anna Lindh Foundation i år.', given: ['Anna Lindh Foundation|PER'], want: 'Anna Lindh Foundation|ORG' },
      { text: 'Stödet kom från The Global Fund i år.', given: ['The Global Fund|PER'], want: 'The Global Fund|ORG' },
    ],
    silent: [
      { text: 'Han träffade Anna Bank i fjol.', given: ['Anna Bank|PER'] },
      { text: 'Hon läste JK Rowling i fjol.', given: ['JK Rowling|PER'] },
    ],
  },
  'org-ending-place': {
    fire: [{ text: 'Det säger Skogsindustrierna i dag.', given: ['Skogsindustrierna|LOC'], want: 'Skogsindustrierna|ORG' }],
    silent: [
      { text: 'Hon bor i Östersjöområdet numera.', given: ['Östersjöområdet|LOC'] },
      { text: 'Han bor i Kiruna.', given: ['Kiruna|LOC'] },
    ],
  },
  'title-first-name': {
    fire: [{ text: 'Det sade kronprinsessan Victoria i talet.', given: ['Victoria|LOC'], want: 'Victoria|PER' }],
    silent: [
      { text: 'Han reste till Victoria i maj.', given: ['Victoria|LOC'] },
      { text: 'Det sade statsministern i Sverige.', given: ['Sverige|LOC'] },
    ],
  },
  'place-org-head': {
    fire: [
      { text: 'Beslutet togs av Kiruna stift i maj.', given: ['Kiruna|LOC'], want: 'Kiruna stift|ORG' },
      { text: 'Målet avgörs i Ystads tingsrätt nästa vecka.', given: ['Ystads|LOC'], want: 'Ystads tingsrätt|ORG' },
      { text: 'Målet hamnade till slut i Göta hovrätt i går.', given: ['Göta|PER'], want: 'Göta hovrätt|ORG' },
      { text: 'Det framgår av Göta hovrätts dom.', given: ['Göta|PER'], want: 'Göta hovrätts|ORG' },
      { text: 'Barnen går på Vallby skola sedan i höstas.', given: ['Vallby|LOC'], want: 'Vallby skola|ORG' },
      { text: 'Hon undervisar på Tanums gymnasieskola.', given: ['Tanums|LOC'], want: 'Tanums gymnasieskola|ORG' },
    ],
    silent: [
      { text: 'Han bor i Falun sedan länge.', given: ['Falun|LOC'] },
      { text: 'Anna Lindroth kommun ej.', given: ['Anna Lindroth|PER'] },
      { text: 'Sedan Erik stad lämnat var det tyst.', given: ['Erik|PER'] },
      { text: 'Hon sa till Anna skolan var stängd.', given: ['Anna|PER'] },
    ],
  },
  'institution-adjective-head': {
    fire: [
      { text: 'Hon forskar vid Luleå tekniska universitet i Norrbotten.', given: ['Luleå|LOC', 'Norrbotten|LOC'], want: 'Luleå tekniska universitet|ORG' },
      { text: 'Han fick priset av Göteborgs kungliga sällskap i fjol.', given: ['Göteborgs|LOC'], want: 'Göteborgs kungliga sällskap|ORG' },
    ],
    silent: [
      { text: 'Stockholms nya sjukhus blev dyrt.', given: ['Stockholms|LOC'] },
      { text: 'Norrlands tekniska utveckling går snabbt.', given: ['Norrlands|LOC'] },
      { text: 'Anna Bergs tekniska universitet var påhittat.', given: ['Anna Bergs|PER'] },
    ],
  },
  'institution-adjective-head-missed': {
    fire: [{ text: 'Målet är att stärka Dalarnas tekniska gymnasium.', given: [], want: 'Dalarnas tekniska gymnasium|ORG' }],
    silent: [
      { text: 'Målet är att stärka Dalarnas tekniska utveckling.', given: [] },
      { text: 'Målet är att stärka Dalarna som region.', given: [] },
    ],
  },
  county: {
    fire: [{ text: 'Flest fall finns i Värmlands län just nu.', given: ['Värmlands|LOC'], want: 'Värmlands län|LOC' }],
    silent: [
      { text: 'Flest fall finns i Stockholm just nu.', given: ['Stockholm|LOC'] },
      { text: 'Ola län ut boken.', given: ['Ola|PER'] },
    ],
  },
  'company-form': {
    fire: [
      { text: 'Avtalet skrevs med Lindex Sverige AB i fjol.', given: ['Lindex|ORG', 'Sverige|LOC'], want: 'Lindex Sverige AB|ORG' },
      { text: 'Hon köpte aktier i Volvo AB i fjol.', given: ['Volvo|LOC'], want: 'Volvo AB|ORG' },
    ],
    silent: [
      { text: 'Avtalet skrevs i Sverige i fjol.', given: ['Sverige|LOC'] },
      { text: 'Hon bor i Falu kommun AB-huset.', given: ['Falu kommun|ORG'] },
    ],
  },
  'org-phrase-tail': {
    fire: [{ text: 'Hon opererades på Karolinska sjukhuset i Solna.', given: ['Karolinska|LOC'], want: 'Karolinska sjukhuset|ORG' }],
    silent: [
      { text: 'Hon opererades i Solna.', given: ['Solna|LOC'] },
      { text: 'Hon såg Sveriges största banken.', given: ['Sveriges|LOC'] },
    ],
  },
  'company-category-noun': {
    fire: [
      { text: 'Enligt bryggerikoncernen Kopparbergs växer exporten.', given: ['Kopparbergs|LOC'], want: 'Kopparbergs|ORG' },
      { text: 'Hon startade mjukvaruföretaget Nordic Data Labs i fjol.', given: ['Nordic|ORG'], want: 'Nordic Data Labs|ORG' },
    ],
    silent: [
      { text: 'Enligt bolaget Anna Lindroth grundade går det bra.', given: ['Anna Lindroth|PER'] },
      { text: 'Hon reste till Kopparberg i går.', given: ['Kopparberg|LOC'] },
    ],
  },
  'agency-phrase': {
    fire: [{ text: 'Ärendet granskas av Inspektionen för vård och omsorg nu.', given: ['Inspektionen|ORG'], want: 'Inspektionen för vård och omsorg|ORG' }],
    silent: [
      { text: 'Ärendet granskas av Skatteverket för att det är viktigt.', given: ['Skatteverket|ORG'] },
      { text: 'Han röstade på Anna för att hon var bäst.', given: ['Anna|PER'] },
    ],
  },
  'region-prefix': {
    fire: [{ text: 'Vården sköts av Region Gävleborg sedan länge.', given: ['Gävleborg|LOC'], want: 'Region Gävleborg|ORG' }],
    silent: [
      { text: 'Vården i Gävleborg är bra.', given: ['Gävleborg|LOC'] },
      { text: 'Det sade Region Anna Lindroth.', given: ['Anna Lindroth|PER'] },
    ],
  },
  'acronym-compound': {
    fire: [
      { text: 'Det menar LO-ekonomen i en rapport.', given: ['LO-ekonomen|PER'], want: 'LO|ORG' },
      { text: 'Förslaget kommer från EU-kommissionen i dag.', given: ['EU-kommissionen|LOC'], want: 'EU-kommissionen|ORG' },
    ],
    silent: [
      { text: 'Han är medlem i LO sedan länge.', given: ['LO|ORG'] },
      { text: 'Hon heter Anna-Karin.', given: ['Anna-Karin|PER'] },
    ],
  },
  'party-abbreviation': {
    fire: [{ text: 'Det sade Lena Holmqvist (KD) i riksdagen.', given: ['Lena Holmqvist|PER'], want: 'KD|ORG' }],
    silent: [
      { text: 'Lagen (2010:800) gäller.', given: [] },
      { text: 'Se bilaga (B) nedan.', given: [] },
    ],
  },
  'national-name-head': {
    fire: [
      { text: 'Hon blev medlem i Svensk körförening förra året.', given: [], want: 'Svensk körförening|ORG' },
      { text: 'Priset delas ut av Svenska läkaresällskapet varje vår.', given: [], want: 'Svenska läkaresällskapet|ORG' },
    ],
    silent: [
      { text: 'Svenska föreningar får mer pengar i år.', given: [] },
      { text: 'Hon talar Svenska och engelska.', given: [] },
      { text: 'Han gillar Svensk musik från förr.', given: [] },
    ],
  },
  'other-name-in-parentheses': {
    fire: [
      { text: 'Han jobbade på reklambyrån Ordlek (numera Brandlab) i tio år.', given: ['Ordlek|ORG'], want: 'Brandlab|ORG' },
      { text: 'Hon föddes i Zaire (numera Kongo) år 1970.', given: ['Zaire|LOC'], want: 'Kongo|LOC' },
    ],
    silent: [
      { text: 'Han jobbade på Ordlek (numera som chef) i tio år.', given: ['Ordlek|ORG'] },
      { text: 'Det sade Anna Lindroth (tidigare Ek) i går.', given: ['Anna Lindroth|PER'] },
      { text: 'Han jobbade (numera Brandlab) i tio år.', given: [] },
    ],
  },
  'company-category-noun-missed': {
    fire: [
      { text: 'Enligt klädkedjan Lindex ökade försäljningen.', given: [], want: 'Lindex|ORG' },
      { text: 'Någon tände eld på restaurang Fisken i natt.', given: [], want: 'Fisken|ORG' },
      { text: 'Hon sjunger i bandet Blå Tåget sedan 2019.', given: [], want: 'Blå Tåget|ORG' },
      { text: 'Bolaget säljer hus under varumärket Norrhus i dag.', given: [], want: 'Norrhus|ORG' },
    ],
    silent: [
      { text: 'Enligt klädkedjan ökade försäljningen.', given: [] },
      { text: 'Hon åt på en restaurang. Fisken var god.', given: [] },
      { text: 'Bolaget vårdar sina varumärken. Anna Lindroth leder arbetet.', given: ['Anna Lindroth|PER'] },
      { text: 'I bolaget Anna grundade gick det bra.', given: [] },
    ],
  },
  'agency-phrase-missed': {
    fire: [{ text: 'Ärendet granskas av Nämnden för hemslöjd i år.', given: [], want: 'Nämnden för hemslöjd|ORG' }],
    silent: [
      { text: 'Myndigheten har fattat ett beslut.', given: [] },
      { text: 'Han röstade för förslaget.', given: [] },
    ],
  },
  'org-phrase-missed': {
    fire: [{ text: 'Pengarna gick till Allmänna barnhuset och till skolan.', given: [], want: 'Allmänna barnhuset|ORG' }],
    silent: [
      { text: 'Pengarna gick till skolan.', given: [] },
      { text: 'Han såg Anna förbundet.', given: [] },
    ],
  },
  'reporting-source': {
    fire: [
      { text: 'Det är en bra dag, sade Zelenskyj i ett tal.', given: [], want: 'Zelenskyj|PER' },
      { text: 'Det blir regn, enligt Tyskhoff.', given: [], want: 'Tyskhoff|PER' },
    ],
    silent: [
      { text: 'Det går bra, säger HR-chef Eva Jansson.', given: ['Eva Jansson|PER'] },
      { text: 'Det är en bra dag, sade hon i ett tal.', given: [] },
      { text: 'Det var bra, sade Och.', given: [] },
    ],
  },
  'org-compound': {
    fire: [
      { text: 'Larmet gick till Älvstadspolisen vid midnatt.', given: [], want: 'Älvstadspolisen|ORG' },
      { text: 'Han gjorde värnplikten vid Norrlandsregementet i Boden.', given: [], want: 'Norrlandsregementet|ORG' },
    ],
    silent: [
      { text: 'Larmet gick till polisen vid midnatt.', given: [] },
      { text: 'Han gjorde värnplikten vid regementet i Boden.', given: [] },
      { text: 'Sedan kom Arbetsgruppen. Det var arbetsgruppen som bestämde.', given: [] },
    ],
  },
  'surname-particle-missed': {
    fire: [{ text: 'Huset ritades av af Trolle på 1700-talet.', given: [], want: 'af Trolle|PER' }],
    silent: [
      { text: 'Huset ritades av arkitekten på 1700-talet.', given: [] },
      { text: 'Han kom från Tyskland.', given: [] },
    ],
  },
  'title-before-name': {
    fire: [
      { text: 'Beskedet kom från förbundskanslern Scholz i går.', given: [], want: 'Scholz|PER' },
      { text: 'Landet öppnades under kejsar Mutsuhito för handel.', given: [], want: 'Mutsuhito|PER' },
      { text: 'Flottan leddes av amiralen Tōgō vid slaget.', given: [], want: 'Tōgō|PER' },
    ],
    silent: [
      { text: 'Beskedet kom från förbundskanslern i går.', given: [] },
      { text: 'Han ville bli kejsare i Rom.', given: [] },
      { text: 'Beskedet kom från ministern Anna Lindroth.', given: [] },
    ],
  },
  'coordinated-person': {
    fire: [{ text: 'Mötet mellan Anna Lindh och Kohlmayr blev långt.', given: ['Anna Lindh|PER'], want: 'Kohlmayr|PER' }],
    silent: [
      { text: 'Mötet mellan Anna Lindh och Sverige blev långt.', given: ['Anna Lindh|PER'] },
      { text: 'Mötet mellan Mora och Kohlmayr blev långt.', given: ['Mora|LOC'] },
    ],
  },
  'first-name-surname': {
    fire: [{ text: 'Boken skrevs av Maria Kvarnhed i fjol.', given: [], want: 'Maria Kvarnhed|PER' }],
    silent: [
      { text: 'Boken skrevs av Maria i fjol.', given: [] },
      { text: 'Boken skrevs av Maria Sverige runt.', given: [] },
    ],
  },
  'repeated-mention': {
    fire: [{ text: 'Det sade Rabin i går. Sedan kom Rabins fru hem.', given: ['Rabin|PER'], want: 'Rabins|PER' }],
    silent: [
      { text: 'Det sade Rabin i går. Sedan kom Olle hem.', given: ['Rabin|PER'] },
      { text: 'Det sade Anna Lindroth i går.', given: ['Anna Lindroth|PER'] },
    ],
  },
  'acronym-compound-missed': {
    fire: [{ text: 'Det menar LO-ekonomen i en rapport.', given: [], want: 'LO|ORG' }],
    silent: [
      { text: 'Det menar ekonomen i en rapport.', given: [] },
      { text: 'Hon heter Anna-Karin.', given: [] },
    ],
  },
  'glued-acronym': {
    fire: [{ text: 'Texten kommer från TTDela artikeln.', given: [], want: 'TT|ORG' }],
    silent: [
      { text: 'Texten kommer från TT i dag.', given: [] },
      { text: 'Han heter ABBAson.', given: [] },
    ],
  },
  'body-abbreviation': {
    fire: [
      { text: 'Hon leder tullens särskilda utredningsenhet (Sue) sedan i fjol.', given: ['Sue|PER'], want: 'Sue|ORG' },
      { text: 'Beslutet kom från spionmyndigheten (Tora) i går.', given: ['Tora|LOC'], want: 'Tora|ORG' },
    ],
    silent: [
      { text: 'Hon bor i en liten by (Ås) nära Umeå.', given: ['Ås|LOC'] },
      { text: 'Det sa ordföranden (Anna) i går.', given: ['Anna|PER'] },
      { text: 'Han kom till avdelningen Sue i går.', given: ['Sue|PER'] },
    ],
  },
  'body-abbreviation-missed': {
    fire: [{ text: 'Uppgifterna kommer från samordningsenheten (Samo) i Malmö.', given: [], want: 'Samo|ORG' }],
    silent: [
      { text: 'Uppgifterna kommer från enheten i Malmö (Samo).', given: [] },
      { text: 'Hon bor i en liten by (Ås) nära Umeå.', given: [] },
    ],
  },
  'unknown-acronym-org': {
    fire: [
      { text: 'Enligt spionmyndigheten DGSE var hotet verkligt.', given: [], want: 'DGSE|ORG' },
      { text: 'Hon gick med i RFHL redan som tonåring.', given: [], want: 'RFHL|ORG' },
      { text: 'Räntan är ytterst SNB:s sak.', given: [], want: 'SNB:s|ORG' },
      { text: 'RFHL bildades för länge sedan.', given: [], want: 'RFHL|ORG' },
      { text: 'Hon gav en intervju till KBS News i går.', given: [], want: 'KBS News|ORG' },
    ],
    silent: [
      { text: 'Priserna steg enligt KPI förra året.', given: [] },
      { text: 'Provet visade spår av DNA från två personer.', given: [] },
      { text: 'Matchen sändes på TV i går kväll.', given: [] },
      { text: 'Han skrev DET HÄR ÄR INTE OK på skylten.', given: [] },
      { text: 'Det hände när Karl XII dog.', given: [] },
      { text: 'INTERVJUN BÖRJAR NU och sedan kommer frågorna.', given: [] },
      { text: 'Intervjun börjar. SVAR: Nej, det tror jag inte.', given: [] },
      { text: 'Hon har ADHD och tar medicin.', given: [] },
    ],
  },
  'genitive-owner-split': {
    fire: [{ text: 'Nu växer Elon Musks Spacex snabbt.', given: ['Elon Musks Spacex|PER'], want: 'Spacex|ORG' }],
    silent: [
      { text: 'Det sade Louise Lindfors Bergman i går.', given: ['Louise Lindfors Bergman|PER'] },
      { text: 'Det sade Anna Maria Berg i går.', given: ['Anna Maria Berg|PER'] },
    ],
  },
  'world-place-type': {
    fire: [
      { text: 'De flyttade till Ontario förra året.', given: ['Ontario|PER'], want: 'Ontario|LOC' },
      { text: 'Hon flyttade till Southampton i fjol.', given: ['Southampton|ORG'], want: 'Southampton|LOC' },
    ],
    silent: [
      { text: 'Southampton vann med 2–1 i går.', given: ['Southampton|ORG'] },
      { text: 'Det sade Trudeau förra året.', given: ['Trudeau|PER'] },
      { text: 'Det sade Brad Denver förra året.', given: ['Brad Denver|PER'] },
    ],
  },
  'street-name': {
    fire: [{ text: 'Butiken ligger på Kungsgatan mitt i stan.', given: ['Kungsgatan|ORG'], want: 'Kungsgatan|LOC' }],
    silent: [
      { text: 'Det sade Vägverket i går.', given: ['Vägverket|ORG'] },
      { text: 'Butiken ligger på Kungsgatan 4.', given: ['Kungsgatan|LOC'] },
    ],
  },
  'street-name-missed': {
    fire: [{ text: 'Han bor på Safirvägen sedan i våras.', given: [], want: 'Safirvägen|LOC' }],
    silent: [
      { text: 'Genvägen var längre än vi trodde.', given: [] },
      { text: 'Vi tog vägen förbi skolan.', given: [] },
    ],
  },
  'sports-club-word': {
    fire: [{ text: 'Till slut vann Forsby Hockey hemma.', given: ['Forsby|ORG'], want: 'Forsby Hockey|ORG' }],
    silent: [
      { text: 'Till slut vann Forsby hemma.', given: ['Forsby|ORG'] },
      { text: 'Anna Lindroth FF-spelare kom.', given: ['Anna Lindroth|PER'] },
    ],
  },
  'venue-name': {
    fire: [
      { text: 'Konserten hålls i Tele2 Arena i kväll.', given: ['Tele2|ORG'], want: 'Tele2 Arena|LOC' },
      { text: 'Matchen spelades i Baltiska hallen i Malmö.', given: ['Baltiska hallen|ORG'], want: 'Baltiska hallen|LOC' },
    ],
    silent: [
      { text: 'Konserten hålls i Globen i kväll.', given: ['Globen|LOC'] },
      { text: 'Det sade Anna Park i går.', given: ['Anna|PER'] },
    ],
  },
  'sports-club-place': {
    fire: [
      { text: 'Kungsbacka vann med 3–1 på hemmaplan.', given: ['Kungsbacka|LOC'], want: 'Kungsbacka|ORG' },
      { text: 'Laget mötte Nässjö och vann med 2–0.', given: ['Nässjö|LOC'], want: 'Nässjö|ORG' },
    ],
    silent: [
      { text: 'Kungsbacka vann priset som årets stad.', given: ['Kungsbacka|LOC'] },
      { text: 'Sverige vann med 3–1 mot Norge.', given: ['Sverige|LOC'] },
    ],
  },
  'sports-league': {
    fire: [
      { text: 'Laget är tvåa i Premier League just nu.', given: [], want: 'Premier League|ORG' },
      { text: 'Hon spelar i Damallsvenskan sedan i fjol.', given: [], want: 'Damallsvenskan|ORG' },
    ],
    silent: [
      { text: 'Han bor i Premier i Frankrike.', given: [] },
      { text: 'Laget vann serien i fjol.', given: [] },
    ],
  },
  'sports-club-missed': {
    fire: [{ text: 'I går besegrade Brighton laget med 2–1.', given: [], want: 'Brighton|ORG' }],
    silent: [
      { text: 'I går besökte Brighton laget.', given: [] },
      { text: 'Urbaniseringen ledde till att 2–1 blev vanligt.', given: [] },
    ],
  },
  'world-name-missed': {
    fire: [
      { text: 'I går besökte Trudeau staden.', given: [], want: 'Trudeau|PER' },
      { text: 'Hon flyttade till Ontario i fjol.', given: [], want: 'Ontario|LOC' },
      { text: 'Han studerade i Baton Rouge i två år.', given: [], want: 'Baton Rouge|LOC' },
    ],
    silent: [
      { text: 'Mötet hölls i January i fjol.', given: [] },
      { text: 'Han bor i Hall sedan länge.', given: [] },
    ],
  },
  'byline-name': {
    fire: [
      { text: 'Nya regler för skolan\nAv Johan Ek\nRegeringen vill satsa mer på skolan.', given: ['Johan|PER'], want: 'Johan Ek|PER' },
      { text: 'Nya regler för skolan\nRegeringen vill satsa mer.\nFoto: Anna Lindroth/TT', given: ['Anna Lindroth|LOC'], want: 'Anna Lindroth|PER' },
    ],
    silent: [
      { text: 'Regeringen vill satsa mer på skolan, säger Johan Ek.', given: ['Johan Ek|PER'] },
      { text: 'Nya regler\nAv allt att döma blir det bra.', given: [] },
    ],
  },
  'english-honorific': {
    fire: [{ text: 'Det sade Mrs Hobbs till tidningen.', given: ['Mrs Hobbs|ORG'], want: 'Hobbs|PER' }],
    silent: [
      { text: 'Det sade Anna Hobbs till tidningen.', given: ['Anna Hobbs|PER'] },
      { text: 'Det sade Mrs till tidningen.', given: ['Mrs|PER'] },
    ],
  },
  'place-compound': {
    fire: [
      { text: 'Bränderna sprider sig i Lyon-regionen nu.', given: ['Lyon-regionen|ORG'], want: 'Lyon-regionen|LOC' },
      { text: 'Det regnar i Winnipegområdet i dag.', given: ['Winnipegområdet|ORG'], want: 'Winnipegområdet|LOC' },
    ],
    silent: [
      { text: 'Beslutet togs av Skogsstyrelsen i dag.', given: ['Skogsstyrelsen|ORG'] },
      { text: 'Det regnar i Madrid i dag.', given: ['Madrid|LOC'] },
    ],
  },
  'place-compound-missed': {
    fire: [{ text: 'De bor längs Mississippifloden sedan länge.', given: [], want: 'Mississippifloden|LOC' }],
    silent: [
      { text: 'De bor längs floden sedan länge.', given: [] },
      { text: 'Skogsregionen är stor. Den skogsregionen är vacker.', given: [] },
    ],
  },
  'national-name-span': {
    fire: [{ text: 'Det beslutade Svensk Orientering i går.', given: ['Svensk Orientering|PER'], want: 'Svensk Orientering|ORG' }],
    silent: [
      { text: 'Det beslutade Svenska Anna i går.', given: ['Svenska Anna|PER'] },
      { text: 'Det beslutade Sveriges regering i går.', given: ['Sveriges|LOC'] },
    ],
  },
  'national-name-org': {
    fire: [{ text: 'Det beslutade Svenskt Friluftsliv i går.', given: [], want: 'Svenskt Friluftsliv|ORG' }],
    silent: [
      { text: 'Det beslutade svensk polis i går.', given: [] },
      { text: 'Det sade Svenska Anna i går.', given: [] },
    ],
  },
  'org-och-join': {
    fire: [{ text: 'Enligt Sveriges Hamnar och Arkiv går det bra.', given: ['Sveriges Hamnar|ORG', 'Arkiv|ORG'], want: 'Sveriges Hamnar och Arkiv|ORG' }],
    silent: [
      { text: 'Både Volvo Cars och Saab gick bra.', given: ['Volvo Cars|ORG', 'Saab|ORG'] },
      { text: 'Enligt Sveriges Hamnar och regionerna går det bra.', given: ['Sveriges Hamnar|ORG'] },
    ],
  },
  'hyphen-och-org': {
    fire: [{ text: 'Här finns Kultur- och fritidsförvaltningen i dag.', given: [], want: 'Kultur- och fritidsförvaltningen|ORG' }],
    silent: [
      { text: 'Här finns kultur- och fritidsförvaltningen i dag.', given: [] },
      { text: 'Här finns Kultur- och fritidsfrågor i dag.', given: [] },
    ],
  },
  'sports-club-word-missed': {
    fire: [
      { text: 'Till slut vann Forsby Hockey hemma.', given: [], want: 'Forsby Hockey|ORG' },
      { text: 'I kväll möter de Röda Stjärnan Dam i finalen.', given: [], want: 'Röda Stjärnan Dam|ORG' },
    ],
    silent: [
      { text: 'Till slut vann Forsby hemma.', given: [] },
      { text: 'I kväll möter de Anna Lindroth i finalen.', given: ['Anna Lindroth|PER'] },
      { text: 'Han spelar Hockey på fritiden.', given: [] },
    ],
  },
  'place-phrase-tail': {
    fire: [{ text: 'Fartyget korsade Karibiska havet i går.', given: ['Karibiska|ORG'], want: 'Karibiska havet|LOC' }],
    silent: [
      { text: 'Fartyget korsade havet i går.', given: [] },
      { text: 'Det sade Anna havet runt.', given: ['Anna|PER'] },
    ],
  },
  'place-phrase-missed': {
    fire: [
      { text: 'De seglade över Persiska viken i fjol.', given: [], want: 'Persiska viken|LOC' },
      { text: 'Bengaliska viken var lugn den dagen.', given: [], want: 'Bengaliska viken|LOC' },
      { text: 'Det blev ”Kanarieöarnas hav” på kartorna.', given: [], want: 'Kanarieöarnas hav|LOC' },
    ],
    silent: [
      { text: 'De seglade över viken i fjol.', given: [] },
      { text: 'Stora sjön låg stilla.', given: [] },
      { text: 'Vi simmade i Sjön. Sedan vilade vi vid sjön.', given: [] },
    ],
  },
  'photo-credit-inline': {
    fire: [
      { text: 'Bilden är tagen i maj. Foto: Bildbyrån', given: ['Bildbyrån|LOC'], want: 'Bildbyrån|ORG' },
      { text: 'Skolan i höstas. | Arkivfoto: Bildkällan', given: ['Arkivfoto|PER', 'Bildkällan|PER'], want: '-Arkivfoto|PER' },
      { text: 'Kajen blir längre. Pressbild: Hamnbolaget', given: ['Hamnbolaget|LOC'], want: 'Hamnbolaget|ORG' },
      { text: 'Skärmbild: Sveriges Radio', given: ['Sveriges Radio|LOC'], want: 'Sveriges Radio|ORG' },
    ],
    silent: [
      { text: 'Bilden är tagen i Falun.', given: ['Falun|LOC'] },
      { text: 'Hon tog ett foto i Falun.', given: ['Falun|LOC'] },
      // (-bild compounds that are no labels: the labels are 01b's, the lexicon's photoLabels)
      { text: 'Hennes förebild: Falun', given: ['Falun|LOC'] },
      { text: 'Hon visade en fotobild: Falun syntes.', given: ['Falun|LOC'] },
    ],
  },
  'photo-credit-inline-missed': {
    fire: [
      { text: 'Bilden är tagen i maj. Foto: Bildbyrån', given: [], want: 'Bildbyrån|ORG' },
      { text: 'Kajen blir längre. Pressfoto: Hamnbolaget', given: [], want: 'Hamnbolaget|ORG' },
    ],
    silent: [
      { text: 'Bilden är tagen i maj. Foto: okänd', given: [] },
      { text: 'Hon tog bilden: Bildbyrån var stängd.', given: [] },
      { text: 'Hennes förebild: Astrid Lindgren', given: [] },
      { text: 'Partiets världsbild: Bildbyrån', given: [] },
    ],
  },
  'unlisted-place-person': {
    fire: [
      { text: 'Hon pratade med Zelenskyj i går.', given: ['Zelenskyj|LOC'], want: 'Zelenskyj|PER' },
      { text: 'Kampanjen leds av Osborne i år.', given: ['Osborne|LOC'], want: 'Osborne|PER' },
    ],
    silent: [
      { text: 'Hon reste med tåget till Falun.', given: ['Falun|LOC'] },
      { text: 'Hon pratade med Ontario i går.', given: ['Ontario|LOC'] },
    ],
  },
  'work-title': {
    fire: [
      { text: 'Hon spelade i filmen Sommar i Jemen förra året.', given: ['Jemen|LOC'], want: '-Jemen|LOC' },
      { text: 'Hans nya album Blue Horizon sålde bra.', given: ['Blue Horizon|PER'], want: '-Blue Horizon|PER' },
      { text: 'Vi såg musikalen The Dreamer på Scalateatern.', given: ['The Dreamer|ORG'], want: '-The Dreamer|ORG' },
      { text: 'Hon skrev debutromanen ”Anna Karlsson” som tjugoåring.', given: ['Anna Karlsson|PER'], want: '-Anna Karlsson|PER' },
      { text: 'I dokumentärfilmen Stora Sjöfallet syns han knappt.', given: ['Stora Sjöfallet|LOC'], want: '-Stora Sjöfallet|LOC' },
    ],
    silent: [
      { text: 'I filmen spelar Brad Pitt huvudrollen.', given: ['Brad Pitt|PER'] },
      { text: 'Han läste boken i Stockholm.', given: ['Stockholm|LOC'] },
      { text: 'Hon gillade boken. Anna Lindroth skrev den.', given: ['Anna Lindroth|PER'] },
      { text: 'Han bar en bok till Anna Lindroth.', given: ['Anna Lindroth|PER'] },
      { text: 'Serien Allsvenskan startar i april.', given: ['Allsvenskan|ORG'] },
      { text: 'Boken Pixars The Lanterns kostar mycket.', given: ['Pixars The Lanterns Kostar|ORG'] },
    ],
  },
  'world-exonym-missed': {
    fire: [
      { text: 'Byarna längs Nilen översvämmades i våras.', given: [], want: 'Nilen|LOC' },
      { text: 'Båten seglade vidare ut på Karibiska havet mot Kuba.', given: [], want: 'Karibiska havet|LOC' },
      { text: 'Hon vandrade i Anderna hela sommaren.', given: [], want: 'Anderna|LOC' },
      { text: 'Torkan i Sahelens länder förvärras.', given: [], want: 'Sahelens|LOC' },
    ],
    silent: [
      { text: 'Byarna längs floden översvämmades i våras.', given: [] },
      { text: 'Hon heter Ural Berg och bor i Lund.', given: ['Ural Berg|PER'] },
      { text: 'Hon seglade på Karibiska havet.', given: ['Karibiska havet|LOC'] },
    ],
  },
  'world-exonym-type': {
    fire: [
      { text: 'Tsaren ville frigöra Bosporen för sina fartyg.', given: ['Bosporen|ORG'], want: 'Bosporen|LOC' },
      { text: 'Sanden från Sahara når ibland Europa.', given: ['Sahara|PER'], want: 'Sahara|LOC' },
    ],
    silent: [
      { text: 'Tsaren ville frigöra Bosporen för sina fartyg.', given: ['Bosporen|LOC'] },
      { text: 'Hon pratade med Sahara Berg i går.', given: ['Sahara Berg|PER'] },
      { text: 'Han flyttade till Venedigs Konsthall i våras.', given: ['Venedigs Konsthall|ORG'] },
    ],
  },
  'trailing-adverb-cut': {
    fire: [
      { text: 'Vad kan Handelsplan Norrby ytterligare göra?', given: ['Handelsplan Norrby ytterligare|ORG'], want: 'Handelsplan Norrby|ORG' },
      { text: 'I dag har Nordfisk Invest redan sålt allt.', given: ['Nordfisk Invest redan|ORG'], want: 'Nordfisk Invest|ORG' },
    ],
    silent: [
      { text: 'Båten gled ut på Göta älv i går.', given: ['Göta älv|LOC'] },
      { text: 'Hon läser på Lunds universitet nu.', given: ['Lunds universitet|ORG'] },
      { text: 'Hur kan Norrby ytterligare bidra?', given: ['Norrby|ORG'] },
    ],
  },
  'title-of-place': {
    fire: [
      { text: 'Boken handlar om grevinnan av Rothesay och hennes söner.', given: ['Rothesay|PER'], want: 'Rothesay|LOC' },
      { text: 'I går avgick borgmästaren av Saint-Brieuc efter protester.', given: ['Saint-Brieuc|ORG'], want: 'Saint-Brieuc|LOC' },
    ],
    silent: [
      { text: 'Boken skrevs av Anna Lindroth i fjol.', given: ['Anna Lindroth|PER'] },
      { text: 'Han blev sedan hertig av Anna Lindroth utsedd.', given: ['Anna Lindroth|PER'] },
      { text: 'Hon kallades grevinnan av Rothesay.', given: ['Rothesay|LOC'] },
    ],
  },
  'unknown-subject': {
    fire: [
      { text: 'Kowalczyk vann loppet i fjol. I år tog Kowalczyk silver.', given: [], want: 'Kowalczyk|PER' },
      { text: 'Sedan flydde han. Brzęczek skrev boken i exil, och Brzęczek blev känd.', given: [], want: 'Brzęczek|PER' },
      { text: 'I fjol mötte Wojtasik tränaren. Wojtasiks lag vann.', given: [], want: 'Wojtasik|PER' },
    ],
    silent: [
      { text: 'Kowalczyk vann loppet i fjol.', given: [] },
      { text: 'I fjol besökte vi Tarvola. Det var varmt.', given: [] },
      { text: 'Rånmisstänkt greps i natt. Rånmisstänkt släpptes sedan.', given: [] },
      { text: 'Vårdtillägget sänktes. Vårdtillägget var litet.', given: [] },
      { text: 'Tarvola kan växa. Tarvola ska bli stort.', given: [] },
      { text: 'Älgens bölande hördes. Älgens bölande skrämde oss.', given: [] },
    ],
  },
  'place-category-noun-missed': {
    fire: [
      { text: 'Hon växte upp i staden Hollisford i South Dakota.', given: [], want: 'Hollisford|LOC' },
      { text: 'Gränsen gick vid floden Arvanos i öster.', given: [], want: 'Arvanos|LOC' },
      { text: 'De flyttade till hamnstaden Port Kembla i fjol.', given: [], want: 'Port Kembla|LOC' },
    ],
    silent: [
      { text: 'Hon växte upp i staden. Anna Lindroth bodde där.', given: [] },
      { text: 'Han tog en bild på ön Anna tyckte om.', given: [] },
      { text: 'Det handlar om miljön Göran byggde.', given: [] },
    ],
  },
  'place-category-noun': {
    fire: [
      { text: 'Gränsen gick vid floden Arvanos i öster.', given: ['Arvanos|PER'], want: 'Arvanos|LOC' },
      { text: 'Hon bor i distriktet Montclaire nu.', given: ['Montclaire|ORG'], want: 'Montclaire|LOC' },
    ],
    silent: [
      { text: 'Hon bor i staden Lund nu.', given: ['Lund|LOC'] },
      { text: 'I staden Anna Lindroth styr finns ett torg.', given: ['Anna Lindroth|PER'] },
      { text: 'Det handlar om miljön Volvo skapade.', given: ['Volvo|ORG'] },
    ],
  },
  'regnal-number': {
    fire: [
      { text: 'I sin hast begick Sobekhotep IV ett stort misstag.', given: ['Sobekhotep|PER'], want: 'Sobekhotep IV|PER' },
      { text: 'Sedan kröntes Olav XIV i domkyrkan.', given: ['Olav|PER'], want: 'Olav XIV|PER' },
    ],
    silent: [
      { text: 'Det sade Anna Lindroth (V) i går.', given: ['Anna Lindroth|PER'] },
      { text: 'Sedan kom Sobekhotep. II var inte med.', given: ['Sobekhotep|PER'] },
      { text: 'Staden Rom XII var stor.', given: ['Rom|LOC'] },
    ],
  },
  'picture-source-credit': {
    fire: [
      { text: 'Kommunen bygger en ny skola.\nBild av Anna Ek från Bildkällan', given: ['Bildkällan|LOC'], want: 'Bildkällan|ORG' },
      { text: 'Vägen stängs i maj.\nFoto från Mediabanken', given: ['Mediabanken|PER'], want: 'Mediabanken|ORG' },
    ],
    silent: [
      { text: 'Hon kom hem från Bildkällan i går.', given: ['Bildkällan|LOC'] },
      { text: 'Vägen stängs i maj.\nBild av en bil från Kiruna', given: ['Kiruna|LOC'] },
      { text: 'Bild av Anna Ek från Bildkällan och en lång text om något helt annat som pågår här i dag', given: ['Bildkällan|LOC'] },
    ],
  },
  'club-slash-join': {
    fire: [
      { text: 'Laget kryssade mot Kvarnby/Lund, 2-2 blev det.', given: ['Kvarnby|ORG', 'Lund|LOC'], want: 'Kvarnby/Lund|ORG' },
    ],
    silent: [
      { text: 'Tåget går sträckan Stockholm/Göteborg varje timme.', given: ['Stockholm|LOC', 'Göteborg|LOC'] },
      { text: 'Volvo/Göteborg ökade vinsten med 20 procent.', given: ['Volvo|ORG', 'Göteborg|LOC'] },
      { text: 'Laget kryssade mot Kvarnby / Lund, 2-2 blev det.', given: ['Kvarnby|ORG', 'Lund|LOC'] },
    ],
  },
  'party-in-parentheses': {
    fire: [{ text: 'Det sade Anna Lindroth (M) i riksdagen.', given: ['Anna Lindroth|PER', 'M|PER'], want: 'M|ORG' }],
    silent: [
      { text: 'Det sade Anna Lindroth i riksdagen.', given: ['Anna Lindroth|PER'] },
      { text: 'Det var (Anna) som gällde.', given: ['Anna|PER'] },
    ],
  },
};

/** `text|TYPE|rule` → `text|TYPE`. */
function noRule(m: string): string {
  return m.slice(0, m.lastIndexOf('|'));
}

describe('entity rules table', () => {
  it('has a table for every rule and a rule for every table', () => {
    expect(Object.keys(TABLE).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
  it('every rule has a kebab-case id and a one-line doc with an example', () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(r.doc).toMatch(/`[^`]+`/);
      expect(r.doc).not.toContain('\n');
    }
  });
  for (const [id, { fire, silent }] of Object.entries(TABLE)) {
    describe(id, () => {
      it.each(fire)('fires: $text → $want', ({ text, given, want }) => {
        const { before, after: ruled } = alone(id, text, given);
        const after = ruled.map(noRule);
        if (want.startsWith('-')) {
          expect(before).toContain(want.slice(1));
          expect(after).not.toContain(want.slice(1));
        } else {
          expect(before).not.toContain(want);
          expect(after).toContain(want);
        }
      });
      it.each(silent)('does not fire: $text', ({ text, given }) => {
        const { before, after } = alone(id, text, given);
        expect(after.map(noRule)).toEqual(before);
      });
      it('its fact gates only say no: the same mentions and rule ids with the gates off, on every row', () => {
        for (const { text, given } of [...fire, ...silent]) expect(alone(id, text, given).after).toEqual(alone(id, text, given, true).after);
      });
    });
  }
});

describe('entity.rule and rules.disable', () => {
  it('names the rule that made or last changed a mention', async () => {
    const { tagEntities } = await import('../index');
    const on = tagEntities('Beslutet togs av Kiruna stift i maj.');
    expect(on.map((e) => `${e.text}|${e.type}|${e.rule}`)).toEqual(['Kiruna stift|ORG|place-org-head']);
    const off = tagEntities('Beslutet togs av Kiruna stift i maj.', { rules: { disable: ['place-org-head'] } });
    expect(off.map((e) => `${e.text}|${e.type}|${e.rule}`)).toEqual(['Kiruna|LOC|model']);
  });
});

describe('entity rules read the lexicon of the context', () => {
  it('a reporting verb added to the lexicon names the source after it, and the lexicon gazetteer wins', async () => {
    const { findEntities } = await import('../index');
    const { defaultLexicon, extendLexicon } = await import('../../../data/sv/lexicon');
    const text = 'Det blir bra, kvittrade Kråkvik.';
    const plain = findEntities(buildContext(text, { tag: false }));
    expect(plain.map((e) => e.text)).not.toContain('Kråkvik');
    const lexicon = extendLexicon(defaultLexicon(), { reportingVerbs: { add: ['kvittrade'] } });
    const ext = findEntities(buildContext(text, { tag: false }, 'test', { lexicon }));
    expect(ext.map((e) => `${e.text}|${e.type}|${e.rule}`)).toContain('Kråkvik|PER|reporting-source');
    const gz = extendLexicon(lexicon, { gazetteer: { Kråkvik: 'ORG' } });
    expect(findEntities(buildContext(text, { tag: false }, 'test', { lexicon: gz })).map((e) => `${e.text}|${e.type}`)).toContain('Kråkvik|ORG');
  });
});

describe('rule ids accepted by the public options', () => {
  it('are exactly the ids of the entity RULES table, in order', async () => {
    const { ruleIdsOf } = await import('../../../api/rule-ids');
    expect(ruleIdsOf('entities')).toEqual(RULES.map((r) => r.id));
  });
});

describe('bylines are metadata, not people of the article', () => {
  it('groups a byline-only person as metadata', async () => {
    const { groupEntities, tagEntities } = await import('../index');
    const groups = groupEntities(tagEntities('Nya regler för skolan\nAv Johan Ek\nRegeringen vill satsa mer på skolan, säger Lena Holm.'));
    expect(groups.map((g) => `${g.name}|${g.type}|${g.metadata ?? false}`)).toEqual(expect.arrayContaining(['Johan Ek|PER|true', 'Lena Holm|PER|false']));
  });
});
