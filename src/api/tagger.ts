/**
 * The part-of-speech tagger an instance's pipeline runs: the step 04 tagger (`tagLabels`) with the
 * instance's disabled rules, so that its lemma corrections (`eum-noun`, …) can be switched off by
 * id like the rules of 05–07. Kept apart from `./config` so that checking options loads no tagger.
 *
 * @module
 */
import { tagLabels } from '../pipeline/04-annotate/tag';
import type { TokenTagger } from '../pipeline/04-annotate';
import type { RuleOptions } from '../internal/rules';
import type { SwedishConfig } from './config';

const taggers = new WeakMap<SwedishConfig, TokenTagger>();

/**
 * The tagger of an instance: `tagLabels` itself when the instance switches no rule off (the default
 * output is the same call), else `tagLabels` with `{ disable }` (one function and one frozen rule
 * options object per configuration, so the tagger's per-options memos are reused).
 *
 * @param cfg The instance configuration.
 */
export function instanceTagger(cfg: SwedishConfig): TokenTagger {
  if (cfg.disable.length === 0) return tagLabels;
  let t = taggers.get(cfg);
  if (!t) {
    const rules: RuleOptions = Object.freeze({ disable: cfg.disable });
    taggers.set(cfg, (t = (tokens, lexicon, forms, from) => tagLabels(tokens, lexicon, forms, from, rules)));
  }
  return t;
}
