/**
 * Canonical names of step 05: the base form of a mention (genitive dropped unless the name itself
 * ends in -s), then linking of the mentions of one entity (`Hartman` → `Laura Hartman`) and one
 * type per name (the majority; the user's gazetteer wins).
 *
 * @module
 */
import type { AnalyzedToken, Entity, EntityType } from '../../types';
import { CLUB_WORDS, VERB_LIKE_ENDINGS } from '../../data/sv/entity-lexicon';
import type { Lexicon } from '../../data/sv/lexicon';
import { memoOf } from '../../internal/form-ids';
import { dropGenitive } from './features';
import { isFirstName } from './gazetteer';
import { isNever, lexiconOrgSuffix, type EntityWork, type Span0 } from './work';

/** Lower-case words ending like a verb after a name (`Paris är`, `Jonas säger`): no genitive before them. */
const VERBISH = new RegExp(`(?:${VERB_LIKE_ENDINGS})$`);

/** The canonical (base) form of a mention: genitive dropped unless the name itself ends in -s. */
function canonical(s: Span0, tokens: readonly AnalyzedToken[], lookup: (n: string) => EntityType | null, mentionTexts: ReadonlySet<string>, perLast: ReadonlyMap<string, string>, lex: Lexicon): string {
  const words = s.words;
  const nm = words.join(' ');
  const last = words[words.length - 1]!;
  if (/(?::s|['’]s)$/.test(last) && last.length > 2) return [...words.slice(0, -1), last.slice(0, -2)].join(' ');
  const g = dropGenitive(last);
  if (!g) return nm;
  if (!/\p{Ll}/u.test(last)) return nm; // acronyms take `:s` (`BRIS`, `SIS` keep their s)
  const baseName = [...words.slice(0, -1), g].join(' ');
  if (lookup(nm)) return nm; // `Paris`, `Borås`
  if (lookup(baseName)) return baseName; // `Sveriges`, `Region Skånes`
  if (mentionTexts.has(baseName) || (s.type === 'PER' && perLast.has(g))) return baseName; // `Hartmans` with `Hartman`
  if (words.length === 1 && isFirstName(last)) return nm; // `Lars`, `Jonas`, `Hans`
  if (words.length > 1 && s.type === 'PER' && isFirstName(g) && !isFirstName(last)) return baseName; // `Gustav II Adolfs`
  if (words.length > 1 && s.type === 'PER' && isFirstName(last)) return nm;
  if (lexiconOrgSuffix(g.toLowerCase(), lex) && s.type !== 'PER') return baseName; // `Tillitsdelegationens`
  const next = tokens[s.b];
  // `Kinas` → `Kina` (not `Bris` → `Bri`); but a genitive never stands before punctuation or a
  // closed-class word other than och/eller, so `i Davos i januari`, `till Lagos.` keep their s.
  const noGenitiveAfter = !next || next.kind !== 'word' || (isNever(next.text, lex) && next.normal !== 'och' && next.normal !== 'eller');
  if (/[aeiouyåäö]$/.test(g) && s.type === 'LOC' && !noGenitiveAfter) return baseName;
  if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text) && !VERBISH.test(next.text) && !isNever(next.text, lex)) return baseName; // `Obamas politik`
  return nm;
}

/** The canonical name of every mention (a name fixed by a rule wins; soft hyphens are no part of a name). */
export function canonicalNames(w: EntityWork): string[] {
  const out = w.spans;
  const mentionTexts = new Set(out.map((s) => s.words.join(' ')));
  const perLast = new Map<string, string>();
  for (const s of out) if (s.type === 'PER' && s.words.length > 1) perLast.set(s.words[s.words.length - 1]!, s.words.join(' '));
  return out.map((s) => (s.name ?? canonical(s, w.tokens, w.lookup, mentionTexts, perLast, w.lexicon)).replace(/\u00ad/g, ''));
}

/** Surnames and first names to full person names: `Hartman` → `Laura Hartman`, `Laura` → `Laura Hartman` when only one Laura. */
function linkNames(out: Span0[], names: string[]): void {
  const full = new Map<string, string>(); // last word → longest PER name
  const firstW = new Map<string, Set<string>>();
  out.forEach((s, i) => {
    const ws = names[i]!.split(' ');
    if (s.type !== 'PER' || ws.length < 2) return;
    const nm = names[i]!;
    const last = ws[ws.length - 1]!;
    const cur = full.get(last);
    if (!cur || nm.length > cur.length) full.set(last, nm);
    const f = firstW.get(ws[0]!) ?? new Set();
    f.add(nm);
    firstW.set(ws[0]!, f);
  });
  for (let i = 0; i < out.length; i++) {
    const nm = names[i]!;
    if (nm.includes(' ')) {
      const ws = nm.split(' ');
      const longer = full.get(ws[ws.length - 1]!);
      if (out[i]!.type === 'PER' && longer && longer.endsWith(nm)) names[i] = longer;
      continue;
    }
    const f = full.get(nm);
    if (f && out[i]!.type !== 'ORG') { names[i] = f; out[i]!.type = 'PER'; out[i]!.rule = 'mention-linking'; continue; }
    const fw = firstW.get(nm);
    if (fw && fw.size === 1 && out[i]!.type === 'PER') names[i] = [...fw][0]!;
  }
}

/**
 * Words that may end an organisation's full name after its short form (`Lidköping Hockey`, `Trähus AB`):
 * the club words and the lexicon's legal forms, one set per lexicon.
 */
const orgTails = new WeakMap<Lexicon, ReadonlySet<string>>();

/**
 * Short forms of an organisation to its full name: `Lidköping` → `Lidköping Hockey`, `Norrlands
 * Trähus` → `Norrlands Trähus AB`, when the text names exactly one organisation that is
 * the short form followed by club words or a legal form.
 */
function linkOrgShortForms(out: Span0[], names: string[], lex: Lexicon): void {
  const tails = memoOf(orgTails, lex, () => new Set([...CLUB_WORDS.split('|'), ...lex.legalForms]));
  const longer = new Map<string, Set<string>>(); // short form → full names
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.type !== 'ORG') continue;
    const ws = names[i]!.split(' ');
    for (let n = ws.length - 1; n >= 1 && tails.has(ws[n]!); n--) {
      const short = ws.slice(0, n).join(' ');
      const set = longer.get(short) ?? new Set<string>();
      set.add(names[i]!);
      longer.set(short, set);
    }
  }
  if (longer.size === 0) return;
  for (let i = 0; i < out.length; i++) {
    const full = out[i]!.type === 'ORG' ? longer.get(names[i]!) : undefined;
    if (full && full.size === 1) { names[i] = [...full][0]!; out[i]!.rule = 'mention-linking'; }
  }
}

