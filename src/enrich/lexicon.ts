// The data tables turned into fast lookups (built once, on first use).
import { fold } from '../common/normalize.ts';
import { TITLE_WORDS, TITLE_PAIRS, PORTFOLIO_WORDS, ROLE_WORDS, APPOSITIVE_PERSON_WORDS } from './data/titles.ts';
import { ORG_HEADS, ORG_ONLY_HEADS, PLACE_HEADS, KNOWN_ORGS, CONNECTED_ORGS, WEEKDAY_OUTLETS, OUTLET_NOUNS, COMPANY_NOUNS, VESSEL_NOUNS, POSSESSIVE_ORGS, LEGAL_FORMS, ORG_HEAD_ENDINGS, NOT_ORG_COMPOUNDS, SYNDICATE_QUALIFIERS, SYNDICATE_ROLES, AFTER_LEGAL_FORM, TEAM_NICKNAMES, UNIT_COUNTRIES, REGION_QUALIFIERS } from './data/orgs.ts';
import { COUNTRIES, PEOPLES, PLACE_NOUNS, PLACES, SHARED_STATE_NAMES, STATES } from './data/places.ts';
import { GIVEN_NAMES, MORE_GIVEN_NAMES, COMMON_GIVEN_NAMES, COMMON_FEMALE_GIVEN_NAMES, FEMALE_GIVEN_NAMES, EITHER_GIVEN_NAMES } from './data/given-names.ts';
import { NAME_OPENERS, NAME_OPENING_STARTERS, OPENED_NAMES, NAME_TAILS, HYPHEN_LIST_NOUNS, HYPHEN_NOT_NAME_PARTS, HYPHEN_PAIR_NOUNS, NOT_NAMES, SENTENCE_STARTERS, SHOUTED_FUNCTION_WORDS, TABLE_LABELS, PARTY_POSTAL_STATES } from './data/words.ts';
import { monthAbbreviations, monthNames, weekdayNames } from '../common/calendar.ts';
import { SPEECH_VERBS, SPEECH_AUXILIARIES, LISTENER_VERBS, NOT_SUBJECT_BEFORE, MEDIA_NAMES, GROUP_WORDS, ROLE_MODIFIERS } from './data/speech.ts';
import { isStopWord } from '../common/stopwords.ts';
import { foldFilter, mayFoldInto } from '../common/foldfilter.ts';
import { tokenize } from './tokens.ts';

// module-level: see src/common/letters.ts (a `\p{…}` literal in a function is built per call)
/** an adverb, gerund or past form */
const DERIVED_FORM = /^\p{L}{2,}(?:ly|ing|ed)$/u;
/** capitals and full stops only ("US", "U.S.") */
const CAPITALS_AND_STOPS = /^[\p{Lu}.]+$/u;

