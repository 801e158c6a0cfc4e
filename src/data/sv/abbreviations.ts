/**
 * Swedish abbreviations for the tokenizer and the sentence splitter.
 *
 * Source: hand-written for swedish-nlp from Swedish writing conventions (Språkrådet's
 * "Svenska skrivregler" lists the common forms) and checked against how UD Swedish-Talbanken
 * (train/dev, CC BY-SA 4.0) tokenizes them. The list itself is our own work; licence MIT.
 *
 * Language decisions are commented beside each list.
 *
 * @module
 */

/**
 * Abbreviations written with a final full stop that are NOT ordinary Swedish words, so
 * `word` + `.` is always one token (`kl.`, `resp.`, `tel.`). Lower-case, without the dot.
 * Dotted chains (`t.ex.`, `bl.a.`, `fr.o.m.`) are listed in {@link DOTTED_ABBREVIATIONS}.
 */
export const ABBREVIATIONS: readonly string[] = [
  // time and dates (`kl. 8`, `11 jan. 2018`; `jul.` is ambiguous, see AMBIGUOUS_ABBREVIATIONS)
  'kl', 'febr', 'feb', 'apr', 'aug', 'sept', 'sep', 'okt', 'nov', 'dec',
  'mån', 'tis', 'tisd', 'ons', 'onsd', 'tors', 'torsd', 'fred', 'lörd', 'sönd',
  // references in running text (`s. 16`, `kap. 7`, `jfr s. 102`, `ff.`)
  'kap', 'sid', 'fig', 'tab', 'ff', 'jfr', 'resp', 'vol', 'nr', 'uppl', 'bd', 'anm', 'art', 'avd',
  // titles before names (`prof. Nivre`, `dr. Åsa`)
  'prof', 'doc', 'dr', 'hr', 'fru', 'kungl', 'ingr', 'fil', 'pol', 'mag', 'kand', 'lic', 'jur', 'med', 'tekn',
  // common Latin and Swedish abbreviations
  'etc', 'osv', 'dvs', 'mfl', 'mm', 'pga', 'ca', 'cirka', 'ev', 'enl', 'ang', 'exkl', 'inkl', 'forts', 'obs',
  'bla', 'tex', 'sk', 'st', 'tr', 'tel', 'proc', 'milj', 'mdr', 'mkr', 'tkr', 'kr', 'ggr', 'omkr', 'ung',
  'övers', 'sthlm', 'gbg', 'adr', 'tfn', 'vs', 'bl', 'sek', 'mom', 'pkt', 'tim', 'sekr', 'ordf', 'bitr', 'kapt', 'löjtn',
  // Bible references in Talbanken (`1 Mos. 2:24`, `1 Kor. 7`)
  'mos', 'kor', 'mt', 'joh', 'luk', 'matt',
];

/**
 * Abbreviations that stand before a name, a number or anything else and so are followed by a capital
 * or a digit without ending a sentence (`prof. Nivre`, `Kungl. Tekniska högskolan`, `kl. 8`, `s. 16`, `1 Mos. 2:24`).
 * Decision: every other abbreviation from {@link ABBREVIATIONS} keeps its dot only when the
 * sentence goes on; before a capital, a dash or a quote the dot is punctuation (`79 proc.` `Bara …`
 * → `proc` `.`), as Talbanken does.
 */
export const TITLE_ABBREVIATIONS: readonly string[] = [
  'prof', 'doc', 'dr', 'hr', 'fru', 'kungl', 'fil', 'pol', 'mag', 'kand', 'lic', 'jur', 'med', 'tekn', 'kapt', 'löjtn',
  'gen', 'bitr', 'ordf', 'sekr', 'ingr', 'mos', 'kor', 'mt', 'joh', 'luk', 'matt', 'kl', 'nr', 's', 'sid', 'kap', 'ca', 'jfr',
  'tel', 'tfn', 'fig', 'tab', 'vol', 'bd', 'art', 'p', 'pkt', 'mom', 'uppl', 'avd', 'resp', 'ang', 'enl', 'inkl', 'exkl',
  // connectives that go on with whatever follows (`dvs. Sverige`, `omkr. 5 000`)
  'dvs', 'pga', 'ev', 'vs', 'bla', 'tex', 'sk', 'cirka', 'omkr', 'obs',
];

