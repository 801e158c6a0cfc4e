/**
 * Lemmatizer: a lexicon of (form, UPOS) → lemma learned from Talbanken, then, for unknown words,
 * the lemma of a known compound head (Swedish compounds inflect at the end:
 * `tillitsdelegationens` → `tillitsdelegation`), then suffix-edit rules chosen by (UPOS, suffix),
 * whose `-e` noun readings are checked against Swedish word formation (`branden` → `brand`), and
 * last the named corrections of {@link LEMMA_CORRECTIONS} (`europeiska` → `europeisk`,
 * `hälsodata` not `hälsodatum`, `museets` → `museum`). Shared by the runtime and the trainer.
 *
 * A lemma edit is `k:s` — strip `k` code units from the end, append `s`.
 *
 * @module
 */
import type { Upos } from '../../../types';
import { TAG_LETTERS, TAGS } from './features';
import { classBit, lexHas, lexLemma, lexLookup, type LexModel } from './lexicon';
import { isListedName } from './names';
import { defaultLexicon, type Lexicon } from '../../../data/sv/lexicon';
import { memoOf } from '../../../internal/form-ids';

/** The lemmatizer tables. */
export interface LemmaModel {
  /** `lower + '\t' + tag letter` → edit. */
  lex: ReadonlyMap<string, string>;
  /** `tag letter + suffix` → edit; the longest stored suffix wins. */
  rules: ReadonlyMap<string, string>;
  /** Longest suffix length in `rules`. */
  maxSuffix: number;
  /** Shortest compound head looked up in `lex`. */
  minHead: number;
  /** The SALDO lexicon: checks candidate lemmas of unknown words (absent in models without it). */
  saldo?: LexModel;
}

/** The SALDO class of a tag whose lemmas the lexicon lists. */
const SALDO_BIT: Partial<Record<Upos, number>> = {
  NOUN: classBit('N'),
  ADJ: classBit('A'),
  VERB: classBit('V'),
  AUX: classBit('V'),
  ADV: classBit('Adv'),
  ADP: classBit('Prep'),
};

/** The lemma the SALDO lexicon supports (listed itself, or with `head` its compound head), with the case of `base`. */
function saldoLemma(base: string, lower: string, upos: Upos, m: LemmaModel, heads: boolean): string | null {
  const bit = SALDO_BIT[upos];
  if (m.saldo === undefined || bit === undefined) return null;
  const r = lexLemma(m.saldo, lower, bit);
  if (r === null || (r.head > 0 && !heads)) return null;
  if (base.length !== lower.length) return r.lemma;
  return applyEdit(base, editOf(lower, r.lemma)) ?? r.lemma;
}

/** A capital after the first character (`ATP`, `EU-kommissionen`), or a capital then a digit or hyphen (`A-inkomster`). */
const KEEP_CASE = /^.[^]*\p{Lu}|^\p{Lu}[\p{N}-]/u;

/**
 * The form the edits apply to. Talbanken lower-cases common words (also sentence-initially) but
 * keeps the case of proper nouns and of forms with inner capitals (`A-inkomster` → `A-inkomst`,
 * `ATP`). Language decision taken from the treebank's own lemmas.
 *
 * @param form The token as written.
 * @param upos Its tag.
 */
export function lemmaBase(form: string, upos: Upos): string {
  if (upos === 'PROPN') return form;
  if (form.length > 1 && KEEP_CASE.test(form)) return form;
  return form.toLowerCase();
}

/**
 * The edit that turns `base` into `lemma`.
 *
 * @param base The base form.
 * @param lemma The lemma.
 */
export function editOf(base: string, lemma: string): string {
  const n = Math.min(base.length, lemma.length);
  let cp = 0;
  while (cp < n && base.charCodeAt(cp) === lemma.charCodeAt(cp)) cp++;
  return `${base.length - cp}:${lemma.slice(cp)}`;
}

