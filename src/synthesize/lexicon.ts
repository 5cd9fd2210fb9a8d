// Word lists and weights the synthesis stage reads. Heuristics live here as data, not as branches.

/**
 * Words that news outlets (and article spinners, and translators) swap for one another when they state the
 * same fact. Each group maps to its first member. Entries are stems as the text stage produces them
 * (wink-nlp's stemmer for English), compared on their first KEY_LENGTH letters.
 */
export const SYNONYM_GROUPS: string[][] = [
  ['troop', 'soldier', 'fighter', 'servicemen', 'forc'],
  ['fresh', 'new'],
  ['visit', 'trip', 'travel'],
  ['die', 'death', 'dead', 'pass', 'kill', 'fatal'],
  ['said', 'say', 'told', 'mention', 'note', 'declar', 'announc'],
  ['defenc', 'defens', 'protect'],
  ['foreign', 'intern'],
  ['war', 'battl', 'conflict'],
  ['attack', 'assault', 'offens', 'invas', 'invad', 'strike'],
  ['launch', 'start', 'began', 'begin'],
  // not "springboard": compared on six letters it would be "spring" (the season); PARAPHRASES has it
  ['pad', 'staging'],
  ['deni', 'dismiss', 'reject', 'rebuff'],
  ['fabric', 'fabricat', 'lie', 'falsehood'],
  ['sudden', 'unexpect', 'surpris'],
  ['joint', 'common', 'combin'],
  // not "fighter-jet": on six letters it would take "fighters" (troops) away from the troop group
  ['warplan', 'jet', 'aircraft', 'plane'],
  ['prepar', 'readi', 'mobilis', 'mobiliz'],
  ['talk', 'meet', 'negoti', 'discuss'],
  ['alleg', 'claim', 'suggest', 'accus'],
  ['quak', 'earthquak', 'tremor'],
  ['arrest', 'detain', 'custodi'],
  ['fire', 'blaze', 'flame'],
  ['rehab', 'rehabilit', 'treatment'],
  ['injur', 'wound', 'hurt'],
  // irregular past forms the stemmer leaves apart from their verb ("had hanged himself" / "hung himself in his cell"):
  // only verbs of news events whose forms name nothing else ("rose", "won", "left", "led", "found" do) and that no
  // story tells of every sentence ("shot" is a shooting's topic word and a noun, "threw" a game's; "caught",
  // "sought", "sank", "fought" join other acts of one event: ECB+'s navy, Kirkpatrick, Gigante stories and Reuters'
  // Iraq front read worse with them)
  ['hang', 'hung'],
  ['flee', 'fled'],
  ['steal', 'stole', 'stolen'],
  ['freez', 'froze', 'frozen'],
  ['swear', 'swore', 'sworn'],
];

/**
 * Which deal a deal word of a sentence names (the `c:deal` key says only "a deal"): its side (the buyer's words or the
 * seller's), its object and, for a verb, its party. A verb's object is the first name after it, before a word
 * introducing a party ("sell Bankhaus Centrale Credit AG to Banco de Santander", "buy five mln shares, or 16 pct, of
 * <Nippon Lace Co Ltd>"); its party the nearest name before it ("BankAmerica Corp said it agreed to sell"); a passive
 * ("was acquired by Conagra Inc") has its party after `by` and its object before it. A noun's object is the name after
 * `of` ("the sale of its S and A Truck Tire ... Corp", "a USAir acquisition of TWA") or else right before it ("the
 * Republic acquisition"), its party a possessive right before it ("Lifetime's purchase"). Two deals of one story are
 * told apart by these (align's otherDeals): Lifetime's purchase of Nippon Lace shares and Koba's of Lifetime's (two
 * objects); Amgen selling shares abroad and warrants "to purchase Amgen common stock" (one party on both sides).
 */
export const DEAL = {
  buy: ['buy', 'buys', 'buying', 'bought', 'purchase', 'purchases', 'purchased', 'purchasing', 'acquire', 'acquires', 'acquired', 'acquiring', 'acquisition', 'acquisitions'],
  sell: ['sell', 'sells', 'selling', 'sold', 'sale'],
  /** the nouns ("purchase" a verb after "to") */
  nouns: ['sale', 'purchase', 'purchases', 'acquisition', 'acquisitions'],
  /** a name after one of these is a party, not what changes hands: the object is looked for before it */
  partyWords: ['to', 'by', 'from', 'with', 'for'],
  /** a name after one of these (and an article) is where or whose, not a verb's party ("with the Department of
   * Transportation for approval to acquire", "<Koba Electronics Co Ltd>, an affiliate of Nippon, will buy") */
  notPartyAfter: ['with', 'of', 'in', 'at', 'on'],
  /** the past forms a passive is written with ("was acquired by", "sold by") */
  passiveForms: ['bought', 'purchased', 'acquired', 'sold'],
  /** at most this many characters between the word and its object, and between a verb's party and the verb (a
   * subject is often further: "Transworld Airlines Inc plans to refile an application Monday with the Department of
   * Transportation for approval to acquire") */
  window: 70,
  partyWindow: 120,
  /** name types that are an object (not a person or a place) and a party (not a place) */
  objectTypes: ['org', 'other'],
  partyTypes: ['org', 'other', 'person'],
  /** words of names that do not tell two companies apart ("RMJ Holdings Corp" / "RMJ Holding Corp" are one) */
  nameFiller: ['ent', 'corp', 'co', 'inc', 'ltd', 'plc', 'group', 'the', 'of', 'and', 'holding', 'holdings', 'company', 'international'],
};

/**
 * Wordings whose words alone do not say what they mean: a spinner's "first go to" is a visit; a place an
 * attack was "launched from", or troops "entered through", was the attack's launch pad. Each pattern (matched
 * case-insensitively on the sentence) adds the term keys listed and, when given, a concept key (`c:`) that
 * every wording of the idea shares and that weighs as much as a figure: a rare, telling feature.
 */
export const PARAPHRASES: Array<{ pattern: string; keys: string[]; concept?: string; companies?: boolean; sharedOnly?: boolean }> = [
  { pattern: String.raw`\b(?:first|the|his|her|their|a|this|that|surprise)\s+go\s+to\b`, keys: ['visit'] },
  { pattern: String.raw`\blaunch(?:ing)?[ -]?pad\b`, keys: [], concept: 'launch-pad' },
  { pattern: String.raw`\blaunch(?:ed|es|ing)?\b[^.;:]{0,40}?\bfrom\b`, keys: ['pad'], concept: 'launch-pad' },
  { pattern: String.raw`\b(?:springboard|staging (?:ground|post|area)|bridgehead)\b`, keys: ['launch', 'pad'], concept: 'launch-pad' },
  { pattern: String.raw`\b(?:entered|invaded|crossed into)\s+\w+\s+(?:through|via|from)\b`, keys: ['launch', 'pad', 'attack'], concept: 'launch-pad' },
  // one deal told from either side: the seller's "agreed to sell Bankhaus Centrale Credit AG to Banco de Santander"
  // is the buyer's "signed a letter of intent ... to purchase" it; no word of the two is the other's. Not "sales"
  // (a company's revenue) nor the nouns of who ("buyer", "seller"); only in a sentence naming a company (`companies`:
  // people "buy private insurance" or "bought a shotgun" in many stories, each their own purchase). `sharedOnly`: the
  // key adds to what two sentences share, never to a sentence's own weight -- a deal verb beside another statement
  // ("... at a time when Japan has not bought any American-made supercomputers") is no reason to align it less
  { pattern: String.raw`\b(?:${[...DEAL.sell, ...DEAL.buy].join('|')})\b`, keys: [], concept: 'deal', companies: true, sharedOnly: true },
];

/**
 * The nouns of a business person's calling, written between a place and the person's name ("New York investor Asher
 * Edelman", "Minneapolis investor Irwin Jacobs", "Dallas financier ..."): the place says who the person is (PERSON_PLACES).
 */
export const PERSON_CALLINGS = ['investor', 'financier', 'businessman', 'businesswoman', 'industrialist', 'developer', 'oilman', 'entrepreneur', 'raider'];

/**
 * A place written only to say who a person is -- a lawmaker's state after a party letter ("John Dingell, D-Mich",
 * "Charles Stenholm (D-Tex.)"), before a party's noun ("John Dingell, a Michigan Democrat"), after a person's name and
 * "of" ("Sen. Lloyd Bentsen of Texas"), before a business person's calling and name ("New York investor Asher
 * Edelman": PERSON_CALLINGS): two statements of one lawmaker share it by who spoke, not by what they say, so
 * align leaves it out of what a pair shares. `before`: the text before the place ends so (`afterPerson`: the text from
 * the end of a person's name right before it, a `title` written right before that name); `after`: the text after it
 * opens so (none: anything).
 */
export const PERSON_PLACES: Array<{ before: string; after?: string; afterPerson?: boolean; title?: string }> = [
  { before: String.raw`(?:^|[\s(,])[DRI]\s?-\s?$` },
  // after the lawmaker's name only: "The Texas lawmaker blamed his rival" names him by the place, the only word two
  // tellings of his statement may share for him
  { before: String.raw`^,?\s+(?:a|an|the)\s+$`, after: String.raw`^\s+(?:Democrat|Republican|Independent|congress(?:wo)?man|senator|lawmaker|legislator)\b`, afterPerson: true },
  { before: String.raw`\b(?:Democrat|Republican)\s+(?:from|of)\s+$` },
  // "of" a place after a lawmaker's name (a title before it), not after anyone's: "John Jenkin, of Millom" is whom the
  // police charged, where the other article's "a man ... in Millom" is the same fact
  { before: String.raw`^,?\s+(?:\([DRI]\)\s+)?of\s+$`, afterPerson: true, title: String.raw`\b(?:Reps?|Sens?|Senators?|Representatives?|Congress(?:wo)?man|Gov|Governor|President)\.?\s+$` },
  // a calling right after the place, then a name: "Gordon presided over ... argument ... by lawyers for Burlington and
  // Samjens, a partnership formed by Dominion Textile Inc and New York investor Asher Edelman" shares no more with "New
  // York investor Asher Edelman and Dominion Textile Inc ... said they lowered their stake" than who the partners are
  { before: String.raw`(?:^|[\s(,])$`, after: String.raw`^\s+(?:${PERSON_CALLINGS.join('|')})\s+\p{Lu}` },
];

/** What a sentence holds wherever one of PERSON_PLACES reads (a party letter and its hyphen, a party's or a lawmaker's
 * noun, a title's first letters): most sentences hold none, and their places are not read one by one. Each reading's
 * `before`, `after` or `title` holds one of these. */
export const PERSON_PLACE_CUE = String.raw`[DRI]\s?-|Democrat|Republican|Independent|[Cc]ongress|senator|lawmaker|legislator|Rep|Sen|Gov|President|${PERSON_CALLINGS.join('|')}`;

/**
 * An apposition that says what kind of company a company is ("Mason Best Co, a Texas investment firm,", "Houston
 * Imperial Corp, a real estate development firm"): who, not what happened -- two sentences describing one company
 * alike state nothing alike by it (align's sharedNames: no content two sentences share). `articles` open it, at most
 * `maxWords` words (a place among them) come before one of the `kinds`.
 */
export const COMPANY_DESCRIPTION = {
  articles: ['a', 'an'],
  maxWords: 3,
  kinds: ['firm', 'partnership', 'concern', 'company'],
};

