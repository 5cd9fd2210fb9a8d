// Verbs and phrases that attribute speech, including the ones article spinners substitute for "said".
import { table } from '../../common/table.ts';

export const SPEECH_VERBS = `
say says said saying tell tells told telling add adds added adding state states stated mention mentions mentioned
note notes noted explain explains explained declare declares declared announce announces announced assert asserts
asserted insist insists insisted argue argues argued claim claims claimed warn warns warned write writes wrote
remark remarks remarked comment comments commented observe observes observed confirm confirms confirmed deny denies
denied admit admits admitted acknowledge acknowledges acknowledged recall recalls recalled suggest suggests suggested
advise advises advised continue continues continued reply replies replied respond responds responded answer answers
answered ask asks asked urge urges urged stress stresses stressed emphasise emphasised emphasize emphasized
underline underlined conclude concluded predict predicted report reports reported tweet tweeted post posted concede
conceded complain complained caution cautioned vow vowed promise promised quip quipped joke joked agree agreed
disclose disclosed reveal revealed inform informed maintain maintains maintained contend contended allege alleged
describe described call calls called calling reiterate reiterated recount recounted exclaim exclaimed shout shouted whisper
whispered testify testified declare pledge pledged acknowledged believe believes believed think thinks thought
expect expected estimate estimated forecast projected highlight highlighted pointed instructed
chant chants chanted yell yells yelled sing sings sang read reads spoke speaks put puts
retort retorts retorted interject interjects interjected scoff scoffs scoffed muse muses mused fume fumes fumed
gloat gloats gloated cracked bark barks barked boom booms boomed demand demands demanded pressed
elaborate elaborates elaborated surmise surmised wonder wonders wondered confess confesses confessed echo echoes
echoed boast boasts boasted opine opines opined lament laments lamented mock mocks mocked
riff riffs riffed jeer jeered exhort exhorted proclaim proclaims proclaimed repeat repeats repeated interrupt
interrupted sneer sneered snap snaps snapped grumble grumbled gush gushed recite recites recited counter counters
countered rebut rebutted protest protests protested plead pleads pleaded scream screams screamed thunder thundered
marvel marveled marvelled assure assures assured remember remembers remembered cite cites cited citing concludes
concluding lecture lectures lectured demur demurred speculate speculates speculated pledges labeled labelled
asking writing noting explaining arguing claiming insisting warning tweeting posting declaring stating recalling
joking quipping complaining chanting yelling shouting screaming remarking commenting replying responding answering
asserting admitting acknowledging conceding boasting confessing describing predicting reiterating proclaiming
speculating pledging labeling labelling
agrees concedes complains cautions reveals contends alleges describes reiterates recounts exclaims discloses informs
emphasises emphasizes predicts surmises exhorts interrupts grumbles gushes lecturing written jokes quips dub dubs dubbed
`.trim().split(/\s+/);

/**
 * Verbs that attribute speech only as a quote's tag: right after a closing quote, after the speaker's name or a
 * pronoun (""...," Beck questioned", ""...," Kelly charged in her now-infamous assault", ""...," Hannity started")
 * or before the name (""...," reacted Trump"). Elsewhere they are no speech ("Trump charged into the race",
 * "started a campaign"), and nouns as often ("the charges", "questions").
 */
export const TAG_VERBS = `question questions questioned react reacts reacted charge charges charged start starts started
begin begins began laugh laughs laughed sigh sighs sighed offer offers offered venture ventures ventured chide chides
chided scold scolds scolded object objects objected challenge challenges challenged tease teases teased beg begs begged
fret frets fretted volunteer volunteers volunteered intone intones intoned`.trim().split(/\s+/);

/** Speech verbs that are nouns before a title ("state Del. Marcia Price", "state Rep. ..."): no verb there. */
export const SPEECH_VERB_NOUNS = ['state'];

/**
 * "state" and "states", nouns far more often than verbs in political news ("her home state", "the Democratic state",
 * "swing states"). "state" is the verb only after a subject pronoun, a relative, a modal or "to", or after a plural
 * ("the Saudis state", "documents state"); "states" is the noun after a determiner, a number or an adjective of states
 * ("the states", "50 states", "Southern states"), else the verb ("the report states").
 */
export const STATE_NOUNS = {
  singular: 'state',
  plural: 'states',
  verbAfter: `i we you they who that which to do did does would will can could should must may might also`.split(/\s+/),
  /** words ending in "s" that are no plural subject ("his state", "this state") */
  notPlural: `his its this was has does is us as thus plus yes whose less`.split(/\s+/),
  nounAfter: `the these those some many several other all both most few fewer more two three four five six seven eight nine
ten eleven twelve dozen fifty various numerous swing battleground bellwether member key early red blue purple border
southern northern eastern western midwestern coastal gulf arab baltic nordic united neighboring neighbouring
surrounding individual sovereign neighbor neighbour`.split(/\s+/),
};

/** Verbs that attribute speech only with their particle ("Trump shot back", "Trump went on"): verb, then particles. */
export const SPEECH_PHRASES: Record<string, string[]> = Object.fromEntries(
  `shot:back fired:back hit:back snapped:back wrote:back pushed:back shoots:back fires:back hits:back snaps:back
went:on goes:on chimed:in chimes:in cut:in cuts:in broke:in piped:up spoke:up points:out`
    .trim()
    .split(/\s+/)
    .map((p) => p.split(':'))
    .map(([v, ...parts]) => [v, parts]),
);

/**
 * Verbs that attribute speech only with a statement as their object ("Obama released a statement condemning "..."",
 * "the DNC issued a statement: "...""): verb, then the nouns after a determiner.
 */
export const SPEECH_OBJECTS: Record<string, string[]> = Object.fromEntries(
  'issue issues issued release releases released'.split(' ').map((v) => [v, ['statement', 'communique']]),
);

/**
 * A quoted title of a work is its author's words (PolNeAR marks it so): the title follows a naming participle ("a memo
 * titled "...", "a column ..., entitled, "..."") or an authoring verb ("O'Donnell ... published "Trumped!""), and the
 * author is named by "by X" after it ("titled ''...'' by Neera Tanden"), by a passive after it (""American Skin" was
 * written by Springsteen") or as the subject of the clause.
 */
