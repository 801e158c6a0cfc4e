/**
 * The ordered table of entity rules (step 05) and the runner.
 *
 * Order, and why:
 * 1. List rules on the model's mentions: foreign place runs first (`Mount Elgon`, `Forest Hill Park`:
 *    the pieces the model made of them go before anything joins or grows them), English names next (they replace model pieces of a
 *    joined foreign name and block the pieces of a foreign phrase), then person joins and particles,
 *    then media sub-brands (a media name absorbs the capitalised words after it); last the titles of
 *    works (`filmen Sommar i Jemen`): after every join, so a joined title goes whole, and before
 *    the per-mention rules, which never see a mention inside a title.
 * 2. Per-mention rules, in text order: first the drops (a mention that names nothing is gone before
 *    anything grows it), then retyping from the mention's own words, then growing by the words
 *    around it (heads, company forms, phrases, prefixes), last the compound split (`LO-ekonomen`).
 * 3. The token scan: capitalised tokens outside every mention, most specific evidence first
 *    (a party in parentheses, a company category noun, an agency phrase …), the weakest last (a
 *    repeated one-word name, an acronym in a compound). The first rule that adds a mention wins.
 * 4. Party abbreviations in parentheses, for mentions of every origin.
 *
 * @module
 */
import type { EntityWork, Span0 } from '../work';
import { acronymCompound, acronymCompoundMissed, gluedAcronym, unknownAcronymOrg } from './acronyms';
import { companyCategoryNoun, companyCategoryNounMissed } from './company';
import { englishConnectorJoin, englishHeadCut, englishHeadExtend, personParticleForward } from './english-names';
import { mediaSubbrand } from './media-subbrand';
import { foreignPlaceRun } from './foreign-places';
import { bodyAbbreviation, bodyAbbreviationMissed } from './body-abbreviation';
import { acronymNotPerson, closedClassWord, sentenceInitialCommonWord, trailingAdverbCut } from './not-a-name';
import { agencyPhrase, agencyPhraseMissed, orgCompound, orgPhraseMissed, orgPhraseTail } from './org-phrase';
import { partyAbbreviation, partyInParentheses } from './party';
import { coordinatedPerson, firstNameSurname, reportingSource, repeatedMention, surnameParticleMissed, titleBeforeName } from './people';
import { genitiveOwnerSplit, personJoin, surnameParticleBefore } from './person-join';
import { workTitle } from './work-title';
import { regnalNumber } from './regnal';
import { placeCategoryNoun, placeCategoryNounMissed } from './place-category';
import { unknownSubject } from './unknown-subject';
import { otherNameInParentheses } from './other-name';
import { bylineName, photoCreditInline, photoCreditInlineMissed, pictureSourceCredit } from './byline';
import { clubSlashJoin, sportsClubMissed, sportsClubPlace, sportsClubWord, sportsClubWordMissed, sportsLeague } from './sports';
import { englishHonorific, hyphenOchOrg, nationalNameHead, nationalNameOrg, nationalNameSpan, orgOchJoin, placeCompound, placeCompoundMissed, placePhraseMissed, placePhraseTail } from './names-more';
import { streetName, streetNameMissed, venueName } from './venues-streets';
import { unlistedPlacePerson, worldExonymMissed, worldExonymType, worldNameMissed, worldPlaceType } from './world-names';
import { companyForm, county, institutionAdjectiveHead, institutionAdjectiveHeadMissed, placeOrgHead, regionPrefix } from './place-heads';
import { englishOrgPerson, lastWordType, orgEndingPlace, placeGenitiveOrg, titleFirstName, titleOfPlace } from './retype';
import type { EntityRule, SpanRule, SpansRule, TokenRule } from './types';
import { CAP, tokenFacts, WORD, type TokenFacts } from '../facts';
import { triggersOf } from '../triggers';

export type { EntityRule, SpanRule, SpansRule, TokenRule } from './types';

