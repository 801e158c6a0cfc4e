/**
 * Named corrections of the tagger's part of speech, after decoding and the name rules: word kinds
 * whose spelling settles their word class where the model, not having seen the word, guesses
 * another (`jubileets` read as a verb). Each checks its reading against the SALDO lexicon, and
 * each applies only to words the training data never saw (what it saw, the model knows).
 * Switched off by id like the lemma corrections (`rules: { disable: ['ee-noun'] }`).
 *
 * @module
 */
import type { Upos } from '../../../types';
import { classBit, isFirstPart, lexHas, type LexModel } from './lexicon';

/** A named correction of the tag of one word the training data did not see. */
export interface TagCorrection {
  /** Kebab-case id. */
  id: string;
  /** One line with a Swedish example. */
  doc: string;
  /**
   * The corrected tag, or `null` when the correction does not apply.
   *
   * @param form The word as written.
   * @param lower The word in lower case.
   * @param upos The tag the tagger gave it.
   * @param saldo The SALDO lexicon.
   */
  apply(form: string, lower: string, upos: Upos, saldo: LexModel): Upos | null;
}

/** The SALDO noun class. */
const NOUN = classBit('N');

/** Whether SALDO lists `lemma` itself as a noun. */
function saldoNoun(saldo: LexModel, lemma: string): boolean {
  return lexHas(saldo.lex, lemma, NOUN);
}

/** Whether the form is written in lower case (no capital anywhere). */
function lowerCase(form: string, lower: string): boolean {
  return form === lower;
}

/** The ending of an `-e`/`-é` noun's definite neuter singular (`-et`, genitive `-ets`) after its `e`. */
const EE_ENDINGS = ['eet', 'eets', 'éet', 'éets'] as const;

/**
 * A neuter noun in `-e`/`-é` (`kafé`, `renommé`) or `-eum` (`jubileum`, `museum`) in the definite
 * singular (`kaféet`, `jubileets`): no Swedish verb, adjective or adverb form ends in `-eet`, so
 * such a word is a noun, when SALDO lists its base form (`kafé`, `jubileum`) as one. A word
 * written in lower case is no name either. A capitalised name stays (`Riksmuseet`), and so do
 * English words (`sweet`, `street`: no Swedish base form).
 */
const eeNoun: TagCorrection = {
  id: 'ee-noun',
  doc: "a neuter noun in -eet/-éet is a noun, never a verb ('jubileets', 'kaféet')",
  apply(form, lower, upos, saldo) {
    if (upos === 'NOUN' || upos === 'PUNCT' || upos === 'NUM' || upos === 'SYM') return null;
    if (upos === 'PROPN' && !lowerCase(form, lower)) return null;
    const end = EE_ENDINGS.find((e) => lower.endsWith(e));
    if (end === undefined || lower.length < end.length + 3) return null;
    const base = lower.slice(0, lower.length - end.length + 1);
    return saldoNoun(saldo, base) || saldoNoun(saldo, base + 'um') ? 'NOUN' : null;
  },
};

/** The forms of the mass noun `data` at the end of a compound. */
const DATA_ENDINGS = ['data', 'datan', 'datas', 'datans'] as const;

/**
 * A compound of `data` (`hälsodata`, `persondatan`): `data` is a noun, and a word that ends in it
 * after a Swedish first part (`hälso`, `person`, `klimat`) is too, never an adjective or a verb.
 * (No Swedish adjective ends in `-data`; `kandidat`, `mandat` end otherwise.)
 */
const dataNoun: TagCorrection = {
  id: 'data-noun',
  doc: "a compound of data is a noun, never an adjective ('hälsodata', 'persondatan')",
  apply(_form, lower, upos, saldo) {
    if (upos !== 'ADJ' && upos !== 'VERB' && upos !== 'ADV') return null;
    const end = DATA_ENDINGS.find((e) => lower.endsWith(e));
    if (end === undefined) return null;
    const first = lower.slice(0, lower.length - end.length);
    return first.length >= 2 && isFirstPart(saldo.lex, first, 1) ? 'NOUN' : null;
  },
};

