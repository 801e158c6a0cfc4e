/**
 * Checking the options of the public functions: an option a function cannot honour (an unknown
 * key, a misspelt step or rule id, a value of the wrong type) is a `TypeError`, never ignored.
 * The allowed keys of each options object are listed here, beside the types they mirror.
 *
 * @module
 */
import type { RuleOptions } from '../internal/rules';
import { knownRuleIds } from './rule-ids';

/** Keys of `AnnotateOptions`. */
export const ANNOTATE_KEYS = ['stopwords', 'tag'] as const;
/** Keys of `EntityOptions` (`rules` is read once the entity rule table is in). */
export const ENTITY_KEYS = ['gazetteer', 'rules'] as const;
/** Keys of `QuoteOptions`. */
export const QUOTE_KEYS = ['entities', 'rules'] as const;
/** Keys of `KeywordOptions` and of `extractKeywords` (`quotes`). */
export const KEYWORD_KEYS = ['limit', 'model', 'rules', 'quotes'] as const;
/** Keys of `AnalyzeOptions`. */
export const ANALYZE_KEYS = [...ANNOTATE_KEYS, 'entities', 'quotes', 'keywords'] as const;
/** Keys of `SummaryOptions`: those of `analyze`, and the deprecated flat `limit` and `model`. */
export const SUMMARY_KEYS = [...ANALYZE_KEYS, 'limit', 'model'] as const;

/**
 * Throws a `TypeError` unless `value` is `undefined` or a plain object whose keys are all allowed.
 *
 * @param value The options object as given.
 * @param allowed Its allowed keys.
 * @param where What it is, for the message (`analyze options`, `analyze options.entities`).
 */
export function checkKeys(value: unknown, allowed: readonly string[], where: string): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`swedish-nlp: ${where} must be an object`);
  for (const k of Object.keys(value)) {
    if (!allowed.includes(k)) throw new TypeError(`swedish-nlp: unknown option '${k}' in ${where} (known: ${allowed.join(', ')})`);
  }
}

/**
 * Throws a `TypeError` unless `rules` is `undefined` or `{ disable?: string[] }` with known rule ids.
 *
 * @param rules Rule options as given.
 * @param where Where they were given, for the message.
 */
export function checkRules(rules: unknown, where: string): void {
  checkKeys(rules, ['disable'], where);
  const off = (rules as RuleOptions | undefined)?.disable;
  if (off === undefined) return;
  if (!Array.isArray(off)) throw new TypeError(`swedish-nlp: ${where}.disable must be an array of rule ids`);
  const known = knownRuleIds();
  for (const id of off) {
    if (typeof id !== 'string' || !known.has(id)) throw new TypeError(`swedish-nlp: unknown rule id ${JSON.stringify(id)} in ${where}.disable`);
  }
}

/**
 * Step options with the instance's disabled rules added to the caller's (`undefined` when neither
 * switches anything off, so the step sees exactly what the caller gave).
 *
 * @param options The caller's step options.
 * @param disable The instance's disabled rule ids.
 */
export function withDisabled<O extends object>(options: O | undefined, disable: readonly string[]): O | undefined {
  if (disable.length === 0) return options;
  const own = (options as { rules?: RuleOptions } | undefined)?.rules?.disable ?? [];
  return { ...options, rules: { disable: [...disable, ...own] } } as O;
}
