// Named-entity mentions in one sentence: capitalised token runs, cleaned of titles, possessives and
// sentence-initial common words, typed by cues from the data tables and the words around them.
import type { EntityType, Mention } from '../model.ts';
import { fold } from '../common/normalize.ts';
import { tokenize, isAllCaps, hasPossessive, possessiveStem, stripPossessive, type Token } from './tokens.ts';
import { lex, isCommonStarter, isListedStarter, placeOf, type Lexicon } from './lexicon.ts';
import { LOWER_FIRST, upperFirst } from '../common/letters.ts';
import { foldOpenings, mayFoldInto, mayFoldOpen } from '../common/foldfilter.ts';
import {
  BODY_OFFICER_TITLES,
  GIVEN_NAME_POSITIONS,
  HONORIFIC_GENDERS,
  PERSONAL_TITLES,
  OFFICER_TITLE_OPENERS,
  POSITION_LETTERS,
  RANK_PREFIXES,
  SPACED_NAME_SUFFIXES,
} from './data/titles.ts';
import { HYPHEN_PARTICLES, PARTICLES_IN_A_ROW, SPACED_PARTICLES } from './data/particles.ts';
import {
  AWARD_TAILS,
  COMPANY_HEADS,
  GIVEN_NAME_STREETS,
  LAW_TAILS,
  OUTLET_NOUNS_AFTER,
  OUTLET_PAIRS_AFTER,
  PORTFOLIO_LIST_HEADS,
  ROMANCE_CONNECTORS,
  ROMANCE_ORG_HEADS,
  WEEKDAY_OUTLETS,
} from './data/orgs.ts';
import {
  GRADE_AFTER_WORDS,
  GRADE_BEFORE_WORDS,
  LETTER_AFTER_WORDS,
  LETTER_PAIR_HEADS,
  LETTER_PAIR_NOT_BEFORE,
  LETTER_PAIR_TERMS,
  TERM_ACRONYMS,
  BODY_NOUNS,
  OFFICE_TERM_NOUNS,
  OFFICE_HEAD_WORDS,
  COUNTRY_CAPITALISED_NOUNS,
  INITIALS_COMPANY_WORDS,
  BODY_HEADS_AFTER_INITIALS,
  SHOUTED_HEADLINE_WORDS,
  GIVEN_NAME_SURNAMES,
  NAME_CLOSERS,
  NAME_AND_TERMS,
  NOTCHED_GRADES,
  NUMBERED_PARTS,
  PARTY_BODY_HEADS,
  PARTY_LETTERS,
  PARTY_POSTAL_STATES,
  PARTY_OPENERS,
  PARTY_WORDS,
  PARTY_WORD_OPENERS,
  POSSESSIVE_HEADS,
  STREET_HEADS,
  RATING_GRADES,
  RATING_NOTCHES,
  ROMAN_NUMERALS,
  TABLE_FILLERS,
  THING_NAME_ENDS,
  CHAIN_NOUNS,
  COMPANY_NOUNS_AFTER,
  WORK_NOUNS_AFTER,
  TRIM_FORMS,
  SURNAME_SUBJECT_AUXILIARIES,
  SURNAME_SUBJECT_PAST,
  ROLE_APPOSITIVE,
} from './data/words.ts';
import { NUMBER_WORDS } from '../common/numbers.ts';
import { monthAbbreviations, monthNames } from '../common/calendar.ts';
import { TOWN_HEADS, UNDOTTED_STATES } from './data/places.ts';
import { UNNAMED_ROLES } from './data/speech.ts';

// module-level: see src/common/letters.ts (a `\p{…}` literal in a function is built per call)
/** an upper-case letter, then a lower-case one */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** an adverb in -ly ("King emphatically told") */
const ADVERB = /^\p{Ll}+ly$/u;
/** three or more lower-case letters */
const LOWER_WORD = /^\p{Ll}{3,}$/u;
/** initials ("J.", "U.S.") */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
/** a letter or digit (a word goes on) */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Lower-case words allowed inside a name when it already has an organisation or place head. */
const CONNECTORS = new Set(['of', 'for', 'the', 'on', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der', 'den', 'da', 'di', 'del', 'y']);
/** A French connector elided onto the name word after it ("Cie Generale d'Electricite", "Banque Francaise de
 * l'Agriculture"): inside a name with a head it is a connector and a name word in one. */
const ELIDED_NAME_WORD = /^[dl]['’]\p{Lu}\p{Ll}/u;
/**
 * Words that join two parts of one company's name when the part after them ends in a legal form ("Global Mining and
 * Industrial Corp", "Merrill Lynch and Co Inc", "Tate & Lyle Plc"); at most `COMPANY_CONJUNCT_WORDS` name words on either side
 * of it, but for legal forms.
 */
const COMPANY_CONJUNCTIONS = new Set(['and', '&']);
const COMPANY_CONJUNCT_WORDS = 2;
/** Suffixes after a hyphen that leave the capitalised part a name ("Washington-based", "Kremlin-backed"). */
const NAME_HYPHEN_SUFFIX =
  /^(based|led|backed|born|made|run|owned|controlled|held|bound|style|era|area|linked|allied|friendly|leaning|installed|appointed|sponsored)$/;
/** Punctuation after which a capitalised word may be capitalised only because a sentence or quote starts. */
// (a horizontal bar too, as a dateline's dash: "WASHINGTON ― In a stinging blow")
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', ';', '"', '“', '‘', "'", '(', '—', '–', '―', '«', '„']);
/** ... and a hyphen with a space either side, the wires' dash ("Georgia Gulf Corp <GGLF> - Offering of four mln shares") */
const SPACED_DASH = '-';
/** Whether the hyphen before `first` -- or two hyphens after a dateline's capitals, a typed dash ("WASHINGTON -- In
 * the wake of"; not "three other U.S. possessions -- American Samoa") -- has a space either side and a word of capital
 * and small letters after it (a headline's capitals after it are a name as often: "CORRECTION - HEINEKEN 1986 YEAR"). */
function spacedDash(tokens: Token[], first: number): boolean {
  let dash = first - 1;
  if (tokens[dash - 1]?.text === SPACED_DASH && tokens[dash - 1].end === tokens[dash].start) {
    dash--;
    const before = tokens[dash - 1];
    if (before?.kind !== 'word' || !isAllCaps(before.text)) return false;
  }
  return tokens[dash].start > (tokens[dash - 1]?.end ?? -1) && tokens[first].start > tokens[first - 1].end && CAPITALISED.test(tokens[first].text);
}
const OUTLET_NOUN_AFTER = new Set(OUTLET_NOUNS_AFTER);
const OUTLET_PAIR_AFTER = new Set(OUTLET_PAIRS_AFTER);
/** Whether an outlet's lower-case noun, or pair of nouns, follows the name ending at `last` ("Business Day newspaper",
 * "Notimex news agency"). */
function outletNounAfter(tokens: Token[], last: number): boolean {
  const after = tokens[last + 1];
  if (after?.kind !== 'word' || !LOWER_FIRST.test(after.text)) return false;
  const noun = fold(after.text);
  return OUTLET_NOUN_AFTER.has(noun) || (tokens[last + 2]?.kind === 'word' && OUTLET_PAIR_AFTER.has(`${noun} ${fold(tokens[last + 2].text)}`));
}
/** A word of an office's title ("General" of "Deputy General Manager"). */
function officeWord(L: Lexicon, word: string): boolean {
  const f = fold(word);
  return L.appositives.has(f) || L.titles.has(f) || L.roles.has(f);
}
const POSITION_LETTER = new Set(POSITION_LETTERS);
const GIVEN_NAME_POSITION = new Set(GIVEN_NAME_POSITIONS);
/** an age written as a word before a name at a sentence's start ("Twenty-year-old Andrew Lopez", "32-year-old") */
const AGE_CALLING = /^[\p{L}\d]+(?:-[\p{L}]+)?-years?-old$/iu;
/**
 * Whether the run's word `k` is a calling written before the name after it that the title tables have no room for: a
 * team's position in capitals before a full name ("CB Vontae Davis"), an age ("Sixteen-year-old Kimani Gray"), or a position that is an
 * ordinary word too before a given name ("Safety Malcolm Jenkins").
 */
function callingBefore(L: Lexicon, words: Word[], k: number): boolean {
  const w = words[k].text;
  // (the letters before a full name only: "TE Data", "TE North" are Telecom Egypt's)
  if (POSITION_LETTER.has(w)) return words.length - k > 2;
  if (AGE_CALLING.test(w)) return true;
  return upperFirst(w) && GIVEN_NAME_POSITION.has(fold(w)) && k + 1 < words.length && L.givenNames.has(fold(words[k + 1].text));
}
/** an indefinite article: "a Bridgeport newspaper" is one of that place's */
const INDEFINITE = new Set(['a', 'an']);
/** Words that start a new clause after a comma, not an appositive. */
const NOT_APPOSITIVE = new Set([
  'and',
  'or',
  'but',
  'who',
  'which',
  'that',
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'said',
  'says',
  'told',
  'while',
  'when',
  'where',
  'as',
  'if',
  'so',
  'then',
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'in',
  'on',
  'at',
]);
/** Marks around a quoted title ("American Pie"). */
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', '«', '»']);
/** Prepositions after which a bare name is likely a place. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'near', 'across', 'outside', 'inside', 'into', 'towards', 'toward', 'around', 'via']);
/** Verbs whose object, when a name, is a news outlet ("told The Economist"). */
const MEDIA_VERBS = new Set(['told', 'tells', 'tell', 'advised', 'informed']);

/** Speech verbs whose subject is a person more often than not (the quote reader uses the full table). */
const TYPING_SPEECH = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'mentioned',
  'stated',
  'noted',
  'explained',
  'insisted',
  'argued',
  'warned',
  'recalled',
  'advised',
  'replied',
]);

/** How strongly each cue speaks for its type, when all the mentions of a story vote. */
export const CUE_WEIGHTS: Record<string, number> = Object.assign(Object.create(null), {
  gazetteer: 6,
  'org-head': 4,
  'place-head': 4,
  /** an owner's possessive before a shop's head ("Sam's Club") */
  'owner-head': 4,
  /** an organisation's name then a country's ("Ford Canada", "Statistics Canada"): its unit there */
  'country-unit': 4,
  title: 5,
  role: 3,
  appositive: 3,
  /** an age set off after a full name ("Gisela Grimm, 67, a retiree") */
  age: 3,
  /** a bank's role in a bond syndicate before its name ("lead manager First Boston") */
  syndicate: 3,
  /** a person's name before "of" and an organisation ("Francesca Grifo of the Union of Concerned Scientists") */
  affiliation: 2,
  /** a quoted nickname between a given name and a surname (Vincent "The Chin" Gigante) */
  nickname: 3,
  'place-noun': 3,
  /** a state or province after the name's comma ("Des Moines, Iowa") */
  locality: 3,
  'given-name': 2,
  /** a person's particle inside the name ("Osama bin Laden", "Bashar al-Assad", `data/particles.ts`) */
  particle: 2,
  media: 2,
  /** a news outlet's noun before the name ("the daily al-Ittihad said") */
  outlet: 3,
  /** a company's noun before the name ("the oil company Ecopetrol said") */
  'company-noun': 3,
  /** a company's noun ending an apposition after the name ("Petro-Canada, Canada's state-owned oil company, said"): it
   * says what the name is, as a head does */
  'company-appositive': 4,
  /** a law's last word ("Financial Services Act"): no type but other, no vote */
  law: 0,
  /** an award's last word ("Tony Awards", "Nobel Prize"): no type but other, no vote */
  award: 0,
  /** a team named after its place ("Indianapolis Colts") */
  team: 4,
  /** letters joined by "and", as the wires write an ampersand ("B and D", "LL and E Royalty Trust") */
  letters: 3,
  /** a listed company's ticker in angle brackets after the name ("Tekelec <TKLC>") */
  ticker: 4,
  speech: 1,
  preposition: 1,
  acronym: 2,
  /** a surname before a term of office ("the Reagan administration": `OFFICE_TERM_NOUNS`) */
  office: 2,
  /** an acronym of a thing, no body ("GNP", "LIBOR", "CIF": `TERM_ACRONYMS`) */
  term: 4,
  /** a company's own noun after one name ("former Airco employees": `COMPANY_NOUNS_AFTER`); read at linking as a short name */
  owned: 3,
  /** a work's noun after its title ("in the X-Men movies": `WORK_NOUNS_AFTER`): no type but other, no vote */
  work: 0,
  /** a chain's noun ending the name or after it ("Zayre Stores", "T.J. Maxx stores": `CHAIN_NOUNS`) */
  chain: 3,
  /** a plural common noun ending the name ("Bishop Buffets", "Major Market Index"): a chain's, body's or product's */
  plural: 2,
  none: 0,
  initial: 0,
  /** a ship's noun before the name ("the liner Wilhelm Gustloff"): read, and no vote for any type */
  vessel: 0,
  /** a coined company name that speaks ("USAir said", "WikiLeaks said"), read at linking: an organisation's vote */
  coined: 1,
  /** a short name that speaks and opens two companies' names ("Prudential Bache said"), read at linking: an organisation's vote */
  companies: 1,
});

/** A mention with where it is in the sentence text and the cue that typed it. */
export interface NameMention extends Mention {
  start: number;
  end: number;
  cue: string;
}

interface Word {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

/** a contraction's ending ("They're", "We'll") */
const CONTRACTION = /['’](?:re|ll|ve|d|m|t)$/;

/** `CONTRACTION.test(word)`, asked only when a mark stands second or third from the end (most words have none) */
function isContraction(word: string): boolean {
  const n = word.length;
  const a = word.charCodeAt(n - 2);
  const b = word.charCodeAt(n - 3);
  return (a === 39 || a === 0x2019 || b === 39 || b === 0x2019) && CONTRACTION.test(word);
}

// (`notNames` asked only where its bit table lets the word in: no folded copy made of the rest)
const isNameWord = (t: Token): boolean =>
  t.kind === 'word' && (upperFirst(t.text) ? !isContraction(t.text) && !isNotName(possessiveStem(t.text)) : particleSurname(possessiveStem(t.text)) !== null);

/** A table's row label ("Shr", "Mths"), asked where its bit table lets the word in (no folded copy of the rest). */
function isTableLabel(word: string): boolean {
  const L = lex();
  return mayFoldInto(L.tableLabelBits, word) && L.tableLabels.has(fold(word));
}

function isNotName(stem: string): boolean {
  const L = lex();
  return mayFoldInto(L.notNameBits, stem) && L.notNames.has(fold(stem));
}

/** what HONORIFIC_GENDERS' titles open with ("Mr", "Mrs", "Ms", "Miss"): most words before a capitalised word open otherwise */
const HONORIFIC_OPENINGS = foldOpenings(Object.keys(HONORIFIC_GENDERS));

/**
 * A word of `NOT_NAMES` right after a courtesy title is a surname ("Mr. English", "Dr. Christian"): the title names a
 * person, so the word after it is no adjective of region or creed.
 */

function honorificSurname(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t.kind !== 'word' || !prev || prev.kind !== 'word' || !upperFirst(t.text) || isContraction(t.text)) return false;
  if (text.slice(prev.end, t.start) !== ' ') return false;
  return mayFoldOpen(HONORIFIC_OPENINGS, prev.text) && Object.hasOwn(HONORIFIC_GENDERS, fold(prev.text).replace(/\.$/, ''));
}

const SURNAME_AFTER_GIVEN = new Set(GIVEN_NAME_SURNAMES);
const CLOSES_NAME = new Set(NAME_CLOSERS);

/**
 * Whether the not-name at `j` closes the run's name, a compass word after its name words ("a Norfolk Southern
 * spokesman", "Burlington Northern <BNI>", "Pacific Western's airline unit", "Texas Eastern Transmission"): a word of
 * `NAME_CLOSERS` written with a capital and lower-case letters (no headline's capitals), after a run word that is no
 * article, demonym or sentence's common opening ("The West", "British West Indies", "But Western economists"), and
 * before no demonym nor capitalised not-name ("Total West German consumption", "The North American-made cars"); nor
 * after a country ("U.S. North Pacific", "the U.K. East coast"), nor between a known body and more names ("White House
 * East Room"): the compass word opens a name of its own there.
 */
function closesName(tokens: Token[], runIdx: number[], j: number, initial: boolean): boolean {
  const t = tokens[j];
  if (t.kind !== 'word' || !CAPITALISED.test(t.text) || !CLOSES_NAME.has(fold(possessiveStem(t.text)))) return false;
  const before = tokens[runIdx[runIdx.length - 1]].text;
  if (isDemonym(before) || (runIdx.length === 1 && (LEADING_ARTICLE.test(before) || (initial && isCommonStarter(before))))) return false;
  const L = lex();
  const run = runIdx.map((x) => tokens[x].text).join(' ');
  if (L.countries.has(placeOf(run) ?? '')) return false;
  if (possessiveStem(t.text) !== t.text) return true;
  const next = tokens[j + 1];
  if (next?.kind !== 'word' || !upperFirst(next.text)) return true;
  return isNameWord(next) && !isDemonym(next.text.split('-')[0]) && !L.knownOrgs.has(fold(run));
}

/**
 * Whether the not-name at `j` is a surname after the run's last word, a given name that is no place ("Oliver North",
 * "Lt Col Oliver North"; "Jordan West Bank", "Georgia South" are no one's): a word of `GIVEN_NAME_SURNAMES`, no
 * capitalised word after it.
 */
function givenNameSurname(tokens: Token[], runIdx: number[], j: number): boolean {
  const t = tokens[j];
  if (t.kind !== 'word' || !upperFirst(t.text) || !SURNAME_AFTER_GIVEN.has(fold(possessiveStem(t.text)))) return false;
  const given = tokens[runIdx[runIdx.length - 1]].text;
  if (!lex().givenNames.has(fold(given)) || placeOf(given)) return false;
  const next = tokens[j + 1];
  return !(next?.kind === 'word' && upperFirst(next.text));
}

/** Longest particle before a hyphen in `HYPHEN_PARTICLES` ("ash-Shater"). */
const HYPHEN_PARTICLE_LETTERS = 3;

/**
 * The surname a particle joined by a hyphen opens ("al-Assad", "Al-Zawahiri", "el-Sisi" -> "Assad", "Zawahiri",
 * "Sisi"), null for any other word.
 */
export function particleSurname(word: string): string | null {
  // (asked of nearly every lower-case word: a hyphen where a particle's may stand is looked for there first)
  let h = 2;
  while (h <= HYPHEN_PARTICLE_LETTERS && word.charCodeAt(h) !== 45) h++;
  if (h > HYPHEN_PARTICLE_LETTERS) return null;
  const at = word.indexOf('-');
  if (at < 2 || at > HYPHEN_PARTICLE_LETTERS || !HYPHEN_PARTICLES.has(word.slice(0, at).toLowerCase())) return null;
  const rest = word.slice(at + 1);
  return CAPITALISED.test(rest) && !rest.includes('-') ? rest : null;
}

/** A word of particles only ("bin", "van", "al-Assad" is no particle: its surname is in it). */
const isParticle = (word: string) => SPACED_PARTICLES.has(word);

/**
 * Whether a person's particle stands inside a run of name words: a spaced one between two capitalised words ("Osama
 * bin Laden", "Ludwig van Beethoven"), or a hyphened surname in lower case after one ("Bashar al-Assad").
 */
function particledPerson(words: Word[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const w = words[k].text;
    if (k < words.length - 1 && SPACED_PARTICLES.get(w)?.person && upperFirst(words[0].text)) return true;
    if (!upperFirst(w) && particleSurname(w) !== null && upperFirst(words[k - 1].text)) return true;
  }
  return false;
}

/** "Russian", "Russians", "Belarusian", "Kurds": adjectives and nationals, not names. */
export function isDemonym(word: string): boolean {
  const f = fold(word);
  const L = lex();
  if (L.demonyms.has(f) || L.peoples.has(f)) return true;
  return f.endsWith('s') && (L.demonyms.has(f.slice(0, -1)) || L.peoples.has(f.slice(0, -1)));
}

/**
 * A capitalised demonym standing alone as the subject of a speech verb ("Cuban said", "Cuban also said") or as
 * the name after one ("said Cuban."): no determiner before it and no noun after it ("a Cuban said", "said Cuban
 * officials" stay adjectives).
 */
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another', 'this', 'that', 'every', 'each', 'any', 'no']);
function demonymSpeaks(tokens: Token[], first: number, last: number): boolean {
  const L = lex();
  const prev = tokens[first - 1];
  if (prev?.kind === 'word' && (LOWER_FIRST.test(prev.text) || DETERMINERS.has(fold(prev.text))) && !L.speechVerbs.has(fold(prev.text))) return false;
  const k = pastAuxiliaries(L, tokens, last + 1);
  if (tokens[k]?.kind === 'word' && L.speechVerbs.has(fold(tokens[k].text))) return true;
  const next = tokens[last + 1];
  return prev?.kind === 'word' && L.speechVerbs.has(fold(prev.text)) && (!next || next.kind === 'punct');
}

/** Whether the word at `k` is a shouted chain's plural noun (`THING_NAME_ENDS`) or legal form, one space before it. */
function shoutedCompanyAfter(L: Lexicon, tokens: Token[], k: number, text: string): boolean {
  const next = tokens[k];
  if (next?.kind !== 'word' || !spaced(text, tokens, k) || !isAllCaps(next.text)) return false;
  const f = fold(next.text);
  return THING_NAME_END.has(f) || L.legalForms.has(f);
}

/** Most name words after a hyphenated word read for a company's legal form or head ("Prudential-Bache Securities"). */
const HYPHEN_COMPANY_WORDS = 4;

/**
 * Whether a hyphenated capitalised word at `i` is one name, not two: before name words holding a legal form or an
 * organisation's head always ("Prudential-Bache Securities", "Georgia-Pacific Corp"); else when no part is a place,
 * demonym, calendar or region word, title, adjective part (`HYPHEN_NOT_NAME_PARTS`: "Franco-German", "Mid-West") or
 * a name the document also writes alone ("Reagan-Gorbachev" beside "Reagan"), nor are both given names
 * ("Jean-Claude"): "Allis-Chalmers", "Brown-Forman", "Rhone-Poulenc".
 */
/** A capitalised word of `NAME_OPENERS` ("Democratic"), which names nothing alone but goes on to a head after it. */
const isOpenerWord = (L: Lexicon, t: Token) => t.kind === 'word' && upperFirst(t.text) && L.nameOpeners.has(fold(t.text));

function hyphenatedName(parts: string[], tokens: Token[], i: number, text: string, vocabulary: LowerVocabulary): boolean {
  if (parts.length > 3 || !parts.every((p) => CAPITALISED.test(p))) return false;
  const L = lex();
  // (a party's adjective goes on to the head: "Liberal-Social Democratic Alliance")
  for (
    let k = i + 1;
    k < tokens.length && k <= i + HYPHEN_COMPANY_WORDS && spaced(text, tokens, k) && (isNameWord(tokens[k]) || isOpenerWord(L, tokens[k]));
    k++
  ) {
    const { word, possessive } = stripPossessive(tokens[k].text);
    const f = fold(word);
    if (L.legalForms.has(f) || headOf(f) === 'org') return true;
    if (possessive) break;
  }
  if (parts.every((p) => L.givenNames.has(fold(p)))) return false;
  if (namesPairOrList(parts, tokens, i, text, vocabulary)) return false;
  if (placedCompany(L, parts, tokens[i].text, vocabulary)) return true;
  return !parts.some((p) => {
    const f = fold(p);
    return L.hyphenNotNameParts.has(f) || L.notNames.has(f) || L.titles.has(f) || L.places.has(f) || isDemonym(p) || (vocabulary.standsAlone?.(p) ?? false);
  });
}

/**
 * Whether a hyphenated word of two parts, one a place, is a company's name: the document writes it as a company's
 * (before a legal form or head, or right before a speech verb: `writtenAsCompany`) and the other part is no place,
 * demonym, adjective part or title, nor written alone (a given name may be: "Petro-Canada, Canada's state-owned oil company,
 * said" beside "Petro-Canada said": one company, not "Petro" and Canada; "Hydro-Quebec"). Two places
 * ("Iran-Iraq") or a name the document writes alone ("Reagan-Canada talks" beside "Reagan") stay apart.
 */
function placedCompany(L: Lexicon, parts: string[], word: string, vocabulary: LowerVocabulary): boolean {
  if (parts.length !== 2) return false;
  const placed = parts.filter((p) => L.places.has(fold(p)));
  if (placed.length !== 1) return false;
  const other = parts.find((p) => !L.places.has(fold(p)))!;
  const f = fold(other);
  if (L.hyphenNotNameParts.has(f) || L.notNames.has(f) || L.titles.has(f) || isDemonym(other)) return false;
  if (vocabulary.standsAlone?.(other) ?? true) return false;
  return vocabulary.writtenAsCompany?.(possessiveStem(word)) ?? false;
}

/**
 * Whether a hyphenated word at `i` names two or more things before a lower-case noun that says so: two names before a
 * contest or a pairing ("the Obama-Clinton machine", "the Clinton-Kaine ticket": `HYPHEN_PAIR_NOUNS`) unless the
 * document writes the word as a company's ("Borg-Warner Corp" beside "the Borg-Warner deal"); three or more before a
 * plant or a product ("its Hamtramck Buick-Oldsmobile-Cadillac assembly plant": `HYPHEN_LIST_NOUNS`).
 */
function namesPairOrList(parts: string[], tokens: Token[], i: number, text: string, vocabulary: LowerVocabulary): boolean {
  const next = tokens[i + 1];
  if (next?.kind !== 'word' || !spaced(text, tokens, i + 1)) return false;
  const { word } = stripPossessive(next.text);
  if (!LOWER_WORD.test(word)) return false;
  const L = lex();
  const f = fold(word);
  if (parts.length >= 3) return L.hyphenListNouns.has(f);
  // (each part a name: "the Social Democrat-Liberal alliance" is left as it was read)
  return (
    parts.length === 2 && L.hyphenPairNouns.has(f) && !parts.some((p) => L.notNames.has(fold(p))) && !(vocabulary.writtenAsCompany?.(tokens[i].text) ?? false)
  );
}

/**
 * Split hyphenated tokens: "Russia-Belarus" -> two names, "Washington-based" -> Washington, "ex-Soviet" stays, one
 * name ("Prudential-Bache Securities", `hyphenatedName`) stays.
 */
function nameTokens(tokens: Token[], text: string, vocabulary: LowerVocabulary): Token[] {
  const out: Token[] = [];
  const L = lex();
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || !t.text.includes('-')) {
      out.push(t);
      return;
    }
    // a surname with its particle stays whole ("al-Assad", "Al-Zawahiri said")
    if (particleSurname(possessiveStem(t.text)) !== null) {
      out.push(t);
      return;
    }
    // a known body written with a hyphen stays whole ("Euro-clear's depositary": no adjective part "Euro")
    if (L.knownOrgs.has(fold(possessiveStem(t.text)))) {
      out.push(t);
      return;
    }
    const parts = t.text.split('-');
    // a capital letter then a word is one name ("X-Men", "T-Mobile", "A-Rod": "Men" was a name of its own); not a
    // party's letter ("D-Mass", "R-Texas": the state is read after it)
    if (parts.length === 2 && oneCapital(parts[0]) && !PARTY_LETTER.has(parts[0]) && CAPITALISED.test(parts[1])) {
      out.push(t);
      return;
    }
    // a shouted hyphened word before a chain's plural noun or a legal form is one company's name ("WAL-MART STORES
    // FEBRUARY SALES UP", "WAL-MART STORES INC <WMT>": "WAL" was an acronym's org, "MART STORES" a fragment)
    if (parts.length === 2 && parts.every((p) => p.length > 1 && isAllCaps(p)) && shoutedCompanyAfter(L, tokens, i + 1, text)) {
      out.push(t);
      return;
    }
    // a double-barrelled surname stays whole after a given name or a title, or before a speech verb
    // ("Douglas Holtz-Eakin", "Mr. Holtz-Eakin", "Ocasio-Cortez said"); elsewhere the parts are two names ("Obama-Clinton")
    const prev = fold(tokens[i - 1]?.kind === 'punct' && tokens[i - 1].text === '.' ? `${tokens[i - 2]?.text ?? ''}.` : (tokens[i - 1]?.text ?? ''));
    const next = fold(tokens[i + 1]?.text ?? '');
    // ... and after any capitalised name word when no name word follows ("Guido Schmidt-Traub,", "Mohamed El-Erian,"),
    // unless a part is a place or demonym ("Renewed Israeli-Palestinian Talks")
    const afterName =
      upperFirst(tokens[i - 1]?.text ?? '') &&
      tokens[i - 1]?.kind === 'word' &&
      !upperFirst(tokens[i + 1]?.text ?? '') &&
      !parts.some((p) => isDemonym(p) || L.places.has(fold(p)));
    // (... but not before a noun of two: "the Security Pacific-Rainer deal", "the Haj Omran-Rawandiz axis")
    const surname =
      parts.length === 2 &&
      (L.givenNames.has(prev) || L.titles.has(prev) || L.speechVerbs.has(next) || (afterName && !namesPairOrList(parts, tokens, i, text, vocabulary)));
    if ((surname && parts.every((p) => CAPITALISED.test(p))) || hyphenatedName(parts, tokens, i, text, vocabulary)) out.push(t);
    else if (parts.every((p) => upperFirst(p))) {
      let pos = t.start;
      // (a party letter before a state names nothing: "R-S.C.", "D-N.Y.")
      const party = parts.length === 2 && PARTY_LETTER.has(parts[0]) && isStatePart(parts[1], tokens[i + 1]);
      parts.forEach((p, k) => {
        if (k > 0) out.push({ text: '-', start: pos++, end: pos, kind: 'punct' });
        // an adjective part names nothing on its own ("Sino-Soviet", "Franco-U.S.": no "Sino", "Franco")
        const none = L.hyphenNotNameParts.has(fold(p)) || (party && k === 0);
        out.push({ text: p, start: pos, end: pos + p.length, kind: none ? 'punct' : 'word' });
        pos += p.length;
      });
    } else if (upperFirst(parts[0]) && parts.length === 2 && (NAME_HYPHEN_SUFFIX.test(parts[1]) || LOWER_WORD.test(parts[1]))) {
      // (an adjective part before a lower-case word names nothing either: "Non-callable", "Anti-takeover")
      out.push({ text: parts[0], start: t.start, end: t.start + parts[0].length, kind: notNamePart(L, parts[0]) ? 'punct' : 'word' });
      out.push({ text: `-${parts[1]}`, start: t.start + parts[0].length, end: t.end, kind: 'punct' });
    } else out.push(t);
  });
  return out;
}

