/**
 * Hand-curated Swedish lexicon for the entity tagger (step 05).
 *
 * Source: compiled by hand for swedish-nlp from common public facts (names of well-known
 * organisations, media outlets, Swedish landscapes, and Swedish function words / titles).
 * Licence: MIT (part of swedish-nlp); names and facts themselves are not copyrightable.
 * This file is small and maintained by hand (the large generated tables are in
 * `gazetteer-data.ts` and `first-names.ts`).
 *
 * @module
 */

/**
 * Well-known organisations that the generated lists (agencies, parties, EU bodies) miss:
 * international bodies, unions, news media, large companies, universities. `|`-separated.
 * Language decision: media outlets and news agencies count as ORG (news-dev annotation guide).
 */
export const CURATED_ORG =
  // international bodies
  'FN|EU|Nato|NATO|WHO|IMF|OECD|Unicef|UNICEF|Unesco|UNESCO|UNHCR|WTO|ILO|Interpol|Europol|Röda korset|Rädda Barnen|Amnesty|Amnesty International|Greenpeace|Läkare utan gränser|Världsbanken|Förenta nationerna|Europeiska unionen|Europarådet|Nordiska rådet|Riksdagen|Regeringskansliet|Högsta domstolen|Högsta förvaltningsdomstolen|Migrationsverket|Polismyndigheten|Försvarsmakten|Skatteverket|Socialstyrelsen|Skolverket|Trafikverket|Kriminalvården|Säpo|Säkerhetspolisen|Tullverket|Kustbevakningen|Riksbanken|Riksrevisionen|Statskontoret|Tillitsdelegationen|SKR|Sveriges Kommuner och Regioner|SKL|Arbetsförmedlingen|Försäkringskassan|Pensionsmyndigheten|CSN|MSB|SMHI|SCB|Statistiska centralbyrån|Konkurrensverket|Livsmedelsverket|Läkemedelsverket|Folkhälsomyndigheten|Naturvårdsverket|Energimyndigheten|Boverket|Transportstyrelsen|Finansinspektionen|Ekobrottsmyndigheten|Åklagarmyndigheten|Domstolsverket|Skolinspektionen|IVO|Inspektionen för vård och omsorg|Sida|Vinnova|Vetenskapsrådet|Formas|Forte|Svenska institutet|Sametinget|Sveriges riksdag|' +
  // unions and employers
  'LO|TCO|Saco|SACO|Unionen|Kommunal|IF Metall|Vision|Akademikerförbundet SSR|Lärarförbundet|Lärarnas Riksförbund|Sveriges Lärare|Vårdförbundet|Läkarförbundet|Sveriges läkarförbund|Journalistförbundet|Seko|Byggnads|Handels|Transport|Fackförbundet ST|Sveriges Ingenjörer|Jusek|Civilekonomerna|Akavia|DIK|Naturvetarna|Fysioterapeuterna|Svenskt Näringsliv|Almega|Teknikföretagen|Arbetsgivarverket|Sobona|Företagarna|Svensk Handel|Svensk Försäkring|Svensk försäkring|Hyresgästföreningen|Villaägarna|Naturskyddsföreningen|Svenska kyrkan|Svenska Kyrkan|Riksidrottsförbundet|' +
  // news media and agencies
  'TT|SVT|SR|Sveriges Radio|Sveriges Television|UR|TV4|TV 4|TV4 Nyheterna|Ekot|Rapport|Aktuellt|DN|Dagens Nyheter|SvD|Svenska Dagbladet|Aftonbladet|Expressen|GP|Göteborgs-Posten|Sydsvenskan|HD|Helsingborgs Dagblad|Dagens Industri|DI|Di|Dagens ETC|ETC|Dagens Samhälle|Dagens Arena|Dagens Medicin|Dagens Juridik|Dagens PS|Metro|Omni|Upsala Nya Tidning|UNT|Corren|Östgöta Correspondenten|NT|Norrköpings Tidningar|Barometern|Norran|Nerikes Allehanda|NA|VLT|Vestmanlands Läns Tidning|Smålandsposten|Borås Tidning|BT|Jönköpings-Posten|JP|Hallandsposten|Länstidningen|Dalarnas Tidningar|Dala-Demokraten|Falu Kuriren|Gefle Dagblad|Arbetarbladet|Sundsvalls Tidning|Östersunds-Posten|Västerbottens-Kuriren|VK|Norrländska Socialdemokraten|NSD|Norrbottens-Kuriren|Kristianstadsbladet|Skånska Dagbladet|Ystads Allehanda|Trelleborgs Allehanda|Blekinge Läns Tidning|BLT|Värmlands Folkblad|Nya Wermlands-Tidningen|NWT|Nya Teknik|Ny Teknik|Computer Sweden|Veckans Affärer|Affärsvärlden|Fokus|Journalisten|Läkartidningen|Akademikern|Arbetet|Arbetsvärlden|Kommunalarbetaren|Byggnadsarbetaren|Vårdfokus|Sveriges Radio Ekot|Ekot|Expo|Flamman|Dagen|Kyrkans Tidning|Kvartal|Fria Tider|Samnytt|Nyheter Idag|8 Sidor|Reuters|AFP|AP|Associated Press|Bloomberg|BBC|CNN|Al Jazeera|New York Times|The Guardian|Guardian|Washington Post|Financial Times|Le Monde|Der Spiegel|Yle|NRK|DR|' +
  // companies
  'Volvo|Volvo Cars|Saab|Scania|Ericsson|Ikea|IKEA|H&M|Spotify|Klarna|Northvolt|SAS|SJ|Telia|Tele2|Vattenfall|Fortum|Eon|E.ON|ICA|Coop|Axfood|Systembolaget|Apoteket|Postnord|PostNord|Skanska|NCC|Peab|SEB|Swedbank|Nordea|Handelsbanken|Länsförsäkringar|Folksam|Skandia|Trygg-Hansa|AstraZeneca|Astra Zeneca|Electrolux|Atlas Copco|Sandvik|SKF|LKAB|SSAB|Boliden|Stora Enso|SCA|Investor|Bonnier|Bonnier News|Schibsted|Stampen|Google|Apple|Microsoft|Amazon|Meta|Facebook|Instagram|Twitter|Tiktok|TikTok|Youtube|YouTube|Netflix|Tesla|Uber|Airbnb|Samsung|Huawei|Nokia|Siemens|Shell|Bolt|Voi|Wolt|Foodora|' +
  // universities
  'KTH|Kungliga Tekniska högskolan|Karolinska institutet|Karolinska Institutet|Karolinska universitetssjukhuset|Chalmers|Handelshögskolan|Uppsala universitet|Lunds universitet|Stockholms universitet|Göteborgs universitet|Umeå universitet|Linköpings universitet|Örebro universitet|Linnéuniversitetet|Mittuniversitetet|Malmö universitet|Karlstads universitet|Luleå tekniska universitet|Södertörns högskola|Mälardalens universitet|Sveriges lantbruksuniversitet|SLU|Högskolan Dalarna|Högskolan Väst|Jönköping University|Harvard|Oxford|Cambridge|MIT|' +
  // sports clubs (a few common ones)
  // foreign parties often named in Swedish news
  'Republikanerna|Demokraterna|Labour|Tories|CDU|SPD|AfD|' +
  'AIK|Djurgården|Hammarby|IFK Göteborg|Internationella valutafonden|Internationella arbetsorganisationen|Europeiska läkemedelsmyndigheten|Malmö FF|MFF|Helsingborgs IF|BK Häcken|Häcken|IFK Norrköping|Elfsborg|IF Elfsborg|Frölunda|Färjestad|Luleå Hockey|Brynäs|Skellefteå AIK';