/**
 * Words two statements of one lawmaker share that tell neither what he said, when align weighs whether two sentences
 * sharing his state tell one statement (ALIGN.placeContent). `posts`: his post written beside his name ("Subcommittee
 * chairman John Dingell", "Senate Majority Whip John Cornyn"), who spoke again, like the state; `when`: a time word
 * ("in last week's subcommittee hearing" / "an amendment to be offered next week": Glickman's two statements). Stems,
 * as in ROLE_WORDS.
 */
export const PERSON_PLACE_NOT_SAID = {
  posts: ['chairman', 'chairwoman', 'subcommitte', 'committe', 'whip', 'rank'],
  when: ['todai', 'yesterdai', 'tomorrow', 'week', 'month', 'year'],
};

/**
 * A designation two sentences can share with no name to share it through: a class of shares ("GM's class E and H
 * shares", "Class A common") and a bankruptcy code's chapter ("filed for Chapter 11") -- keys of their own, weighed as
 * the entities the letters and "Chapter" once wrongly were (`e:` and the designation: as a concept's weight the class
 * letters joined GM's share count to its buyback). `pattern`'s first group holds the designations, `each` picks them
 * out of it ("E and H": E, H); `holds`: a piece of every match (a sentence without it is not searched).
 */
export const DESIGNATIONS: Array<{ pattern: string; each: string; key: string; holds: string }> = [
  { pattern: String.raw`\b[Cc]lass(?:es)?\s+(\p{Lu}(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*)\p{Lu})*)\b`, each: String.raw`\p{Lu}`, key: 'class', holds: 'lass' },
  { pattern: String.raw`\b[Cc]hapter\s+(\d{1,2})\b`, each: String.raw`\d+`, key: 'chapter', holds: 'hapter' },
];

/**
 * Words that say who someone is, not what happened ("Kremlin spokesman Dmitry Peskov", "his defence
 * minister"): like names, sharing them does not make two sentences one statement. Stems, as in SYNONYM_GROUPS.
 */
export const ROLE_WORDS = [
  'spokesman', 'spokeswoman', 'spokesperson', 'minist', 'presid', 'leader', 'general', 'command', 'chief',
  'advis', 'secretari', 'offici', 'ambassador', 'senat', 'governor', 'mayor', 'director', 'counterpart',
  'premier', 'chancellor', 'king', 'queen', 'princ', 'envoy', 'diplomat', 'deputi',
];

/**
 * A role word written with the words that say which role it is ("AARP legislative policy director David Certner",
 * "Lanhee Chen, the policy director for the Romney campaign"): those words name a post, not what happened, so a
 * sentence sharing "policy" with it ("as complicated as the policy itself") shares no statement. Up to
 * `maxModifiers` lower-case words before a role word count, when a determiner, a possessive or a capitalised word
 * stands before them, and the role word ends its phrase (a capitalised name, punctuation, a function word or a
 * speech verb follows it: "the presidential election" is no post).
 */
export const ROLE_PHRASE = {
  maxModifiers: 2,
  determiners: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your'],
};

/** Terms compare on their first letters only: "russia"/"russian", "zaluzhniy"/"zaluzhni" meet. */
export const KEY_LENGTH = 6;

/** Words that open a sentence only to link it to the one before; a briefing line drops them. */
export const LEADING_CONNECTIVES = [
  'but', 'however', 'and', 'meanwhile', 'also', 'still', 'yet', 'so', 'then', 'moreover', 'furthermore',
  'in addition', 'that said', 'additionally', 'besides', 'nevertheless', 'nonetheless', 'indeed', 'of course',
  'in fact', 'finally', 'already',
];

/**
 * A leading connective that is part of a phrase stays ("So far, the Indian Navy has confiscated ...", not "Far,
 * ..."; "Yet another ..."), and so does one before an inverted clause ("Also arrested were ...", "Still pending
 * is ..."): `phrases` open the sentence, `inverted` the words after the connective (a participle, then a verb be).
 */
export const CONNECTIVE_KEEPS = {
  phrases: ['so far', 'so long', 'so much', 'so many', 'so too', 'yet another', 'also known', 'still more', 'still less', 'in addition to'],
  /** connectives that are prepositions too: one only when a comma (or ; :) follows ("Besides, ..."); "Besides the damage
   * to its image, the group faces a fine." lost its preposition and read "The damage to its image, the group faces a fine." */
  prepositions: ['besides'],
  inverted: '(?:[a-z]+ed|pending|among|missing|gone|left|present|absent)\\s+(?:is|are|was|were)\\b',
};
/** Verbs that, right after a leading connective, show the sentence has no subject of its own ("And is available
 * in denominations of 5,000 dlrs", "Also includes writedowns of ..."): no briefing line. */
export const SUBJECTLESS_VERBS = ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did', 'includes', 'include', 'included', 'excludes', 'exclude', 'will', 'would', 'said', 'says'];

/** Sentences that open like this depend on a previous sentence for their subject: poor briefing lines. */
export const DANGLING_OPENERS = ['he', 'she', 'they', 'it', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'there'];

/**
 * A sentence whose first speaker is one of these pronouns ("Progressivism, he told the conference, ...",
 * "'... sorry,' he said.") names no one a briefing reader knows, unless a name stands before the pronoun.
 */
export const DANGLING_SPEAKERS = {
  pronouns: ['he', 'she', 'they'],
  /** pronouns that are a dangling speaker only right after a quote they say ('"Measures taken so far are
   * satisfactory ...," it said.': whose words?); "..., it added" after a company's own statement goes back to the
   * company the line names (DANGLING_SUBJECT) */
  afterQuote: ['it'],
  verbs: ['said', 'says', 'told', 'tells', 'added', 'adds', 'continued', 'wrote', 'writes', 'noted', 'explained', 'insisted', 'argued', 'stated', 'declared', 'warned', 'recalled', 'tweeted', 'posted', 'replied', 'continues'],
};

/**
 * A sentence whose subject is he or she after an opening clause ("In 2010, after a wave of Tea Party Republicans
 * swept Democrats out of power, she lost just 43 votes.", "The purchase will take Qantas's 747 fleet to 28, he
 * said.") names no one a briefing reader knows, unless a name of the `names` types stands before the pronoun, or
 * one of the `referents` after an article does ("Minutes after a woman was suspended ..., she returned"). Not "it"
 * and "they": a wire item's "..., it said." goes back to the company its title names, and enrichment finds too few
 * companies to tell (tried: Reuters 3k lost 39 briefing lines, "Firestone is willing to ..., it added" among them).
 */
export const DANGLING_SUBJECT = {
  pronouns: ['he', 'she'],
  names: ['person'],
  referents: [
    'man', 'woman', 'boy', 'girl', 'gunman', 'suspect', 'shooter', 'victim', 'driver', 'officer', 'mother', 'father',
    'wife', 'husband', 'son', 'daughter', 'actor', 'actress', 'singer', 'player', 'teenager', 'student', 'official',
    'spokesman', 'spokeswoman', 'executive', 'analyst', 'dealer', 'trader', 'economist', 'minister', 'president',
  ],
};

/**
 * A dateline opening a sentence: a place in capitals, maybe its state or country, maybe the agency, then a dash
 * ("WASHINGTON -- ", "LIVINGSTON, N.J. — ", "NEW YORK (Reuters) - "). It tells where the story was filed, not
 * what it states: its place is a name.
 */
export const DATELINE_PATTERN = "^\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+)*(?:, [\\p{L}\\p{N}.]+(?: [\\p{L}\\p{N}.]+)?)?(?: \\([^)]{1,40}\\))?(?:\\s*(?:--|[—―–])|\\s+-\\s)";

/**
 * Days and months: written with a capital, but a sentence sharing one with a briefing line shares when something
 * happened, not a name ("... a video surfaced Tuesday of him mocking Sen. Chuck Grassley" / "... faced tough local
 * coverage Tuesday after critical comments he made about Sen. Chuck Grassley").
 */
export const TIME_NAMES = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/**
 * A dateline in ordinary case, known by the agency credited after its place ("Denver (AP) – Colorado's top law
 * enforcement official ...", "Paris (Reuters) - "): DATELINE_PATTERN wants the place in capitals, and a place in
 * ordinary case without a credit is a sentence's own subject ("Germany - the largest economy ..."). The briefing
 * drops it as it drops one in capitals. `credits`: the agencies.
 */
export const CREDITED_DATELINE = {
  place: "\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,2}(?:, [\\p{L}.]+(?: [\\p{L}.]+)?)?",
  credits: ['AP', 'Reuters', 'AFP', 'UPI', 'CNN', 'dpa', 'PTI', 'IANS', 'Xinhua', 'Bloomberg', 'WWD'],
};

/**
 * A briefing line in the first or second person outside quotation marks speaks as the briefing itself: a
 * columnist's own voice ("I was immediately impressed with Dr. Regina Benjamin's background ...", "Gupta wouldn't
 * comment to me ..."), a quote printed without its marks ("I'd like to thank @TheAcademy, my wife Portia ..."), a
 * law firm's blog talking to its reader ("In New York, there are laws about what to do if you have been involved in
 * an accident."). `words` are written as here (case counts: "US" is a country); `i` is the pronoun before a
 * lower-case word or a contraction, not a Roman numeral after a name inside the sentence ("a Phase I contract").
 */
export const PERSONAL_VOICE = {
  words: ['me', 'my', 'My', 'myself', 'we', 'We', 'us', 'our', 'Our', 'ours', 'ourselves', 'you', 'You', 'your', 'Your', 'yours', 'yourself'],
  i: "(?<!\\S\\s+\\p{Lu}[\\p{L}.]*\\s+)\\bI(?:\\s+\\p{Ll}|['’](?:m|ve|d|ll)\\b)",
};

/**
 * Blog chrome a briefing line is not: a post's byline and filing ("On behalf of Newman, Anzalone & Newman, LLP.
 * posted in Hit and Run Accidents on Friday, September 20, 2013.").
 */
export const LINE_CHROME = ['^On behalf of\\b.*\\bposted (?:in|on|by)\\b'];

/**
 * Names written with an exclamation mark: a sentence splitter ends a sentence at one ("Reid's messy lifestyle led to
 * her short lived E!" of "... E! -series, Taradise, ..."), and a line ending in one after a lower-case word is cut.
 */
export const BANG_NAMES = ['E', 'Yahoo', 'Jeopardy', 'Jeb'];

/** A sentence is a statement worth aligning when it has at least this many content terms. */
export const MIN_STATEMENT_TERMS = 4;
/** ... and at least this many words. */
export const MIN_STATEMENT_WORDS = 6;

/** How much each kind of shared feature weighs against a shared content term of the same rarity. */
export const FEATURE_WEIGHTS = {
  term: 1,
  entity: 1.3,
  number: 2,
  anchor: 1.5,
  /** "the first ... since 2019" / "the first ... in three years": a record statement, rare and telling */
  milestone: 3,
  /** a concept several wordings share (PARAPHRASES) */
  concept: 2,
};