/**
 * Abbreviations that are also ordinary Swedish words (`jul` = Christmas, `mån` = extent, `bet` = bit,
 * `ex` = a former partner, `min` = my, `mark` = ground, `fred` = peace, `ung` = young, `vice`, `gen`,
 * `s`, `f`, `e`, `n`, `p`, `v`, `ö` = letters). Decision: `word.` is one abbreviation token only when
 * the text goes on in the same sentence — the next token is a number or starts with a lower-case
 * letter (`1 jul. 1971`, `i viss mån. och`). Before a capital or at the end, the full stop is
 * punctuation: `Vi ses till jul.` → `jul` `.`.
 */
export const AMBIGUOUS_ABBREVIATIONS: readonly string[] = [
  'jul', 'jun', 'mar', 'jan', 'mån', 'fred', 'ons', 'tors', 'bet', 'ex', 'min', 'mark', 'ung', 'vice', 'gen', 'art',
  'fil', 'pol', 'mag', 'med', 'fru', 'kand', 'tim', 'mm', 'st', 'tr', 'sk', 'tex', 'bla', 'vs', 'bl', 'e', 'f', 'n', 'p', 'v', 'ö', 's',
  'kor', 'mt', 'mos', 'joh', 'luk', 'matt', 'mom', 'sek', 'gen', 'kr', 'kapt', 'dec', 'nov', 'sep', 'okt', 'adr',
];

/**
 * Abbreviations from {@link AMBIGUOUS_ABBREVIATIONS} that are also ordinary Swedish words or letters
 * (`jul` = Christmas, `min` = my, `mark` = ground, `s`, `e` …). The others (`jan`, `dec`, `kr`) are
 * ambiguous only because they often end a sentence. Decision: a text that is nothing but one
 * abbreviation with its dot (`Dec.`, `kr.`, `osv.`: a heading, a table cell) keeps the dot on the
 * abbreviation, except for these words (`jul.` alone is `jul` `.`).
 */
export const ABBREVIATIONS_THAT_ARE_WORDS: readonly string[] = [
  'jul', 'mån', 'fred', 'bet', 'ex', 'min', 'mark', 'ung', 'vice', 'gen', 'art', 'fil', 'pol', 'mag', 'med', 'fru',
  'st', 'e', 'f', 'n', 'p', 'v', 'ö', 's', 'mos', 'mar', 'tim',
];

/**
 * Dotted chains that are abbreviations although a segment is longer than two letters
 * (chains of one- and two-letter segments such as `t.o.m.`, `U.S.A.` are recognised
 * without a list). Lower-case, without the final dot.
 */
export const DOTTED_ABBREVIATIONS: readonly string[] = [
  't.ex', 'fr.o.m', 'p.g.a', 'm.fl', 'bl.a', 'd.v.s', 'o.s.v', 's.k', 'm.m', 't.o.m', 'f.n', 'e.d', 'o.d', 'm.a.o',
  'f.d', 'f.kr', 'e.kr', 'ff.kr', 'v.g', 'ex.vis', 'resp', 'i.st.f', 'ev', 'fr.a', 'gm', 'f.ö', 'jur.kand', 'fil.kand', 'fil.dr',
  'med.dr', 'pol.mag', 'civ.ing', 'tekn.dr', 'kungl', 'st.f', 'inkl.moms', 'exkl.moms', 'bl.annat',
];

/**
 * Abbreviations that often end a sentence (`… böcker, tidningar etc. Sedan …`). Decision, following
 * Talbanken (`etc` + `.` 29 times, `etc.` twice): the full stop is part of one of these only when the
 * sentence goes on (a lower-case word or `,` `;` `:` follows); otherwise it is punctuation and ends the
 * sentence. After any other abbreviation (`t.ex. Sverige`, `prof. Nivre`, `kl. Tolv`) the sentence
 * does not end.
 */
