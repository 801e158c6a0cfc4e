// Source: written by hand for swedish-nlp (keyword step), MIT.
// Words that never start, end or make up a keyword by themselves, in lower case. This list
// works beside the general stopword list (the `stopword` flag on tokens), so the keyword step
// stays useful whatever stopword list the caller chooses. Language decisions are commented.
// The keyword rules read these lists through the Lexicon (`lexicon.ts`, fields `keyword…`), never
// by import, so that a caller's `createSwedish({ lexicon })` changes reach them.

/**
 * Function words: pronouns, determiners, prepositions, conjunctions, auxiliaries and common
 * adverbs. A keyword phrase never begins or ends with one of these.
 */
export const FUNCTION_WORDS: readonly string[] = `
a aldrig alla allas allt alltid alltså andra andras annan annat att av bakom bara bland bli blir blev blivit
både båda dag de dem den denna deras dess dessa det detta dig din dina dit ditt dock du där därför då efter
eftersom ej eller emot en ens er era ert ett fast fler flera flesta fram framför från få får fått för före
förbi genom ha hade haft han hans har hela heller helt hennes henne hit hon honom hos hur här i ibland
idag igen in inför inga ingen inget innan inom inte ja jag jo ju just kan kanske kommer kunde kunna man med
mellan men mer mest mig min mina mindre mitt mot mycket många måste ned nej ner ni nog nu när någon något
några och också ofta om oss på redan sedan sig sin sina sitt ska skall skulle som så sådan sådana sådant
till tills under upp ur ut utan vad var vara varför varit varje vars vem vi vid vilka vilken vilket vill
väl vår våra vårt än ännu är även åt över
samt enligt dessutom bl.a t.ex cirka ca kring runt inklusive exklusive via vidare samtliga sådär
denne dylik densamma varandra själv själva ingenting någonting allting alltmer allt mer något
kr nr st etc osv
`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Words that carry little topic on their own in news text: reporting verbs (`säger`, an
 * attribution, not a topic), vague nouns of time and amount, ordinal and quantity words,
 * weekdays and months. They are not keywords by themselves and do not start or end a phrase.
 * Decision: `år`, `procent`, `kronor` are left out because an editor never tags them alone; so
 * are units of time in a match (`minut`, `halvlek`), like `timme` and `vecka`, and the nouns
 * for anyone (`person`, `människor`, `männen`): they say who, not what.
 * Decision: words of picture credits and page furniture (`Arkivfoto`, `Genrebild`, `Publicerad`)
 * describe the page, never the topic.
 * Decision: words of amount, change and time before a noun (`färre`, `ökad`, `minskad`, `låg`,
 * `gällande`, `kommande`) are left out of phrases: an editor tags `lokalkostnad`, not
 * `minskad lokalkostnad`, and `successionsordning`, not `gällande successionsordning`.
 * Decision: adjectives that grade or judge (`häftig`, `stark`, `kraftig`, `solklar`, `gammal`)
 * are left out of phrases: an editor tags `villabrand`, not `häftig villabrand`, and `lagmoral`,
 * not `stark lagmoral`; adjectives that sort (`civil`, `kritisk`, `organiserad`) stay.
 */
export const WEAK_WORDS: readonly string[] = `
säga säger sa sade sagt berätta berättar berättade uppger uppgav menar menade anser ansåg tycker tyckte
konstaterar konstaterade framhåller skriver skrev förklarar förklarade fortsätter fortsatte tillägger
år året åren års dag dagen dagar dagarna vecka veckan veckor månad månaden månader timme timmar tid tiden
minut minuten minuter minuterna sekund sekunden sekunder halvlek halvleken halvlekar halvlekarna
gång gången gånger sätt sättet del delen delar procent kronor krona miljoner miljon miljarder miljard
tusen hundra ungefär nästan drygt knappt minst högst bland annat exempel exempelvis
första andra tredje fjärde femte sista senaste nya ny nytt stor stora stort större störst liten lilla små
mindre minst god goda gott bra bättre bäst dålig hög höga högre lång långa långt egen egna eget
viktig viktiga viktigt olika samma hel hela helt vanlig vanliga vanligt
stället fall fallet sak saken saker något sida sidan
måndag tisdag onsdag torsdag fredag lördag söndag
måndagen tisdagen onsdagen torsdagen fredagen lördagen söndagen
måndags tisdags onsdags torsdags fredags lördags söndags
januari februari mars april maj juni juli augusti september oktober november december
idag igår imorgon i dag i går nu sedan senare tidigare redan
herr fru
mannen männen person personen personer personerna människa människan människor människorna
färre ökad ökade ökat minskad minskade minskat låg låga lågt lägre
gällande nuvarande kommande dåvarande framtida övrig övriga övrigt
häftig häftiga häftigt stark starka starkt kraftig kraftiga kraftigt allvarlig allvarliga allvarligt
snabb snabba snabbt ful fula fult svår svåra svårt tuff tuffa tufft enorm enorma enormt
fantastisk fantastiska fantastiskt otrolig otroliga otroligt rejäl rejäla rejält ordentlig ordentliga ordentligt
rolig roliga roligt tråkig tråkiga tråkigt härlig härliga härligt fruktansvärd fruktansvärda fruktansvärt
solklar solklara solklart jämn jämna jämnt tydlig tydliga tydligt hård hårda hårt tung tunga tungt
dramatisk dramatiska dramatiskt spännande imponerande gammal gamla gammalt
arkivfoto arkivbild arkivbilden genrebild genrebilden illustrationsbild bildtext publicerad publicerades uppdaterad uppdaterades
`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Words after which an adjective takes its weak `-a` form before a singular noun: the definite
 * and demonstrative articles and the possessives (`den nya bilen`, `min gamla bil`, `hans vassa
 * kniv`). An `-a` adjective without one of these (or a genitive) before a noun without an ending
 * marks a plural (`vassa föremål`), which the keyword step reads as a neuter plural.
 */