/** Alignment thresholds (tuned on the seeds and on ECB+ gold stories; bench/synthesize.ts measures them). */
export const ALIGN = {
  /** score (0..1) at which two sentences of different articles state the same thing */
  edge: 0.4,
  /** at least this much shared weight (in units of a typical rare key) besides the score */
  minShared: 1.5,
  /** pairs sharing this much weight get `richBonus` on their cosine */
  richShared: 2.75,
  richBonus: 0.1,
  /** containment counts for short sentences only when they share this many features */
  containmentShared: 5,
  /** keys in (at least) this share of the story's articles name the topic ... */
  topicShare: 1,
  /** ... in stories of at least this many articles (in smaller ones every shared word still tells) */
  topicMinDocs: 4,
  /** ... and weigh this much of their IDF */
  topicFactor: 0.5,
  /** figures below this weigh as an ordinary term */
  smallNumber: 10,
  /** a claim keeps a second sentence of one article only when it aligns this well with the claim's wording */
  sameDocExtra: 0.5,
  /** ... or, restating the claim in a star of its own (claims.ts secondSentence), when it aligns within this of the
   * article's sentence in the claim and comes before it: closer than the score tells two statements apart */
  sameDocTie: 0.02,
  /** ... or when it tells the part of the wording its article's sentences in the claim leave out (claims.ts
   * toldPart): that part at least this share of the wording's keys ... */
  partOfWording: 0.17,
  /** ... and of the sentence's own keys (it says mostly that: K Mart's "all our specialty retailing companies had
   * excellent February sales", not Dauster's "expected Brazil and Colombia to open export registrations") */
  partOfSentence: 0.3,
  /** ... or when it aligns with the claim's sentences in every other article the claim holds, at least this many
   * (claims.ts secondSentence: each of them reads it as the claim's statement) */
  everyArticle: 3,
  /** score given to a sentence pair stating a record counted from the same year ("first ... since 2019") */
  milestone: 0.6,
  /** a claim's wording loses this much of its alignment with sentences outside the claim */
  repOutside: 0.5,
  /** a pair sharing a person and less content than this (in typical rare keys: words no name, post or topic word
   * is part of, figures, years, concepts) counts the person once, as the person and not also as the words of its
   * names (align's personNames). Low: one common shared word keeps both ("federal law", "discrimination"); more
   * (0.5, 1.5) also split right pairs whose one shared word is all they share besides the person ("appointed Cowan") */
  personContent: 0.25,
  /** a pair naming the same company and sharing less content than this (in typical rare keys, as personContent) ...
   * (align's sharedNames) */
  nameContent: 1,
  /** ... while each sentence says at least this much besides its names counts the names once, as the entities, not
   * also as their capitalised words: two company notices' long lead sentences sharing "Hughes Tool Co", "Baker
   * International Corp" and "merger". Under 3 a short sentence's one predicate beside the names ("approved",
   * "relocated", "provide") is split from its restatement; at 1 on its own 7 of 25 r3k stories read worse */
  nameSaysMore: 3,
  /** a lawmaker's state written only to say who he is still counts for a pair sharing this much content besides (in
   * typical rare keys, as nameContent): one statement told twice, not two statements of one person (align's
   * personPlacesShared). Two of Dingell's statements share 0-0.6, Mo Cowan's quote and Tim Scott's appointment 0.85;
   * Cornyn's "100 votes" told twice 2.5, Huckabee's "competition from Ted Cruz" 2.1, Cruz's Enquirer blame 1.25 */
  placeContent: 1,
  /** a pair scoring under `edge + edgeBand` links only when it shares at least `edgeContent` typical keys that say
   * what happened (align's saysWhat: no person, body, name, post, small count or EDGE_FRAME word): at the
   * edge two statements of one speaker share the speaker and the frame ("De Croo, here for talks with Administration
   * officials ..., said"), two notices of one agency its name ("The Federal Home Loan Bank Board (FHLBB) announced") */
  edgeBand: 0.06,
  /** (0.5 also split one statement told with one shared predicate word besides the speaker: "Reid ... the Islamic
   * center should be built elsewhere", Obama's first veto overridden; 0.7 split more right pairs than wrong ones in
   * the one-event ECB+ stories, checked into the Betty Ford Center in Rancho Mirage) */
  edgeContent: 0.4,
  /** score given to a sentence pair linked by a provenance passage */
  passage: 0.9,
  /** keys whose posting list is longer than this share of the story's sentences do not open candidates */
  bucketShare: 0.25,
  /** ... but a bucket this small always does */
  bucketFloor: 40,
};

/**
 * Stems of the frame a statement is told in, not what it says: the speech verbs (SYNONYM_GROUPS' "said" group, its
 * head), a report, statement, news conference, journalists or reporters told it ("the U.S. Embassy said in a report",
 * "said at a news conference", "told journalists"). Align's saysWhat leaves them out of a pair at the edge.
 */
export const EDGE_FRAME = ['said', 'report', 'statement', 'conference', 'journalist', 'interview'];

/**
 * A claim's wording whose frame (frame.ts: a relative clause about its speaker, or the adverbial after a quote's
 * tag) the other members share more than what it tells is a poor wording (claims.ts framedWordings): `tagWords`, the
 * most words between a tag's comma or quote close and its verb of saying; `minMembers`, the fewest members a claim must have for it to be asked;
 * `margin`, how many more members must share a word with the frame than with the told part; `penalty`, what such a
 * wording loses (more than any alignment sum a claim's hub reaches: it words the claim only when every member is
 * framed).
 */
