// Capitalised words that are not names: sentence starters, adjectives of region or creed (calendar words: common/calendar.ts).

/** Capitalised adjectives and common nouns that are never an entity on their own (and the wires' money-market words:
 * "Euroyen", "Eurobond", "Ecus", "Creditwatch", read as places or acronyms). */
export const NOT_NAMES = `
i western eastern northern southern west east north south soviet slavic baltic nordic arab arabic islamic muslim moslem
christian jewish catholic orthodox protestant communist socialist democrat democrats democratic republican republicans
liberal conservative congressional european asian african latin english internet web god christmas easter ramadan
mr mrs ms dr sir madam ok tv hq ceo cfo am pm a.m. p.m. gmt utc et est edt bst cet ad bc covid pandemic photo video watch
cst cdt pst pdt mst mdt est. edt. cst. gmt.
read more related advertisement click subscribe comments comment share tweet email print
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
eurobond eurobonds eurodollar eurodollars euroyen euromarket euromarkets euronote euronotes eurosterling eurofranc
creditwatch ecu ecus
`.trim().split(/\s+/);

/**
 * Words of that list that open a name when what they open is a place or organisation the gazetteer knows ("Soviet
 * Union", "South Korea", "European Community") or ends in a head of one ("Communist Party", "Western Union", "North
 * Sea", "Eastern Airlines Inc"): without them the rest names another thing ("Union", "Korea", "Africa", "Community").
 */
export const NAME_OPENERS = `
western eastern northern southern west east north south soviet baltic nordic arab islamic christian communist
socialist liberal conservative european asian african latin internet republican democratic congressional
`.trim().split(/\s+/);

/**
 * Party adjectives of `NAME_OPENERS`, which open a body of their party only ("Republican National Committee",
 * "Republican Governors Association", "Republican Party"), not a chamber they hold ("the Republican Senate": the
 * chamber alone is the name). Folded.
 */
export const PARTY_OPENERS = `republican`.trim().split(/\s+/);
/**
 * A party's words ("Democratic", "Democrats", "Republican") and the words that open a party's adjective or a role with
 * them, which name nothing alone before one ("a Social Democratic member", "the Free Democrats", "Assistant
 * Democratic Leader James Clyburn"; "Senate Democratic aide" is the Senate). Folded.
 */
export const PARTY_WORDS = `democratic democrat democrats republican republicans congressional`.trim().split(/\s+/);
export const PARTY_WORD_OPENERS = `social free assistant deputy`.trim().split(/\s+/);
export const PARTY_BODY_HEADS = `party committee caucus association coalition council conference union alliance front federation club`
  .trim()
  .split(/\s+/);

/**
 * Names of no place or organisation that a word of `NAME_OPENERS` opens, with no head after it: the wire's crude
 * grades ("West Texas Intermediate", "West Texas Sour"; the finder cut them to "Texas Intermediate"); a product
 * ("Internet Explorer": "Explorer" was a person). Folded.
 */
export const OPENED_NAMES = `
west texas intermediate|west texas sour|internet explorer|
republican national convention|european currency unit|european currency units|
democratic national convention|congressional record|congressional review act|
`.split('|').map((s) => s.trim()).filter(Boolean);

/**
 * Words of that list that still end a name after another name word, when no capitalised word follows: "Pfizer chief
 * executive Ian Read said", "columnist Ai Jun wrote", "Judicial Watch added", "Marty West, an education professor"
 * (alone they stay no names: "Read more", "the West").
 */
export const NAME_TAILS = `read watch jun west`.trim().split(/\s+/);

/**
 * Capitalised parts of a hyphenated word that make it an adjective or a region, not one name ("Franco-German",
 * "Anglo-French", "Sino-Soviet", "Mid-West", "Non-Opec", "Sub-Saharan"): such a word is split into its names as
 * before. Other hyphenated capitalised words stay one name ("Prudential-Bache Securities", "Brown-Forman"). Folded.
 */
export const HYPHEN_NOT_NAME_PARTS = `
franco anglo sino italo afro indo euro russo greco austro judeo nippo luso hispano belgo celto graeco
mid non sub pan ex pro anti post pre re co all state
`.trim().split(/\s+/);

/**
 * Nouns after a hyphenated word of two names that make it a contest or a pairing of two, not one name: "the
 * Obama-Clinton machine", "the Clinton-Kaine ticket", "the Reagan-Gorbachev summit", "the Texaco-Penzoil dispute",
 * "the Security Pacific-Rainer deal". The parts are two names, unless the document writes the word before a company's
 * legal form or head or a speech verb ("Borg-Warner Corp" ... "the Borg-Warner deal"). Folded.
 */