export const WORK_TITLES = {
  naming: ['titled', 'entitled', 'headlined'],
  authoring: ['published', 'penned', 'authored'],
  passive: ['written', 'penned', 'composed', 'authored', 'published'],
  passiveAuxiliaries: ['was', 'were', 'is', 'are', 'had been', 'has been'],
  /** a work named after one of these and a common noun is no object of the clause's verb, its subject no author:
   * "Clinton officials were thrilled with the editorial, entitled "..."" */
  governing: ['with', 'of', 'about', 'on', 'in', 'at', 'from', 'to', 'for', 'into', 'over'],
};

/**
 * Time words that may stand between a role phrase and its speech verb as an auxiliary does ("One official today described
 * Funaro's argument as "nonsense,"", "The Greek statement today said"). Folded.
 */
export const SUBJECT_TIME_WORDS = ['today', 'yesterday', 'tonight'];

/** Words that may stand between a subject and its speech verb ("had said", "has also told"). */
export const SPEECH_AUXILIARIES = `had has have also later earlier then previously once repeatedly again would will
may might could did does do is was were be been being reportedly recently further separately publicly privately`
  .trim().split(/\s+/);

/**
 * Adverbs that may stand between a subject and a speech verb that has no auxiliary before it ("with Trump reportedly
 * yelling:", "Clinton also told"); the modal and tense auxiliaries are left out there ("Brazil would have continued
 * making payments" is no speech of Brazil's).
 */
export const SUBJECT_ADVERBS = `also later earlier then previously once repeatedly again reportedly recently further separately
publicly privately`.trim().split(/\s+/);

/**
 * Auxiliaries of tense and mood that may stand between a subject and its speech verb as adverbs do ("after Mr. Trump
 * had said", "before Clinton would say"): no passive "be", whose name is a listener ("after Trump was told"). Folded.
 */
export const SUBJECT_AUXILIARIES = `had has have would will could might may did does do should`.trim().split(/\s+/);

/**
 * Sentence adverbs that may open a sentence whose only other words are a quote: the quote stands alone as if they were
 * not there and goes on from the speaker before ("Williamson assails ... what he calls the "lie" .... Specifically,
 * "that the white working class ..."", "Indeed, "..."").  Folded; a phrase's words single-spaced.
 */
export const CARRYING_LEADS = [
  ...'specifically indeed yet still again moreover furthermore instead likewise similarly besides'.split(' '),
  'in other words',
  'in short',
  'in particular',
  'in fact',
  'that is',
  'for example',
  'for instance',
];

/** Participles that attribute speech only in a perfect tense ("Parsons had written"), not in a passive or an appositive ("the paper, written by ..., said"). */
export const PERFECT_PARTICIPLES = { words: ['written'], after: ['had', 'has', 'have', 'having'] };

/**
 * Speech verbs' forms that are no verb there: "called" after "so" ("his own so called "black bag" burglaries");
 * "claims" and "reports" before "of" ("claims of "unintentional acceleration"", "reports of the incident"); "jokes",
 * "quips" and "dubbed" anywhere but right after a person's pronoun or a name's capitalised word ("He jokes, "It's a
 * never ending line!"", "Marco Rubio, who he dubbed "the little senator."", "Kaine dubbed her appeared a "press
 * conference.""; "instead of just jokes", "Crystal's jokes" are nouns; "being dubbed the "presumptive nominee"", "what
 * one Latino conservative has dubbed "..."" name no one).
 */
export const NOT_VERB_USES = {
  // ("asked" after a subordinator or "not": its subject was asked, no one speaks by it -- "he was echoing Ryan, who used
  // the same words when asked in May"; not after "was": "Sanders was asked by host Bill Maher" names the asker)
  after: { called: ['so'], asked: ['when', 'whenever', 'if', 'once', 'unless', 'until', 'not'] } as Record<string, string[]>,
  /** ... unless this word follows: "when asked by reporters" stays a (passive) speech verb, read as before */
  keptBefore: { asked: ['by'] } as Record<string, string[]>,
  before: { claims: ['of'], reports: ['of'] } as Record<string, string[]>,
  subjectOnly: ['jokes', 'quips', 'dub', 'dubs', 'dubbed'],
  /** a verb of expecting in the passive or as a participle set off by a comma says what others expect, no one's words
   * ("a House Agriculture Committee meeting ... is expected to spark a debate between lawmakers who want to expand the
   * 0/92, or "de-coupling," provision", "Regan, expected to resign or be fired shortly, was savaged for ... failing ...
   * to avoid "chaos"", "As was widely expected, Lawson split his "fiscal adjustment""); an active one stays ("he said,
   * adding that he expected "an increase in profitability by midyear."") */
  passive: {
    words: ['expected'],
    after: ['is', 'was', 'are', 'were', 'be', 'been', 'being', 'widely', 'generally', 'as'],
    afterMarks: [',', '(', '—', '–', '--'],
  },
};

/**
 * Quotation marks around a term or a name, no one's words (quotes51): right after a word that names what follows as a
 * term ("the so-called "bridge" financing", "commonly known as the "genius grant."", "A new computer code-named "Fort
 * Knox"", "The Pentagon chief, nicknamed "Mad Dog Mattis""), a determiner allowed between. The quote is no quote: no
 * speaker, no variant, nothing in "who said what". `cues`: folded, a phrase's words single-spaced; `words`: the term's
 * length at most.
 */
export const TERM_QUOTES = {
  cues: ['so-called', 'so called', 'known as', 'nicknamed', 'code-named', 'codenamed', 'code named'],
  determiners: ['the', 'a', 'an'],
  words: 8,
};

/**
 * A naming participle in the passive right before a quote names a term too (quotes52): a form of "be", an adverb
 * allowed between, then "called", "dubbed", "nicknamed" ... ("Gigante was also nicknamed "The Oddfather"", "the
 * exploit is termed "zero day"", "has been called the "Trump of the East"", "being called a "compromise""), or a comma
 * and a passive adverb ("The bonds, currently dubbed "...""), or a common noun's appositive (appositiveMarks), unless "by" after the quote names who gave it ("has been
 * labeled "suspicious" by James Steele"). An active "once called a "gold standard"", "Mitt Romney, called ''our No.1
 * geopolitical foe.''" has no "be" before it and stays a quote; so does a term after a bare "be" ("Manafort acknowledged
 * that the work ... could be termed "influence peddling," The Washington Post reported": words someone owned to).
 * Folded words; the TERM_QUOTES determiners allowed after the participle. "branded" is left out (PolNeAR "Guccifer 2.0 was branded "in homage to" Lazar, Song wrote": Song's words), and "titled" / "entitled": a work's
 * title is its author's ("Clinton campaign manager Robby Mook released a memo titled "The Facts ...", "the editorial,
 * entitled "Mr. Sanders Is Not a Brave Truth-Teller,"").
 */