export const WEAK_FORM_DETERMINERS: readonly string[] = `
den det denna detta dessa de samma min mitt mina din ditt dina sin sitt sina hans hennes dess deras
vår vårt våra er ert era varenda
`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Nouns that make a municipality's or region's name of a place (`Umeå kommun`, `Stockholms län`,
 * `Region Skåne` aside): beside such a name the place alone is the same subject, so it counts
 * for the longer name (rule `place-for-municipality`). Lower case.
 */
export const MUNICIPALITY_NOUNS: readonly string[] = ['kommun', 'län', 'landsting', 'region'];

/**
 * Keys that Swedish news takes for granted: an editor seldom tags a Swedish article with
 * `Sverige`, so the home country keeps only a fraction of its score (it is still returned when
 * the text is clearly about it). Lower case; compared with the keyword's display text.
 */
export const IMPLICIT_TOPICS: readonly string[] = ['sverige', 'svensk', 'svenska', 'regeringen', 'regering'];

/**
 * Age words after one to three digits (`24-åring`, `47-årig`, `30-årsåldern`; `5-årsjubileum` is
 * kept: only the age words themselves), with or without the hyphen; a word that begins so is no
 * keyword (rule `age-word`). Decision: an editor tags the event, never the age. In this order
 * (the rule matches them as the start of the word after the digits).
 */
export const AGE_WORD_ENDINGS: readonly string[] = ['åring', 'årig', 'årsåld', 'åriga', 'årigt', 'årsålder', 'årsåldern', 'åringen', 'åringar', 'åringarna'];

/**
 * Weekdays as the first part of a compound before `dags` (`mån` of `måndagsmorgon`) and the times
 * of day after it (`morgon`, `kväll`): a weekday joined with a time of day, with or without
 * `-en`, `-ar`, `-arna` (`måndagsmorgonen`, `fredagskväll`, `lördagsnatten`), says when something
 * happened, never what it is about (rule `weekday-time`).
 */
export const WEEKDAY_STEMS: readonly string[] = ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'];

/** Times of day after a weekday's `dags` (`fredagskväll`); see {@link WEEKDAY_STEMS}. */
export const DAY_PARTS: readonly string[] = ['morgon', 'förmiddag', 'eftermiddag', 'kväll', 'natt'];

/**
 * Words that link two nouns into one keyword (`problem med alkohol`, `kris och krig`, `stöd till
 * Ukraina`): prepositions and `och`.
 */
export const LINK_WORDS: readonly string[] = ['för', 'av', 'mot', 'till', 'med', 'i', 'på', 'om', 'och'];

/**
 * Nouns of the Swedish Penal Code's forms of a crime short of the crime itself (brottsbalken 23
 * kap.: `försök`, `förberedelse`, `stämpling`, `medhjälp`, `anstiftan`), as lemmas. With `till`
 * and the crime they make one keyword even when the crime has its degree in front
 * (`försök till grov stöld`, `förberedelse till grovt rån`): an editor tags the form and
 * the crime together, not the crime alone.
 */
export const CRIME_FORM_NOUNS: readonly string[] = ['försök', 'förberedelse', 'stämpling', 'medhjälp', 'anstiftan'];

/**
 * Parts of speech (Universal Dependencies tags) of words that are never names, even when a
 * sentence begins with them: a sentence-initial capital on one of these says nothing.
 */
export const NEVER_NAME_POS: readonly string[] = ['ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'PART', 'PRON', 'SCONJ', 'VERB', 'INTJ', 'NUM'];

/**
 * Conjunctions of a shared compound (`kultur- och fritidsnämnd`, `barn- eller ungdomsgrupp`): the
 * first part, its hyphen, the conjunction and the whole compound after it are one keyword
 * (rules `shared-compound`, `glued-compound-part`, through the lexicon's
 * `keywordSharedCompoundConjunctions`). Swedish grammar (Svenska skrivregler: the hyphen stands
 * for the part the two compounds share).
 */
export const SHARED_COMPOUND_CONJUNCTIONS: readonly string[] = ['och', 'eller'];