export const HYPHEN_PAIR_NOUNS = `
race races ticket match matchup matchups rematch fight showdown duel bout rivalry feud contest battle debate debates
clash primary talks summit meeting meetings negotiations relations relationship alliance partnership dispute pact
axis deal merger team machine administration campaign era years camp
`.trim().split(/\s+/);

/**
 * Lower-case words after a hyphenated word of three or more names that make it a list of makes or brands, not one
 * name ("its Hamtramck Buick-Oldsmobile-Cadillac assembly plant", "the Chevrolet-Pontiac-GM dealers"): its parts are
 * names of their own. Folded.
 */
export const HYPHEN_LIST_NOUNS = `
assembly plant plants factory factories facility dealer dealers dealership dealerships model models car cars truck
trucks vehicles brands line lines
`.trim().split(/\s+/);

/**
 * The abbreviations of wire earnings and dividend tables ("Shr 30 cts vs 5.92 dlrs", "Avg shrs", "Six Mths", "Qtly
 * div"): no part of a name at either end of one ("Shr Royal Dutch Petroleum Co" is Royal Dutch Petroleum Co). They
 * still belong to a shouted headline's run ("4TH QTR NET"), which names nothing.
 */
export const TABLE_LABELS = `shr shrs revs mths qtr qtrs oper avg avgs dlrs dlr cts div qtly mthly yr vs vs. mln bln billion pct per`.trim().split(/\s+/);

/**
 * A table's "not available" in a cell ("Required reserves............N.A. vs......N.A."): right after a dot leader it
 * names nothing (it was read as initials: "N.A. Total" a person, "N.A. Inc" a company). Elsewhere "N.A." is a bank's
 * form ("Chase Manhattan Bank N.A."). Folded.
 */
export const TABLE_FILLERS = `n.a. n/a`.trim().split(/\s+/);

/**
 * Credit ratings as the agencies write them ("rated AA by Standard and Poor's", "Baa by Moody's"): alone they name
 * nothing (they were read as acronyms, organisations). As written: "CCC" is the Commodity Credit Corp, "BA" British
 * Airways.
 */
export const RATING_GRADES = `AAA AA BBB BB Aaa Aa Baa Ba`.trim().split(/\s+/);

/**
 * A credit rating written with its notch ("B-plus", "CCC-minus", "AA-minus", Moody's "A-2", "Aa-3") or a
 * designation's letter before a number ("M-1 money supply", "F-16 aircraft"): the letters before the hyphen name
 * nothing. The grades as written (a single capital letter before a hyphen and a number is read alike); the notches
 * folded.
 */
export const NOTCHED_GRADES = `AAA AA A BBB BB B CCC CC C D Aaa Aa Baa Ba Caa Ca`.trim().split(/\s+/);
export const RATING_NOTCHES = `plus minus`.trim().split(/\s+/);

/**
 * Words around a grade alone that make it a rating in a sentence about ratings ("rated B by Moody's", "cut to B from
 * B-plus", "C for commercial paper", "(high B)"): before it, and after it. Folded.
 */
export const GRADE_BEFORE_WORDS = `rated rates rating to from high low middle`.trim().split(/\s+/);
export const GRADE_AFTER_WORDS = `by from for`.trim().split(/\s+/);

/**
 * Words after which a lone capital letter is a class, a series or a scale, no name ("class E common", "Class A
 * shares", "series F", "degrees F"); folded.
 */
export const LETTER_AFTER_WORDS = `class series tranche degrees`.trim().split(/\s+/);

/**
 * Letters joined by "and" that are a trade's term, no company (the wires write "&" as "and": "S and L" a savings and
 * loan, "C and F" cost and freight, "C and I" loans, "R and D", "M and A", "P and L", "Q and A", "R and B", "B and B",
 * "P and C" insurers, "G and A" costs, "R and R" rest, "S and M"): alone they name nothing. Folded.
 */
export const LETTER_PAIR_TERMS = `s and l|c and f|c and i|r and d|m and a|p and l|q and a|r and b|b and b|p and c|g and a|r and r|s and m`
  .split('|')
  .map((s) => s.trim());

/**
 * Two name words joined by "and" that are one term inside a company's name, no two names ("First Federal Savings and
 * Loan Association", "Glendale Federal Savings and Loan", "Harris Trust and Savings Bank"): the run goes on through
 * "and" (it ended at "Savings", leaving "Loan Association" a name of its own). Folded.
 */
export const NAME_AND_TERMS = `savings and loan|savings and loans|trust and savings`.split('|');