/**
 * Applies an edit; `null` when it would strip more than the base has.
 *
 * @param base The base form.
 * @param edit `k:s`.
 */
export function applyEdit(base: string, edit: string): string | null {
  const c = edit.indexOf(':');
  const k = +edit.slice(0, c);
  if (!(k <= base.length)) return null;
  return base.slice(0, base.length - k) + edit.slice(c + 1);
}

const HAS_DIGIT = /\p{N}/u;

/**
 * The lemma of a token.
 *
 * @param form The token as written.
 * @param lower Its lower-cased form.
 * @param upos Its tag.
 * @param letter The tag's letter in the model.
 * @param m The tables.
 * @param lexicon The lexicon whose first names and places count as listed names and whose lists the
 *   corrections read (default: the built-in one).
 * @param corrections The named corrections switched on, in order (default: all of {@link LEMMA_CORRECTIONS}).
 */
export function lemmatize(
  form: string,
  lower: string,
  upos: Upos,
  letter: string,
  m: LemmaModel,
  lexicon?: Lexicon,
  corrections: readonly LemmaCorrection[] = LEMMA_CORRECTIONS,
): string {
  const lemma = tableLemma(form, lower, upos, letter, m, lexicon);
  return upos === 'NOUN' || upos === 'ADJ' || upos === 'VERB' || upos === 'AUX' ? correctLemma(lemma, lemmaBase(form, upos), lower, upos, m, lexicon, corrections) : lemma;
}

/** The lemma the tables give (see {@link lemmatize}), before the named corrections. */
function tableLemma(form: string, lower: string, upos: Upos, letter: string, m: LemmaModel, lexicon?: Lexicon): string {
  // Punctuation and symbols are their own lemma; so are numbers written with digits (`1971`).
  if (upos === 'PUNCT' || upos === 'SYM') return form;
  const base = lemmaBase(form, upos);
  const known = m.lex.get(lower + '\t' + letter);
  if (known !== undefined) return applyEdit(base, known) ?? base;
  if (upos === 'NUM' && HAS_DIGIT.test(lower)) return base;
  if (upos === 'X') return base;
  if (lower.length > 60) return base;
  if (upos === 'PROPN') return nameLemma(base, lower, letter, m, lexicon);
  // The same form known with a close tag (`är` seen as AUX, tagged VERB; `det` PRON/DET).
  const alt = ALT[upos];
  if (alt) {
    const e = m.lex.get(lower + '\t' + TAG_LETTERS[TAGS.indexOf(alt)]);
    if (e !== undefined) return applyEdit(base, e) ?? base;
  }
  // Adverbs made from adjectives take the adjective's lemma in Talbanken (`överlägset` → `överlägsen`).
  if (upos === 'ADV' && lower.endsWith('t')) return tableLemma(form, lower, 'ADJ', TAG_LETTERS[0]!, m);
  // A candidate lemma SALDO lists itself (`åsyns` → `åsyn`), before the treebank's compound heads.
  const listed = saldoLemma(base, lower, upos, m, false);
  if (listed !== null) return listed;
  const r = compound(base, lower, letter, m);
  if (r !== null) return r;
  // Genitive -s of a known noun (`mäns` → `man`, `serviceorgans` → `serviceorgan`).
  if (upos === 'NOUN' && lower.length > 3 && lower.endsWith('s')) {
    const b = base.slice(0, -1);
    const l = lower.slice(0, -1);
    const e = m.lex.get(l + '\t' + letter);
    if (e !== undefined) return applyEdit(b, e) ?? b;
    const c = compound(b, l, letter, m);
    if (c !== null) return c;
  }
  // A candidate whose compound head SALDO lists (`portionssnusernas` → `portionssnus`).
  const byHead = saldoLemma(base, lower, upos, m, true);
  if (byHead !== null) return byHead;
  const len = lower.length;
  for (let k = Math.min(m.maxSuffix, len); k >= 0; k--) {
    const e = m.rules.get(letter + lower.slice(len - k));
    if (e !== undefined) return participleCheck(applyEdit(base, e) ?? base, base, upos);
  }
  return base;
}