/** What replaces the `-um` of a noun in `-eum`/`-ium` in its other forms (`gymnasiet`, `jubileernas`). */
const UM_ENDINGS = ['et', 'ets', 'er', 'ers', 'erna', 'ernas'] as const;

/**
 * A form of a neuter noun in `-eum`/`-ium` without its `-um` (`laboratoriets`, `gymnasiet`,
 * `decennier`, `jubileernas`): no Swedish verb or adjective form ends so on a stem whose `-um`
 * noun SALDO lists, so the word is a noun. A capitalised word other than a name may be one too
 * (`Laboratoriets` at the start of a sentence); a name stays (`Riksmuseet`).
 */
const umNounForm: TagCorrection = {
  id: 'um-noun-form',
  doc: "a form of a noun in -eum/-ium is a noun, never a verb ('laboratoriets', 'jubileernas')",
  apply(form, lower, upos, saldo) {
    if (upos === 'NOUN' || upos === 'PUNCT' || upos === 'NUM' || upos === 'SYM') return null;
    if (upos === 'PROPN' && !lowerCase(form, lower)) return null;
    for (const e of UM_ENDINGS) {
      if (!lower.endsWith(e)) continue;
      const stem = lower.slice(0, lower.length - e.length);
      const v = stem.charCodeAt(stem.length - 1);
      if (stem.length >= 4 && (v === 101 || v === 105) /* e, i */ && saldoNoun(saldo, stem + 'um')) return 'NOUN';
    }
    return null;
  },
};

/**
 * The plural of a noun in `-ia`, `-ie` or a stressed `-i` (`historia` → `historier`, `serie` →
 * `serier`, `kategori` → `kategorier`), with or without its definite `-na` (`historierna`): Swedish
 * verbs in `-iera` have `-ierar`, and no verb form ends in `-ier`, so a word whose singular SALDO
 * lists as a noun is one.
 */
const ierPlural: TagCorrection = {
  id: 'ier-plural',
  doc: "a plural in -ier of a noun in -ia/-ie/-i is a noun, never a verb ('historier', 'kategorierna')",
  apply(_form, lower, upos, saldo) {
    if (upos !== 'VERB' && upos !== 'AUX' && upos !== 'ADJ' && upos !== 'ADV') return null;
    const cut = lower.endsWith('ier') ? 2 : lower.endsWith('ierna') ? 4 : lower.endsWith('iers') ? 3 : lower.endsWith('iernas') ? 5 : 0;
    if (cut === 0 || lower.length - cut < 4) return null;
    const stem = lower.slice(0, lower.length - cut);
    return saldoNoun(saldo, stem + 'a') || saldoNoun(saldo, stem + 'e') || saldoNoun(saldo, stem) ? 'NOUN' : null;
  },
};

/** The named tag corrections, in order (the first that applies wins). */
export const TAG_CORRECTIONS: readonly TagCorrection[] = [eeNoun, umNounForm, ierPlural, dataNoun];

/** Last letters of the words a tag correction may apply to (`t`, `s`, `a`, `n`, `r`): a cheap test before the rules. */
function mayCorrectTag(lower: string): boolean {
  const c = lower.charCodeAt(lower.length - 1);
  return c === 116 || c === 115 || c === 97 || c === 110 || c === 114;
}

/**
 * The tag after the first correction that fires, or `upos` unchanged.
 *
 * @param form The word as written.
 * @param lower The word in lower case.
 * @param upos The tagger's tag.
 * @param saldo The SALDO lexicon (none: no correction).
 * @param corrections The corrections switched on, in order.
 */
export function correctTag(form: string, lower: string, upos: Upos, saldo: LexModel | undefined, corrections: readonly TagCorrection[] = TAG_CORRECTIONS): Upos {
  if (saldo === undefined || !mayCorrectTag(lower)) return upos;
  for (const c of corrections) {
    const r = c.apply(form, lower, upos, saldo);
    if (r !== null) return r;
  }
  return upos;
}
