// Gazetteer: countries (with their demonyms), capitals, major cities, states and regions. Folded lower case.
// Variant spellings of one place are written "canonical=variant=variant".
// US states also by the wire's abbreviations of four letters or more ("Fresno, Calif."; shorter ones only in capitals, "N.Y.").

/** Peoples and parties' members named with no country of theirs ("dissident Kurds", "the ruling Conservatives",
 * "Major Japanese banks" has its country's): adjectives and nationals as demonyms are, no one's name. Folded; a
 * plural's "s" is asked off as the demonyms' is. */
export const PEOPLES = `kurd kurdish conservatives tories liberals communists socialists centrists`.split(' ');

/** country=variants : demonyms (adjectives, not entities; they map to the country). */
export const COUNTRIES = `
afghanistan:afghan|albania:albanian|algeria:algerian|andorra:andorran|angola:angolan|argentina:argentine,argentinian|
armenia:armenian|australia:australian|austria:austrian|azerbaijan:azerbaijani,azeri|bahamas:bahamian|bahrain:bahraini|
bangladesh:bangladeshi|barbados:barbadian|belarus=byelorussia=belorussia:belarusian,belarussian,byelorussian,belorussian|
belgium:belgian|belize:belizean|benin:beninese|bhutan:bhutanese|bolivia:bolivian|bosnia=bosnia and herzegovina:bosnian|
botswana:botswanan|brazil:brazilian|brunei:bruneian|bulgaria:bulgarian|burkina faso:burkinabe|burundi:burundian|
cambodia:cambodian|cameroon:cameroonian|canada:canadian|cape verde:cape verdean|chad:chadian|chile:chilean|china:chinese|
colombia:colombian|comoros:comorian|congo:congolese|costa rica:costa rican|croatia:croatian,croat|cuba:cuban|
cyprus:cypriot|czech republic=czechia:czech|czechoslovakia:czechoslovak|denmark:danish|djibouti:djiboutian|
dominican republic:dominican|ecuador:ecuadorian|egypt:egyptian|el salvador:salvadoran|eritrea:eritrean|estonia:estonian|
eswatini=swaziland:swazi|ethiopia:ethiopian|fiji:fijian|finland:finnish|france:french|gabon:gabonese|gambia:gambian|
georgia:georgian|germany:german|ghana:ghanaian|greece:greek|guatemala:guatemalan|guinea:guinean|guyana:guyanese|
haiti:haitian|honduras:honduran|hungary:hungarian|iceland:icelandic|india:indian|indonesia:indonesian|iran:iranian|
iraq:iraqi|ireland:irish|israel:israeli|italy:italian|ivory coast=cote d'ivoire:ivorian|jamaica:jamaican|japan:japanese|
jordan:jordanian|kazakhstan:kazakh,kazakhstani|kenya:kenyan|kosovo:kosovar|kuwait:kuwaiti|kyrgyzstan:kyrgyz|laos:laotian,lao|
latvia:latvian|lebanon:lebanese|lesotho:basotho|liberia:liberian|libya:libyan|liechtenstein:liechtensteiner|
lithuania:lithuanian|luxembourg:luxembourgish|madagascar:malagasy|malawi:malawian|malaysia:malaysian|maldives:maldivian|
mali:malian|malta:maltese|mauritania:mauritanian|mauritius:mauritian|mexico:mexican|moldova:moldovan|monaco:monegasque|
mongolia:mongolian|montenegro:montenegrin|morocco:moroccan|mozambique:mozambican|myanmar=burma:burmese|namibia:namibian|
nepal:nepalese,nepali|netherlands=holland:dutch|new zealand=n.z.:new zealander|nicaragua:nicaraguan|niger:nigerien|
nigeria:nigerian|north korea:north korean|north macedonia=macedonia:macedonian|norway:norwegian|oman:omani|
pakistan:pakistani|palestine:palestinian|panama:panamanian|papua new guinea:papua new guinean|paraguay:paraguayan|
peru:peruvian|philippines:filipino,philippine|poland:polish|portugal:portuguese|qatar:qatari|romania:romanian|
russia=russian federation:russian|rwanda:rwandan|saudi arabia:saudi|senegal:senegalese|serbia:serbian,serb|
sierra leone:sierra leonean|singapore:singaporean|slovakia:slovak|slovenia:slovenian,slovene|somalia:somali|
south africa:south african|south korea:south korean,korean|south sudan:south sudanese|spain:spanish|sri lanka:sri lankan|
sudan:sudanese|suriname:surinamese|sweden:swedish|switzerland:swiss|syria:syrian|taiwan:taiwanese|tajikistan:tajik|
tanzania:tanzanian|thailand:thai|togo:togolese|tonga:tongan|trinidad and tobago=trinidad:trinidadian|tunisia:tunisian|
turkey=turkiye:turkish|turkmenistan:turkmen|uganda:ugandan|ukraine=the ukraine:ukrainian|
united arab emirates=uae:emirati|united kingdom=uk=u.k.=britain=great britain:british,briton|
united states=us=u.s.=u.s=usa=u.s.a.=america=united states of america:american|uruguay:uruguayan|uzbekistan:uzbek|
vanuatu:ni-vanuatu|vatican=holy see:vatican|venezuela:venezuelan|vietnam=viet nam:vietnamese|yemen:yemeni|
yugoslavia:yugoslav|zambia:zambian|zimbabwe:zimbabwean|soviet union=ussr:soviet|england:english|scotland:scottish,scots|
wales:welsh|northern ireland:northern irish|europe:european|asia:asian|africa:african|
`;