/** A vowel (the `-ande` test below). */
const VOWEL = /[aeiouyåäöéü]/;

/**
 * Checks the suffix rules' reading of a definite noun in `-en` as an `-e` noun + `n`. The
 * treebank teaches it from two productive classes, and a lemma outside them is the definite
 * form of a noun without `-e`. Language decisions, not learned from the treebank:
 * - agent nouns in `-ande`/`-ende` are present participles, so a verb stem with a vowel comes
 *   first (`sökanden` → `sökande`); `branden`, `stranden`, `handen` have none (`brand`, `strand`,
 *   `hand`). A compound (`villabranden`) keeps the rules' reading: its spelling does not say
 *   where a verb stem would begin;
 * - nouns in `-re` are agent nouns in `-are`/`-ere` (`läraren` → `lärare`); `kåren`, `muren`
 *   are `kår`, `mur` (loans such as `genre` are the price).
 */
function participleCheck(lemma: string, base: string, upos: Upos): string {
  if (upos !== 'NOUN' || lemma.length + 1 !== base.length) return lemma;
  const lower = lemma.toLowerCase();
  if (!lower.endsWith('e') || !base.toLowerCase().endsWith('en')) return lemma;
  if (lower.endsWith('ande') || lower.endsWith('ende')) return VOWEL.test(lower.slice(0, -4)) ? lemma : base.slice(0, -2);
  if (lower.endsWith('re') && !lower.endsWith('are') && !lower.endsWith('ere')) return base.slice(0, -2);
  return lemma;
}

/** Tag to try in the lexicon when the form is not known with its own tag. */
const ALT: Partial<Record<Upos, Upos>> = { VERB: 'AUX', AUX: 'VERB', PRON: 'DET', DET: 'PRON', NOUN: 'PROPN' };

/**
 * The lemma of a name the training data does not know with that tag. A Swedish name does not
 * inflect except for the genitive, so its lemma is the name as written without a genitive ending
 * (`Dalarna` → `Dalarna`, not `Dalar`; `Elfenbenskustens` → `Elfenbenskusten`; `EU:s` → `EU`):
 * a known name as compound head first (`Mellansveriges` → `Mellansverige`), then a listed name
 * before `-s` (`Dalarnas` → `Dalarna`), then the learned suffix rules, but only where they strip a genitive `s`, `:s` or `'` (they say
 * which `-s` endings are genitives: `Annas`, not `Jonas` or `Paris`).
 */
function nameLemma(base: string, lower: string, letter: string, m: LemmaModel, lexicon?: Lexicon): string {
  const r = compound(base, lower, letter, m);
  if (r !== null) return r;
  // The genitive of a name the treebank knows (`Stockholms` → `Stockholm`).
  if (lower.length > 3 && lower.endsWith('s')) {
    const e = m.lex.get(lower.slice(0, -1) + '\t' + letter);
    if (e !== undefined) return applyEdit(base.slice(0, -1), e) ?? base.slice(0, -1);
  }
  // The genitive of a listed name (`Dalarnas` → `Dalarna`); a listed name itself stays (`Jonas`).
  if (lower.endsWith('s') && !isListedName(base, false, lexicon) && isListedName(base.slice(0, -1), false, lexicon)) return base.slice(0, -1);
  const len = lower.length;
  for (let k = Math.min(m.maxSuffix, len); k >= 0; k--) {
    const e = m.rules.get(letter + lower.slice(len - k));
    if (e === undefined) continue;
    return GENITIVE_EDITS.has(e) && lower.endsWith(GENITIVE_EDITS.get(e)!) ? base.slice(0, base.length - +e[0]!) : base;
  }
  return base;
}

/** The edits that strip a genitive ending, with the ending they must strip. */
const GENITIVE_EDITS: ReadonlyMap<string, string> = new Map([
  ['1:', 's'],
  ['2:', ':s'],
]);