export const FRAME = {
  tagWords: 8,
  /** the words a tag's adverbial after its verb opens with */
  tagOpeners: ['at', 'in', 'on', 'during', 'after', 'before', 'from', 'to', 'with', 'by', 'of', 'as', 'when', 'while', 'late', 'early', 'earlier', 'last', 'this', 'today', 'yesterday', 'tonight', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  /** the most words before a relative pronoun opening a clause about the speaker */
  subjectWords: 6,
  minMembers: 3,
  margin: 2,
  penalty: 100,
};

/** Double quotation marks and what each does to a quotation open before it, read sentence by sentence through a
 * paragraph (a quote of several sentences: `"Whatever laws will be enacted, ...` / `My brothers and sisters are
 * Filipino citizens ...," she told reporters.`): a straight mark opens or closes; German's „ is closed by “. */
export const QUOTE_MARKS = {
  toggles: '"',
  opens: '“„«',
  closes: '”»',
  closedBy: { '„': '“' } as Record<string, string>,
  /** the opening mark a line gives back to a quote the sentence before began (its first mark closes one) */
  reopens: { '"': '"', '”': '“' } as Record<string, string>,
  /** the closing mark a line gives back to a quote it opens and the sentence after goes on ('Henry said, "We met
   * with Mr. Teixeira and were very much impressed with him."') */
  closesWith: { '"': '"', '“': '”', '„': '“', '«': '»' } as Record<string, string>,
};

/**
 * A straight mark after a comma and a blank, before a name or a pronoun and a verb of saying
 * (DANGLING_SPEAKERS.verbs), closes a quote spaced wrong ('the third time\'s the charm, "DeGeneres said in a
 * statement.', '..., "SEACOM tweeted', '... workers and pensioners, "he told Parliament'), as a straight mark between
 * letters is an apostrophe typed wrong ('Indonesia"s agriculture sector'): neither opens one. `name` is the name's
 * words (up to four).
 */
export const SPACED_CLOSER = {
  name: "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}",
  pronouns: ['he', 'she', 'they', 'it', 'we'],
};

/**
 * A person a briefing line names by surname alone ("Mr. Rother said ...", "Felt insisted on ...") before any line
 * names them in full leaves the reader asking who: a courtesy title tells no more than the surname; a title of
 * office ("Sen.", "President", "coach") does say who.
 */
export const SURNAME_ONLY = {
  honorifics: ['mr', 'mrs', 'ms', 'miss', 'mme', 'dr', 'messrs'],
  /** name words that are no given name: a suffix after the surname ("Donald Trump Jr.") */
  suffixes: ['jr', 'sr', 'ii', 'iii', 'iv'],
};

/**
 * A person's name that is the start of a firm's: what follows it makes it a firm named after people ("Robertson,
 * Colman and Stephens", "Pesch and Co", "Salomon Brothers", "Kasowitz, Benson, Torres & Friedman") -- no person the
 * briefing must name in full first. `heads` end a firm's name after the name, maybe after "and"/"&" and one more
 * name; `list` is the run of names the partners make: a firm when joined by "&" or when its next name is none of the
 * story's people ("Iguodala, Young and Williams" are players, "Cruz, Paul and Rubio" senators).
 */
export const FIRM_OF_NAMES = {
  heads: ['Brothers', 'Bros', 'Sons', 'Co', 'Cos', 'Company', 'Inc', 'Corp', 'Ltd', 'Securities', 'Holdings', 'Associates', 'Partners', 'Group', 'Research', 'Capital', 'Management', 'Investments'],
  /** the words that join a firm's partners' names */
  joins: ['and', '&'],
};

/**
 * A line pointing back to something the briefing may not have said before it: a statement made ("Reagan made the
 * comments at a photo session with William Webster ...", "Channon made his remarks at a news conference ..."), or a
 * noun phrase opening it that stands for an earlier sentence's event ("The move complicated a USAir takeover offer
 * ...", "The lawyers explained ..."). Such a line keeps its place after the lines before it: it is never moved up
 * to introduce a person (fullNamesFirst). `made` are the verbs after which `statements` point back; `openers` open
 * the line as its subject ("The move will add 300 jobs", not "The decision by Senate Democrats to ...": a
 * preposition after the noun says which one).
 */
export const BACK_REFERENCES = {
  made: ['made', 'makes', 'making', 'delivered', 'repeated', 'reiterated', 'echoed'],
  statements: ['comment', 'comments', 'remark', 'remarks', 'announcement', 'statement', 'statements', 'speech', 'pledge'],
  determiners: ['the', 'these', 'those', 'his', 'her', 'their', 'its', 'such'],
  openers: ['comment', 'comments', 'remark', 'remarks', 'announcement', 'move', 'moves', 'lawyers'],
  /** what a noun opening the line is followed by when it says which one ("The move by the Fed to ...") */
  which: ['by', 'of', 'to', 'on', 'in', 'from', 'that', 'which', 'for', 'at', 'about'],
};

/**
 * A table's note opening a sentence ("NOTE: Share adjusted for three-for-two stock split in May 1986.", a wire
 * earnings table's footnote): a remark on figures the briefing does not show, not what happened -- a briefing line
 * after the article's statements, never before them.
 */
export const TABLE_NOTE = '^(?:NOTE|Note)(?: [Cc]ontinued)?\\s*:';

/** Briefing size and redundancy. */
export const BRIEFING = {
  min: 5,
  max: 10,
  /** corroborated lines at most; single-source lines fill up to `max` */
  maxCorroborated: 7,
  /** single-source lines at most */
  maxSingle: 3,
  /** a line overlapping an earlier one this much (weighted cosine) says the same thing */
  redundancy: 0.45,
  /** a member of the claim shown in place of a line naming someone by surname alone must hold this share of the
   * line's key weight (containedIn): "Mark Jay Heller told a judge that Lohan was settling in at Morningside Recovery
   * ..." for "Heller told a judge during a hearing Thursday morning that Lohan had checked in to the Morningside ..." */
  fullerCovered: 0.5,
  /** longest line kept, in characters */
  maxLength: 400,
  /** a line's opening dateline is dropped when at least this many characters follow it (a wire headline's
   * "... WEEKLY TENDER - TRADERS" keeps its last word) */
  afterDateline: 20,
  /** a line opening with a quote needs this many words outside the quotation marks (a speaker: "Smith said") */
  minOutsideWords: 2,
  /** a story of this many articles or more has a setting (briefing.ts settingKeys): a sentence sharing with a line
   * only keys every article states backs it not */
  settingDocs: 4,
  /** ... unless those keys are this share of the line's (entities aside) or more: the story's event told again
   * ("The Securities and Exchange Commission removed a key regulatory obstacle ..." 12 of 22; "... India and Syria are in
   * the market tomorrow for whites ..." 3 of 9; Waitrose's "... charged with arson following the fire at the Waitrose
   * supermarket ..." 3 of 13 is not) */
  settingShare: 0.25,
  /** a further sentence of an article a line cites must back this many of the line's keys its better ones do not */
  addedKeys: 2,
  /** an article's sentence outside the claim is cited when it backs this many more of the line's keys than the
   * claim's sentences of that article together ("They then set fire to the vehicle ..." beside "A police source
   * said the men drove a large four-by-four car into the store ...") */
  betterBy: 3,
  /** a line whose keys (weighted) an earlier line states this share of, or that states this share of an earlier
   * line's, repeats it ("Arms control is expected to be the major topic." / "... the major focus of the talks,
   * with a breakthrough widely expected ..."; a wire headline in capitals and its lead sentence) */
  containment: 0.8,
  /** a line with more letters than this in capitals is a wire headline ("WHITE HOUSE'S HOWARD BAKER SAYS ..."): a
   * claim whose sentences say it in ordinary case too is written in those */
  capitals: 0.7,
  /** ... written instead by a member in ordinary case that states this share of its keys (weighted) */
  headlineCovered: 0.75,
  /** a single-source line repeating an earlier line's wording -- runs of `echoRun` words or more in common, holding
   * `echoWords` different words written lower-case that are no function word (QUOTE_STOP, ECHO_WEAK) -- says what that line says in
   * other words around the same phrases ("Palin told an assistant pastor she was sorry if the fire was related to the
   * "undeserved negative attention" the church had received ..." after the governor's own words to the pastor) */
  echoRun: 3,
  /** (5 took two bills the committee may take up "tomorrow", or two ratings cut, for one fact) */
  echoWords: 6,
  /** a line echoing a line picked with `echoCitedWords` such words (5: 4 took "Kenneth Dorsey says the woman accused
   * of killing two co-workers and critically injuring a third ... is a good person" for the shooting told again), and
   * citing sentences of which at least `echoCited` of the fewer two lines cite are the other's, says its fact again:
   * the same articles' sentences back both ("Microsoft is urging users of IE to test and deploy this update as soon as possible." / "... said the
   * company "encourages all Internet Explorer customers to test and deploy this update as soon as possible"") */
  echoCitedWords: 5,
  echoCited: 0.5,
  /** ... and whose weighted cosine with it is at least this (below `redundancy`): a fact of its own beside the shared
   * clause leaves it lower ("A co-worker has been charged in the 1967 slayings of two women at an ice cream shop ...,
   * but authorities say the suspect is near death ..." 0.23; Fulwider's "nothing to say ... about Soros' disclosure
   * that he may buy ..." 0.33; Palin's apology told again 0.42) */
  echoCosine: 0.35,
  /** a line quoting again what a line picked quotes -- runs of `echoRun` words or more inside quotation marks in
   * both, holding this many different lower-case words that are no function word (QUOTE_STOP, ECHO_WEAK) -- tells
   * the quote twice ("“Social Media is totally discriminating against Republican/Conservative voices,” Mr. Trump
   * wrote ..." after "President Donald Trump used Twitter ..., claiming they were “totally discriminating against
   * Republican/Conservative voices.”"); the two name one entity and cite a sentence in common (retold) */
  retoldQuoteWords: 3,
  /** a line with no one of its own as subject, giving this many of a picked line's figures with their counted
   * words as written ("404 yards", "two touchdowns") and fewer of its own, gives that line's figures again ("The
   * former Southern California star finished his third season in New Orleans with just 404 yards and two
   * touchdowns on 106 carries." after "Bush rushed for 404 yards and two touchdowns, caught 52 passes ...") */
  retoldFigures: 2,
};
/**
 * What a briefing line tells happened, as a verb of event: a line opening with the subject of a line picked, telling
 * its event by a verb of the same lemma, on a day both state or with a figure both give, tells that line's event
 * again in other words ("W. Mark Felt, Sr., the number 2 man at the FBI ..., died yesterday from Alzheimer's disease
 * ..." after "W. Mark Felt Sr., ... "Deep Throat," ..., died yesterday."; "Microsoft released a critical security patch
 * on Wednesday ..." after "Microsoft today issued an emergency update ..."). Each lemma with its written forms
 * (past, third person, participles; "issued" is a release's verb; "approached" for a post or a bid). The passive is an event of its own ("was killed"
 * is not "killed"). Verbs of saying are none: what was said is the quote's to tell (BRIEFING.retoldQuoteWords).
 */
export const EVENT_VERBS: Record<string, readonly string[]> = {
  die: ['died', 'dies', 'passed away'],
  kill: ['killed', 'kills'],
  release: ['released', 'releases', 'issued', 'issues', 'rolled out', 'rushed out'],
  arrest: ['arrested'],
  charge: ['charged'],
  sentence: ['sentenced'],
  convict: ['convicted'],
  resign: ['resigned', 'resigns', 'stepped down', 'steps down'],
  sign: ['signed', 'signs'],
  escape: ['escaped', 'escapes'],
  strike: ['struck', 'strikes', 'hit', 'hits', 'jolted', 'rocked'],
  acquire: ['acquired', 'acquires', 'bought', 'buys'],
  win: ['won', 'wins'],
  enter: ['entered', 'checked into', 'checked in to', 'checks into', 'checked herself into', 'checked himself into', 'checked themselves into', 'was admitted into', 'was admitted to'],
  approach: ['approached'],
  hire: ['hired', 'hires'],
  elect: ['elected'],
  nominate: ['nominated'],
  indict: ['indicted'],
  plead: ['pleaded', 'pled'],
  shoot: ['shot', 'shoots'],
  explode: ['exploded'],
  crash: ['crashed'],
  seize: ['seized'],
  hijack: ['hijacked'],
  rob: ['robbed'],
};
/** the words naming a day relative to the article's (statedDates resolves them against its date): an undated
 * article's lines tell one day when they write one of these alike ("died yesterday" / "died yesterday") */
export const EVENT_DAY_WORDS = ['today', 'yesterday', 'tomorrow', 'tonight', 'last night', 'this morning', 'this afternoon', 'this evening'];
/** the words before a verb of event that make it passive ("was killed", "has been arrested"), and the adverbs that
 * may stand between ("were also elected": an -ly word too) */
export const EVENT_PASSIVE = {
  auxiliaries: ['was', 'were', 'is', 'are', 'been', 'being', 'be', 'get', 'got', 'gets'],
  between: ['also', 'not', 'never', 'then', 'later', 'now', 'already', 'just', 'since', 'first', 'again'],
};
/**
 * Where a line names the doer of its event other than first (retold's doers): a name right after these words opens
 * a clause it is the subject of ("Word comes from People magazine ... that Tara Reid, 33, ..., has entered the
 * Promises Treatment Center"), as does a name right after an opening quote mark ("it was confirmed, "Tara Reid has
 * checked herself into Promises Treatment Center."") or after capitalised title words opening the line ("Actress
 * Tara Reid entered ..."). A name after a preposition is no doer ("a new bug-fix from Microsoft, released
 * Wednesday morning": the participle tells the fix, the line the advice).
 */
export const EVENT_DOER_OPENERS = ['that'];
/** a line giving a picked line's figures again but going on with a clause of contrast tells a fact of its own ("A
 * co-worker has been charged in the 1967 slayings of two women ..., but authorities say the suspect is near death
 * ...": retold's sameFigures) */
export const RETOLD_CONTRAST = ['but', 'while', 'although', 'though', 'yet', 'whereas'];
/** a line naming no one gives a picked line's figures again only when it opens with one of these: its subject is
 * described ("The former Southern California star finished ... with just 404 yards and two touchdowns ..."), not a
 * name in capitals enrichment leaves untyped ("DIAMOND SHAMROCK RAISES CRUDE OIL POSTED PRICES 50 CTS A BBL, ..."
 * after Unocal's) nor a bare noun of its own ("Grade 92 octane will be 90.2 cents against 87.6 previously.": Esso's
 * price, beside Caltex and Shell's) (all of Reuters) */
export const RETOLD_DESCRIBED = ['the', 'a', 'an', 'his', 'her', 'its', 'their'];
/** lower-case words a shared run may hold that say nothing of the fact: attribution ("said in a statement") */
export const ECHO_WEAK = new Set(['said', 'says', 'say', 'told', 'according', 'statement', 'added', 'reported', 'reports']);
/**
 * A line opening with one of these and having no comma, dash, semicolon or colon is a subordinate clause with
 * no main clause ("As they attempted to break through a riot police cordon guarding Parliament ...").
 */
export const SUBORDINATORS = ['as', 'while', 'when', 'whenever', 'although', 'though', 'because', 'if', 'since', 'unless', 'whereas', 'once'];

/** Function words left out when comparing quote wordings. */
export const QUOTE_STOP = new Set(
  (
    'the a an of to in and or is was be by at for on it that this with as are were there no not we i you he she they ' +
    "our us me my your his her their them its have has had do does did don't can't won't will would could should " +
    'all any some what who which when where how so but if then than from about into out up just very also ' +
    "it's that's there's i'm i've i'll we're we've we'll you're they're he's she's isn't aren't wasn't doesn't didn't"
  ).split(' '),
);

/** Comparing two wordings of one remark word by word (wording.ts). */
export const WORDING = {
  /** share of the content words between the first and last shared word that must be shared, on both sides, for
   * two quotes to be one remark ("Iran gets closer ... nuclear bomb" / "... nuclear arms"), not two remarks that
   * happen to share a few words ("make ... decisions") */
  density: 0.5,
  /** shared words in the same order that make two quotes comparable however many more they share out of order */
  inOrder: 3,
  /** spelling variants: words of at least this many letters within one edit (two from `longWord` letters) are
   * one word spelt two ways ("fiber"/"fibre", "sulking"/"skulking", "Qaddafi"/"Gadhafi") */
  minWord: 5,
  longWord: 7,
};

/**
 * How a quote's speaker was found (enrichment's `attribution`, by its opening words) when the article does not name
 * the speaker where the quote stands: a pronoun ("..., he said.") or a speaker of another sentence taken for this
 * one. Outlets that write "he said" give no name to disagree on: a rival attribution needs a speaker each article
 * names itself ("..., he said." read as Tara Reid against her rep Jack Ketsoyan named by five outlets, ECB+).
 * `guessed`: the speaker is our reading; `previous` / `next`: the quote goes on from the quote before it, or on to
 * the one after it, and its speaker is named as that one's is.
 */
export const SPEAKER_FOUND = {
  guessed: ['pronoun ', 'speaker of the previous sentence', 'subject of the speech verb of the previous sentence'],
  previous: ['goes on from the previous quote'],
  next: ['continued in the next paragraph', "standalone quote, speaker of the next paragraph's quote"],
};

/** Generational suffixes of a name, not part of what tells two people apart ("Theodore J. Boutrous Jr."): enrichment's table. */
export { NAME_SUFFIXES } from '../enrich/data/titles.ts';
/** Two speakers' names one letter apart in a word of this many letters are one name spelt two ways. */
export const NAME_SPELLING = { minLength: 5 };

/** Words spelt two ways that edit distance does not join (too short or too far apart), folded: each to one form
 * before wordings are compared ("people knew they were OK" / "... okay", ECB+ 18_3ecb / 18_6ecb). */
export const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['okay', 'ok'],
  ['till', 'until'],
  ['til', 'until'],
  // a wire's own abbreviations of amounts ("300 million dollars" / "300 mln dlrs", Reuters 4010 / 4179)
  ['million', 'mln'],
  ['billion', 'bln'],
  ['dollars', 'dlrs'],
  ['dollar', 'dlr'],
  ['percent', 'pct'],
]);

