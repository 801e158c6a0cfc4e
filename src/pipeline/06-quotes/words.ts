/**
 * The word lists the quote step reads, as look-up sets built once per lexicon list.
 *
 * @module
 */
import { ATTRIBUTION_SENTENCE_OPENERS, REPORTING_VERBS } from '../../data/sv/reporting-verbs';
import {
  ASK_VERBS,
  FIRST_PERSON,
  GROUP_SPEAKER_WORDS,
  LABEL_WORDS,
  NOT_SPEAKER_START,
  NP_STOP_WORDS,
  PAIR_NOUNS,
  PLURAL_DEFINITE_ENDINGS,
  RESUME_CONJUNCTIONS,
  RESUME_SUBJECTS,
  ROLE_NOUN_ENDINGS,
  ROLE_VERBS,
  SECOND_PERSON,
  SKIPPED_ADVERBS,
  SPEAKER_NAME_PARTICLES,
  SPEAKER_PRONOUNS,
  SPEAKER_QUANTIFIERS,
  TITLE_NOUN_SUFFIXES,
} from '../../data/sv/speaker-nouns';

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
}

let defaults: QuoteWords | undefined;

/** The default Swedish word lists of the quote step. */
export function defaultQuoteWords(): QuoteWords {
  defaults ??= {
    reporting: REPORTING_VERBS,
    openers: ATTRIBUTION_SENTENCE_OPENERS,
    pronouns: SPEAKER_PRONOUNS,
    notSpeakerStart: NOT_SPEAKER_START,
    skippedAdverbs: SKIPPED_ADVERBS,
    npStop: NP_STOP_WORDS,
    titleNounSuffixes: TITLE_NOUN_SUFFIXES,
    labelWords: LABEL_WORDS,
    firstPerson: FIRST_PERSON,
    secondPerson: SECOND_PERSON,
    roleNouns: ROLE_NOUN_ENDINGS,
    groupWords: GROUP_SPEAKER_WORDS,
    pairNouns: PAIR_NOUNS,
    pluralEndings: PLURAL_DEFINITE_ENDINGS,
    askVerbs: ASK_VERBS,
    roleVerbs: ROLE_VERBS,
    quantifiers: SPEAKER_QUANTIFIERS,
    resumeConjunctions: RESUME_CONJUNCTIONS,
    resumeSubjects: RESUME_SUBJECTS,
    nameParticles: SPEAKER_NAME_PARTICLES,
  };
  return defaults;
}