export const PASSIVE_TERMS = {
  be: ['is', 'was', 'are', 'were', 'been', 'being', "it's", "that's"],
  adverbs: ['also', 'often', 'sometimes', 'now', 'currently', 'commonly', 'popularly', 'widely', 'informally', 'officially', 'aptly', 'later', 'since', 'still', 'usually', 'variously', 'generally', 'even'],
  /** adverbs that make a participle after a comma passive without "be" ("The bonds, currently dubbed "alternative participation instruments,""): no active verb after a subject takes them */
  commaAdverbs: ['currently', 'informally', 'officially', 'popularly', 'commonly', 'tentatively', 'provisionally', 'affectionately', 'formally'],
  participles: ['called', 'dubbed', 'termed', 'labeled', 'labelled', 'nicknamed', 'named', 'billed'],
  /**
   * marks after a common noun (a lower-case word) that set off the participle as its appositive ("the software, called
   * "docuFORUM"", "the power -- called a "line-item veto""); only where no comma comes before in the sentence, since an
   * aside between a subject and its verb ends the same way ("Rush Limbaugh, for one, called ''liberal Democrat
   * lingo.''", "Hillary Clinton, for example, named "Madam Secretary"")
   */
  appositiveMarks: [',', '--', '—', '–'],
  /** the marks among appositiveMarks that close the appositive with a second mark ("the power -- called a "line-item veto" --
   * to block"): only an earlier one of these in the sentence may open an aside that ends before the participle, a comma
   * cannot (Reuters 19660: "After returning ..., President Reagan revived ..., calling for ... the power -- called a "line-item veto" --") */
  pairedMarks: ['--', '—', '–'],
  /** ... but a comma's appositive after an earlier comma is one too when at least these many lower-case words, naming no
   * one, come between the last comma and it: a clause, no aside ("..., and farm organizations endorsed creation of a
   * secondary market on farm real estate loans, called "aggie mae""; Bay Buchanan's appositive names Reagan) */
  clauseWords: 8,
  /**
   * a naming participle right after an object's noun: a determiner, at most `objectWords` words, a lower-case noun, after a
   * lower-case word that opens no clause ("The ... Connection Machine uses a technology called "massive parallism."",
   * "market a new bullion coin called the "Britannia""); not a clause's subject ("A UAW spokesman called "premature" a
   * press report": no word before; "what the administration called a "measured ... response"", "in what he called",
   * "a military fight he called", "the man their editor dubbed": `notObject` before or inside the phrase)
   */
  objectWords: 4,
  notObject: [
    'what', 'which', 'who', 'whom', 'whose', 'that', 'and', 'but', 'or', 'nor', 'as', 'when', 'while', 'if', 'because', 'where',
    'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me', 'his', 'its', 'their', 'our', 'my', 'your', 'each', 'both', 'all',
  ],
  agent: 'by',
};

/** Negated auxiliaries whose stem is no auxiliary's form ("won't"); the others are read without their "n't" ("wouldn't"). */
export const NEGATED_AUXILIARIES = ["won't", "can't", 'cannot'];

/** Pronouns that refer back to the last named speaker. */
export const PERSON_PRONOUNS = ['he', 'she'];
export const ORG_PRONOUNS = ['it'];
export const GROUP_PRONOUNS = ['they', 'we', 'i'];
/** words after which an "it" opens a clause as its subject ("and it said", "because it has"); after any other word it may be an object ("minimized it as a threat") */
export const CLAUSE_CONJUNCTIONS = ['and', 'but', 'or', 'that', 'because', 'when', 'while', 'if', 'as', 'since', 'so', 'though', 'although', 'after', 'before', 'where', 'which'];

/**
 * Gender, as a rule table: titles right before a name ("Mrs. Clinton", "Msgr. Farmer", "Sr. Keehan" -- a Sister
 * before a name, Senior only after one), and the pronouns of one gender that a sentence whose subject is the only
 * person it names uses after that name ("Dr. Benjamin has also served ..., a position that she will resign from").
 * "her" is left out of the pronouns: it is as often an object naming someone else ("Pope Benedict XVI awarded her").
 */
export const GENDER_TITLES: Readonly<Record<string, 'm' | 'f'>> = table(Object.fromEntries([
  ...'mr mr. msgr msgr. fr fr. father sir lord king prince brother br. herr señor senor monsieur'.split(' ').map((t) => [t, 'm']),
  ...'mrs mrs. ms ms. miss sr. sister lady dame queen princess madame mme mme. mlle mlle. frau señora senora'.split(' ').map((t) => [t, 'f']),
]));
/**
 * Words that open a clause right after a quote with no comma closing it ("it was "bridge-building" that Dr. Benjamin
 * ... has done her work in the bayou, which he described"): the quote is inside its sentence, a speech verb after it
 * is that clause's.
 */
/**
 * Subordinators of a clause that tells of speech not made ("Bradley said the administration would "remain under a
 * cloud" until ... Oliver North and ... John Poindexter have told "the whole truth.""): a speech verb inside such a
 * clause, after an earlier speech verb of the sentence, does not attribute the quote; the earlier verb does.
 */
export const UNREAL_SUBORDINATORS = ['until', 'unless', 'if'];
/**
 * Relative pronouns that open a clause after a comma: a quote inside such a clause, still open at the quote ("Mr. LaCalamita, 38,
 * who was still listed on the firm's Web site as a member of its "professional staff," had been dismissed last week, the police
 * said"), is not the words of the tag at the end of the sentence, whose subject says the main clause.
 */
export const RELATIVE_OPENERS = ['who', 'whose', 'which'];
/**
 * A speech verb inside a relative clause opened after a comma by a subject pronoun ("La Repubblica cited remarks by the
 * Bank of Italy, which announced the deficit for May and said it had been partly caused by "..."") is the clause's: the
 * name right before the comma speaks, not the sentence's subject. `openers`: the pronouns that are the clause's subject
 * when a verb follows them ("whose" opens a phrase that is: "whose spokesman said"); the clause ends at `marks`.
 */