/**
 * Swedish landscapes (landskap) and other well-known regions and geographic names that the
 * generated lists (countries, capitals, counties, municipalities, towns) miss. `|`-separated.
 */
export const CURATED_LOC =
  'Skåne|Blekinge|Halland|Småland|Öland|Gotland|Östergötland|Västergötland|Bohuslän|Dalsland|Värmland|Närke|Södermanland|Uppland|Västmanland|Dalarna|Gästrikland|Hälsingland|Härjedalen|Jämtland|Medelpad|Ångermanland|Västerbotten|Norrbotten|Lappland|Norrland|Svealand|Götaland|Sápmi|Norden|Skandinavien|Europa|Asien|Afrika|Nordamerika|Sydamerika|Oceanien|Antarktis|Arktis|Mellanöstern|Balkan|Baltikum|Östersjön|Västerhavet|Kattegatt|Skagerrak|Bottenviken|Bottniska viken|Nordsjön|Medelhavet|Atlanten|Stilla havet|Vänern|Vättern|Mälaren|Hjälmaren|Storsjön|Siljan|Kebnekaise|Alperna|Gaza|Gazaremsan|Västbanken|Krim|Donbas|Kosovo|Tibet|Kurdistan|Katalonien|Skottland|England|Wales|Nordirland|Bayern|Kalifornien|Texas|Florida|New York|Washington|Bryssel|Strasbourg|Haag|Genève|Gamla stan|Södermalm|Kungsholmen|Östermalm|Norrmalm|Vasastan|Rinkeby|Tensta|Husby|Rosengård|Hammarkullen|Angered|Biskopsgården|Järva|Sergels torg|Drottninggatan|Kungsgatan|Rosenbad|Arlanda|Landvetter|Bromma|Kastrup|Öresund|Öresundsbron|Torne älv|Dalälven|Ljusnan|Indalsälven|Kiruna|Abisko|' +
  // former states and world regions (a class the generated country lists miss), and Swedish spellings of listed cities
  'Sovjetunionen|Jugoslavien|Östtyskland|Västtyskland|Tjeckoslovakien|Centralasien|Sydostasien|Östasien|Sydasien|Mellanamerika|Centralamerika|Latinamerika|Västafrika|Östafrika|Nordafrika|Södra Afrika|Västeuropa|Östeuropa|Sydeuropa|Nordeuropa|Centraleuropa|Kaukasus|Sibirien|Tjetjenien|Karibien|Persiska viken|Röda havet|Svarta havet|Geneve';

/**
 * Swedish names (exonyms) of the world's rivers, seas, mountains, deserts, islands, historical
 * lands and a few cities, which the generated lists (CLDR countries and cities, GeoNames) do not
 * hold: `Nilen`, `Anderna`, `Sahara`, `Persien`, `Karibiska havet`, `Venedig`. Places, as gazetteer
 * evidence like {@link CURATED_LOC}. Left out where the name is also a Swedish word (`Rom`, `Jordan`,
 * `Don`). Source: compiled by hand from common geography. `|`-separated.
 */
export const WORLD_EXONYMS =
  'Nilen|Vita Nilen|Blå Nilen|Donau|Rhen|Rhône|Seine|Loire|Themsen|Tibern|Elbe|Oder|Weichsel|Dnepr|Dnjestr|Volga|Ural|Jenisej|Amur|Eufrat|Tigris|Ganges|Indus|Brahmaputra|Mekong|Jangtse|Jangtsekiang|Gula floden|Amazonas|Amazonfloden|Orinoco|Mississippi|Missouri|Rio Grande|Kongofloden|Zambezi|Limpopo|Donaudeltat|Niagarafallen|Victoriafallen|Anderna|Pyrenéerna|Karpaterna|Apenninerna|Dolomiterna|Ardennerna|Vogeserna|Sudeterna|Balkanbergen|Uralbergen|Atlasbergen|Klippiga bergen|Appalacherna|Skanderna|Himalaya|Hindukush|Pamir|Altaj|Tatra|Schwarzwald|Harz|Kilimanjaro|Mont Blanc|Matterhorn|Olympen|Vesuvius|Etna|Sinai|Sinaihalvön|Sahara|Sahel|Sahelen|Gobi|Gobiöknen|Kalahari|Kalahariöknen|Namiböknen|Atacamaöknen|Negev|Negevöknen|Arabiska halvön|Iberiska halvön|Balkanhalvön|Koreahalvön|Krimhalvön|Krim|Kamtjatka|Jylland|Anatolien|Mesopotamien|Levanten|Balkan|Patagonien|Punjab|Bengalen|Tibet|Manchuriet|Indokina|Kurdistan|Baskien|Katalonien|Andalusien|Galicien|Bretagne|Normandie|Provence|Flandern|Bayern|Sachsen|Thüringen|Preussen|Pommern|Schlesien|Böhmen|Mähren|Transsylvanien|Siebenbürgen|Valakiet|Bessarabien|Karelen|Ingermanland|Livland|Kurland|Toscana|Lombardiet|Piemonte|Sicilien|Sardinien|Korsika|Rhodos|Peloponnesos|Trakien|Thrakien|Epirus|Thessalien|Gallien|Germanien|Britannien|Persien|Assyrien|Babylonien|Fenicien|Kanaan|Judeen|Galileen|Samarien|Nubien|Abessinien|Bysans|Nordkaukasus|Sydkaukasus|Transkaukasus|Främre Orienten|Fjärran Östern|Orienten|Amerika|Västindien|Antillerna|Stora Antillerna|Små Antillerna|Polynesien|Melanesien|Svalbard|Lofoten|Färöarna|Hebriderna|Orkneyöarna|Shetlandsöarna|Kanarieöarna|Balearerna|Azorerna|Kykladerna|Galápagosöarna|Falklandsöarna|Karibiska havet|Adriatiska havet|Egeiska havet|Joniska havet|Tyrrenska havet|Marmarasjön|Kaspiska havet|Aralsjön|Döda havet|Arabiska havet|Sydkinesiska havet|Östkinesiska havet|Gula havet|Japanska havet|Berings hav|Barents hav|Norska havet|Nordsjön|Bottniska viken|Finska viken|Rigabukten|Biscayabukten|Mexikanska golfen|Adenviken|Bengaliska viken|Engelska kanalen|Gibraltarsundet|Bosporen|Dardanellerna|Suezkanalen|Panamakanalen|Hormuzsundet|Beringsundet|Indiska oceanen|Norra ishavet|Södra ishavet|Victoriasjön|Tanganyikasjön|Bajkalsjön|Ladoga|Genèvesjön|Bodensjön|Gardasjön|Titicacasjön|Venedig|Florens|Neapel|Sevilla|Karthago|Troja|Pompeji|Nineve';

