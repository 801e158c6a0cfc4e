/**
 * Word lists the quote step uses to read speakers and to tell quotes from titles and lists.
 *
 * Source: hand-curated for swedish-nlp. Licence: same as the project (MIT).
 *
 * @module
 */

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/**
 * Third-person pronouns that can stand for the speaker after a reporting verb (`säger hon`),
 * with the sex they refer to. `hen` and `de` carry no sex: they are resolved to the most
 * recent person of any sex; `de` is a group (see {@link GROUP_SPEAKER_WORDS}).
 */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'female' | 'male' | null> = new Map([
  ['hon', 'female'],
  ['han', 'male'],
  ['hen', null],
]);

/**
 * Words that can never start the speaker slot after a reporting verb: `säger att …` is indirect
 * speech, `tycker jag` / `säger vi` is the speaker quoting themself inside the quote, adverbs
 * (`säger också Anna`) are skipped by the reader instead (see {@link SKIPPED_ADVERBS}).
 */
export const NOT_SPEAKER_START: ReadonlySet<string> = set(
  'att om jag vi du ni man det detta dessa som när där här hur vad vilken vilket vilka ' +
    'inte ju väl nog bara i på till för med av från under över efter mot vid hos sig sin sitt sina ' +
    'och eller men så då',
);

/** Adverbs that may sit between the reporting verb and the speaker (`säger också Anna Ek`). */
export const SKIPPED_ADVERBS: ReadonlySet<string> = set('också även dock sedan sen nu då vidare själv samtidigt');

/**
 * Prepositions and conjunctions that end an unnamed speaker's noun phrase (`en talesperson för
 * polisen` → `en talesperson`) and that, directly before a capitalised word, make that word a
 * prepositional object rather than the speaker (`säger experterna på Karolinska institutet`).
 */
export const NP_STOP_WORDS: ReadonlySet<string> = set(
  'för på i vid hos från till inom med om under efter mot av och som när där men att ' + 'under utan enligt genom kring bland',
);

/**
 * Nouns that, directly before a quotation, make it a title rather than speech:
 * `rapporten ”Vägen framåt”`, `boken ”Ett år i skogen”`, `visionen ”Ett land för alla”`.
 * Matched on the last word before the opening mark, by suffix, so compounds count
 * (`debattboken`, `kampanjfilmen`).
 */
export const TITLE_NOUN_SUFFIXES: readonly string[] = (
  'rapport rapporten boken bok filmen film serien serie låten låt albumet album skivan ' +
  'broschyren broschyr visionen vision programmet program kampanjen kampanj artikeln ' +
  'artikel titeln titel namnet namn rubriken rubrik devisen parollen sloganen slogan temat ' +
  'utställningen pjäsen föreställningen podden podcasten avsnittet dikten novellen romanen ' +
  'antologin tidningen tidskriften projektet satsningen utredningen betänkandet ' +
  'strategin planen handlingsplanen skriften häftet guiden spelet appen konferensen ' +
  'seminariet initiativet märkningen begreppet uttrycket ordet frasen kallad kallade kallat ' +
  'heter hette benämnd benämns'
).split(' ');

/**
 * Words before a colon at the top of a text that label a line rather than name a speaker:
 * `Foto: …`, `Läs mer: …`, `Uppdaterad: …` are never `Name: statement` headlines.
 */
export const LABEL_WORDS: ReadonlySet<string> = set(
  'foto bild text läs källa källor uppdaterad publicerad fakta tema debatt analys ledare ' +
    'krönika recension intervju live video ljud kommentar replik notis nyheter sport kultur ' +
    'ekonomi just senaste uppdatering rättelse obs ps dela taggar ämne ämnen kategori ' +
    'datum tid plats pris betyg illustration grafik',
);

/**
 * First- and second-person forms: speech in a quote line is usually in the first person
 * (`Vi tror …`, `min klient`), narration almost never. Used to decide whether a line that
 * follows a dash quote continues it (one sentence per line).
 */
export const FIRST_PERSON: ReadonlySet<string> = set('jag mig min mitt mina vi oss vår vårt våra du dig din ditt dina ni er');