/** Lower-case nouns of a body right after its name ("the House Banking committee", "a House Appropriations
 * subcommittee", "the Treasury and State departments"): the name is the body's. */
export const BODY_NOUNS = `committee subcommittee department departments ministry`.split(' ');

/** Common nouns the wires capitalise after a country's initials ("the U.S. Market", "slow U.S. Dollar activities"): the
 * country alone is the name. Folded. */
export const COUNTRY_CAPITALISED_NOUNS = `market markets dollar dollars economy firm firms unit units grains currency`.split(' ');

/** Words a company's or a body's name makes of a country's initials ("U.S. Sprint", "U.S. Air", "U.S. Shoe", "U.S.
 * Home", "the U.S. Mint", "U.S. House majority leader", "the U.S. Marines"): after the initials in a case-restoring wire
 * they stay a name though the document writes them nowhere in lower case (names' unnamedAfterInitials). Folded. */
export const INITIALS_COMPANY_WORDS = `air airways sprint west steel shoe home healthcare health life surgical gypsum tobacco sugar shelter
  memories trust bancorp bancorporation leasing tire truck filter mint house senate congress marines navy army customs marshals
  embassy`
  .trim()
  .split(/\s+/);

/** Lower-case heads of a body after a name that a case-restoring wire capitalises in part ("the U.S. State
 * department", "the U.S. Air force"): the capitalised word is the body's name (names' unnamedAfterInitials). Folded. */
export const BODY_HEADS_AFTER_INITIALS = `department departments force forces service agency office bureau administration`.split(' ');

/** Lower-case terms of office after one name ("the Reagan administration", "the Obama presidency"): the name is the
 * office holder's surname. */
export const OFFICE_TERM_NOUNS = `administration presidency`.split(' ');

/** A company's own nouns after one name in lower case ("former Airco employees", "the Airco brand name", "its Harrah's
 * subsidiary"): the name is the company's, whatever its speech says. Folded. */
export const COMPANY_NOUNS_AFTER = `employees shareholders stockholders brand subsidiary subsidiaries`.split(' ');

/** A work's nouns after its title ("in the X-Men movies"): a preposition before it places nothing. Folded. */
export const WORK_NOUNS_AFTER = `movies films franchise trilogy sequels comics`.split(' ');

/** Heads of one office after its portfolios joined by "and" ("Energy and Mines Ministry"; "the Interior and Commerce
 * Department officials" are two departments'); titles end one too. Folded. */
export const OFFICE_HEAD_WORDS = ['ministry'];

/** A term of those that heads a company's name after its own words ("Key S and L of Englewood", "South Bay S and L"). */
export const LETTER_PAIR_HEADS = [`s and l`];

/**
 * Words after two letters joined by "and" that make them classes or series of a security, no company ("the A and B
 * shares", "A and B stock"). Folded.
 */
export const LETTER_PAIR_NOT_BEFORE = `shares share stock common preferred warrants certificates notes bonds debentures units classes series`
  .trim()
  .split(/\s+/);

/** Roman numerals, which two letters joined by "and" may be ("Draftmasters I and II", "Macintosh II and SE"). */
export const ROMAN_NUMERALS = `I II III IV V VI VII VIII IX X`.trim().split(/\s+/);

/**
 * A street's heads, which an ordinal number opens ("117th Street", "97th Avenue", "East 223rd Street"): the number is
 * the name's first word (alone the head was a person or an other). Folded.
 */
export const STREET_HEADS = `street st st. avenue ave ave. road boulevard drive lane parkway`.trim().split(/\s+/);

/**
 * Heads a shop, a club or a hospital takes after its owner's possessive ("Sam's Club", "St. Mary's Hospital",
 * "Denny's Restaurant"): the possessive is inside the name, not its end (a place's or a known body's possessive still
 * ends it: "Britain's"). Folded.
 */
export const POSSESSIVE_HEADS = `club clubs restaurant restaurants cafe bar pub diner grill tavern inn bakery deli hospital cathedral chapel
supermarket supermarkets stores`
  .trim()
  .split(/\s+/);

/**
 * Common nouns that end a thing's name, never a surname after a title word: "Official Bulletin", "Executive Mall",
 * "Hit or Miss Shops", "Designer Depots", "General Agreements on Tariffs" (each was a person by the title before it;
 * `pluralNounEnd` reads a plural only where the document also writes it in lower case). Folded.
 */
export const THING_NAME_ENDS = `bulletin gazette mall agreements shops stores depots buffets outlets boutiques`.trim().split(/\s+/);

/**
 * The `THING_NAME_ENDS` a chain of shops takes: a name ending in one ("Zayre Stores", "Hit or Miss Shops", "Designer
 * Depots") or written before one in lower case ("35 new T.J. Maxx stores") is the chain, a company. Folded.
 */