export const SENTENCE_FINAL_ABBREVIATIONS: readonly string[] = [
  'etc', 'osv', 'o.s.v', 'm.m', 'mm', 'm.fl', 'mfl', 'e.d', 'o.d', 'kr', 'st', 'ff', 'f.kr', 'e.kr', 'ggr', 'proc',
  'milj', 'mdr', 'mkr', 'tkr',
];

/**
 * The older spaced forms that UD Swedish-Talbanken writes AND tokenizes as one token with a
 * space inside (`det s k basbeloppet`, `t ex`, `o s v`). Decision: we follow Talbanken and keep
 * them as one token when the parts are separated by exactly one space (or one line break in wrapped
 * text: the token then holds that line break); the parts are matched
 * case-insensitively on the first letter only (`Bl a`, `Fr o m`).
 */
export const SPACED_ABBREVIATIONS: readonly string[] = [
  't ex', 's k', 'bl a', 't o m', 'o s v', 'd v s', 'f n', 'm m', 'fr o m', 'm fl', 't v', 't h', 'e d', 'o d',
  'p g a', 'm a o', 'f d', 'f ö', 'i st f', 'fr a', 'e kr', 'f kr', 'v g v',
];

/**
 * Word + colon + suffix forms that are one token (`SVT:s`, `EU:s`, `S:t`, `Maj:t`, `1:a`, `3:e`,
 * `99:e`, `H:son`, `c:a`, `Tv:n`). These are the suffixes allowed after the colon.
 */
export const COLON_SUFFIXES: readonly string[] = [
  's', 't', 'n', 'a', 'e', 'en', 'et', 'ens', 'ets', 'ar', 'arna', 'arnas', 'er', 'erna', 'ernas', 'or', 'orna', 'ornas',
  'na', 'ns', 'ts', 'as', 'es', 'son', 'sons', 'ska', 'are', 'arens', 'aren', 'ers', 'ande', 'ares', 'ans', 'an', 'nas',
];

/**
 * Top-level domains that make a bare `name.tld` a URL (`svt.se`, `regeringen.se/press`). Decision:
 * only lower-case, so a lost space before a capital (`i Sverige.Se`) is not a URL.
 */
export const BARE_DOMAIN_TLDS: readonly string[] = [
  'se', 'com', 'org', 'net', 'nu', 'eu', 'fi', 'no', 'dk', 'de', 'uk', 'io', 'info', 'gov', 'edu', 'ax',
];

/**
 * Capitalised words that very often start a Swedish sentence (`Ni` is left out: older text
 * capitalises it inside sentences). Decision: a single capital letter
 * with a full stop before one of these is a sentence end (`vitamin A. Det …`), otherwise it is an
 * initial (`J. Nivre`, `A. I. Rabin`).
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'det', 'den', 'de', 'detta', 'dessa', 'denna', 'han', 'hon', 'vi', 'jag', 'du', 'man', 'men', 'och', 'eller',
  'då', 'där', 'nu', 'sedan', 'så', 'om', 'när', 'som', 'efter', 'för', 'till', 'med', 'på', 'i', 'en', 'ett', 'av',
  'även', 'också', 'dessutom', 'enligt', 'under', 'vid', 'från', 'hur', 'vad', 'vem', 'varför', 'var', 'är', 'har', 'kan',
  'ska', 'skulle', 'inte', 'alla', 'många', 'flera', 'här', 'därför', 'trots', 'redan', 'dock', 'samtidigt',
  'hos', 'ändå', 'vissa', 'ungefär', 'tidigare', 'att', 'såväl', 'därmed', 'innan', 'medan', 'eftersom', 'bland',
  'genom', 'mellan', 'utan', 'dels', 'varje', 'inom', 'mot', 'ur', 'över', 'sådana', 'något', 'några', 'ingen', 'inga',
  'vilka', 'vilken', 'vilket', 'endast', 'bara', 'först', 'senare', 'idag', 'år', 'ofta', 'numera', 'varken', 'antingen',
  'hur', 'allt', 'mycket', 'mer', 'fler', 'de', 'sina', 'hans', 'hennes', 'deras', 'vår', 'vårt', 'våra',
];