/** An adjective part that names nothing, no legal form ("Non" of "Non-callable"; "Co" of "Co-operation" goes on). */
const notNamePart = (L: Lexicon, part: string) => L.hyphenNotNameParts.has(fold(part)) && !L.legalForms.has(fold(part));

const PARTY_LETTER = new Set(PARTY_LETTERS);
const PARTY_POSTAL = new Set(PARTY_POSTAL_STATES.map(([code]) => code));
const TOWN_HEAD = new Set(TOWN_HEADS);

/** Whether a hyphened word's last part after a party letter is a state ("S.C.", "N.Y."; "Fla" before its full stop
 * token; "Wis", "Mich" with none, as the wires write a lawmaker's state: "D-Wis"; "Idaho" before a sentence's full
 * stop; a postal code: "D-CT"). */
function isStatePart(part: string, next: Token | undefined): boolean {
  const f = fold(part);
  const L = lex();
  return L.states.has(stateKey(f, next)) || L.states.has(`${f}.`) || L.states.has(f) || PARTY_POSTAL.has(part);
}

/** Whether the one-word run at `first` is the state after a party letter ("R-S.C.": `nameTokens` left the letter no word). */
function partyState(tokens: Token[], first: number): boolean {
  return (
    tokens[first - 1]?.text === '-' &&
    tokens[first - 2]?.kind === 'punct' &&
    PARTY_LETTER.has(tokens[first - 2].text) &&
    isStatePart(tokens[first].text, tokens[first + 1])
  );
}

/** The kind of head a word is, if any. */
function headOf(word: string): 'org' | 'place' | null {
  const L = lex();
  // (most words head nothing: told by the heads' bit table and the endings read on the word as written, no folded copy)
  if (!mayFoldInto(L.headBits, word) && !mayEndInFolded(word, L.orgHeadEndings)) return null;
  const f = fold(word);
  if (L.orgHeads.has(f) || (!L.notOrgCompounds.has(f) && hasOrgEnding(f, L.orgHeadEndings))) return 'org';
  if (L.placeHeads.has(f)) return 'place';
  return null;
}

/**
 * Might `fold(word)` end in one of the endings with more than two letters before it? An ASCII word's fold is its
 * lower case (A-Z only), compared code by code with no copy; past ASCII, always (the caller folds).
 */
function mayEndInFolded(word: string, endings: string[]): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return true;
  // (indexed loops here and in the word tests below: for-of made an iterator and a result record per step)
  for (let n = 0; n < endings.length; n++) {
    const e = endings[n];
    const from = word.length - e.length;
    if (from <= 2) continue;
    let k = 0;
    for (; k < e.length; k++) {
      const c = word.charCodeAt(from + k);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== e.charCodeAt(k)) break;
    }
    if (k === e.length) return true;
  }
  return false;
}

/** A folded word ending in an organisation head's ending with more than two letters before it ("Interbank"), no closure made. */
function hasOrgEnding(f: string, endings: string[]): boolean {
  for (let n = 0; n < endings.length; n++) if (f.length > endings[n].length + 2 && f.endsWith(endings[n])) return true;
  return false;
}

/** Whether a word is one compound of an organisation's head ending ("Nordbanken", "Commerzbank"), no head itself. */
function orgCompound(word: string): boolean {
  const L = lex();
  if (!mayEndInFolded(word, L.orgHeadEndings)) return false;
  const f = fold(word);
  return !L.orgHeads.has(f) && !L.notOrgCompounds.has(f) && hasOrgEnding(f, L.orgHeadEndings);
}

/**
 * The run's head: in the words before its first connector the last head ("Kirtland Air Force Base" is a place,
 * "Port Authority" and "City Bank" organisations), as English compounds end in their head; a head after "of"
 * counts only when none stands before it ("Bank of the Republic" is a bank).
 */
/** The tokens at `at` as words of a run being gathered (their text only: what `hasHead` reads). */
function wordsAt(tokens: Token[], at: number[]): Word[] {
  // (sized at once, a holey array as runWords' and as `map` makes one once the caller is optimised -- the builtin `map`
  // makes a packed one, another map: the readers of words deoptimised on the two kinds while warming up)
  const words = new Array<Word>(at.length);
  for (let n = 0; n < at.length; n++) words[n] = { text: tokens[at[n]].text, start: 0, end: 0, possessive: false };
  return words;
}

/** As wordsAt, from `at[from]` on, each word without its possessive ending ("Smith's" -> "Smith"). */
function stemmedWordsAt(tokens: Token[], at: number[], from: number): Word[] {
  const words = new Array<Word>(at.length - from);
  for (let n = from; n < at.length; n++) words[n - from] = { text: possessiveStem(tokens[at[n]].text), start: 0, end: 0, possessive: false };
  return words;
}

function hasHead(words: Word[]): 'org' | 'place' | null {
  let head: 'org' | 'place' | null = null;
  let i = 0;
  for (; i < words.length && !CONNECTORS.has(words[i].text); i++) head = headOf(words[i].text) ?? head;
  for (; !head && i < words.length; i++) head = headOf(words[i].text);
  return head;
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** Words after a place noun that end its noun phrase ("a town of about 15,000", "an ancient city in Kerman"). */
const PLACE_NOUN_AFTER = new Set(['of', 'in', 'near', 'on', 'about', 'where', 'with', 'that', 'which', 'known', 'located', 'some']);

/**
 * ", a town of about 15,000 people", ", an ancient city in Kerman province": an appositive headed by a place noun
 * (the determiner, at most one word, the noun, then no further noun: "a city councilman" is a person's).
 */
function placeAppositive(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',' || !ARTICLES.has(fold(tokens[last + 2]?.text ?? ''))) return false;
  const L = lex();
  for (let k = last + 3; k <= last + 4; k++) {
    const w = tokens[k];
    if (w?.kind !== 'word' || !LOWER_FIRST.test(w.text)) return false;
    if (!L.placeNouns.has(fold(w.text))) continue;
    const after = tokens[k + 1];
    return after?.kind !== 'word' || !LOWER_FIRST.test(after.text) || PLACE_NOUN_AFTER.has(fold(after.text));
  }
  return false;
}

/** the most words of a state's name ("New South Wales") */
const STATE_WORDS = 3;
/**
 * ", Iowa", ", Fla.,", ", Ontario property": a state or province after the name's comma, not opening a name of its own
 * ("Chrysler, Texas Instruments"), not possessive ("Kohl, Texas's"), nor before an office ("Clements, Texas governor"):
 * the name is a town there ("Des Moines, Iowa").
 */
function stateAfter(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  const L = lex();
  let name = '';
  for (let k = last + 2; k < last + 2 + STATE_WORDS && tokens[k]?.kind === 'word'; k++) {
    name = name ? `${name} ${fold(tokens[k].text)}` : fold(tokens[k].text);
    // (a state's full name before a sentence's full stop: "lives in Charles City, Iowa.")
    const dotted = stateKey(name, tokens[k + 1]);
    const key = L.states.has(dotted) ? dotted : name;
    if (!L.states.has(key) && !(k === last + 2 && UNDOTTED_STATES.has(key))) continue;
    const after = tokens[key === name ? k + 1 : k + 2];
    if (after?.kind !== 'word') return true;
    // (a sentence may end at an abbreviation's full stop: "Trenton, N.J. The company")
    if (key.endsWith('.')) return true;
    return LOWER_FIRST.test(after.text) && !L.appositives.has(fold(after.text)) && !L.roles.has(fold(after.text));
  }
  return false;
}

/** ", Fla.", ", Ill.": a state's abbreviation after a comma, its full stop a token of its own ("N.J." holds its own). */
function isState(tokens: Token[], at: number): boolean {
  const name = fold(tokens[at].text);
  return lex().states.has(stateKey(name, tokens[at + 1])) || lex().states.has(name);
}

/** A folded state name as STATES holds it: an abbreviation's full stop, a token of its own, joined back ("fla" "." -> "fla."). */
function stateKey(name: string, next: Token | undefined): string {
  return next?.text === '.' && !name.endsWith('.') ? `${name}.` : name;
}

/** the oldest age read as one ("Grimm, 67,"): a larger number set off by commas is a count or a year */
const MAX_AGE = 110;
const AGE_DIGITS = /^\d{1,3}$/;
/** ", 67," right after a name: a person's age. */
function isAgeAppositive(tokens: Token[], last: number): boolean {
  const n = tokens[last + 2];
  return tokens[last + 1]?.text === ',' && n?.kind === 'number' && AGE_DIGITS.test(n.text) && Number(n.text) <= MAX_AGE && tokens[last + 3]?.text === ',';
}

const FULL_STOPS = /\./g;

/** The index of the token starting at `start`, or -1 (a loop: a closure over the run's words made V8 allocate
 * contextCue's and emitRun's contexts on every call). */
function tokenAt(tokens: Token[], start: number): number {
  for (let k = 0; k < tokens.length; k++) if (tokens[k].start === start) return k;
  return -1;
}

/** how many tokens a ticker in angle brackets may hold ("<BTY.L>": BTY . L) */
const TICKER_TOKENS = 5;
/** a ticker's word: capitals and digits ("TKLC", "BTY", "L", "PA"), perhaps with the full stop a tokenizer kept on it
 * ("<T.N>": "T." N) */
const TICKER_WORD = /^[A-Z0-9]{1,6}\.?$/;

/** Whether a ticker in angle brackets follows the token at `last` ("Tekelec <TKLC>", "British Telecommunications PLC <BTY.L>"). */
function tickerAfter(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== '<' || !TICKER_WORD.test(tokens[last + 2]?.text ?? '')) return false;
  for (let k = last + 3; k < last + 2 + TICKER_TOKENS && k < tokens.length; k++) {
    const t = tokens[k].text;
    if (t === '>') return true;
    if (t !== '.' && !TICKER_WORD.test(t)) return false;
  }
  return false;
}

const ROMANCE_CONNECTOR = new Set(ROMANCE_CONNECTORS);
const ROMANCE_HEAD = new Set(ROMANCE_ORG_HEADS);

/** Whether a run that a Romance company or bank word heads goes on past a lower-case connector to the name word at `next`. */
function romanceNameGoesOn(tokens: Token[], runIdx: number[], next: number): boolean {
  const t = tokens[next];
  if (t === undefined || t.kind !== 'word' || !(isNameWord(t) || ELIDED_NAME_WORD.test(t.text))) return false;
  for (const x of runIdx) if (ROMANCE_HEAD.has(tokens[x].text)) return true;
  return false;
}

const TABLE_FILLER = new Set(TABLE_FILLERS);

/** Whether the word at `i` is a table's "not available" right after a dot leader ("reserves....N.A. vs"). */
function tableFiller(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.text === '.' && prev.end === tokens[i].start && TABLE_FILLER.has(fold(tokens[i].text));
}

/** Whether the word at `j` opens a list of three names or more that `nameTokens` split at its hyphens ("Buick" of
 * "Hamtramck Buick-Oldsmobile-Cadillac assembly plant"): the list's names are no part of the name before it. */
function opensHyphenList(tokens: Token[], j: number): boolean {
  // (capitalised names: a headline's "THREE-FOR-TWO STOCK SPLIT" is no list)
  if (!CAPITALISED.test(tokens[j].text)) return false;
  for (let k = j; k < j + 4; k += 2) {
    const mark = tokens[k + 1];
    if (mark?.text !== '-' || mark.start !== tokens[k].end || tokens[k + 2]?.start !== mark.end || tokens[k + 2].kind !== 'word') return false;
  }
  return true;
}

const RATING_GRADE = new Set(RATING_GRADES);
const BODY_NOUNS_AFTER = new Set(BODY_NOUNS);
const OFFICE_TERMS = new Set(OFFICE_TERM_NOUNS);
const COMPANY_NOUN_AFTER = new Set(COMPANY_NOUNS_AFTER);
const WORK_NOUN_AFTER = new Set(WORK_NOUNS_AFTER);
const OFFICE_HEADS = new Set(OFFICE_HEAD_WORDS);
const COUNTRY_CAPITALISED_NOUN = new Set(COUNTRY_CAPITALISED_NOUNS);
const TERM_ACRONYM = new Set(TERM_ACRONYMS);
const SHOUTED_HEADLINE_WORD = new Set(SHOUTED_HEADLINE_WORDS);
/** most words of a shouted run `headlineFragment` reads (longer ones are dropped unless known) */
const HEADLINE_FRAGMENT_WORDS = 2;

/**
 * Whether a shouted run of one or two words is a headline's fragment: one word is a headline's verb or adverb or a
 * function word ("SALES UP", "FED SAYS", "AFFECTS", "WTI AT"), and the other no known body, place or thing. A
 * fragment with a known word is cut to it (`words` shortened in place: "FED SAYS" is "FED").
 */
function headlineFragment(L: Lexicon, words: Word[]): boolean {
  if (words.length > HEADLINE_FRAGMENT_WORDS) return false;
  const at = words.findIndex((w) => SHOUTED_HEADLINE_WORD.has(fold(w.text)) || L.shoutedFunctionWords.has(fold(w.text)));
  if (at < 0) return false;
  if (words.length === 1) return true;
  const other = words[1 - at];
  const f = fold(other.text);
  if (!(L.knownOrgs.has(f) || placeOf(other.text) || TERM_ACRONYM.has(f))) return true;
  words.splice(at, 1);
  return false;
}
/** marks that join two words with no space ("3-MO", "DLRS/BBL") */
const JOINING_MARKS = new Set(['-', '/']);
/**
 * A shouted run of one or two words that opens right after a joined word's mark or ends right before one keeps its
 * known words only ("3-MO BILLS", "91-DAY T-BILLS", "DLRS/BBL EFFECTIVE", "NON-INFLATIONARY EXPANSION": nothing
 * left; "U.S. SINGLE-FAMILY" is "U.S.", "U.S.-JAPAN TRADE" "JAPAN"): a compound's part and the word beside it name
 * nothing.
 */
function withoutJoinedParts(L: Lexicon, words: Word[], text: string): Word[] {
  const start = words[0].start;
  const end = words[words.length - 1].end;
  // (the word on the mark's other side written with no space: "U.S.-JAPAN")
  const opensAfter = start > 1 && JOINING_MARKS.has(text[start - 1]) && text.charCodeAt(start - 2) > 32;
  const endsBefore = JOINING_MARKS.has(text[end] ?? '') && WORD_CHAR.test(text[end + 1] ?? ' ');
  if (!opensAfter && !endsBefore) return words;
  return words.filter((w) => {
    const f = fold(w.text);
    return L.knownOrgs.has(f) || !!placeOf(w.text) || TERM_ACRONYM.has(f);
  });
}
const NOTCHED_GRADE = new Set(NOTCHED_GRADES);
const RATING_NOTCH = new Set(RATING_NOTCHES);
const LETTER_AFTER = new Set(LETTER_AFTER_WORDS);
const NUMBERED_PART = new Set(NUMBERED_PARTS);
/** a capital letter alone */
const ONE_CAPITAL = /^\p{Lu}$/u;
/** `ONE_CAPITAL`, asked only of a word of one or two code units (a letter past the BMP takes two) */
const oneCapital = (w: string) => w.length <= 2 && ONE_CAPITAL.test(w);
/** the months' names and abbreviations, folded ("may", "sept.") */
const MONTH_WORDS = new Set([...monthNames('en'), ...[...monthAbbreviations('en').keys()].map((m) => `${m}.`)]);

/** Whether the word at `at` is a rating's grade before its notch or a letter before a number, no space between
 * ("B-plus", "AA-minus", "M-1", "A-2": `nameTokens` leaves "B-plus" as "B" and "-plus"; "M-1" is "M", "-", "1"). */
function notchedCode(tokens: Token[], at: number): boolean {
  const w = tokens[at].text;
  const next = tokens[at + 1];
  if (next === undefined || next.start !== tokens[at].end || !(NOTCHED_GRADE.has(w) || oneCapital(w))) return false;
  if (next.text === '-') return tokens[at + 2]?.kind === 'number' && tokens[at + 2].start === next.end;
  return next.kind === 'punct' && next.text[0] === '-' && RATING_NOTCH.has(fold(next.text.slice(1)));
}

const GRADE_BEFORE = new Set(GRADE_BEFORE_WORDS);
const GRADE_AFTER = new Set(GRADE_AFTER_WORDS);
/** a sentence about credit ratings: a rating verb, an agency, a notch */
const RATING_TALK = /\brat(?:ed|es|ing|ings)\b|Moody's|\bS and P\b|\bS\/P\b|Standard and Poor's|-(?:plus|minus)\b/;

/** Whether a grade alone is a rating by its neighbours in a sentence about ratings ("rated B by", "to B from B-plus",
 * "and C for commercial paper", "(high B)"). */
function loneGrade(tokens: Token[], first: number, last: number, w: string): boolean {
  if (!NOTCHED_GRADE.has(w)) return false;
  if (!GRADE_BEFORE.has(fold(tokens[first - 1]?.text ?? '')) && !GRADE_AFTER.has(tokens[last + 1]?.text ?? '')) return false;
  let text = '';
  for (const t of tokens) text += `${t.text} `;
  return RATING_TALK.test(text);
}

/** Whether an exclamation mark is glued to the word at `at`: a letter's brand ("E! News", "the E! network"). */
const exclaimed = (tokens: Token[], at: number) => tokens[at + 1]?.text === '!' && tokens[at + 1].start === tokens[at].end;

/**
 * Whether a run's words are a code, no name: a rating's grade before its notch or a letter before a number ("B-plus",
 * "AA-minus", "M-1", "A-2"), a capital letter alone, a class's or a scale's letter ("Class A", "degrees F"), a law's numbered part
 * ("Chapter 11"), a date's day in words after its month ("Record April One", "payable May Five").
 */
