// Source: written by hand for swedish-nlp (lemmatizer corrections, moved from the keyword step), MIT.
// Word endings the lemmatizer's named corrections read (src/pipeline/04-annotate/tag/lemma.ts)
// and the keyword step's lemma check (src/pipeline/07-keywords/rules/lemmas.ts), both through
// the Lexicon (`lemmaEumNouns`, `lemmaDefiniteNAfterI` in lexicon.ts), so a caller can change
// them. Language decisions are commented.

/**
 * Endings of nouns in a stressed `-i` that take `-n` in the definite singular (`strategi` →
 * `strategin`, `ekonomi`, `pandemi`, `ceremoni`, `teori`, `industri`, `psykiatri`, `filosofi`,
 * `demokrati`, `terapi`): after one of them, a lemma one `-n` shorter than the word is the base
 * form. Nouns whose base form ends in `-in` (`vaccin`, `termin`, `delfin`, `rutin`, `doktrin`,
 * `latin`) end otherwise, so a lemmatizer slip on them (`vacci`) is still caught.
 */
export const DEFINITE_N_AFTER_I: readonly string[] = ['gi', 'emi', 'omi', 'oni', 'ori', 'stri', 'iatri', 'etri', 'afi', 'ofi', 'krati', 'mati', 'pati', 'api'];

/**
 * Nouns in `-eum` (also as the last part of a compound: `konstmuseum`): their inflections drop
 * the `-um` (`museet`, `museets`, `museer`, `jubileet`), and a lemmatizer that does not know them
 * may cut the lemma there too (`museets` → `muse`).
 */
export const EUM_NOUNS: readonly string[] = ['museum', 'jubileum', 'mausoleum', 'lyceum', 'kolosseum', 'ateneum'];