/**
 * Titles and roles that stand before a person's name without a comma (`statsminister Ulf
 * Kristersson`, `professor Laura Hartman`), lower case. Language decision: a capitalised
 * word after one of these is very likely the start of a person's name.
 */
export const TITLES =
  'statsminister|minister|ministern|kejsar|kejsare|kejsarinnan|tsar|tsaren|sultan|sultanen|emir|emiren|farao|kardinal|kardinalen|amiral|amiralen|fältmarskalk|löjtnant|kongressledamot|kongressledamoten|befälhavare|befälhavaren|finansminister|utrikesminister|justitieminister|försvarsminister|socialminister|skolminister|utbildningsminister|kulturminister|migrationsminister|näringsminister|energiminister|klimatminister|civilminister|arbetsmarknadsminister|jämställdhetsminister|sjukvårdsminister|infrastrukturminister|landsbygdsminister|biståndsminister|handelsminister|bostadsminister|äldreminister|idrottsminister|statsrådet|statsråd|talman|talmannen|president|presidenten|premiärminister|förbundskansler|kansler|kung|kungen|drottning|drottningen|prins|prinsen|prinsessan|prinsessa|kronprinsessan|påve|påven|biskop|ärkebiskop|ordförande|ordföranden|förbundsordförande|partiledare|partiledaren|partisekreterare|gruppledare|språkrör|språkröret|vd|vd:n|VD|generaldirektör|generaldirektören|rikspolischef|rikspolischefen|överbefälhavare|överbefälhavaren|riksåklagare|åklagare|åklagaren|kammaråklagare|chefsåklagare|advokat|advokaten|domare|rådman|professor|professorn|docent|doktor|dr|forskare|forskaren|lektor|rektor|rektorn|överläkare|läkaren|läkare|sjuksköterska|biträdande|chefredaktör|chefredaktören|redaktör|reporter|journalist|journalisten|fotograf|författare|författaren|förläggare|regissör|regissören|skådespelare|skådespelaren|artist|artisten|sångerska|sångaren|musiker|konstnär|konstnären|tränare|tränaren|förbundskapten|förbundskaptenen|kapten|lagkapten|anfallare|målvakt|mittfältare|backen|spelare|kommunalråd|kommunalrådet|oppositionsråd|regionråd|landshövding|landshövdingen|borgmästare|borgmästaren|senator|senatorn|guvernör|guvernören|general|generalen|överste|kommissionär|kommissionären|ambassadör|ambassadören|ekonom|ekonomen|chefsekonom|chefsekonomen|analytiker|analytikern|utredare|utredaren|talesperson|talespersonen|presstalesperson|pressansvarig|presschef|kommunikationschef|informationschef|polisinspektör|kommissarie|polisen|polischef|poliskommissarie|stationsbefäl|vakthavande|insatsledare|räddningsledare|brandman|kyrkoherde|präst|pastor|imam|rabbin|fru|herr|syster|bror|mamma|pappa|dottern|sonen|sonen|hustrun|maken|frun|sambon';

/**
 * Lower-case particles that occur inside personal names (`Ursula von der Leyen`,
 * `Leonardo da Vinci`, `Carl af Ugglas`). Language decision: only kept inside an entity when
 * a capitalised word follows.
 */
export const NAME_PARTICLES = 'von|van|der|de|den|af|av|la|le|da|di|del|della|du|bin|ben|al|el|ter|ten|dos|das';

/**
 * Capitalised words that begin a sentence but are (almost) never names, beyond the stopword list:
 * greetings, interjections, headings and frequent sentence openers. Lower case, `|`-separated.
 */
export const NON_NAME_CAPITALISED =
  'foto|bild|text|källa|läs|mer|uppdaterad|publicerad|ja|nej|tack|hej|okej|jo|nja|visst|absolut|bland|enligt|samtidigt|dessutom|därför|alltså|sedan|senare|tidigare|nyligen|idag|igår|imorgon|dock|däremot|exempelvis|till|trots|ändå|inom|utan|mellan|efter|innan|under|genom|kring|runt|vid|hos|mot|mitt|bakom|framför|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|måndagen|tisdagen|onsdagen|torsdagen|fredagen|lördagen|söndagen|julafton|midsommar|påsk|jul|nyår|' +
  // time genitives (`Dagens samtal`, `Årets budget`): not the genitive of the newspaper `Dagen`
  'dagens|gårdagens|morgondagens|årets|veckans|månadens|kvällens|nattens|helgens|vinterns|sommarens|höstens|vårens';

/**
 * Name endings (lower case) that make a capitalised compound an organisation
 * (`Tillitsdelegationen`, `Arbetsmiljöverket`, `Justitiedepartementet`, `Nordea Banken`).
 * Language decision: the definite forms are what Swedish organisation names use.
 */
export const ORG_SUFFIXES =
  'departementet|polisen|verket|myndigheten|delegationen|kommittén|kommissionen|nämnden|inspektionen|styrelsen|universitetet|universitet|högskolan|förbundet|förbund|banken|fonden|institutet|rådet|ombudsmannen|domstolen|tingsrätten|hovrätten|kammarrätten|förvaltningsrätten|regionen|landstinget|kommun|partiet|föreningen|akademien|akademin|sjukhuset|lasarettet|gruppen|bolaget|kassan|kyrkan|centret|centrum|byrån|tidningen|posten|bladet|kuriren|nytt|radio|tv';

/** Organisation-form words that follow a company name (`Volvo AB`, `Spotify Technology SA`). */
export const COMPANY_FORMS = 'AB|HB|KB|ASA|AS|A/S|Oy|Oyj|GmbH|AG|SA|Ltd|Inc|Corp|LLC|plc|PLC|NV|BV|SE|publ|Group|Holding|Sverige|Sweden|International';

/**
 * Lower-case words that, after a capitalised place name, make an organisation
 * (`Falu kommun`, `Stockholms stad`, `Västra Götalandsregionen`); `län` makes a place.
 */
export const PLACE_ORG_HEADS = 'kommun|stad|landsting|kommunfullmäktige|kommunstyrelse|stift|tingsrätt|hovrätt|kammarrätt|förvaltningsrätt|universitet|högskola|lasarett|sjukhus|brandkår|räddningstjänst|polisområde|domkyrkoförsamling|församling|förskola|skola|grundskola|gymnasieskola|folkhögskola|gymnasium';