/** Compound head: the longest known word at the end with the same tag (`delegationens`), or `null`. */
function compound(base: string, lower: string, letter: string, m: LemmaModel): string | null {
  const len = lower.length;
  for (let j = 2; len - j >= m.minHead; j++) {
    const e = m.lex.get(lower.slice(j) + '\t' + letter);
    if (e !== undefined && +e.slice(0, e.indexOf(':')) <= len - j) return applyEdit(base, e) ?? base;
  }
  return null;
}

/** A named correction of the lemma the tables give a noun or adjective. */
export interface LemmaCorrection {
  /** Kebab-case id. */
  id: string;
  /** One line with a Swedish example. */
  doc: string;
  /**
   * The corrected lemma, or `null` when the correction does not apply.
   *
   * @param lemma The tables' lemma.
   * @param base The form the edits apply to ({@link lemmaBase}).
   * @param lower The form in lower case.
   * @param upos The tag (`NOUN` or `ADJ`).
   * @param m The tables (the SALDO lexicon for checks).
   * @param lists The lexicon's word lists the corrections read ({@link lemmaListsOf}).
   */
  apply(lemma: string, base: string, lower: string, upos: Upos, m: LemmaModel, lists: LemmaLists): string | null;
}

/** The word lists of a {@link Lexicon} that the corrections read, in the shape they read them. */
export interface LemmaLists {
  /** `lemmaEumNouns`: nouns in `-eum` (`museum`). */
  eumNouns: readonly string[];
  /** `lemmaDefiniteNAfterI`: endings of nouns in a stressed `-i` (`pandemi`). */
  definiteNAfterI: readonly string[];
  /** `lemmaStrongVerbPasts`: a strong verb's past → its infinitive (`bar` → `bära`). */
  strongVerbPasts: ReadonlyMap<string, string>;
}

const lemmaLists = new WeakMap<Lexicon, LemmaLists>();

/**
 * The lists the corrections read from a lexicon (default: the built-in one), made once per lexicon.
 *
 * @param lexicon The lexicon.
 */
export function lemmaListsOf(lexicon: Lexicon = defaultLexicon()): LemmaLists {
  return memoOf(lemmaLists, lexicon, () => ({
    eumNouns: lexicon.lemmaEumNouns,
    definiteNAfterI: lexicon.lemmaDefiniteNAfterI,
    strongVerbPasts: new Map(lexicon.lemmaStrongVerbPasts.map((e) => [e.slice(0, e.indexOf(':')), e.slice(e.indexOf(':') + 1)] as const)),
  }));
}

/**
 * An adjective in `-ska` whose lemma the tables leave as the word (the treebank lemmatises the
 * `Europeiska` of a name as `Europeiska`): the base form drops the plural/definite `-a`
 * (`europeiska` → `europeisk`, `afrikanska` → `afrikansk`). No Swedish adjective's base form ends in `-ska`.
 */
const skaAdjective: LemmaCorrection = {
  id: 'ska-adjective',
  doc: "an adjective in -ska left as the word drops its -a ('europeiska' → 'europeisk')",
  apply(lemma, base, lower, upos) {
    return upos === 'ADJ' && lower.length > 5 && lower.endsWith('ska') && lemma.toLowerCase() === lower ? base.slice(0, -1) : null;
  },
};

/**
 * `data` read as the plural of `datum` (`hälsodata` → `hälsodatum`): in today's Swedish `data`
 * (information) is a mass noun of its own, as UD has it (`data` → `data`); `datum` is a date.
 */
const dataNotDatum: LemmaCorrection = {
  id: 'data-not-datum',
  doc: "a noun in -data is no plural of -datum ('hälsodata', 'persondatan' → 'persondata')",
  apply(lemma, base, lower, upos) {
    if (upos !== 'NOUN' || !lemma.endsWith('datum')) return null;
    const stem = lemma.length - 5;
    if (lower.slice(0, stem) !== lemma.slice(0, stem).toLowerCase()) return null;
    const rest = lower.slice(stem);
    return rest === 'data' || rest === 'datan' || rest === 'datas' || rest === 'datans' ? base.slice(0, stem) + 'data' : null;
  },
};

