/**
 * Hand-made curation of the stopwords-iso Swedish list (418 words): every word removed or
 * added, each with its reason. `scripts/data/stopwords.ts` applies it and writes
 * `src/data/sv/stopwords.ts`; edit this file, then run `npx tsx scripts/data/stopwords.ts`.
 *
 * Written for swedish-nlp (MIT). Compared against the Snowball Swedish stop list (114 words,
 * BSD-3-Clause; all of them are in stopwords-iso and all are kept) and the svensktext lists
 * `stoppord.csv` / `stoppord-mycket.csv` (github.com/peterdalle/svensktext).
 *
 * Language decisions (the policy every entry follows):
 * - A stopword is a word that says nothing about what a news text is about: pronouns,
 *   determiners and quantifiers, prepositions, conjunctions and subjunctions, auxiliaries,
 *   modal and light verbs (`ha`, `bli`, `göra`, `få`, `gå`, `komma`, `ligga`, `säga`),
 *   sentence, degree, time and place adverbs, interjections, and number words.
 * - Number words stay stopwords (cardinals and ordinals: `tre`, `tjugonde`, `hundra`): they are
 *   never topics, and the tagger marks them NUM for any stage that wants them.
 * - Content words a news reader needs are removed: nouns (`beslut`, `dag`, `rätt`, `ursäkt`),
 *   evaluative and size adjectives with all their forms (`bra`/`bättre`/`bäst`, `god`, `stor`,
 *   `liten`, `viktig`, `lätt`, `långsam`, `enkel`, `nödvändig`), and the political/directional
 *   `höger`, `vänster`.
 * - Homonyms: a word whose content-word reading matters in news is removed (`sex` the noun,
 *   `dom` = judgment); a word whose function reading dominates stays (`man` = one,
 *   `vår` = our, `var`, `del` as in `en del`, `så`).
 *
 * @module
 */

/** One change to the source list. */
export interface StopwordChange {
  /** The word, lower case, NFC. */
  word: string;
  /** Why it is removed or added. */
  reason: string;
}

const NOUN = 'noun: a content word news is about';
const DECISION = 'the noun/verb "beslut(a)" (decision, decided): central news content';
const DAY = 'noun "dag": content (dates, "dagen efter"); the time adverbs idag/igår/imorgon stay';
const GOOD = 'evaluative adjective (bra/god and their comparisons): carries the opinion of the text';
const BAD = 'evaluative adjective (dålig/ond comparisons): carries the opinion of the text';
const BIG = 'size adjective (stor): content ("stora förändringar"); mer/mest/fler/flest stay as quantifiers';
const SMALL = 'size adjective (liten/små): content ("små företag"); mindre/minst stay as quantifiers ("minst tre")';
const IMPORTANT = 'evaluative adjective (viktig): "viktigast" is exactly what a news reader looks for';
const EASY = 'adjective (lätt = easy/light): content';
const SLOW = 'adjective (långsam = slow): content';
const SIMPLE = 'adjective (enkel = simple): content';
const HIGH = 'adjective (hög = high): content ("höga priser", "högre utbildning", "Högsta domstolen")';
const NECESSARY = 'adjective (nödvändig = necessary): content ("nödvändiga åtgärder"); the adverb nödvändigtvis stays';
const POLITICAL = 'political and directional word ("höger", "vänster", "vänstra"): content in news';