/**
 * Adjectives of a field or a status between a place and an institution head (`Luleå tekniska
 * universitet`, `Karolinska universitetssjukhuset`, `Göteborgs kungliga sällskap`): the whole is the
 * institution. Weak forms, lower case, `|`-separated. (`nya`, `gamla` and directions are left out:
 * `Stockholms nya sjukhus` may be any new hospital of the city.)
 */
export const INSTITUTION_ADJECTIVES =
  'tekniska|medicinska|ekonomiska|kungliga|allmänna|internationella|filosofiska|teologiska|juridiska|pedagogiska|konstnärliga|' +
  'musikaliska|sociala|humanistiska|naturvetenskapliga|odontologiska|militära|estetiska|grafiska|kristna|evangeliska|katolska|lutherska|' +
  'fria|tekniskt-naturvetenskapliga|akademiska|lantbruksvetenskapliga|veterinärmedicinska|polytekniska|högre|öppna';

/**
 * Heads of institutions named after a person or an old name (`Göta hovrätt`, `Vallby skola`): after them
 * even a one-word name the model took for a person names the institution. A subset of `PLACE_ORG_HEADS`.
 */
export const NAMED_INSTITUTION_HEADS = 'hovrätt|tingsrätt|förskola|skola|grundskola|gymnasieskola|folkhögskola|gymnasium|universitet|högskola';

/**
 * Closed-class words (pronouns, determiners, conjunctions, adverbs …) that are never an entity on
 * their own even when capitalised (`Du`, `Vi`, `Det` at a sentence start or in old-style letters).
 * Lower case, `|`-separated. Language decision: a single capitalised token from this list is
 * never tagged.
 */
export const NEVER_ENTITY =
  'jag|du|han|hon|den|det|vi|ni|de|dem|dom|man|mig|dig|sig|oss|er|honom|henne|min|mitt|mina|din|ditt|dina|hans|hennes|dess|vår|vårt|våra|er|ert|era|deras|sin|sitt|sina|denna|detta|dessa|den här|någon|något|några|ingen|inget|inga|alla|allt|varje|var|vad|vem|vilken|vilket|vilka|hur|när|varför|där|här|då|nu|så|och|men|eller|för|att|om|som|eftersom|medan|fast|både|antingen|varken|i|på|av|med|till|från|hos|ur|under|över|efter|före|inför|utan|om|mot|vid|bland|enligt|genom|sedan|också|även|inte|ej|bara|redan|ju|väl|nog|kanske|visst|ja|nej|tack|hej|men|en|ett|de|the|a|an|of|and|or|mr|mrs|ms|herr|fru|sankt|st';

/**
 * Capitalised heads of Swedish agency-style names that continue with `för`/`mot` and a short
 * lower-case phrase (`Myndigheten för civilt försvar`, `Inspektionen för vård och omsorg`,
 * `Delegationen mot segregation`). Lower case, `|`-separated.
 */
export const AGENCY_HEADS = 'myndigheten|inspektionen|delegationen|institutet|nämnden|rådet|kommittén|stiftelsen|föreningen|förbundet|akademien|akademin|centrum|centret|fonden|kommissionen|styrelsen|verket|byrån|sällskapet';

/** Verbs and auxiliaries that end a name phrase (`Myndigheten för tillväxt har …`). Lower case, `|`-separated. */
export const PHRASE_STOP_VERBS = 'har|hade|är|var|blir|blev|ska|skulle|kan|kunde|vill|ville|måste|får|fick|säger|sa|sade|menar|anser|tycker|gör|gjorde|kommer|kom|tar|tog|ger|gav|finns|fanns|bör|behöver|arbetar|jobbar|föreslår|beslutar|beslutade|meddelar|meddelade|skriver|skrev|varnar|varnade|konstaterar';

/**
 * Head nouns that end a Swedish organisation name written as a capitalised first word plus
 * lower-case words (`Allmänna barnhuset`, `Svenska kraftnät`, `Röda korset`, `Kungliga tekniska
 * högskolan`). Matched as word endings, so compounds count (`barnhuset` ends in `huset`).
 * Language decision: definite forms only — a genitive or adjective + definite noun without an
 * article is ungrammatical in running Swedish unless it is a name; `centrum` is left out because
 * `Malmö centrum` is a place. Lower case, `|`-separated.
 */
export const ORG_PHRASE_HEADS = 'förbundet|verket|styrelsen|nämnden|institutet|inspektionen|myndigheten|rådet|huset|banken|bolaget|kyrkan|partiet|föreningen|akademien|akademin|högskolan|universitetet|sjukhuset|kraftnät|korset|fonden|stiftelsen|kassan|byrån|domstolen';

/**
 * Indefinite heads of organisation names (`Statens institutionsstyrelse`, `Ideella körers
 * riksförbund`). Language decision: these are ordinary nouns after a genitive (`Volvos styrelse`
 * is a board, not a body), so they only count as compounds after `Statens` or after a lower-case
 * genitive word. Lower case, `|`-separated.
 */
export const ORG_PHRASE_HEADS_INDEF = 'riksförbund|förbund|styrelse|verk|institut|råd|nämnd|inspektion|myndighet|fond|stiftelse|förening';

/**
 * News media whose sections, channels and regional editions are written as the media name plus
 * capitalised words (`SvD Kultur`, `TV4 Fyrstad`, `SVT Nyheter Öst`, `P4 Göteborg`, `DN Debatt`).
 * Language decision: the sub-brand is one organisation, named in full. `|`-separated.
 */
export const MEDIA_PARENTS = 'SVT|SR|TV4|TV 4|UR|SvD|DN|GP|HD|Di|DI|Ekot|P1|P2|P3|P4|Sveriges Radio|Sveriges Television|Expressen|Aftonbladet|Dagens Nyheter|Svenska Dagbladet|Dagens Industri|Sydsvenskan|Göteborgs-Posten|Kvällsposten|Norran|Corren|UNT|Yle|NRK|BBC|CNN';

/**
 * Endings of lower-case category nouns that stand right before a company or organisation name in
 * apposition (`bryggerikoncernen Kopparbergs`, `klädkedjan H&M`, `telekomjätten Ericsson`,
 * `bolaget Northvolt`, `storbanken Nordea`, `organisationen Amnesty`, `fackförbundet Kommunal`).
 * Language decision: a capitalised name right after one of these (one space, same sentence) is an
 * organisation even when it is also a place name (a place after `koncernen` would need a
 * preposition), and even when the trained model found no name there. Not a person with a first
 * name: Swedish drops `som` in object relative clauses (`bolaget Anna grundade` = the company Anna
 * founded). Singular definite forms only (`företagets vd Anna` is a genitive, `företagen` a plural
 * that starts a list); `restaurang` also bare, as restaurants are named (`restaurang Fisken`), and
 * `varumärken`, which names its brands (`med varumärken LB-Hus och Nordhus`).
 * Lower case, `|`-separated.
 */
export const COMPANY_CATEGORY_HEADS = 'restaurangen|restaurang|bandet|varumärket|varumärken|koncernen|företaget|bolaget|kedjan|jätten|bryggeriet|tillverkaren|varvet|förlaget|rederiet|mejeriet|bryggerikoncernen|operatören|byrån|startupen|leverantören|banken|organisationen|förbundet|föreningen|stiftelsen';