function codeRun(tokens: Token[], first: number, last: number, words: Word[]): boolean {
  const w = words[words.length - 1].text;
  // (reached for every run: each word folded once, and the word before only when a test needs it)
  const letter = oneCapital(w);
  if (words.length === 1) {
    // (a capital letter alone, its stop or not, is a code wherever it stands: a class's "B shares", "class A and B.",
    // "minus 30 C", "T-bonds", "A/S", a table's level "V", a garbled "^M"; letters that name a company are joined to
    // their partner first: "B and D")
    if ((letter && !exclaimed(tokens, last)) || (w.length === 2 && endsInStop(w) && oneCapital(w[0])) || notchedCode(tokens, last)) return true;
    if (loneGrade(tokens, first, last, w)) return true;
    const f = fold(w);
    if (NUMBER_WORDS.has(f) && MONTH_WORDS.has(fold(tokens[first - 1]?.text ?? ''))) return true;
    if (tokens[last + 1]?.kind === 'number' && NUMBERED_PART.has(f)) return true;
  }
  return words.length === 2 && letter && LETTER_AFTER.has(fold(words[0].text));
}

/**
 * Where a partnership's name written with a comma ends ("Goldman, Sachs and Co", "Kidder, Peabody and Co Inc"), or -1:
 * at `at` a comma after one name word that is no place, one more capitalised name word, "and" and legal forms only.
 */
function commaPartnership(tokens: Token[], at: number, text: string, first: string): number {
  const L = lex();
  const second = tokens[at + 1];
  if (second === undefined || !spaced(text, tokens, at + 1) || !CAPITALISED.test(second.text) || !isNameWord(second) || hasPossessive(second.text)) return -1;
  if (L.legalForms.has(fold(second.text)) || placeOf(first) || !COMPANY_CONJUNCTIONS.has(tokens[at + 2]?.text ?? '') || !spaced(text, tokens, at + 2))
    return -1;
  let k = at + 3;
  while (k < tokens.length && tokens[k].kind === 'word' && spaced(text, tokens, k) && L.legalForms.has(fold(tokens[k].text))) k++;
  if (k === at + 3 || (k < tokens.length && spaced(text, tokens, k) && isNameWord(tokens[k]) && !stopAfterLegalForm(tokens[k - 1].text))) return -1;
  return k;
}

/**
 * Where a company's name ends whose unit's country follows a comma before the legal form ("Toyota Motor Sales, U.S.A.
 * Inc said"), or -1: at `at` a comma, a country's name of `UNIT_COUNTRIES`, legal forms only, no name word after them.
 */
function commaCountryUnit(tokens: Token[], at: number, text: string): number {
  const L = lex();
  const country = tokens[at + 1];
  if (country === undefined || !spaced(text, tokens, at + 1) || !L.unitCountries.has(fold(country.text))) return -1;
  let k = at + 2;
  while (k < tokens.length && tokens[k].kind === 'word' && spaced(text, tokens, k) && L.legalForms.has(fold(tokens[k].text))) k++;
  if (k === at + 2 || (k < tokens.length && spaced(text, tokens, k) && isNameWord(tokens[k]) && !stopAfterLegalForm(tokens[k - 1].text))) return -1;
  return k;
}

/**
 * Whether the "or" at `at` joins a run of one word to one more and a chain's plural noun of `THING_NAME_ENDS` ("Hit or
 * Miss Shops"): all three capitalised, one space apart ("Sears or Penney" alone stay two).
 */
function orChain(tokens: Token[], runIdx: number[], at: number, text: string): boolean {
  if (runIdx.length !== 1 || runIdx[0] !== at - 1 || !spaced(text, tokens, at)) return false;
  const second = tokens[at + 1];
  const noun = tokens[at + 2];
  if (second === undefined || noun === undefined || !spaced(text, tokens, at + 1) || !spaced(text, tokens, at + 2)) return false;
  return CAPITALISED.test(second.text) && isNameWord(second) && CAPITALISED.test(noun.text) && THING_NAME_END.has(fold(noun.text));
}

/**
 * Whether the name words at `k` (after a legal form and "of") are a town's (known, or before a state's comma), no country's or state's: the
 * company's seat, no part of its name ("Pioneer Business Group Inc of Atlanta"; "Ford Motor Co of Canada", "Public
 * Service Co of New Mexico" go on).
 */
function seatAfter(tokens: Token[], k: number, text: string): boolean {
  const L = lex();
  let name = '';
  let place: string | undefined;
  let x = k;
  for (; x < k + STATE_WORDS && x < tokens.length && isNameWord(tokens[x]) && (x === k || spaced(text, tokens, x)); x++) {
    name = name ? `${name} ${possessiveStem(tokens[x].text)}` : possessiveStem(tokens[x].text);
    place = placeOf(name) ?? place;
  }
  // a town the gazetteer does not know is one by its state after a comma ("IBM Corp of Armonk, N.Y.")
  if (place === undefined && x > k && stateAfter(tokens, x - 1)) place = name;
  return place !== undefined && !L.countries.has(place) && !L.states.has(fold(place)) && !L.states.has(fold(name));
}

const TRIM_FORM = new Set(TRIM_FORMS);
/** a model year ("the 1987 Jeep Cherokee Limited") */
const MODEL_YEAR = /^(?:19|20)\d\d$/;

/** Whether a run ends in a car's trim after a model year before it ("the 1987 Jeep Cherokee Limited"): a product. */
function trimmedModel(tokens: Token[], first: number, words: Word[]): boolean {
  const year = tokens[first - 1];
  return words.length > 2 && year?.kind === 'number' && MODEL_YEAR.test(year.text) && TRIM_FORM.has(fold(words[words.length - 1].text));
}

/** The index after the closing bracket of the ticker whose first word is at `at` (`tickerAfter` said there is one). */
function tickerEnd(tokens: Token[], at: number): number {
  let k = at;
  while (tokens[k].text !== '>') k++;
  return k + 1;
}

/**
 * An appositive after the name that says it is a person's: "Yuriy Saks, an adviser to ...", "Valery Sakhashchyk, a former
 * brigade commander" (a person's word in the first words after the comma).
 */
function personAppositive(L: Lexicon, tokens: Token[], last: number): boolean {
  // (a state after the comma makes a place: "Tom Miller of Maricopa, Ariz as the new president")
  if (tokens[last + 1]?.text !== ',' || tokens[last + 2]?.kind !== 'word' || NOT_APPOSITIVE.has(fold(tokens[last + 2].text)) || stateAfter(tokens, last))
    return false;
  for (let k = last + 2; k < Math.min(tokens.length, last + 8); k++) {
    const w = tokens[k];
    if (w.kind !== 'word') return false;
    const f = fold(w.text);
    // (an auxiliary ends the scan, and a role before a speech verb is a clause's subject: "the Common Agricultural Policy,
    // French milk producers said"; "the Conservatives, might call")
    if (L.auxiliaries.has(f)) return false;
    if (L.appositives.has(f)) {
      if (tokens[k + 1]?.kind === 'word' && TYPING_SPEECH.has(fold(tokens[k + 1].text))) return false;
      // (nor a title before a name: "the Meat Price Stabilisation Scheme, Finance Minister Roger Douglas said")
      if (upperFirst(w.text) && tokens[k + 1] !== undefined && isNameWord(tokens[k + 1]) && !officeWord(L, tokens[k + 1].text)) return false;
      return true;
    }
  }
  return false;
}

/** Context around the run decides the type of a bare name. */
function contextCue(tokens: Token[], first: number, last: number, words: Word[], titled: boolean): { type: EntityType; cue: string } {
  const L = lex();
  if (titled) return { type: 'person', cue: 'title' };
  // letters joined by "and" are a company's initials, whatever speaks or stands before them ("trader E D and F Man",
  // "D and P said"); a savings and loan's after a name too ("Key S and L")
  if (holdsLetterPair(words)) {
    const term = pairTermAtEnd(words);
    if (!term || PAIR_HEAD.has(term)) return { type: 'org', cue: 'letters' };
  }
  // an acronym of a thing is no body, whatever its capitals say ("GNP", "LIBOR", "CIF")
  if (words.length === 1 && TERM_ACRONYM.has(fold(words[0].text)) && isAllCaps(words[0].text)) return { type: 'other', cue: 'term' };
  // a listed company's ticker in angle brackets after its name, as the wires write it ("Tekelec <TKLC>", "J.C. Penney
  // Co <JCP>"): a company, whatever its first word says
  // (not a letter alone: "class E <GME>" is a class of shares)
  if ((words.length > 1 || words[0].text.length > 1) && tickerAfter(tokens, last)) return { type: 'org', cue: 'ticker' };
  const prev = tokens[first - 1];
  const prevWord = prev && prev.kind === 'word' ? fold(prev.text) : '';
  // "the German liner Wilhelm Gustloff": a ship, named after a person or not, is nobody
  if (prevWord && LOWER_FIRST.test(prev.text) && L.vesselNouns.has(prevWord)) return { type: 'other', cue: 'vessel' };
  if (prevWord && L.roles.has(prevWord)) {
    // "lead manager First Boston", "sole manager Thomson McKinnon": a bank's place in a syndicate
    const qualifier =
      tokens[first - 2]?.kind === 'word'
        ? fold(tokens[first - 2].text)
            .split('-')
            .pop()!
        : '';
    if (L.syndicateRoles.has(prevWord) && L.syndicateQualifiers.has(qualifier)) return { type: 'org', cue: 'syndicate' };
    // ("the official Notimex news agency said": the role word tells what the outlet is)
    if (outletNounAfter(tokens, last) && !(words.length >= 2 && L.givenNames.has(fold(words[0].text))) && !placeOf(joined(words)))
      return { type: 'org', cue: 'outlet' };
    return { type: 'person', cue: 'role' };
  }
  // "the Academy", "the Senate": one organisation head after "the" names the body it heads, whatever its appositive
  // says ("the Academy, producers ..."); not a place head, which are surnames too ("the Tower report": Sen. John
  // Tower's), nor an acronym, its own name ("the SEA-ME-WE 4 cable")
  // (the run may hold the "The" opening a sentence: the word before the name itself is asked)
  const named = words.length === 1 ? tokenAt(tokens, words[0].start) : -1;
  if (named > 0 && fold(tokens[named - 1].text) === 'the' && !isAllCaps(words[0].text) && headOf(words[0].text) === 'org')
    return { type: 'org', cue: 'org-head' };
  // "the town of Zarand", "the island of Qeshm"
  const kindBefore = tokens[first - 2];
  if (prevWord === 'of' && kindBefore?.kind === 'word' && LOWER_FIRST.test(kindBefore.text) && L.placeNouns.has(fold(kindBefore.text)))
    return { type: 'place', cue: 'place-noun' };
  // initials ("J.R. Ewing") make a person, a country's ("U.S. Air Force", "U.K. Treasury") do not
  // (nor a body's: "E.C. Charges", "U.N. Charter")
  // (not a body's, closed by a compass word: "their first N.F.C. North title")
  const initials = givenInitials(words[0].text) && !(words.length > 1 && CLOSES_NAME.has(fold(words[words.length - 1].text)));
  // (a town's head before its state wins over a given name: "Trust Co of Charles City, Iowa")
  if (words.length >= 2 && TOWN_HEAD.has(fold(words[words.length - 1].text)) && stateAfter(tokens, last)) return { type: 'place', cue: 'locality' };
  // (... unless three words or more before a country's name make it a company's unit there: "R.J. Reynolds Tobacco USA")
  if (words.length > UNIT_NAME_WORDS && countryUnit(words)) return { type: 'org', cue: 'country-unit' };
  // (an owner's possessive before a shop's head wins over it too: "Sam's Club", "Joe's Restaurant")
  if (ownerBeforeHead(words)) return { type: headOf(words[words.length - 1].text) ?? 'org', cue: 'owner-head' };
  // "35 new T.J. Maxx stores": a name before a chain's noun in lower case is the chain's, whatever its initials say
  // (not a place's or a people's: "U.S. stores", "British shops")
  // (nor a sentence's first word: "Retail stores in these two countries")
  if (first > 0 && chainNounAfter(tokens, last) && !placeOf(joined(words)) && !isDemonym(words[0].text)) return { type: 'org', cue: 'chain' };
  if (words.length >= 2 && (L.givenNames.has(fold(words[0].text)) || initials)) return { type: 'person', cue: 'given-name' };
  // a person's name and where they work: "Francesca Grifo of the Union of Concerned Scientists"
  if (tokens[last + 1]?.text === 'of' && personBeforeConnector(words) && organisationAt(tokens, last + 2)) return { type: 'person', cue: 'affiliation' };
  // an age set off after a full name: "Gisela Grimm, 67, a retiree from Las Vegas"
  if (words.length >= 2 && isAgeAppositive(tokens, last)) return { type: 'person', cue: 'age' };
  if (companyAppositive(L, tokens, last)) return { type: 'org', cue: 'company-appositive' };
  if (personAppositive(L, tokens, last)) return { type: 'person', cue: 'appositive' };
  if (placeAppositive(tokens, last)) return { type: 'place', cue: 'place-noun' };
  // (not a head alone: "the Sheriff's Department, California")
  if (stateAfter(tokens, last) && !words.some((w) => headOf(w.text))) return { type: 'place', cue: 'locality' };
  if (words.length === 1 && ((prev?.text === ',' && isState(tokens, first)) || partyState(tokens, first))) return { type: 'place', cue: 'locality' };
  // "the daily al-Ittihad said", "the newspaper Granma reported": an outlet, not a person ("the paper John Smith wrote" is)
  if (L.outletNouns.has(prevWord) && LOWER_FIRST.test(prev.text) && !(words.length >= 2 && L.givenNames.has(fold(words[0].text))))
    return { type: 'org', cue: 'outlet' };
  // "the oil company Ecopetrol said", "the salvage firm Smit International": a company's noun before its name
  // (not a plural acronym after it: "insurance company CEOs")
  if (
    L.companyNouns.has(prevWord) &&
    LOWER_FIRST.test(prev.text) &&
    !(words.length >= 2 && L.givenNames.has(fold(words[0].text))) &&
    !PLURAL_ACRONYM.test(words[words.length - 1].text)
  )
    return { type: 'org', cue: 'company-noun' };
  if (MEDIA_VERBS.has(prevWord) || (prevWord === 'the' && MEDIA_VERBS.has(fold(tokens[first - 2]?.text ?? '')))) return { type: 'org', cue: 'media' };
  if (words.length === 1 && isAllCaps(words[0].text) && words[0].text.replace(FULL_STOPS, '').length <= 6 && !lex().places.has(fold(words[0].text)))
    return { type: 'org', cue: 'acronym' };
  const after = tokens[last + 1];
  if (after?.kind === 'word' && LOWER_FIRST.test(after.text)) {
    const noun = fold(after.text);
    // "the House Banking committee", "a House Appropriations subcommittee", "the State department": a body's name
    // before its lower-case noun; one word only when a portfolio's ("the Maekawa committee" is named after a person)
    if (BODY_NOUNS_AFTER.has(noun) && (words.length > 1 || L.portfolios.has(fold(words[0].text)))) return { type: 'org', cue: 'org-head' };
    // "the authoritative Business Day newspaper said": an outlet's name before its noun
    // (not a place's: "a Bridgeport newspaper")
    if (outletNounAfter(tokens, last) && !INDEFINITE.has(prevWord) && !(words.length >= 2 && L.givenNames.has(fold(words[0].text))) && !placeOf(joined(words)))
      return { type: 'org', cue: 'outlet' };
    // "the Reagan administration": one name before a term of office is its holder's surname
    if (words.length === 1 && OFFICE_TERMS.has(noun)) return { type: 'person', cue: 'office' };
    // "former Airco employees": one name before a company's own noun is the company's (not a place's: "U.S. employees")
    // (nor a run's last word left by a demonym or an "and": "American Nutrition shareholders", "Refining and Marketing
    // subsidiary" are more of a name)
    if (
      words.length === 1 &&
      COMPANY_NOUN_AFTER.has(noun) &&
      words[0].start === tokens[first].start &&
      prevWord !== 'and' &&
      !placeOf(words[0].text) &&
      !isDemonym(words[0].text)
    )
      return { type: 'org', cue: 'owned' };
  }
  // "X said", "X had said", "X, ..., said" is left to the quote reader; the plain case types a speaker
  const k = pastAuxiliaries(L, tokens, last + 1);
  // (a head that is no one's surname, alone, is a body that speaks: "the Company said", "Ministry said"; so is a
  // compound of a head's ending: "Nordbanken said", "Commerzbank said")
  if (tokens[k]?.kind === 'word' && TYPING_SPEECH.has(fold(tokens[k].text)))
    return words.length === 1 && (L.orgOnlyHeads.has(fold(words[0].text)) || orgCompound(words[0].text))
      ? { type: 'org', cue: 'org-head' }
      : { type: 'person', cue: 'speech' };
  // (a work's title before its noun is no place: "in the X-Men movies")
  if (words.length === 1 && after?.kind === 'word' && LOWER_FIRST.test(after.text) && WORK_NOUN_AFTER.has(fold(after.text)))
    return { type: 'other', cue: 'work' };
  if (words.length === 1 && (PLACE_PREPOSITIONS.has(prevWord) || (prevWord === 'the' && PLACE_PREPOSITIONS.has(fold(tokens[first - 2]?.text ?? ''))))) {
    return { type: 'place', cue: 'preposition' };
  }
  if (words.length === 1 && isAllCaps(words[0].text) && words[0].text.replace(FULL_STOPS, '').length <= 6) return { type: 'org', cue: 'acronym' };
  if (roleAppositive(L, tokens, first, last, words)) return { type: 'person', cue: 'role' };
  return { type: 'other', cue: 'none' };
}

const ORG_ROLE = new Set(ROLE_APPOSITIVE.orgRoles);

/**
 * A name of 2-3 words set off by commas right after a lower-case role noun (ROLE_APPOSITIVE: "Kazakhstan's foreign
 * minister, Erlan Idrissov, plays down concerns") is a person: no word of it a body's or place's head, its first not in capitals (an
 * acronym opens a company's name: "a longtime coal executive, ERP Compliant Fuels,"; an initial may: "J. Smith"; a
 * generation may end one: "his son, Ike LaRue III,"), nor the name a place, nor the role
 * one a company holds too. Asked last, of a name no other cue typed ("its chairman, John Smith," keeps its given name's cue).
 */
function roleAppositive(L: Lexicon, tokens: Token[], first: number, last: number, words: Word[]): boolean {
  const [fewest, most] = ROLE_APPOSITIVE.words;
  if (words.length < fewest || words.length > most || tokens[first - 1]?.text !== ',' || tokens[last + 1]?.text !== ',') return false;
  const role = tokens[first - 2];
  return (
    role?.kind === 'word' &&
    LOWER_FIRST.test(role.text) &&
    L.roles.has(fold(role.text)) &&
    !ORG_ROLE.has(fold(role.text)) &&
    !words.some((w) => headOf(w.text)) &&
    !(isAllCaps(words[0].text) && words[0].text.replace(FULL_STOPS, '').length > 1) &&
    !placeOf(joined(words))
  );
}

const CHAIN_NOUN = new Set(CHAIN_NOUNS);

/** Most lower-case words between an apposition's opening and its company noun ("Canada's state-owned oil company"). */
const APPOSITION_WORDS = 3;
/** What may follow an apposition's company noun: the apposition ends ("..., a Texas investment firm, said"). */
const APPOSITION_ENDS = new Set([',', ')', '.', ';']);
/** Words that end a company's apposition before its noun: a phrase after a person's noun ("Steinberg, a partner in the
 * firm, told police": `L.appositives` ends it too). */
const APPOSITION_BREAKS = new Set(['of', 'in', 'at', 'for', 'with', 'to', 'on', 'by', 'from', 'the', 'a', 'an', 'and', 'or', 'who', 'which', 'that']);

/**
 * Whether the name at `last` is followed by an apposition that says it is a company: a comma, "a", "an", "the" or a
 * capitalised owner's possessive ("Canada's"), at most `APPOSITION_WORDS` lower-case words, a company's noun
 * (`COMPANY_NOUNS`), and the apposition's end ("Petro-Canada, Canada's state-owned oil company, said"; "Enzon Inc, a
 * pharmaceutical company."). Not the subject of a clause ("Earlier, the company said"), a person's job ("Steven
 * Reid, a company spokesman") or a person's noun before a phrase ("Steinberg, a partner in the firm,", ECB+ 18_10).
 */
function companyAppositive(L: Lexicon, tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.text !== ',') return false;
  const open = tokens[last + 2];
  if (open?.kind !== 'word') return false;
  if (!ARTICLES.has(open.text) && !(upperFirst(open.text) && hasPossessive(open.text))) return false;
  for (let k = last + 3; k <= last + 3 + APPOSITION_WORDS; k++) {
    const w = tokens[k];
    if (w?.kind !== 'word' || !LOWER_FIRST.test(w.text) || APPOSITION_BREAKS.has(w.text) || L.appositives.has(w.text)) return false;
    if (L.companyNouns.has(w.text)) return APPOSITION_ENDS.has(tokens[k + 1]?.text ?? '');
  }
  return false;
}
const SPACED_SUFFIX = new Set(SPACED_NAME_SUFFIXES);

/** Whether a chain's noun in lower case (`CHAIN_NOUNS`) follows the name one space after it ("T.J. Maxx stores"). */
function chainNounAfter(tokens: Token[], last: number): boolean {
  const after = tokens[last + 1];
  return after?.kind === 'word' && after.start === tokens[last].end + 1 && LOWER_FIRST.test(after.text) && CHAIN_NOUN.has(fold(after.text));
}

const LAW_TAIL = new Set(LAW_TAILS);
const AWARD_TAIL = new Set(AWARD_TAILS);
const GIVEN_NAME_STREET = new Set(GIVEN_NAME_STREETS);
/** Type a cleaned run by the gazetteers first, then by its head words. */
function gazetteerType(name: string, words: Word[]): { type: EntityType; cue: string } | null {
  const L = lex();
  // (the known organisations asked through their bit table: most runs are none, no folded copy made of them)
  if (mayFoldInto(L.knownOrgBits, name) && L.knownOrgs.has(fold(name))) return { type: 'org', cue: 'gazetteer' };
  if (placeOf(name)) return { type: 'place', cue: 'gazetteer' };
  // "U.S. House of Representatives": a known body after its country's name
  if (words.length > 2 && placeOf(words[0].text) && L.knownOrgs.has(fold(name.slice(words[1].start - words[0].start))))
    return { type: 'org', cue: 'gazetteer' };
  // a law named for the body or trade it governs is no body ("Financial Services Act", "Canada Deposit Insurance Act",
  // "Trust Fund Bureau Law", "Treasury Bill")
  // (nor anyone's: "the Financial Services Act, aimed to bolster investor protection"; a school "of Law" is a body)
  if (words.length >= 2 && LAW_TAIL.has(fold(words[words.length - 1].text)) && words[words.length - 2].text !== 'of') return { type: 'other', cue: 'law' };
  // ("Tony Awards", "Emmy Award", "Nobel Prize": an award, whatever names it)
  if (words.length >= 2 && AWARD_TAIL.has(fold(words[words.length - 1].text))) return { type: 'other', cue: 'award' };
  // "Kellie Hill", "Cynthia Hall": a given name first makes the head word a surname ("Rand Corporation" stays an org;
  // "Philip Street" a street)
  const surnamed =
    words.length === 2 &&
    lex().givenNames.has(fold(words[0].text)) &&
    !lex().orgOnlyHeads.has(fold(words[1].text)) &&
    !GIVEN_NAME_STREET.has(fold(words[1].text));
  if (words.length >= 2 && !surnamed) {
    const head = hasHead(words);
    if (head === 'org') return { type: 'org', cue: 'org-head' };
    if (head === 'place') return { type: 'place', cue: 'place-head' };
    if (countryUnit(words)) return { type: 'org', cue: 'country-unit' };
  }
  return null;
}

/** Words read after a name for a legal form ending a company's name that the name opens ("Dean Witter Reynolds Inc"). */
const COMPANY_WORDS_AFTER = 3;
const WORD_GAP = /[\s,]+/;
const TRAILING_STOP = /\.$/;
/** a conjunction and its space, ending the text before a name */
const JOINED_BEFORE = /(?:and|&) $/;

/**
 * The document `text` writes `span` followed, within a few capitalised words, by a legal form: the span opens a company's
 * name ("Dean Witter" in "Dean Witter Reynolds Inc, the brokerage subsidiary ...").
 */