/**
 * A noun in `-eum` whose inflections drop the `-um` (`museet`, `museets`, `museer`,
 * `jubileet`): a lemma cut there too (`museets` → `muse`) is the `-eum` form
 * (the lexicon's `lemmaEumNouns`, also as a compound's last part: `konstmuseets` → `konstmuseum`).
 */
const eumNoun: LemmaCorrection = {
  id: 'eum-noun',
  doc: "a noun in -eum keeps its -um in the lemma ('museets' → 'museum', not 'muse')",
  apply(lemma, _base, lower, upos, _m, lists) {
    if (upos !== 'NOUN' || !lemma.endsWith('e') || lower.length <= lemma.length || !lower.startsWith(lemma.toLowerCase())) return null;
    const full = lemma.toLowerCase() + 'um';
    for (const e of lists.eumNouns) if (full.endsWith(e)) return lemma + 'um';
    return null;
  },
};

/** The SALDO noun class. */
const SALDO_NOUN = classBit('N');

/**
 * A noun in `-in` cut to `-i` as if the `-n` were the definite ending of a noun in a stressed
 * `-i` (`pandemin` → `pandemi` is right): when SALDO lists the word itself as a noun (or its
 * compound head) and not the cut form, the word is the lemma (`vaccin`, not `vacci`; `rutin`, `termin`).
 */
const inNounSlip: LemmaCorrection = {
  id: 'in-noun-slip',
  doc: "a noun in -in that SALDO lists is not cut to -i ('vaccin' → 'vaccin', not 'vacci'; 'pandemin' → 'pandemi' stays)",
  apply(lemma, base, lower, upos, m) {
    const cut = inCutToI(lemma, lower, upos, m);
    return cut !== null && saldoNoun(m, lower) && !saldoNoun(m, cut) ? base : null;
  },
};

/**
 * The tables' lemma of a noun in `-in` when it is the word cut to `-i` (`vacci` of `vaccin`,
 * `pandemi` of `pandemin`), in lower case, else `null`: what `in-noun-slip` and `in-loan-noun` judge.
 */
function inCutToI(lemma: string, lower: string, upos: Upos, m: LemmaModel): string | null {
  if (upos !== 'NOUN' || m.saldo === undefined || lemma.length + 1 !== lower.length || !lower.endsWith('in')) return null;
  const cut = lemma.toLowerCase();
  return cut.endsWith('i') && lower.startsWith(cut) ? cut : null;
}

/**
 * A noun in `-ium` cut where its forms drop the `-um` (`decennierna` → `decenni`, `kriterierna` →
 * `kriteri`): when SALDO lists the cut form plus `-um` as a noun and not the cut form itself, that
 * is the lemma (`decennium`, `kriterium`, `akvarium`). Nouns in `-eum` are `eum-noun`'s (the
 * lexicon's list).
 */
const iumNoun: LemmaCorrection = {
  id: 'ium-noun',
  doc: "a noun in -ium SALDO lists keeps its -um in the lemma ('decennierna' → 'decennium', not 'decenni')",
  apply(lemma, _base, lower, upos, m) {
    if (upos !== 'NOUN' || m.saldo === undefined || lower.length <= lemma.length || lemma.length < 4) return null;
    const l = lemma.toLowerCase();
    if (l.charCodeAt(l.length - 1) !== 105 /* i */ || !lower.startsWith(l)) return null;
    return saldoNoun(m, l + 'um') && !saldoNoun(m, l) ? lemma + 'um' : null;
  },
};

