/**
 * Function words of foreign names in Swedish text, for the tagger (`04-annotate/tag`).
 *
 * - `HONORIFICS`: English titles written before a person's name (`Mr Jones`, `Ms. Lind`, `Sir Ernest`).
 *   They are common nouns, as Talbanken tags the Swedish ones (`dr`, `fru`, `herr`: NOUN), not part of
 *   the name.
 * - `FOREIGN_ARTICLES`: definite articles of English, Spanish, French, German and Italian that begin a
 *   title or a name (`The Times`, `El País`, `Die Welt`, `Il Foglio`): determiners, as Talbanken tags
 *   `the` (DET). Not `Le`, `La`, `Los`: they begin surnames and places too often (`Le Pen`, `La Paz`,
 *   `Los Angeles`).
 *
 * Source: written for swedish-nlp (language decision, from UD Swedish practice). Licence: MIT.
 *
 * @module
 */

/** English titles before a name, as written, `|`-separated. */
export const HONORIFICS = 'Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Miss|Sir|Lord';

/** Foreign definite articles that begin a name or title, as written, `|`-separated. */
export const FOREIGN_ARTICLES = 'The|El|Die|Der|Das|Il';
