/**
 * One Swedish lexicon: every word list of `src/data/sv/*` as a typed field of one object, so that
 * pipeline steps read their lists from `ctx.lexicon` and a caller can extend them
 * ({@link extendLexicon}, `createSwedish({ lexicon })`) without touching global state.
 *
 * The lists themselves stay where they are (each file says its source and licence); this module
 * only gathers them. List fields keep the order of their source, so a regular expression built with
 * `list.join('|')` is the same as before. The object is built once, lazily, on the first call of
 * {@link defaultLexicon} (the gazetteers and first names are large), and is deeply frozen.
 *
 * Source: the files named at each field. Licence: as those files (MIT for the hand-written lists;
 * the generated gazetteers and first names are CC0 / free to use, see `gazetteer-data.ts`).
 *
 * @module
 */
import type { EntityType } from '../../types';
import { BYLINE_LABELS, DATE_LABELS, MONTHS, NAV_SECTIONS, PHOTO_LABELS } from './article-metadata';
import {
  ADJECTIVE_COMPOUND_ENDINGS,
  AGENCY_HEADS,
  COMPANY_AFTER_NOUNS,
  COMPANY_CATEGORY_COMPOUND_ONLY,
  COMPANY_CATEGORY_HEADS,
  COMPANY_FORMS,
  CURATED_LOC,
  CURATED_ORG,
  ENGLISH_LOC_HEADS,
  ENGLISH_ORG_HEADS,
  FOREIGN_CONNECTORS,
  FOREIGN_CONNECTORS_WEAK,
  FORWARD_NAME_PARTICLES,
  LEGAL_FORMS,
  LOC_LAST_WORDS,
  MEDIA_PARENTS,
  NAME_PARTICLES,
  NEVER_ENTITY,
  NON_NAME_CAPITALISED,
  ORG_LAST_WORDS,
  ORG_PHRASE_HEADS,
  ORG_PHRASE_HEADS_INDEF,
  ORG_SUFFIXES,
  ORG_SUFFIXES_RULE,
  PHRASE_STOP_VERBS,
  PLACE_ASSOCIATION_HEADS,
  PLACE_ORG_HEADS,
  NAMED_INSTITUTION_HEADS,
  INSTITUTION_ADJECTIVES,
  NON_NAME_ACRONYMS,
  BODY_WORDS,
  FOREIGN_PLACE_STARTS,
  FOREIGN_PLACE_PARTICLES,
  FOREIGN_PLACE_ENDS,
  PERSON_BEFORE_WORDS,
  SPORTS_LEAGUES,
  TITLES,
} from './entity-lexicon';
import { AMBIGUOUS_FIRST_NAMES, FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './first-names';
import { FOREIGN_ARTICLES, HONORIFICS, UNIT_ABBREVIATIONS } from './name-function-words';
import { GAZETTEER_LOC, GAZETTEER_ORG, NATIONALITY_WORDS, PARTY_ABBREVIATIONS } from './gazetteer-data';
import { COMMON_WORD_STEMS } from './common-words';
import {
  AGE_WORD_ENDINGS,
  CRIME_FORM_NOUNS,
  DAY_PARTS,
  FUNCTION_WORDS,
  IMPLICIT_TOPICS,
  LINK_WORDS,
  MUNICIPALITY_NOUNS,
  NEVER_NAME_POS,
  SHARED_COMPOUND_CONJUNCTIONS,
  WEAK_FORM_DETERMINERS,
  WEAK_WORDS,
  WEEKDAY_STEMS,
} from './keyword-stoplist';
import { ATTRIBUTION_SENTENCE_OPENERS, REPORTING_VERBS } from './reporting-verbs';
import { DEFINITE_N_AFTER_I, EUM_NOUNS, STRONG_VERB_PASTS } from './lemma-corrections';
import {
  FIRST_PERSON,
  GROUP_SPEAKER_WORDS,
  LABEL_WORDS,
  NOT_SPEAKER_START,
  NP_STOP_WORDS,
  PAIR_NOUNS,
  PLURAL_DEFINITE_ENDINGS,
  ROLE_NOUN_ENDINGS,
  SECOND_PERSON,
  SKIPPED_ADVERBS,
  SPEAKER_PRONOUNS,
  TITLE_NOUN_SUFFIXES,
  ASK_VERBS,
  ROLE_VERBS,
  SPEAKER_QUANTIFIERS,
  RESUME_CONJUNCTIONS,
  RESUME_SUBJECTS,
  SPEAKER_NAME_PARTICLES,
  ROLE_SHAPED_ENDINGS,
  NATIONALITY_NOUNS,
  INTERVIEW_CUES,
  INTERVIEW_LINK_WORDS,
  INTERVIEW_VERBS,
  INTERVIEW_OBJECT_VERBS,
  NAME_TAIL_PLACE_ENDINGS,
  QUOTING_VERBS,
} from './speaker-nouns';
import { STOPWORDS_SV } from './stopwords';

/** A word list of the lexicon, in the order of its source. */
export type WordList = readonly string[];

/**
 * Every Swedish word list the pipeline uses. Word lists are lower case unless the field says
 * otherwise (names, gazetteer entries and English heads are written as they are capitalised).
 */
export interface Lexicon {
  // --- 04-annotate -------------------------------------------------------------------------
  /** Stopwords: the `stopword` flag on tokens (`och`, `att`, `som`). Source: `stopwords.ts`. */
  readonly stopwords: WordList;

  // --- 01b-document: article metadata --------------------------------------------------------
  /** Labels that start an author line (`Text`, `Av`, `Reporter`). Capitalised. Source: `article-metadata.ts`. */
  readonly bylineLabels: WordList;
  /**
   * Labels of a photo credit (`Foto`, `Bild`, `Arkivfoto`): a line that starts with one and a colon
   * is a credit (01b-document), and so is the rest of a line after one and a colon (marked by
   * 01b-document for 07-keywords; read by 05-entities). Capitalised; matched case-insensitively. Source: `article-metadata.ts` `PHOTO_LABELS`.
   */
  readonly photoLabels: WordList;
  /**
   * Labels of date lines (`Publicerad`, `Senast ändrad`): a line that starts with one and holds a
   * date is metadata, and a line whose first words hold a one-word label capitalised is furniture
   * for the keyword step (both marked by 01b-document). Capitalised. Source: `article-metadata.ts` `DATE_LABELS`.
   */
  readonly dateLabels: WordList;
  /** Site section names of navigation lines (`Nyheter`, `Sport`). Capitalised. Source: `article-metadata.ts`. */
  readonly navSections: WordList;
  /** Month names and abbreviations, Swedish and English (`mars`, `okt`, `may`). Source: `article-metadata.ts`. */
  readonly months: WordList;

  // --- 05-entities --------------------------------------------------------------------------
  /** Titles and role words before a name (`statsminister`, `vd`, `professor`). Source: `entity-lexicon.ts` `TITLES`. */
  readonly titles: WordList;
  /** Particles inside a person name (`von`, `af`, `de`): read backwards from the surname. Source: `entity-lexicon.ts` `NAME_PARTICLES`. */
  readonly nameParticles: WordList;
  /** Particles that continue a person name forwards (`Ludwig van Beethoven`). Source: `entity-lexicon.ts` `FORWARD_NAME_PARTICLES`. */
  readonly forwardNameParticles: WordList;
  /** Capitalised words that are never a name (`Foto`, `Enligt`, `Årets`). Lower case. Source: `entity-lexicon.ts`. */
  readonly nonNameCapitalised: WordList;
  /** Words that are never an entity by themselves (pronouns, determiners). Source: `entity-lexicon.ts` `NEVER_ENTITY`. */
  readonly neverEntity: WordList;
  /** Endings that make a capitalised compound an organisation (`-departementet`, `-polisen`). Source: `entity-lexicon.ts` `ORG_SUFFIXES`. */
  readonly orgSuffixes: WordList;
  /** Organisation endings used by the suffix rule (`-klubben`, `-teatern`). Source: `entity-lexicon.ts` `ORG_SUFFIXES_RULE`. */
  readonly orgSuffixesRule: WordList;
  /** Company forms after a name (`AB`, `Oyj`, `Group`). As written. Source: `entity-lexicon.ts` `COMPANY_FORMS`. */
  readonly companyForms: WordList;
  /** Legal forms only (`AB`, `GmbH`, `Ltd`). As written. Source: `entity-lexicon.ts` `LEGAL_FORMS`. */
  readonly legalForms: WordList;
  /** Heads that make `Place + head` a body (`Falu kommun`, `Lunds universitet`). Source: `entity-lexicon.ts` `PLACE_ORG_HEADS`. */
  readonly placeOrgHeads: WordList;
  /** Institution heads after which even a one-word "person" names the institution (`Göta hovrätt`). Source: `entity-lexicon.ts` `NAMED_INSTITUTION_HEADS`. */
  readonly namedInstitutionHeads: WordList;
  /** Field and status adjectives between a place and an institution head (`tekniska`, `kungliga`). Source: `entity-lexicon.ts` `INSTITUTION_ADJECTIVES`. */
  readonly institutionAdjectives: WordList;
  /** Words before a name that take a person, never a place (`med`, `enligt`). Source: `entity-lexicon.ts` `PERSON_BEFORE_WORDS`. */
  readonly personBeforeWords: WordList;
  /** Acronyms that name nothing (`KPI`, `DNA`, `TV`): no unknown-acronym organisation. Upper case. Source: `entity-lexicon.ts` `NON_NAME_ACRONYMS`. */
  readonly nonNameAcronyms: WordList;
  /** Words naming a body before its short name in parentheses (`utredningsenhet (Sue)`); also compound ends. Source: `entity-lexicon.ts` `BODY_WORDS`. */
  readonly bodyWords: WordList;
  /** First words of foreign place names (`Mount`, `Lake`, `Punta`). As written. Source: `entity-lexicon.ts` `FOREIGN_PLACE_STARTS`. */
  readonly foreignPlaceStarts: WordList;
  /** Particles inside foreign place names (`del`, `de las`, `of`). Source: `entity-lexicon.ts` `FOREIGN_PLACE_PARTICLES`. */
  readonly foreignPlaceParticles: WordList;
  /** Last words of foreign place names (`Park`, `Beach`). As written. Source: `entity-lexicon.ts` `FOREIGN_PLACE_ENDS`. */
  readonly foreignPlaceEnds: WordList;
  /** Agency heads (`myndigheten`, `nämnden`). Source: `entity-lexicon.ts` `AGENCY_HEADS`. */
  readonly agencyHeads: WordList;
  /** Verbs that end an organisation phrase (`har`, `säger`). Source: `entity-lexicon.ts` `PHRASE_STOP_VERBS`. */
  readonly phraseStopVerbs: WordList;
  /** Definite heads of lower-case organisation phrases (`Svenska kraftnät`, `Röda korset`). Source: `entity-lexicon.ts` `ORG_PHRASE_HEADS`. */
  readonly orgPhraseHeads: WordList;
  /** Indefinite heads of organisation phrases (`förbund`, `råd`). Source: `entity-lexicon.ts` `ORG_PHRASE_HEADS_INDEF`. */
  readonly orgPhraseHeadsIndef: WordList;
  /** News media that own sub-brands (`SVT Nyheter`, `DN Debatt`). As written. Source: `entity-lexicon.ts` `MEDIA_PARENTS`. */
  readonly mediaParents: WordList;
  /** Category nouns before a company name (`koncernen Volvo`, `bolaget Klarna`). Source: `entity-lexicon.ts`. */
  readonly companyCategoryHeads: WordList;
  /** Category nouns that count only as compound heads (`mediejätten`). Source: `entity-lexicon.ts`. */
  readonly companyCategoryCompoundOnly: WordList;
  /** Company nouns after a name (`Spendrups bryggeri`). Source: `entity-lexicon.ts` `COMPANY_AFTER_NOUNS`. */
  readonly companyAfterNouns: WordList;
  /** Association heads after a place (`Lunds förening`). Source: `entity-lexicon.ts` `PLACE_ASSOCIATION_HEADS`. */
  readonly placeAssociationHeads: WordList;
  /** Last words that make a name an organisation (`Capital`, `FC`). As written. Source: `entity-lexicon.ts` `ORG_LAST_WORDS`. */
  readonly orgLastWords: WordList;
  /** Last words that make a name a place (`Street`, `Bay`). As written. Source: `entity-lexicon.ts` `LOC_LAST_WORDS`. */
  readonly locLastWords: WordList;
  /** English connectors inside a name (`of`, `the`). Source: `entity-lexicon.ts` `FOREIGN_CONNECTORS`. */
  readonly foreignConnectors: WordList;
  /** Weaker English connectors (`and`, `for`). Source: `entity-lexicon.ts` `FOREIGN_CONNECTORS_WEAK`. */
  readonly foreignConnectorsWeak: WordList;
  /** English organisation heads (`Commission`, `Museum`). As written. Source: `entity-lexicon.ts` `ENGLISH_ORG_HEADS`. */
  readonly englishOrgHeads: WordList;
  /** English place heads (`Republic`, `Island`). As written. Source: `entity-lexicon.ts` `ENGLISH_LOC_HEADS`. */
  readonly englishLocHeads: WordList;
  /** Endings of adjective compounds that are not names (`Rysslandsvänlig`, `-ägda`). Source: `entity-lexicon.ts`. */
  readonly adjectiveCompoundEndings: WordList;
  /** Built-in place names (generated): countries, capitals, counties, municipalities, towns. As written. Source: `gazetteer-data.ts`. */
  readonly gazetteerLoc: WordList;
  /** Built-in organisation names (generated): agencies, parties, `X kommun`, EU bodies. As written. Source: `gazetteer-data.ts`. */
  readonly gazetteerOrg: WordList;
  /** Curated place names (landscapes, world regions); override the generated lists. Source: `entity-lexicon.ts` `CURATED_LOC`. */
  readonly curatedLoc: WordList;
  /** Curated organisations (bodies, unions, media, companies, clubs); override the generated lists. Source: `entity-lexicon.ts` `CURATED_ORG`. */
  readonly curatedOrg: WordList;
  /** Riksdag party abbreviations and the party they stand for (`S` → `Socialdemokraterna`). Source: `gazetteer-data.ts`. */
  readonly partyAbbreviations: Readonly<Record<string, string>>;
  /** Nationality and inhabitant words, never entities (`svensk`, `norrmän`). Source: `gazetteer-data.ts`. */
  readonly nationalityWords: WordList;
  /** Sports leagues and tournaments, organisations (`Allsvenskan`, `Premier League`; rule `sports-league`). As written. Source: `entity-lexicon.ts` `SPORTS_LEAGUES`. */
  readonly sportsLeagues: WordList;
  /** Female first names (≥ 90 % women among SCB bearers). Capitalised. Source: `first-names.ts`. */
  readonly femaleFirstNames: WordList;
  /** Male first names (≥ 90 % men). Capitalised. Source: `first-names.ts`. */
  readonly maleFirstNames: WordList;
  /** First names borne by both sexes (`Kim`). Capitalised. Source: `first-names.ts`. */
  readonly ambiguousFirstNames: WordList;
  /** English titles before a name, tagged NOUN (`Mr`, `Ms.`, `Sir`). As written. Source: `name-function-words.ts`. */
  readonly honorifics: WordList;
  /** Foreign articles that begin a name or title, tagged DET (`The`, `El`, `Le`). As written. Source: `name-function-words.ts`. */
  readonly foreignArticles: WordList;
  /** Abbreviated units after a number, tagged NOUN (`md`, `mkr`, `km`). As written. Source: `name-function-words.ts`. */
  readonly unitAbbreviations: WordList;
  /**
   * The caller's own names with their type (`{ Blåbärsgruppen: 'ORG' }`); empty by default.
   * Entries win over the built-in gazetteers.
   */
  readonly gazetteer: Readonly<Record<string, EntityType>>;

  // --- 06-quotes ----------------------------------------------------------------------------
  /** Verbs of saying that attribute a quote (`säger`, `berättar`, `twittrar`). Source: `reporting-verbs.ts`. */
  readonly reportingVerbs: WordList;
  /** Pronouns that open an attribution sentence after a quote (`Det säger …`). Source: `reporting-verbs.ts`. */
  readonly attributionOpeners: WordList;
  /** Third-person pronouns that can be the speaker, with their sex (`hon` → female, `hen` → null). Source: `speaker-nouns.ts`. */
  readonly speakerPronouns: Readonly<Record<string, 'female' | 'male' | null>>;
  /** Words that never start the speaker slot (`att`, `jag`, `inte`). Source: `speaker-nouns.ts`. */
  readonly notSpeakerStart: WordList;
  /** Adverbs skipped between verb and speaker (`säger också Anna`). Source: `speaker-nouns.ts`. */
  readonly skippedAdverbs: WordList;
  /** Words that end a speaker noun phrase (`för`, `på`, `som`). Source: `speaker-nouns.ts`. */
  readonly npStopWords: WordList;
  /** Nouns and verbs that mark a quoted title, not a quote (`boken`, `kallad`). Source: `speaker-nouns.ts`. */
  readonly titleNounSuffixes: WordList;
  /** Words of label lines that are not quotes (`foto`, `fakta`, `krönika`). Source: `speaker-nouns.ts`. */
  readonly labelWords: WordList;
  /** First-person (and second-person) pronouns (`jag`, `vi`, `du`). Source: `speaker-nouns.ts`. */
  readonly firstPerson: WordList;
  /** Second-person pronouns (`du`, `ni`). Source: `speaker-nouns.ts`. */
  readonly secondPerson: WordList;
  /** Role nouns that can be a speaker (`ministern`, `forskaren`, `vd:n`). Source: `speaker-nouns.ts` `ROLE_NOUN_ENDINGS`. */
  readonly roleNouns: WordList;
  /** Group speakers (`de`, `båda`). Source: `speaker-nouns.ts`. */
  readonly groupSpeakerWords: WordList;
  /** Nouns for a pair of people (`paret`, `makarna`). Source: `speaker-nouns.ts`. */
  readonly pairNouns: WordList;
  /** Plural definite endings of group nouns (`-rna`: `forskarna`). Source: `speaker-nouns.ts`. */
  readonly pluralDefiniteEndings: WordList;
  /** Verbs of the reporter asking in the first person (`frågar vi`). Source: `speaker-nouns.ts` `ASK_VERBS`. */
  readonly askVerbs: WordList;
  /** Verbs after `som` that introduce a speaker's role (`som jobbar på …`). Source: `speaker-nouns.ts` `ROLE_VERBS`. */
  readonly speakerRoleVerbs: WordList;
  /** Quantifiers with an `av` phrase in an unnamed speaker (`en av grannarna`). Source: `speaker-nouns.ts`. */
  readonly speakerQuantifiers: WordList;
  /** Conjunctions after which a quote resumes (`, säger hon, och vi …`). Source: `speaker-nouns.ts`. */
  readonly resumeConjunctions: WordList;
  /** Words that show resumed speech (`och vi …`, `men det …`). Source: `speaker-nouns.ts`. */
  readonly resumeSubjects: WordList;
  /** Particles inside a speaker's name in the quote step's own name finding (`von`, `af`). As written. Source: `speaker-nouns.ts`. */
  readonly speakerNameParticles: WordList;
  /** Endings of definite role nouns before a name (`Grundaren`, `Ordföranden`). Source: `speaker-nouns.ts` `ROLE_SHAPED_ENDINGS`. */
  readonly roleShapedEndings: WordList;
  /** Nationality nouns with their adjective as `noun:adjective` (`norrman:norsk`). Source: `speaker-nouns.ts` `NATIONALITY_NOUNS`. */
  readonly nationalityNouns: WordList;
  /** Words that introduce an interviewee (`pratat`, `träffade`, `frågor`). Source: `speaker-nouns.ts` `INTERVIEW_CUES`. */
  readonly interviewCues: WordList;
  /** Words between an interview cue and the person (`med`, `till`, `snabba`). Source: `speaker-nouns.ts` `INTERVIEW_LINK_WORDS`. */
  readonly interviewLinkWords: WordList;
  /** Interview cues that are verbs of talking or meeting, which need the reporter as subject (`pratat`, `träffade`). Source: `speaker-nouns.ts` `INTERVIEW_VERBS`. */
  readonly interviewVerbs: WordList;
  /** Interview verbs that take the person as object (`träffade X`, `intervjuar X`). Source: `speaker-nouns.ts` `INTERVIEW_OBJECT_VERBS`. */
  readonly interviewObjectVerbs: WordList;
  /** Endings of a word that ends a place, never a person's name (`Västerskolan`). Source: `speaker-nouns.ts` `NAME_TAIL_PLACE_ENDINGS`. */
  readonly nameTailPlaceEndings: WordList;
  /** Verbs that quote someone's words inside reported speech (`kallar`, `beskriver`). Source: `speaker-nouns.ts` `QUOTING_VERBS`. */
  readonly quotingVerbs: WordList;

  // --- 07-keywords --------------------------------------------------------------------------
  /** Words that never start, end or make up a keyword (`och`, `bland`, `kr`). Source: `keyword-stoplist.ts` `FUNCTION_WORDS`. */
  readonly keywordFunctionWords: WordList;
  /** Weak words, never a keyword alone (`säger`, `året`, `procent`). Source: `keyword-stoplist.ts` `WEAK_WORDS`. */
  readonly keywordWeakWords: WordList;
  /** Topics implicit in Swedish news, never a keyword alone (`sverige`, `regeringen`). Source: `keyword-stoplist.ts`. */
  readonly keywordImplicitTopics: WordList;
  /**
   * Extra photo-credit labels, added to {@link Lexicon.photoLabels} for the credits inside a line
   * that step 01b marks for the keyword step. Empty by default.
   * @deprecated Since the lists were merged, every step reads `photoLabels`; add labels there
   *   (`{ photoLabels: { add: ['Teckning'] } }`) so that every step knows them.
   */
  readonly keywordCreditLabels: WordList;
  /**
   * Extra date-line labels, added to {@link Lexicon.dateLabels} for the date lines that step 01b
   * marks for the keyword step. Empty by default.
   * @deprecated Since the lists were merged, every step reads `dateLabels`; add labels there.
   */
  readonly keywordDateLineLabels: WordList;
  /**
   * Snowball stems of the most frequent words of everyday Swedish, most common first (`jag`, `dag`,
   * `år`): the keyword ranker weighs how common a candidate's words are. Generated (CC BY-SA 4.0).
   * Source: `common-words.ts`.
   */
  readonly keywordCommonStems: WordList;
  /**
   * Words after which an adjective takes its weak `-a` form in the singular (`den nya bilen`, `min
   * gamla bil`, `hans vassa kniv`): without one, `vassa föremål` reads as a neuter plural (rule
   * `neuter-agreement`). Source: `keyword-stoplist.ts` `WEAK_FORM_DETERMINERS` (MIT).
   */
  readonly keywordWeakFormDeterminers: WordList;
  /**
   * Parts of speech (Universal Dependencies tags, upper case) of words that are never names, even
   * with a sentence-initial capital (`ADP`, `VERB`, `PRON`; rule `name-word`). Source:
   * `keyword-stoplist.ts` `NEVER_NAME_POS` (MIT).
   */
  readonly keywordNeverNamePos: WordList;
  /**
   * Words that link two nouns into one keyword (`problem med alkohol`, `stöd till Ukraina`; rule
   * `linked-phrase`). Source: `keyword-stoplist.ts` `LINK_WORDS` (MIT).
   */
  readonly keywordLinkWords: WordList;
  /**
   * Nouns of the forms of a crime short of the crime, as lemmas (`försök`, `förberedelse`): with
   * `till` and the crime one keyword (`försök till grov stöld`; rule `attempted-crime`). Source:
   * `keyword-stoplist.ts` `CRIME_FORM_NOUNS` (MIT; brottsbalken 23 kap.).
   */
  readonly keywordCrimeFormNouns: WordList;
  /**
   * Conjunctions of a shared compound (`kultur- och fritidsnämnd`, `barn- eller ungdomsgrupp`): the
   * first part, its hyphen, the conjunction and the compound after it are one keyword (rules
   * `shared-compound`, `glued-compound-part`). Source: `keyword-stoplist.ts`
   * `SHARED_COMPOUND_CONJUNCTIONS` (MIT).
   */
  readonly keywordSharedCompoundConjunctions: WordList;
  /**
   * Nouns that make a municipality's or region's name of a place (`Umeå kommun`, `Stockholms län`):
   * the place alone beside it counts for the longer name (rule `place-for-municipality`). Source:
   * `keyword-stoplist.ts` `MUNICIPALITY_NOUNS` (MIT).
   */
  readonly keywordMunicipalityNouns: WordList;
  /**
   * Age words after one to three digits, with or without a hyphen (`24-åringen`, `47-årig`): a word
   * that begins so is no keyword (rule `age-word`). Source: `keyword-stoplist.ts` `AGE_WORD_ENDINGS` (MIT).
   */
  readonly keywordAgeEndings: WordList;
  /**
   * Weekdays as the first part of a compound before `dags` (`mån`, `fre`): with a time of day of
   * {@link Lexicon.keywordDayParts} no keyword (`fredagskvällen`; rule `weekday-time`). Source:
   * `keyword-stoplist.ts` `WEEKDAY_STEMS` (MIT).
   */
  readonly keywordWeekdayStems: WordList;
  /**
   * Times of day after a weekday's `dags` (`morgon`, `kväll`, `natt`; rule `weekday-time`). Source:
   * `keyword-stoplist.ts` `DAY_PARTS` (MIT).
   */
  readonly keywordDayParts: WordList;
  /**
   * Nouns in `-eum` (also as a compound's last part: `konstmuseum`) whose inflections drop the
   * `-um` (`museets`): a lemma cut there is given its `-um` back (lemma correction `eum-noun`).
   * Source: `lemma-corrections.ts` `EUM_NOUNS` (MIT).
   */
  readonly lemmaEumNouns: WordList;
  /**
   * Endings of nouns in a stressed `-i` that take `-n` in the definite (`pandemi` → `pandemin`):
   * after one, a lemma one `-n` shorter than the word is no slip (the keyword step's lemma check).
   * Source: `lemma-corrections.ts` `DEFINITE_N_AFTER_I` (MIT).
   */
  readonly lemmaDefiniteNAfterI: WordList;
  /**
   * Pasts of strong verbs with their infinitive, `past:infinitive` (`bar:bära`): the lemma a compound
   * of one takes after its first part (`innebar` → `innebära`; lemma correction `compound-verb-form`).
   * Source: `lemma-corrections.ts` `STRONG_VERB_PASTS` (MIT).
   */
  readonly lemmaStrongVerbPasts: WordList;
}

/** The names of the word-list fields of a {@link Lexicon}. */
export type LexiconListField = { [K in keyof Lexicon]: Lexicon[K] extends WordList ? K : never }[keyof Lexicon];

/** The names of the map fields of a {@link Lexicon} other than `gazetteer`. */
export type LexiconMapField = 'partyAbbreviations' | 'speakerPronouns';

/** How to change one word list: `replace` it, then `add` words (appended, no duplicates), then `remove` words. */
export interface ListChange {
  /** Use these words instead of the list. */
  replace?: readonly string[];
  /** Words to add (at the end, in order, skipping words already there). */
  add?: readonly string[];
  /** Words to remove. */
  remove?: readonly string[];
}

/** How to change one map field: `replace` it, then `add` entries (overriding), then `remove` keys. */
export interface MapChange<V> {
  /** Use these entries instead of the map. */
  replace?: Readonly<Record<string, V>>;
  /** Entries to add or override. */
  add?: Readonly<Record<string, V>>;
  /** Keys to remove. */
  remove?: readonly string[];
}

/**
 * Changes to a lexicon: `{ add, remove, replace }` per word list, and for `gazetteer` a plain map of
 * names to their type (`{ Blåbärsgruppen: 'ORG' }`) that is added to the entries already there.
 */
export type LexiconOverrides = { readonly [K in LexiconListField]?: ListChange } & {
  /** Changes to the party abbreviations (`{ add: { KD: 'Kristdemokraterna' } }`). */
  readonly partyAbbreviations?: MapChange<string>;
  /** Changes to the speaker pronouns and their sex (`{ remove: ['hen'] }`). */
  readonly speakerPronouns?: MapChange<'female' | 'male' | null>;
  /** Your own names and their type, added to the lexicon's (`{ Blåbärsgruppen: 'ORG' }`). */
  readonly gazetteer?: Readonly<Record<string, EntityType>>;
};

const bar = (s: string): WordList => s.split('|');
const space = (s: string): WordList => s.split(' ');

let built: Lexicon | undefined;

/**
 * The built-in Swedish lexicon: every list of `src/data/sv/*` (built once, deeply frozen).
 * Steps use it when the context carries no other lexicon.
 */
export function defaultLexicon(): Lexicon {
  built ??= deepFreeze({
    stopwords: STOPWORDS_SV.slice(),
    bylineLabels: BYLINE_LABELS.slice(),
    photoLabels: PHOTO_LABELS.slice(),
    dateLabels: DATE_LABELS.slice(),
    navSections: NAV_SECTIONS.slice(),
    months: MONTHS.slice(),
    titles: bar(TITLES),
    nameParticles: bar(NAME_PARTICLES),
    forwardNameParticles: bar(FORWARD_NAME_PARTICLES),
    nonNameCapitalised: bar(NON_NAME_CAPITALISED),
    neverEntity: bar(NEVER_ENTITY),
    orgSuffixes: bar(ORG_SUFFIXES),
    orgSuffixesRule: bar(ORG_SUFFIXES_RULE),
    companyForms: bar(COMPANY_FORMS),
    legalForms: bar(LEGAL_FORMS),
    placeOrgHeads: bar(PLACE_ORG_HEADS),
    namedInstitutionHeads: bar(NAMED_INSTITUTION_HEADS),
    institutionAdjectives: bar(INSTITUTION_ADJECTIVES),
    personBeforeWords: bar(PERSON_BEFORE_WORDS),
    nonNameAcronyms: bar(NON_NAME_ACRONYMS),
    bodyWords: bar(BODY_WORDS),
    foreignPlaceStarts: bar(FOREIGN_PLACE_STARTS),
    foreignPlaceParticles: bar(FOREIGN_PLACE_PARTICLES),
    foreignPlaceEnds: bar(FOREIGN_PLACE_ENDS),
    agencyHeads: bar(AGENCY_HEADS),
    phraseStopVerbs: bar(PHRASE_STOP_VERBS),
    orgPhraseHeads: bar(ORG_PHRASE_HEADS),
    orgPhraseHeadsIndef: bar(ORG_PHRASE_HEADS_INDEF),
    mediaParents: bar(MEDIA_PARENTS),
    companyCategoryHeads: bar(COMPANY_CATEGORY_HEADS),
    companyCategoryCompoundOnly: bar(COMPANY_CATEGORY_COMPOUND_ONLY),
    companyAfterNouns: bar(COMPANY_AFTER_NOUNS),
    placeAssociationHeads: bar(PLACE_ASSOCIATION_HEADS),
    orgLastWords: bar(ORG_LAST_WORDS),
    locLastWords: bar(LOC_LAST_WORDS),
    foreignConnectors: bar(FOREIGN_CONNECTORS),
    foreignConnectorsWeak: bar(FOREIGN_CONNECTORS_WEAK),
    englishOrgHeads: bar(ENGLISH_ORG_HEADS),
    englishLocHeads: bar(ENGLISH_LOC_HEADS),
    adjectiveCompoundEndings: bar(ADJECTIVE_COMPOUND_ENDINGS),
    gazetteerLoc: bar(GAZETTEER_LOC),
    gazetteerOrg: bar(GAZETTEER_ORG),
    curatedLoc: bar(CURATED_LOC),
    curatedOrg: bar(CURATED_ORG),
    partyAbbreviations: Object.fromEntries(bar(PARTY_ABBREVIATIONS).map((p) => p.split('=') as [string, string])),
    nationalityWords: space(NATIONALITY_WORDS),
    sportsLeagues: bar(SPORTS_LEAGUES),
    femaleFirstNames: space(FEMALE_FIRST_NAMES),
    maleFirstNames: space(MALE_FIRST_NAMES),
    ambiguousFirstNames: space(AMBIGUOUS_FIRST_NAMES),
    honorifics: bar(HONORIFICS),
    foreignArticles: bar(FOREIGN_ARTICLES),
    unitAbbreviations: bar(UNIT_ABBREVIATIONS),
    gazetteer: {},
    reportingVerbs: [...REPORTING_VERBS],
    attributionOpeners: [...ATTRIBUTION_SENTENCE_OPENERS],
    speakerPronouns: Object.fromEntries(SPEAKER_PRONOUNS),
    notSpeakerStart: [...NOT_SPEAKER_START],
    skippedAdverbs: [...SKIPPED_ADVERBS],
    npStopWords: [...NP_STOP_WORDS],
    titleNounSuffixes: TITLE_NOUN_SUFFIXES.slice(),
    labelWords: [...LABEL_WORDS],
    firstPerson: [...FIRST_PERSON],
    secondPerson: [...SECOND_PERSON],
    roleNouns: ROLE_NOUN_ENDINGS.slice(),
    groupSpeakerWords: [...GROUP_SPEAKER_WORDS],
    pairNouns: [...PAIR_NOUNS],
    pluralDefiniteEndings: PLURAL_DEFINITE_ENDINGS.slice(),
    askVerbs: [...ASK_VERBS],
    speakerRoleVerbs: [...ROLE_VERBS],
    speakerQuantifiers: [...SPEAKER_QUANTIFIERS],
    resumeConjunctions: [...RESUME_CONJUNCTIONS],
    resumeSubjects: [...RESUME_SUBJECTS],
    speakerNameParticles: [...SPEAKER_NAME_PARTICLES],
    roleShapedEndings: ROLE_SHAPED_ENDINGS.slice(),
    nationalityNouns: [...NATIONALITY_NOUNS].map(([n, a]) => `${n}:${a}`),
    interviewCues: [...INTERVIEW_CUES],
    interviewLinkWords: INTERVIEW_LINK_WORDS.slice(),
    interviewVerbs: INTERVIEW_VERBS.slice(),
    interviewObjectVerbs: INTERVIEW_OBJECT_VERBS.slice(),
    nameTailPlaceEndings: NAME_TAIL_PLACE_ENDINGS.slice(),
    quotingVerbs: [...QUOTING_VERBS],
    keywordFunctionWords: FUNCTION_WORDS.slice(),
    keywordWeakWords: WEAK_WORDS.slice(),
    keywordImplicitTopics: IMPLICIT_TOPICS.slice(),
    keywordCreditLabels: [],
    keywordDateLineLabels: [],
    keywordCommonStems: COMMON_WORD_STEMS.split(/[ \n]/),
    keywordWeakFormDeterminers: WEAK_FORM_DETERMINERS.slice(),
    keywordNeverNamePos: NEVER_NAME_POS.slice(),
    keywordLinkWords: LINK_WORDS.slice(),
    keywordCrimeFormNouns: CRIME_FORM_NOUNS.slice(),
    keywordSharedCompoundConjunctions: SHARED_COMPOUND_CONJUNCTIONS.slice(),
    keywordMunicipalityNouns: MUNICIPALITY_NOUNS.slice(),
    keywordAgeEndings: AGE_WORD_ENDINGS.slice(),
    keywordWeekdayStems: WEEKDAY_STEMS.slice(),
    keywordDayParts: DAY_PARTS.slice(),
    lemmaEumNouns: EUM_NOUNS.slice(),
    lemmaDefiniteNAfterI: DEFINITE_N_AFTER_I.slice(),
    lemmaStrongVerbPasts: STRONG_VERB_PASTS.slice(),
  });
  return built;
}

/** Freezes an object and its array / object fields (one level down: lexicon fields are flat). */
function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (v && typeof v === 'object') Object.freeze(v);
  return Object.freeze(o);
}