/**
 * A noun in `-in` that SALDO does not know (`reserpin`, `klorpromazin`, `heparin`) cut to `-i` as a
 * definite of a noun in a stressed `-i`: those nouns end in one of the lexicon's
 * `lemmaDefiniteNAfterI` (`pandemi`, `strategi`, `terapi`), or SALDO lists them; a cut that does
 * neither is a slip, and the word is the lemma. Words SALDO knows are `in-noun-slip`'s.
 */
const inLoanNoun: LemmaCorrection = {
  id: 'in-loan-noun',
  doc: "a noun in -in SALDO does not know is not cut to -i unless -i takes -n ('reserpin' → 'reserpin'; 'nanoteknologin' → 'nanoteknologi' stays)",
  apply(lemma, base, lower, upos, m, lists) {
    const cut = lower.length < 6 ? null : inCutToI(lemma, lower, upos, m);
    if (cut === null) return null;
    for (const e of lists.definiteNAfterI) if (cut.endsWith(e)) return null;
    if (saldoNoun(m, lower) || saldoNoun(m, cut)) return null;
    return base;
  },
};

/** The tag letter of NOUN in the tables. */
const NOUN_LETTER = TAG_LETTERS[TAGS.indexOf('NOUN')]!;

/** Whether SALDO lists `lemma` as a noun, itself or (after a first part that is a word) by its compound head. */
function saldoNoun(m: LemmaModel, lemma: string): boolean {
  return (lexLookup(m.saldo!.lex, lemma, true)[0] & SALDO_NOUN) !== 0;
}

/**
 * The definite plural of an agent noun in `-are` (`lärare` → `lärarna`, `besökare` → `besökarna`,
 * `åskådare` → `åskådarna`) read as the plural of a shorter noun (`besök`, `lära`): a form in
 * `-arna`/`-arnas` the treebank never saw, whose `-are` noun SALDO lists, takes it as lemma unless
 * the shorter reading is a noun with an `-ar` plural (`vägarna` → `väg`, `pojkarna` → `pojke`).
 * The shorter noun stands aside when SALDO does not list it, when it ends in `-a` (`lära` has
 * `läror`), or when the treebank has it, or its compound head, as a neuter (`besöket` → `besök`,
 * `spelet` for `motspel`; a neuter never takes `-arna`).
 * Ambiguous pairs stay with the tables (`fiskarna`: `fisk` or `fiskare`).
 */
const agentNounPlural: LemmaCorrection = {
  id: 'agent-noun-plural',
  doc: "a definite plural in -arna of an agent noun takes its -are lemma ('besökarna' → 'besökare', 'lärarna' → 'lärare')",
  apply(lemma, base, lower, upos, m) {
    if (upos !== 'NOUN' || m.saldo === undefined) return null;
    const cut = arnaEnding(lower);
    if (cut === 0) return null;
    const x = lower.slice(0, lower.length - cut);
    const l = lemma.toLowerCase();
    if ((l !== x && l !== x + 'e' && l !== x + 'a') || m.lex.has(lower + '\t' + NOUN_LETTER)) return null;
    if (!saldoNoun(m, x + 'are')) return null;
    // (a noun in -a has its plural in -or: `lära` → `läror`, so `lärarna` is no form of it)
    if (l !== x + 'a' && saldoNoun(m, l) && !neuterInTreebank(m, x)) return null;
    return base.slice(0, base.length - cut) + 'are';
  },
};

/**
 * The length of the definite plural ending `-arna` / `-arnas` after a stem of at least three
 * letters (`lärarna`: 4, `lärarnas`: 5), else 0: the forms the two agent-noun corrections judge.
 */
function arnaEnding(lower: string): number {
  const cut = lower.endsWith('arna') ? 4 : lower.endsWith('arnas') ? 5 : 0;
  return lower.length - cut < 3 ? 0 : cut;
}

/**
 * Whether the treebank has `-et` as the definite singular of `x` or of its compound head
 * (`besöket` → `besök`; `spelet` → `spel` for `motspel`): a neuter.
 */
