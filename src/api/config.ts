/**
 * The configuration of a `createSwedish` instance: its lexicon, the rules it switches off and the
 * optional steps `analyze` runs. Plain frozen data, resolved and checked once; the top-level
 * functions use {@link defaultConfig}.
 *
 * @module
 */
import { defaultLexicon, extendLexicon, type Lexicon, type LexiconOverrides } from '../data/sv/lexicon';
import type { RuleOptions } from '../internal/rules';
import { checkKeys, checkRules } from './options';

/**
 * The optional steps of `analyze` and `summarize`: `tags` (part of speech and lemma), `entities`,
 * `quotes`, `keywords`, `summary`. Paragraphs, tokens, sentences, stopwords, stems and the document
 * structure always run.
 */
export type StepName = 'tags' | 'entities' | 'quotes' | 'keywords' | 'summary';

/** Every optional step, in pipeline order. */
export const STEP_NAMES: readonly StepName[] = ['tags', 'entities', 'quotes', 'keywords', 'summary'];

/** Options for `createSwedish`. */
export interface SwedishOptions {
  /**
   * Changes to the Swedish lexicon: `{ add, remove, replace }` per word list
   * (`reportingVerbs: { add: ['bloggar'] }`, `stopwords: { remove: ['inte'] }`) and your own names in
   * `gazetteer` (`{ Blåbärsgruppen: 'ORG' }`). See `Lexicon` for the fields.
   */
  lexicon?: LexiconOverrides;
  /** Rules switched off by id in every rule step (`{ disable: ['media-subbrand'] }`). */
  rules?: RuleOptions;
  /**
   * The optional steps `analyze` runs (default: all). A step left out gives an empty list (its
   * `summary` is `null`); leaving out `tags` skips the tagger (pos `X`), which the keywords read.
   */
  steps?: readonly StepName[];
}

/** A resolved, checked instance configuration. */
export interface SwedishConfig {
  /** The lexicon every step reads. */
  readonly lexicon: Lexicon;
  /** Rule ids switched off in every rule step. */
  readonly disable: readonly string[];
  /** The optional steps `analyze` runs. */
  readonly steps: ReadonlySet<StepName>;
}

/**
 * Checks `createSwedish` options and resolves them to a configuration.
 *
 * @param options The options as given.
 * @throws TypeError on unknown keys, fields, step names or rule ids.
 */
export function resolveConfig(options: SwedishOptions): SwedishConfig {
  checkKeys(options, ['lexicon', 'rules', 'steps'], 'createSwedish options');
  const lexicon = options.lexicon === undefined ? defaultLexicon() : extendLexicon(defaultLexicon(), options.lexicon);
  checkRules(options.rules, 'createSwedish options.rules');
  let steps: ReadonlySet<StepName> = new Set(STEP_NAMES);
  if (options.steps !== undefined) {
    if (!Array.isArray(options.steps)) throw new TypeError('swedish-nlp: createSwedish options.steps must be an array of step names');
    for (const s of options.steps) {
      if (!STEP_NAMES.includes(s)) throw new TypeError(`swedish-nlp: unknown step ${JSON.stringify(s)} (steps: ${STEP_NAMES.join(', ')})`);
    }
    steps = new Set(options.steps);
  }
  return Object.freeze({ lexicon, disable: Object.freeze([...(options.rules?.disable ?? [])]), steps });
}

let defaults: SwedishConfig | undefined;

/** The configuration of the top-level functions: the default lexicon, every rule, every step. */
export function defaultConfig(): SwedishConfig {
  defaults ??= resolveConfig({});
  return defaults;
}
