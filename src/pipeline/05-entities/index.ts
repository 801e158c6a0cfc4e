/**
 * Pipeline step 05: people, organisations and places.
 *
 * Signals used together: a trained averaged-perceptron BIO model over capitalised tokens
 * (features: word, shape, sentence position, neighbours, gazetteers, first names, titles,
 * organisation endings, common words, document-level capitalisation), then rules: gazetteer and
 * user entries, `X kommun` / `Region X` / `X AB` / `Uppsala universitet` patterns, agency names
 * (`Myndigheten för civilt försvar`), acronyms inside compounds (`LO-ekonomen` → `LO`, but
 * `EU-kommissionen` whole), party abbreviations in parentheses (`(S)`), titles before names,
 * sentence-initial common words and closed-class words never tagged, genitive dropping for the
 * canonical name, and linking of the mentions of one entity (`Laura Hartman` … `Hartmans`).
 * Further rules for what the model misses: names ending in a lower-case organisation head
 * (`Allmänna barnhuset`, `Svenska kraftnät`), one-word organisation compounds mid-sentence
 * (`Skärgårdskommittén`), media sub-brands (`SvD Kultur`), company names after a category noun,
 * also named like places or unknown to the model (`bryggerikoncernen Kopparbergs`, `klädkedjan Lindex`,
 * `mjukvaruföretaget Nordic Data Labs`), unknown surnames after a title, a surname particle or
 * coordinated with a person (`Obama och Merkel`), and the last word deciding the type of an
 * unlisted multi-word name (`Macquarie Securities`, `Wall Street`). English names inside Swedish
 * text are joined across English connectors and typed by their head noun (`Bank of England`,
 * `Global Partnership for Education`, `ARF Recovery Facility`; see ./foreign), name particles continue
 * a person's name (`Ursula von der Leyen`), and sentence-initial adjective compounds (`Danskledd`)
 * are no names. Soft hyphens are ignored.
 *
 * The step runs in four stages: the model's mentions (./model-spans), the ordered table of named
 * rules (./rules: every rule has an id, carried by `entity.rule`, and can be switched off with
 * `rules: { disable: [id] }`), canonical names, and the linking of mentions (./canonical).
 *
 * `tagEntities` builds its context with the part-of-speech tagger switched off (`{ tag: false }`:
 * it is not needed and would dominate the time); `findEntities` takes any context, and uses the
 * tags when present.
 *
 * @module
 */
import type { Entity, EntityGroup, EntityType, TextContext } from '../../types';
import { enabledRules, type RuleOptions } from '../../internal/rules';
import { createContext } from '../pipeline-context';
import { lexiconOf } from '../../internal/lexicon';
import { documentOf } from '../01b-document';
import { canonicalNames, linkMentions } from './canonical';
import { docInfo } from './features';
import { lookupGazetteer } from './gazetteer';
import { modelSentences, modelSpans } from './model-spans';
import { RULES, runRules } from './rules';
import type { EntityWork } from './work';

export { firstNameSex, isFirstName, lookupGazetteer, partyName } from './gazetteer';
export { RULES as ENTITY_RULES } from './rules';

/** Options for entity tagging. */
export interface EntityOptions {
  /** Extra gazetteer entries: name → type, used without retraining (they win over the built-in lists). */
  gazetteer?: Readonly<Record<string, Entity['type']>>;
  /** Rules to switch off by id (`{ disable: ['media-subbrand'] }`; ids in `ENTITY_RULES`). */
  rules?: RuleOptions;
}

/**
 * Finds entity mentions in an analysed text (pipeline step 05). Works on the tokens of the
 * context and never re-tokenises.
 *
 * @param ctx The analysed text.
 * @param options Entity options.
 * @returns Mentions in text order, each with a canonical name, an id shared by the mentions of one
 *   entity, and the id of the rule that made or last changed it (`rule`).
 */
export function findEntities(ctx: TextContext, options: EntityOptions = {}): Entity[] {
  const user = new Map<string, EntityType>();
  // The user's names: the lexicon's gazetteer (`createSwedish({ lexicon: { gazetteer } })`), then the options'.
  const lexicon = lexiconOf(ctx);
  for (const g of [lexicon.gazetteer, options.gazetteer ?? {}]) for (const [k, v] of Object.entries(g)) if (v === 'PER' || v === 'ORG' || v === 'LOC') user.set(k, v);
  const extra = user.size ? (n: string): string | null => user.get(n) ?? null : undefined;
  const lookup = user.size ? (n: string): EntityType | null => user.get(n) ?? lookupGazetteer(n) : lookupGazetteer;
  const sents = modelSentences(ctx);
  const doc = docInfo(sents.map((s) => s.input));
  const { spans, initialTok } = modelSpans(sents, doc, ctx.tokens.length, lookup, lexicon, extra);
  const n = ctx.tokens.length + 1;
  const w: EntityWork = {
    text: ctx.text, tokens: ctx.tokens, initialTok, doc, user, lookup, spans, lexicon, document: documentOf(ctx),
    blocked: new Uint8Array(n), modelTaken: new Uint8Array(n), taken: new Uint8Array(n), perFrom: new Uint8Array(n), perTo: new Uint8Array(n), single: new Map(),
  };
  runRules(w, enabledRules(RULES, options.rules));
  return linkMentions(w, canonicalNames(w));
}

/** Groups mentions by entity id, most mentioned first; a group only named in bylines and photo credits is marked `metadata`. */
export function groupEntities(entities: readonly Entity[]): EntityGroup[] {
  const by = new Map<string, EntityGroup>();
  for (const e of entities) {
    const g = by.get(e.id) ?? { id: e.id, name: e.name, type: e.type, count: 0, mentions: [], metadata: undefined };
    g.count++;
    g.mentions.push(e);
    by.set(e.id, g);
  }
  for (const g of by.values()) if (g.mentions.every((m) => m.metadata)) g.metadata = true;
  return [...by.values()].sort((a, b) => b.count - a.count || a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * Tags people, organisations and places in Swedish text.
 *
 * @example
 * ```ts
 * tagEntities('Laura Hartman leder Tillitsdelegationen. Hartmans rapport kom i går.');
 * // → Laura Hartman (PER), Tillitsdelegationen (ORG), Hartmans (PER, name 'Laura Hartman')
 * ```
 * @param text Any string.
 * @param options Entity options.
 */
export function tagEntities(text: string, options: EntityOptions = {}): Entity[] {
  // Steps 01–04 without the part-of-speech tagger: the entity step does not need it, and
  // skipping it keeps `tagEntities` fast (`analyze` passes its full context instead).
  return findEntities(createContext(text, { tag: false }, 'tagEntities'), options);
}