/**
 * Category heads from `COMPANY_CATEGORY_HEADS` that count only inside a compound: `jätten` alone is
 * the giant of a tale (`jätten Goliat`), `telekomjätten` a company. Lower case, `|`-separated.
 */
export const COMPANY_CATEGORY_COMPOUND_ONLY = 'jätten';

/**
 * Lower-case nouns after a name that make it a company (`Kopparbergs bryggeri`, `Götaverkens varv`):
 * the name keeps its own span and becomes an organisation. Lower case, `|`-separated.
 */
export const COMPANY_AFTER_NOUNS = 'bryggeri|bryggeriet|mejeri|mejeriet|rederi|rederiet|varv|varvet|koncern|koncernen';

/** Legal forms that make even a place name a company (`Kopparbergs AB`); `Sverige`, `International` do not. */
export const LEGAL_FORMS = 'AB|HB|KB|ASA|Oy|Oyj|GmbH|AG|Ltd|Inc|Corp|LLC|plc|PLC';

/**
 * Extra endings (beyond `ORG_SUFFIXES`, which the trained model's features use and so stay fixed)
 * that make a capitalised one-word compound mid-sentence an organisation in the rules
 * (`Beredskapsstyrkan`, `Sömnlinjen`). Lower case, `|`-separated.
 */
export const ORG_SUFFIXES_RULE = 'styrkan|linjen|kåren|gillet|klubben|teatern|operan|orkestern|företagen|industrierna|arbetsgivarna|regementet|flottiljen|brigaden|bataljonen|garnisonen';

/**
 * Indefinite heads that name an association after a place (`Wales fotbollsförbund`, `Hjo
 * tennisklubb`, `Norges idrottsförbund`): a place + one of these compounds is the body itself.
 * Lower case, `|`-separated; compounds only (`Sveriges förbund` alone is not matched).
 */
export const PLACE_ASSOCIATION_HEADS = 'förbund|förening|klubb|sällskap|idrottsklubb|akademi';

/**
 * Last words that make a multi-word name an organisation whatever the first words look like
 * (`Morgan Stanley` is not, but `Macquarie Securities`, `Lehman Brothers`, `Manchester United`,
 * `Hammarby IF` are): English and Swedish company and club words. `|`-separated, as written.
 */
export const ORG_LAST_WORDS = 'Securities|Brothers|Capital|Partners|Bank|Motor|Motors|Airlines|Airways|Energy|Pharma|Pharmaceuticals|Holdings|Systems|Technologies|Technology|Entertainment|Records|Foundation|Institute|University|College|Club|United|FC|IF|IK|BK|FF|SK|HK|BBK|Hockey|Fotboll|Bandy';

/**
 * First words of foreign place names (`Mount Elgon`, `Lake Placid`, `Fort Worth`, `Punta del Diablo`,
 * `Plaza de Mayo`): a run of capitalised words they begin is one place, whatever its parts look like
 * (`Worth` alone is a surname). Not `San`, `Santa`, `Saint` (they begin saints' and people's names as
 * well; the world's places hold `San Francisco`). As written, `|`-separated.
 */
export const FOREIGN_PLACE_STARTS = 'Mount|Mt.|Lake|Fort|Port|Cape|Punta|Plaza|Monte|Sierra|Río|Rio|Lago|Isla|Islas|Costa|Puerto|Porto|Cabo|Mont|Lac|Bahía|Playa|Cerro|Pico|Loch|Glen|Ben';

/**
 * Lower-case particles inside a foreign place name, between two capitalised words (`Punta del Diablo`,
 * `Plaza de la Revolución`, `Rio de Janeiro`, `Isle of Man`). `|`-separated.
 */
export const FOREIGN_PLACE_PARTICLES = 'de|del|la|las|los|do|da|dos|das|di|du|des|of|the|y';

/**
 * Last words that end a foreign place name (`Forest Hill Park`, `Bondi Beach`, `Crater Lake`): a run
 * of capitalised words ending in one of them is one place, even when the model or the world lists
 * took its first word for a person. As written, `|`-separated.
 */
export const FOREIGN_PLACE_ENDS = 'Park|Harbor|Harbour|Lake|Canyon|Falls|Gardens|Garden|Desert|Forest|Pass|Creek|Mountains|Valley|Bay|Beach|Island|Islands|Hill|Hills|Heights|Square|Street|Avenue|Road|Boulevard|Bridge';

/** Last words that make a multi-word name a place (`Wall Street`, `Times Square`, `Hyde Park`). `|`-separated, as written. */
export const LOC_LAST_WORDS = 'Street|Avenue|Square|Road|Boulevard|Bridge|Island|Islands|Bay|Valley|Beach|Mountains|Hill|Heights';

/**
 * Lower-case English connector words that join a capitalised run into one foreign name written
 * inside Swedish text (`Bank of England`, `The Northern Track of the Arctic Science Process`,
 * `Council on Foreign Relations`, `Right to Play`). Language decision: none of these is a Swedish
 * word, so between two capitalised words (one space apart, same sentence) they can only belong to
 * an English name, and the run is joined on their evidence alone. Swedish `och`, `i`, `för`, `på`,
 * `av` never join (`Sverige och Norge` are two names). `|`-separated, as written.
 */
export const FOREIGN_CONNECTORS = 'of|the|on|to';

/**
 * English connector words that join a foreign name only when the run carries other evidence of an
 * English name (a connector from `FOREIGN_CONNECTORS`, a leading `The`, or a head noun from
 * `ENGLISH_ORG_HEADS` / `ENGLISH_LOC_HEADS`): `Global Partnership for Education`, `Bill and
 * Melinda Gates Foundation`, `Peace in the Middle East`. Language decision: `for`, `in` and
 * `under` are also Swedish words (`Sedan for Kristersson hem`, `släppte in`), and `and` may join
 * two complete names (`Tom and Jerry`, `Trinidad and Tobago`), so they never join on their own.
 * Romance, German and Dutch particles (`de`, `da`, `la`, `von`, `van`, `der`) are not listed here:
 * they are handled only inside person names (`Ursula von der Leyen`, see `FORWARD_NAME_PARTICLES`);
 * `Banco de España` is left to the model. `|`-separated, as written.
 */
export const FOREIGN_CONNECTORS_WEAK = 'and|for|in|at|from|by|with|against|without|under|upon|into';

