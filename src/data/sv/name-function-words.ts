/**
 * Words whose tag in Swedish text follows from the word and its neighbour, for the tagger
 * (`04-annotate/tag`): function words of foreign names and unit abbreviations.
 *
 * - `HONORIFICS`: English titles written before a person's name (`Mr Jones`, `Ms. Lind`, `Sir Ernest`).
 *   They are common nouns, as Talbanken tags the Swedish ones (`dr`, `fru`, `herr`: NOUN), not part of
 *   the name.
 * - `FOREIGN_ARTICLES`: definite articles of English, Spanish, French, German and Italian that begin a
 *   title or a name (`The Times`, `El País`, `Die Welt`, `Il Foglio`): determiners, as Talbanken tags
 *   `the` (DET). Not `Le`, `La`, `Los`: they begin surnames and places too often (`Le Pen`, `La Paz`,
 *   `Los Angeles`).
 *
 * - `UNIT_ABBREVIATIONS`: abbreviated units of amounts, money and measures written after a number
 *   (`3 md kr`, `12 mkr`, `5 km`): nouns, as Talbanken tags `kr`, `milj`, `km` (NOUN).
 *
 * Source: written for swedish-nlp (language decision, from UD Swedish practice). Licence: MIT.
 *
 * @module
 */

/** English titles before a name, as written, `|`-separated. */
export const HONORIFICS = 'Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Sir|Lord';

/** Foreign definite articles that begin a name or title, as written, `|`-separated. */
export const FOREIGN_ARTICLES = 'The|El|Die|Der|Das|Il';

/** Abbreviated units after a number, as written, `|`-separated (no word that is also a Swedish word: not `ha`, `min`, `st`). */
export const UNIT_ABBREVIATIONS = 'md|mdr|mn|mkr|tkr|mdkr|milj|mln|kr|km|kg|mg|mm|cm|kvm|dl|cl|ml|kWh|MWh|GWh|TWh|MW|GW';
