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

/**
 * Pasts of Swedish strong (and irregular) verbs with their infinitive, as `past:infinitive`
 * (`bar:bära`, `stod:stå`): the simple verb's lemma that a particle or prefix compound the treebank
 * never saw takes after its first part (`innebar` → `innebära`, `uppstod` → `uppstå`; lemma
 * correction `compound-verb-form`, which checks the compound against SALDO). Language knowledge,
 * Swedish strong verb classes; used only where the treebank does not know the simple past as a verb.
 */
export const STRONG_VERB_PASTS: readonly string[] = [
  'bar:bära', 'skar:skära', 'stal:stjäla', 'bad:be', 'gav:ge', 'låg:ligga', 'satt:sitta', 'såg:se', 'åt:äta',
  'stod:stå', 'tog:ta', 'drog:dra', 'slog:slå', 'for:fara', 'dog:dö', 'log:le', 'gick:gå', 'fick:få',
  'steg:stiga', 'bet:bita', 'red:rida', 'skrev:skriva', 'grep:gripa', 'teg:tiga', 'vek:vika', 'blev:bli', 'sken:skina',
  'bjöd:bjuda', 'bröt:bryta', 'bröts:brytas', 'flöt:flyta', 'frös:frysa', 'göt:gjuta', 'höll:hålla', 'hölls:hållas', 'sköt:skjuta', 'sjöng:sjunga',
  'sprang:springa', 'drack:dricka', 'fann:finna', 'band:binda', 'brann:brinna', 'vann:vinna', 'sprack:spricka', 'stack:sticka', 'sjönk:sjunka',
  'slapp:slippa', 'föll:falla', 'sov:sova', 'kom:komma', 'svor:svära', 'drev:driva', 'knöt:knyta', 'skröt:skryta', 'ströp:strypa',
];