export const SUBJECT_RELATIVES = {
  openers: ['which', 'who'],
  /** openers of a person's clause: a name of another kind before the comma stands for the person before it, or for no one */
  personal: ['who'],
  /** kinds of names that may stand inside the appositive between the person and the "who" (a role's firm or place) */
  inRole: ['org', 'place'],
  marks: ',;:()[]—–',
  /** words right before the verb that make it an adjective, no verb ("Minning, who is otherwise listed as one of the congressman's alleged "paramours"": the filings' word) */
  adjectiveAfter: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your'],
  possessives: ["'s", '’s'],
};
/**
 * Asides between a name and its speech verb (quotes.ts asideSubject: "Rush Limbaugh, for one, called"): the words an
 * aside may open with, and its length; `leadChars` bounds the words of a person's appositive before a name read inside
 * it (roleAppositiveHead: "Lawrence Garfinkel, ATT's Vice-President of Marketing Services, said").
 */
export const QUOTE_ASIDES = {
  openers: ['for', 'in', 'at', 'on', 'of', 'as', 'like', 'however', 'meanwhile', 'too', 'though', 'moreover', 'indeed', 'perhaps', 'instead', 'then', 'also', 'once', 'again', 'still', 'unlike', 'after', 'before', 'during'],
  chars: 60,
  leadChars: 30,
};
export const CLAUSE_AFTER_QUOTE = ['that', 'which'];

/**
 * A paragraph of stage direction between one speaker's turns ("She pauses." or "Pause." between the lines of a phone call
 * a volunteer makes): a pronoun and one verb in -s, or one of `words` alone. The quote after it goes on from the one
 * before it (quotes58).
 */
export const STAGE_DIRECTIONS = {
  pronouns: ['he', 'she'],
  words: ['pause', 'silence', 'laughter', 'applause'],
};
export const GENDER_PRONOUNS: Readonly<Record<string, 'm' | 'f'>> = table({ he: 'm', his: 'm', himself: 'm', she: 'f', herself: 'f' });

/**
 * Verbs of judging or thanking: no speech verbs, but their subject's own words when the quote is their object, right
 * after the verb or after its object and one of `STANCE_OBJECT.links` ("Moore thanked him for "stepping up ..."",
 * "Merkel condemned ''such a murderous attack''", "Nordhaus ... welcomed "the recognition ..."", "Trump attacked "the
 * hateful ideology ..."", "praised the plan as "bold""). Nowhere else do they attribute.
 */
// (no forms that are nouns as often: "won praise for "..."", "thanks to", "the attack", "a welcome")
export const STANCE_VERBS = `thanked thanking praised praising hailed hailing welcomed welcoming condemn condemns
condemned condemning denounce denounces denounced denouncing decry decries decried decrying slammed slamming blasted
blasting criticize criticizes criticized criticizing criticise criticises criticised criticising attacked attacking
applaud applauds applauded applauding dismiss dismisses dismissed dismissing laud lauds lauded lauding commend commends
commended commending deride derides derided deriding accuse accuses accused accusing`.trim().split(/\s+/);
/**
 * Verbs of a stated position whose object is the quote right after them ("Clinton supports "appropriate pay raises,"
 * opposes "across-the-board arbitrary pay freezes""): the subject's own words only where no speech verb stands before
 * them in the sentence ("It said that Trump supports "Hillary-style healthcare"" is the ad's words).
 */
export const STANCE_POSITIONS = ['supports', 'supported', 'opposes', 'opposed'];
/** Verbs of judging that are also deeds ("he attacked his sister"): their subject is not taken to go on speaking in the next sentence. */
export const STANCE_DEEDS = ['attacked', 'attacking'];
export const STANCE_OBJECT = {
  links: ['for', 'as', 'of'],
  /** words at most between the verb and the quote (its object and the link) */
  words: 5,
};

/**
 * A subject's stance told by a copula and an adjective of outlook, with a comma or colon right before a quote and no speech
 * verb ("Another Tokyo trader was less bullish, "For sure there will be some shortage ...""): the subject speaks; a word of
 * `degrees` may stand before the adjective.
 */
export const STANCE_STATES = {
  copulas: ['was', 'were', 'is', 'are'],
  degrees: ['less', 'more', 'even', 'also', 'equally', 'very', 'far', 'rather', 'somewhat'],
  adjectives: `bullish bearish optimistic pessimistic cautious upbeat gloomy confident sceptical skeptical blunt emphatic
doubtful hopeful`.trim().split(/\s+/),
};

/** Phrases that attribute a statement before it ("according to X"); the name follows them. */
export const ACCORDING_TO = /\b(?:according to|in the words of)\s+/iu;

/**
 * The documents an "according to" may name before their author ("according to a statement released by the Justice
 * Department", "according to a news release from ..."): the author speaks. Each with the participles and prepositions
 * that lead from it to the author.
 */
export const ACCORDING_CHANNELS = {
  nouns: ['statement', 'news release', 'press release', 'release', 'announcement', 'letter', 'memo', 'email', 'transcript', 'complaint', 'filing', 'indictment', 'affidavit', 'document'],
  participles: ['released', 'issued', 'sent', 'filed', 'posted', 'published', 'put out'],
  prepositions: ['from', 'by', 'of'],
};

/** Auxiliaries that make a speech verb passive ("was asked by", "were told by"): the one after "by" speaks. */
export const PASSIVE_AUXILIARIES = ['was', 'were', 'is', 'are', 'been', 'being', 'be'];

/** Verbs of quoting someone, whose object "as saying" is the speaker ("People quoted him as saying"). */
export const QUOTING_VERBS = ['quoted', 'quotes', 'quoting', 'quote', 'cited', 'cites', 'citing'];
/**
 * A passive of quoting before a speech verb: its subject speaks ("The official was quoted as saying that lower output was
 * the result "of ..."", "He was further quoted as saying"); the participle, then the word before the speech verb.
 */
export const QUOTED_AS = { participles: ['quoted', 'cited'], link: 'as' };

// (a module-level const: esbuild writes a \p{} pattern out as a constructor call, made once only at the top level)
const REPORTED_GAP = /^\s+(?:that\s+)?(?:\p{Lu}\p{Ll}{1,3}\.\s+)?$/u;

/**
 * Tag verbs after which a person's name with a speech verb of its own is whose words the quote reports (""We got wiped
 * out ...," aides said Mr. Ryan told his colleagues" is Ryan's, not the aides'); `gap`: what may stand between ("that", a
 * title), at most `gapChars` characters.
 */
export const REPORTED_SPEAKER = { tags: ['said', 'say', 'says'], gap: REPORTED_GAP, gapChars: 14 };

/** Speech verbs whose object is the one spoken to ("told CNN", "asked Trump"), never the speaker. */
export const LISTENER_VERBS = `tell tells told telling ask asks asked asking inform informs informed urge urges urged
advise advises advised warn warns warned assure assures assured remind reminded call called calling describe describes
described informs pressed lecture lectures lectured`
  .trim().split(/\s+/);