/**
 * The entities: mentions linked to one name per entity and one type per name (the majority of its
 * mentions, ties to the first; a user gazetteer entry wins).
 */
export function linkMentions(w: EntityWork, names: string[]): Entity[] {
  const out = w.spans;
  linkNames(out, names);
  linkOrgShortForms(out, names, w.lexicon);
  const votes = new Map<string, Map<EntityType, number>>();
  out.forEach((s, i) => {
    const v = votes.get(names[i]!) ?? new Map<EntityType, number>();
    v.set(s.type, (v.get(s.type) ?? 0) + 1);
    votes.set(names[i]!, v);
  });
  const typeOf = (nm: string, fallback: EntityType): EntityType => {
    const u = w.user.get(nm);
    if (u) return u;
    const v = votes.get(nm);
    if (!v) return fallback;
    let best = fallback;
    let bc = -1;
    for (const [t, c] of v) if (c > bc) { best = t; bc = c; } // ties: the type of the first mention
    return best;
  };
  return out.map((s, i) => {
    const name = names[i]!;
    const type = typeOf(name, s.type);
    const rule = type !== s.type ? (w.user.has(name) ? 'user-gazetteer' : 'mention-linking') : (s.rule ?? 'model');
    // Every entity gets the same fields in the same order (one object shape: `metadata` is undefined, so left out of JSON, when not set).
    return { text: w.text.slice(s.start, s.end), start: s.start, end: s.end, type, name, id: `${type}:${name}`, rule, metadata: s.metadata || undefined };
  });
}