function opensCompany(text: string, span: string, reach = COMPANY_WORDS_AFTER, unjoined = false): boolean {
  const L = lex();
  for (let at = text.indexOf(`${span} `); at >= 0; at = text.indexOf(`${span} `, at + 1)) {
    // (not where a conjunction joins it to a name before: "Saatchi Co Plc" of "Saatchi and Saatchi Co Plc")
    if (unjoined && JOINED_BEFORE.test(text.slice(Math.max(0, at - 4), at))) continue;
    const after = text.slice(at + span.length + 1, at + span.length + 60).split(WORD_GAP);
    for (let k = 0; k < Math.min(reach, after.length); k++) {
      const w = after[k];
      if (L.legalForms.has(fold(w)) || L.legalForms.has(fold(w.replace(TRAILING_STOP, '')))) return true;
      if (!upperFirst(w)) break;
    }
  }
  return false;
}

/** Most words of a person's name before a country's name ("Mary Canada"); more make a company's unit there even after
 * a given name or initials ("R.J. Reynolds Tobacco USA"). */
const UNIT_NAME_WORDS = 2;

/**
 * "Ford Canada", "Statistics Canada", "Porsche Cars North America": a name, not a person's (no given name or initials
 * first, unless more than `UNIT_NAME_WORDS` words), then a country's name (after a region's qualifier or not) is the
 * organisation's unit in that country.
 */
function countryUnit(words: Word[]): boolean {
  const L = lex();
  let n = words.length - 1;
  if (!L.unitCountries.has(fold(words[n].text))) return false;
  if (n > 0 && L.regionQualifiers.has(fold(words[n - 1].text))) n--;
  if (n < 1) return false;
  const first = words[0].text;
  if (((L.givenNames.has(fold(first)) || INITIALS.test(first)) && n <= UNIT_NAME_WORDS) || L.regionQualifiers.has(fold(first))) return false;
  // (the words before it one name: no connector nor possessive, "MULFORD SEES MAJOR NEW LENDING FOR BRAZIL" is a headline)
  for (let k = 0; k < n; k++) if (CONNECTORS.has(fold(words[k].text)) || words[k].possessive) return false;
  return true;
}

// (the readers' helpers live at module level: under tsx, as `npm run bench` runs, a named closure made in a call is
// also given its name, about 1 µs each, and these were made some 40 times per document)

/** One space between token x and the one before it. */
const spaced = (text: string, tokens: Token[], x: number) => text.slice(tokens[x - 1].end, tokens[x].start) === ' ';
/** As `spaced`, false past the last token. */
const spacedAt = (text: string, tokens: Token[], x: number) => tokens[x] !== undefined && spaced(text, tokens, x);

/** The folded words of tokens from..x, a curly apostrophe written straight ("moody's"). */
function foldedRun(tokens: Token[], from: number, x: number): string {
  let run = tokens[from].text;
  for (let k = from + 1; k <= x; k++) run += ` ${tokens[k].text}`;
  return fold(run).replaceAll('’', "'");
}

/**
 * A possessive ends a name, unless a legal form follows it ("Heck's Inc said", "McDonald's Corp" name companies), or the
 * run from `from` is a known organisation's words up to a possessive inside it ("Moody's Investors Service Inc").
 */
function possessiveEnds(tokens: Token[], x: number, text: string, from = x): boolean {
  if (!hasPossessive(tokens[x].text)) return false;
  const next = tokens[x + 1];
  if (next === undefined || !spaced(text, tokens, x + 1)) return true;
  if (next.kind === 'word' && lex().legalForms.has(fold(next.text))) return false;
  // ("Sam's Club", "St. Mary's Hospital": an owner's possessive before a shop's or a club's head, no place's or body's)
  // (in a headline's capitals too: "SHAW'S SUPERMARKETS INC")
  if (ownerHeadAt(tokens, text, x, x + 1) && ownerPossessive(tokens[x].text)) return false;
  // (... one name word between them, the head ending the name: "BJ's Wholesale Clubs", "Sam's Warehouse Club"; not a
  // company's possessive before its unit, "Holiday Corp's Holiday Inn Hotel Group")
  if (
    isNameWord(next) &&
    !hasPossessive(next.text) &&
    ownerHeadAt(tokens, text, x, x + 2) &&
    !(spacedAt(text, tokens, x + 3) && isNameWord(tokens[x + 3])) &&
    !lex().legalForms.has(fold(possessiveStem(tokens[x].text))) &&
    ownerPossessive(tokens[x].text)
  )
    return false;
  return !(isNameWord(next) && lex().possessivePrefixes.has(foldedRun(tokens, from, x)));
}

const POSSESSIVE_HEAD = new Set(POSSESSIVE_HEADS);

/** Whether the word at `at` is a shop's or club's head written as the possessive at `x` is (capitalised, or both in capitals). */
function ownerHeadAt(tokens: Token[], text: string, x: number, at: number): boolean {
  const head = tokens[at];
  return (
    head?.kind === 'word' &&
    (at === x + 1 || spaced(text, tokens, at)) &&
    POSSESSIVE_HEAD.has(fold(head.text)) &&
    (CAPITALISED.test(head.text) || (isAllCaps(head.text) && isAllCaps(tokens[x].text.slice(0, -2))))
  );
}

/** Whether a name ends in a shop's or club's head after its owner's possessive, one word between at most ("Sam's Club", "BJ's Wholesale Clubs"). */
function ownerBeforeHead(words: readonly Word[]): boolean {
  const n = words.length;
  if (n < 2 || !POSSESSIVE_HEAD.has(fold(words[n - 1].text))) return false;
  return words[n - 2].possessive || (n >= 3 && words[n - 3].possessive);
}

/** Whether a possessive word is an owner's, no place's or known body's ("Sam's", not "Britain's", "Moody's"). */
function ownerPossessive(word: string): boolean {
  const stem = possessiveStem(word);
  return placeOf(stem) === undefined && !lex().knownOrgs.has(fold(stem)) && !isDemonym(stem);
}

/** A legal form written with its full stop ("Corp.", "Inc."): a name word after it opens the next sentence. */
const stopAfterLegalForm = (word: string) => word.endsWith('.') && lex().legalForms.has(fold(word));

/** Most words in the brackets inside a company's name ("(Holdings)", "(F.E.)", "(Europe)"). */
const BRACKETED_WORDS = 2;

/**
 * Where a bracketed word or two inside a company's name ends, past the legal form after it ("Sony (U.K.) Ltd",
 * "Nikko Securities Co (Europe) Ltd", "Barrick Resources (USA) Inc"), or -1: at `at` an opening bracket after a space,
 * capitalised words, the closing bracket, a space and a legal form.
 */
function bracketedLegalForm(tokens: Token[], at: number, text: string): number {
  if (tokens[at].text !== '(' || !spaced(text, tokens, at)) return -1;
  let k = at + 1;
  while (k < tokens.length && k - at <= BRACKETED_WORDS && tokens[k].kind === 'word' && upperFirst(tokens[k].text)) k++;
  const form = tokens[k + 1];
  if (k === at + 1 || tokens[k]?.text !== ')' || form?.kind !== 'word' || !lex().legalForms.has(fold(form.text)) || !spaced(text, tokens, k + 1)) return -1;
  return k + 2;
}

/** Words from `from` on that are all legal forms, at least one ("Corp", "Co Inc"). (A loop from an index: `every`'s
 * closure over the lexicon and the caller's `slice(1)` were a context, a function and an array per call, asked per run.) */
function legalFormsOnly(ws: Word[], from = 0): boolean {
  if (ws.length <= from) return false;
  const L = lex();
  for (let k = from; k < ws.length; k++) if (!L.legalForms.has(fold(ws[k].text))) return false;
  return true;
}

/** Every word in capitals (`words.every((w) => isAllCaps(w.text))` with no closure made per run), a word of one capital
 * among them as a headline shouts it ("BAKER SAYS PARIS PACT ONLY A START", "BILL K MART"), not all. */
function allCapsWords(words: Word[]): boolean {
  let caps = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k].text;
    if (isAllCaps(w)) caps = true;
    else if (!(w.length === 1 && UPPER_LETTER.test(w))) return false;
  }
  return caps;
}

const PERSONAL = new Set(PERSONAL_TITLES);
const BODY_OFFICER = new Set(BODY_OFFICER_TITLES);
const OFFICER_OPENER = new Set(OFFICER_TITLE_OPENERS.map((w) => w.toLowerCase()));
/** a capital letter */
const UPPER_LETTER = /^\p{Lu}$/u;
/** Capitals then a plural's "s": a plural acronym, a common noun ("CEOs") */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;
const RANK_PREFIX = new Set(RANK_PREFIXES.map((w) => w.toLowerCase()));
/** Whether words[k] (folded `f`) is a rank's first word with neither a title nor a given name after it ("Staff" of
 * "Staff Builders", not of "Staff Sgt." nor of "Chief of Staff William Daley"): no title there. */
const rankAlone = (L: Lexicon, f: string, words: Word[], k: number) =>
  RANK_PREFIX.has(f) && k + 1 < words.length && !L.titles.has(fold(words[k + 1].text)) && !L.givenNames.has(fold(words[k + 1].text));
/** The most words of an officer's name after the body a title's "of" names ("Robin Leigh-Pemberton"). */
const OFFICER_NAME_WORDS = 3;

/**
 * After a title's "of" (`name` opens with it), a body with a head or known to the gazetteer then a given name and a
 * surname ("of the Bank of England Robin Leigh-Pemberton"): the body and the person are two mentions, pushed to `out`.
 */
function officerOfBody(L: Lexicon, text: string, name: Word[], document: string, sentence: number, out: NameMention[], from = 1, cue = 'title'): boolean {
  let g = from + 1;
  while (g < name.length && !L.givenNames.has(fold(name[g].text))) g++;
  const person = name.slice(g);
  if (person.length < 2 || person.length > OFFICER_NAME_WORDS || hasHead(person) || !person.every((w) => upperFirst(w.text))) return false;
  let body = name.slice(from, g);
  while (body.length && ARTICLE_WORD.test(body[0].text)) body = body.slice(1);
  if (!body.length || CONNECTORS.has(body[body.length - 1].text)) return false;
  // (the body's last word its head, or the body known: not a head inside a company's name, "Bank Leumi")
  const typed = gazetteerType(spanOf(text, body), body);
  if (typed?.type !== 'org' || (typed.cue !== 'gazetteer' && headOf(body[body.length - 1].text) !== 'org' && !headOfPlace(body))) return false;
  out.push(runMention(text, body, typed.type, typed.cue, document, sentence));
  out.push(runMention(text, person, 'person', cue, document, sentence));
  return true;
}
/**
 * "... the 12-member European Community Tran Van Thinh told reporters": a body the gazetteer knows by its whole name,
 * headed by its last word, then two or three capitalised words of no head, place or given name that the document never
 * writes in lower case, right before the run's speech verb -- the body and the person speaking, two mentions pushed to
 * `out` (officerOfBody's reading with no given name to find the person by; quotes58). ("Banque Paribas Capital Markets
 * said", "Smith Barney Harris Upham said": no known body headed by its last word before the words.)
 */
function knownBodySpeaker(
  L: Lexicon,
  text: string,
  tokens: Token[],
  words: Word[],
  last: number,
  document: string,
  sentence: number,
  lowerVocabulary: LowerVocabulary,
  out: NameMention[],
): boolean {
  if (!speechAfter(L, tokens, last)) return false;
  // (a body of two words or more: "Telegraph" alone, a newspaper's name, heads "Telegraph Co Shares, Series 2, said")
  for (let g = words.length - 2; g >= Math.max(2, words.length - OFFICER_NAME_WORDS); g--) {
    const body = words.slice(0, g);
    const typed = gazetteerType(spanOf(text, body), body);
    // (its last word an organisation's head: "Smith Barney Harris Upham said", "Telegraph Co Shares, Series 2" are
    // companies' names after a known one, no officers)
    if (typed?.type !== 'org' || typed.cue !== 'gazetteer' || headOf(body[body.length - 1].text) !== 'org') continue;
    const person = words.slice(g);
    const personal = (w: Word) => upperFirst(w.text) && !lowerVocabulary.has(fold(w.text)) && !placeOf(w.text) && !L.givenNames.has(fold(w.text));
    if (hasHead(person) || !person.every(personal)) return false;
    out.push(runMention(text, body, typed.type, typed.cue, document, sentence));
    out.push(runMention(text, person, 'person', 'speech', document, sentence));
    return true;
  }
  return false;
}

/** A speech verb that types its subject a person right after the token `last`, auxiliaries between ("X told", "X has said"). */
function speechAfter(L: Lexicon, tokens: Token[], last: number): boolean {
  const k = pastAuxiliaries(L, tokens, last + 1);
  return tokens[k]?.kind === 'word' && TYPING_SPEECH.has(fold(tokens[k].text));
}

/** The first token from `k` on that is no auxiliary ("has", "had": "X has said"). */
function pastAuxiliaries(L: Lexicon, tokens: Token[], k: number): number {
  while (tokens[k]?.kind === 'word' && L.auxiliaries.has(fold(tokens[k].text))) k++;
  return k;
}

/**
 * The company a run names before its officer's title ("Hughes Tool Co Chairman W.A. Kistler", "ITT Corp Chairman
 * Rand Araskog"), or null: the words before the title (`at`, its first word), other title words taken off
 * their ends ("First Boston Corp Managing Director"), of at least two words, ending in a legal form, no legal form alone.
 */
function bodyBeforeTitle(L: Lexicon, text: string, tokens: Token[], words: Word[], at: number, document: string, sentence: number): NameMention | null {
  // (a run cut at a conjunction names part of a company: "Frost and Sullivan Inc President Daniel Sullivan")
  if (COMPANY_CONJUNCTIONS.has(tokens[tokenAt(tokens, words[0].start) - 1]?.text ?? '')) return null;
  const titleWord = (w: Word) => L.titles.has(fold(w.text)) || L.roles.has(fold(w.text)) || OFFICER_OPENER.has(fold(w.text));
  let end = at;
  while (end > 0 && titleWord(words[end - 1])) end--;
  let from = 0;
  while (from < end && titleWord(words[from])) from++;
  const body = words.slice(from, end);
  if (body.length < 2 || legalFormsOnly(body)) return null;
  const typed = gazetteerType(spanOf(text, body), body);
  // (a company's, its last word a legal form: a body of state or a committee before its officer's title is left as it
  // was -- "World Bank President", "House Ways and Means Committee Chairman" moved claims' grouping with it)
  if (typed?.type !== 'org' || !L.legalForms.has(fold(body[body.length - 1].text))) return null;
  return runMention(text, body, 'org', typed.cue, document, sentence);
}
/** Whether a body's name ends in "<head> of <place>" ("Federal Reserve Bank of New York"). */
function headOfPlace(body: Word[]): boolean {
  let of = body.length - 2;
  while (of > 0 && body[of].text !== 'of') of--;
  return of > 0 && headOf(body[of - 1].text) === 'org' && !!placeOf(joined(body.slice(of + 1)));
}
/** an article, in any case */
const ARTICLE_WORD = /^(the|a|an)$/iu;

/** Whether a run is an office's title after its portfolios with an "and" between two ("Trade and Industry Secretary"). */
function officeTitle(L: Lexicon, words: Word[]): boolean {
  const n = words.length;
  // (most runs hold no "and" before their last two words: looked for before any word is folded)
  let and = false;
  for (let k = 1; k < n - 2; k++) if (words[k].text === 'and') and = true;
  if (!and || !L.titles.has(fold(words[n - 1].text))) return false;
  for (let k = 0; k < n - 1; k++) if (words[k].text !== 'and' && !L.portfolios.has(fold(words[k].text))) return false;
  return true;
}

/** Every word a title or a role ("General" of "Attorney General", "President" of "Vice President"). */
function titleWordsOnly(L: Lexicon, words: Word[]): boolean {
  for (let k = 0; k < words.length; k++) if (!L.titles.has(fold(words[k].text)) && !L.roles.has(fold(words[k].text))) return false;
  return true;
}

/** Every word a headline's function word in capitals ("AT", "IN"), no closure over the lexicon made per run. */
function shoutedFunctionWordsOnly(L: Lexicon, words: Word[]): boolean {
  for (let k = 0; k < words.length; k++) if (!L.shoutedFunctionWords.has(fold(words[k].text))) return false;
  return true;
}

/** the first word or number of a sentence (module level: no function made per sentence) */
const isWordOrNumber = (t: Token) => t.kind === 'word' || t.kind === 'number';

/** The text a run of words spans in its sentence. */
const spanOf = (text: string, ws: Word[]) => text.slice(ws[0].start, ws[ws.length - 1].end);

/** The mention a run of words makes. */
function runMention(text: string, ws: Word[], type: EntityType, cue: string, document: string, sentence: number): NameMention {
  return { text: spanOf(text, ws), type, document, sentence, start: ws[0].start, end: ws[ws.length - 1].end, cue };
}

/**
 * Where a company's name that a conjunction joins ends (the index after its last legal form), or -1: after the
 * conjunction at most `COMPANY_CONJUNCT_WORDS` name words, then legal forms, then no more name words. Only legal forms
 * after it ("Merrill Lynch and Co Inc") always join; else the part before it must be no company, place or person of its
 * own, nor longer ("Exxon and Mobil Corp", "United Auto Workers and American Motors Corp" are two names), nor open a
 * company the document names ("Comdata" of "Comdata Network Inc"), nor the part after open with a given name.
 */
function companyConjunct(tokens: Token[], k: number, text: string, before: string[], vocabulary: LowerVocabulary): number {
  const L = lex();
  let words = 0;
  while (
    k < tokens.length &&
    spaced(text, tokens, k) &&
    isNameWord(tokens[k]) &&
    !L.legalForms.has(fold(possessiveStem(tokens[k].text))) &&
    words <= COMPANY_CONJUNCT_WORDS
  ) {
    k++;
    words++;
  }
  const forms = k;
  while (k < tokens.length && spaced(text, tokens, k) && tokens[k].kind === 'word' && L.legalForms.has(fold(possessiveStem(tokens[k].text)))) {
    // (a legal form's possessive ends the name: "Bank of America NT and SA's <BAC.N> West German branch")
    const owner = possessiveStem(tokens[k].text) !== tokens[k].text;
    k++;
    if (owner) break;
  }
  // (a known organisation written with "and" inside, no legal form after it: "Standard and Poor's said")
  if (
    k === forms &&
    words > 0 &&
    words <= COMPANY_CONJUNCT_WORDS &&
    L.knownOrgs.has(`${fold(before.join(' '))} ${foldedRun(tokens, forms - words - 1, forms - 1)}`)
  )
    return forms;
  // (a legal form's word inside a longer one is none: "Organisation for Security and Co-operation in Europe")
  const glued = tokens[k] && tokens[k].start === tokens[k - 1].end && tokens[k].text.startsWith('-');
  // (a name word after a legal form's full stop opens the next sentence: "Standard and Poor's Corp. Salomon Brothers Inc")
  const goesOn = tokens[k] && spaced(text, tokens, k) && isNameWord(tokens[k]) && !stopAfterLegalForm(tokens[k - 1].text);
  if (k === forms || glued || words > COMPANY_CONJUNCT_WORDS || goesOn) return -1;
  if (!words) return k;
  const last = fold(possessiveStem(before[before.length - 1]));
  const whole = fold(before.join(' '));
  const own =
    before.length > COMPANY_CONJUNCT_WORDS ||
    L.legalForms.has(last) ||
    L.knownOrgs.has(whole) ||
    !!placeOf(before.join(' ')) ||
    L.givenNames.has(fold(before[0])) ||
    // (the part before it opens a company the document names: "Comdata and Mason Best Co" beside "Comdata Network Inc";
    // not a people's adjective, "British and Commonwealth Holdings Plc" beside "British Telecom")
    (!isDemonym(before[0]) && !!vocabulary.opensOwnCompany?.(before.join(' ')));
  return own || L.givenNames.has(fold(tokens[forms - words].text)) ? -1 : k;
}

/** The most name words of a company's name after a slash inside it ("Lorimar/Telepictures Corp"). */
const SLASH_NAME_WORDS = 3;
const SLASH_COMPANY_HEAD = new Set(COMPANY_HEADS);

/**
 * Where a company's name with a slash inside it ends (after its legal form or company head), or -1: the slash at `j`
 * glued to the run's last word and to a name word, at most `SLASH_NAME_WORDS` name words, then legal forms (or one
 * company head), then no more name words ("Hughes/Conserdyne Corp", "Capital Cities/ABC Inc", "Royal Dutch/Shell
 * Group"). Not after a legal form, nor after a name the document writes before one: "McDonnell Douglas Corp/Textron
 * Inc", "Pennzoil/Texaco Inc" beside "Pennzoil Co" are two companies.
 */
function slashCompany(tokens: Token[], j: number, text: string, from: number, vocabulary: LowerVocabulary): number {
  const L = lex();
  const after = tokens[j + 1];
  if (tokens[j].text !== '/' || !after || tokens[j - 1].end !== tokens[j].start || after.start !== tokens[j].end) return -1;
  if (L.legalForms.has(fold(tokens[j - 1].text))) return -1;
  // (the part before the slash written before a legal form of its own: "the Pennzoil/Texaco Inc litigation" beside
  // "Pennzoil Co said")
  if (vocabulary.namedWithForm?.(text.slice(tokens[from].start, tokens[j - 1].end))) return -1;
  let k = j + 1;
  while (
    k < tokens.length &&
    k - j - 1 < SLASH_NAME_WORDS &&
    isNameWord(tokens[k]) &&
    !L.legalForms.has(fold(tokens[k].text)) &&
    (k === j + 1 || spaced(text, tokens, k))
  ) {
    // (an owner's possessive ends the name: "Royal Dutch/Shell's Scallop Petroleum Co" names the group's unit)
    if (possessiveStem(tokens[k].text) !== tokens[k].text) return -1;
    k++;
  }
  const words = k - j - 1;
  if (!words) return -1;
  const forms = k;
  while (k < tokens.length && spaced(text, tokens, k) && tokens[k].kind === 'word' && L.legalForms.has(fold(tokens[k].text))) k++;
  // (a company head as the last name word: "Royal Dutch/Shell Group")
  if (k === forms && words > 1 && SLASH_COMPANY_HEAD.has(fold(tokens[k - 1].text))) return k;
  if (k === forms || (tokens[k] && spaced(text, tokens, k) && isNameWord(tokens[k]))) return -1;
  return k;
}

const joined = (words: Word[]) => words.map((w) => w.text).join(' ');

/**
 * Whether the run's last word, the connectors from `j` to `k` and the name word at `k` are a known organisation with no
 * head ("House of Representatives", "Council of Europe"): the name goes on through "of" (it ended there: "House" and
 * "Representatives" were two names).
 */
function knownThrough(tokens: Token[], runIdx: number[], j: number, k: number): boolean {
  let name = fold(possessiveStem(tokens[runIdx[runIdx.length - 1]].text));
  for (let x = j; x <= k; x++) name += ` ${fold(possessiveStem(tokens[x].text))}`;
  return lex().knownOrgs.has(name);
}

/** one or two capital letters with no stop: a company's initial, as the wires write "B&D" ("B and D", "LL and E") */
const LETTER_CODE = /^[A-Z]{1,2}$/;
const ROMAN = new Set(ROMAN_NUMERALS);
const PAIR_NOT_BEFORE = new Set(LETTER_PAIR_NOT_BEFORE);
const PAIR_TERM = new Set(LETTER_PAIR_TERMS);
const PAIR_HEAD = new Set(LETTER_PAIR_HEADS);
/** what ends a letter joined by "and" as a code of its own: a notch or number ("A-1"), a slash ("R/DHB"), a bracket */
const PAIR_GLUED = new Set(['-', '/', ')']);

const letterCode = (L: Lexicon, word: string) =>
  LETTER_CODE.test(word) && !ROMAN.has(word) && !RATING_GRADE.has(word) && !L.knownOrgs.has(fold(word)) && !L.places.has(fold(word));

/**
 * Whether the "and" at `at` joins two letter codes into one company's name, as the wires write an ampersand ("B and D
 * Industruments Inc", "LL and E Royalty Trust", "D and P said", "B and C's share earnings", "E D and F Man"): a code
 * of one or two capitals each side, one of them a single letter ("GM and GE" are two companies), no roman numeral,
 * grade, known body or place; not a class's or a list's letters ("class A and B", "Series A, B and C", "(A and B)",
 * "the A and B shares"), nor a rating's ("from A and A-1"). A trade's term is joined anywhere (and then dropped).
 */
