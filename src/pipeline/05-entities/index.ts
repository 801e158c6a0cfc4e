// STUB (lead): replaced by the entity tagger (gazetteers + trained model + rules).
import type { Entity, EntityGroup, TextContext } from '../../types';
import { buildContext } from '../context';

/** Options for entity tagging. */
export interface EntityOptions {
  /** Extra gazetteer entries: name → type, used without retraining. */
  gazetteer?: Readonly<Record<string, Entity['type']>>;
}

/** Finds entity mentions in an analysed text (pipeline step 05). */
export function findEntities(_ctx: TextContext, _options: EntityOptions = {}): Entity[] {
  return [];
}

/** Groups mentions by entity id, most mentioned first. */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  const by = new Map<string, EntityGroup>();
  for (const e of entities) {
    const g = by.get(e.id) ?? { id: e.id, name: e.name, type: e.type, count: 0, mentions: [] };
    g.count++;
    g.mentions.push(e);
    by.set(e.id, g);
  }
  return [...by.values()].sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * Tags people, organisations and places in Swedish text.
 *
 * @param text Any string.
 * @param options Entity options.
 */
export function tagEntities(text: string, options: EntityOptions = {}): Entity[] {
  return findEntities(buildContext(text, {}, 'tagEntities'), options);
}