/** A country's short names that also name something wider: a country's acronym does not give way to them as the
 * entity's name ("U.S." beside "America", which also names the continents, stays "U.S."; "U.K." beside "Britain"
 * becomes "Britain"). */
export const WIDER_SHORT_NAMES = ['america'];

/** A place's opening word as the wire shortens it, and the word it stands for: "Mt Cook" and "Mount Cook", "Ft. Worth"
 * and "Fort Worth" are one place (folded, without the full stop). */
export const PLACE_WORD_SHORTENINGS: ReadonlyArray<readonly [string, string]> = [
  ['mt', 'mount'],
  ['ft', 'fort'],
  ['pt', 'point'],
];

/** Capitals, major cities, states and regions (with variant spellings). */
export const PLACES = `
kyiv=kiev|minsk|moscow|kharkiv=kharkov|kherson|odesa=odessa|lviv=lvov|dnipro=dnipropetrovsk|zaporizhzhia=zaporizhzhya=zaporozhye|
mariupol|donetsk|luhansk=lugansk|donbas=donbass|crimea|bakhmut=artemovsk|mykolaiv=nikolaev|sevastopol|kursk|belgorod|
brest|gomel=homel|grodno=hrodna|vitebsk=viciebsk|mogilev=mahilyow|mozyr|st petersburg=st. petersburg=saint petersburg|
vilnius|riga|tallinn|warsaw|krakow=cracow|prague|bratislava|budapest|bucharest|sofia|belgrade|zagreb|ljubljana|sarajevo|
skopje|tirana|podgorica|chisinau=kishinev|athens|rome|milan|naples|turin|venice|florence|madrid|barcelona|lisbon|paris|
marseille|lyon|brussels|amsterdam|rotterdam|the hague|luxembourg|berlin|munich|frankfurt|hamburg|cologne|bonn|vienna|
zurich|geneva|bern|basel|london|manchester|liverpool|birmingham|edinburgh|glasgow|dublin|belfast|cardiff|oslo|stockholm|
copenhagen|helsinki|reykjavik|ankara|istanbul|tbilisi|yerevan|baku|astana=nur-sultan|almaty|tashkent|bishkek|dushanbe|
ashgabat|tehran|baghdad|damascus|beirut|amman|jerusalem|tel aviv|gaza|west bank|cairo|riyadh|jeddah|mecca|doha|dubai|
abu dhabi|kuwait city|manama|muscat|sanaa|kabul|islamabad|karachi|lahore|new delhi|delhi|mumbai=bombay|kolkata=calcutta|
chennai=madras|bangalore=bengaluru|dhaka|kathmandu|colombo|beijing=peking|shanghai|hong kong=h.k.|guangzhou|shenzhen|wuhan|
taipei|tokyo|osaka|seoul|pyongyang|korea|bangkok|hanoi|ho chi minh city=saigon|manila|jakarta|kuala lumpur|singapore|
yangon=rangoon|phnom penh|canberra|sydney|melbourne|perth|wellington|auckland|ottawa|toronto|montreal|vancouver|washington|
new york=n.y.|new york city|los angeles|chicago|houston|philadelphia|boston|san francisco|seattle|miami|atlanta|dallas|
detroit|denver|las vegas|new orleans|hollywood|malibu|silicon valley|wall street|mexico city|havana|caracas|bogota|
lima|quito|santiago|buenos aires|montevideo|brasilia|rio de janeiro=rio|sao paulo|la paz|asuncion|panama city|
nairobi|addis ababa|dar es salaam|lagos|abuja|accra|dakar|johannesburg|pretoria|cape town|kinshasa|khartoum|tripoli|tunis|algiers|
rabat|casablanca|kampala|kigali|harare|lusaka|luanda|maputo|mogadishu|
california=calif|texas|florida|new jersey=n.j.|pennsylvania|ohio|michigan=mich|illinois|massachusetts|virginia|maryland|oregon|
arizona=ariz|nevada|colorado=colo|utah|alaska|hawaii|kansas|iowa|missouri|kentucky|tennessee=tenn|alabama|louisiana|oklahoma=okla|
minnesota=minn|wisconsin|indiana|connecticut=conn|carolina|north carolina|south carolina|dakota|montana|idaho|wyoming|
nebraska|arkansas|mississippi|vermont|maine|new hampshire|rhode island|delaware|new mexico|
siberia|caucasus|chechnya|dagestan|kaliningrad|transnistria|abkhazia|ossetia|kashmir|tibet|xinjiang|kurdistan|
balkans|baltics|scandinavia|middle east|far east|west indies|gulf|persian gulf|shatt al-arab|black sea|baltic sea|mediterranean|atlantic|pacific|arctic|
antarctica|north america|south america|latin america|central asia|east asia|southeast asia|
west germany|east germany|west berlin|east berlin|north yemen|south yemen|western europe|eastern europe|west africa|
east africa|north africa|southern africa|western australia|south australia|new south wales|west virginia|north dakota|
south dakota|
quebec|ontario|alberta|british columbia|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|prince edward island|
queensland|tasmania|bavaria|sicily|sardinia|flanders|puerto rico|guam|bermuda|
minneapolis|san diego|san jose|baltimore|cincinnati|pittsburgh|st. louis=st louis|kansas city|milwaukee|
indianapolis|des moines|fort lauderdale=ft. lauderdale|tampa|honolulu|omaha|tulsa|memphis|nashville|louisville|
oklahoma city|salt lake city|calgary|edmonton|winnipeg|brisbane|yokohama|kobe|nagoya|
`;