/** The entity rules in the order they run (see the module comment for why). */
export const RULES: readonly EntityRule[] = [
  foreignPlaceRun,
  englishConnectorJoin,
  englishHeadCut,
  englishHeadExtend,
  personParticleForward,
  personJoin,
  genitiveOwnerSplit,
  mediaSubbrand,
  surnameParticleBefore,
  workTitle,
  englishHonorific,
  photoCreditInline,
  pictureSourceCredit,
  closedClassWord,
  acronymNotPerson,
  sentenceInitialCommonWord,
  trailingAdverbCut,
  placeGenitiveOrg,
  lastWordType,
  englishOrgPerson,
  bodyAbbreviation,
  orgEndingPlace,
  titleFirstName,
  worldPlaceType,
  worldExonymType,
  unlistedPlacePerson,
  titleOfPlace,
  regnalNumber,
  placeCategoryNoun,
  streetName,
  placeCompound,
  nationalNameSpan,
  placeOrgHead,
  institutionAdjectiveHead,
  county,
  companyForm,
  sportsClubWord,
  orgPhraseTail,
  orgOchJoin,
  placePhraseTail,
  venueName,
  companyCategoryNoun,
  agencyPhrase,
  regionPrefix,
  acronymCompound,
  sportsClubPlace,
  clubSlashJoin,
  sportsLeague,
  worldExonymMissed,
  photoCreditInlineMissed,
  sportsClubWordMissed,
  nationalNameOrg,
  nationalNameHead,
  hyphenOchOrg,
  partyAbbreviation,
  otherNameInParentheses,
  bodyAbbreviationMissed,
  institutionAdjectiveHeadMissed,
  companyCategoryNounMissed,
  placeCategoryNounMissed,
  agencyPhraseMissed,
  orgPhraseMissed,
  reportingSource,
  sportsClubMissed,
  orgCompound,
  streetNameMissed,
  placeCompoundMissed,
  placePhraseMissed,
  surnameParticleMissed,
  titleBeforeName,
  coordinatedPerson,
  firstNameSurname,
  repeatedMention,
  worldNameMissed,
  unknownSubject,
  acronymCompoundMissed,
  gluedAcronym,
  unknownAcronymOrg,
  bylineName,
  partyInParentheses,
];

/**
 * What a rule may change in a mention (words are compared by count and ends), for every mention
 * before a list rule runs: numbers and strings in two flat arrays reused from rule to rule (speed: no
 * snapshot object per mention and rule).
 */
let snapNums = new Int32Array(0);
const snapStrs: (string | undefined)[] = [];
const NUMS = 5;
const STRS = 4;

function takeSnapshots(spans: readonly Span0[]): void {
  if (snapNums.length < spans.length * NUMS) snapNums = new Int32Array(spans.length * NUMS * 2);
  // (grown, never cut: setting an array's length each time reallocates its store; entries past the mentions are not read)
  while (snapStrs.length < spans.length * STRS) snapStrs.push(undefined);
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    const o = i * NUMS, s = i * STRS;
    snapNums[o] = sp.a; snapNums[o + 1] = sp.b; snapNums[o + 2] = sp.start; snapNums[o + 3] = sp.end; snapNums[o + 4] = sp.words.length;
    snapStrs[s] = sp.type; snapStrs[s + 1] = sp.name; snapStrs[s + 2] = sp.words[0]; snapStrs[s + 3] = sp.words[sp.words.length - 1];
  }
}

/** Whether mention `sp` differs from snapshot `j`. */
function changed(sp: Span0, j: number): boolean {
  const o = j * NUMS, s = j * STRS;
  return sp.a !== snapNums[o] || sp.b !== snapNums[o + 1] || sp.start !== snapNums[o + 2] || sp.end !== snapNums[o + 3] || sp.words.length !== snapNums[o + 4] ||
    sp.type !== snapStrs[s] || sp.name !== snapStrs[s + 1] || sp.words[0] !== snapStrs[s + 2] || sp.words[sp.words.length - 1] !== snapStrs[s + 3];
}

/** Runs a list rule; mentions it made or changed carry its id. */
function runSpansRule(w: EntityWork, r: SpansRule): void {
  const old = w.spans.slice();
  takeSnapshots(old);
  r.apply(w);
  // Speed: most list rules keep most mentions where they were, so a mention is first looked for at
  // its own index; the object → index map is built only when one has moved.
  let at: Map<Span0, number> | undefined;
  const spans = w.spans;
  for (let i = 0; i < spans.length; i++) {
    const sp = spans[i]!;
    let j = i < old.length && old[i] === sp ? i : -1;
    if (j < 0) {
      if (!at) {
        at = new Map();
        for (let k = 0; k < old.length; k++) at.set(old[k]!, k);
      }
      j = at.get(sp) ?? -1;
    }
    if (j < 0 || changed(sp, j)) sp.rule = r.id;
  }
}

/** The fact masks of some rules in flat arrays (speed: no property look-up on rule objects of many shapes per token). */
interface Gates {
  unless: Int32Array;
  at: Int32Array;
  before: Int32Array;
  after: Int32Array;
}