function letterPair(tokens: Token[], at: number, text: string): boolean {
  const a = tokens[at - 1];
  const b = tokens[at + 1];
  if (a?.kind !== 'word' || b?.kind !== 'word' || !spaced(text, tokens, at) || !spaced(text, tokens, at + 1)) return false;
  const L = lex();
  // (the sentence's full stop on the last letter: "Also opposing the appeal was AT and T.")
  const right = tokens[at + 2] === undefined && endsInStop(b.text) ? b.text.slice(0, -1) : possessiveStem(b.text);
  if (!letterCode(L, a.text) || !letterCode(L, right) || (a.text.length > 1 && right.length > 1)) return false;
  // (a trade's term is read whole wherever it stands: "a tonne, C and F, Gulf")
  if (PAIR_TERM.has(`${fold(a.text)} and ${fold(right)}`)) return true;
  const before = tokens[at - 2];
  if (before && (LETTER_AFTER.has(fold(before.text)) || (before.text === ',' && tokens[at - 3]?.kind === 'word' && LETTER_CODE.test(tokens[at - 3].text))))
    return false;
  const after = tokens[at + 2];
  if (after && after.start === b.end && PAIR_GLUED.has(after.text[0])) return false;
  // (a possessive's noun is the company's: "B and C's share earnings")
  return right !== b.text || !(after?.kind === 'word' && spaced(text, tokens, at + 2) && PAIR_NOT_BEFORE.has(fold(after.text)));
}

const AND_TERM = new Set(NAME_AND_TERMS);

/** Whether the "and" at `at` joins its two words into one term of a company's name (`NAME_AND_TERMS`: "Savings and Loan"). */
function andTerm(tokens: Token[], at: number, text: string): boolean {
  const b = tokens[at + 1];
  return (
    b?.kind === 'word' &&
    spaced(text, tokens, at) &&
    spaced(text, tokens, at + 1) &&
    AND_TERM.has(`${fold(tokens[at - 1].text)} and ${fold(possessiveStem(b.text))}`)
  );
}

/** most portfolio words after "and" before the office's head ("Industry and Foreign Trade Secretary") */
const PORTFOLIO_PAIR_WORDS = 3;

/**
 * Whether the "and" at `at` joins two portfolios of one office: the run so far portfolio words only, then portfolio words
 * and a ministry's head or a title ("Energy and Mines Ministry", "Trade and Industry Secretary"; each was split at "and",
 * leaving "Energy" and "Trade" names of their own).
 */
function portfolioPair(L: Lexicon, tokens: Token[], runIdx: number[], at: number, text: string): boolean {
  if (!spaced(text, tokens, at) || !L.portfolios.has(fold(tokens[at - 1].text))) return false;
  // (the run may hold the "The" opening a sentence)
  for (let n = ARTICLES.has(fold(tokens[runIdx[0]].text)) ? 1 : 0; n < runIdx.length; n++) {
    const w = tokens[runIdx[n]].text;
    if (!L.portfolios.has(fold(w)) || !upperFirst(w)) return false;
  }
  for (let k = at + 1; k <= at + PORTFOLIO_PAIR_WORDS + 1 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !upperFirst(t.text) || !spaced(text, tokens, k)) return false;
    const f = fold(possessiveStem(t.text));
    if (k > at + 1 && (L.titles.has(f) || OFFICE_HEADS.has(f))) return true;
    if (!L.portfolios.has(f)) return false;
  }
  return false;
}

/** The trade's term two letters joined by "and" end a run's words in ("S and L"), or ''. */
function pairTermAtEnd(words: Word[]): string {
  const n = words.length;
  if (n < 3 || words[n - 2].text !== 'and') return '';
  const term = `${fold(words[n - 3].text)} and ${fold(words[n - 1].text)}`;
  return PAIR_TERM.has(term) ? term : '';
}

/** Whether a run's words hold two letter codes joined by "and" (`letterPair` joined them). */
function holdsLetterPair(words: Word[]): boolean {
  for (let k = 1; k < words.length - 1; k++)
    if (words[k].text === 'and' && LETTER_CODE.test(words[k - 1].text) && LETTER_CODE.test(words[k + 1].text)) return true;
  return false;
}

/** After "<title> of", a place stripped from a run leaves at least this many words, a person's given name and surname. */
const PLACE_BEFORE_TITLED_NAME = 2;

/** The most words a known name holding a not-name word is looked for in ("United Arab Emirates", "Liberal Democratic Party"). */
const KNOWN_SPAN_WORDS = 4;

/**
 * Where a name that holds a capitalised not-name word of `NAME_OPENERS` ends (the index after it), or -1: the longest
 * run from `i` that the gazetteer knows as a place or organisation ("Soviet Union", "South Korea", "Middle East",
 * "European Community"), else an opener before name words with a head ("Communist Party", "Western Union", "North
 * Sea"; the run then goes on as any other). Without it, the rest names another thing: "Union" joined Union Camp Corp,
 * "South Africa" read as Africa.
 */
function knownSpan(tokens: Token[], i: number, text: string, vocabulary?: LowerVocabulary): number {
  const t = tokens[i];
  if (t.kind !== 'word' || !upperFirst(t.text)) return -1;
  const L = lex();
  const words: Word[] = [];
  let opener = false;
  let k = i;
  for (; k < tokens.length && words.length < KNOWN_SPAN_WORDS && (k === i || spaced(text, tokens, k)); k++) {
    const w = tokens[k];
    if (w.kind !== 'word') break;
    // (stripPossessive's reading without its record: the stem is shorter exactly where there is a possessive)
    const stem = possessiveStem(w.text);
    const possessive = stem !== w.text;
    const open = upperFirst(w.text) && !isNameWord(w) && L.nameOpeners.has(fold(stem));
    if (!open && !isNameWord(w) && !(k > i && CONNECTORS.has(w.text))) break;
    opener ||= open;
    words.push({ text: stem, start: w.start, end: w.start + stem.length, possessive });
    if (possessive) {
      k++;
      break;
    }
  }
  // (a run of name words only is found as it is)
  if (!opener || words.length < 2) return -1;
  for (let n = words.length; n >= 2; n--) {
    const name = joined(words.slice(0, n));
    if (!CONNECTORS.has(words[n - 1].text) && opensWithin(L, words, n) && (placeOf(name) || L.knownOrgs.has(fold(name)) || L.openedNames.has(fold(name))))
      return i + n;
  }
  // ("North American Acquisition said" of "North American Acquisition Corp": a company's name the document writes
  // before its legal form, opened by an opener and a demonym; the demonym stripped left "Acquisition", a person)
  const company = vocabulary ? openedCompany(words, text, vocabulary) : 0;
  if (company > 0) return i + company;
  if (isNameWord(t)) return -1;
  let n = 1;
  // (an opener inside goes on too: "Christian Democratic Union")
  while (n < words.length && (isNameWord(tokens[i + n]) || L.nameOpeners.has(fold(words[n].text))) && !words[n - 1].possessive) n++;
  const head = n > 1 ? hasHead(words.slice(1, n)) : null;
  return head === 'place' || (head === 'org' && partyOpens(words, n)) ? i + 1 : -1;
}

/**
 * How many of `words` (an opener's run) name a company the document writes before its legal form, or 0: the run opens
 * with an opener, ends in a name word that is no demonym or opener, and the document writes it before a legal form.
 */
function openedCompany(words: Word[], text: string, vocabulary: LowerVocabulary): number {
  const L = lex();
  if (!L.nameOpeners.has(fold(words[0].text))) return 0;
  for (let n = words.length; n >= 2; n--) {
    const last = words[n - 1];
    if (last.possessive && n < words.length) continue;
    if (CONNECTORS.has(last.text) || L.nameOpeners.has(fold(last.text)) || isDemonym(last.text) || isNotName(last.text)) continue;
    if (vocabulary.opensCompany?.(spanOf(text, words.slice(0, n)))) return n;
  }
  return 0;
}

const PARTY_WORD = new Set(PARTY_WORDS);
const PARTY_WORD_OPENER = new Set(PARTY_WORD_OPENERS);
/** Whether `word`, the token at `last`, opens a party's adjective or a role with the party word after it (in any case:
 * "The Social democrats in 1986 doubled ..."). */
function partyWordOpener(word: string, tokens: Token[], last: number, text: string): boolean {
  const next = tokens[last + 1];
  return PARTY_WORD_OPENER.has(fold(word)) && next?.kind === 'word' && spaced(text, tokens, last + 1) && PARTY_WORD.has(fold(possessiveStem(next.text)));
}

const PARTY_OPENER = new Set(PARTY_OPENERS);
const PARTY_BODY_HEAD = new Set(PARTY_BODY_HEADS);
/** A party's adjective opens its own bodies' names only ("Republican Party"; "the Republican Senate" is the Senate;
 * a place's head is opened as before: "Democratic Republic of Congo"). */
function partyOpens(words: Word[], n: number): boolean {
  if (!PARTY_OPENER.has(fold(words[0].text))) return true;
  for (let k = 1; k < n; k++) if (PARTY_BODY_HEAD.has(fold(words[k].text))) return true;
  return false;
}

/** Is one of the first n words an opener? (A loop, no slice: a closure over the lexicon made V8 allocate knownSpan's
 * context on every call, for every token of a sentence that may hold an opener.) */
function opensWithin(L: Lexicon, words: Word[], n: number): boolean {
  for (let k = 0; k < n; k++) if (L.nameOpeners.has(fold(words[k].text))) return true;
  return false;
}

/**
 * Where a known organisation whose name holds "and" or a lower-case word (`CONNECTED_ORGS`: "Securities and Exchange
 * Commission", "S&P") starting at `i` ends (the index after it), or -1. Matched on the text, folded (the tokens may have
 * split a hyphenated word: "Co-operation"), ending where a token ends or before its possessive ("Commission's").
 */
function connectedSpan(tokens: Token[], i: number, text: string): number {
  const t = tokens[i];
  if (t.kind !== 'word' || !upperFirst(t.text) || !mayFoldInto(lex().connectedOrgBits, t.text)) return -1;
  const names = lex().connectedOrgs.get(fold(t.text));
  if (!names) return -1;
  for (const name of names) {
    const end = t.start + name.length;
    if (end > text.length || fold(text.slice(t.start, end)) !== name) continue;
    for (let k = i; k < tokens.length && tokens[k].start < end; k++) {
      if (tokens[k].end === end || (tokens[k].end === end + 2 && possessiveStem(tokens[k].text) !== tokens[k].text)) return k + 1;
      // (or with a sentence's full stop on its last letter: "by S and P.")
      if (tokens[k].end === end + 1 && text.charCodeAt(end) === FULL_STOP && tokens[k].text.length > 1) return k + 1;
    }
  }
  return -1;
}

const FULL_STOP = 46;
/** whether a word ends in a full stop, as initials do (told before `INITIALS`' regex: asked of most runs) */
const endsInStop = (word: string) => word.charCodeAt(word.length - 1) === FULL_STOP;

/** a character outside ASCII (its fold may be ASCII: "Sóuth" is "south") */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Might the sentence hold a word of `NAME_OPENERS` (without one `knownSpan` finds nothing)? Each of its tokens is a piece
 * of the text, and a word folds to an opener only when the text holds the opener in some case, or has a non-ASCII letter.
 */
const mayHoldOpener = (text: string) => NON_ASCII.test(text) || lex().nameOpenerText.test(text);

/**
 * Might the sentence hold a name of `CONNECTED_ORGS` (without one `connectedSpan` finds nothing)? Its ASCII text folds to
 * its lower case, so a name found there is written in the text with its capital first; asked once per sentence
 * instead of hashing every capitalised word (names40's look-up cost ~4% of enrichDocument's CPU done per word).
 */
const mayHoldConnected = (text: string) => NON_ASCII.test(text) || lex().connectedOrgText.test(text);

/** ... but a word in -ing, -ed or -ly right before a speech verb is a surname ("Schilling told", "Reilly said") */
function speaksAlone(words: Word[], tokens: Token[], last: number): boolean {
  const L = lex();
  return words.length === 1 && L.speechVerbs.has(fold(tokens[last + 1]?.text ?? '')) && !L.starters.has(fold(words[0].text));
}

/** ... and so is the word before a company's legal form ("Lockheed Corp said"), and an ordinal opening an organisation's
 * name ("First Union Corp said") */
function companyRun(words: Word[]): boolean {
  const L = lex();
  return words.length >= 2 && (legalFormsOnly(words, 1) || (L.nameOpeningStarters.has(fold(words[0].text)) && hasHead(words.slice(1)) === 'org'));
}

/** A portfolio's word, or a common word the document writes in lower case ("Oils" beside "fats and oils"): no
 * company's nor place's name ("the Ministry of Finance, Mitsubishi and Toyota" are three). */
const listItemWord = (word: string, vocabulary: LowerVocabulary) => lex().portfolios.has(fold(word)) || vocabulary.has(fold(word));
/** The most words of one item of a body's list after "of" ("Animal Husbandry"). */
const PORTFOLIO_LIST_HEAD = new Set(PORTFOLIO_LIST_HEADS);
const LIST_ITEM_WORDS = 2;

/**
 * Where a list of capitalised items after a body's "<head> of|for <item>" run ends (the index after its last item), or
 * -1: ", <item>, ... and <item>" with nothing capitalised after ("the Commodity Board for Margarine, Fats and Oils
 * said"); without it the last item was a name of its own, a person by the speech verb ("Oils", "Labour").
 */
function portfolioList(tokens: Token[], runIdx: number[], j: number, vocabulary: LowerVocabulary): number {
  const n = runIdx.length;
  if (n < 3 || tokens[j]?.text !== ',') return -1;
  const of = tokens[runIdx[n - 2]].text;
  if ((of !== 'of' && of !== 'for') || !PORTFOLIO_LIST_HEAD.has(fold(tokens[runIdx[n - 3]].text)) || !isNameWord(tokens[runIdx[n - 1]])) return -1;
  if (placeOf(tokens[runIdx[n - 1]].text)) return -1;
  let k = j;
  let and = false;
  while (!and && k < tokens.length && (tokens[k].text === ',' || tokens[k].text === 'and')) {
    and = tokens[k].text === 'and';
    k++;
    if (tokens[k]?.text === 'and' && !and) {
      and = true;
      k++;
    }
    let words = 0;
    while (k < tokens.length && words < LIST_ITEM_WORDS && isNameWord(tokens[k]) && listItemWord(tokens[k].text, vocabulary)) {
      k++;
      words++;
    }
    if (!words) return -1;
  }
  return and && !(k < tokens.length && isNameWord(tokens[k])) ? k : -1;
}

/** Whether the run of two words or more opens with a name the headline writes before a ticker ("Corning Glass Works"
 * under "CORNING <GLW>", "Carling O'Keefe Ltd" under "CARLING O'KEEFE <CKB>"). */
function tickeredRun(words: Word[], text: string, vocabulary: LowerVocabulary): boolean {
  if (words.length < 2 || !vocabulary.tickeredInHeadline) return false;
  for (let n = 1; n <= words.length; n++) if (vocabulary.tickeredInHeadline(spanOf(text, words.slice(0, n)))) return true;
  return false;
}

/** Does a mention overlap the token? (A loop: a closure over the token made V8 allocate surnameMentions' loop
 * context for every token of a document that drops a surname.) */
function overlapsMention(mentions: NameMention[], t: Token): boolean {
  for (let k = 0; k < mentions.length; k++) if (mentions[k].start < t.end && mentions[k].end > t.start) return true;
  return false;
}

/**
 * The run's words: each token's stem, and possessive where it is shorter than the word (stripPossessive's reading
 * without its record); the token at `own` keeps its possessive (a known name's: "Standard and Poor's").
 */
// (a function of its own, not a closure in findMentions' loop: one capturing the loop's consts made V8 allocate the
// loop body's context for every token the loop passes, runs or not)
function runWords(tokens: Token[], runIdx: number[], own: number): Word[] {
  // (sized at once, as `map` did: pushes grow a run's array past its length)
  const words = new Array<Word>(runIdx.length);
  for (let n = 0; n < runIdx.length; n++) {
    const x = runIdx[n];
    const text = tokens[x].text;
    const word = x === own ? text : possessiveStem(text);
    words[n] = { text: word, start: tokens[x].start, end: tokens[x].start + word.length, possessive: word !== text };
  }
  return words;
}

const STREET_HEAD = new Set(STREET_HEADS);
/** an ordinal's suffix, a token of its own after the number ("117", "th") */
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;

/** The ordinal number before a street's head opening the run, as a word ("117th" of "117th Street"), or null. */
function streetOrdinal(tokens: Token[], first: number, words: Word[]): Word | null {
  const suffix = tokens[first - 1];
  const number = tokens[first - 2];
  // (the tokens before first, the head's fold last: reached for every run)
  if (suffix === undefined || number === undefined || number.kind !== 'number' || number.end !== suffix.start || suffix.end + 1 !== tokens[first].start)
    return null;
  if (!ORDINAL_SUFFIX.test(suffix.text) || words[0].start !== tokens[first].start || !STREET_HEAD.has(fold(words[0].text))) return null;
  return { text: `${number.text}${suffix.text}`, start: number.start, end: suffix.end, possessive: false };
}

/** A word without its last character (a full stop), as a literal of the words' one shape: a spread's copy has a map of
 * its own, and the readers of words deoptimised on it. */
const withoutStop = (w: Word): Word => ({ text: w.text.slice(0, -1), start: w.start, end: w.end - 1, possessive: w.possessive });

/** Leave a sentence's full stop out of a known name's last word ("S and P." -> "S and P"); in place. */
function stopAfterKnown(words: Word[], L: Lexicon, text: string): void {
  const w = words[words.length - 1];
  if (w.text.length < 2 || w.text.charCodeAt(w.text.length - 1) !== FULL_STOP) return;
  // (a letter joined to its partner by "and" is the company's, its stop the sentence's: "was AT and T.")
  const n = words.length;
  if (n >= 3 && words[n - 2].text === 'and' && w.text.length === 2 && LETTER_CODE.test(words[n - 3].text)) {
    words[n - 1] = withoutStop(w);
    return;
  }
  // (as joined, or as written: "S/P" is no run of words; both read without the stop, no words copied for them)
  if (L.knownOrgs.has(fold(joined(words).slice(0, -1))) || L.knownOrgs.has(fold(text.slice(words[0].start, w.end - 1))))
    words[words.length - 1] = withoutStop(w);
}

/** the weekdays that open a name of `WEEKDAY_OUTLETS`, as written ("Sunday") */
const WEEKDAY_OUTLET_OPENERS = new Set(WEEKDAY_OUTLETS.map((n) => n[0].toUpperCase() + n.slice(1, n.indexOf(' '))));
/** the most words of a name of `WEEKDAY_OUTLETS` */
const WEEKDAY_OUTLET_WORDS = 3;
const WEEKDAY_OUTLET = new Set(WEEKDAY_OUTLETS);

/** Where an outlet opening with a weekday ends when one opens at `i` ("The Sunday Express said"), or -1: a weekday
 * alone is no name, so the run would open after it ("Express", a person by speech). */
function weekdayOutlet(tokens: Token[], i: number): number {
  if (!WEEKDAY_OUTLET_OPENERS.has(tokens[i].text)) return -1;
  let name = fold(tokens[i].text);
  for (let k = i + 1; k < i + WEEKDAY_OUTLET_WORDS && tokens[k]?.kind === 'word' && upperFirst(tokens[k].text); k++) {
    name = `${name} ${fold(possessiveStem(tokens[k].text))}`;
    if (WEEKDAY_OUTLET.has(name)) return k + 1;
  }
  return -1;
}

/** an article opening a run ("The", "A", "An", or a headline's "THE", "AN": "AN AUSTRALIAN climber"; module-level:
 * reached for every run) */
const LEADING_ARTICLE = /^(The|A|An|THE|AN)$/;

/** Where a gathered run goes on: the token after its last (`j`) and whether a possessive or a stop ended it. */
interface RunCursor {
  j: number;
  ended: boolean;
}

/**
 * Gathers a run of findMentions from `cursor.j` on: capitalised words side by side, connectors only inside an
 * organisation or place name (the run's first token `i`, its tokens so far `runIdx`). (A function of its own: its
 * rare readings, met late, are compiled again apart from findMentions.)
 */
