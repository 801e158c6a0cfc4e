/**
 * Swedish reporting verbs (anföringsverb) that attribute a direct quote to a speaker:
 * `– Det går bra, säger Laura Hartman.`, `Det menar Nils Fors.`, `”…”, skriver han.`
 *
 * Source: hand-curated for swedish-nlp. Licence: same as the project (MIT).
 *
 * Decisions:
 * - Present and past tense forms only (news reports quotes with `säger`/`sa`/`sade`); the
 *   supine/participle forms (`sagt`) never attribute a quote in the `, säger X` slot.
 * - `enligt` is a preposition, not a verb, but it fills the same slot (`”…”, enligt polisen.`)
 *   and is reported as the cue as written.
 * - Verbs of opinion (`tycker`, `menar`, `anser`, `tror`) are included: after a dash quote or a
 *   comma they attribute the quote (`– Det är fel, tycker hon.`). In running text they mostly
 *   introduce indirect speech (`Hon tycker att …`), which the quote step never takes as a quote
 *   because it only attributes text that is already marked as a quote (dash, quotation marks).
 * - Verbs that are also common nouns are left out (`spår` 'predicts' / 'track', `slår`).
 * - Verbs of manner (`skrattar`, `suckar`, `utbrister`) are included because Swedish news uses
 *   them in the attribution slot (`– Äntligen! utbrister hon.`).
 *
 * @module
 */

/** Reporting verbs and `enligt`, lower-case, space-separated. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(
  (
    'säger sa sade säjer berättar berättade menar menade tycker tyckte förklarar förklarade ' +
    'konstaterar konstaterade fortsätter fortsatte tillägger tillade understryker underströk ' +
    'betonar betonade uppger uppgav skriver skrev enligt frågar frågade svarar svarade ' +
    'påpekar påpekade framhåller framhöll anser ansåg hävdar hävdade poängterar poängterade ' +
    'tror trodde avslutar avslutade resonerar resonerade medger medgav erkänner erkände ' +
    'summerar summerade sammanfattar sammanfattade utbrister utbrast skrattar skrattade ' +
    'suckar suckade invänder invände varnar varnade meddelar meddelade kommenterar kommenterade ' +
    'inflikar inflikade flikar twittrar twittrade ropar ropade viskar viskade försäkrar försäkrade ' +
    'lovar lovade hoppas hoppades intygar intygade replikerar replikerade upprepar upprepade ' +
    'skämtar skämtade argumenterar argumenterade beskriver beskrev bekräftar bekräftade ' +
    'vidhåller vidhöll tillstår tillstod noterar noterade påminner påminde inleder inledde ' +
    'avrundar avrundade nickar nickade muttrar muttrade förtydligar förtydligade preciserar ' +
    'preciserade klargör klargjorde kontrar kontrade garanterar garanterade förutspår'
  ).split(' '),
);

/**
 * Verbs that can open an attribution sentence after a quote in 8 Sidor style:
 * `– Vi vill vara öppna. Det säger Anna Ek.` (`Det`/`Detta`/`Så` + verb + speaker).
 */
export const ATTRIBUTION_SENTENCE_OPENERS: ReadonlySet<string> = new Set(['det', 'detta', 'så']);