function gatesOf(rules: readonly EntityRule[]): Gates {
  const n = rules.length;
  const g = { unless: new Int32Array(n), at: new Int32Array(n), before: new Int32Array(n), after: new Int32Array(n) };
  rules.forEach((r, i) => { g.unless[i] = r.unless ?? 0; g.at[i] = r.at ?? 0; g.before[i] = r.before ?? 0; g.after[i] = r.after ?? 0; });
  return g;
}

/** Whether the facts at a token (`fa`), before it (`fb`) and after it (`fn`) let rule `i` run. */
function open(g: Gates, i: number, fa: number, fb: number, fn: number): boolean {
  return (fa & g.unless[i]!) === 0 && (fa & g.at[i]!) === g.at[i] && (fb & g.before[i]!) === g.before[i] && (fn & g.after[i]!) === g.after[i];
}

/** Runs per-mention rules over every mention in text order; absorbed and dropped mentions go. */
function runSpanRules(w: EntityWork, rules: readonly SpanRule[], g: Gates, facts: TokenFacts): void {
  const { spans, tokens } = w;
  w.modelTaken = new Uint8Array(tokens.length + 1);
  for (const sp of spans) for (let i = sp.a; i < sp.b; i++) w.modelTaken[i] = 1;
  const kept: Span0[] = [];
  next: for (let si = 0; si < spans.length; si++) {
    const sp = spans[si]!;
    // A mention absorbed into the one before it (`Volvo` + `Sverige`).
    if (sp.b <= sp.a) continue;
    // The facts around the mention, read again when a rule has moved its borders.
    let fa = facts.at(sp.a), fb = facts.at(sp.a - 1), fn = facts.at(sp.b), at = sp.a, to = sp.b;
    for (let ri = 0; ri < rules.length; ri++) {
      const r = rules[ri]!;
      if (sp.a !== at || sp.b !== to) { fa = facts.at(sp.a); fb = facts.at(sp.a - 1); fn = facts.at(sp.b); at = sp.a; to = sp.b; }
      // (a rule whose facts are missing around the mention as it is now is not called)
      if (!open(g, ri, fa, fb, fn)) continue;
      // (fields in locals, not a snapshot object: this loop runs rules × mentions times)
      const { a, b, start, end, type, name } = sp;
      const n = sp.words.length, w0 = sp.words[0], wl = sp.words[n - 1];
      if (!r.apply(sp, w, si)) continue next;
      if (sp.a !== a || sp.b !== b || sp.start !== start || sp.end !== end || sp.type !== type || sp.name !== name || sp.words.length !== n || sp.words[0] !== w0 || sp.words[sp.words.length - 1] !== wl) sp.rule = r.id;
    }
    kept.push(sp);
  }
  w.spans = kept;
}

/** Marks the tokens of the mentions before the token scan: taken, person starts and ends, one-word names. */
function markMentions(w: EntityWork): Uint8Array {
  const { tokens } = w;
  const taken = (w.taken = new Uint8Array(tokens.length + 1));
  for (const sp of w.spans) for (let i = sp.a; i < sp.b; i++) taken[i] = 1;
  for (let i = 0; i < tokens.length; i++) if (w.blocked[i]) taken[i] = 1;
  w.perFrom = new Uint8Array(tokens.length + 1);
  w.perTo = new Uint8Array(tokens.length + 1);
  for (const sp of w.spans) if (sp.type === 'PER') { w.perFrom[sp.a] = 1; w.perTo[sp.b] = 1; }
  for (const sp of w.spans) if (sp.words.length === 1 && !sp.initial) w.single.set(sp.words[0]!, sp.type);
  for (const sp of w.spans) if (sp.words.length > 1 && sp.type === 'PER') w.single.set(sp.words[sp.words.length - 1]!, 'PER');
  return taken;
}

/** Runs the token scan: each capitalised token outside every mention, rules in order until one adds a mention. */
function runTokenRules(w: EntityWork, rules: readonly TokenRule[], g: Gates, facts: TokenFacts): void {
  const { tokens } = w;
  const taken = markMentions(w);
  for (let k = 0; k < tokens.length; k++) {
    // Every rule starts at a capitalised word outside every mention.
    if ((facts.eager(k) & (WORD | CAP)) !== (WORD | CAP) || taken[k]) continue;
    const f = facts.at(k);
    const t = tokens[k]!;
    const n = w.spans.length;
    const fb = facts.at(k - 1), fn = facts.at(k + 1);
    for (let ri = 0; ri < rules.length; ri++) {
      if (!open(g, ri, f, fb, fn)) continue;
      const r = rules[ri]!;
      if (!r.apply(w, k, t)) continue;
      for (let i = n; i < w.spans.length; i++) w.spans[i]!.rule = r.id;
      break;
    }
  }
  w.spans.sort((x, y) => x.start - y.start);
}

