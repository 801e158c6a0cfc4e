/**
 * English names inside Swedish text (see ../foreign): runs joined by English connectors, English
 * head nouns that end or grow a name, and particles that continue a person's name.
 *
 * @module
 */
import { applyForeignRuns, cutAfterEnglishHead, extendPersonParticles, extendToEnglishHead, findForeignRuns, type ForeignContext } from '../foreign';
import { isNever, lexiconOrgSuffix, type EntityWork } from '../work';
import type { SpansRule } from './types';
import type { Lexicon } from '../../../data/sv/lexicon';
import { wordSet } from '../../../internal/lexicon';
import { EN_CONNECTOR, EN_ORG_HEAD, THE, triggersOf } from '../triggers';

/** Swedish category nouns that stand before a name (`Stiftelsen`, `Organisationen`), lower case. */
const swedishNoun = (lw: string, lex: Lexicon): boolean => wordSet(lex.agencyHeads).has(lw) || lex.companyCategoryHeads.some((h) => lw.endsWith(h));

function foreignContext(w: EntityWork): ForeignContext {
  return { text: w.text, tokens: w.tokens, initialTok: w.initialTok, isNever: (x: string) => isNever(x, w.lexicon), orgSuffix: (x: string) => lexiconOrgSuffix(x, w.lexicon), lookup: w.lookup, doc: w.doc, swedishNoun: (lw: string) => swedishNoun(lw, w.lexicon), facts: w.facts, triggers: triggersOf(w), lexicon: w.lexicon };
}

/** `Bank of England`, `The Northern Track of the Arctic Science Process`: one mention typed by its English head. */
export const englishConnectorJoin: SpansRule = {
  id: 'english-connector-join',
  doc: 'Capitalised words joined by English connectors are one name typed by its head: `enligt Bank of England` → ORG `Bank of England`.',
  kind: 'spans',
  // (without a run the rule only copies the list and clears `w.blocked`, which nothing has set before it)
  triggers: EN_CONNECTOR | THE,
  apply(w) {
    const c = foreignContext(w);
    const f = applyForeignRuns(w.spans, findForeignRuns(c), c);
    w.spans = f.spans;
    w.blocked = f.blocked;
  },
};

/** `World Economic Forum i Davos`: a name ends at its English head noun. */
export const englishHeadCut: SpansRule = {
  id: 'english-head-cut',
  doc: 'A name ends at an English head noun before a Swedish word: `World Economic Forum i Davos` → ORG `World Economic Forum`, LOC `Davos`.',
  kind: 'spans',
  triggers: EN_ORG_HEAD,
  apply(w) {
    w.spans = cutAfterEnglishHead(w.spans, foreignContext(w));
  },
};

/** `ARF` + `Recovery Facility`: a name grows to an English head noun after it. */
export const englishHeadExtend: SpansRule = {
  id: 'english-head-extend',
  doc: 'A name grows over capitalised words to an English head noun: `ARF Recovery Facility` → ORG `ARF Recovery Facility`.',
  kind: 'spans',
  triggers: EN_ORG_HEAD,
  apply(w) {
    w.spans = extendToEnglishHead(w.spans, foreignContext(w));
  },
};

/** `Ursula` + `von der Leyen`: particles continue a person's name. */
export const personParticleForward: SpansRule = {
  id: 'person-particle-forward',
  doc: 'Name particles and a capitalised word continue a person: `Ursula von der Leyen` → PER `Ursula von der Leyen`.',
  kind: 'spans',
  apply(w) {
    w.spans = extendPersonParticles(w.spans, foreignContext(w));
  },
};