export const CHAIN_NOUNS = `shops stores depots buffets outlets boutiques`.trim().split(/\s+/);

/** Words before a number that make a section of a law, no name ("under Chapter 11", "Section 301"); folded. */
export const NUMBERED_PARTS = `chapter section`.trim().split(/\s+/);

/**
 * A company's legal form that is also a car's trim ("the 1987 Jeep Cherokee Limited"): after a model year before the
 * run it ends a product's name, no company's. Folded.
 */
export const TRIM_FORMS = `limited`.trim().split(/\s+/);

/**
 * A lawmaker's party letter before a hyphen and a state ("Sen. Lindsey Graham (R-S.C.)", "D-N.Y.", "R-Fla."): names
 * nothing, the state after it is a place. As written.
 */
export const PARTY_LETTERS = `R D I`.trim().split(/\s+/);

/**
 * The states' two-letter postal codes and the names they stand for, read as a state only after a party letter and its
 * hyphen ("Sen. Chris Dodd, D-CT", "Sen. John Cornyn, R-TX"): alone, "IN", "OK", "ME" are words. Codes as written.
 */
export const PARTY_POSTAL_STATES = `
AL=alabama AK=alaska AZ=arizona AR=arkansas CA=california CO=colorado CT=connecticut DE=delaware FL=florida HI=hawaii
ID=idaho IL=illinois IN=indiana IA=iowa KS=kansas KY=kentucky LA=louisiana ME=maine MD=maryland MA=massachusetts
MI=michigan MN=minnesota MS=mississippi MO=missouri MT=montana NE=nebraska NV=nevada NH=new_hampshire NJ=new_jersey
NM=new_mexico NC=north_carolina ND=north_dakota OH=ohio OK=oklahoma OR=oregon PA=pennsylvania RI=rhode_island
SC=south_carolina SD=south_dakota TN=tennessee TX=texas UT=utah VT=vermont VA=virginia WV=west_virginia WI=wisconsin
WY=wyoming
`
  .trim()
  .split(/\s+/)
  .map((entry) => entry.replace(/_/g, ' ').split('=') as [string, string]);

/**
 * The trades and callings of the wire's unnamed sources, opening a sentence before a speech verb ("Traders said they
 * believed ...", "Dealers said", "Economists said"; were read as people called Traders), and opening organisations'
 * names too ("Bankers Trust Co", "Independent Bankers Association", "Producers Association"): kept with a head after
 * them (`NAME_OPENING_STARTERS`).
 */
const GROUP_STARTERS = `traders dealers brokers bankers economists detectives forecasters exporters producers shareholders`.trim().split(/\s+/);

/**
 * Function words a headline writes in capitals ("TREASURY BALANCES AT FED ROSE", "THIS"): alone or two together in a
 * shouted run they are no acronym and name nothing ("IT", "US", "IS", a letter "A" stay names). Last line: a
 * headline's "YEAR AGO" and the wire's sign-off "REUTER..." (the agency in a sentence is "Reuter", `KNOWN_ORGS`).
 */
export const SHOUTED_FUNCTION_WORDS = `an the of and or nor to in on at by for with from as into onto than this that these those are was were
but not if so
ago reuter`
  .trim()
  .split(/\s+/);

/**
 * A headline's verbs and adverbs in capitals ("FEBRUARY SALES UP 13.1 PCT", "..., FED SAYS", "AFFECTS 390 MLN DLRS",
 * "FORD LATE FEBRUARY CAR SALES"): in a shouted run of one or two words they name nothing, and the other word stays
 * only as a known body, place or thing ("FED", "FORD"; "SALES UP", "CRUDE UP" were names).
 */
export const SHOUTED_HEADLINE_WORDS = `says say sets set up off rise rises rose fall falls fell affects cuts raises raise sees seeks
plans accepts upholds awards sells selling now late soon very down year increase increases average averages effective real`
  .trim()
  .split(/\s+/);

/**
 * Words that begin sentences with a capital but are common words (beyond stop words): groups of people and spans
 * of time open sentences before a speech verb ("Environmentalists said", "Fifteen minutes later, his father
 * tweeted") without naming anyone; function words that open a sentence before a name ("Neither Perlo nor ...",
 * "Should Ross ...", "Had Woodward ...", "Unlike Paul Volcker, ...", "Plus Obama is ...": not "will", "may", given
 * names); last line, the labels that open a table row or an editor's note ("Net 1,142,000 vs 16.0 mln", "NOTE: full
 * name is ...").
 */