function gatherRun(
  tokens: Token[],
  text: string,
  i: number,
  runIdx: number[],
  cursor: RunCursor,
  firstWord: number,
  openers: boolean,
  connected: boolean,
  lowerVocabulary: LowerVocabulary,
): void {
  const L = lex();
  let j = cursor.j;
  let ended = cursor.ended;
  while (!ended && j < tokens.length) {
    const t = tokens[j];
    // (only a single space or none between: told by positions, no slice made)
    const gap = t.start - tokens[j - 1].end;
    if (gap > 1 || (gap === 1 && text.charCodeAt(t.start - 1) !== 32)) break;
    if (isNameWord(t)) {
      // "its Hamtramck Buick-Oldsmobile-Cadillac assembly plant": the listed names stand apart from the plant's place
      if (opensHyphenList(tokens, j)) break;
      // "... by Standard and Poor's Corp. Salomon Brothers Inc co-managed": a legal form's full stop ended a sentence
      if (stopAfterLegalForm(tokens[j - 1].text) && !lex().legalForms.has(fold(t.text)) && !lex().afterLegalForm.has(fold(t.text))) break;
      // "U.S. Securities and Exchange Commission": a known name with "and" inside goes on whole
      const whole = connected ? connectedSpan(tokens, j, text) : -1;
      if (whole > 0) {
        for (; j < whole; j++) runIdx.push(j);
        ended = possessiveEnds(tokens, j - 1, text, i);
        continue;
      }
      runIdx.push(j);
      ended = possessiveEnds(tokens, j, text, i);
      j++;
      continue;
    }
    // "aide Oliver North": a compass word after a given name alone ends the name as its surname
    if (givenNameSurname(tokens, runIdx, j)) {
      runIdx.push(j);
      ended = possessiveEnds(tokens, j, text, i);
      j++;
      continue;
    }
    // "Sony (U.K.) Ltd", "Cheung Kong (Holdings) Ltd": a company's name with its country or line in brackets
    const bracketed = bracketedLegalForm(tokens, j, text);
    if (bracketed > 0) {
      for (let x = j + 1; x < bracketed; x++) if (tokens[x].kind === 'word') runIdx.push(x);
      j = bracketed;
      ended = possessiveEnds(tokens, j - 1, text, i);
      continue;
    }
    // "Norfolk Southern Corp", "America West Airlines": a not-name that opens what follows within a name
    // (t is no name word here: that case went on above)
    const within = openers ? knownSpan(tokens, j, text) : -1;
    if (within > 0) {
      for (; j < within; j++) runIdx.push(j);
      ended = possessiveEnds(tokens, j - 1, text, i);
      continue;
    }
    // "a Norfolk Southern spokesman": a compass word closes a name (each a word of `NAME_OPENERS`: asked only where
    // the sentence may hold one)
    if (openers && closesName(tokens, runIdx, j, i === firstWord)) {
      runIdx.push(j);
      ended = possessiveEnds(tokens, j, text, i);
      j++;
      continue;
    }
    // "Ian Read said", "Judicial Watch added": a not-name that ends a name
    if (t.kind === 'word' && upperFirst(t.text) && L.nameTails.has(fold(possessiveStem(t.text))) && !isNameWord(tokens[j + 1] ?? t)) {
      runIdx.push(j);
      j++;
      break;
    }
    // "Goldman, Sachs and Co": a partnership's names written with a comma between them
    if (t.text === ',' && runIdx.length === 1) {
      const k = commaPartnership(tokens, j, text, tokens[runIdx[0]].text);
      if (k > 0) {
        for (let x = j + 1; x < k; x++) runIdx.push(x);
        j = k;
        break;
      }
    }
    // "Toyota Motor Sales, U.S.A. Inc": a company's unit named by its country after a comma, then its legal form
    if (t.text === ',' && runIdx.length > 1) {
      const k = commaCountryUnit(tokens, j, text);
      if (k > 0) {
        for (let x = j; x < k; x++) runIdx.push(x);
        j = k;
        break;
      }
    }
    // "Hughes/Conserdyne Corp": a slash inside a company's name before its legal form
    if (t.text === '/') {
      const k = slashCompany(tokens, j, text, runIdx[0], lowerVocabulary);
      if (k > 0) {
        for (let x = j + 1; x < k; x++) runIdx.push(x);
        j = k;
        ended = possessiveEnds(tokens, j - 1, text, i);
        continue;
      }
    }
    // "Hit or Miss Shops": one word, "or", one word and a chain's plural noun are one chain's name
    if (t.text === 'or' && orChain(tokens, runIdx, j, text)) {
      runIdx.push(j, j + 1, j + 2);
      j += 3;
      ended = possessiveEnds(tokens, j - 1, text, i);
      continue;
    }
    // "B and D Industruments Inc", "LL and E Royalty Trust": letters joined by "and" are one company's initials
    // "Glendale Federal Savings and Loan", "Harris Trust and Savings Bank": two words of one term
    // "Energy and Mines Ministry", "Industry and Foreign Trade Secretary": an office's two portfolios
    if (
      t.text === 'and' &&
      j - 1 === runIdx[runIdx.length - 1] &&
      (letterPair(tokens, j, text) || andTerm(tokens, j, text) || portfolioPair(L, tokens, runIdx, j, text))
    ) {
      runIdx.push(j, j + 1);
      j += 2;
      ended = possessiveEnds(tokens, j - 1, text, i);
      continue;
    }
    if (COMPANY_CONJUNCTIONS.has(t.text)) {
      const k = companyConjunct(
        tokens,
        j + 1,
        text,
        runIdx.map((x) => tokens[x].text),
        lowerVocabulary,
      );
      if (k > 0) {
        for (let x = j; x < k; x++) runIdx.push(x);
        j = k;
        break;
      }
      // "International Minerals and Chemical said": the name the document writes before a legal form elsewhere
      // ("International Minerals and Chemical Corp"), its legal form left out here
      // (the name ends here: "Canada and Pearson Plc", "Stephens Inc and Cazenove Inc." are two)
      if (
        runIdx.length <= COMPANY_CONJUNCT_WORDS &&
        tokens[j + 1] !== undefined &&
        isNameWord(tokens[j + 1]) &&
        !isNameWord(tokens[j + 2] ?? tokens[j + 1]) &&
        !L.legalForms.has(fold(tokens[j - 1].text)) &&
        !placeOf(text.slice(tokens[runIdx[0]].start, tokens[j - 1].end)) &&
        lowerVocabulary.opensCompany?.(text.slice(tokens[runIdx[0]].start, tokens[j + 1].end))
      ) {
        runIdx.push(j, j + 1);
        j += 2;
        ended = possessiveEnds(tokens, j - 1, text, i);
        continue;
      }
    }
    // "Caisse d'Aide a l'Equipement", "Banco Espirito Santo e Comercial": a Romance name's lower-case connector
    if (t.kind === 'word' && ROMANCE_CONNECTOR.has(t.text) && romanceNameGoesOn(tokens, runIdx, j + 1)) {
      runIdx.push(j);
      j++;
      continue;
    }
    if (t.kind === 'word' && ELIDED_NAME_WORD.test(t.text) && hasHead(wordsAt(tokens, runIdx))) {
      runIdx.push(j);
      j++;
      continue;
    }
    if (t.kind === 'word' && (CONNECTORS.has(t.text) || isParticle(t.text))) {
      let k = j;
      while (k < tokens.length && tokens[k].kind === 'word' && (CONNECTORS.has(tokens[k].text) || isParticle(tokens[k].text))) k++;
      const runWords = wordsAt(tokens, runIdx);
      // a person's particles, one or two ("Osama bin Laden", "Ursula von der Leyen")
      let particle = k - j <= PARTICLES_IN_A_ROW;
      for (let x = j; particle && x < k; x++) particle = isParticle(tokens[x].text);
      // a person's name ends before "of": "Francesca Grifo of the Union of Concerned Scientists", "Lesley Nickolds of
      // County Securities Asia Ltd said" name a person and where they work
      if (!particle && personBeforeConnector(runWords)) break;
      // a company's legal form ends its name but for its country after "of" ("Ford Motor Co of Canada"): "a poll by
      // Telephone Surveys Limited for The Sunday Express"
      if (t.text !== 'of' && L.legalForms.has(fold(runWords[runWords.length - 1].text))) break;
      // ... nor for a town after "of", its seat ("Pioneer Business Group Inc of Atlanta")
      if (t.text === 'of' && k === j + 1 && L.legalForms.has(fold(runWords[runWords.length - 1].text)) && seatAfter(tokens, k, text)) break;
      // (or a not-name opening a name with a head, after "of" or "for": "University of South Alabama College of
      // Medicine", "Court for the Eastern District"; not after a bare "the": "in Parliament the Communist Party"; nor a
      // known place, which the gazetteer reads (`knownSpan` ends those further on): "Hoechst AG of West Germany")
      if (
        k < tokens.length &&
        (isNameWord(tokens[k]) ||
          (tokens[k].kind === 'word' && ELIDED_NAME_WORD.test(tokens[k].text)) ||
          (openers && t.text !== 'the' && knownSpan(tokens, k, text) === k + 1)) &&
        (hasHead(runWords) || particle || hasHead(wordsAt(tokens, [k])) || knownThrough(tokens, runIdx, j, k))
      ) {
        for (let x = j; x < k; x++) runIdx.push(x);
        j = k;
        continue;
      }
    }
    break;
  }
  cursor.j = j;
  cursor.ended = ended;
}

/** Names found in one sentence. `lowerVocabulary` holds the document's lower-case words. */
export function findMentions(
  text: string,
  document: string,
  sentence: number,
  lowerVocabulary: LowerVocabulary,
  tokenized?: Token[],
  asBefore = false,
): NameMention[] {
  const L = lex();
  // the words after initials read as naming nothing (unnamedAfterInitials; none when `asBefore`): made for a sentence
  // with a run opening with initials only
  let unnamed: number[] | null = null;
  // (a sentence with no hyphen has no token to split: its tokens are read as they are, not copied)
  const tokens = text.includes('-') ? nameTokens(tokenized ?? tokenize(text), text, lowerVocabulary) : (tokenized ?? tokenize(text));
  const firstWord = tokens.findIndex(isWordOrNumber);
  // `knownSpan` needs a word of `NAME_OPENERS`: 5% of Reuters' sentences hold one, asked once per sentence
  const openers = mayHoldOpener(text);
  // ... and `connectedSpan` a name of `CONNECTED_ORGS`: 1.3% of Reuters' sentences may hold one
  const connected = mayHoldConnected(text);
  const out: NameMention[] = [];
  // where a run opens as a sentence would, after a case-restored word (`restoredAfterInitials`)
  let opening = -1;
  const cursor: RunCursor = { j: 0, ended: false };
  let i = 0;
  while (i < tokens.length) {
    // (a known name that holds a not-name word opens the run whole: "Soviet Union", "United Arab Emirates")
    let known = openers ? knownSpan(tokens, i, text, lowerVocabulary) : -1;
    // (a connected name written with the full stop on its last letter ends the run: "by S and P. The issue")
    let stopped = false;
    if (known < 0 && connected) {
      known = connectedSpan(tokens, i, text);
      stopped = known > 0 && tokens[known - 1].text.length > 1 && tokens[known - 1].text.charCodeAt(tokens[known - 1].text.length - 1) === FULL_STOP;
    }
    // ("The Sunday Express said": an outlet's weekday opens its name)
    if (known < 0) known = weekdayOutlet(tokens, i);
    if (known < 0 && !isNameWord(tokens[i]) && !honorificSurname(tokens, i, text)) {
      i++;
      continue;
    }
    // a table's "not available" names nothing ("reserves....N.A. vs......N.A. Total reserves")
    if (tableFiller(tokens, i)) {
      i++;
      continue;
    }
    // a listed company's ticker in angle brackets after a word or a mark ("Exxon Corp <XON>", "Hongkong Electric
    // Holdings Ltd <HKEH.HK>", "class E <GME>", "NEC Corp, <NIPNY>", "American Express'<AXP>") is its quote, no name of
    // its own ("<Autorama Inc>", an unlisted company, stays; so does one opening the sentence)
    if (i > 1 && tickerAfter(tokens, i - 2)) {
      i = tickerEnd(tokens, i);
      continue;
    }
    // gather the run: capitalised words side by side, connectors only inside an organisation or place name
    const runIdx: number[] = [i];
    let j = i + 1;
    for (; j < known; j++) runIdx.push(j);
    let ended = stopped || possessiveEnds(tokens, j - 1, text, i);
    // (the words after that stop open a sentence the splitter left joined: "S and P. On June 12")
    if (stopped) opening = j;
    cursor.j = j;
    cursor.ended = ended;
    gatherRun(tokens, text, i, runIdx, cursor, firstWord, openers, connected, lowerVocabulary);
    j = cursor.j;
    ended = cursor.ended;
    // "the U.S. Dollar", "U.S. Officials said": a wire whose case was restored capitalises the word after a place's
    // initials -- the place is a name of its own, the common word none (the words after it read as a sentence's opening)
    // (after an article or a starter: "the U.S. Dollar", "Some U.S. Officials complained")
    const at = runIdx.length > 2 && (LEADING_ARTICLE.test(tokens[i].text) || isCommonStarter(tokens[i].text)) ? 1 : 0;
    if (runIdx.length > at + 1 && endsInStop(tokens[runIdx[at]].text) && INITIALS.test(tokens[runIdx[at]].text)) {
      const restored = restoredAfterInitials(tokens, runIdx.slice(at), lowerVocabulary, asBefore ? null : (unnamed ??= []));
      if (restored > 0) {
        runIdx.length = at + 1;
        j = restored;
        ended = true;
        opening = restored;
      }
    }
    // Vincent "The Chin" Gigante: one person, written with a nickname
    // "the Federal Office of Industry, Trade and Labour said": a body's list of portfolios after "of" is its name
    if (!ended) {
      const listEnd = portfolioList(tokens, runIdx, j, lowerVocabulary);
      if (listEnd > j) {
        for (let x = j; x < listEnd; x++) if (tokens[x].kind === 'word') runIdx.push(x);
        j = listEnd;
      }
    }
    const nicknamed = ended ? null : quotedNickname(tokens, runIdx, j, text, document, sentence);
    if (nicknamed) {
      out.push(nicknamed.mention);
      i = nicknamed.next;
      continue;
    }
    const first = runIdx[0];
    // (a designation's letter ends no name: "U.S. M-1 money supply" names the U.S.)
    if (runIdx.length > 1 && notchedCode(tokens, runIdx[runIdx.length - 1])) runIdx.length -= 1;
    const last = runIdx[runIdx.length - 1];
    i = j;
    // (a known name's own possessive stays: "Standard and Poor's")
    // (asked only of a run ending in a possessive: else stripPossessive leaves the word as it is)
    const ownPossessive = possessiveStem(tokens[last].text) !== tokens[last].text && L.knownOrgs.has(foldedRun(tokens, first, last));
    // (the stem, and possessive where it is shorter than the word: stripPossessive's reading without its record)
    let words = runWords(tokens, runIdx, ownPossessive ? last : -1);
    // "by S and P.", "by S/P.": a known name's last letter with the sentence's full stop leaves the stop out
    stopAfterKnown(words, L, text);
    // headline shouting ("MOST VIEWED", Reuters titles): not names unless known
    // (a listed company's name before its ticker stays: "SHAW'S SUPERMARKETS INC <SHAW>" of a quoted headline)
    if (words.length >= 3 && allCapsWords(words) && !(L.legalForms.has(fold(words[words.length - 1].text)) && tickerAfter(tokens, last))) continue;
    // a table's row label is no part of the name it stands by ("Shr Royal Dutch Petroleum Co", "Six Mths"); in
    // capitals it marks a headline's fragment ("RISE 5 PCT IN", "MLN DLRS VS"), which names nothing
    const labelled = words.length;
    const shouted = allCapsWords(words);
    // (unless a legal form follows: "CTS Corp" is a company)
    while (words.length && isTableLabel(words[0].text) && !legalFormsOnly(words, 1)) words = words.slice(1);
    while (words.length && isTableLabel(words[words.length - 1].text)) words = words.slice(0, -1);
    if (!words.length || (shouted && words.length < labelled)) continue;
    // a legal form alone names nothing ("Pan Am Corp said", "J.C. Penney co Inc said": the name is split before it);
    // a country's code in capitals may be one ("AG", "NV")
    if (legalFormsOnly(words) && !shouted) continue;
    // (a headline's function words in capitals, alone or two together: "AT", "IN", "THIS" are no acronyms)
    if (shouted && shoutedFunctionWordsOnly(L, words)) continue;
    // (a headline's verb and its subject: "SALES UP", "FED SAYS" is "FED")
    if (shouted && headlineFragment(L, words)) continue;
    // (a shouted hyphened or slashed word's part and the word after it, or before it: "3-MO BILLS", "91-DAY T-BILLS",
    // "DLRS/BBL EFFECTIVE", "U.S. SINGLE-FAMILY", "NON-INFLATIONARY EXPANSION")
    // (a known word stays, the part goes: "U.S. SINGLE-FAMILY" is "U.S.")
    // (one word beside a mark is as often a code's or a station's letters: "WCVB-TV", "FTSE-100")
    if (shouted && words.length === HEADLINE_FRAGMENT_WORDS && !tickerAfter(tokens, last) && !L.legalForms.has(fold(words[1].text))) {
      words = withoutJoinedParts(L, words, text);
      if (!words.length) continue;
    }
    // sentence-initial common word: "However", "Adding", "The"
    const before = tokens[first - 1]?.text;
    let initial =
      first === firstWord ||
      first === opening ||
      (before !== undefined &&
        (SENTENCE_OPENERS.has(before) || (before === SPACED_DASH && spacedDash(tokens, first)) || restoredAfterComma(tokens, first, lowerVocabulary)));
    // (asked only of a run that opens a sentence)
    if (
      initial &&
      !speaksAlone(words, tokens, last) &&
      // ("AT and T said": the letters opening the run are the company's; "While S and P" loses "While")
      !(words.length >= 3 && words[1].text === 'and' && holdsLetterPair(words)) &&
      !companyRun(words) &&
      isCommonStarter(words[0].text) &&
      !L.places.has(fold(words[0].text)) &&
      !L.knownOrgs.has(fold(words[0].text)) &&
      !placeOf(joined(words)) &&
      // ("New York Health Management Associates": a place's two words open the name)
      !(words.length > 2 && placeOf(joined(words.slice(0, 2)))) &&
      !L.knownOrgs.has(fold(joined(words))) &&
      // ("S/P said": a known name written with no spaces)
      !L.knownOrgs.has(fold(spanOf(text, words))) &&
      // ("Carling O'Keefe Ltd said" under "CARLING O'KEEFE <CKB> ...", "Advanced Telecommunications Corp <ITEL> said": a
      // listed company's name, its first word read a starter by its ending only; "Now Chrysler Corp <C>" loses "Now")
      !(words.length > 1 && !isListedStarter(words[0].text) && (tickerAfter(tokens, last) || tickeredRun(words, text, lowerVocabulary)))
    ) {
      words = words.slice(1);
    }
    while (words.length && LEADING_ARTICLE.test(words[0].text)) words = words.slice(1);
    while (words.length && CONNECTORS.has(words[0].text)) words = words.slice(1);
    if (!words.length) continue;
    // "a Social Democratic member", "the Alliance of Social Democrats": the word opens a party's adjective, no name
    if (words[words.length - 1].start === tokens[last].start && partyWordOpener(words[words.length - 1].text, tokens, last, text)) {
      words = words.slice(0, -1);
      while (words.length && CONNECTORS.has(words[words.length - 1].text)) words = words.slice(0, -1);
      if (!words.length) continue;
    }
    if (words[0].start !== tokens[first].start) initial = false;
    // a trade's letters alone name nothing ("the fifth largest S and L", "C and F, Gulf"); after a name they head it
    // ("Key S and L")
    if (words.length === 3 && pairTermAtEnd(words)) continue;
    // a credit rating alone names nothing ("rated AA by Standard and Poor's")
    if (words.length === 1 && RATING_GRADE.has(words[0].text)) continue;
    // ... nor a rating's notch, a class's letter, a law's chapter or a day after its month ("B-plus", "class E")
    if (codeRun(tokens, first, last, words)) continue;
    // "near 117th Street": a street's ordinal opens its name
    const ordinal = streetOrdinal(tokens, first, words);
    if (ordinal) words = [ordinal, ...words];
    emitRun(words, tokens, first, last, initial, text, document, sentence, lowerVocabulary, out);
  }
  // (most sentences have no such word: the sentence read again, as before, only where one was)
  if (unnamed?.length) namesThatWere(out, findMentions(text, document, sentence, lowerVocabulary, tokenized, true));
  return out;
}

/** Marks each mention of `out` that a name of `before` (the sentence read without unnamedAfterInitials) starts at and
 * reaches past with that name and its type (Mention.was: the place "U.S." of "U.S. Pressure", the body "E.C." of "E.C.
 * Charges"). */
function namesThatWere(out: NameMention[], before: NameMention[]): void {
  for (const b of before) {
    const m = out.find((x) => x.start === b.start && x.end < b.end);
    if (!m || out.some((x) => x.start === b.start && x.end === b.end)) continue;
    m.was = b.text;
    m.wasType = b.type;
  }
}

/**
 * Where the words after a place's or a known body's initials go on, when the initials' next word is one a
 * case-restoring wire capitalised ("the U.S. Dollar", "U.S. Officials said", "the U.S. And Canada", "the E.C.
 * Charges were unfounded"), or -1. The document writes no lower-case word
 * after the initials anywhere (a text of ordinary case writes "U.S. officials"), writes the word in lower case
 * elsewhere (or it is a common starter), and the run's words after the initials have no head, are no known name and
 * no place ("U.S. Agriculture Department", "U.S. Treasury", "U.S. Sprint" stay). The word names nothing; a place, or an
 * office's word before more names, opens a run of its own ("U.K. North Sea", "U.S. Trade Representative Clayton
 * Yeutter": the run goes on at "North", "Trade").
 */
function restoredAfterInitials(tokens: Token[], runIdx: number[], vocabulary: LowerVocabulary, unnamed: number[] | null): number {
  const initials = tokens[runIdx[0]].text;
  const word = tokens[runIdx[1]].text;
  const L = lex();
  if (!CAPITALISED.test(word) || !(placeOf(initials) || L.knownOrgs.has(fold(initials).replaceAll('.', ''))) || !vocabulary.capitalisesAfter?.(initials))
    return -1;
  const rest = stemmedWordsAt(tokens, runIdx, 1);
  const head = hasHead(rest);
  if (head === 'org' || L.legalForms.has(fold(rest[rest.length - 1].text)) || L.knownOrgs.has(foldedRun(tokens, runIdx[0], runIdx[runIdx.length - 1])))
    return -1;
  if (head === 'place' || placeOf(joined(rest)) || placeOf(joined(wordsAt(tokens, runIdx)))) return rest.length > 1 ? runIdx[1] : -1;
  const f = fold(possessiveStem(word));
  const common = vocabulary.has(f) || (f.endsWith('s') && vocabulary.has(f.slice(0, -1))) || isCommonStarter(word);
  // (an office's word before more names opens them: "U.S. Ambassador Michael Samuels", "U.S. Trade Act of 1974")
  const office = L.titles.has(f) || L.roles.has(f) || L.portfolios.has(f);
  if (!common) {
    if (office || !unnamed || !unnamedAfterInitials(tokens, runIdx, vocabulary)) return -1;
    unnamed.push(runIdx[1]);
    return runIdx[1] + 1;
  }
  return office && rest.length > 1 ? runIdx[1] : runIdx[1] + 1;
}

/** the company words a country's initials make a name of (INITIALS_COMPANY_WORDS) */
const INITIALS_COMPANY_WORD = new Set(INITIALS_COMPANY_WORDS);
/** a body's lower-case head after a name (BODY_HEADS_AFTER_INITIALS) */
const BODY_HEAD_AFTER_INITIALS = new Set(BODY_HEADS_AFTER_INITIALS);

/**
 * Whether the one word after a place's or a known body's initials, in a document that capitalises every word after
 * them (`restoredAfterInitials`) and writes the word nowhere in lower case, names nothing all the same ("U.S.
 * Pressure", "U.S. Side", "U.K. Corporate", "E.C. Charges"): the document shows the restoration elsewhere (it writes
 * the initials before a word it also writes in lower case, or a common starter: "U.S. Dollar" beside "the Taiwan
 * dollar"; a text of ordinary case that writes "U.S. Customs" and "U.S. Marshals" shows none), the word is the run's
 * only one after the initials, no given name, no hyphenated word ("U.S. Hart-Scott-Rodino regulations"), no company
 * word (INITIALS_COMPANY_WORDS: "a U.S. Sprint spokesman"), no possessive ("the largest U.S. Manufacturer's share"),
 * not before a body's head in lower case ("the U.S. State department"), not written before a legal form ("U.S.
 * Healthcare Inc") or a headline's ticker, nor written as a name after another capitalised word ("suitor US Air").
 */
function unnamedAfterInitials(tokens: Token[], runIdx: number[], vocabulary: LowerVocabulary): boolean {
  if (runIdx.length !== 2) return false;
  const initials = tokens[runIdx[0]].text;
  const word = tokens[runIdx[1]].text;
  const f = fold(word);
  if (word.includes('-') || hasPossessive(word) || INITIALS_COMPANY_WORD.has(f) || lex().givenNames.has(f)) return false;
  const next = tokens[runIdx[1] + 1];
  if (next?.kind === 'word' && LOWER_FIRST.test(next.text) && BODY_HEAD_AFTER_INITIALS.has(fold(next.text))) return false;
  const span = `${initials} ${word}`;
  if (vocabulary.namedWithForm?.(span) || vocabulary.namedWithForm?.(word) || vocabulary.tickeredInHeadline?.(span) || vocabulary.tickeredInHeadline?.(word))
    return false;
  return !!vocabulary.restoresAfter?.(initials) && !vocabulary.namedAfterWord?.(word, initials);
}

/** Whether the word at `first` follows initials and a comma in a text that capitalises every word after those
 * initials ("by the U.S., Officials said": `restoredAfterInitials`). */
function restoredAfterComma(tokens: Token[], first: number, vocabulary: LowerVocabulary): boolean {
  const initials = tokens[first - 2];
  return (
    tokens[first - 1].text === ',' &&
    initials?.kind === 'word' &&
    INITIALS.test(initials.text) &&
    !!placeOf(initials.text) &&
    CAPITALISED.test(tokens[first].text) &&
    !!vocabulary.capitalisesAfter?.(initials.text)
  );
}

/** Most words of a person's name that "of" ends ("Francesca Grifo", "John F. Kennedy"). */
const PERSON_BEFORE_OF_WORDS = 3;

/**
 * Whether a run is a person's name by its shape: two or three capitalised words or initials ("Francesca Grifo", "John
 * F. Kennedy"), none a head, title, role, portfolio, legal form, place or demonym ("Royal Bank", "Turkish Minister",
 * "Chief Executive" go on).
 */
function personBeforeConnector(words: Word[]): boolean {
  if (words.length < 2 || words.length > PERSON_BEFORE_OF_WORDS || hasHead(words)) return false;
  const L = lex();
  return words.every((w) => {
    const f = fold(w.text);
    return (
      (CAPITALISED.test(w.text) || (INITIALS.test(w.text) && w !== words[0])) &&
      // (and no title's part: "Immediate Past-Chair of the Federation")
      !f.split('-').some((part) => L.titles.has(part)) &&
      !L.roles.has(f) &&
      !L.portfolios.has(f) &&
      !L.legalForms.has(f) &&
      !L.places.has(f) &&
      !isDemonym(w.text)
    );
  });
}

/** Most name words read after "of" for an organisation's head. */
const AFFILIATION_WORDS = 5;

/**
 * Whether the name words at `at` (after a "the") have an organisation's head ("the Union of", "County Securities Asia
 * Ltd"), other than a place and legal forms only: "Barnett Banks of Florida Inc", "Mitsubishi Motor Sales of America
 * Inc" are a company's name with its seat.
 */