/**
 * Capitalised English head nouns of bodies, programmes and initiatives (`ARF Recovery Facility`,
 * `Green Climate Fund`, `Council of the Baltic Sea States`, `Global Partnership for Education`).
 * Used (1) to type a joined foreign name: the head is the last capitalised word before the first
 * preposition (`Council` in `Council of the Baltic Sea States`), else the last word; (2) to retype
 * a person span without a known first name that contains one of them as an organisation
 * (`ARF Recovery Facility` is no person); (3) to end a model span at a Swedish lower-case word after
 * the head (`World Economic Forum` | `i Davos`); (4) to grow a mention over the capitalised words up
 * to such a head (`ADB` + `Climate Facility`, `Stockholm` + `Resilience Centre`).
 * Language decisions: programmes, processes and initiatives (`Track`, `Process`, `Initiative`,
 * `Programme`) count as organisations, as the news annotation does; conferences and summits too
 * (`Conference of the Parties` is a treaty body); prizes (`Award`, `Prize`) are neither people nor
 * places, and organisation is the closest of the three types (a prize carries the name of the
 * body that awards it). Swedish homographs (`Bank`, `Union`, `Forum`, `Program`, `Center`,
 * `Process`) are kept: written capitalised inside a capitalised run they are name words. As
 * written, `|`-separated.
 */
export const ENGLISH_ORG_HEADS =
  'Facility|Commission|Process|Track|Award|Awards|Prize|Fund|Council|Agency|Initiative|Programme|Program|Forum|Network|Alliance|Institute|Foundation|Group|Bank|Union|Organization|Organisation|Committee|Partnership|Summit|Conference|' +
  'Coalition|Association|Federation|Society|Trust|Centre|Center|Board|Authority|Office|Service|Services|Secretariat|Mission|Movement|Platform|Panel|Assembly|Parliament|Ministry|Department|Corporation|Company|' +
  'University|College|Academy|School|Court|Tribunal|Observatory|Laboratory|Hospital|Party|Front|Campaign|Project|Force|League|Consortium|Institution|Bureau|Directorate|Dialogue|Compact|Fellowship|Taskforce|' +
  // museums and libraries act as bodies; news media (`Voice of America`, `Wall Street Journal`) are organisations in the annotation
  'Museum|Gallery|Library|Times|Post|Journal|News|Herald|Tribune|Magazine|Radio|Television|Broadcasting|Army|Navy|Guard';

/**
 * Capitalised English head nouns of places (`Gulf of Aden`, `Republic of Korea`, `Isle of Man`,
 * `Strait of Hormuz`): the head of a joined foreign name (see `ENGLISH_ORG_HEADS`) from this list
 * makes it a place. As written, `|`-separated.
 */
export const ENGLISH_LOC_HEADS = 'Republic|Kingdom|States|Emirates|Islands|Island|Isle|Gulf|Strait|Straits|Sea|Ocean|Bay|Cape|Lake|Mount|River|Valley|City|Coast|Peninsula|Square|Street';

/**
 * Lower-case name particles that continue a person's name forward when a capitalised word follows
 * (`Ursula` + `von der Leyen`, `Leonardo` + `da Vinci`, `Mohammed` + `bin Salman`, `Anna` + `de
 * Vries`). Language decision: after a person span `de` is the particle, not the Swedish pronoun
 * (the pronoun is followed by a verb, not by a capitalised word); Swedish `den` and `av` are left out
 * (`Karl den store` is written in lower case, `av` is a preposition). At most two particles
 * (`von der`, `de la`). `|`-separated.
 */
export const FORWARD_NAME_PARTICLES = 'von|van|der|de|da|di|du|des|del|della|la|le|dos|das|af|ter|ten|bin|ibn|al|el|y';

/**
 * Endings of Swedish adjective and participle compounds that are capitalised only because they
 * begin a sentence (`Danskledd`, `Norskägda`, `Rysslandsvänlig`, `EU-finansierade`): such a word
 * alone at a sentence start is no name unless a gazetteer or a mid-sentence capital says so.
 * Language decision: these second parts (led, owned, friendly, hostile, supported, born …) form
 * adjectives and participles, never names. Lower case, `|`-separated; matched as word endings after
 * at least three letters.
 */
export const ADJECTIVE_COMPOUND_ENDINGS =
  'ledd|ledda|lett|ägd|ägda|ägt|vänlig|vänliga|vänligt|fientlig|fientliga|fientligt|stödd|stödda|stött|styrd|styrda|styrt|född|födda|fött|baserad|baserade|baserat|finansierad|finansierade|finansierat|tillverkad|tillverkade|tillverkat|inspirerad|inspirerade|inspirerat|kontrollerad|kontrollerade|kontrollerat|orienterad|orienterade|orienterat|trogen|trogna|troget|kritisk|kritiska|kritiskt|språkig|språkiga|språkigt|talande';

/**
 * Tokens after which a capitalised word is capitalised for grammar, not for a name: a sentence end,
 * a dash or quotation mark that opens a quote, a colon, a bracket, a list bullet (`– Vi`, `: Det`,
 * `• Sverige`). As written.
 */
export const GRAMMAR_CAPITAL_OPENERS: readonly string[] = ['–', '—', '-', '”', '"', '»', '“', '„', '(', ':', '•', '*', '·', '|', '…', '.', '!', '?'];

/**
 * Lower-case particles that begin a surname and join a person's name found right after them
 * (`von Sydow`, `af Klint`, `al-Assad`, `van Gogh`). Language decision: Swedish `de`/`den` are
 * left out (pronouns and articles far more often than particles). `|`-separated.
 */
export const SURNAME_PARTICLES_BEFORE = 'von|van|af|al|el|da|di|du|der|ter|ten|bin|ibn|le|la|del|della|dos|das';

/**
 * The surname particles that make an unknown capitalised word after them a person by themselves
 * (`von Platen`, `af Trolle`, `van Dyck`): no Swedish word is spelled like them. `|`-separated.
 */
export const STRONG_SURNAME_PARTICLES = 'von|af|van';

/** Capitalised words that make the place after them a regional body (`Region Skåne`, `Landstinget Dalarna`). `|`-separated. */
export const REGION_PREFIXES = 'Region|Landstinget';

/** Prepositions that continue an agency name into a phrase (`Myndigheten för civilt försvar`, `Kommittén mot antisemitism`). `|`-separated. */
export const AGENCY_PREPOSITIONS = 'för|mot';

/** Words that coordinate two names (`Obama och Merkel`, `Merkel eller Obama`, `Hennes & Mauritz`). `|`-separated, lower case. */
export const NAME_COORDINATORS = 'och|eller|&';

/**
 * Endings of a lower-case word after a name that make it a verb, not a noun the name is a genitive
 * of (`Paris är`, `Jonas säger`, `Kinas ledde` vs `Obamas politik`). `|`-separated.
 */
export const VERB_LIKE_ENDINGS = 'ar|er|ir|or|ur|är|år|de|te|dde|tt|ade';

/**
 * Endings of a lower-case word that the model took into the end of a name but that end no name:
 * participles and past tense (`Volvo ägda`, `Ericsson anställde`). `|`-separated.
 */
export const TRAILING_VERB_ENDINGS = 'at|it|ade|ande|ende|de|te';

/** Words that end in an organisation ending but name an area, not a body (`Östersjöområdet` ends in `rådet`). `|`-separated. */
export const NOT_ORG_HEAD_WORDS = 'området';