/**
 * A clause that names a thing by the quote right after it ("what it calls its "special military operation"",
 * "what critics dubbed "X""): the quote is its object and its subject is no speaker of a later quote in the
 * sentence, which looks further back for its verb ("Peskov told ... that suggestions Moscow aims at what it
 * calls its "X" were "Y"" is Peskov's). Only in the relative "what ... calls" form: "Cruz called Trump "amoral",
 * a "bully"" is one speaker's list; and only when a speech verb before it is left to fall back to ("Nadler derided
what he called the "reading" as "nonsense"" is Nadler's). The opener must stand at most `namingClauseReach` words before the verb.
 */
export const NAMING_CLAUSE = {
  openers: ['what'],
  verbs: `call calls called calling dub dubs dubbed term terms termed label labels labelled labeled brand brands
branded describe describes described`.trim().split(/\s+/),
  reach: 3,
};

/**
 * Words after which a name is where or to whom something was said, or what it was about ("on Twitter",
 * "to Fox News", "said of Mrs. Clinton's plan"), not who said it; "from" stays ("a statement from Waitrose said").
 */
export const NOT_SUBJECT_BEFORE = `to on in at with of about for into onto against toward towards than like
unlike via over under after before behind among between during through without within across including versus vs
alongside besides despite per upon`.trim().split(/\s+/);

/**
 * Prepositions after which a name right before a speech verb is still the one speaking ("footage of Hillary
 * Clinton asking", and the ones that open a clause: "after Trump's account tweeted"); after the other
 * not-subject words it is where or to whom ("on Facebook writing").
 */
export const DOER_PREPOSITIONS = ['of', 'after', 'before', 'until', 'since'];
/** ... and those after which it is the subject of a speech verb in -ing ("with Donald Trump tweeting that ..."). */
export const PARTICIPLE_PREPOSITIONS = ['with'];

/**
 * Objects in a clause, never the subject of a later speech verb of its sentence when the search falls back to the last
 * name before the verb: a name a passive's doer preposition governs right after a participle (`passive`, a participle
 * by its `endings` or one of `participles`: "After a scientific review ordered by Obama last month, they said"; not a
 * noun's "by", "a hostile takeover attempt, by GAF Corp", nor "released today by the Academy", whose statement it is),
 * and a name after another name's own verb, with no verb of its own after it and no clause mark (`marks`) between
 * ("Mitt Romney has repeatedly targeted the Obama administration for ..., claiming" is Romney's; "Ben Labolt also issued
 * a statement Saturday shortly after Santorum told voters" is Santorum's). Folded.
 */
export const CLAUSE_OBJECTS = {
  passive: ['by'],
  endings: ['ed', 'en', 'wn'],
  participles: `made led held sent brought told paid won run set put hit cut built bought caught taught sought fought done
  seen struck said read heard met left kept lost found`.trim().split(/\s+/),
  marks: ',;:()"“”—–',
};

/** Where statements are carried: never the speaker of a quote. Folded. */
export const MEDIA_NAMES = `cnn|msnbc|cnbc|fox|fox news|fox business|fox news channel|nbc|nbc news|abc|abc news|cbs|cbs news|
npr|pbs|c-span|bbc|twitter|facebook|instagram|youtube|snapchat|reddit|tiktok|truth social|breitbart|breitbart news|
huffpost|huffington post|the huffington post|politico|axios|usa today|the hill|the atlantic|the new york times|
new york times|the washington post|washington post|the wall street journal|wall street journal|associated press|
the associated press|ap|reuters|bloomberg|buzzfeed|buzzfeed news|vox|slate|salon|the daily beast|daily beast|newsmax|
meet the press|face the nation|this week|fox news sunday|state of the union|good morning america|today|nightline|
hardball|morning joe|the view|60 minutes|fox & friends|hannity|the o'reilly factor|tonight show|late show|
the late show|the tonight show|anderson cooper 360|new day|the lead|the situation room|special report|
western journalism|the western journal|the new yorker|new yorker|time|newsweek|rolling stone|the guardian|guardian|
the times|times|post|journal|sirius|siriusxm|radio|wmur|wfaa|kcbs|wabc|wor|wls`.split('|').map((s) => s.trim()).filter(Boolean);

/** What a person speaks through: after a possessor and before a speech verb they make the possessor the speaker ("Trump's account tweeted"). */
export const OWNER_CHANNELS = `account feed page website site blog statement post tweet letter memo column op-ed`.trim().split(/\s+/);

/**
 * What someone said or wrote, as a noun after its owner's possessive, introducing a quote with a colon or comma: the
 * owner speaks ("Hoff's letter makes a libertarian-style case: "..."", "Clinton's response was: "..."", "From Bush's
 * Facebook post: "..."", "in Forbes' words, "...""). `modifiers`: words at most between the possessive and the noun;
 * `gap`: words at most between the noun and the quote (brackets left out).
 */
export const OWNER_WORDS = {
  nouns: `words letter response reply answer post tweet statement message email e-mail note memo remarks comment
comments dictum motto column op-ed editorial advice warning explanation verdict testimony argument`.trim().split(/\s+/),
  modifiers: 2,
  gap: 6,
};

/**
 * A quote inside a noun phrase that says whose words it is: a possessor's noun of saying and its link before the quote
 * (`linked`: "Trump's call for "a total and complete shutdown ..."", "Obama's lyrical rejection of ''a politics of
 * cynicism''", "VandeHei's admittedly provocative proposition that ''...''"), a naming noun right before it (`named`:
 * "Romney's phrase "self-deportation.""), or a noun right after it (`after`: "Obama's "if you like your plan, you can keep
 * it" promise", "Trump's "woman's card" remark"). `modifiers`: lower-case words at most between the possessive and the
 * noun (before the quote), `afterModifiers` between the quote and its noun. A noun of judging ("Steele's comments
 * "unacceptable"", "Trump's charge "pathetic"") is none of them: the quote there is someone's word about it (quotes56).
 */