function organisationAt(tokens: Token[], at: number): boolean {
  const L = lex();
  let k = tokens[at]?.text === 'the' ? at + 1 : at;
  const ws: Word[] = [];
  for (; k < tokens.length && ws.length < AFFILIATION_WORDS && isNameWord(tokens[k]); k++)
    ws.push({ text: possessiveStem(tokens[k].text), start: 0, end: 0, possessive: false });
  // (a place and legal forms only is the seat: "of the California Independent Producers Association" is a body)
  if (ws.length > 0 && L.places.has(fold(ws[0].text)) && ws.slice(1).every((w) => L.legalForms.has(fold(w.text)))) return false;
  return hasHead(ws) === 'org';
}

/** Opening quote marks a nickname stands in, with the mark that closes each. */
const NICKNAME_QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
]);
/** Most words a quoted nickname holds ("Sammy the Bull"), and of the given names before it (a middle initial). */
const NICKNAME_WORDS = 3;
const NICKNAME_GIVEN_WORDS = 2;
/** Most words of the surname after the nickname ("De Niro"). */
const NICKNAME_SURNAME_WORDS = 2;
/** Lower-case words a nickname may hold. */
const NICKNAME_INNER = new Set(['the']);

/** Initials standing for given names ("C.N."), not a place's or an organisation's ("U.S.", "U.N."). */
const givenInitials = (word: string) => INITIALS.test(word) && !placeOf(word) && !lex().knownOrgs.has(fold(word).replaceAll('.', ''));

/**
 * A given name, a nickname in quotes and a surname, side by side ("Vincent \"The Chin\" Gigante", "Earvin “Magic”
 * Johnson"): the mention of the full name, without the nickname, which it carries (`Mention.nickname`, joined at
 * linking), and the token after it; or null. The run is a known given name or initials ("C.N. \"Bud\" Moore") (and an
 * initial), the quotes hold one to `NICKNAME_WORDS` capitalised words ("the" inside), a leading "The" is no part of the nickname.
 */
function quotedNickname(
  tokens: Token[],
  runIdx: number[],
  j: number,
  text: string,
  document: string,
  sentence: number,
): { mention: NameMention; next: number } | null {
  // (most runs end at no quote mark: told by the token's length and kind before the table is asked)
  const mark = tokens[j];
  if (mark === undefined || mark.kind !== 'punct' || mark.text.length !== 1) return null;
  const close = NICKNAME_QUOTES.get(mark.text);
  const given = tokens[runIdx[0]].text;
  if (close === undefined || runIdx.length > NICKNAME_GIVEN_WORDS || !(lex().givenNames.has(fold(given)) || givenInitials(given))) return null;
  if (text.slice(tokens[j - 1].end, tokens[j].start) !== ' ') return null;
  let k = j + 1;
  while (k < tokens.length && k - j <= NICKNAME_WORDS && tokens[k].kind === 'word' && (upperFirst(tokens[k].text) || NICKNAME_INNER.has(tokens[k].text))) k++;
  if (k === j + 1 || tokens[k]?.text !== close || text.slice(tokens[k - 1].end, tokens[k].start) !== '') return null;
  const nick = tokens.slice(j + 1, k).map((t) => t.text);
  if (fold(nick[0]) === 'the') nick.shift();
  // the surname: name words after the closing quote, the last possibly possessive
  const surname: number[] = [];
  for (let x = k + 1; x < tokens.length && surname.length < NICKNAME_SURNAME_WORDS && isNameWord(tokens[x]); x++) {
    if (text.slice(tokens[x - 1].end, tokens[x].start) !== ' ') break;
    surname.push(x);
    if (hasPossessive(tokens[x].text)) break;
  }
  if (nick.length === 0 || !upperFirst(nick[0]) || surname.length === 0) return null;
  // (after initials, a one-word nickname and a surname with no head: "C.N. \"Bud\" Moore", not "E.C. \"Green\" Paper")
  const surnameWords = stemmedWordsAt(tokens, surname, 0);
  if (
    !lex().givenNames.has(fold(given)) &&
    (nick.length > 1 || hasHead(surnameWords) || surnameWords.some((w) => lex().titles.has(fold(w.text)) || lex().roles.has(fold(w.text))))
  )
    return null;
  const words = [...runIdx, ...surname].map((x) => possessiveStem(tokens[x].text));
  const start = tokens[runIdx[0]].start;
  const lastTok = tokens[surname[surname.length - 1]];
  const end = lastTok.start + possessiveStem(lastTok.text).length;
  const nickname = nick.join(' ');
  return {
    mention: { text: words.join(' '), type: 'person', document, sentence, start, end, cue: 'nickname', nickname },
    next: surname[surname.length - 1] + 1,
  };
}

/**
 * emitRun's title or role inside the run ("Superior Court Judge James Bodiford", "Actor Leonardo DiCaprio"), which wins
 * over an organisation head before it as long as what follows is a short name with no head of its own: the person
 * after it pushed onto `out` (and the body before an officer's title), true when that named the run. (A function of
 * its own: its rare readings, met late, are compiled again apart from emitRun.)
 */
function titledInsideRun(
  L: Lexicon,
  words: Word[],
  tokens: Token[],
  text: string,
  document: string,
  sentence: number,
  plural: boolean,
  out: NameMention[],
): boolean {
  for (let k = words.length - 2; k >= 0; k--) {
    const f = fold(words[k].text);
    // (the pair's second word asked first: no joined copy made for the most words, which end no pair)
    const pair = k > 0 && L.titlePairEnds.has(f) && L.titlePairs.has(`${fold(words[k - 1].text)} ${f}`);
    if (!(pair || L.titles.has(f) || L.roles.has(f) || (f.endsWith('s') && L.roles.has(f.slice(0, -1))) || callingBefore(L, words, k))) continue;
    if (rankAlone(L, f, words, k)) continue;
    let name = words.slice(k + 1);
    // "Governor of the Bank of England Robin Leigh-Pemberton": the body after "of", then its officer by a given name
    if (name[0].text === 'of' && officerOfBody(L, text, name, document, sentence, out)) return true;
    // "Vice President of Finance Joel Graff": the portfolio after "of" belongs to the title
    if (name[0].text === 'of') {
      let s = 1;
      while (s < name.length - 1 && L.portfolios.has(fold(name[s].text))) s++;
      if (s > 1) name = name.slice(s);
    }
    // a name opens with a capital ("Office of the Comptroller of the Currency" has no person in it), and is no
    // title itself: "Prime Minister", "Attorney General", "Vice President" are one office
    if (
      name.length <= 4 &&
      upperFirst(name[0].text) &&
      (PERSONAL.has(f.replace(FULL_STOPS, '')) || !titleWordsOnly(L, name)) &&
      // (a people's adjective alone after a title word is no one's name: "Major Japanese banks"; "Mr. Cuban" is)
      (PERSONAL.has(f.replace(FULL_STOPS, '')) || name.length > 1 || !isDemonym(name[0].text)) &&
      (!hasHead(name) || L.givenNames.has(fold(name[0].text))) &&
      !gazetteerType(spanOf(text, name), name)
    ) {
      if (plural) {
        out.push(pluralMention(text, words, 'title', document, sentence));
        return true;
      }
      // "Hughes Tool Co Chairman W.A. Kistler": the body before an officer's title is a mention of its own
      const body = BODY_OFFICER.has(f) && bodyBeforeTitle(L, text, tokens, words, pair ? k - 1 : k, document, sentence);
      if (body) out.push(body);
      out.push(runMention(text, name, 'person', 'title', document, sentence));
      return true;
    }
    return false;
  }
  return false;
}

function emitRun(
  words: Word[],
  tokens: Token[],
  first: number,
  last: number,
  initial: boolean,
  text: string,
  document: string,
  sentence: number,
  lowerVocabulary: LowerVocabulary,
  out: NameMention[],
): void {
  const L = lex();
  // "W. Mark Felt, Sr., the number 2 man": a generation suffix set off after a name is the name's, no one alone
  if (
    words.length === 1 &&
    SPACED_SUFFIX.has(fold(words[0].text).replace(/\.$/, '')) &&
    tokens[first - 1]?.text === ',' &&
    upperFirst(tokens[first - 2]?.text ?? '')
  )
    return;
  // "the 1987 Jeep Cherokee Limited": a car's name and trim, no company's (no cue: "Limited" heads nothing here)
  if (trimmedModel(tokens, first, words)) {
    out.push(runMention(text, words, 'other', 'none', document, sentence));
    return;
  }
  // an office's portfolios joined before its title name no one ("Trade and Industry Secretary": "Industry" a head too)
  if (words.length > 2 && officeTitle(L, words)) return;
  // "Minister of Mines and Energy Subroto", "Secretary of Trade and Industry Jose Concepcion": the office's portfolios
  // open the run after "<title> of", the name after them is the officer's ("Energy", "Industry" head no body here)
  const officer = officerAfterPortfolios(L, tokens, first, words, lowerVocabulary);
  if (officer) {
    out.push(runMention(text, officer, 'person', 'title', document, sentence));
    return;
  }
  // "the U.S. Market": a capitalised common noun after a country's initials is no part of its name
  if (words.length === 2 && INITIALS.test(words[0].text) && COUNTRY_CAPITALISED_NOUN.has(fold(words[1].text)) && placeOf(words[0].text))
    words = words.slice(0, 1);
  const whole = gazetteerType(spanOf(text, words), words);
  // a name ending in a plural the document writes in lower case is a chain's, a body's or a product's, no person's
  // ("Bishop Buffets", "Major Market Index", "Turkish Sugar Factories said"): the title or speech cue names no one
  const plural = pluralNounEnd(L, words, lowerVocabulary);
  // (a title word opening a company's name the document writes is the company's: "Dean Witter" of Dean Witter Reynolds Inc)
  const companyName = words.length > 1 && L.titles.has(fold(words[0].text)) && !!lowerVocabulary.opensCompany?.(spanOf(text, words));
  // a title or role inside the run ("Superior Court Judge James Bodiford", "Actor Leonardo DiCaprio") wins over
  // an organisation head before it, as long as what follows is a short name with no head of its own
  if (whole?.cue !== 'gazetteer' && !companyName && titledInsideRun(L, words, tokens, text, document, sentence, plural, out)) return;
  // "Federal Reserve Board Paul Volcker": a body, then a person by a given name
  if (whole?.cue !== 'gazetteer' && words.length > 3 && officerOfBody(L, text, words, document, sentence, out, 0, 'given-name')) return;
  // "European Community Tran Van Thinh told": a known body, then a person by the speech verb after the run
  if (whole?.cue !== 'gazetteer' && words.length > 3 && knownBodySpeaker(L, text, tokens, words, last, document, sentence, lowerVocabulary, out)) return;
  if (whole?.cue !== 'gazetteer' && teamName(words)) {
    out.push(runMention(text, words, 'org', 'team', document, sentence));
    return;
  }
  // "Bay Buchanan, national treasurer for Ronald Reagan's ... campaign": a place's head opening a two-word name, the
  // other word no head, is a given name when a person's appositive in lower case follows ("Lake Tahoe", "Mount Everest"
  // have none; "from someone at Valley Hotel, Palmer public safety director Jon Owen said" opens a clause's subject; "a
  // bridge over the River Jamuna, the official BSS news agency said": a name after "the" is no given name's)
  if (
    whole?.cue === 'place-head' &&
    words.length === 2 &&
    fold(tokens[first - 1]?.text ?? '') !== 'the' &&
    !headOf(words[1].text) &&
    LOWER_FIRST.test(tokens[last + 2]?.text ?? '') &&
    personAppositive(L, tokens, last)
  ) {
    out.push(runMention(text, words, 'person', 'appositive', document, sentence));
    return;
  }
  if (whole) {
    out.push(runMention(text, words, whole.type, whole.cue, document, sentence));
    return;
  }
  // (no cue of its own, not even a given name's: "Dean" opens the company's name, which linking joins it to)
  if (companyName) {
    out.push(runMention(text, words, 'other', 'none', document, sentence));
    return;
  }

  // title prefix: "Russian President", "Belarusian Foreign Minister", "Brig. Gen.", spun "Protection Minister"
  let titleEnd = -1;
  for (let k = 0; !companyName && k < words.length - 1; k++) {
    const f = fold(words[k].text);
    if (rankAlone(L, f, words, k)) break;
    if (L.titles.has(f) || ((L.roles.has(f) || (f.endsWith('s') && L.roles.has(f.slice(0, -1)))) && upperFirst(words[k].text))) titleEnd = k;
    else if (!(L.portfolios.has(f) || isDemonym(words[k].text) || L.places.has(f) || CONNECTORS.has(words[k].text) || f === 'and')) break;
  }
  let rest = titleEnd >= 0 ? words.slice(titleEnd + 1) : words;
  const titled = titleEnd >= 0;
  // a lone demonym that speaks is a surname ("Cuban said", "said Cuban, who ...": Mark Cuban)
  if (words.length === 1 && L.demonyms.has(fold(words[0].text)) && demonymSpeaks(tokens, tokenAt(tokens, words[0].start), last)) {
    out.push(runMention(text, words, 'person', 'speech', document, sentence));
    return;
  }
  // demonyms and other adjectives are not part of a name ("Belarusian leader" left "Belarusian"), unless they open a
  // known thing's ("European Currency Units" was "Currency Units")
  const unstripped = rest;
  const openedWhole = rest.length > 1 && L.openedNames.has(fold(joined(rest)));
  while (
    rest.length &&
    !companyName &&
    !openedWhole &&
    // (a company's name the document writes so stays whole: "British and Commonwealth" of "British and Commonwealth
    // Holdings PLC")
    ((isDemonym(rest[0].text) && rest[1]?.text !== 'and') ||
      (L.titles.has(fold(rest[0].text)) && !rankAlone(L, fold(rest[0].text), rest, 0)) ||
      (L.portfolios.has(fold(rest[0].text)) && rest.length > 1 && L.titles.has(fold(rest[1].text))))
  ) {
    rest = rest.slice(1);
  }
  // "Secretary of State Condoleezza Rice": the run after "<title> of" still starts with the portfolio
  let titledBefore = false;
  const strictOf = titleOfBefore(tokens, first);
  if (strictOf || titleOfBefore(tokens, first, true)) {
    const whole = rest;
    // (a place only before a name of two words: "President of Russia Vladimir Putin"; "president of US Sprint's Dallas
    // division" is the company's)
    // (an office's words alone name no one: "Minister of State for Foreign Affairs" leaves no "Affairs")
    const named = rest.some((w) => !L.portfolios.has(fold(w.text)));
    // ("Under-Secretary of State for ...", "Minister of State for Foreign Affairs": the office's words alone, no
    // body the gazetteer knows as "the Treasury")
    // (read loosely, one word only: "Assistant Secretary for Health" names no body; "a spokesman for International
    // Technology" does)
    if (!named && rest.length && (strictOf || rest.length === 1) && !L.knownOrgs.has(fold(spanOf(text, rest)))) return;
    // (and after a portfolio, a word of the office the document writes in lower case: "Minister of Communications and
    // Information Technology Tareq Kamel")
    while (
      named &&
      rest.length > 1 &&
      (L.portfolios.has(fold(rest[0].text)) ||
        (rest.length > PLACE_BEFORE_TITLED_NAME && (L.places.has(fold(rest[0].text)) || (titledBefore && lowerVocabulary.has(fold(rest[0].text))))))
    ) {
      rest = rest.slice(1);
      titledBefore = true;
    }
    // "Chancellor of the Exchequer Nigel Lawson": the office's name ends before a given name with a surname after it
    const given = givenNameInside(rest);
    if (given > 0) {
      rest = rest.slice(given);
      titledBefore = true;
    }
    // (read loosely, only a person's name of two words or more is left, no head, no word the document writes in lower
    // case: "a spokesman for General Mills", "the chairman of the International Commodity Clearing House" are bodies')
    const personal = (w: Word) => !lowerVocabulary.has(fold(w.text)) || L.givenNames.has(fold(w.text));
    if (!strictOf && (rest.length < 2 || hasHead(rest) || !rest.every(personal))) {
      rest = whole;
      titledBefore = false;
    }
  }
  if (!rest.length) return;
  if (rest.length === 1 && L.titles.has(fold(rest[0].text))) return;
  // a role with no name after it ("Sixers Director", "National Coach") names no one
  const lastWord = fold(rest[rest.length - 1].text);
  // (a given name before it makes the title word a surname; asked only of a run ending in a title or role)
  if (!hasHead(rest) && (L.titles.has(lastWord) || L.roles.has(lastWord)) && !surnamedRun(tokens, rest, last, lowerVocabulary)) return;
  // (a run left as it was has had that answer: no type)
  const inner = rest === words ? null : gazetteerType(spanOf(text, rest), rest);
  if (inner) {
    out.push(runMention(text, rest, inner.type, inner.cue, document, sentence));
    return;
  }
  // a lone capitalised word at the start of a sentence that the document also writes in lower case
  const f = fold(rest[0].text);
  if (initial && rest.length === 1 && rest[0].start === words[0].start && lowerVocabulary.has(f)) return;
  // (a ticker after the name in the headline makes it a company as one after it here: "Tekelec said", TEKELEC <TKLC>;
  // not a name the text writes before more of a name, which names the company in full: "Rospatch" of "Rospatch Corp's
  // common stock", "Dome" of "Dome Petroleum Ltd" join it as they did)
  const headlineTicker =
    !titled && !titledBefore && !!lowerVocabulary.tickeredInHeadline?.(spanOf(text, rest)) && !lowerVocabulary.opensName?.(spanOf(text, rest));
  const ctx = headlineTicker ? { type: 'org' as const, cue: 'ticker' } : contextCue(tokens, first, last, rest, titled || titledBefore);
  // a demonym before one word, quoted or after a place preposition, is a title of its own ("American Pie"):
  // "starred in American Pie" names no place "Pie" (elsewhere "Belarusian Lukashenko" stays "Lukashenko")
  const quoted = QUOTE_MARKS.has(tokens[first - 1]?.text ?? '') && QUOTE_MARKS.has(tokens[last + 1]?.text ?? '');
  if (!titled && rest.length === 1 && unstripped.length > 1 && isDemonym(unstripped[0].text) && (quoted || ctx.cue === 'preposition' || ctx.cue === 'work')) {
    out.push(runMention(text, unstripped, 'other', 'none', document, sentence));
    return;
  }
  // a person's particle inside the name ("Osama bin Laden", "Bashar al-Assad", "Ludwig van Beethoven")
  if (ctx.type === 'other' && particledPerson(rest)) {
    out.push(runMention(text, rest, 'person', 'particle', document, sentence));
    return;
  }
  const cue = initial && ctx.cue === 'none' && rest.length === 1 ? 'initial' : ctx.cue;
  // (a chain with no cue of its own is one too: "25 additional Zayre Stores")
  const chain = ctx.cue === 'none' && CHAIN_NOUN.has(fold(rest[rest.length - 1].text));
  if ((ctx.type === 'person' || chain) && plural && pluralNounEnd(L, rest, lowerVocabulary)) {
    out.push(pluralMention(text, words, ctx.cue, document, sentence));
    return;
  }
  out.push(runMention(text, rest, ctx.type, cue, document, sentence));
}

/** Fewest letters of a plural `pluralNounEnd` reads ("Shops"; "Ms", "Bos" are none). */
const PLURAL_LETTERS = 5;
/** endings of words in -s that are no plurals ("Congress", "Fortress", "Campus", "Genesis") */
const NOT_PLURAL_ENDINGS = ['ss', 'us', 'is'];
const THING_NAME_END = new Set(THING_NAME_ENDS);

/**
 * Whether a run ends in a plural common noun the document also writes in lower case ("Designer Depots", "Hit or Miss
 * Shops", "Official Bulletin"-like bodies in -s, "International Commodities", "Turkish Sugar Factories"), with no
 * given name or initial in it: a person's surname in -s ("Robert Gates", "David Woods", "Mr Banks" where the text
 * writes "banks") keeps its given name or is no word of the text.
 */
function pluralNounEnd(L: Lexicon, words: Word[], lowerVocabulary: LowerVocabulary): boolean {
  const last = words[words.length - 1];
  if (last.possessive || isAllCaps(last.text)) return false;
  const f = fold(last.text);
  // (a thing's noun needs no lower-case copy: "the Official Bulletin (BALO)")
  if (THING_NAME_END.has(f)) return !words.some((w) => L.givenNames.has(fold(w.text)) || INITIALS.test(w.text));
  if (last.text.length < PLURAL_LETTERS || !last.text.endsWith('s')) return false;
  if (NOT_PLURAL_ENDINGS.some((e) => f.endsWith(e)) || !lowerVocabulary.has(f)) return false;
  return !words.some((w) => L.givenNames.has(fold(w.text)) || INITIALS.test(w.text));
}

/** A run `pluralNounEnd` read: a chain, body or product, typed org where it speaks ("Turkish Sugar Factories said"),
 * else other; the whole run with its opening title word ("Bishop Buffets") */
function pluralMention(text: string, words: Word[], cue: string, document: string, sentence: number): NameMention {
  if (cue === 'speech') return runMention(text, words, 'org', 'speech', document, sentence);
  // (a chain's noun names a company: "Hit or Miss Shops")
  return CHAIN_NOUN.has(fold(words[words.length - 1].text))
    ? runMention(text, words, 'org', 'chain', document, sentence)
    : runMention(text, words, 'other', 'plural', document, sentence);
}

/** Most words between a title and the name after it: "of", "the", "for" and the office's words ("Under-Secretary of
 * State for Economic Affairs Allen Wallis"). */
const TITLE_OF_WORDS = 4;
/** ... and in a loose reading, with an office's words joined by "and" ("Assistant Secretary of State for
 * Inter-American Affairs Paul Taylor") */
const LOOSE_TITLE_OF_WORDS = 8;
/** The words that join a title to its office's name besides "of", in a loose reading ("Minister for Aviation", "Ambassador
 * to Thailand"). */
const LOOSE_TITLE_OF = new Set(['for', 'to']);
/** The words that join a title to the office it names ("Chancellor of the Exchequer", "Minister of State for Energy"). */
const TITLE_OF = new Set(['of', 'the', 'for']);

/** Whether a title or role and "of" stand before a run, with "the", "for" and portfolio words between them:
 * "Secretary of State Condoleezza Rice", "Chancellor of the Exchequer Nigel Lawson", "Under-Secretary of State for
 * Economic Affairs Allen Wallis". `loose`, also "for" or "to" after the title, and before the run an office's
 * capitalised words joined by "and" or a hyphen: "Minister of Mines and Energy Subroto", "Commissioner of Food and
 * Drugs Frank E. Young", "Assistant Attorney General for Antitrust Charles Rule", "Secretary of State for
 * Inter-American Affairs Paul Taylor", "U.S. Ambassador to Thailand William Brown". */
function titleOfBefore(tokens: Token[], first: number, loose = false): boolean {
  const L = lex();
  // (read loosely, no article before the run: "a spokesman for the International Commodity Clearing House" names a body)
  if (loose && fold(tokens[first - 1]?.text ?? '') === 'the') return false;
  let of = false;
  for (let k = first - 1; k >= 0 && k >= first - 1 - (loose ? LOOSE_TITLE_OF_WORDS : TITLE_OF_WORDS); k--) {
    const t = tokens[k];
    // (the office's words after "of" may be joined: "Trade and Industry", "Inter-American")
    if (t.kind !== 'word' && !(loose && !of && t.text === SPACED_DASH)) return false;
    const f = fold(t.text);
    if (of && (L.roles.has(f) || f.split('-').some((part) => L.titles.has(part)))) return true;
    if (f === 'of' || (loose && LOOSE_TITLE_OF.has(f))) of = true;
    else if (!TITLE_OF.has(f) && !(L.portfolios.has(f) && upperFirst(t.text))) {
      // (no possessive: "the head of the Interior Ministry's Natural Disasters Headquarters" names the body's head)
      if (!loose || of || !((upperFirst(t.text) && !hasPossessive(t.text)) || f === 'and' || t.text === SPACED_DASH)) return false;
    }
  }
  return false;
}

/** A person's name of one to three words after the office's portfolios that open a run after "<title> of <portfolio>
 * and" ("Minister of Mines and Energy Subroto", "Secretary of Trade and Industry Jose Concepcion": the run is "Energy
 * Subroto"), or null. */