/** Words of stopwords-iso that are NOT stopwords in swedish-nlp. */
export const REMOVED: readonly StopwordChange[] = [
  { word: 'artonn', reason: 'typo for "arton" (added instead)' },
  { word: 'tjungo', reason: 'typo for "tjugo" (already in the list)' },
  { word: 'beslut', reason: DECISION },
  { word: 'beslutat', reason: DECISION },
  { word: 'beslutit', reason: DECISION },
  { word: 'dag', reason: DAY },
  { word: 'dagar', reason: DAY },
  { word: 'dagarna', reason: DAY },
  { word: 'dagen', reason: DAY },
  { word: 'delen', reason: `${NOUN} ("den största delen"); "del" stays for the quantifier "en del", "till stor del"` },
  { word: 'rätt', reason: `${NOUN} ("rätt till vård", a right) and adjective "correct"` },
  { word: 'ursäkt', reason: `${NOUN} ("be om ursäkt": apologies are news)` },
  { word: 'dom', reason: 'homonym: the noun "dom" (judgment, "fick dom") is central in court news; the pronoun (colloquial de/dem) is rare in written news' },
  { word: 'sex', reason: 'homonym: the noun "sex" is content; the number six is tagged NUM anyway' },
  { word: 'bra', reason: GOOD },
  { word: 'bättre', reason: GOOD },
  { word: 'bäst', reason: GOOD },
  { word: 'god', reason: GOOD },
  { word: 'goda', reason: GOOD },
  { word: 'godare', reason: GOOD },
  { word: 'godast', reason: GOOD },
  { word: 'gott', reason: `${GOOD} (also "gott om", removed with its family)` },
  { word: 'fin', reason: 'evaluative adjective (fin = fine): content' },
  { word: 'sämre', reason: BAD },
  { word: 'sämst', reason: BAD },
  { word: 'värre', reason: BAD },
  { word: 'stor', reason: BIG },
  { word: 'stora', reason: BIG },
  { word: 'stort', reason: BIG },
  { word: 'större', reason: BIG },
  { word: 'störst', reason: BIG },
  { word: 'liten', reason: SMALL },
  { word: 'lilla', reason: SMALL },
  { word: 'litet', reason: `${SMALL}; "lite" (a little) stays` },
  { word: 'små', reason: SMALL },
  { word: 'smått', reason: SMALL },
  { word: 'viktig', reason: IMPORTANT },
  { word: 'viktigare', reason: IMPORTANT },
  { word: 'viktigast', reason: IMPORTANT },
  { word: 'viktigt', reason: IMPORTANT },
  { word: 'lätt', reason: EASY },
  { word: 'lättare', reason: EASY },
  { word: 'lättast', reason: EASY },
  { word: 'långsam', reason: SLOW },
  { word: 'långsammare', reason: SLOW },
  { word: 'långsammast', reason: SLOW },
  { word: 'långsamt', reason: SLOW },
  { word: 'enkel', reason: SIMPLE },
  { word: 'enkelt', reason: SIMPLE },
  { word: 'enkla', reason: SIMPLE },
  { word: 'hög', reason: HIGH },
  { word: 'högre', reason: HIGH },
  { word: 'högst', reason: `${HIGH}; also "at most", removed with its family` },
  { word: 'nödvändig', reason: NECESSARY },
  { word: 'nödvändiga', reason: NECESSARY },
  { word: 'nödvändigt', reason: NECESSARY },
  { word: 'likställd', reason: 'participle/adjective "equated": content, not a function word' },
  { word: 'likställda', reason: 'participle/adjective "equated": content, not a function word' },
  { word: 'höger', reason: POLITICAL },
  { word: 'vänster', reason: POLITICAL },
  { word: 'vänstra', reason: POLITICAL },
  { word: 'sitta', reason: 'content verb ("sitta i regeringen", "sitta häktad") and the only form of it in the list; "ligga" stays as the locative verb ("ligger i Falun")' },
];

const PREP = 'preposition';
const CONJ = 'conjunction or subjunction';
const ADV = 'sentence, degree, time or place adverb';
const FORM = 'inflected form of a verb already in the list';
const PRON = 'pronoun or determiner';