export const POSSESSED_SPEECH = {
  linked: {
    call: ['for'],
    calls: ['for'],
    appeal: ['for'],
    plea: ['for'],
    promise: ['of', 'to', 'that'],
    pledge: ['to', 'that'],
    vow: ['to', 'that'],
    assertion: ['that'],
    claim: ['that'],
    proposition: ['that'],
    rejection: ['of'],
    insistence: ['that', 'on'],
    boast: ['that'],
    prediction: ['that', 'of'],
    declaration: ['that', 'of'],
    denunciation: ['of'],
    reference: ['to'],
  } as Record<string, string[]>,
  named: `phrase slogan mantra motto catchphrase refrain nickname line`.trim().split(/\s+/),
  after: `promise pledge vow line remark remarks comment quip slogan phrase mantra refrain catchphrase`.trim().split(/\s+/),
  modifiers: 3,
  afterModifiers: 1,
  determiners: ['a', 'an', 'the'],
};

/** A party's members as a people, "the" before them ("..., the Democrats said", "the Republicans added"). Folded. */
export const PARTY_PEOPLES = ['democrats', 'republicans'];

/** Words after a name that make the speaker a group named after it ("the Clinton campaign", "House Republicans"). */
export const GROUP_WORDS = `campaign campaigns administration republicans democrats officials aides staff staffers
lawmakers leaders leadership allies supporters team camp spokespeople surrogates advisers advisors loyalists
delegation caucus family government`.trim().split(/\s+/);

/**
 * Roles that, in a definite phrase, name someone the article has named ("the president said", "the Florida
 * senator told"). Roles that usually stand for someone left unnamed ("the official", "the aide", "the
 * spokesman") are not here.
 */
export const NAMED_ROLES = `president senator governor mayor candidate nominee congressman congresswoman lawmaker leader
chairman chairwoman secretary businessman businesswoman billionaire mogul magnate actor actress author singer star host
anchor journalist columnist commentator pope chancellor premier minister king queen prince judge justice frontrunner
front-runner speaker vice-president president-elect governor-elect senator-elect`.trim().split(/\s+/);

/**
 * Role nouns that stand for someone the article leaves unnamed or names only by that role ("the company said", "a
 * spokesman said", "the report said"), by what they refer to. A quote they attribute is theirs: it does not go on
 * from the previous quote's speaker. After "the", a person's role refers back to a person the text gave that role
 * ("spokesman Marlin Fitzwater", "Josh Earnest, a White House spokesman"); an organisation's to a named organisation
 * holding the noun ("the central bank": "Bank of Japan"), a company's to the one "it" would; a document's to its owner
 * ("the Tower Commission report", "a report by the OECD", "Bofors said in a statement").
 */
/**
 * A crowd that opens its sentence as a count of people ("Small groups of protesters continued to call ..., while chanting,
 * "..."", "Hundreds of pro-Sanders demonstrators marched ..., chanting "...""): the subject of a speech participle before
 * the quote, left unnamed -- not a name inside the clause between ("where the NFL's Charlotte Panthers played"). The count
 * words (an optional size first), the link, and the crowd nouns, within `words` words of the link.
 */
export const CROWD_SUBJECTS = {
  sizes: ['small', 'large', 'big'],
  counts: ['hundreds', 'thousands', 'dozens', 'scores', 'groups', 'crowds', 'throngs', 'tens'],
  link: 'of',
  nouns: `protesters protestors demonstrators marchers supporters activists students workers fans mourners`.trim().split(/\s+/),
  words: 3,
};

export const UNNAMED_ROLES = {
  person: `spokesman spokeswoman spokesperson spokesmen official officials source sources analyst analysts banker
bankers dealer dealers trader traders economist economists aide aides adviser advisers advisor diplomat diplomats
delegate delegates executive executives lawyer lawyers attorney negotiator negotiators broker brokers expert experts
representative observer observers insider insiders strategist strategists consultant director manager staffer staffers
witness witnesses bystander bystanders neighbor neighbors neighbour neighbours friend friends relative relatives juror
jurors officer officers investigator investigators prosecutor prosecutors publicist rep buyer buyers seller sellers
arbitrager arbitragers arbitrageur arbitrageurs lobbyist lobbyists resident residents man woman consumer consumers
rescheduler reschedulers specialist specialists salesman salesmen member sheriff father mother brother sister son
daughter husband wife journalist journalists ambassador ambassadors`.trim().split(/\s+/),
  org: `company firm bank group agency ministry department union government board commission council committee
office embassy corporation utility authority exchange bureau navy army military police authorities
delegation`.trim().split(/\s+/),
  /** organisations that speak as "it" would: the company named last */
  company: ['company', 'firm', 'corporation', 'group'],
  /** words in the names of organisations that are no company ("Justice Department" is not "the company") */
  notCompany: `department ministry agency government commission council committee union embassy office authority bureau
board administration court police parliament congress senate house`.trim().split(/\s+/),
  /** ... heading the name only as its last word or before one of these ("Ministry of Finance"; "Union Texas Petroleum" is a
   * company) */
  notCompanyLinks: ['of', 'for', 'on'],
  document: `report statement study paper brief letter memo survey review document filing release communique
newsletter lawsuit suit indictment complaint ruling advertisement ad article story newspaper`.trim().split(/\s+/),
  /** document nouns one document may be called by in one article ("it said in an annual review ... . The report said"):
   * "the <noun>" finds its owner in the sentence naming it by any noun of its kind */
  documentKinds: [
    ['report', 'review', 'study', 'survey', 'paper'],
    ['statement', 'communique', 'release', 'announcement'],
  ],
  /** nouns that name a document of the kind of the noun given only as what one speaks in, after "in" and one of
   * `channelDeterminers` ("the U.S. Embassy said in its agricultural outlook for 1987 ... . The report said") */
  channelKinds: { outlook: 'report' } as Record<string, string>,
  channelDeterminers: ['its', 'their', 'his', 'her', 'a', 'an'],
  /** "the paper" (a document noun): a newspaper named last by a name after one of `nouns` ("the trade paper Automotive
   * News") or ending in one of `nameEnds` ("the China Daily"); not over a person speaking by a verb of its own before the
   * quote in its sentence ("Gaughan said that ... he told ... "would be protected," the newspaper reported" is Gaughan's) */
  press: {
    nouns: ['paper', 'newspaper', 'daily'],
    nameEnds: `daily times post journal herald tribune gazette telegraph shimbun ilbo zeitung`.trim().split(/\s+/),
  },
  /** a party's adjective as a document's owner: "the Republican report said" is the Republicans' (their people's name) */
  partyOwners: { republican: 'Republicans', democrat: 'Democrats', democratic: 'Democrats' } as Record<string, string>,
  /** words after a document's noun that name its owner, who speaks ("A statement from Surrey police said", "a report by
   * the OECD"); after any other the document stays ownerless */
  documentLinks: ['from', 'by'],
  /** documents whose owner the text names by no name before them: "the Hunter indictment" is the prosecutors', not the
   * defendants' (a quote nothing else attributes keeps the phrase) */
  ownerless: ['indictment'],
  /** possessives that refer a person's role noun back as "the" does ("John Banky, Ben's older brother, spoke ... . "...,"
   * said his brother") */
  possessives: ['his', 'her', 'their'],
  /** words that open such a phrase; only "the" refers back */
  determiners: ['the', 'a', 'an', 'one', 'another', 'its', 'their', 'his', 'her', 'two', 'three', 'several', 'some', 'other'],
  /** ... those that open one person: a later "he" or "she" may be that person ("said a director at one U.K. merchant
   * bank. "...," he added"), not a name further back (quotes34) */
  single: ['the', 'a', 'an', 'one', 'another'],
  /** words after a person's role noun that say whose or where ("a spokesman for Waitrose", "a close friend of the dead mum",
   * "an aide to Agriculture Secretary Richard Lyng"): the phrase is that person, no name inside it (quotes35) */
  links: ['of', 'for', 'at', 'with', 'from', 'to', 'in', 'close', 'near'],
  /** ... those after which an organisation is whose: it speaks ("a spokesman for Waitrose"; "a friend of Apple" does not) */
  orgLinks: ['for', 'at', 'with', 'from'],
  /** role nouns that name someone the article has named after "the" (`NAMED_ROLES`: "the Soviet leader insisted") but stand
   * for someone left unnamed after an indefinite determiner ("a union leader said") */
  indefinite: ['leader', 'candidate'],
  /** ... those determiners */
  indefiniteDeterminers: ['a', 'an', 'one', 'another'],
  /** a pronoun for one of a group just named, as a tag's whole subject: that person left unnamed ("Other arbitrageurs said
   * ... . "Redstone really wants to own the company," one said") */
  alone: ['one'],
  /** bodies that speak as a plural person noun does, without a determiner ("police said", "authorities said") */
  bare: ['police', 'authorities'],
  /** ... the verbs such a group speaks by before a quote ("Police said: "..."", "Authorities described the fire as "...""; not
   * "Officials estimated the fire caused ... the "undeserved negative attention"", "Officers responded to 911 calls") */
  bareVerbs: `say says said tell tells told add adds added describe describes described call calls called report reports
reported note notes noted insist insists insisted`.trim().split(/\s+/),
  /** person nouns of one gender ("a France Telecom spokeswoman": "she", never "he") */
  genders: {
    spokesman: 'm', spokeswoman: 'f', man: 'm', woman: 'f', salesman: 'm', father: 'm', mother: 'f', brother: 'm',
    sister: 'f', son: 'm', daughter: 'f', husband: 'm', wife: 'f',
  } as Record<string, 'm' | 'f'>,
};