function neuterInTreebank(m: LemmaModel, x: string): boolean {
  for (let j = 0; x.length - j >= 3; j = j === 0 ? 2 : j + 1) {
    const head = x.slice(j);
    const e = m.lex.get(head + 'et\t' + NOUN_LETTER);
    if (e !== undefined && applyEdit(head + 'et', e) === head) return true;
  }
  return false;
}

/**
 * The definite plural of an agent noun in `-are` whose shorter reading is a word too (`ledarna`:
 * `ledare` or `led`; `agent-noun-plural` leaves it, since SALDO lists `led`): the treebank decides
 * when it has seen the `-are` noun (`ledare`, `ledaren`) and never a form of the shorter noun
 * with an `-ar` plural (`leder` is a verb there, the noun `led` has `leder`). A shorter noun the
 * treebank saw with `-ar` keeps the tables' reading (`vägarna` → `väg`, `fiskarna`), and so does
 * a neuter or a noun in `-a` (`agent-noun-plural`'s).
 */
const agentNounKnown: LemmaCorrection = {
  id: 'agent-noun-known',
  doc: "a definite plural in -arna of an agent noun the treebank knows takes -are when it never saw the shorter noun with -ar ('ledarna' → 'ledare', not 'led')",
  apply(lemma, base, lower, upos, m) {
    if (upos !== 'NOUN') return null;
    const cut = arnaEnding(lower);
    if (cut === 0 || m.lex.has(lower + '\t' + NOUN_LETTER)) return null;
    const x = lower.slice(0, lower.length - cut);
    const l = lemma.toLowerCase();
    if (l !== x && l !== x + 'e') return null;
    if (!AGENT_FORMS.some((f) => treebankLemma(m, x + f) === x + 'are')) return null;
    if (AR_PLURALS.some((f) => { const t = treebankLemma(m, x + f); return t === x || t === x + 'e'; })) return null;
    return base.slice(0, base.length - cut) + 'are';
  },
};

/** The forms of an agent noun in `-are` after its stem (`ledare`, `ledaren`, `ledares`, `ledarens`). */
const AGENT_FORMS = ['are', 'aren', 'ares', 'arens'] as const;
/** The forms of a plural in `-ar` after the stem (`vägar`, `vägarna`, `vägars`, `vägarnas`). */
const AR_PLURALS = ['ar', 'arna', 'ars', 'arnas'] as const;

/** The lemma the treebank gives a form read as a noun, in lower case, or `undefined`. */
function treebankLemma(m: LemmaModel, lower: string): string | undefined {
  const e = m.lex.get(lower + '\t' + NOUN_LETTER);
  return e === undefined ? undefined : applyEdit(lower, e)?.toLowerCase();
}

/** The tag letters of VERB and AUX in the tables. */
const VERB_LETTERS = [TAG_LETTERS[TAGS.indexOf('VERB')]!, TAG_LETTERS[TAGS.indexOf('AUX')]!] as const;
/** The SALDO verb and adjective classes. */
const SALDO_VERB = classBit('V');
const SALDO_ADJ = classBit('A');

/**
 * A form of a particle or prefix compound of a strong verb the treebank never saw (`innebar`,
 * `förbjöd`, `översteg`, `uppstod`): Swedish compounds inflect in their last part, so the lemma is
 * the first part + the simple verb's lemma the treebank knows (`bar` → `bära`: `innebära`; `stod`
 * → `stå`: `uppstå`), where the tables cut the form as if it were weak (`inneba`). The longest
 * simple verb at the end decides (a form the treebank knows as a verb, else a past of the lexicon's
 * `lemmaStrongVerbPasts`), and SALDO must list the compound as a verb.
 */