/** Function words missing from stopwords-iso that swedish-nlp adds. */
export const ADDED: readonly StopwordChange[] = [
  // Asked for by the project brief, and in svensktext stoppord.csv where noted.
  { word: 'dessutom', reason: `${ADV} (besides)` },
  { word: 'samt', reason: `${CONJ} (and; svensktext stoppord.csv)` },
  { word: 'hos', reason: `${PREP} (at, with)` },
  { word: 'kring', reason: `${PREP} (around, about)` },
  { word: 'omkring', reason: `${PREP} (around, about)` },
  { word: 'trots', reason: `${PREP} (despite; "trots att")` },
  { word: 'medan', reason: `${CONJ} (while)` },
  { word: 'via', reason: `${PREP} (via)` },
  { word: 'både', reason: `${CONJ} (both … and; svensktext stoppord.csv)` },
  { word: 'varandra', reason: `${PRON} (each other)` },
  { word: 'varann', reason: `${PRON} (each other, short form)` },
  { word: 'därmed', reason: `${ADV} (thereby)` },
  { word: 'ändå', reason: `${ADV} (still, anyway; svensktext stoppord.csv)` },
  // Number words: the list has "aderton", "artonde", "ettusen" but not these.
  { word: 'arton', reason: 'number word (eighteen), replaces the typo "artonn"' },
  { word: 'tusen', reason: 'number word (thousand); "ettusen" and "hundra" are in the list' },
  // Pronouns and determiners.
  { word: 'all', reason: `${PRON} (singular of alla/allt; svensktext stoppord.csv)` },
  { word: 'allting', reason: `${PRON} (everything)` },
  { word: 'hela', reason: `${PRON} (predeterminer "hela landet"; svensktext stoppord.csv)` },
  { word: 'hen', reason: `${PRON} (gender-neutral he/she, SAOL since 2015; han/hon are in the list)` },
  { word: 'hens', reason: `${PRON} (genitive of hen)` },
  { word: 'henom', reason: `${PRON} (object form of hen)` },
  { word: 'dej', reason: `${PRON} (spoken form of dig; "mej" is in the list)` },
  { word: 'sej', reason: `${PRON} (spoken form of sig)` },
  { word: 'denne', reason: `${PRON} (masculine form of denna)` },
  { word: 'densamma', reason: `${PRON} (the same)` },
  { word: 'detsamma', reason: `${PRON} (the same)` },
  { word: 'desamma', reason: `${PRON} (the same)` },
  { word: 'egen', reason: `${PRON} (own)` },
  { word: 'eget', reason: `${PRON} (own)` },
  { word: 'egna', reason: `${PRON} (own)` },
  { word: 'själva', reason: `${PRON} (form of själv)` },
  { word: 'självt', reason: `${PRON} (form of själv)` },
  { word: 'bägge', reason: `${PRON} (both, = båda)` },
  { word: 'varenda', reason: `${PRON} (every single)` },
  { word: 'vardera', reason: `${PRON} (each)` },
  { word: 'respektive', reason: `${PRON} (respective, respectively)` },
  // Prepositions.
  { word: 'utom', reason: `${PREP} (except; svensktext stoppord.csv)` },
  { word: 'förutom', reason: `${PREP} (apart from)` },
  { word: 'utöver', reason: `${PREP} (beyond, besides)` },
  { word: 'ifrån', reason: `${PREP} (from)` },
  { word: 'per', reason: `${PREP} (per)` },
  { word: 'längs', reason: `${PREP} (along)` },
  { word: 'runt', reason: `${PREP} (around; "runt om i landet")` },
  { word: 'bredvid', reason: `${PREP} (beside)` },
  { word: 'ovanför', reason: `${PREP} (above)` },
  { word: 'nedanför', reason: `${PREP} (below)` },
  { word: 'intill', reason: `${PREP} (next to, until)` },
  { word: 'gentemot', reason: `${PREP} (towards, vis-à-vis)` },
  { word: 'angående', reason: `${PREP} (concerning)` },
  { word: 'beträffande', reason: `${PREP} (concerning)` },
  { word: 'inklusive', reason: `${PREP} (including)` },
  // Conjunctions and subjunctions.
  { word: 'fastän', reason: `${CONJ} (although)` },
  { word: 'ifall', reason: `${CONJ} (if, in case)` },
  { word: 'liksom', reason: `${CONJ} (like, as well as)` },
  { word: 'såsom', reason: `${CONJ} (such as)` },
  { word: 'såväl', reason: `${CONJ} (såväl … som)` },
  { word: 'huruvida', reason: `${CONJ} (whether)` },
  { word: 'antingen', reason: `${CONJ} (either)` },
  { word: 'vare', reason: `${CONJ} (vare sig)` },
  { word: 'ty', reason: `${CONJ} (for, because)` },
  { word: 'dels', reason: `${CONJ} (dels … dels)` },
  { word: 'desto', reason: `${ADV} (ju … desto)` },
  // Adverbs.
  { word: 'sen', reason: `${ADV} (spoken form of sedan; svensktext stoppord.csv)` },
  { word: 'visst', reason: `${ADV} (certainly; svensktext stoppord.csv)` },
  { word: 'förstås', reason: `${ADV} (of course)` },
  { word: 'alls', reason: `${ADV} (at all)` },
  { word: 'därefter', reason: `${ADV} (after that)` },
  { word: 'däremot', reason: `${ADV} (on the other hand)` },
  { word: 'därav', reason: `${ADV} (hence)` },
  { word: 'därtill', reason: `${ADV} (in addition)` },
  { word: 'således', reason: `${ADV} (thus)` },
  { word: 'emellertid', reason: `${ADV} (however)` },
  { word: 'annars', reason: `${ADV} (otherwise)` },
  { word: 'fortfarande', reason: `${ADV} (still)` },
  { word: 'nästan', reason: `${ADV} (almost)` },
  { word: 'ganska', reason: `${ADV} (quite)` },
  { word: 'endast', reason: `${ADV} (only)` },
  { word: 'enbart', reason: `${ADV} (solely)` },
  { word: 'särskilt', reason: `${ADV} (especially)` },
  { word: 'främst', reason: `${ADV} (mainly)` },
  { word: 'egentligen', reason: `${ADV} (actually)` },
  { word: 'faktiskt', reason: `${ADV} (in fact)` },
  { word: 'troligen', reason: `${ADV} (probably)` },
  { word: 'förmodligen', reason: `${ADV} (presumably)` },
  { word: 'ungefär', reason: `${ADV} (about)` },
  { word: 'cirka', reason: `${ADV} (about, circa)` },
  { word: 'sällan', reason: `${ADV} (seldom)` },
  { word: 'numera', reason: `${ADV} (nowadays)` },
  { word: 'strax', reason: `${ADV} (shortly)` },
  { word: 'åter', reason: `${ADV} (again)` },
  { word: 'först', reason: `${ADV} (first; "första" is in the list)` },
  { word: 'tillbaka', reason: `${ADV} (back)` },
  { word: 'någonsin', reason: `${ADV} (ever)` },
  { word: 'någonstans', reason: `${ADV} (somewhere)` },
  { word: 'ingenstans', reason: `${ADV} (nowhere)` },
  { word: 'överallt', reason: `${ADV} (everywhere)` },
  // Frequent in news text (counted on the project's development articles) and function-like.
  { word: 'samtidigt', reason: `${ADV} (at the same time)` },
  { word: 'hittills', reason: `${ADV} (so far)` },
  { word: 'nyligen', reason: `${ADV} (recently)` },
  { word: 'ytterligare', reason: `${ADV} and determiner (further, additional)` },
  { word: 'väldigt', reason: `${ADV} (very)` },
  { word: 'tyvärr', reason: `${ADV} (unfortunately)` },
  { word: 'dessvärre', reason: `${ADV} (unfortunately)` },
  { word: 'eventuellt', reason: `${ADV} (possibly)` },
  { word: 'exempelvis', reason: `${ADV} (for example)` },
  // Verb forms: complete the paradigms of auxiliaries, modals and light verbs already in the list.
  { word: 'behöver', reason: `${FORM} (behöva: the list has behöva, behövas, behövde, behövt but not the present tense)` },
  { word: 'ville', reason: `${FORM} (vill)` },
  { word: 'velat', reason: `${FORM} (vill)` },
  { word: 'vilja', reason: `${FORM} (vill; the noun "vilja" is rare in news)` },
  { word: 'bör', reason: 'modal verb (should), like "måste" and "ska"' },
  { word: 'borde', reason: 'modal verb (should), like "måste" and "skulle"; svensktext stoppord-mycket.csv' },
  { word: 'vore', reason: `${FORM} (vara, subjunctive)` },
  { word: 'funnits', reason: `${FORM} (finnas)` },
  { word: 'gällde', reason: `${FORM} (gälla: "när det gällde")` },
  { word: 'tog', reason: `${FORM} (ta; svensktext stoppord.csv)` },
  { word: 'tagit', reason: `${FORM} (ta)` },
  // Abbreviations of function phrases, as the tokenizer keeps them (one token with its dots).
  { word: 'bl.a.', reason: 'abbreviation of "bland annat" (among other things)' },
  { word: 't.ex.', reason: 'abbreviation of "till exempel" (for example)' },
  { word: 'd.v.s.', reason: 'abbreviation of "det vill säga" (that is)' },
  { word: 'm.m.', reason: 'abbreviation of "med mera" (etc.)' },
  { word: 'p.g.a.', reason: 'abbreviation of "på grund av" (because of)' },
  // One-word abbreviations, with and without their dot (the tokenizer keeps `dvs.` as one token).
  { word: 'dvs', reason: 'abbreviation of "det vill säga" (that is)' },
  { word: 'dvs.', reason: 'abbreviation of "det vill säga" (that is)' },
  { word: 'osv', reason: 'abbreviation of "och så vidare" (and so on)' },
  { word: 'osv.', reason: 'abbreviation of "och så vidare" (and so on)' },
  { word: 'etc', reason: 'abbreviation of "et cetera"' },
  { word: 'etc.', reason: 'abbreviation of "et cetera"' },
  { word: 'pga', reason: 'abbreviation of "på grund av" (because of)' },
  { word: 'pga.', reason: 'abbreviation of "på grund av" (because of)' },
  { word: 'ca', reason: 'abbreviation of "cirka" (about)' },
  { word: 'ca.', reason: 'abbreviation of "cirka" (about)' },
];