/** Whether the text holds every fact a rule needs anywhere (`at`, `before`, `after` together). */
function mayFire(r: EntityRule, any: number): boolean {
  const m = (r.at ?? 0) | (r.before ?? 0) | (r.after ?? 0);
  return (any & m) === m;
}

/** A run of rules of one kind in table order, with their gates, for the texts whose facts hold every fact they need anywhere. */
interface Group {
  kind: EntityRule['kind'];
  rules: readonly EntityRule[];
  gates: Gates;
}

/** The groups of one rule list, by the facts (`any`) of the texts they were made for. */
interface Plan {
  rules: readonly EntityRule[];
  byAny: Map<number, Group[]>;
}

/**
 * The plans of the rule lists run so far, by their rule ids in order (speed: not made again per
 * text): one per instance's `rules.disable`, so instances with different rules called in turn keep
 * their own, and at most {@link MAX_PLANS} lists before the memo starts over. A plan is used only for
 * the same rule objects in the same order (a list of other rules with the same ids gets a new one).
 */
const plans = new Map<string, Plan>();
const MAX_PLANS = 32;
/** The plan used last (speed: the same rules text after text need no key; any other list is looked up by its key). */
let lastPlan: Plan | undefined;

/** The ids of a rule list in order, as one string (the key of its plan). */
function ruleKey(rules: readonly EntityRule[]): string {
  let key = '';
  for (const r of rules) key += r.id + ' ';
  return key;
}

/** Whether two rule lists hold the same rules in the same order. */
function sameRules(a: readonly EntityRule[], b: readonly EntityRule[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The groups the runner goes through: a list rule by itself, consecutive per-mention rules as one
 * group, consecutive token rules as one; rules that cannot fire on a text (a fact they need is
 * nowhere in it) are left out of their group. Kept for the next text with the same rules and facts.
 */
function planOf(rules: readonly EntityRule[], any: number): Group[] {
  let plan = lastPlan;
  if (!plan || !sameRules(plan.rules, rules)) {
    const key = ruleKey(rules);
    plan = plans.get(key);
    if (!plan || !sameRules(plan.rules, rules)) {
      if (plans.size >= MAX_PLANS) plans.clear();
      plans.set(key, (plan = { rules: rules.slice(), byAny: new Map() }));
    }
    lastPlan = plan;
  }
  const known = plan.byAny.get(any);
  if (known) return known;
  const groups: Group[] = [];
  for (let i = 0; i < rules.length; ) {
    const r = rules[i]!;
    let j = i + 1;
    if (r.kind !== 'spans') while (j < rules.length && rules[j]!.kind === r.kind) j++;
    const group = rules.slice(i, j).filter((x) => mayFire(x, any));
    if (r.kind !== 'spans' || group.length > 0) groups.push({ kind: r.kind, rules: group, gates: gatesOf(group) });
    i = j;
  }
  // (`any` differs between texts only in the facts set for every token at the start: a few dozen sets at most)
  plan.byAny.set(any, groups);
  return groups;
}

/**
 * Runs the rules in table order: a list rule by itself, consecutive per-mention rules as one pass
 * over the mentions, consecutive token rules as one scan of the tokens.
 *
 * @param w The working state; `w.spans` holds the model's mentions and is changed in place.
 * @param rules The rules that are switched on, in table order.
 */
export function runRules(w: EntityWork, rules: readonly EntityRule[]): void {
  const facts = (w.facts ??= tokenFacts(w.tokens, w.text, w.lexicon, w.initialTok));
  for (const g of planOf(rules, facts.any)) {
    if (g.kind === 'spans') {
      const r = g.rules[0] as SpansRule;
      // (a list rule whose trigger tokens are nowhere in the text changes nothing: no snapshot of the mentions for it)
      if (r.triggers === undefined || (triggersOf(w).any & r.triggers) !== 0) runSpansRule(w, r);
    }
    else if (g.kind === 'span') runSpanRules(w, g.rules as SpanRule[], g.gates, facts);
    else runTokenRules(w, g.rules as TokenRule[], g.gates, facts);
  }
}