const compoundVerbForm: LemmaCorrection = {
  id: 'compound-verb-form',
  doc: "a compound of a strong verb inflects as the simple verb ('innebar' → 'innebära', 'uppstod' → 'uppstå')",
  apply(lemma, base, lower, upos, m, lists) {
    if ((upos !== 'VERB' && upos !== 'AUX') || m.saldo === undefined || lower.length < 5) return null;
    if (m.lex.has(lower + '\t' + VERB_LETTERS[0]) || m.lex.has(lower + '\t' + VERB_LETTERS[1])) return null;
    for (let j = 2; lower.length - j >= 2; j++) {
      const head = lower.slice(j);
      const e = m.lex.get(head + '\t' + VERB_LETTERS[0]) ?? m.lex.get(head + '\t' + VERB_LETTERS[1]);
      const simple = e === undefined ? lists.strongVerbPasts.get(head) : applyEdit(head, e);
      if (simple === undefined) continue;
      if (simple === null) return null;
      const full = lower.slice(0, j) + simple.toLowerCase();
      if (full === lemma.toLowerCase() || !lexHas(m.saldo.lex, full, SALDO_VERB)) return null;
      return base.slice(0, j) + simple.toLowerCase();
    }
    return null;
  },
};

/**
 * A supine or past participle in `-t`/`-d` cut to a stem (`klippt` → `klipp`, `köpt` → `köp`,
 * `stängd` → `stäng`) where SALDO lists the stem + `-a` as a verb and not the stem itself with the
 * tag's class: as a verb the lemma is the verb (`klippa`, `köpa`), as an adjective, in the current
 * UD annotation, the participle itself (`klippt`, `stängd`). Adjectives whose neuter is cut right
 * stay (`svårt` → `svår`: SALDO lists `svår`).
 */
const participleStem: LemmaCorrection = {
  id: 'participle-stem',
  doc: "a participle in -t/-d cut to a stem takes its verb or stays itself ('klippt' → 'klippa' as a verb, 'klippt' as an adjective)",
  apply(lemma, base, lower, upos, m) {
    if ((upos !== 'VERB' && upos !== 'ADJ') || m.saldo === undefined || lower.length < 4) return null;
    const last = lower.charCodeAt(lower.length - 1);
    if (last !== 116 /* t */ && last !== 100 /* d */) return null;
    const cut = lower.slice(0, -1);
    if (lemma.toLowerCase() !== cut || !lexHas(m.saldo.lex, cut + 'a', SALDO_VERB)) return null;
    if (upos === 'VERB') return lexHas(m.saldo.lex, cut, SALDO_VERB) ? null : lemma + 'a';
    return lexHas(m.saldo.lex, cut, SALDO_ADJ) ? null : base;
  },
};

/**
 * The named corrections, in order, applied to the lemma the tables give a noun or adjective (the
 * first that applies wins; each is a language decision checked against the current UD
 * annotation, see docs/quality.md). Moved here from the keyword step so that every user of
 * `tag()` and `analyze()` gets them.
 */
export const LEMMA_CORRECTIONS: readonly LemmaCorrection[] = [skaAdjective, dataNotDatum, eumNoun, iumNoun, inNounSlip, inLoanNoun, agentNounPlural, agentNounKnown, compoundVerbForm, participleStem];

/**
 * Applies the first correction that fires, else returns the lemma unchanged.
 *
 * @param lemma The tables' lemma.
 * @param base The form the edits apply to ({@link lemmaBase}).
 * @param lower The form in lower case.
 * @param upos The tag.
 * @param m The tables.
 * @param lexicon The lexicon whose lists the corrections read (default: the built-in one).
 * @param corrections The corrections switched on, in order (default: all of {@link LEMMA_CORRECTIONS}).
 */
export function correctLemma(
  lemma: string,
  base: string,
  lower: string,
  upos: Upos,
  m: LemmaModel,
  lexicon?: Lexicon,
  corrections: readonly LemmaCorrection[] = LEMMA_CORRECTIONS,
): string {
  if (corrections.length === 0) return lemma;
  const lists = lemmaListsOf(lexicon);
  for (const c of corrections) {
    const r = c.apply(lemma, base, lower, upos, m, lists);
    if (r !== null) return r;
  }
  return lemma;
}