/** Hyphen-compound tails that make the whole compound an organisation besides the `ORG_SUFFIXES` (`NOA-polisen`, `EU-polisen`). `|`-separated. */
export const ORG_COMPOUND_TAILS = 'polisen';

/**
 * Endings of one-word street, square and park names (`Storgatan`, `Safirvägen`, `Stortorget`,
 * `Lönnparken`): a capitalised compound with one of them after at least three letters is a place.
 * Lower case, `|`-separated.
 */
export const STREET_HEADS = 'gatan|vägen|torget|gränd|gränden|stigen|allén|backen|platsen|leden|parken|kajen|esplanaden|promenaden|strand|stranden';

/**
 * Words that make a name a venue, a place (`Tele2 Arena`, `Friends Arena`, `Wembley Stadium`,
 * `Baltiska hallen`): capitalised after a name, or a lower-case compound head after a capitalised
 * adjective. `|`-separated, as written.
 */
export const VENUE_WORDS = 'Arena|Arenan|Stadium|Stadion|Stadion|Hallen|Ishall|Ishallen|Park|Bowl|Dome|Center|Centre';
/** Lower-case venue heads after a capitalised word (`Baltiska hallen`, `Ryavallen`). `|`-separated. */
export const VENUE_HEADS_LOWER = 'hallen|arenan|vallen|stadion|ishallen|sporthallen';

/**
 * Club words before or after a place that make a sports club, an organisation (`Malmö FF`, `IFK
 * Göteborg`, `Forsby Hockey`, `Djurgården Fotboll`). As written, `|`-separated.
 */
export const CLUB_WORDS = 'FF|IF|IK|BK|SK|HC|IBK|FC|BoIS|GIF|HK|AIK|IFK|FK|SC|AIF|BIK|GoIF|Hockey|Fotboll|Innebandy|Bandy|Handboll|Basket|United|City|Rovers|Wanderers|Dam|Herr';

/**
 * Sports leagues and tournaments named like common words or unknown to the gazetteers (organisations
 * in the annotation guide). As written, `|`-separated.
 */
export const SPORTS_LEAGUES =
  'Allsvenskan|Superettan|Damallsvenskan|Elitettan|Hockeyallsvenskan|SHL|SDHL|Elitserien|Svenska Superligan|Premier League|Champions League|Europa League|Conference League|La Liga|Serie A|Bundesliga|Ligue 1|Eredivisie|NHL|NBA|NFL|MLS|KHL|Championship';

/**
 * Verbs of a sports result whose subject or object is a team (`Brighton besegrade Chelsea`, `Malmö
 * vann`, `mötte Nässjö`): in a text with a score, a place name next to them is the club. Lower case,
 * `|`-separated.
 */
export const SPORTS_RESULT_VERBS = 'vann|vinner|förlorade|förlorar|besegrade|besegrar|slog|slår|mötte|möter|spelade|spelar|kvitterade|kvitterar|ledde|leder|föll|faller|tog|tar|vände|vänder|krossade|krossar|ställdes|gästade|gästar|tog emot|tar emot';

/**
 * Acronyms that name no organisation, person or place: measures, substances, diagnoses, media, laws,
 * report series, events and titles (`KPI`, `BNP`, `DNA`, `TV`, `ADHD`, `SOU`, `VM`, `VD`). An unknown
 * acronym mid-sentence outside this list is taken for an organisation. Upper case, `|`-separated.
 */
export const NON_NAME_ACRONYMS =
  'TV|IT|AI|PR|CV|VD|PT|VA|ID|PIN|SMS|MMS|GPS|USB|PDF|CD|DVD|LP|EP|DJ|VIP|FAQ|ATM|UFO|IQ|EQ|BMI|BNP|BNI|KPI|ATP|PPM|ISK|RUT|ROT|MOMS|VAT|' +
  'DNA|RNA|HIV|AIDS|ADHD|ADD|PTSD|ALS|KOL|MS|MRSA|DDT|PCB|LSD|THC|CBD|CO|NOX|PM|EM|VM|SM|OS|NM|DM|' +
  'SOU|LAS|LSS|LVU|LVM|PBL|GDPR|HBTQ|HBTQI|HBTQIA|LGBT|LGBTQ|SFI|SVA|HR|IR|UX|AR|VR|OK|CEO|CFO|CTO|COO|PhD|MBA|MSc|AM|FM|UV|GMO|' +
  'CEST|CET|UTC|GMT|EST|USD|EUR|SEK|NOK|DKK|GBP|JPY|CNY|KR|KM|MW|GW|KW|TWH|GWH|MWH|KWH';

/**
 * Lower-case words (and the last parts of compounds) that name a body or a unit of one, before its
 * short name in parentheses: `tullens särskilda utredningsenhet (Sue)`, `spionmyndigheten (DGSE)`
 * → the short name is an organisation. Indefinite and definite forms, `|`-separated.
 */
export const BODY_WORDS =
  'avdelning|avdelningen|enhet|enheten|myndighet|myndigheten|förbund|förbundet|förening|föreningen|organisation|organisationen|' +
  'råd|rådet|nämnd|nämnden|institut|institutet|byrå|byrån|kommitté|kommittén|kommission|kommissionen|styrelse|styrelsen|verk|verket|' +
  'center|centret|centrum|sällskap|sällskapet|fond|fonden|stiftelse|stiftelsen|bolag|bolaget|företag|företaget|parti|partiet|' +
  'universitet|universitetet|högskola|högskolan|polis|polisen|domstol|domstolen|kontor|kontoret|förvaltning|förvaltningen|' +
  'kansli|kansliet|inspektion|inspektionen|delegation|delegationen|agentur|agenturen|byrå|nätverk|nätverket|koncern|koncernen';

/**
 * Words before a name that take a person, never a place (`pratade med Zelenskyj`, `en intervju av
 * Whitaker`, `enligt Trudeau`, `hos Osborne`): a one-word "place" no list of places holds is a person
 * after them. `|`-separated.
 */
export const PERSON_BEFORE_WORDS = 'med|av|enligt|hos';

/** Prepositions before a place (`i Ontario`, `från Kyiv`, `till Denver`): a world name that is a place and a surname after them is the place. `|`-separated. */
export const PLACE_PREPOSITIONS = 'i|från|till|vid|nära|utanför|runt|genom|mot|inom|över|via|kring';

/** English month and day names, which the world's first-name lists hold (`January`, `June`, `Monday`) but name no one in Swedish text. Lower case, `|`-separated. */
export const ENGLISH_CALENDAR_WORDS = 'january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/** English honorifics before a name; no part of the name (`Mrs Whitfield` → `Whitfield`, `Mr Harrowgate`). As written, `|`-separated. */
export const ENGLISH_HONORIFICS = 'Mr|Mrs|Ms|Miss|Dr|Mr.|Mrs.|Ms.|Dr.';

/**
 * Compound tails of geographic names (`Lyon-regionen`, `Winnipegområdet`, `Mississippifloden`,
 * `Saharaöknen`, `Krimhalvön`): a capitalised name + one of these is a place. Lower case, `|`-separated;
 * matched as word endings after at least three letters.
 */