/**
 * A town's last word that no person's name ends in: before a state after a comma the name is the town's even after a
 * given name ("Charles City, Iowa", "Palm Beach, Fla."). Folded.
 */
export const TOWN_HEADS = `city beach heights falls springs township village`.trim().split(/\s+/);

/**
 * States and provinces by name and by the wire's abbreviations, read only after a comma that follows a name: "Des
 * Moines, Iowa", "Fort Lauderdale, Fla.", "Timmins, Ontario": the name before is a town there (`names.ts`). Each state
 is written "name=abbreviation=...": a story's entity named only by the abbreviation is named by the state's name
 ("Fla" -> Florida, `link.ts`).
 */
export const STATES = `
alabama=ala. alaska arizona=ariz. arkansas=ark. california=calif. colorado=colo. connecticut=conn. delaware=del.
florida=fla. georgia=ga. hawaii idaho illinois=ill. indiana=ind. iowa kansas=kan.=kans. kentucky=ky. louisiana=la.
maine=me. maryland=md. massachusetts=mass. michigan=mich. minnesota=minn. mississippi=miss. missouri=mo. montana=mont.
nebraska=neb.=nebr. nevada=nev. new_hampshire=n.h. new_jersey=n.j. new_mexico=n.m.=n.mex. new_york=n.y. north_carolina=n.c.
north_dakota=n.d.=n.dak. ohio oklahoma=okla. oregon=ore. pennsylvania=pa.=penn. rhode_island=r.i. south_carolina=s.c.
south_dakota=s.d.=s.dak. tennessee=tenn. texas=tex. utah vermont=vt. virginia=va. washington=wash. west_virginia=w.va.
wisconsin=wis. wyoming=wyo. quebec=que. ontario=ont. alberta=alta. british_columbia=b.c. manitoba=man.
saskatchewan=sask. nova_scotia=n.s. new_brunswick=n.b. newfoundland=nfld. queensland tasmania new_south_wales=n.s.w.
`
  .trim()
  .split(/\s+/)
  .map((entry) => entry.replace(/_/g, ' ').split('='));

/**
 * The states' one-word abbreviations the wires also write without their full stop ("Tom Miller of Maricopa, Ariz as
 * the new president"), read so only after a comma and before a lower-case word or none (`stateAfter`); not "Miss",
 * "Man" (a courtesy title, a word). Folded, no stop.
 */
export const UNDOTTED_STATES: ReadonlySet<string> = new Set(
  STATES.flat()
    .filter((a) => /^[a-z]{3,}\.$/.test(a))
    .map((a) => a.slice(0, -1))
    .filter((a) => a !== 'miss' && a !== 'man'),
);

/** The states' abbreviations written as a capital's initial and a capitalised word, with full stops ("W.Va.",
 * "N.Dak."): the tokeniser keeps each one token, as it keeps "N.Y." (`tokens.ts`). */
export const DOTTED_STATE_WORDS: ReadonlySet<string> = new Set(STATES.flat().filter((a) => /^[a-z]\.[a-z]{2,}\.$/.test(a)));

/** States whose names also name a city or a country ("Wash." is not Washington, D.C.; "Ga." not the Caucasus' Georgia):
 * their abbreviations keep their own names. */
export const SHARED_STATE_NAMES = ['washington', 'georgia', 'new york'];

/**
 * Lower-case nouns for a kind of place: a bare name after "the <noun> of" ("the town of Zarand", "the island of
 * Qeshm") or with one as the head of its appositive ("Zarand, a town of about 15,000 people") is a place.
 */
export const PLACE_NOUNS = `
town city village hamlet island islands province region district county state capital port suburb municipality
neighborhood neighbourhood township borough prefecture governorate oblast valley
`.trim().split(/\s+/);