const ENTITY_TYPES: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC']);
const MAP_FIELDS: ReadonlySet<string> = new Set(['partyAbbreviations', 'speakerPronouns']);
const CHANGE_KEYS: ReadonlySet<string> = new Set(['add', 'remove', 'replace']);

/**
 * A new lexicon: `base` with the `overrides` applied (`base` is not changed; the result is frozen).
 * Unknown fields, unknown change keys (only `add`, `remove`, `replace`), non-string words and
 * gazetteer types other than `PER`, `ORG`, `LOC` are a `TypeError`.
 *
 * @example
 * ```ts
 * extendLexicon(defaultLexicon(), {
 *   reportingVerbs: { add: ['twittrar'] },
 *   stopwords: { remove: ['inte'] },
 *   gazetteer: { Blåbärsgruppen: 'ORG' },
 * });
 * ```
 * @param base The lexicon to start from (usually {@link defaultLexicon}).
 * @param overrides The changes.
 */
export function extendLexicon(base: Lexicon, overrides: LexiconOverrides): Lexicon {
  if (overrides === null || typeof overrides !== 'object' || Array.isArray(overrides)) {
    throw new TypeError('swedish-nlp: lexicon overrides must be an object ({ reportingVerbs: { add: [...] } })');
  }
  const out: Record<string, unknown> = { ...base };
  for (const [field, change] of Object.entries(overrides)) {
    if (change === undefined) continue;
    if (!Object.prototype.hasOwnProperty.call(base, field)) throw new TypeError(`swedish-nlp: unknown lexicon field '${field}'`);
    if (field === 'gazetteer') out[field] = mergeGazetteer(base.gazetteer, change as Record<string, unknown>);
    else if (MAP_FIELDS.has(field)) out[field] = changeMap(field, base[field as LexiconMapField], change as MapChange<unknown>);
    else out[field] = changeList(field, base[field as LexiconListField], change as ListChange);
  }
  return deepFreeze(out as unknown as Lexicon);
}