/**
 * A phrase opening a sentence that names the document its subject speaks in, with no comma before the subject ("In a
 * report the Kiel institute said ..."): its first word (`prepositions`), its length in words up to the subject's "the"
 * (`words`), a document's noun last.
 */
export const FRONTED_DOCUMENT = { prepositions: ['in'], words: 5 };

/**
 * Words that may follow a tag's verb at the end of a sentence ("..., it said in its annual report", "..., he said on
 * Tuesday"); any other word after it makes it a verb of its own clause ("..., he pointed a .357 caliber revolver").
 */
export const TAG_TAIL_WORDS = `in on at after before during when while yesterday today tonight later earlier monday tuesday
wednesday thursday friday saturday sunday`.trim().split(/\s+/);

/**
 * A speech verb of a fronted clause of time, before the main clause's own subject and verb, is no tag of a quote after
 * them ("As Blumenthal spoke, the NRA was going into overdrive, whipping lawmakers against "...""): the clause opens its
 * sentence with one of `openers`, its verb is one of `verbs` (talking as an event, where "As Reagan said, the deficit
 * is "..."" attributes), and a comma closes it before the quote with words after the comma.
 */
export const FRONTED_TIME_CLAUSE = {
  openers: ['as', 'while', 'when'],
  verbs: ['spoke', 'speaks', 'talked', 'talks', 'testified', 'testifies'],
};

/**
 * Verbs of belief or expectation, speech verbs as a quote's own tag ("Wright predicted the House would vote ..."), that
 * inside another speech verb's report hold no one's words when their own subject is no person: "Zemljaric said recently
 * Yugoslavia expected a "..."", "The Tanjug news agency quoted Zemljaric as saying Yugoslavia expected a "..."" -- the
 * reporting verb's subject speaks (`speakerBefore`).
 */
export const REPORTED_BELIEF_VERBS = `believe believes believed think thinks thought expect expects expected predict predicts
predicted estimate estimates estimated forecast forecasts projected`.trim().split(/\s+/);

/**
 * A fronted clause opened by one of `openers` (after one of `leads`) whose object is a quote, a comma after the quote
 * closing it: its subject said it, not the main clause's subject after the comma ("While Mr. Ryan ... laid out a vision for
 * ''a reformed tax code ...,'' Ben Carson ... used part of his address to call"). No "if" or "unless": unreal.
 */
export const HELD_CLAUSE = {
  openers: ['while', 'whereas', 'although', 'though', 'when', 'as', 'after', 'because'],
  leads: ['but', 'and', 'yet'],
  /** a participle right after such a clause that follows its main verb is its subject's: "He tweeted when Clinton ended a
   * Democratic debate ... with a reference to ..., remarking, "..."" is Clinton's */
  trailing: ['when', 'as', 'after', 'since', 'because', 'while'],
};

/** Words that open a clause whose subject may be the one a later he, she or it in the sentence refers to ("After Trump won, he said"). */
export const SUBORDINATORS = ['after', 'before', 'since', 'if', 'because', 'although', 'though', 'once', 'until', 'whether', 'unless'];

/**
 * Reporting verbs that end a role phrase: a phrase read back from a later noun never runs over one ("The banker said
 * officials have stressed ...", "a spokesman for Montreal-based Dominion called the report"): the words before it are
 * one speaker's, those after another's. Only forms that are no noun or modifier in a role phrase.
 */
export const PHRASE_BREAK_VERBS = `said says told tells added adds called quoted wrote writes stated noted insisted
stressed explained declared asserted argued warned`.trim().split(/\s+/);

/** Words inside a capitalised name in a role phrase ("a Council for Economic Planning and Development spokesman"): the
 * name counts as one of the phrase's words (`QUOTE_LIMITS.rolePhraseWords`). */
