/**
 * `tagEntities` for an instance. Builds its context without the part-of-speech tagger, so this
 * module and everything it imports never load the tagger model (checked by `npm run bench`:
 * the bundle of `import { tagEntities }` is about 1.8 MB smaller than that of `analyze`).
 *
 * @module
 */
import type { Entity } from '../types';
import { createContext } from '../pipeline/pipeline-context';
import { findEntities, type EntityOptions } from '../pipeline/05-entities';
import { defaultConfig, type SwedishConfig } from './config';
import { entityOptions } from './step-options';

/**
 * {@link tagEntities} with an instance configuration.
 *
 * @param cfg The instance configuration.
 * @param text Any string.
 * @param options Entity options.
 */
export function tagEntitiesWith(cfg: SwedishConfig, text: string, options?: EntityOptions): Entity[] {
  const opts = entityOptions(cfg, options, 'tagEntities options');
  return findEntities(createContext(text, { tag: false }, 'tagEntities', { lexicon: cfg.lexicon }), opts);
}

/**
 * Finds the people (`PER`), organisations (`ORG`) and places (`LOC`) named in a text, without
 * running the part-of-speech tagger (faster; the tagger model is not loaded).
 *
 * @example
 * ```ts
 * tagEntities('Karin Ek flyttade från Umeå till Volvo i Göteborg.');
 * // PER Karin Ek, LOC Umeå, ORG Volvo, LOC Göteborg
 * ```
 * @param text Any string.
 * @param options Entity options (your own `gazetteer` entries).
 * @returns Entity mentions in text order.
 * @throws TypeError when `text` is not a string or an option is unknown.
 */
export function tagEntities(text: string, options?: EntityOptions): Entity[] {
  return tagEntitiesWith(defaultConfig(), text, options);
}