/**
 * Role nouns in the definite form that refer back to a person named earlier
 * (`säger ministern` → the minister named before). Matched by the ending of a person's title
 * (`utrikesminister` ends with `minister`), so only the base nouns are listed; the definite form
 * is derived by the reader (`ministern`, `åklagaren`, `forskaren`, `chefen`).
 * `polisen` is deliberately not here: `säger polisen` is the police as an unnamed source, not a
 * police officer named earlier.
 */
export const ROLE_NOUN_ENDINGS: readonly string[] = (
  'minister ministern åklagare åklagaren forskare forskaren chef chefen ordförande ordföranden ' +
  'talesperson talespersonen direktör direktören ledare ledaren expert experten läkare läkaren ' +
  'professor professorn advokat advokaten försvarare försvararen doktorand doktoranden ' +
  'informatör informatören presschef presschefen vd:n vd statsminister statsministern ' +
  'tränare tränaren författare författaren fotograf fotografen kommissionär kommissionären ' +
  'rektor rektorn ambassadör ambassadören utredare utredaren representant representanten'
).split(' ');

/**
 * Speaker slots that stand for a group (`säger de`, `säger båda`, `säger bägge två`). Decision:
 * such a quote goes to the group named just before it — a named pair (`Anna och Per Svensson`)
 * as one named speaker, both names joined by ` och `; else a sentence-initial plural definite
 * noun (`Eleverna …`) as an unnamed source in lower case; else nobody (no guess).
 */
export const GROUP_SPEAKER_WORDS: ReadonlySet<string> = set('de dom båda bägge');

/**
 * Nouns for two or more people that stand for a named pair just before (`Anna och Per Ek …` →
 * `– …, säger paret.` → `Anna och Per Ek`). Without a named pair they stay unnamed sources.
 */
export const PAIR_NOUNS: ReadonlySet<string> = set('paret makarna syskonen bröderna systrarna tvillingarna');

/**
 * Endings of plural definite nouns that can be the group a `säger de` refers to (`eleverna`,
 * `grannarna`, `föräldrarna`). Decision: only `-rna` (words of six letters or more) — `-na` and
 * `-en` also end pronouns and adverbs that open sentences (`Denna`, `Även`, `Sedan`…).
 */
export const PLURAL_DEFINITE_ENDINGS: readonly string[] = ['rna'];

/**
 * Second-person words that mark a short unattributed dash question as the interviewer's
 * (`– Hur ser du på framtiden?` followed by the answer as a dash line). Decision: a question
 * without one of these (`– Vem ska betala?`) is the quoted person's own rhetorical question.
 */
export const SECOND_PERSON: ReadonlySet<string> = set('du dig din ditt dina ni er ert era');

/**
 * Verbs with which the reporter asks in the first person (`– Hur länge? frågar vi.`): such a dash
 * line is the interviewer's question, not a quote.
 */
export const ASK_VERBS: ReadonlySet<string> = set('frågar frågade undrar undrade');

/** Verbs after `som` that introduce a speaker's role (`säger Anna Ek, som jobbar på …`, `som är chef för …`). */
export const ROLE_VERBS: ReadonlySet<string> = set('jobbar arbetar forskar är var leder studerar driver äger undervisar');

/** Quantifiers that take an `av` phrase in an unnamed speaker (`en av grannarna`, `flera av de boende`). */
export const SPEAKER_QUANTIFIERS: ReadonlySet<string> = set('en ett två tre flera många några någon ingen båda alla');

/** Conjunctions after which a quote resumes in the same sentence (`, säger hon, och vi …`). */
export const RESUME_CONJUNCTIONS: ReadonlySet<string> = set('och men för så eftersom fast medan');

/** Words that show the resumed words are speech again (`, säger hon, och vi hoppas …`, `men det är …`). */
export const RESUME_SUBJECTS: ReadonlySet<string> = set('jag vi det man du ni den de detta här nu då');

/** Particles allowed inside a person name in the quote step's own name finding (`Ebba von Sydow`). As written. */
export const SPEAKER_NAME_PARTICLES: ReadonlySet<string> = set('af von van de der den la di da du bin al');

/**
 * Endings of definite agent and role nouns (`Grundaren`, `Ordföranden`, `Konstnären`,
 * `Mellanösternkännaren`, `Förbundskaptenen`, `38-åringen`): a capitalised word with one of these
 * endings right before a first name is a role, never part of the name (`Grundaren Ali Demir` →
 * `Ali Demir`). Decision: only endings that Swedish first names and surnames do not have; a word
 * that is itself a first name never counts.
 */