export const NAME_RUN_LINKS = ['of', 'and', 'for', '&'];

/** Titles written before a name that hold one of those roles ("Sen. Marco Rubio" is "the senator"). */
export const ROLE_TITLES: Record<string, string[]> = {
  senator: ['sen', 'sen.', 'senator'],
  governor: ['gov', 'gov.', 'governor'],
  president: ['president'],
  mayor: ['mayor'],
  secretary: ['secretary'],
  judge: ['judge'],
  justice: ['justice'],
  chancellor: ['chancellor'],
  minister: ['minister'],
  congressman: ['rep', 'rep.', 'congressman'],
  congresswoman: ['rep', 'rep.', 'congresswoman'],
  // (a person's role noun of UNNAMED_ROLES too: "the U.S. Ambassador said" is "U.S. Ambassador to GATT Michael Samuels",
  // read with the post after the title, ROLE_TITLE_POSTS)
  ambassador: ['ambassador'],
};

/** Words linking a title to its post between the title and the name ("Ambassador to GATT Michael Samuels", "Ambassador
 * to the United Nations ..."): read only for a person's role noun of `UNNAMED_ROLES` with a `ROLE_TITLES` row. */
export const ROLE_TITLE_POSTS = ['to'];

/**
 * The offices a role word with a nationality stands for ("the Russian leader said": one the text titled "President",
 * "Premier", "Prime Minister", "Chancellor" or "King"), as the title words written before a name (TITLE_BEFORE's folded
 * words; "Prime Minister" by "prime"). Read only when the text described no one with the nationality (quotes56).
 */
export const ROLE_OFFICES: Record<string, string[]> = {
  leader: ['president', 'premier', 'prime', 'chancellor', 'king', 'queen'],
  premier: ['premier', 'prime'],
};

/** A role phrase's party words and the letter of a party-state tag after a name that holds them ("the Senate Democratic
 * leader" is "Senate Minority Leader Harry M. Reid (D-Nev.)"; quotes56). */
export const PARTY_LETTERS: Record<string, string> = { democratic: 'D', democrat: 'D', republican: 'R', independent: 'I' };

/** Words that end a noun phrase of names: its next name is someone else ("said Smith and Jones", "Smith, who ..."). */
export const PHRASE_ENDERS = ['and', 'or', 'nor', 'but', 'who', 'whom', 'whose', 'which', 'that', 'while', 'as', 'if', 'because'];

/** Lower-case words that modify a role before a name ("Republican presidential candidate Jeb Bush", "longtime aide ..."). */
export const ROLE_MODIFIERS = `presidential vice-presidential gubernatorial senatorial congressional mayoral senior top chief
deputy acting longtime retired`.trim().split(/\s+/);

/** Title words that make another role of the one after them: "Vice President Mike Pence" is not "the president". */
export const ROLE_CHANGERS = ['vice', 'deputy', 'assistant', 'under', 'associate', 'lieutenant', 'lt.', 'vice-president'];

/** Dashes that put a speaker's name after a quote ("..." ― Sonya Herridge), as in collected reactions. */
export const ATTRIBUTION_DASHES = ['―', '—', '–', '-', '--'];

/** The distances and windows the quote reader works within. */
export const QUOTE_LIMITS = {
  /** characters after a quote's close read for "according to" and the document it names before its author */
  accordingChars: 90,
  /** a pronoun refers to someone named at most this many sentences back */
  pronounSentences: 6,
  /** an untyped name ("other") may be a pronoun's referent only this close */
  pronounUntypedSentences: 1,
  /** a sentence back costs this much against being the subject or a speaker when resolving a pronoun */
  pronounSentenceCost: 1,
  pronounSpeakerBonus: 1.5,
  pronounSubjectBonus: 1,
  /** a role phrase that spoke ("one dealer said") is a "he" or "she" only this close: further back, the pronouns between
   * have most often gone back to someone named ("a spokesman said ... . He was quoted by the Irish magazine ...") */
  pronounUnnamedSentences: 2,
  /** a name after a preposition or a verb of telling ("loyalty to Mr. Trump") is seldom the one referred to */
  pronounObjectCost: 0.5,
  /** an untyped name, when a typed one is near, loses by this much */
  pronounUntypedCost: 0.5,
  /** a "he" / "she" that finds no one within `pronounSentences` refers to whom the same pronoun at most this many
   * sentences before it refers to, outside quotes ("Rakeyia Scott ... "...," she says. ¶ She then urges ... . ... she
   * becomes increasingly upset ... . "...," she yells"), followed back at most `pronounChainHops` times */
  pronounChainSentences: 2,
  pronounChainHops: 4,
  /** tokens read after a closing mark looking for the attributing verb */
  afterClauseTokens: 60,
  afterClauseWords: 40,
  /** a clause after a quote that runs into the next quote within this many characters may introduce that one */
  introChars: 80,
  /** lower-case words of a role between a passive verb's "by" and its doer's name ("by state attorney Dave Aronberg") */
  doerRoleWords: 3,
  /** a standalone quote goes on from the previous quote at most this many sentences on (open-ended: more) */
  continueSentences: 2,
  continueSentencesOpen: 3,
  /** a noun phrase after a speech verb runs from name to name over at most this many words ("Concord resident") */
  phraseGapWords: 4,
  /** a quote left open runs on through at most this many paragraphs without marks to the one that closes it */
  openParagraphs: 3,
  /** a headline's name that the article does not go on to use speaks only if it has at most this many words */
  headlineNameWords: 3,
  /** a speaker's name has at most this many words (a title, given names, a surname) */
  nameWords: 5,
  /** a sentence whose quotes are all this short or shorter ("called it "an incredibly significant development."") may still introduce the next quote */
  scareQuoteChars: 40,
  /** a role phrase that speaks ("the former Florida governor") has at most this many words with its "the" */
  rolePhraseWords: 5,
  /** ... and, its names counted as one word, at most this many tokens ("A Ministry of Foreign Economic Relations and Trade
   * official") */
  rolePhraseTokens: 12,
  /** ... and what follows its noun's link word ("a dealer for| a German bank in London") at most this many tokens */
  roleLinkTokens: 10,
  /** a sentence with at least this share of capitalised words is set in title case (a headline): its capitals tell nothing */
  titleCaseShare: 0.6,
  /** a run of at most this many capitalised words in quotes is a title of a work, not a quote */
  titleMaxWords: 5,
};