function checkChange(field: string, change: unknown): void {
  if (change === null || typeof change !== 'object' || Array.isArray(change)) {
    throw new TypeError(`swedish-nlp: lexicon.${field} must be an object with add, remove or replace`);
  }
  for (const k of Object.keys(change)) {
    if (!CHANGE_KEYS.has(k)) throw new TypeError(`swedish-nlp: unknown key '${k}' in lexicon.${field} (use add, remove or replace)`);
  }
}

function words(field: string, key: string, list: unknown): readonly string[] {
  if (list === undefined) return [];
  if (!Array.isArray(list) || !list.every((w) => typeof w === 'string')) {
    throw new TypeError(`swedish-nlp: lexicon.${field}.${key} must be an array of strings`);
  }
  return list as string[];
}

function changeList(field: string, base: WordList, change: ListChange): WordList {
  checkChange(field, change);
  const out = change.replace !== undefined ? words(field, 'replace', change.replace).slice() : base.slice();
  const seen = new Set(out);
  for (const w of words(field, 'add', change.add)) {
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  const drop = new Set(words(field, 'remove', change.remove));
  return drop.size ? out.filter((w) => !drop.has(w)) : out;
}

function plainMap(field: string, key: string, m: unknown): Record<string, unknown> {
  if (m === undefined) return {};
  if (m === null || typeof m !== 'object' || Array.isArray(m)) throw new TypeError(`swedish-nlp: lexicon.${field}.${key} must be a plain object`);
  return m as Record<string, unknown>;
}

function changeMap<V>(field: string, base: Readonly<Record<string, V>>, change: MapChange<V>): Record<string, V> {
  checkChange(field, change);
  const out: Record<string, V> = { ...(change.replace !== undefined ? (plainMap(field, 'replace', change.replace) as Record<string, V>) : base) };
  Object.assign(out, plainMap(field, 'add', change.add));
  for (const k of words(field, 'remove', change.remove)) delete out[k];
  return out;
}

function mergeGazetteer(base: Readonly<Record<string, EntityType>>, add: Record<string, unknown>): Record<string, EntityType> {
  const entries = plainMap('gazetteer', 'entries', add);
  for (const [name, type] of Object.entries(entries)) {
    if (typeof type !== 'string' || !ENTITY_TYPES.has(type)) {
      throw new TypeError(`swedish-nlp: lexicon.gazetteer['${name}'] must be 'PER', 'ORG' or 'LOC'`);
    }
  }
  return { ...base, ...(entries as Record<string, EntityType>) };
}