export const SENTENCE_STARTERS = `
however adding although though yet still meanwhile moreover furthermore nevertheless nonetheless instead indeed
already especially particularly touching according despite amid during while when where whether after before since
until unless because if as at in on of for from by with without within about above below under over into onto upon
among between through throughout toward towards against behind beyond besides including following ahead asked
some many most several few all both each every any no none such other another this that these those there here
then thus so but and or nor not only also even just perhaps maybe probably possibly certainly clearly obviously
finally first second third last next today tonight tomorrow yesterday now later earlier recently currently previously
overall officially critics analysts experts officials sources diplomats observers residents witnesses police troops
why how what who whom whose which it its he she they we you his her their our my your one two three four five six
seven eight nine ten nobody everyone everybody someone somebody anyone nothing everything something anything
eleven twelve fifteen twenty thirty forty fifty dozens hundreds thousands millions moments minutes hours
authorities investigators demonstrators protesters protestors students relatives friends neighbors neighbours families
members supporters opponents activists environmentalists firefighters rescuers paramedics doctors lawyers prosecutors
scientists researchers survivors voters parents workers employees fans
net note notes
therefore likewise otherwise hence accordingly consequently similarly conversely sooner others
neither either had should whatever whoever whichever whenever wherever plus like unlike once given together except
${GROUP_STARTERS.join(' ')}
`.trim().split(/\s+/);

/**
 * Sentence starters that also open organisations' names ("First Union Corp", "Second National Bank", "Bankers Trust Co"): kept when
 * the run they open has an organisation's head.
 */
export const NAME_OPENING_STARTERS = [...`first second third`.trim().split(/\s+/), ...GROUP_STARTERS];

/**
 * Acronyms of things, not bodies: economic measures, rates, trade terms, products, illnesses ("GNP", "LIBOR", "CIF",
 * "ADR", "AIDS"). Alone in capitals they were typed organisations by their shape; they name a thing ("other").
 * Folded.
 */
export const TERM_ACRONYMS = `gnp gdp libor aids hiv cd cds pc pcs adr adrs lng lpg fob cif cwt wti cpo fifo lifo suv suvs gps
html xml sql faq sms mri hdl ldl dram ram rom cpi ppi`
  .trim()
  .split(/\s+/);

/** Words of `NOT_NAMES` that are a surname after a given name ("Oliver North", "Allen West"). Folded. */
export const GIVEN_NAME_SURNAMES = `north south east west`.trim().split(/\s+/);

/**
 * Words of `NOT_NAMES` that close a name after its own capitalised words: a company's or a place's compass word
 * ("Norfolk Southern", "Burlington Northern", "Pacific Western", "Texas Eastern Transmission", "the Far East"), not the
 * region it names when it opens a run ("Southern California", "Western diplomats"). Each is a word of `NAME_OPENERS` too:
 * the name finder asks only where a sentence may hold one. Folded.
 */
export const NAME_CLOSERS = `southern northern eastern western north south east west`.trim().split(/\s+/);

/**
 * Auxiliaries after a lone surname that is also a title or a common word and opens a clause as its subject ("when King
 * was asked what she saw", "West had said"): with a speech verb or a comma after it, the other subject marks of
 * `surnameMentions` (names.ts).
 */
export const SURNAME_SUBJECT_AUXILIARIES = `was is had has would will could did does`.trim().split(/\s+/);

/** a lower-case verb in -ed ("landed"): a top-level pattern, as letters.test.ts asks of every \p{} pattern */
const PAST_VERB = /^\p{Ll}{3,}ed$/u;

/**
 * A lone surname as the subject of a verb in the past tense that tells no speech ("Filling in for Sanders ..., West landed
 * a sharp dig at "..."" after "Cornel West"): read as the person only after a full name a given name, title, role or age
 * made a person, opening its sentence or a clause (after one of `openers`), the verb lower-case in `-ed`.
 */
export const SURNAME_SUBJECT_PAST = {
  openers: [',', 'and', 'but', 'then', 'when', 'while', 'as', 'after', 'before', 'because', 'until', 'since'],
  verb: PAST_VERB,
};

/**
 * A name no cue typed, set off by commas right after a lower-case role noun (ROLE_WORDS), is that role's holder:
 * "Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns". `words`: how many name words it may hold (a
 * longer run is more often a body's or a list's); `orgRoles`: roles a company holds as often as a person ("the new
 * owner, OHorizons Global, a private investment firm"), which type nothing so.
 */
export const ROLE_APPOSITIVE = {
  words: [2, 3] as const,
  orgRoles: ['owner', 'investor', 'publisher', 'producer', 'producers', 'donor', 'host', 'broadcaster'],
};