export interface Lexicon {
  titles: Set<string>;
  /** two-word titles, folded, one space between */
  titlePairs: Set<string>;
  /** what follows a space in a title pair ("member", "advocate"): a pair's second word is surely one of these */
  titlePairEnds: Set<string>;
  portfolios: Set<string>;
  roles: Set<string>;
  /** lower-case words that modify a role before a name ("presidential" in "Republican presidential candidate Jeb Bush") */
  roleModifiers: Set<string>;
  appositives: Set<string>;
  orgHeads: Set<string>;
  /** org heads that are no one's surname */
  orgOnlyHeads: Set<string>;
  /** major league teams' nicknames ("colts"): last in a name, a team's */
  teamNicknames: Set<string>;
  /** a company's legal form (Corp, Inc, AG): the word before it is a name */
  legalForms: Set<string>;
  /** endings of compounds that head an organisation's name (-bank) */
  orgHeadEndings: string[];
  notOrgCompounds: Set<string>;
  placeHeads: Set<string>;
  /** `orgHeads` and `placeHeads`' bit table: headOf asks it of the words of every run, nearly none a head */
  headBits: Uint32Array;
  /** lower-case nouns for a kind of place ("town", "island"): "the town of Zarand" */
  placeNouns: Set<string>;
  /** states and provinces by name and abbreviation: after a name's comma they make the name a town there */
  states: Set<string>;
  /** a state's or province's abbreviation (its full stop kept: "fla.") to its name ("florida"); none for a state
   * whose name also names a city or a country (SHARED_STATE_NAMES: "Wash." is not Washington, D.C.) */
  stateNames: Map<string, string>;
  /** lower-case nouns for a news outlet before its name ("the daily al-Ittihad") */
  outletNouns: Set<string>;
  /** lower-case nouns for a company before its name ("the oil company Ecopetrol") */
  companyNouns: Set<string>;
  vesselNouns: Set<string>;
  knownOrgs: Set<string>;
  /** `knownOrgs`' bit table: each run's text is asked, most are none */
  knownOrgBits: Uint32Array;
  /** `CONNECTED_ORGS` by their first word, folded, longest first */
  connectedOrgs: Map<string, string[]>;
  /** their first words' bit table (foldfilter.ts): most capitalised words are told apart without a folded copy */
  connectedOrgBits: Uint32Array;
  /** their names with a capital first letter, the rest in either case: a sentence of ASCII text without a match holds none */
  connectedOrgText: RegExp;
  /** a known organisation's words up to a possessive inside it ("moody's" of "moody's investors service"): the
   * possessive goes on with the name */
  possessivePrefixes: Set<string>;
  /** a bank's role in a syndicate ("lead manager"): the role words and the words before them */
  syndicateRoles: Set<string>;
  syndicateQualifiers: Set<string>;
  /** name words that go on after a legal form's full stop ("Co. International") */
  afterLegalForm: Set<string>;
  /** folded countries whose name after an organisation's names its unit there ("Ford Canada") */
  unitCountries: Set<string>;
  /** folded region qualifiers before a country ("Central America") */
  regionQualifiers: Set<string>;
  /** folded place name or variant -> canonical folded name */
  places: Map<string, string>;
  /** `places`' bit table (placeOf's names: a run's words and its whole text) */
  placeBits: Uint32Array;
  /** folded countries' names as `places` gives them */
  countries: Set<string>;
  /** folded demonym -> folded country */
  demonyms: Map<string, string>;
  /** peoples and parties' members with no country (`PEOPLES`): demonyms of none */
  peoples: Set<string>;
  givenNames: Set<string>;
  notNames: Set<string>;
  /** `notNames`' bit table (foldfilter.ts): most capitalised words are told apart from them without a folded copy */
  notNameBits: Uint32Array;
  /** not-names that end a name after a name word */
  nameTails: Set<string>;
  /** capitalised parts of a hyphenated adjective or region ("franco" of "Franco-German", "mid" of "Mid-West") */
  hyphenNotNameParts: Set<string>;
  /** nouns after "X-Y" that make it a pair of names ("race" of "the Clinton-Trump race") */
  hyphenPairNouns: Set<string>;
  /** nouns after "X-Y-Z" that make it a list of makes ("plant" of "the Buick-Oldsmobile-Cadillac plant") */
  hyphenListNouns: Set<string>;
  /** not-names that open a known place or organisation, or one with a head ("Soviet Union", "Communist Party") */
  nameOpeners: Set<string>;
  /**
   * any of `nameOpeners` in a text, its first letter a capital and the others of any case ("West", "SOVIET"; inside
   * words too): an opener opens a capitalised word, so an ASCII text with no match holds none
   */
  nameOpenerText: RegExp;
  /** names an opener opens that are no place or organisation ("West Texas Intermediate"), folded */
  openedNames: Set<string>;
  /** a wire table's row labels: stripped from either end of a name */
  tableLabels: Set<string>;
  /** `tableLabels`' bit table: asked of each run's first and last word, nearly none a label */
  tableLabelBits: Uint32Array;
  /** function words in a headline's capitals: a shouted run of them alone names nothing */
  shoutedFunctionWords: Set<string>;
  starters: Set<string>;
  nameOpeningStarters: Set<string>;
  speechVerbs: Set<string>;
  auxiliaries: Set<string>;
  /** given names read as a woman's; those in `eitherNames` give no gender */
  femaleNames: Set<string>;
  eitherNames: Set<string>;
  listenerVerbs: Set<string>;
  notSubjectBefore: Set<string>;
  media: Set<string>;
  groupWords: Set<string>;
}

let lexicon: Lexicon | null = null;

/** A regex of the (lower-case, ASCII) words with a capital first letter, the rest in either case: "west" -> W[eE][sS][tT]
 * (a case-blind regex tries every letter of a text; this one only its capitals, twice as fast on Reuters' sentences). */
