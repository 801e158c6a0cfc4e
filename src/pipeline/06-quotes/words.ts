/**
 * The word lists the quote step reads, as look-up sets built once per lexicon list.
 *
 * @module
 */
import type { Lexicon } from '../../data/sv/lexicon';
import { wordSet } from '../../internal/lexicon';
import { firstNamesOf, type FirstNames } from '../../internal/first-names';

/** The quote step's word lists (see `src/data/sv/reporting-verbs.ts` and `speaker-nouns.ts`). */
export interface QuoteWords {
  /** Reporting verbs and `enligt`. */
  reporting: ReadonlySet<string>;
  /** `Det`/`Detta`/`Så` opening an attribution sentence. */
  openers: ReadonlySet<string>;
  /** Speaker pronouns with their sex. */
  pronouns: ReadonlyMap<string, 'female' | 'male' | null>;
  /** Words that never start the speaker slot. */
  notSpeakerStart: ReadonlySet<string>;
  /** Adverbs skipped between verb and speaker. */
  skippedAdverbs: ReadonlySet<string>;
  /** Words that end an unnamed speaker's noun phrase. */
  npStop: ReadonlySet<string>;
  /** Title nouns before a quotation (by suffix). */
  titleNounSuffixes: readonly string[];
  /** Label words before a colon at the top. */
  labelWords: ReadonlySet<string>;
  /** First- and second-person words. */
  firstPerson: ReadonlySet<string>;
  /** Second-person words. */
  secondPerson: ReadonlySet<string>;
  /** Role nouns (by ending). */
  roleNouns: readonly string[];
  /** Group speaker words (`de`, `båda`). */
  groupWords: ReadonlySet<string>;
  /** Pair nouns (`paret`). */
  pairNouns: ReadonlySet<string>;
  /** Plural definite endings (`-rna`). */
  pluralEndings: readonly string[];
  /** Verbs of the reporter asking (`frågar vi`). */
  askVerbs: ReadonlySet<string>;
  /** Verbs after `som` that introduce a role. */
  roleVerbs: ReadonlySet<string>;
  /** Quantifiers with an `av` phrase (`en av grannarna`). */
  quantifiers: ReadonlySet<string>;
  /** Conjunctions that resume a quote after its attribution. */
  resumeConjunctions: ReadonlySet<string>;
  /** Words that show resumed speech. */
  resumeSubjects: ReadonlySet<string>;
  /** Particles inside a person name. */
  nameParticles: ReadonlySet<string>;
  /** Endings of definite role nouns before a name. */
  roleShapedEndings: readonly string[];
  /** Nationality noun (indefinite) → adjective. */
  nationalityNouns: ReadonlyMap<string, string>;
  /** The adjectives of `nationalityNouns` (`norsk`). */
  nationalityAdjectives: ReadonlySet<string>;
  /** Words that introduce an interviewee. */
  interviewCues: ReadonlySet<string>;
  /** Words between an interview cue and the person (`med`, `till`). */
  interviewLinks: ReadonlySet<string>;
  /** Interview verbs that need the reporter as subject (`pratat`, `träffade`). */
  interviewVerbs: ReadonlySet<string>;
  /** Interview verbs that take the person as object (`träffade X`). */
  interviewObjectVerbs: ReadonlySet<string>;
  /** Endings of a place or club word that a person's name never ends with. */
  nameTailPlaceEndings: readonly string[];
  /** Verbs that quote words inside reported speech (`kallar`). */
  quotingVerbs: ReadonlySet<string>;
  /** First names with their sex (`Anna` → female), from the lexicon's first-name lists. */
  firstNames: FirstNames;
}

const cache = new WeakMap<Lexicon, QuoteWords>();

/**
 * The quote step's look-up sets from a lexicon, built once per lexicon.
 *
 * @param lex The lexicon of the run (`lexiconOf(ctx)`).
 */
export function quoteWords(lex: Lexicon): QuoteWords {
  let w = cache.get(lex);
  if (!w) {
    const nationalityNouns = new Map(lex.nationalityNouns.map((p) => p.split(':') as [string, string]));
    w = {
      reporting: wordSet(lex.reportingVerbs),
      openers: wordSet(lex.attributionOpeners),
      pronouns: new Map(Object.entries(lex.speakerPronouns)),
      notSpeakerStart: wordSet(lex.notSpeakerStart),
      skippedAdverbs: wordSet(lex.skippedAdverbs),
      npStop: wordSet(lex.npStopWords),
      titleNounSuffixes: lex.titleNounSuffixes,
      labelWords: wordSet(lex.labelWords),
      firstPerson: wordSet(lex.firstPerson),
      secondPerson: wordSet(lex.secondPerson),
      roleNouns: lex.roleNouns,
      groupWords: wordSet(lex.groupSpeakerWords),
      pairNouns: wordSet(lex.pairNouns),
      pluralEndings: lex.pluralDefiniteEndings,
      askVerbs: wordSet(lex.askVerbs),
      roleVerbs: wordSet(lex.speakerRoleVerbs),
      quantifiers: wordSet(lex.speakerQuantifiers),
      resumeConjunctions: wordSet(lex.resumeConjunctions),
      resumeSubjects: wordSet(lex.resumeSubjects),
      nameParticles: wordSet(lex.speakerNameParticles),
      roleShapedEndings: lex.roleShapedEndings,
      nationalityNouns,
      nationalityAdjectives: new Set(nationalityNouns.values()),
      interviewCues: wordSet(lex.interviewCues),
      interviewLinks: wordSet(lex.interviewLinkWords),
      interviewVerbs: wordSet(lex.interviewVerbs),
      interviewObjectVerbs: wordSet(lex.interviewObjectVerbs),
      nameTailPlaceEndings: lex.nameTailPlaceEndings,
      quotingVerbs: wordSet(lex.quotingVerbs),
      firstNames: firstNamesOf(lex),
    };
    cache.set(lex, w);
  }
  return w;
}