/** Contractions spelt out before wordings are compared ("I'm sorry" / "I am sorry"). */
export const CONTRACTIONS: Array<[RegExp, string]> = [
  [/\b(can)['’]t\b/g, '$1 not'],
  [/\b(won)['’]t\b/g, 'will not'],
  [/n['’]t\b/g, ' not'],
  [/['’]m\b/g, ' am'],
  [/['’]re\b/g, ' are'],
  [/['’]ve\b/g, ' have'],
  [/['’]ll\b/g, ' will'],
  [/['’]d\b/g, ' would'],
  [/\b(it|that|there|he|she|what|who)['’]s\b/g, '$1 is'],
];

/** Ordinals written out, compared as their figures ("eleventh-hour" / "11th hour"). */
export const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100,
};
/** Time zones after a clock time: an outlet converting "6:41pm PST" to "18:41" words the remark no differently. */
export const TIME_ZONES = ['pst', 'pdt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'gmt', 'utc', 'bst', 'cet', 'cest'];

/** Words left out when two wordings are compared word by word, besides the quote stopwords. */
export const WORDING_STOP = ['am', 'been', 'being', 'not', 'would', 'will', 'have', 'are', 'is'];

/** Quote variants: share of the shorter quote's words found in the other. */
export const QUOTE_VARIANT = {
  overlap: 0.5,
  /** overlap needed when only two words are shared */
  closeOverlap: 0.6,
  /** quotes shorter than this (in content words) are not compared */
  minWords: 3,
  /** rare words the two must share */
  minShared: 2,
  /** a word is rare when at most this many of the story's quotes (or this share of them) use it */
  rareCount: 2,
  rareShare: 0.05,
};

/** Words before a figure that make it a bound or an estimate: "more than 8 years" agrees with "over 7 years". */
export const FIGURE_QUALIFIERS: Array<{ words: string[]; kind: 'min' | 'max' | 'about' }> = [
  { words: ['more than', 'over', 'at least', 'upwards of', 'in excess of', 'above', 'no fewer than', 'no less than'], kind: 'min' },
  { words: ['less than', 'fewer than', 'under', 'up to', 'at most', 'nearly', 'almost', 'no more than', 'below'], kind: 'max' },
  { words: ['about', 'around', 'some', 'roughly', 'approximately', 'an estimated', 'estimated', 'nearly', 'almost', 'close to', 'as many as'], kind: 'about' },
];
/**
 * Figures that are amounts of one kind, by enrichment's kind and unit (claims): two aligned sentences that each give
 * amounts of one kind and share none of them state two things -- one wire form with other figures ("provided 456 mln
 * stg assistance" / "provided ... 85 mln stg", "fell to 25.137 billion dlrs" / "21.334 billion dlrs"), not one
 * statement twice. Counts of a "what" ("two boats" / "three boats") are left to the number discrepancies.
 */
export const FIGURE_AMOUNTS: Array<{ kind: 'money' | 'percent' | 'distance' | 'other'; byUnit: boolean }> = [
  // money by currency (dlrs apart from stg, cents apart from dollars)
  { kind: 'money', byUnit: true },
  { kind: 'percent', byUnit: false },
  // measures by their unit (tonnes apart from barrels); a bare number ("band 2", "13-nation") is none
  { kind: 'distance', byUnit: true },
  { kind: 'other', byUnit: true },
];
/** Amounts agree when they differ by no more than half the last digit the less exact one writes ("1.5 mln" /
 * "1.52 mln", "5.4 pct" / "5.35 pct"; `exact` of their size for figures written in words or fractions), or by
 * `estimate` of their size when one is an estimate ("roughly $141 million" / "$139 million", not "around 700 mln" /
 * "around 800 mln"). */
export const AMOUNT_ROUNDING = {
  halfDigit: 0.5,
  exact: 1e-9,
  estimate: 0.05,
  /** one amount on each side, apart by no more than this share: one figure told two ways, a disagreement (nearAmounts) */
  near: 0.02,
  /** the amounts two sentences share set aside, one left on each side apart by no more than this share: the shared
   * figures make them one statement, and the one left is its figure told two ways (nearBeside: "a 51 pct rise in
   * defense orders, compared with a 57.7 pct decline" / "rose ... 49.7 pct ... after falling 57.7 pct") */
  nearBeside: 0.1,
};
/** Two sentences each leaving at least `unmet` amounts of one kind unmet by the other, more than they share, list
 * other figures (amounts.ts listsApart): one alike by chance makes no agreement. */
export const AMOUNT_LISTS = { unmet: 2 };
/** A sentence joins a claim only when its amounts agree with those of the members already held from other articles
 * (claims.ts agreeingMembers), not only with the wording's: "364 yards" of total offense and Ratliff's "35 yards" both
 * align with "Colts beat Jaguars 31-24" and are two statements. `checked`: at most this many held members with
 * amounts are asked (the strongest-linked first), so a large claim costs no all-pairs. */
export const AMOUNT_MEMBERS = { checked: 16 };
/** Words right after a percentage that make it an offset from a base rather than a level of it, with the level's
 * side: "five pct below its aggregate net asset value" is "95 pct of the fund's aggregate net asset value" (amounts.ts
 * offsetLevel). */
export const AMOUNT_OFFSETS: Array<{ after: RegExp; sign: -1 | 1 }> = [
  { after: /^\s*(?:below|under|less than|short of|discount)\b/i, sign: -1 },
  { after: /^\s*(?:above|more than|premium)\b/i, sign: 1 },
];
/** What opens a figure written as another's conversion ("$1 million ($1.52 million)", "€2 million ($2.6-million)"):
 * right before it, it is no amount of its own. */
export const AMOUNT_CONVERSION_BEFORE = /\(\s*$/;
/** A count of a span of time ("four weeks ended February 28") names no subject the two sentences count (amounts.ts
 * sameSubjectCounts): two companies' monthly sales stay two statements. */
export const AMOUNT_SPAN_COUNT = /\b(?:days?|weeks?|months?|years?|hours?|minutes?)\b/i;
/**
 * When a figure is (synthesize/figure-times.ts): the stated date nearest it in its sentence, no other figure between
 * ("fell to 11.8 pct ... at the end of March", "averaged 5.97 pct yesterday" read against its article's day), or a part of its article's day
 * (`parts`: "a further 186 mln stg assistance in the afternoon session"). Two articles' near figures of other times
 * are two days' (or sessions') figures of one wire form, not one figure told two ways. A date right after a speech
 * verb (`speech`: "the company said today") dates the telling, not the figure.
 */
export const FIGURE_TIMES = {
  parts: [
    { part: 'morning', phrases: ['this morning', 'morning session', 'in the morning'] },
    { part: 'afternoon', phrases: ['this afternoon', 'afternoon session', 'in the afternoon'] },
  ],
  speech: ['said', 'says', 'told', 'announced', 'reported', 'added', 'stated'],
  /** spans of time named from the article's day ("reserves, which had reached 54 billion U.S. Dlrs last week"): its
   * week (Monday to Sunday) or month, `back` of them before */
  spans: [
    { phrase: 'last week', span: 'week', back: 1 },
    { phrase: 'this week', span: 'week', back: 0 },
    { phrase: 'this month', span: 'month', back: 0 },
  ] as Array<{ phrase: string; span: 'week' | 'month'; back: number }>,
  /** days named back from the sentence's own day, or its article's when it states none ("rose on March 6 to 3.879
   * billion dlrs from 3.467 billion dlrs the previous business day": March 5's balance), `days` of them; `business`
   * steps over a weekend. A weekly report's "the previous week" is the week that ended `days` before its own ("in the
   * week ended April 7 ... from 75,160 tonnes the previous week": the week ended March 31's figure). With `own`, a
   * figure of the sentence naming no time is of the sentence's own day, else of its article's week ("weekly sales for
   * 48,062 tonnes against 22,086 tonnes the previous week": this week's 48,062) */
  before: [
    { phrase: 'previous business day', days: 1, business: true },
    { phrase: 'previous trading day', days: 1, business: true },
    { phrase: 'previous day', days: 1, business: false },
    { phrase: 'previous week', days: 7, business: false, own: 'week' },
  ] as Array<{ phrase: string; days: number; business: boolean; own?: 'week' }>,
  /** a date further from the figure than this (characters) is another clause's */
  reach: 40,
  /**
   * A level told right before its figure ("Taiwan's foreign exchange reserves now stood at 50 billion", "Gold reserves
   * were unchanged at 218.45 billion francs") is the level on its article's day: against an untimed figure of an
   * article `apartDays` or more days away it is another day's level ("... reserves of 51 billion" two weeks later, "Gold
   * reserves remained stable at 218.32 billion francs" of the next month's report), no figure told two ways. Read by
   * the discrepancies only.
   */
  levels: {
    phrases: ['now stood at', 'now stands at', 'now stand at', 'now total', 'now totals', 'unchanged at', 'stable at', 'steady at', 'remained at', 'remains at'],
    apartDays: 7,
  },
};
/**
 * What an amount measures (synthesize/measures.ts): the nearest of these words within a few words after the figure
 * ("10.3 billion dlr judgement", "9.763 billion dlrs in bills are maturing") or `before` characters before it with
 * no other figure between ("bid to 48 dlrs", "acquisition of Getty Oil Co for 10.2 billion dlrs"). Two near figures
 * measuring things of two groups are two amounts (Texaco's judgement / Getty's price, GAF's average cost / its bid,
 * bills sold / maturing), not one figure told two ways; a figure with no such word is compared as before.
 */
export const FIGURE_MEASURES = {
  groups: [
    { measure: 'award', words: ['judgement', 'judgment', 'award', 'awarded', 'damages', 'verdict', 'dispute'] },
    { measure: 'price', words: ['price', 'priced', 'acquisition', 'purchase', 'bid', 'offer', 'offered', 'tender', 'paid'] },
    { measure: 'cost', words: ['cost', 'costs'] },
    { measure: 'holding', words: ['interest', 'stake', 'holding', 'holdings'] },
    { measure: 'limit', words: ['limit', 'ceiling', 'cap'] },
    { measure: 'sold', words: ['selling', 'sells', 'sale', 'sold'] },
    { measure: 'maturing', words: ['maturing', 'mature', 'matures', 'redemptions'] },
    // a fee's qualifier: "The management fee is 25 basis points" / "The underwriting fee is five basis points"
    { measure: 'management', words: ['management'] },
    { measure: 'underwriting', words: ['underwriting'] },
  ],
  /** words read after the figure (stopped by a mark or another figure) */
  after: 4,
  /** characters read before the figure */
  before: 40,
};
/** An estimate agrees with figures this close to it (share of its value). */
export const ABOUT_TOLERANCE = 0.15;
/** "What" words that name no quantity ("10 p.m.", "2 a.m."): figures counting them are not compared. */
export const NOT_QUANTITIES = ['p', 'a', 'pm', 'am', 'gmt', 'utc', 'et', 'of', 'and', 'to', 'or', 'in', 'on', 'the'];
/** A sentence giving more figures than this is a list of quantities whose roles are unclear: not compared. */
export const MAX_FIGURES_COMPARED = 2;
/** Provenance flags a discrepancy names when one of its articles carries them, with how each is written. */
export const FLAGGED_WORDING: Array<{ flag: 'spun' | 'translated'; as: string; cause: string }> = [
  { flag: 'spun', as: 'machine-reworded ("spun")', cause: 'the rewording' },
  { flag: 'translated', as: 'translated', cause: 'the translation' },
];
/** Said of a quote wording that differs only in spun or translated copies: the claim it touches stays as its
 * sources make it (a rewording or a translation is no independent disagreement). */
export const QUOTE_WORDING_EXPLAINED = ' No other article words it differently, so the claim is not marked disputed.';
/**
 * A sentence opening with a name says what that person or organisation did: two sentences opening with
 * different ones ("Scotia Mortgage Corp is issuing ..." / "Victorian Public Authorities Finance Agency is
 * issuing ...") state different facts however alike the rest, unless one names a word of the other's subject
 * ("Mr. LaRue" / "Frederick Cheney LaRue"). A name counts as the opening one when it starts within `maxStart`
 * characters ("The ").
 */
export const SUBJECT = {
  types: ['person', 'org'],
  maxStart: 4,
  /** words of a name that do not tell it apart: legal forms, honorifics */
  generic: ['corp', 'corporation', 'inc', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'gmbh', 'group', 'company', 'holdings', 'the', 'of', 'and', 'mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep'],
};
/**
 * What happened to the people or things a figure counts. Two figures of one "what" with different roles are
 * two counts, not one count reported differently ("killing at least 10 people" / "injuring five people").
 */
export const FIGURE_ROLES: Array<{ role: string; words: string[]; after?: true; own?: true }> = [
  { role: 'killed', words: ['killed', 'killing', 'kills', 'dead', 'died', 'die', 'dies', 'deaths', 'death', 'toll', 'fatalities', 'lives', 'slain', 'murdered', 'murdering'] },
  { role: 'injured', words: ['injured', 'injuring', 'injures', 'injuries', 'wounded', 'wounding', 'hurt', 'hospitalised', 'hospitalized'] },
  { role: 'arrested', words: ['arrested', 'arresting', 'arrests', 'detained', 'detaining'] },
  { role: 'rescued', words: ['rescued', 'rescuing', 'saved', 'evacuated', 'evacuating'] },
  { role: 'missing', words: ['missing'] },
  // Roles marked `own` compare only with the same role, never with a figure whose role is unknown:
  // what was still needed is no result ("needed just nine points" / "scored 20 points"); a span back from the
  // day of writing is a point in time, not a duration ("eight days ago" / "five days of riots"); a span in a
  // post is one part of a career ("four seasons as the team's director" / "19 seasons with the 76ers").
  // `after`: the word counts only after the figure ("as many as 10" is a bound, not a post).
  { role: 'needed', words: ['needed', 'needs', 'need', 'needing'], own: true },
  { role: 'ago', words: ['ago'], after: true, own: true },
  { role: 'post', words: ['as'], after: true, own: true },
  // a career's or a record's total is no one game's figure ("scored 23 points" / "the school's all-time scoring
  // leader with 2,117 points", "has 2,302 points for his career")
  { role: 'career', words: ['career', 'leader'], own: true },
];
/**
 * A second group counted with a figure's noun ("some 420 passengers and crew" / "its 246 passengers and most of its
 * crew"): the figure counts both, so it compares only with a figure counting the same two groups. A word after
 * "and" right after the figure's text, from this list (not "most", "some" or a verb: "and most of its crew" counts
 * the passengers alone).
 */
export const FIGURE_CONJUNCTS = ['crew', 'crews', 'staff', 'children', 'others', 'guests', 'relatives', 'families', 'employees', 'workers'];
/** How far after a figure's text an "of" may name whose things it counts (discrepancies.ts `figureOwner`). */
export const FIGURE_OWNER = { words: 4 };
/**
 * Words that date a figure to a period of its own when a month name or a year follows them ("In January, five
 * cables ... were cut" of an earlier outage; "arrested three times since October" of part of a record): two
 * figures compare only when their sentences name the same such period, or neither names one.
 */
export const FIGURE_PERIOD_WORDS = ['in', 'since', 'during', 'until', 'through', 'throughout'];
/**
 * Roles of a day (DATE_ROLES) that make a change of its own: figures whose sentences give such days, and no day
 * in common, count two changes ("three grades of crude oil, effective March 6" / "eleven grades ..., effective
 * tomorrow"), not one the articles disagree on.
 */
export const FIGURE_DAY_ROLES = ['effective', 'tendered'];
/**
 * Words in a figure's own text that count a part of what a bare figure counts ("one of the 12 worst-hit villages"
 * / "five villages had been badly hit", "three new cases"): a figure with one compares only
 * with a figure with the same one.
 */
export const FIGURE_PART_WORDS = ['worst', 'hardest', 'other', 'remaining', 'additional', 'further', 'extra', 'new'];
/**
 * A figure with its share of a whole right after it ("1,262,200 shares, or about 6.7 pct of Clark's outstanding
 * common stock") counts a holding, not the shares of a deal ("purchased 1,339,000 shares", "a tender offer for up to
 * 2,500,000 common shares"): a holding compares only with a holding. `chars`: how far the ", or" may follow the
 * figure ("of Symbion Inc, or 25.5 pct").
 */
export const FIGURE_STAKE = { chars: 30, hedges: ['about', 'some', 'nearly', 'almost', 'approximately', 'roughly', 'around'], units: ['pct', 'percent', 'per cent', '%'] };
/** Words looked at before a figure, and after it when none before tells its role. */
export const ROLE_WINDOW = { before: 4, after: 3 };

/**
 * Running counts: a figure that grows while a story goes on (a death toll, arrests, an offering "increased to 33
 * mln shares" then "further increased to ... 37,950,000 shares"). Two articles giving it different values, the
 * larger in the later article, report an update, not a disagreement: kept as a number discrepancy that says so and
 * does not mark the claim disputed. A figure is a running count by its role (FIGURE_ROLES: the tolls of an event),
 * or by a word of `words` among the `window` words before it. Articles of one day without a time are not ordered:
 * their figures still disagree, as do a larger value's article dated before a smaller one's. An article without
 * any date cannot be ordered either way (ECB+ 20, Qeshm: "three people killed" undated, "a total of 10 people had
 * been killed" of 28 November): such a running count may have been updated, so it is said and not disputed.
 */
export const RUNNING_COUNTS = {
  roles: ['killed', 'injured', 'arrested', 'rescued', 'missing'],
  words: ['increased', 'raised', 'risen', 'rose', 'climbed', 'mounted', 'grown', 'grew', 'further', 'toll', 'tally'],
  window: 6,
  /** how long an unrest has gone on grows with it too: a figure of `spans` with "of" and one of `unrest` among
   * the `after` words after it ("five days of rioting", "eight days of the worst riots": ECB+ 19) */
  spans: ['days', 'weeks', 'months', 'day', 'week', 'month'],
  unrest: ['rioting', 'riots', 'unrest', 'protests', 'protest', 'fighting', 'clashes', 'violence', 'demonstrations', 'strikes', 'strike', 'siege'],
  after: 4,
};
/** Said of a running count's update (RUNNING_COUNTS). */
export const RUNNING_COUNT_EXPLAINED = ': a running count updated between reports, not a disagreement, so the claim is not marked disputed.';
/** Said of a running count's difference an undated article leaves unordered (RUNNING_COUNTS). */
export const RUNNING_COUNT_UNDATED =
  ': a running count, and an article without a date cannot be ordered with the others: it may have been updated between reports, so the claim is not marked disputed.';

/**
 * Dates of two articles written on different days that stand the same number of days from each one's own day
 * (a weekly report's "week to Feb 18" of 26 February and "week to Feb 25" of 5 March) date two editions of a
 * series, not one event differently: compared within this many days.
 */
export const EDITION_OFFSET_DAYS = 1;
/**
 * A day closing a period ("in the week ended March 12", "the week ending April 7") labels a weekly report's edition:
 * two such days a period or more apart are two editions (the USDA's shipments of the weeks ended March 12 and March
 * 19), not one event dated two ways; nearer ones (March 28 / 29) still disagree. Each period with its length in days.
 */
export const PERIOD_ENDS = {
  periods: [
    { period: 'week', days: 7 },
    { period: 'month', days: 28 },
  ],
  ends: ['ended', 'ending', 'ends'],
  /** one headline sent twice, its two copies closing their periods on two days ("average price through April 6" of
   * the morning's "NATIONAL AVERAGE PRICES FOR FARMER-OWNED RESERVE", "through April 7" of the afternoon's): each
   * copy's own period, two editions however near the days -- the words right before such a day */
  resent: ['through', 'thru', 'ended', 'ending'],
};
/**
 * A two-way rate written with the second side's last digits only ("Call money fell to 3.60/70 pct": 3.60 to 3.70
 * pct, dealers' bid and offer): the figure after the slash is read as the range from the first side. The first
 * side's whole digits, a point, its decimals, the slash -- right before a figure of as many digits as those decimals.
 */
export const TWO_WAY_RATE = /(\d+)\.(\d+)\/$/;
/**
 * Days this far apart or more, in one claim's sentences, date two events of the story (the coach fired today
 * and hired on April 21, 2004; a bill signed March 11 and a rule rescinded April 28; two bonds maturing in 1992
 * and 1994), not one event misreported: a misreported day is mostly a weekday or a time zone off.
 */
export const EVENT_DAYS_APART = 8;

/**
 * What a date in a sentence dates, from the words before it: a bond's maturity or payment ("maturing on March
 * 25, 1992", "The payment date is March 31"), a deadline ("before March 24", "postponed until March 10"), the
 * bound of a period ("the week ended February 26", "as from July 1", "which begins June 1") or a plan ("planned
 * for December 15") is not the day the sentence's event happened: two dates compare only within one role (none
 * for the event's own day). `adjacent`: the word counts only right before the date (with "on" between), as
 * "by" or "from" further back belong to other phrases ("hired by the Sixers on April 21").
 */
export const DATE_ROLES: Array<{ role: string; words: string[]; adjacent?: true }> = [
  {
    role: 'due',
    words: ['due', 'maturing', 'matures', 'mature', 'maturity', 'expiring', 'expires', 'expiry', 'payable', 'payment', 'redeemable', 'redemption', 'record'],
  },
  { role: 'deadline', words: ['until', 'till', 'by', 'before', 'deadline'], adjacent: true },
  { role: 'bound', words: ['since', 'from', 'after', 'of', 'through', 'to', 'between', 'ended', 'ending', 'ends', 'begins', 'beginning', 'starting'], adjacent: true },
  // the day a change takes effect ("named Canadian Airlines International Ltd, effective April 26") is no other
  // bound's ("ordered six new Jetstream 31 airplanes ..., with delivery starting May 1")
  { role: 'effective', words: ['effective'], adjacent: true },
  // a bid's tender right before its day is that stage of a deal, not its agreement ("a group led by First Boston
  // tendered March 13" / "Allegheny today said it agreed to a buyout")
  { role: 'tendered', words: ['tendered'], adjacent: true },
  { role: 'plan', words: ['scheduled', 'planned', 'slated', 'postponed', 'rescheduled'] },
  // "Mr. Trump said on Monday" dates the saying, not what he spoke of ("Flynn pleaded guilty on Friday")
  // ("said in a statement today": the statement's day)
  { role: 'said', words: ['said', 'says', 'told', 'tweeted', 'announced', 'reported', 'stated', 'added', 'wrote', 'statement', 'disclosed'], adjacent: true },
  // a noun of an event right before its day names that event, not the sentence's: "despite the rejection yesterday
  // of their 145 dlr per share offer", "pending a hearing March 23", "decided at a special meeting yesterday"; each
  // its own role, so "rejection yesterday" is compared with another rejection's day only
  // ("the attack last Friday on the Iranian platforms": the attack's day)
  ...['rejection', 'hearing', 'meeting', 'interview', 'vote', 'auction', 'delivery', 'deliveries', 'arrival', 'departure', 'attack'].map((w) => ({
    role: w,
    words: [w],
    adjacent: true as const,
  })),
];
/**
 * A day right before its sentence's verb of saying dates the saying too ("Texaco today said the SEC would urge ...",
 * "Iran today reported major gains ..."), and so does a day opening the sentence before its subject and that verb
 * ("On Sunday, Baker said last week's rise ...", "On Friday, <CYACQ Corp>, an investor group formed by ..., said it
 * would increase ..."): role `role`, compared only with another day so written, not with the event days of other
 * sentences. Nor with a day after the verb (DATE_ROLES' `said`): those read the same way would pair two speakers'
 * sayings ("Earlier today, Caesars World announced ..." / "talks ... announced March 20" by Sosnoff; "On Monday,
 * GenCorp announced ..." / "General Partners ... said yesterday"), where one speaker's two days written so are one
 * saying told two ways (Cyacq's raised bid, "yesterday said" / "On Friday, <CYACQ Corp>, ..., said"). The subject:
 * up to `subjectWords` capitalised words or tickers, then one aside between commas of at most `asideChars` characters.
 */
export const DATE_SAID_AFTER = {
  role: 'saying',
  verbs: ['said', 'says', 'told', 'announced', 'reported', 'stated', 'added', 'quoted', 'notified'],
  subjectWords: 4,
  asideChars: 120,
};
/**
 * Words a date pattern takes in before its day that say which such day, not what it dates ("said last Friday",
 * "disclosed last November 23", "until early March"): passed over when reading the word before the day for its
 * role, so "said last Friday" dates the saying as "said on Friday" does.
 */
export const DATE_LEAD_QUALIFIERS = ['last', 'this', 'early', 'late', 'mid'];
/** Words looked at before a date for its role (`DATE_ROLES` without `adjacent`). */
export const DATE_ROLE_WINDOW = 4;
/**
 * A date after a determiner or with a possessive names another event by its day ("investigating the June 20
 * shooting", "the winner of Friday's second semifinal", "Today's admission"): it does not date the sentence's.
 */
export const DATE_DETERMINERS = ['the', 'a', 'an', 'its', 'his', 'her', 'their'];
/**
 * A day followed by one of these and another day ("covering the period March 2 to 9", "from March 9 through
 * March 20") opens a period: no day of the sentence's event, so not compared as one (eventDates).
 */
export const DATE_RANGE_WORDS = ['to', 'through', 'thru', 'until', 'till', '-', '–', '—'];
/**
 * Wire notices of different issuers (issuers.ts): an all-caps headline opens with its issuer in at most
 * `maxWords` words before the verb of a notice (`verbs`) two headlines share ("DIAMOND SHAMROCK RAISES ..." / "MARATHON RAISES ...",
 * "STATE BANK OF SOUTH AUSTRALIA ISSUES ..." / "PIRELLI UK INT FINANCE ISSUES ...").
 * Their figures and dates are each issuer's own, not one event's: not compared as a disagreement.
 */
export const HEADLINE_ISSUER = {
  maxWords: 6,
  /** verbs of a company's or a borrower's own notice; not of saying ("U.S. SAYS ..." / "JAPAN SAYS ..." may disagree) */
  verbs: [
    'raises', 'cuts', 'lowers', 'hikes', 'ups', 'increases', 'reduces', 'issues', 'pays', 'declares', 'sets', 'reports', 'posts',
    'omits', 'resumes', 'suspends', 'redeems', 'calls', 'prices', 'launches', 'brings', 'files', 'acquires', 'buys', 'sells', 'completes',
    'plans',
  ],
  /** verbs of `verbs` that are a notice only with an amount right after them ("MITSUBISHI BANK PLANS 300 MLN H.K. DLR
   * CD FACILITY"); otherwise mostly a noun or a policy ("KUWAIT SAYS NO PLANS FOR ...", "JAPAN PLANS TO ...") */
  beforeAmount: ['plans'],
  /** words of a name that tell no issuer: joiners ("CITY OF QUEBEC" / "STATE BANK OF SOUTH AUSTRALIA" share only
   * "OF") and the kind of body ("COMMERZBANK UNIT" / "DEUTSCHE BANK UNIT", "VICTORIA STATE BODY" / "STATE BANK OF SOUTH
   * AUSTRALIA") */
  joiners: [
    'of', 'the', 'and', '&', 'for', 'de', 'des', 'du', 'la', 'le', 'in', 'on', 'at', 'to', 'a', 'an',
    'unit', 'units', 'bank', 'corp', 'co', 'inc', 'ltd', 'plc', 'group', 'finance', 'int', 'international', 'holdings', 'state', 'body',
    // posts: "TAFT CHAIRMAN'S GROUP RAISES ..." is Dudley Taft's
    'chairman', 'president', 'chief', 'executive', 'officials',
  ],
  /** words of a notice told with its verb last ("COUPON ON MITSUBISHI WARRANT BOND CUT", "REGIS CORP <RGIS> REGULAR
   * DIVIDEND SET"): the issuer is what comes before the first of them */
  notices: [
    'coupon', 'dividend', 'payout', 'bond', 'bonds', 'eurobond', 'notes', 'warrant', 'warrants', 'debentures', 'offering', 'issue',
    'preferred', 'cmo', 'convertible', 'split', 'regular', 'quarterly', 'special', 'initial',
  ],
  /** the verbs, as done, that end such a headline after its word of a notice */
  done: ['cut', 'set', 'priced', 'increased', 'reduced', 'raised', 'lowered', 'fixed'],
  /** a headline opening with a word of a notice names its issuer after "ON" among its first words ("COUPON REDUCED ON
   * BEST DENKI WARRANT BOND", "COUPON SET, AMOUNT INCREASED ON METAL BOX EUROBOND") */
  onWithin: 4,
  /**
   * Headline words of a recurring wire notice: each article is a notice of its own (this week's rig count, today's
   * money-market help, the latest seat sale, one tender's purchases, one export bonus, one company's initial
   * offering), so two articles under two different such headlines of one kind are two notices, whatever their
   * sentences share ("bought bills ... for resale on March 31" / "... on April 2"). Each kind: its phrases, any of which marks it.
   */
  recurring: [
    ['RIG COUNT'],
    ['MONEY MARKET'],
    ['SEAT SOLD', 'SEAT SELLS', 'SEAT PRICE', 'SEATS SOLD', 'SEATS SELL'],
    ['AT TENDER'],
    ['CCC', 'EXPORT BONUS'],
    ['INITIAL OFFERING', 'INITIAL OFFER', 'INITIAL PUBLIC OFFERING'],
    // one livestock market's day: another market's, or the day's open against the morning's forecast
    ['CATTLE SEEN', 'CATTLE OPEN', 'CATTLE UP', 'CATTLE STDY', 'CATTLE STEADY', 'HOGS SEEN', 'HOGS OPEN', 'HOGS UP', 'HOGS STEADY'],
  ],
  /**
   * A company's results notice ("UNION PLANTERS CORP <UPCM.O> 1ST QTR NET", "AMERICAN ELECTROMEDICS CORP <AECO> 2ND QTR
   * LOSS"): a headline ending in one of `ends` with a word of `periods` before it; its company is the words before the
   * first of those. Two companies' results notices are two notices ("NOTE: Dividend pay May 15" / "... May 18").
   */
  results: {
    periods: ['1st', '2nd', '3rd', '4th', 'qtr', 'year', 'nine', 'six', 'half', 'mths', 'months'],
    ends: ['net', 'loss', 'profit', 'earnings', 'shr'],
  },
  /** a company's issue notices ("WORLD BANK ISSUES 100 MLN ECU EUROBOND" / "... 100 MLN AUSTRALIAN DLR BOND"): two
   * headlines of these verbs telling other issuers or other issues are two notices, unless one corrects the other */
  issues: { verbs: ['issues', 'issuing'], corrected: ['corrected', 'correction'] },
  /**
   * Two editions of one wire notice: headlines of one shape once their figures are out and their verbs of change are
   * one ("FRENCH 13-WEEK T-BILL AVERAGE RATE FALLS TO 7.37 PCT FROM 7.69 PCT" / "... RISES TO 7.46 PCT FROM 7.37 PCT",
   * "U.S. BILL AUCTION RATES AVERAGE 5.63, 5.59 PCT" / "... 5.98, 6.08 PCT"), or naming two months or days ("U.K.
   * CONFIRMS JANUARY STERLING M3 RISE" / "... FEBRUARY ...", "BANGKOK RICE 1 - APRIL 7" / "... APRIL 8"): each tells
   * its own week's, month's or day's figures. Month words: full names and the abbreviations that are no other word
   * ("MAY", "MAR" left out: "AMERICAN EXPRESS MAY SELL ...").
   */
  editions: {
    /** a mixed-case title's all-caps opening is read as a headline from this many words ("BANGKOK TAPIOCA - APRIL 7
     * Thai pellets ...": 4); a shorter one ("NASA Says ...") is a name, no headline */
    openingWords: 3,
    /** a source named after the headline's dash is no part of its shape ("FRENCH 13-WEEK T-BILL AVERAGE RATE FALLS TO
     * 7.37 PCT FROM 7.69 PCT - OFFICIAL" / "... FALLS TO 7.69 PCT FROM 7.82 PCT") */
    sources: ['official'],
    change: ['rises', 'rise', 'rose', 'falls', 'fall', 'fell', 'raises', 'cuts', 'lowers', 'increases', 'reduces', 'up', 'down', 'higher', 'lower'],
    /** a clock time right before a headline's month is the time of the session it reports ("LONDON OILS 1330 - APR
     * 7" / "LONDON OILS CLOSING - APR 7", "ZURICH GOLD 1200 - APRIL 7"): a part of its own */
    clock: /^(?:[01]\d|2[0-3])[0-5]\d$/,
    /** parts of a market's session a headline names: two headlines naming none alike are two times' reports ("TOKYO
     * GOLD FUTURES OPEN SLIGHTLY FIRMER" / "... CLOSE MOSTLY EASIER", "LONDON GOLD FIXED AT 419.80 DLRS THIS MORNING" /
     * "LONDON GOLD CLOSES OFF LOWS") */
    session: [
      // a market called before its open ("U.S. ENERGY FUTURES CALLED SLIGHTLY HIGHER" / "... SETTLE WITH MODEST GAINS")
      { part: 'open', phrases: ['OPEN', 'OPENS', 'OPENED', 'OPENING', 'OPG', 'STARTS', 'EARLY', 'FUTURES CALLED'] },
      { part: 'morning', phrases: ['MORNING', 'MIDMORNING'] },
      { part: 'midday', phrases: ['MIDSESSION', 'MIDDAY', 'NOON'] },
      { part: 'afternoon', phrases: ['AFTERNOON', 'MIDAFTERNOON'] },
      { part: 'close', phrases: ['CLOSE', 'CLOSES', 'CLOSED', 'CLOSING', 'CLSG', 'FUTURES SETTLE', 'LATE TRADING'] },
    ],
    months: [
      ['JANUARY', 'JAN'], ['FEBRUARY', 'FEB'], ['MARCH'], ['APRIL', 'APR'], [], ['JUNE', 'JUN'], ['JULY', 'JUL'], ['AUGUST', 'AUG'],
      ['SEPTEMBER', 'SEPT', 'SEP'], ['OCTOBER', 'OCT'], ['NOVEMBER', 'NOV'], ['DECEMBER', 'DEC'],
    ],
  },
};
/**
 * A date after one of these among the `window` words before it is a possibility, not a day the sentence states
 * ("it was unclear if he would go to Japan on Friday or return to Brazil first"), or a day given up ("Its offer
 * originally was scheduled to expire March 17 but was extended for one week"): not compared (eventDates).
 */
export const DATE_HEDGES = { words: ['if', 'whether', 'unless', 'originally', 'initially'], window: 6 };

/**
 * Opposite events of one thing (opposites.ts): a briefing line does not cite a sentence telling the other side of
 * the event it tells ("... has checked into the Betty Ford Center" / "... has left the Betty Ford Center"). Each pair
 * has two sides of forms as written (past forms and participles, several words with one space), whose thing is
 * `thing`: `agent` the words before the verb (what rose or fell), `patient` the words after it (the place entered or
 * left), `either` the words after it, or before it when it is passive or has none after ("the plant closed", "Smith
 * was fired"). `loose` are the words that tell a side in passing (participles, nouns, "down from"): never read as an
 * event of their own, they only say that a sentence tells that side too. `follow` (agent pairs): a form tells the
 * event only before the clause's end, a figure, an -ly word or one of these words (not "gained control", "increased
 * its stake", "eased restrictions": a transitive verb is no rise or fall of its subject).
 */
export const OPPOSITE_EVENTS: ReadonlyArray<{
  thing: 'agent' | 'patient' | 'either';
  sides: readonly [readonly string[], readonly string[]];
  loose: readonly [readonly string[], readonly string[]];
  follow?: readonly string[];
}> = [
  {
    thing: 'patient',
    sides: [
      ['checked into', 'checked in to', 'checked in at', 'checked herself into', 'checked himself into', 'checked themselves into', 'admitted herself to', 'admitted himself to', 'admitted herself into', 'admitted himself into', 'entered'],
      ['checked out of', 'checked herself out of', 'checked himself out of', 'left'],
    ],
    loose: [
      ['checking into', 'checking in', 'check-in', 'admission', 'admitted', 'entering', 'entry'],
      ['checking out', 'check-out', 'leaving', 'departure', 'exit', 'quit', 'quitting'],
    ],
  },
  {
    thing: 'agent',
    sides: [
      ['rose', 'risen', 'increased', 'climbed', 'gained', 'advanced', 'jumped', 'surged', 'soared', 'rebounded', 'edged up', 'went up', 'moved up'],
      ['fell', 'fallen', 'declined', 'decreased', 'dropped', 'slipped', 'eased', 'slumped', 'plunged', 'tumbled', 'edged down', 'went down', 'moved down'],
    ],
    loose: [
      ['rising', 'rise', 'rises', 'increase', 'increases', 'increasing', 'climbing', 'gain', 'gains', 'gaining', 'advancing', 'jump', 'jumping', 'surge', 'surging', 'rebound', 'up from', 'up #', 'higher', 'growth', 'grew'],
      ['falling', 'fall', 'falls', 'decline', 'declines', 'declining', 'decrease', 'decreases', 'decreasing', 'drop', 'drops', 'dropping', 'slipping', 'easing', 'slump', 'plunge', 'down from', 'down #', 'lower', 'losses', 'contraction'],
    ],
    follow: [
      'to', 'from', 'by', 'in', 'on', 'at', 'for', 'against', 'after', 'before', 'over', 'during', 'since', 'than', 'and', 'but', 'or',
      'as', 'while', 'when', 'because', 'following', 'through', 'with', 'about', 'around', 'almost', 'nearly', 'some', 'only', 'further',
      'again', 'back', 'today', 'yesterday', 'tonight', 'last', 'this', 'earlier', 'later', 'compared',
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'slightly', 'sharply', 'steeply', 'much', 'more', 'less',
    ],
  },
  {
    thing: 'either',
    sides: [
      ['hired', 'rehired'],
      ['fired', 'dismissed', 'sacked', 'ousted', 'laid off'],
    ],
    loose: [['hiring', 'hire'], ['firing', 'dismissal', 'ouster', 'layoffs']],
  },
  {
    thing: 'either',
    sides: [
      ['opened', 'reopened'],
      ['closed', 'shut', 'shut down', 'closed down'],
    ],
    loose: [['opening', 'reopening', 'open', 'reopen'], ['closing', 'closure', 'closures', 'shutdown', 'close']],
  },
  {
    thing: 'either',
    sides: [
      ['arrested', 'detained', 'jailed'],
      ['released', 'freed'],
    ],
    loose: [['arrest', 'arrests', 'detention', 'custody'], ['release', 'releasing', 'freeing']],
  },
];

/** What keeps a form from telling its event (opposites.ts). */
export const OPPOSITE_CONTEXT = {
  /** a word right before the form makes it an adjective ("the closed Japanese markets", "an increased dividend") */
  determiners: ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'newly', 'recently'],
  /** one of these in the three words before: the event is not told ("never checked into", "nor has it opened",
   * "could have risen", "failed to") */
  negations: ['not', "n't", 'never', 'nor', 'no', 'neither', 'without', 'failed', 'refused', 'would', 'could', 'might', 'may', 'should', 'if', 'unless', 'whether', 'expected', 'likely', 'hopes', 'hoped'],
  /** a be-form right before (an -ly word between at most): passive ("was fired", "has been released") */
  passive: ['was', 'were', 'is', 'are', 'been', 'being', 'be', 'get', 'got', 'gets'],
};

/** Forms followed by these words are idioms, not the pair's event: "declined to comment", "declined comment", "the
 * spotlight fell on", "opened fire", "fired at", "left rates unchanged", "closed higher" (a market's closing price),
 * "rose to power". Each: the form, then a pattern of the words after it (lower case, one space between). */
export const OPPOSITE_IDIOMS: ReadonlyArray<readonly [form: string, after: string]> = [
  ['declined', '^(?:to|comment|further)\\b'],
  ['fell', '^(?:short|through|silent|ill|victim|foul|apart|behind|into|prey|asleep|in love|out)\\b'],
  ['fell', '^(?:\\S+ )?on (?:hard times|(?:a|an) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|holiday))\\b'],
  ['rose', '^to (?:power|prominence|fame|the challenge|the occasion)\\b'],
  ['risen', '^to (?:power|prominence|fame|the challenge|the occasion)\\b'],
  ['dropped', '^(?:out|off|plans?|its|the|their|his|her|a|an|charges)\\b'],
  ['gained', '^(?:control|approval|access|ground|support|momentum|entry|favou?r)\\b'],
  ['eased', '^(?:off|up|restrictions|rules|curbs)\\b'],
  ['left', '^(?:\\S+ ){0,4}(?:unchanged|open|intact|alone|untouched|blank|unanswered|unclear|undecided|unresolved|in place|stranded|dead|injured|homeless)\\b'],
  ['left', '^(?:over|out|behind|for|to)\\b'],
  ['left', '^(?:office|power|the company|the firm|the board|the government|the party|the post|his post|her post|his job|her job)\\b'],
  ['opened', '^(?:fire|up|talks|negotiations|the way|the door|an investigation|an inquiry|a probe|(?:\\S+ )?(?:higher|lower|unchanged|firmer|steady|steadier|mixed|easier|weaker|stronger|up|down|at|around|near|with)\\b|\\d)'],
  ['reopened', '^(?:talks|negotiations|the case|an investigation|the issue|the question|the debate)\\b'],
  ['closed', '^(?:\\S+ )?(?:higher|lower|unchanged|firmer|steady|steadier|mixed|easier|weaker|stronger|up|down|at|around|near|with|the day|the session|the week|out|in on)\\b|^\\d'],
  ['closed', '^(?:the|a|its|their) (?:deal|transaction|sale|acquisition|purchase|offering|merger|issue|gap|books?)\\b'],
  ['fired', '^(?:at|on|upon|off|back|shots?|rockets?|missiles?|shells?|a|the first|into|over|up)\\b'],
  ['released', '^(?:figures|data|results|details|statistics|earnings|report|reports|preliminary|final|new|revised|monthly|quarterly|weekly|annual)\\b'],
  ['increased', '^(?:its|their|the|his|her|a|an)\\b'],
  ['decreased', '^(?:its|their|the|his|her|a|an)\\b'],
];

/** Where a sentence's clause ends: an event's words are those of its clause (opposites.ts). */
export const OPPOSITE_CLAUSE_ENDS = ['and', 'but', 'after', 'before', 'while', 'because', 'then', 'when', 'though', 'although', 'whereas', 'until', 'or', 'which', 'who', 'that', 'where', 'since', 'said', 'says', 'say'];

/** Clause openers that stand for what the clause before names ("..., which rose 4-7/8"), or tell when of it ("... the
 * international airport reopened today after a two-day closure"): the clause is about the clause before's words too. */
export const OPPOSITE_POINTERS = ['which', 'who', 'that', 'it', 'they', 'there', 'then', 'after', 'before', 'following', 'since', 'until'];

/** Words that say nothing of what an event is about: function words past QUOTE_STOP, units, time words, words of
 * degree and report (a rise of "pct" and a fall of "pct" are no one thing; nor two of "the company"). */
export const OPPOSITE_NOT_ABOUT = new Set(
  (
    'pct percent per cent tonnes tonne tons ton dlrs dlr cts mln mlns billion billions million millions thousand thousands ' +
    'barrels barrel bpd ounces ounce bushels bushel bales lbs kilos kilo points point basis net ' +
    'year years month months week weeks day days quarter quarters period periods first second third fourth half ' +
    'today yesterday tomorrow tonight morning afternoon evening night earlier later last next ago previous prior same ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'company companies group firm corp inc ltd plc unit bank spokesman official officials ' +
    'has have had been being would could should might must shall can may also still about around some only ' +
    'after before over under since during against between among through while more less much most least ' +
    'sharply slightly steeply further again back up down higher lower figure figures total level levels ' +
    'reported report reports according compared seasonally adjusted adjusted unadjusted estimated revised ' +
    'said says say told added mr mrs ms her him himself herself them themselves one two three four five six seven eight nine ten'
  ).split(' '),
);