function capitalisedAnyCase(words: string[]): RegExp {
  const letter = (c: string) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : `\\${c}`);
  return new RegExp(words.map((w) => w[0].toUpperCase() + [...w.slice(1)].map(letter).join('')).join('|'));
}

const lower = (xs: string[]) => new Set(xs.map((x) => fold(x)));

/** Every text that follows a space in one of the phrases: "a b" is a phrase only if "b" is one of these. */
function afterSpaces(phrases: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) for (let at = p.indexOf(' '); at >= 0; at = p.indexOf(' ', at + 1)) out.add(p.slice(at + 1));
  return out;
}

const POSSESSIVE_END = /['’]s$/u;

/** The known organisations, folded, and those ending in a possessive also without it ("standard and poor"): the
 * finder strips a name's last possessive; those known by their possessive only as written ("moody's"). */
function knownOrgNames(): Set<string> {
  const names = lower([...KNOWN_ORGS, ...CONNECTED_ORGS, ...WEEKDAY_OUTLETS]);
  for (const n of [...names]) if (POSSESSIVE_END.test(n)) names.add(n.replace(POSSESSIVE_END, ''));
  // (known with the possessive only: "Moody's")
  for (const n of POSSESSIVE_ORGS) names.add(n);
  return names;
}

/** `CONNECTED_ORGS` folded, keyed by their first word as the tokenizer reads it, longest first. */
function connectedOrgsByFirst(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of lower(CONNECTED_ORGS)) {
    const first = tokenize(name)[0].text;
    out.set(first, [...(out.get(first) ?? []), name]);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
}

/** Each known organisation's words up to a possessive inside it, folded ("moody's"). */
function possessivePrefixes(): Set<string> {
  const out = new Set<string>();
  for (const n of lower(KNOWN_ORGS)) {
    const ws = n.split(' ');
    for (let i = 0; i < ws.length - 1; i++) if (POSSESSIVE_END.test(ws[i])) out.add(ws.slice(0, i + 1).join(' '));
  }
  return out;
}

export function lex(): Lexicon {
  if (lexicon) return lexicon;
  const places = new Map<string, string>();
  const demonyms = new Map<string, string>();
  const countries = new Set<string>();
  for (const entry of COUNTRIES.split('|').map((s) => s.trim()).filter(Boolean)) {
    const [names, dem = ''] = entry.split(':');
    const variants = names.split('=');
    countries.add(variants[0]);
    for (const v of variants) places.set(v, variants[0]);
    for (const d of dem.split(',').filter(Boolean)) demonyms.set(d, variants[0]);
  }
  for (const entry of PLACES.split('|').map((s) => s.trim()).filter(Boolean)) {
    const variants = entry.split('=');
    for (const v of variants) places.set(v, variants[0]);
  }
  const connectedOrgs = connectedOrgsByFirst();
  const orgHeads = lower(ORG_HEADS);
  const placeHeads = lower(PLACE_HEADS);
  const knownOrgs = knownOrgNames();
  const notNames = lower([...NOT_NAMES, ...monthNames('en'), ...weekdayNames('en'), ...[...monthAbbreviations('en').keys()].map((m) => `${m}.`), 'no.', 'nos.']);
  lexicon = {
    titles: lower(TITLE_WORDS),
    titlePairs: lower(TITLE_PAIRS),
    titlePairEnds: afterSpaces(lower(TITLE_PAIRS)),
    portfolios: lower(PORTFOLIO_WORDS),
    roles: lower(ROLE_WORDS),
    roleModifiers: lower(ROLE_MODIFIERS),
    appositives: lower(APPOSITIVE_PERSON_WORDS),
    orgHeads,
    orgOnlyHeads: lower(ORG_ONLY_HEADS),
    teamNicknames: lower(TEAM_NICKNAMES),
    legalForms: lower(LEGAL_FORMS),
    orgHeadEndings: ORG_HEAD_ENDINGS,
    notOrgCompounds: lower(NOT_ORG_COMPOUNDS),
    placeHeads,
    headBits: foldFilter([...orgHeads, ...placeHeads]),
    placeNouns: lower(PLACE_NOUNS),
    states: new Set(STATES.flat()),
    stateNames: new Map([
      ...STATES.filter(([name]) => !SHARED_STATE_NAMES.includes(name)).flatMap(([name, ...short]) => short.map((a) => [a, name] as const)),
      // (a postal code is typed a place only after a party letter: "D-CT" is Connecticut's)
      ...PARTY_POSTAL_STATES.filter(([, name]) => !SHARED_STATE_NAMES.includes(name)).map(([code, name]) => [`${code.toLowerCase()}.`, name] as const),
    ]),
    outletNouns: lower(OUTLET_NOUNS),
    companyNouns: lower(COMPANY_NOUNS),
    vesselNouns: lower(VESSEL_NOUNS),
    knownOrgs,
    knownOrgBits: foldFilter(knownOrgs),
    connectedOrgs,
    connectedOrgBits: foldFilter(connectedOrgs.keys()),
    connectedOrgText: capitalisedAnyCase([...connectedOrgs.values()].flat()),
    possessivePrefixes: possessivePrefixes(),
    syndicateRoles: lower(SYNDICATE_ROLES),
    syndicateQualifiers: lower(SYNDICATE_QUALIFIERS),
    afterLegalForm: lower(AFTER_LEGAL_FORM),
    unitCountries: lower(UNIT_COUNTRIES),
    regionQualifiers: lower(REGION_QUALIFIERS),
    places,
    placeBits: foldFilter(places.keys()),
    demonyms,
    peoples: new Set(PEOPLES),
    countries,
    givenNames: lower([...GIVEN_NAMES, ...MORE_GIVEN_NAMES, ...COMMON_GIVEN_NAMES, ...COMMON_FEMALE_GIVEN_NAMES]),
    notNames,
    notNameBits: foldFilter(notNames),
    nameTails: lower(NAME_TAILS),
    hyphenNotNameParts: lower(HYPHEN_NOT_NAME_PARTS),
    hyphenPairNouns: lower(HYPHEN_PAIR_NOUNS),
    hyphenListNouns: lower(HYPHEN_LIST_NOUNS),
    nameOpeners: lower(NAME_OPENERS),
    nameOpenerText: capitalisedAnyCase(NAME_OPENERS),
    openedNames: lower(OPENED_NAMES),
    tableLabels: lower(TABLE_LABELS),
    tableLabelBits: foldFilter(lower(TABLE_LABELS)),
    shoutedFunctionWords: lower(SHOUTED_FUNCTION_WORDS),
    starters: lower(SENTENCE_STARTERS),
    nameOpeningStarters: lower(NAME_OPENING_STARTERS),
    speechVerbs: lower(SPEECH_VERBS),
    auxiliaries: lower(SPEECH_AUXILIARIES),
    femaleNames: lower([...FEMALE_GIVEN_NAMES, ...COMMON_FEMALE_GIVEN_NAMES]),
    eitherNames: lower(EITHER_GIVEN_NAMES),
    listenerVerbs: lower(LISTENER_VERBS),
    notSubjectBefore: lower(NOT_SUBJECT_BEFORE),
    media: lower(MEDIA_NAMES),
    groupWords: lower(GROUP_WORDS),
  };
  return lexicon;
}

/** The place a name is, if the gazetteer knows it; short variants ("US", "UK") only in capitals ("Us" is a magazine). */
export function placeOf(name: string): string | undefined {
  // (most names are no place: told by the bit table, no folded copy made)
  if (!mayFoldInto(lex().placeBits, name)) return undefined;
  const f = fold(name);
  // (a name of more than three characters and no full stop is no short variant: told without the replace)
  if ((f.length <= 3 || f.includes('.')) && f.replace(/\./g, '').length <= 3 && !CAPITALS_AND_STOPS.test(name)) return undefined;
  return lex().places.get(f);
}

/** A listed starter or a stop word ("Now", "The"), not a word read as one by its ending only ("Carling"). */
export function isListedStarter(word: string): boolean {
  const w = fold(word);
  return lex().starters.has(w) || isStopWord(w, 'en');
}

/** A common English word at the start of a sentence ("However", "Adding", "Especially"). */
export function isCommonStarter(word: string): boolean {
  const w = fold(word);
  const L = lex();
  return L.starters.has(w) || isStopWord(w, 'en') || DERIVED_FORM.test(w) && !L.givenNames.has(w);
}