export const PLACE_COMPOUND_TAILS = 'regionen|området|provinsen|distriktet|delstaten|kusten|floden|älven|öknen|halvön|bergen|dalen|sjön|viken|sundet|ön|öarna|landet';

/** Capitalised Swedish national adjectives that begin an organisation name (`Svensk Orientering`, `Svenska Spel`, `Svenskt Näringsliv`). `|`-separated. */
export const NATIONAL_NAME_STARTS = 'Svensk|Svenska|Svenskt';

/** Heads of administrative units named by a compound (`utvecklingsförvaltningen`, `stadsbyggnadskontoret`): with a capitalised first part joined by `- och` they name a body. Lower case, `|`-separated. */
export const ORG_UNIT_HEADS = 'förvaltningen|kontoret|enheten|avdelningen|nämnden|styrelsen|kansliet|verket|myndigheten|förbundet';

/**
 * Lower-case geographic heads after a capitalised adjective or genitive that make one place name
 * (`Karibiska havet`, `Balearernas hav`, `Persiska viken`, `Engelska kanalen`). Lower case, `|`-separated.
 */
export const PLACE_PHRASE_HEADS = 'havet|hav|sjön|bukten|viken|kanalen|sundet|öknen|bergen|halvön|ön|öarna|floden|älven|slätten|kusten';

/**
 * Nouns for works (films, books, records, plays, programmes) in the definite form, after which a
 * capitalised run is the work's title, never a person or place: `filmen Sommar i Jemen`,
 * `albumet Blue Horizon`, `musikalen The Dreamer`. A lower-case compound ending in one counts too
 * (`debutalbumet`, `dokumentärfilmen`). Bare `serien` and `programmet` are left out: a league
 * (`serien Allsvenskan`) and a news programme (`programmet Rapport`) are organisations.
 */
export const WORK_NOUNS_DEFINITE = 'filmen|boken|romanen|novellen|diktsamlingen|dikten|albumet|skivan|singeln|låten|sången|visan|musikalen|operan|operetten|baletten|pjäsen|komedin|tragedin|dramat|thrillern|dokumentären|antologin|tv-serien|dramaserien|tv-programmet|podden|podcasten|datorspelet|tv-spelet|målningen|tavlan|skulpturen|seriealbumet|sagan|eposet|essän|reportageboken|kortfilmen';

/** The same nouns in the indefinite form, read as a work only after a possessive (`hennes album Blue Horizon`). */
export const WORK_NOUNS_INDEFINITE = 'film|bok|roman|novell|diktsamling|album|skiva|singel|låt|sång|musikal|opera|pjäs|komedi|thriller|dokumentär|antologi|tv-serie|podd|målning|tavla';

/** Possessives before an indefinite work noun (`hans bok`, `deras album`). */
export const WORK_POSSESSIVES = 'hans|hennes|deras|dess|sin|sitt|sina|min|mitt|din|ditt|vår|vårt|er|ert';

/** Small words that may stand inside a title between capitalised words (`Sommar i Jemen`, `Lord of the Rings`). */
export const TITLE_INNER_WORDS = 'i|och|på|av|för|med|om|till|the|of|and|in|on|a|an|to|for|de|la|le|les|des|del|du|et|und|der|die|das|el|y';

/**
 * Lower-case heads that make a national adjective and one word an organisation (`Svensk
 * körförening`, `Svenska läkaresällskapet`): a compound ending in one counts. Lower case, `|`-separated.
 */
export const NATIONAL_ORG_HEADS = 'förening|föreningen|förbund|förbundet|sällskap|sällskapet|akademien|institutet|kyrkan|handel|råd|rådet|akademi|stiftelsen';

/** Words in parentheses before an organisation's other name (`reklambyrån Ordlek (numera Brandlab)`). Lower case, `|`-separated. */
export const OTHER_NAME_WORDS = 'numera|tidigare|nuvarande|sedermera|förut|dåvarande|senare';

/**
 * Adverbs that never end a name: a mention the model ran on into one ends before it (`Vad kan
 * Handelsplan Norrby ytterligare göra?`). Lower case, `|`-separated.
 */
export const NAME_FINAL_ADVERBS = 'ytterligare|aldrig|alltid|fortfarande|dessutom|endast|bara|också|även|redan|snart|nu|då|där|här|sedan|ofta|sällan|gärna|nog|kanske|troligen|förmodligen|verkligen|helt|mycket|mer|mest|dock|ändå|igen|tillbaka|direkt|numera|fortsatt|återigen|just|äntligen';

/**
 * Titles of rank and office held over a place, before `av` and the place (`grevinnan av Rothesay`,
 * `borgmästaren av Saint-Brieuc`, `hertigen av Kent`). Lower case, `|`-separated.
 */
export const TITLES_OF_PLACE = 'greve|greven|grevinna|grevinnan|hertig|hertigen|hertiginna|hertiginnan|prins|prinsen|prinsessa|prinsessan|kung|kungen|konung|konungen|drottning|drottningen|furste|fursten|furstinna|furstinnan|markis|markisen|markisinna|baron|baronen|earl|lord|jarl|jarlen|biskop|biskopen|ärkebiskop|ärkebiskopen|borgmästare|borgmästaren|guvernör|guvernören|emir|emiren|sultan|sultanen|tsar|tsaren|kejsare|kejsaren|kejsarinna|kejsarinnan|storhertig|storhertigen|kurfurste|kurfursten';

/**
 * Finite verbs that follow a subject (`Kowalczyk vann`, `Wojtasik var`): with the past-tense endings
 * `-ade`, `-de`, `-te`, `-dde` they are the evidence that an unknown repeated name is someone acting.
 * No modal verbs: things and places can (`Undantaget kan`, `Staden ska`), only people say and meet.
 * Lower case, `|`-separated.
 */
export const SUBJECT_VERBS = 'var|hade|blev|fick|gick|kom|sa|sade|skrev|tog|såg|gav|mötte|vann|dog|föddes|fann|höll|stod|satt|låg|bar|drog|drev|steg|flydde|hann|slog|lät|valde|säger|menar|skriver|berättar|svarar';

/**
 * Nouns for a kind of place, right before its name (`staden Hollisford`, `floden Arvanos`, `ön
 * Kalvö`, `distriktet Montclaire`): the name is a place. A lower-case compound ending in one of
 * five letters or more counts too (`hamnstaden`, `bergsbyn` has `byn` only alone). Lower case, `|`-separated.
 */
export const PLACE_CATEGORY_NOUNS = 'staden|byn|orten|stadsdelen|förorten|floden|älven|ön|ögruppen|halvön|sjön|berget|bergskedjan|provinsen|regionen|distriktet|delstaten|landskapet|grevskapet|departementet|kantonen|länet|socknen|dalen|viken|sundet|kanalen|öknen|vulkanen|huvudstaden|metropolen|kusten|hamnen';