function officerAfterPortfolios(L: Lexicon, tokens: Token[], first: number, words: Word[], vocabulary: LowerVocabulary): Word[] | null {
  let k = 0;
  while (k < words.length - 1 && L.portfolios.has(fold(words[k].text))) k++;
  if (k === 0 || words.length - k > PERSON_BEFORE_OF_WORDS) return null;
  const name = words.slice(k);
  // (no title, nor a word the document writes in lower case: "Vice President Mike Pence", "Information Technology
  // Tareq Kamel", "Natural Disasters Headquarters" are no officer's name after a portfolio)
  const named = (w: Word) => {
    const f = fold(w.text);
    return !L.portfolios.has(f) && !L.titles.has(f) && !L.roles.has(f) && !vocabulary.has(f) && !CONNECTORS.has(w.text) && w.text !== 'and';
  };
  if (!upperFirst(name[0].text) || !name.every(named) || hasHead(name)) return null;
  return tokens[first - 1]?.text === 'and' && titleOfBefore(tokens, first, true) ? name : null;
}

/** Where a given name opens a person's name of two or three words at the end of a run that no given name or initial
 * opens ("Exchequer Nigel Lawson": 1), or -1. */
function givenNameInside(words: Word[]): number {
  const L = lex();
  for (let k = 1; k < words.length - 1; k++) {
    const w = fold(words[k].text);
    if (L.givenNames.has(w) && words.length - k <= PERSON_BEFORE_OF_WORDS)
      return words.slice(0, k).some((x) => L.givenNames.has(fold(x.text)) || INITIALS.test(x.text)) ? -1 : k;
  }
  return -1;
}

/**
 * A team: capitalised words (its city or state, no country) and a major league nickname, no possessive ("Indianapolis
 * Colts", "New York Yankees", "Green Bay Packers"; not "Colts" alone, nor "the Giants' coach" read as "Giants").
 */
function teamName(words: Word[]): boolean {
  const last = words[words.length - 1];
  // (a headline's capitals are no team: "FIGHTER JETS"; nor are a country's giants: "the two U.S. Giants")
  if (words.length < 2 || last.possessive || isAllCaps(last.text) || !lex().teamNicknames.has(fold(last.text)) || !words.every((w) => upperFirst(w.text)))
    return false;
  const place = placeOf(joined(words.slice(0, -1)));
  return place === undefined || !lex().countries.has(place);
}

/**
 * Whether a run ending in a title or role word names a person of that surname: a given name before it ("Charlie King",
 * "Angus King"), or a speech verb after two words, the first no title, role, portfolio, place or common word, with no
 * determiner before them ("Tishana King says"; not "The Opec President said", "the Surgeon General reports").
 */
function surnamedRun(tokens: Token[], rest: Word[], last: number, lowerVocabulary: LowerVocabulary): boolean {
  const L = lex();
  if (rest.length >= 2 && L.givenNames.has(fold(rest[0].text))) return true;
  if (rest.length !== 2 || !L.speechVerbs.has(fold(tokens[last + 1]?.text ?? '')) || !plainFirstName(rest[0].text, lowerVocabulary)) return false;
  let at = 0;
  while (at < tokens.length && tokens[at].start !== rest[0].start) at++;
  const before = at < tokens.length ? tokens[at - 1] : undefined;
  return !(before?.kind === 'word' && (upperFirst(before.text) || DETERMINERS.has(fold(before.text))));
}

/** A capitalised word that may be a given name: no title, role, portfolio, place, demonym or word the document writes in lower case. */
function plainFirstName(word: string, lowerVocabulary: LowerVocabulary): boolean {
  const L = lex();
  const f = fold(word);
  return (
    CAPITALISED.test(word) &&
    !L.titles.has(f) &&
    !L.roles.has(f) &&
    !L.portfolios.has(f) &&
    !L.places.has(f) &&
    !isDemonym(word) &&
    !isCommonStarter(word) &&
    !lowerVocabulary.has(f)
  );
}

/**
 * A name a role appositive typed (roleAppositive) after a person noun of one gender (UNNAMED_ROLES.genders: "Her husband,
 * Saeed Abedini,") whose last word the document also writes after a courtesy title of the other gender ("Mrs. Abedini
 * wrote") is left untyped, as it was: the title's bearer is another of the surname, and the one person typed so would
 * take her surname too. The mentions are replaced in place.
 */
function otherGenderAppositives(sentences: Array<{ tokens: Token[]; mentions: NameMention[] }>): void {
  let titled: Map<string, Set<string>> | undefined;
  for (const s of sentences) {
    const { tokens, mentions } = s;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      if (m.type !== 'person' || m.cue !== 'role') continue;
      const at = tokenAt(tokens, m.start);
      const noun = tokens[at - 2];
      // (only roleAppositive's shape: the role's noun and a comma before the name)
      if (tokens[at - 1]?.text !== ',' || noun?.kind !== 'word' || !LOWER_FIRST.test(noun.text)) continue;
      const gender = UNNAMED_ROLES.genders[fold(noun.text)];
      if (!gender) continue;
      titled ??= courtesyTitled(sentences);
      if (titled.get(m.text.slice(lastSpace(m.text) + 1))?.has(gender === 'm' ? 'f' : 'm')) mentions[k] = { ...m, type: 'other', cue: 'none' };
    }
  }
}

/** Each word the document writes after a courtesy title, with the genders of those titles ("Abedini" -> f of "Mrs. Abedini"). */
function courtesyTitled(sentences: Array<{ tokens: Token[] }>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { tokens } of sentences)
    for (let i = 1; i < tokens.length; i++) {
      const prev = tokens[i - 1];
      if (tokens[i].kind !== 'word' || prev.kind !== 'word' || !mayFoldOpen(HONORIFIC_OPENINGS, prev.text)) continue;
      const gender = HONORIFIC_GENDERS[fold(prev.text).replace(/\.$/, '')];
      if (gender) (out.get(tokens[i].text) ?? out.set(tokens[i].text, new Set()).get(tokens[i].text)!).add(gender);
    }
  return out;
}

/**
 * A person's last name the finder leaves out alone because it is also a title or a common word ("Marty West" ...
 * "West said", "Tishana King" ... "King told The News"): each lone capitalised occurrence in the document that no
 * other mention covers, not after "the" or a capitalised word nor before a capitalised word ("the West", "West
 * Virginia", "Kings County"), and only as a subject: before a speech verb or a comma ("Nominee for Surgeon General" is no
 * one's name). `sentences` hold each
 * sentence's index, tokens and mentions; the added mentions are pushed into them, in order.
 */
export function surnameMentions(document: string, sentences: Array<{ index: number; tokens: Token[]; mentions: NameMention[] }>): void {
  otherGenderAppositives(sentences);
  const dropped = new Set<string>();
  const named = new Set<string>();
  // (each last name's first full name: its sentence's place in `sentences` and its end)
  const firstFull = new Map<string, { at: number; end: number; cue: string }>();
  let places = false;
  sentences.forEach((s, at) => {
    for (let k = 0; k < s.mentions.length; k++) {
      const m = s.mentions[k];
      // (a name's last word is what follows its last space: no split per mention)
      const cut = lastSpace(m.text);
      if (cut < 0) {
        named.add(m.text);
        places ||= m.type === 'place';
      } else if (m.type === 'person') {
        const last = m.text.slice(cut + 1);
        dropped.add(last);
        if (!firstFull.has(last)) firstFull.set(last, { at, end: m.end, cue: m.cue });
      }
    }
  });
  if (places && dropped.size) surnamePlaces(sentences, firstFull);
  for (const w of named) dropped.delete(w);
  if (!dropped.size) return;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const { tokens } = s;
    let added = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || !dropped.has(t.text) || t.text.length < 3) continue;
      if (overlapsMention(s.mentions, t)) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (prev?.kind === 'word' && (upperFirst(prev.text) || fold(prev.text) === 'the')) continue;
      if (next?.kind === 'word' && upperFirst(next.text)) continue;
      // (a subject: a speech verb, a comma, or inside a sentence an auxiliary after it, or an adverb and a speech verb:
      // "King emphatically told", "when King was asked"; not "Aluminium is sold in dollars" opening a sentence)
      if (
        !(
          next?.text === ',' ||
          isSpeechVerb(next) ||
          (i > 0 && isSurnameAuxiliary(next)) ||
          (next && ADVERB.test(next.text) && isSpeechVerb(tokens[i + 2])) ||
          pastSubject(tokens, i, firstFull.get(t.text), k)
        )
      )
        continue;
      s.mentions.push({ text: t.text, type: 'person', document, sentence: s.index, start: t.start, end: t.end, cue: 'surname' });
      added = true;
    }
    if (added) s.mentions.sort((a, b) => a.start - b.start);
  }
}

const isSpeechVerb = (x: Token | undefined) => x?.kind === 'word' && lex().speechVerbs.has(fold(x.text));
const PAST_OPENERS = new Set(SURNAME_SUBJECT_PAST.openers);
/** A lone surname at `i` opening a clause before a verb in -ed, after its full name typed a person by what it is
 * (SURNAME_SUBJECT_PAST: "..., West landed a sharp dig"). `k`: the place of the surname's sentence in `sentences`. */
function pastSubject(tokens: Token[], i: number, full: { at: number; end: number; cue: string } | undefined, k: number): boolean {
  const next = tokens[i + 1];
  if (!full || !FULL_NAME_CUES.has(full.cue) || next?.kind !== 'word' || !SURNAME_SUBJECT_PAST.verb.test(next.text)) return false;
  if (full.at > k || (full.at === k && tokens[i].start < full.end)) return false;
  return i === 0 || PAST_OPENERS.has(tokens[i - 1].text);
}
const SURNAME_AUXILIARIES = new Set(SURNAME_SUBJECT_AUXILIARIES);
const isSurnameAuxiliary = (x: Token | undefined) => x?.kind === 'word' && SURNAME_AUXILIARIES.has(x.text);

/** Words before a lone place name that keep it the place where its document also names a person of that last name ("in Madrid", "to Holland"). */
const PLACE_KEPT_AFTER = new Set([...PLACE_PREPOSITIONS, 'to', 'of', 'for', 'the', 'and', 'or', 'between', 'with', 'on', 'by']);

/** Cues that make a full name a person by what it is (a given name, a title, a role, an age), not by an appositive
 * alone: "Central America, ..." or "First Boston" typed a person lend no person to a later "America" or "Boston". */
const FULL_NAME_CUES = new Set(['given-name', 'title', 'role', 'age']);

/** A place mention read as a person: a literal of runMention's keys in its order (the places surnamePlaces retypes come
 * from runMention), not a spread, whose copy has a map of its own -- enrichDocument's read of every mention
 * deoptimised on it. */
const asPerson = (m: NameMention, cue: string): NameMention => ({
  text: m.text,
  type: 'person',
  document: m.document,
  sentence: m.sentence,
  start: m.start,
  end: m.end,
  cue,
});

/**
 * A person's last name that the gazetteer reads as a place ("David M. Holland, president of US Sprint's ... Division"
 * ... "Holland said"; "marketing manager Deogracias Madrid" ... "Madrid declined to comment"): a lone place mention
 * that is the last word of a person the document names in full is that person as the subject of a speech verb
 * anywhere (a place speaks seldom; typed by the speech verb, cue `speech`, a person's vote at linking, so that it joins
 * the full name rather than a company it opens, "Holland Systems Corp" of another article), and, when a given name, title, role or age made that full name a person, after it
 * wherever no preposition or article makes it a place ("in Holland" stays a place; cue `surname`, no vote).
 */
function surnamePlaces(sentences: Array<{ tokens: Token[]; mentions: NameMention[] }>, firstFull: Map<string, { at: number; end: number; cue: string }>): void {
  sentences.forEach((s, at) => {
    const { tokens, mentions } = s;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k];
      const full = m.type === 'place' ? firstFull.get(m.text) : undefined;
      if (!full) continue;
      let i = 0;
      while (i < tokens.length && tokens[i].start < m.end) i++;
      const next = tokens[i];
      if (isSpeechVerb(next) || (next && ADVERB.test(next.text) && isSpeechVerb(tokens[i + 1]))) {
        mentions[k] = asPerson(m, 'speech');
        continue;
      }
      const before = tokens[i - 2];
      if (
        !FULL_NAME_CUES.has(full.cue) ||
        at < full.at ||
        (at === full.at && m.start < full.end) ||
        (before?.kind === 'word' && PLACE_KEPT_AFTER.has(fold(before.text)))
      )
        continue;
      mentions[k] = asPerson(m, 'surname');
    }
  });
}

/** a white-space character (as `\s` reads one) */
const SPACE = /\s/;

/** Where the last white space in a text is (as `split(/\s+/)` cuts it), or -1. */
function lastSpace(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i])) return i;
  }
  return -1;
}

/** What findMentions asks of a document's lower-case words. */
export interface LowerVocabulary {
  has(word: string): boolean;
  /** whether the document writes a capitalised word other than as a part of a hyphenated word ("Reagan" beside
   * "Reagan-Gorbachev"); unknown (a plain set) is no */
  standsAlone?(word: string): boolean;
  /** whether the document writes a word before a company's legal form or head or a speech verb ("Borg-Warner Corp",
   * "Accu-Weather said"); unknown is no */
  writtenAsCompany?(word: string): boolean;
  /** whether the document writes a run of words then, within a few capitalised words, a company's legal form ("Dean
   * Witter" of "Dean Witter Reynolds Inc"); unknown is no */
  opensCompany?(span: string): boolean;
  /** whether the document writes a run of words right before a legal form ("Pennzoil Co"): a company of its own
   * ("the Pennzoil/Texaco Inc litigation" names two); unknown is no */
  namedWithForm?(span: string): boolean;
  /** as `opensCompany`, not where a conjunction joins the span to a name before ("Comdata" of "Comdata Network Inc";
   * not "Saatchi" of "Saatchi and Saatchi Co Plc"); unknown is no */
  opensOwnCompany?(span: string): boolean;
  /** whether the document's headline writes a name, in capitals, right before a ticker ("TEKELEC <TKLC> SETS PACT"):
   * the text's "Tekelec" is that listed company; unknown is no */
  tickeredInHeadline?(span: string): boolean;
  /** whether the document writes a name then another capitalised word ("Dome Petroleum" for "Dome"); unknown is no */
  opensName?(span: string): boolean;
  /** whether the document writes initials ("U.S.") before words and never before a lower-case one: a wire whose case
   * was restored capitalises the word after them ("the U.S. Dollar"); unknown is no */
  capitalisesAfter?(initials: string): boolean;
  /** whether the document writes initials ("U.S.") before a capitalised word it also writes in lower case, or before
   * a common starter ("U.S. Dollar" beside "the Taiwan dollar"): the case after them was restored; unknown is no */
  restoresAfter?(initials: string): boolean;
  /** whether the document writes a word right after a capitalised word other than `initials` and no common starter
   * ("suitor US Air"): a name's word; unknown is no */
  namedAfterWord?(word: string, initials: string): boolean;
}

/**
 * Lower-case words of a document, to tell "Sanctions" (a common word) from "Sakhashchyk". Gathered on the
 * first question: only a lone capitalised word opening a sentence asks, and most documents have none.
 * `text` is the text the words were read from: each word is a piece of it (wink's tokens are cut from the text
 * it reads, a contraction's parts too), so a word the text does not hold is none of them, answered without
 * gathering (all of Reuters: 60% of the documents gather, 20% with this).
 */
export function lowerVocabulary(words: string[][], text: string, headline = ''): LowerVocabulary {
  let set: Set<string> | undefined;
  let tickered: Set<string> | undefined;
  // (asked for every run opening with those initials: the text read once for each)
  let capitalising: Map<string, boolean> | undefined;
  return {
    // (the set first once it is made: a word it does not hold is not searched for through the whole text)
    has: (word) => (set !== undefined ? set.has(word) && text.includes(word) : text.includes(word) && (set = gatherLowerWords(words)).has(word)),
    standsAlone: (word) => writtenAlone(text, word),
    writtenAsCompany: (word) => writtenAsCompany(text, word),
    opensCompany: (span) => opensCompany(text, span),
    namedWithForm: (span) => opensCompany(text, span, 1),
    opensOwnCompany: (span) => opensCompany(text, span, COMPANY_WORDS_AFTER, true),
    // (most headlines hold no ticker: no look-up, no fold then)
    tickeredInHeadline: (span) => headline.includes('<') && (tickered ??= headlineTickered(headline)).has(fold(span)),
    opensName: (span) => opensName(text, span),
    capitalisesAfter: (initials) => {
      const known = (capitalising ??= new Map()).get(initials);
      if (known !== undefined) return known;
      const answer = capitalisesAfter(text, initials);
      capitalising.set(initials, answer);
      return answer;
    },
    restoresAfter: (initials) => restoresAfter(text, initials, (word) => (set ??= gatherLowerWords(words)).has(word)),
    namedAfterWord: (word, initials) => namedAfterWord(text, word, initials),
  };
}

/** A word after a space (`restoresAfter`, `namedAfterWord`) */
const WORD_AT = /^[\p{L}][\p{L}'’.-]*/u;
/** A word before a space, at a text's end (`namedAfterWord`) */
const WORD_BEFORE = /[\p{L}][\p{L}'’.-]*$/u;

/** Whether `text` writes `initials` then a capitalised word it also writes in lower case, or a common starter
 * (`LowerVocabulary.restoresAfter`). `has`: the document's lower-case words. */
function restoresAfter(text: string, initials: string, has: (word: string) => boolean): boolean {
  for (let at = text.indexOf(`${initials} `); at >= 0; at = text.indexOf(`${initials} `, at + 1)) {
    const word = WORD_AT.exec(text.slice(at + initials.length + 1, at + initials.length + 40))?.[0];
    if (!word || !upperFirst(word)) continue;
    const f = fold(possessiveStem(word));
    if (isCommonStarter(word) || has(f) || (f.endsWith('s') && has(f.slice(0, -1)))) return true;
  }
  return false;
}

/** Whether `text` writes `word` right after a capitalised word other than `initials` and no common starter
 * (`LowerVocabulary.namedAfterWord`: "suitor US Air"). */
function namedAfterWord(text: string, word: string, initials: string): boolean {
  for (let at = text.indexOf(` ${word}`); at >= 0; at = text.indexOf(` ${word}`, at + 1)) {
    if (WORD_CHAR.test(text[at + word.length + 1] ?? ' ')) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[0];
    // (a word ending in a full stop ends a sentence, unless it is initials: "Japan. Pressure", "US Air")
    if (!before || before === initials || (before.endsWith('.') && !INITIALS.test(before))) continue;
    if (upperFirst(before) && !isCommonStarter(before)) return true;
  }
  return false;
}

/** Whether `text` writes `initials` then a space and a word, never a word in lower case (`LowerVocabulary`). */
function capitalisesAfter(text: string, initials: string): boolean {
  let seen = false;
  for (let at = text.indexOf(`${initials} `); at >= 0; at = text.indexOf(`${initials} `, at + 1)) {
    const next = text[at + initials.length + 1] ?? '';
    if (LOWER_FIRST.test(next)) return false;
    seen = true;
  }
  return seen;
}

/** Whether `text` writes `span` as a word of its own followed by a space and a capitalised word ("Dome Petroleum"). */
function opensName(text: string, span: string): boolean {
  for (let at = text.indexOf(`${span} `); at >= 0; at = text.indexOf(`${span} `, at + 1))
    if (!WORD_CHAR.test(text[at - 1] ?? ' ') && upperFirst(text[at + span.length + 1] ?? '')) return true;
  return false;
}

/** Most words of a name before a headline's ticker ("FIRST CITY BANCORP <FBT>"). */
const HEADLINE_NAME_WORDS = 4;

/** a name's apostrophes ("O'KEEFE" is a word in capitals) */
const APOSTROPHES = /['’]/gu;
/** The names a headline writes before a ticker, folded: each run of one to `HEADLINE_NAME_WORDS` words in capitals
 * ending right before it ("TEKELEC <TKLC> SETS PACT WITH BRITISH TELECOM": "tekelec"). */
function headlineTickered(headline: string): Set<string> {
  const out = new Set<string>();
  const tokens = tokenize(headline);
  for (let last = 0; last < tokens.length; last++) {
    if (tokens[last].text === '<' && (last === 0 || tokens[last - 1].kind !== 'word')) bracketedName(tokens, last, out);
    if (!tickerAfter(tokens, last)) continue;
    headlineNameEndingAt(tokens, last, out);
    // (a legal form before the ticker ends the name: "PHARMACIA AB <PHAB ST>" is the text's "Pharmacia" too)
    if (last > 0 && lex().legalForms.has(fold(tokens[last].text.replace(TRAILING_STOP, '')))) headlineNameEndingAt(tokens, last - 1, out);
  }
  return out;
}

/** Adds the runs of one to `HEADLINE_NAME_WORDS` words in capitals ending at `last` to `out`, folded. */
function headlineNameEndingAt(tokens: Token[], last: number, out: Set<string>): void {
  let span = '';
  for (let k = last; k > last - HEADLINE_NAME_WORDS && k >= 0 && tokens[k].kind === 'word' && isAllCaps(tokens[k].text.replace(APOSTROPHES, '')); k--) {
    span = span ? `${fold(tokens[k].text)} ${span}` : fold(tokens[k].text);
    out.add(span);
  }
}

/** Reuters' mark for a company with no listing: a headline's name in angle brackets that follows no word (no ticker
 * then), "<THE MUSIC SHOP> SIGNS STOCK OPTION AGREEMENT": the text's "Music Shop" is that company; added without "the". */
function bracketedName(tokens: Token[], open: number, out: Set<string>): void {
  let first = open + 1;
  if (fold(tokens[first]?.text ?? '') === 'the') first++;
  let close = first;
  while (
    close < tokens.length &&
    close - first < HEADLINE_NAME_WORDS &&
    tokens[close].kind === 'word' &&
    isAllCaps(tokens[close].text.replace(APOSTROPHES, ''))
  )
    close++;
  if (close > first && tokens[close]?.text === '>')
    out.add(
      tokens
        .slice(first, close)
        .map((t) => fold(t.text))
        .join(' '),
    );
}

/** Most words after a word read for a company's legal form or head in `writtenAsCompany`. */
const COMPANY_AFTER_WORDS = 4;
const FOLLOWING_WORDS = /[\p{L}\p{N}.&'’]+/uy;

/**
 * Whether `text` writes `word` before capitalised words holding a company's legal form or an organisation's head
 * ("Borg-Warner Corp", "Borg-Warner Acceptance Corp") or right before a speech verb ("Borg-Warner said").
 */
function writtenAsCompany(text: string, word: string): boolean {
  const L = lex();
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    let pos = at + word.length;
    if (text[pos] !== ' ' || WORD_CHAR.test(text[at - 1] ?? ' ')) continue;
    for (let k = 0; k < COMPANY_AFTER_WORDS && text[pos] === ' '; k++) {
      FOLLOWING_WORDS.lastIndex = pos + 1;
      const m = FOLLOWING_WORDS.exec(text);
      if (!m) break;
      const f = fold(m[0].replace(/\.$/, ''));
      if (k === 0 && L.speechVerbs.has(f)) return true;
      if (!upperFirst(m[0])) break;
      if (L.legalForms.has(f) || headOf(f) === 'org') return true;
      pos = FOLLOWING_WORDS.lastIndex;
    }
  }
  return false;
}

/**
 * Whether `text` holds `word` as a name of its own: no letter, digit or hyphen either side of it, nor a capitalised
 * word after it ("Gorbachev's new offer", not "Prudential Capital and Investment Services Inc").
 */
function writtenAlone(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    let end = at + word.length;
    if (text[end] === "'" || text[end] === '’') end += text[end + 1] === 's' ? 2 : 1;
    const after = text[end] ?? ' ';
    if (before === '-' || after === '-' || WORD_CHAR.test(before) || WORD_CHAR.test(after)) continue;
    if (!(after === ' ' && upperFirst(text[end + 1] ?? ''))) return true;
  }
  return false;
}

function gatherLowerWords(words: string[][]): Set<string> {
  const out = new Set<string>();
  // (indexed: for-of made an iterator and a result record per word)
  for (let k = 0; k < words.length; k++) {
    const ws = words[k];
    for (let n = 0; n < ws.length; n++) {
      const w = ws[n];
      if (w.length < 2) continue;
      const c = w.charCodeAt(0);
      if ((c >= 97 && c <= 122) || (c > 127 && LOWER_FIRST.test(w))) out.add(w);
    }
  }
  return out;
}