export const ROLE_SHAPED_ENDINGS: readonly string[] = (
  'aren ören ären ern isten ikern logen nomen anden enden mannen skan innan tören chefen tenen ' +
  'åringen ingen ledaren ordföranden'
).split(' ');

/**
 * Nationality nouns and their adjective (`norrman` → `norsk`): `säger norrmannen` points back to
 * the person introduced as Norwegian (`Norske mittfältaren Sondre Bakken`, `norrmannen Sondre
 * Bakken`). Indefinite singular; the definite form is derived (`norrmannen`, `dansken`, `britten`).
 */
export const NATIONALITY_NOUNS: ReadonlyMap<string, string> = new Map(
  (
    'norrman:norsk dansk:dansk svensk:svensk finländare:finländsk finne:finsk tysk:tysk fransman:fransk ' +
    'engelsman:engelsk britt:brittisk amerikan:amerikansk ryss:rysk kanadensare:kanadensisk ' +
    'italienare:italiensk spanjor:spansk holländare:holländsk nederländare:nederländsk islänning:isländsk ' +
    'polack:polsk österrikare:österrikisk schweizare:schweizisk japan:japansk kines:kinesisk ' +
    'estländare:estländsk lett:lettisk litauer:litauisk ukrainare:ukrainsk tjeck:tjeckisk slovak:slovakisk ' +
    'ungrare:ungersk kroat:kroatisk serb:serbisk grek:grekisk portugis:portugisisk brasilian:brasiliansk ' +
    'argentinare:argentinsk australier:australisk irländare:irländsk skotte:skotsk belgier:belgisk'
  )
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

/**
 * Words that introduce the person an interview is with, before `med` / `till` or the name
 * (`Vi har pratat med X`, `Vi träffade X`, `frågor till X`, `Fem snabba med X`, `en pratstund med
 * henne`, `efter matchen pratade vi med X`). Lower case.
 */
export const INTERVIEW_CUES: ReadonlySet<string> = set(
  'pratat pratade pratar talat talade samtalat samtalade träffat träffade träffar mött mötte möter ' +
    'intervjuat intervjuade intervjuar pratstund samtal intervju snabba frågor frågorna kommentar kommentarer',
);

/**
 * Words that may stand between an interview cue and the person (`pratat med X`, `frågor till X`,
 * `pratade vi med X`, `Fem snabba med X`, `ett par korta frågor till X`). Lower case.
 */
export const INTERVIEW_LINK_WORDS: readonly string[] = 'med till vi jag av från några fem tre ett en par kort snabba frågor'.split(' ');

/**
 * Interview cues that are verbs of talking or meeting (`pratat`, `träffade`, `intervjuar`): they
 * introduce an interview only with the reporter as subject (`Vi har pratat med X`), never in news
 * about a meeting (`Ministern träffade X`). Lower case.
 */
export const INTERVIEW_VERBS: readonly string[] = (
  'pratat pratade pratar talat talade samtalat samtalade träffat träffade träffar mött mötte möter ' + 'intervjuat intervjuade intervjuar'
).split(' ');

/** Interview verbs whose object is the person, with no `med` between (`Vi träffade X`, `Vi intervjuade X`). Lower case. */
export const INTERVIEW_OBJECT_VERBS: readonly string[] = 'träffat träffade träffar mött mötte möter intervjuat intervjuade intervjuar'.split(' ');

/**
 * Endings of a last word that make it a school, club or venue rather than a surname, when a
 * person's name seems to run on into it (`Jonas Hedberg Västerskolan` → `Jonas Hedberg`).
 */
export const NAME_TAIL_PLACE_ENDINGS: readonly string[] = 'skolan gymnasiet klubben arenan hallen kyrkan kommun sjukhuset'.split(' ');

/**
 * Verbs that put someone's own words in quotation marks inside reported speech (`Han kallar
 * beslutet ”ett hån mot landsbygden”`, `Hon beskriver läget som ”värre än på länge”`): the subject
 * before the verb said the quoted words.
 */
export const QUOTING_VERBS: ReadonlySet<string> = set('kallar kallade beskriver beskrev betecknar betecknade benämner benämnde');
