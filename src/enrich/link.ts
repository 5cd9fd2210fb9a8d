// Entities of a story: the mentions of all its documents linked across spellings, surnames and
// transliterations, typed by the vote of all their mentions; quote speakers resolved to them.
import type { DocId, DocumentEnrichment, Entity, EntityType, Mention, Quote, StoryDocument } from '../model.ts';
import { fold } from '../common/normalize.ts';
import { UnionFind } from '../common/union-find.ts';
import { objectList } from '../common/object-list.ts';
import { editDistance } from '../common/edit-distance.ts';
import { isCommonStarter, lex, placeOf } from './lexicon.ts';
import {
  CENTRAL_WORD,
  HEADS_NAMED_ALONE,
  HEADS_ENDING_NAMES,
  TURNED_HEADS,
  COMPANY_HEADS,
  INSTITUTION_PREPOSITIONS,
  LEGAL_FORM_KINDS,
  ORG_NAME_VARIANTS,
  THING_HEADS as THING_HEAD_WORDS,
} from './data/orgs.ts';
import { PLACE_WORD_SHORTENINGS, WIDER_SHORT_NAMES } from './data/places.ts';
import { HONORIFIC_GENDERS, INNER_CAPITAL_SURNAMES, NAME_SUFFIXES, SENIOR_SUFFIXES } from './data/titles.ts';
import { DOUBLE_INITIAL_NAMES, GIVEN_NAME_SPELLINGS, NICKNAMES } from './data/nicknames.ts';
import { CUE_WEIGHTS, isDemonym, particleSurname } from './names.ts';
import { isAllCaps, possessiveStem } from './tokens.ts';
import { SPACED_PARTICLES } from './data/particles.ts';
import { wordKey, nameKey, wordsKey, similarKeys } from './translit.ts';
import { TRANSLIT_INITIALS } from './data/translit.ts';

// module-level: see src/common/letters.ts (a `\p{…}` literal in a function is built per call)
/** one initial ("J.") */
const INITIAL = /^\p{Lu}\.$/u;
/**
 * a name coined in one word, as companies are: a capitalised word of four letters or more, or capitals, then another
 * capitalised word ("WikiLeaks", "ChemLawn", "USAir"); a person's are shorter before the capital ("McDonald", "DiLeo",
 * "LeBron", "MacArthur"), or in `INNER_CAPITAL_SURNAMES` ("FitzGerald")
 */
const COINED = /^(?:\p{Lu}\p{Ll}{3,}|\p{Lu}{2,})\p{Lu}\p{Ll}{2,}$/u;
/** a name ending in a possessive ("Moody's") */
const POSSESSIVE_NAME = /\p{L}['’]s$/u;
/** a capitalised word, perhaps with its full stop, right before a name ("Mr. Trump") */
const WORD_BEFORE_NAME = /(\p{Lu}\p{Ll}*)\.?\s+$/u;
/** how far before a name its title word is looked for ("Former Vice President Cheney") */
const TITLE_LOOKBACK = 24;

interface Surface {
  text: string;
  words: string[];
  mentions: Mention[];
  votes: Record<EntityType, number>;
  cues: Map<string, number>;
  /** a person's name standing for the organisation named after them: its person votes count for the organisation */
  institution: boolean;
  /** a surname after a courtesy title that its articles' one full name of that surname holds: that name's text */
  bound?: string;
  /** bound as a speaker in its sentence only (`speakersNamedBefore`): the speaker of that sentence's quotes */
  sentenceOnly?: boolean;
  /** an acronym a thing's name spells out ("LIBOR" of "London Interbank Offered Rates"): its votes count for no type */
  thing: boolean;
  /** a head written alone for the body named in full with it ("the Bank" of the Bank of England): never its name */
  headAlone?: boolean;
}

const TYPES: EntityType[] = ['person', 'place', 'org'];

function bestType(votes: Record<EntityType, number>): EntityType {
  let best: EntityType = 'other';
  let score = 0;
  for (const t of TYPES) {
    if (votes[t] <= score) continue;
    best = t;
    score = votes[t];
  }
  return best;
}

/** A surface that is strongly something other than a person must not become a person's surname. */
const strongNonPerson = (s: Surface) => Math.max(s.votes.place, s.votes.org) >= CUE_WEIGHTS.gazetteer && s.votes.place + s.votes.org > s.votes.person;

function slug(name: string): string {
  return (
    fold(name)
      .replace(/[^a-z0-9\u0400-\u04ff]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

/** The thresholds of linking, as data. */
const LINKING = {
  /** a name of at most this many letters links only as written ("Us" the magazine is not "US") */
  shortNameLetters: 3,
  /** surnames are compared within buckets of keys sharing this many first letters */
  surnameBucket: 3,
  /** quote variants: a quote needs this many distinct words (of 3+ letters) to be compared */
  minQuoteWords: 3,
  /** ... words in more of one speaker's quotes than this carry nothing */
  maxQuotesPerWord: 50,
  /** ... and two quotes are one remark when they share this share of the shorter one's words */
  minSharedWords: 0.5,
  /** an acronym written alone (no full name in brackets before it) links to the one organisation whose initials it is
   * when it has at least this many letters ("TWA" / "Trans World Airlines Inc"; two letters, "PC", "SE", are many things) */
  spelledAcronymLetters: 3,
  /** a one-word name of at most this many letters that another of its entity's names starts with is an abbreviation ("Calif") */
  abbreviationLetters: 5,
  /** a person's name stands for an institution named after them when at least this share of its mentions follow an institution preposition */
  institutionShare: 0.5,
  /** a given name misspelt once is told only in names of at least this many letters ("Jon" / "Jan" are two names) */
  misspeltLetters: 4,
  /** ... a surname misspelt once, in surnames of at least this many letters ("Regan" is not "Reagan" misspelt) */
  misspeltSurnameLetters: 6,
  /** a given name the lexicon does not know, written with another first letter in another article, of at least this
   * many letters ("Kurbanguly" / "Gurbanguly") */
  translitGivenLetters: 5,
  /** a given name alone that the lexicon does not know joins the story's one full name with it, from this many letters */
  rareGivenLetters: 4,
  /** a surname several people share joins the one its articles name alone of them for this share of its mentions in them ... */
  namedAloneShare: 0.8,
  /** ... when those are at least this share of all its mentions */
  namedAloneCover: 0.5,
  /** a company's name in one word, short of its legal form, of at least this many letters ("Tonka" of "Tonka Corp") */
  companyShortLetters: 3,
  /** a short name is the company the story's articles lead with when this many times as many of them name it first as
   * name another company it opens (`leadCompany`) */
  leadCompanyOutvote: 4,
  /** a team's nickname alone is the team of two with it that the story names in full this many times as often as the other */
  teamNamedTimes: 3,
  /** a surname alone that speaks is the person its article named in full (not first) at most this many sentences before */
  speakerAfterSentences: 3,
};
/** Cues that read a name as a person by its shape only (a given name first), not by what the text says of it. */
const SHAPE_CUES = new Set(['given-name', 'none', 'initial']);
const INSTITUTION_BEFORE = new Set(INSTITUTION_PREPOSITIONS);
const THING_HEADS = new Set(THING_HEAD_WORDS);
/** Cues that read a name as a person only by what it does (says something, which a company does too), or by nothing
 * at all (`none`: "K Mart had a 13.0 pct gain"). */
const SAYS_CUES = new Set(['speech', 'none']);

type Entry = { s: Surface; i: number };

/** Link a story's mentions into entities and resolve its quotes' speakers to them. */
export function linkStory(docs: StoryDocument[], enrichments: DocumentEnrichment[]): { entities: Entity[]; quotes: Quote[] } {
  // (the speakers bound for their sentence only, step 0)
  const spoken = new Set<Mention>();
  const surfaces = collectSurfaces(enrichments, honorificSurnames(docs, enrichments, spoken), spoken, shoutedCommonWords(docs, enrichments));
  // a story naming no one has nothing to link: no entities, its quotes' speakers as written (its empty arrays, of
  // another kind to V8 than a filled one, sent every linking pass's optimised code back to be compiled again)
  if (surfaces.length === 0) return { entities: [], quotes: resolveSpeakers(enrichments, surfaces, []) };
  const sets = new UnionFind(surfaces.length);
  linkSameKeys(surfaces, sets);
  // (of one kind to V8 filled or empty: a story whose names are all one word no longer sends the passes back)
  const multi = objectList<Entry>();
  for (let i = 0; i < surfaces.length; i++) if (surfaces[i].words.length >= 2) multi.push({ s: surfaces[i], i });
  linkFullNames(surfaces, multi, sets);
  linkNicknames(multi, sets);
  attachQuotedNicknames(surfaces, sets);
  attachBound(surfaces, sets);
  attachSuffixedSurnames(multi, sets);
  attachSurnames(surfaces, multi, sets);
  attachRareGivenNames(surfaces, multi, sets);
  attachInstitutionNames(docs, multi, sets);
  attachCompanyShortNames(surfaces, multi, sets);
  attachPartnerNames(docs, surfaces, multi, sets);
  attachTeamNicknames(surfaces, multi, sets);
  attachBracketedAcronyms(surfaces, multi, docs, sets);
  attachSpelledAcronyms(surfaces, multi, sets);
  attachPlacedBodies(surfaces, multi, sets);
  attachHeadsAlone(surfaces, multi, sets);
  const entities = buildEntities(
    surfaces,
    sets,
    new Map<DocId, number>(docs.map((d, i) => [d.id, i])),
    new Map<DocId, StoryDocument['sentences']>(docs.map((d) => [d.id, d.sentences])),
  );
  const quotes = resolveSpeakers(enrichments, surfaces, entities);
  linkVariants(quotes);
  return { entities: entities.map(({ surfaces: _s, ...e }) => e), quotes };
}

const TURNED = new Set(TURNED_HEADS);
const COMPANY_HEAD = new Set(COMPANY_HEADS);

/**
 * A body's name after the place that opens it, and turned where its head comes first ("U.S. Department of Justice"
 * -> "U.S." and "justice department"), or undefined: a name of two words or more, read as no person and no place, that
 * leaves two words or more.
 */
function bodyName(s: Surface): { place: string; key: string } | undefined {
  if (s.words.length < 2 || !readsAsNonPerson(s) || s.votes.place >= s.votes.org) return undefined;
  let place = '';
  let rest = s.words;
  for (let n = Math.min(PLACE_OPENING_WORDS, s.words.length - 1); n >= 1; n--) {
    const p = placeOf(s.words.slice(0, n).join(' '));
    if (p) {
      place = p;
      rest = s.words.slice(n);
      break;
    }
  }
  let key = rest.map(fold);
  if (key.length > 2 && TURNED.has(key[0]) && key[1] === 'of') key = [...key.slice(key[2] === 'the' ? 3 : 2), key[0]];
  return key.length < 2 ? undefined : { place, key: key.join(' ') };
}

/**
 * A body named with and without its place, its head first or last ("Justice Department", "Department of Justice",
 * "U.S. Department of Justice", "U.S. Justice Department"), is one body where the story names it after one place only:
 * after two ("U.S. Senate Agriculture Committee", "Canada Senate Agriculture Committee") the names without one join
 * neither.
 */
function attachPlacedBodies(surfaces: Surface[], multi: Entry[], sets: UnionFind): void {
  const byKey = new Map<string, Array<{ i: number; place: string }>>();
  for (const { s, i } of multi) {
    const body = bodyName(s);
    if (body === undefined) continue;
    (byKey.get(body.key) ?? byKey.set(body.key, []).get(body.key)!).push({ i, place: body.place });
  }
  for (const names of byKey.values()) {
    if (names.length < 2) continue;
    const places = new Set(names.filter((n) => n.place).map((n) => n.place));
    for (const place of places.size > 1 ? [...places, ''] : ['']) {
      const some = places.size > 1 ? names.filter((n) => n.place === place) : names;
      for (let k = 1; k < some.length; k++) if (!clash(surfaces[some[0].i], surfaces[some[k].i])) sets.union(some[0].i, some[k].i);
    }
  }
}

const HEADS_ALONE = new Set(HEADS_NAMED_ALONE);
const HEADS_ENDING = new Set(HEADS_ENDING_NAMES);

/**
 * A head written alone as an organisation ("the Bank", `HEADS_NAMED_ALONE`) is the one body of the story named in full
 * with it ("Bank of England", "Dutch Central Bank") when each article writing it alone names that body too: the
 * article's short name for it, no organisation of its own. Two such bodies ("Bank of England", "Bank of France"), or
 * an article naming none, leave it as it was.
 */
function attachHeadsAlone(surfaces: Surface[], multi: Entry[], sets: UnionFind): void {
  surfaces.forEach((s, i) => {
    if (s.words.length !== 1) return;
    const head = fold(s.text);
    const ending = HEADS_ENDING.has(head);
    // (such a head is no one's name: "The Forum said" is typed a person by its speech alone)
    if (s.votes.person > 0 && !ending) return;
    // (a bank's head alone is one only when typed so; the others' are typed by nothing else: "the (World) Bank")
    if (!(ending ? s.votes.place === 0 : HEADS_ALONE.has(head) && s.votes.org > 0)) return;
    // the sets named "<head> of ..." or "... Central <head>" (or "... <head>"), with the articles naming each
    const bodies = new Map<number, Set<DocId>>();
    for (const { s: o, i: j } of multi) {
      const w = o.words.map(fold);
      const last = w[w.length - 1];
      const named = (w[0] === head && w[1] === 'of') || (last === head && (ending || w[w.length - 2] === CENTRAL_WORD));
      if (!named || !readsAsNonPerson(o)) continue;
      const r = sets.find(j);
      const docs = bodies.get(r) ?? bodies.set(r, new Set()).get(r)!;
      for (const m of o.mentions) docs.add(m.document);
    }
    if (bodies.size !== 1) return;
    const [[root, docs]] = bodies;
    if (!s.mentions.every((m) => docs.has(m.document))) return;
    sets.union(i, root);
    s.headAlone = true;
  });
}

const SUFFIXES = new Set(NAME_SUFFIXES);
const SENIOR = new Set(SENIOR_SUFFIXES);
/** a character outside ASCII (folding may then shorten the word) */
const NON_ASCII = /[^\x00-\x7f]/;
/** the longest suffix as written, its full stop included ("iii."): an ASCII word longer (folding keeps its length) is no
 * suffix, ruled out without folding it */
const LONGEST_SUFFIX = Math.max(...NAME_SUFFIXES.map((x) => x.length)) + 1;
const isSuffix = (word: string) => (word.length <= LONGEST_SUFFIX || NON_ASCII.test(word)) && SUFFIXES.has(fold(word).replace(/\.$/, ''));
/** Where a full name's surname is: its last word, or the one before a generation suffix ("Donald Trump Jr."). */
const surnameAt = (words: string[]) => (words.length > 1 && isSuffix(words[words.length - 1]) ? words.length - 2 : words.length - 1);

/** A surname's key without the particle its hyphen joins ("al-Assad", "Al-Assad" and "Assad" -> "assad"). */
const surnameKey = (word: string) => fold(particleSurname(word) ?? word);

/**
 * The surname a name of particles and one word is, written alone ("De Gaulle", "bin Laden", "Van Gogh" -> "Gaulle",
 * "Laden", "Gogh"; "al-Assad" -> "Assad"), null for any other name.
 */
function particledSurname(words: string[]): string | null {
  const last = words[words.length - 1];
  if (words.length === 1) return particleSurname(last);
  for (let k = 0; k < words.length - 1; k++) if (!SPACED_PARTICLES.has(words[k].toLowerCase())) return null;
  return particleSurname(last) ?? last;
}

/**
 * Step 0, a surname after a courtesy title ("Mr. Trump") in an article that names one person of that surname in full
 * (a given name before it) is that person, whoever else of the surname the story names: the Times' "Mr. Trump" beside
 * its one "Donald Trump Jr." is the son, named in full before any other mention of the surname. A title of the other gender than the full name's given name binds nothing;
 * "President Trump" (an office, not a courtesy) is left to the story's surnames (step 3).
 */
function honorificSurnames(docs: StoryDocument[], enrichments: DocumentEnrichment[], spoken: Set<Mention>): Map<Mention, string> {
  const L = lex();
  const sentences = new Map<DocId, StoryDocument['sentences']>(docs.map((d) => [d.id, d.sentences]));
  const bound = new Map<Mention, string>();
  for (const e of enrichments) {
    // each surname's one full name in this article ('' when it names two)
    const full = new Map<string, string>();
    // (each mention's words split once for the passes below: a person's here, the others' once a full name is found)
    const wordsOf: string[][] = new Array(e.mentions.length);
    e.mentions.forEach((m, i) => {
      if (m.type !== 'person') return;
      const words = (wordsOf[i] = m.text.split(/\s+/));
      const k = surnameAt(words);
      if (k < 1) return;
      const key = surnameKey(words[k]);
      const had = full.get(key);
      full.set(key, had === undefined || had === m.text ? m.text : '');
    });
    if (full.size === 0) continue;
    e.mentions.forEach((m, i) => {
      wordsOf[i] ??= m.text.split(/\s+/);
    });
    // ... and only when that full name is the article's first mention of the surname: an article that has written
    // "President Trump" before it names "Donald Trump Jr." means the president by "Mr. Trump"
    const first = new Map<string, Mention>();
    const ms = e.mentions;
    for (const i of ms.map((_, i) => i).sort((a, b) => ms[a].sentence - ms[b].sentence || (ms[a].start ?? 0) - (ms[b].start ?? 0))) {
      const words = wordsOf[i];
      const key = surnameKey(words[surnameAt(words)]);
      if (!first.has(key)) first.set(key, ms[i]);
    }
    const titled = officeTitledNames(e, wordsOf, sentences);
    for (const m of e.mentions) {
      if (m.start === undefined || m.text.includes(' ')) continue;
      // an office title before the surname that stood before one full name of it ("Former Vice President Cheney" after
      // "ex-Vice President Dick Cheney", beside Mary and Liz Cheney) is that name's holder
      // (asked only where the article titles a full name so: most title none)
      const office = titled.size ? titled.get(`${fold(titleBefore(m, sentences) ?? '')} ${fold(m.text)}`) : undefined;
      if (office) {
        bound.set(m, office);
        continue;
      }
      const target = full.get(surnameKey(m.text));
      if (!target || first.get(surnameKey(m.text))?.text !== target) continue;
      const before = sentences
        .get(m.document)
        ?.[m.sentence]?.text.slice(Math.max(0, m.start - 8), m.start)
        .match(WORD_BEFORE_NAME);
      const title = before ? HONORIFIC_GENDERS[fold(before[1])] : undefined;
      if (!title) continue;
      const given = fold(target.split(/\s+/)[0]);
      const gender = L.femaleNames.has(given) ? 'f' : L.givenNames.has(given) && !L.eitherNames.has(given) ? 'm' : undefined;
      if (gender === undefined || gender === title) bound.set(m, target);
    }
    givenNamesAlone(e.mentions, wordsOf, full, bound);
    if ([...full.values()].includes('')) speakersNamedBefore(e.mentions, wordsOf, bound, spoken);
  }
  return bound;
}

/** The capitalised word right before a mention, its full stop dropped ("President" of "ex-Vice President Cheney"). */
function titleBefore(m: Mention, sentences: Map<DocId, StoryDocument['sentences']>): string | undefined {
  if (m.start === undefined) return undefined;
  return sentences
    .get(m.document)
    ?.[m.sentence]?.text.slice(Math.max(0, m.start - TITLE_LOOKBACK), m.start)
    .match(WORD_BEFORE_NAME)?.[1];
}

/**
 * An article's full names of people by the office title before them and their surname ("president cheney" ->
 * "Dick Cheney"), '' when one title stands before two full names of the surname. Courtesy titles are step 0's.
 */
function officeTitledNames(e: DocumentEnrichment, wordsOf: string[][], sentences: Map<DocId, StoryDocument['sentences']>): Map<string, string> {
  const L = lex();
  const titled = new Map<string, string>();
  e.mentions.forEach((m, i) => {
    const words = wordsOf[i];
    if (m.type !== 'person' || surnameAt(words) < 1) return;
    const title = fold(titleBefore(m, sentences) ?? '');
    if (!L.titles.has(title) || HONORIFIC_GENDERS[title]) return;
    const key = `${title} ${fold(words[surnameAt(words)])}`;
    const had = titled.get(key);
    titled.set(key, had === undefined || had === m.text ? m.text : '');
  });
  return titled;
}

/** Cues of a surname alone that speaks ("DiLeo said", "said DiLeo"). */
const SPEAKING_CUES = new Set(['speech', 'surname']);

/**
 * A surname alone that speaks, in an article that names several people of that surname in full, within
 * `LINKING.speakerAfterSentences` sentences of a full name that is not the article's first of the surname (or of a
 * mention bound so): that later-named person, introduced to be quoted ("His son, T.J. DiLeo, is a guard for Temple"
 * ... ""... my dad is ready to step in," DiLeo said", ECB+ 5_2), named alone in its sentence. Other mentions of the surname are left to the story
 * (step 3: the person the article names first, its subject, as a rule: "Gray" after "his sister, Mahnefah Gray"
 * who only spoke to the Times is still Kimani Gray). Bound like a titled surname (step 0), for its sentence only.
 */
function speakersNamedBefore(mentions: Mention[], wordsOf: string[][], bound: Map<Mention, string>, spoken: Set<Mention>): void {
  const firstFull = new Map<string, string>();
  const last = new Map<string, { text: string; sentence: number }>();
  const ordered = mentions.map((_, i) => i).sort((a, b) => order(mentions[a], mentions[b]));
  for (const i of ordered) {
    const m = mentions[i];
    const words = wordsOf[i];
    // (a full name read as no type still names someone: "for Duncan Hunter and Margaret Hunter to enrich themselves")
    if (m.type === 'place' || m.type === 'org') continue;
    const at = surnameAt(words);
    const key = fold(words[at]);
    if (at >= 1) {
      if (!firstFull.has(key)) firstFull.set(key, m.text);
      // (two of them named in one sentence introduce neither: "for Duncan Hunter and Margaret Hunter to enrich themselves")
      const had = last.get(key);
      last.set(key, { text: had?.sentence === m.sentence && had.text !== m.text ? '' : m.text, sentence: m.sentence });
      continue;
    }
    const named = last.get(key);
    // (the first full name, or a shorter form of it, is the article's subject: "De Groote" of "Michael De Groote")
    const subject = firstFull.get(key) ?? '';
    if (named === undefined || !named.text || bound.has(m) || !SPEAKING_CUES.has(m.cue ?? '') || subject === named.text || subject.endsWith(` ${named.text}`))
      continue;
    if (m.sentence - named.sentence > LINKING.speakerAfterSentences) continue;
    bound.set(m, named.text);
    spoken.add(m);
    named.sentence = m.sentence;
  }
}

/** Mentions in the order of their article. */
const order = (a: Mention, b: Mention) => a.sentence - b.sentence || (a.start ?? 0) - (b.start ?? 0);

/** A full name's surname key and generation suffix ("larue" of "Frederick C. LaRue", "felt jr" of "Mark Felt Jr."). */
const surnameOf = (words: string[]) => {
  const k = surnameAt(words);
  return `${wordKey(words[k], true)} ${k < words.length - 1 ? bareWord(words[words.length - 1]) : ''}`;
};

/**
 * A given name alone ("The extraordinary world that Stephenie has created", 6_3ecb) after its article has named one
 * person with that given name in full ("Stephenie Meyer") is that person, unless a full name of the article has it
 * as a surname. Bound like a titled surname (step 0).
 */
function givenNamesAlone(mentions: Mention[], wordsOf: string[][], surnames: Map<string, string>, bound: Map<Mention, string>): void {
  const L = lex();
  // each given name's one full name in the article ('' when two) and its first mention
  // (and the surname all its full names share, '' when two)
  const byGiven = new Map<string, { text: string; surname: string; at: Mention }>();
  for (const [i, m] of mentions.entries()) {
    const words = wordsOf[i];
    // (not a body or place named after a person: "Florence Federal Correctional Complex", "Tony Awards")
    const last = fold(words[words.length - 1]);
    if (words.length === 1 || m.type !== 'person' || surnameAt(words) < 1 || L.orgHeads.has(last) || L.placeHeads.has(last)) continue;
    const key = spelt(fold(words[0]));
    const had = byGiven.get(key);
    if (had === undefined) byGiven.set(key, { text: m.text, surname: surnameOf(words), at: m });
    else {
      if (had.text !== m.text) had.text = '';
      if (had.surname !== surnameOf(words)) had.surname = '';
      if (order(m, had.at) < 0) had.at = m;
    }
  }
  for (const m of mentions) {
    if (m.text.includes(' ') || bound.has(m) || m.type === 'place' || m.type === 'org') continue;
    const key = fold(m.text);
    if (surnames.has(key) || !L.givenNames.has(key)) continue;
    // the full names it can stand for: its own given name's, and those of the names it is a nickname of ("Greg" for a
    // "Gregory Echenique" as well as a "Greg McDermott": then it is neither's)
    // (two of one surname are one person's names: "Fred" for "Fred LaRue" and "Frederick C. LaRue")
    let full: { text: string; surname: string; at: Mention } | undefined;
    for (const given of [spelt(key), ...(FULL_NAMES_OF.get(key) ?? [])]) {
      const named = byGiven.get(given);
      if (named === undefined || (full !== undefined && full.surname !== '' && named.surname === full.surname)) continue;
      full = full === undefined ? named : { text: '', surname: '', at: m };
    }
    if (full?.text && order(full.at, m) < 0) bound.set(m, full.text);
  }
}

/** Every distinct written form of a name in the story, with its mentions and their type votes (a surname bound to its
 * article's full name apart, step 0). */
/** The gap between a name's words: spaces, after a comma inside a partnership's name ("Goldman, Sachs and Co" is the
 * words of "Goldman Sachs and Co") */
const NAME_WORD_GAP = /,?\s+/;

/** cues that name a shouted word whatever the text writes: the gazetteer's ("FED"), a ticker's, joined letters' */
const SHOUTED_NAMING_CUES = new Set(['gazetteer', 'ticker', 'letters', 'term']);
/** a word of lower-case letters */
const LOWER_CASE_WORDS = /\b[a-z]+\b/g;
/** two lower-case letters together: a sentence holding them is no headline in capitals */
const LOWER_RUN = /[a-z]{2}/;

/** a name in capitals, its one-letter words too ("WEEK T" of "WEEK T-BILLS") */
const shoutedName = (text: string) => {
  const words = text.split(' ');
  return words.some(isAllCaps) && words.every((w) => w.length < 2 || isAllCaps(w));
};

/**
 * The names a headline shouts that are common words: a name written only in capitals, only in sentences in capitals
 * (headlines, a table's rows), each word of it one the story's texts write in lower case ("WEEK", "CORN", "CAR SALES",
 * "EFFECTIVE TODAY", "STOCK AT" read as a person after "GM"), and no cue but a shape's or a guess's typed it: a known
 * body, a ticker's company, an acronym the text uses ("under the EEP"), a name the story also writes in small letters
 * ("NEUTRAL ZONE" of the Neutral Zone) or a word it never writes in lower case ("IBM", "QUOTA ALGERIA") stay.
 */
function shoutedCommonWords(docs: StoryDocument[], enrichments: DocumentEnrichment[]): Set<string> {
  const out = new Set<string>();
  let candidates: Set<string> | undefined;
  // (a name also written in a sentence of lower-case words is an acronym the text uses: "under the EEP")
  const named = new Set<string>();
  let sentences: Map<DocId, StoryDocument['sentences']> | undefined;
  for (const e of enrichments)
    for (const m of e.mentions) {
      if (!shoutedName(m.text)) continue;
      sentences ??= new Map(docs.map((d) => [d.id, d.sentences]));
      if (SHOUTED_NAMING_CUES.has(m.cue ?? 'none') || LOWER_RUN.test(sentences.get(m.document)?.[m.sentence]?.text ?? 'unknown')) named.add(m.text);
      else (candidates ??= new Set()).add(m.text);
    }
  if (candidates === undefined) return out;
  for (const e of enrichments) for (const m of e.mentions) if (!shoutedName(m.text)) named.add(m.text.toUpperCase());
  const lower = new Set<string>();
  for (const d of docs) for (const sn of d.sentences) for (const w of sn.text.match(LOWER_CASE_WORDS) ?? []) lower.add(w);
  for (const text of candidates) {
    if (named.has(text)) continue;
    const words = text.split(' ').map((w) => possessiveStem(w).replace(/\.$/, '').toLowerCase());
    if (words.every((w) => lower.has(w))) out.add(text);
  }
  return out;
}

function collectSurfaces(enrichments: DocumentEnrichment[], bound: Map<Mention, string>, spoken: Set<Mention>, shouted: Set<string>): Surface[] {
  const surfaces: Surface[] = [];
  const bySurface = new Map<string, number>();
  for (const e of enrichments) {
    for (const m of e.mentions) {
      if (shouted.size > 0 && shouted.has(m.text)) continue;
      const target = bound.get(m);
      const key = target === undefined ? m.text : spoken.has(m) ? `${m.text}\u0000${target}\u0000${m.document}\u0000${m.sentence}` : `${m.text}\u0000${target}`;
      let i = bySurface.get(key);
      if (i === undefined) {
        i = surfaces.length;
        bySurface.set(key, i);
        surfaces.push({
          text: m.text,
          words: m.text.split(NAME_WORD_GAP),
          mentions: [],
          votes: { person: 0, place: 0, org: 0, other: 0 },
          cues: new Map(),
          bound: target,
          sentenceOnly: spoken.has(m) || undefined,
          // set here, not added by the later passes: one shape for every surface (V8's optimised linking code
          // met surfaces of several shapes and was thrown away and compiled again)
          institution: false,
          thing: false,
        });
      }
      const s = surfaces[i];
      s.mentions.push(m);
      // (a coined name that speaks is a company speaking: "USAir said", "WikiLeaks said")
      const coined = m.cue === 'speech' && isCoined(m.text);
      const cue = coined ? 'coined' : (m.cue ?? 'none');
      s.votes[coined ? 'org' : m.type] += CUE_WEIGHTS[cue] ?? 0;
      s.cues.set(cue, (s.cues.get(cue) ?? 0) + 1);
    }
  }
  return surfaces;
}

const INNER_CAPITALS = new Set(INNER_CAPITAL_SURNAMES);
/** A name coined in one word, as a company's (`COINED`), that is no surname with a capital inside. */
function isCoined(text: string): boolean {
  if (!COINED.test(text)) return false;
  const inner = text.slice(1).search(UPPER);
  return !INNER_CAPITALS.has(fold(text.slice(0, inner + 1)));
}

/** A surface read only as a person ("Massimo Franco", "Franco") and one the gazetteer makes a place ("France") are two things. */
const onlyPerson = (s: Surface) => s.votes.person > 0 && s.votes.place + s.votes.org === 0;
/** Two words of an organisation's name spelt alike: a typo or another ending of one word ("Lehman"/"Lehmand",
 * "Agricultural"/"Agriculture", "System"/"Systems"), not two words ("Boston"/"Union"). */
function orgWordsAlike(a: string, b: string): boolean {
  const x = wordKey(a, true);
  const y = wordKey(b, true);
  return similarKeys(x, y) || (Math.min(x.length, y.length) >= 5 && x.slice(0, 4) === y.slice(0, 4) && editDistance(x, y, 2) <= 2);
}

/** Whether the shorter of two names has all its words, in order, among the longer's (spelt alike). */
function wordsWithin(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let k = 0;
  for (const w of long) if (k < short.length && orgWordsAlike(w, short[k])) k++;
  return k === short.length;
}

/** a word in brackets, or a bracket's first or last word ("(USA)", "(F.E.)") */
const BRACKETED = /^\(|\)$/;
const unbracketed = (w: string) => fold(w.replace(/^\(|\)$/g, ''));

/** Two names one of which has a word in brackets the other lacks: a company's unit for a place or business ("Mazda Motor
 * Manufacturing (USA) Corp", "Qintex America (Media) Ltd") and its parent ("Mazda Motor Corp") are two companies;
 * "Cheung Kong Holdings Ltd" is "Cheung Kong (Holdings) Ltd". */
function bracketedApart(a: string[], b: string[]): boolean {
  const lacks = (x: string[], y: string[]) => x.some((w) => BRACKETED.test(w) && !y.some((v) => unbracketed(v) === unbracketed(w)));
  return lacks(a, b) || lacks(b, a);
}

/** A surface its mentions read as an organisation or a place more than as a person. */
const readsAsNonPerson = (s: Surface) => s.votes.place + s.votes.org > s.votes.person;
/** A surface its mentions read as an organisation above all. */
const isOrg = (s: Surface) => s.votes.org > s.votes.place + s.votes.person;
/** Cues that read a name as a person by nothing a company lacks: it speaks ("Seacom said"), or nothing at all
 * (no cue, or capitalised by a sentence's start). */
const NO_PERSON_CUES = new Set([...SAYS_CUES, 'initial']);
/** Are all of a surface's cues in `cues`? (its cue map read in place: no list of its keys made per ask) */
function everyCue(s: Surface, cues: ReadonlySet<string>): boolean {
  for (const c of s.cues.keys()) if (!cues.has(c)) return false;
  return true;
}
const INITIAL_ONLY: ReadonlySet<string> = new Set(['initial']);
const saysOnly = (s: Surface) => everyCue(s, NO_PERSON_CUES);
/** One surface strongly a place or organisation, the other only a person ("France", "Franco"): two things, unless the
 * person is the same name in other capitals that is a person only by what it says ("SEACOM" the cable operator and
 * "Seacom said", ECB+; "WEDGE" and "Wedge said", Reuters). */
const clash = (a: Surface, b: Surface) => {
  const [other, person] = strongNonPerson(a) && onlyPerson(b) ? [a, b] : strongNonPerson(b) && onlyPerson(a) ? [b, a] : [];
  return person !== undefined && !(saysOnly(person) && fold(person.text) === fold(other!.text));
};

/** A legal form's kind (`LEGAL_FORM_KINDS`' line), by the form folded without its full stop. */
const LEGAL_FORM_KIND = new Map(LEGAL_FORM_KINDS.flatMap((line, n) => line.map((form) => [form, n] as const)));

/** An organisation's name short of its one legal form, keyed with that form's kind ('' for none): "Morton Thiokol Inc"
 * and "Morton-Thiokol Corp" key alike. */
function companyKey(s: Surface): string {
  if (s.words.length < 2 || !isOrg(s)) return '';
  const kind = LEGAL_FORM_KIND.get(bareWord(s.words[s.words.length - 1]));
  return kind === undefined ? '' : `company:${kind}:${spacedKey(s.words, 0, s.words.length - 1)}`;
}

/** Most words of a place's name opening an organisation's name ("United States" of United States Geological Survey). */
const PLACE_OPENING_WORDS = 2;

/** An organisation's name after the place its name opens with, keyed with the gazetteer's name of that place: "U.S.
 * Geological Survey" and "United States Geological Survey" key alike ('' for none). */
function placedOrgKey(s: Surface): string {
  if (s.words.length < 2 || !isOrg(s)) return '';
  for (let n = Math.min(PLACE_OPENING_WORDS, s.words.length - 1); n >= 1; n--) {
    const place = placeOf(s.words.slice(0, n).join(' '));
    if (place) return `placed:${place}:${spacedKey(s.words, n)}`;
  }
  return '';
}

const SHORTENED_WORDS = new Map(PLACE_WORD_SHORTENINGS);
/** A name's words as keyed, a word the wire shortens written out before the next ("Mt Cook" and "Aoraki Mt Cook" key
 * as "Mount Cook", "Aoraki Mount Cook"). */
function writtenOut(words: string[]): string[] {
  return words.map((w, k) => (k < words.length - 1 ? (SHORTENED_WORDS.get(bareWord(w)) ?? w) : w));
}

/** nameKey of a name's words `[from, to)`, a hyphen read as a space ("Credit Suisse-First Boston"): the words keyed as
 * they are when none holds a hyphen (nearly every name), not joined into a name and cut again. */
function spacedKey(words: readonly string[], from = 0, to = words.length): string {
  for (let k = from; k < to; k++) if (words[k].includes('-')) return nameKey(words.slice(from, to).join(' ').replaceAll('-', ' '));
  return wordsKey(words, from, to);
}

/** a character that is not a letter */
const NOT_LETTER = /[^\p{L}]/gu;
/** Whether a name holds at most `LINKING.shortNameLetters` letters: its ASCII letters counted first, so that the
 * letters-only copy is made only for a name of few of them (a copy of every name's text was ~1% of linking). */
function shortName(text: string): boolean {
  let ascii = 0;
  for (let k = 0; k < text.length; k++) {
    // (`| 32` lower-cases an ASCII capital and leaves every other code outside a-z as it was)
    const c = text.charCodeAt(k) | 32;
    if (c >= 97 && c <= 122 && ++ascii > LINKING.shortNameLetters) return false;
  }
  return text.replace(NOT_LETTER, '').length <= LINKING.shortNameLetters;
}

/** How many hyphens a text holds (`text.split('-').length - 1`, no array made). */
function hyphens(text: string): number {
  let n = 0;
  for (let at = text.indexOf('-'); at >= 0; at = text.indexOf('-', at + 1)) n++;
  return n;
}

/** connectors of the Romance languages a company's name is written with or without ("Banco de Santander", "Banco
 * Santander") */
const DROPPED_CONNECTORS = new Set(['de', 'del', 'du', 'des', 'da', 'di']);
/** An organisation's name keyed without its Romance connectors ('' for none, and for a name with none). */
function connectorlessKey(s: Surface): string {
  if (s.words.length < 3 || !isOrg(s) || !s.words.some((w) => DROPPED_CONNECTORS.has(w))) return '';
  return orgWordsKey(s.words.filter((w) => !DROPPED_CONNECTORS.has(w)));
}
/** An organisation's name of two words or more keyed as `connectorlessKey` keys a name with connectors. */
function plainOrgKey(s: Surface): string {
  if (s.words.length < 2 || !isOrg(s) || s.words.some((w) => DROPPED_CONNECTORS.has(w))) return '';
  // (the text's words as white space parts them: a surface's words have lost a comma before a space)
  return orgWordsKey(s.text.includes(',') ? s.text.split(/\s+/) : s.words);
}
/** The key the two above share: an organisation's words, hyphens read as spaces. */
const orgWordsKey = (words: readonly string[]) => `org-words:${spacedKey(words)}`;

/** each of a body's names (folded) -> its first ("ec" -> "european community") */
const ORG_NAMES = new Map(ORG_NAME_VARIANTS.flatMap((names) => names.map((n) => [n, names[0]] as const)));
/** A body's key by its names in `ORG_NAME_VARIANTS` ("EC", "EEC", "European Community" key alike; '' for none, and
 * for a name read as a person's). */
function orgNameKey(s: Surface): string {
  const name = ORG_NAMES.get(fold(s.text));
  return name === undefined || onlyPerson(s) ? '' : `org:${name}`;
}

/** Step 1, same key: spelling variants that transliterate alike, gazetteer variants (Kiev/Kyiv), a company's name
 * with either legal form of one kind, and an organisation's name opening with either name of its place. */
function linkSameKeys(surfaces: Surface[], sets: UnionFind): void {
  const byKey = new Map<string, number[]>();
  surfaces.forEach((s, i) => {
    if (s.bound !== undefined) return;
    const place = placeOf(s.text);
    // short names link only as written; the gazetteer joins "US" and "U.S."
    const short = shortName(s.text);
    // (a hyphen is a space: "Credit Suisse-First Boston Ltd" and "Credit Suisse First Boston Ltd" are one name)
    // (a state's abbreviation after a town's comma is the state the story names in full: "Fla", Florida)
    const state = place ? undefined : stateOf(s);
    const placeKey = (place ?? state) === undefined ? '' : `place:${place ?? placeOf(state!) ?? state}`;
    for (const key of [
      short ? `short:${s.text}` : spacedKey(writtenOut(s.words)),
      placeKey,
      companyKey(s),
      placedOrgKey(s),
      orgNameKey(s),
      connectorlessKey(s),
      plainOrgKey(s),
    ]) {
      if (!key) continue;
      const js = byKey.get(key);
      if (!js) byKey.set(key, [i]);
      else {
        const j = js.find((x) => !clash(s, surfaces[x]));
        if (j === undefined) js.push(i);
        else sets.union(i, j);
      }
    }
  });
}

/** The state a one-word place's name abbreviates ("Fla", "N.J." after a town's comma; the gazetteer's "Ariz"), folded
 * ("florida"); none for any other name, nor for a state whose name also names a city or a country (lex().stateNames). */
function stateOf(s: Surface): string | undefined {
  if (s.words.length !== 1 || bestType(s.votes) !== 'place') return undefined;
  const f = fold(s.text);
  return lex().stateNames.get(f.endsWith('.') ? f : `${f}.`);
}

/** a word's first letter, lower case (a folded state name capitalised) */
const WORD_START = /(^|\s)(\p{Ll})/gu;
/** A place's name, a state's for its abbreviation ("Fla" -> "Florida"). */
function placeName(s: Surface): string {
  const state = stateOf(s);
  return state === undefined ? s.text : state.replace(WORD_START, (_, space: string, letter: string) => space + letter.toUpperCase());
}

const lastWordKey = (s: Surface) => {
  const last = s.words[s.words.length - 1];
  return wordKey(particleSurname(last) ?? last, true);
};

/** Step 2, multi-word names: same first name, surnames one letter apart (never different surnames). A person's two
 * names whose middles differ ("George H.W. Bush" / "George W. Bush") are two people, and a name without a middle then
 * belongs to neither ("George Bush" where the story names both); a middle on one side only is one person otherwise
 * ("Hillary Clinton" / "Hillary Rodham Clinton"). */
function linkFullNames(surfaces: Surface[], multi: Entry[], sets: UnionFind): void {
  const byFirst = new Map<string, number[]>();
  for (const { s, i } of multi) {
    const k = `${wordKey(s.words[0])}|${lastWordKey(s).slice(0, 1)}`;
    (byFirst.get(k) ?? byFirst.set(k, []).get(k)!).push(i);
  }
  for (const ids of byFirst.values()) {
    if (ids.length < 2) continue;
    const middles = ids.map((i) => middleOf(surfaces[i].words, 1));
    const withMiddle = middles.filter((m) => m.length > 0).length;
    // (a person's name, by its given name or initial: "Marine Mammal Protection Act" has no middle name)
    const first = surfaces[ids[0]].words[0];
    const given = ONE_INITIAL.test(first) || INITIALS_WORD.test(first) || lex().givenNames.has(fold(first));
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const A = surfaces[ids[a]];
        const B = surfaces[ids[b]];
        if (strongNonPerson(A) || strongNonPerson(B)) continue;
        // first and last words are a person's given name and surname; an organisation's are not ("First Boston
        // Corp" and "First Union Corp" are two banks): its shorter name must be within the longer ("McAfee Labs",
        // "McAfee Avert Labs")
        const nonPerson = readsAsNonPerson(A) || readsAsNonPerson(B);
        if (nonPerson && (!wordsWithin(A.words, B.words) || bracketedApart(A.words, B.words))) continue;
        if (!similarKeys(lastWordKey(A), lastWordKey(B)) && (nonPerson || !surnameMisspelt(A, B))) continue;
        // (only a group with two names with middles has middles to tell apart)
        const person = given && !nonPerson && A.votes.person > 0 && B.votes.person > 0;
        if (person && withMiddle >= 2 && !middlesJoin(a, b, ids, middles, surfaces)) continue;
        sets.union(ids[a], ids[b]);
      }
    }
  }
}

/** Two full names of a person, the same given name written out, whose surnames are one slip apart inside and one of
 * which is written once (ECB+: "Bob Woodard" once beside "Bob Woodward", "Andrew Welzler" beside "Andrew Wetzler"). */
function surnameMisspelt(A: Surface, B: Surface): boolean {
  if (A.votes.person === 0 || B.votes.person === 0 || A.words.length !== B.words.length || INITIAL.test(A.words[0])) return false;
  const x = bareWord(A.words[surnameAt(A.words)]);
  const y = bareWord(B.words[surnameAt(B.words)]);
  return slipInside(x, y, LINKING.misspeltSurnameLetters) && (writtenOnce(A.mentions, B.mentions) || writtenOnce(B.mentions, A.mentions));
}

/** Whether two names of a step-2 group may join by their middles: alike, or one side's missing when no two names of
 * that surname in the group have middles that differ. */
function middlesJoin(a: number, b: number, ids: number[], middles: string[][], surfaces: Surface[]): boolean {
  if (!middlesFit(middles[a], middles[b])) return false;
  if (middles[a].length > 0 && middles[b].length > 0) return true;
  const key = lastWordKey(surfaces[ids[a]]);
  const named = ids.flatMap((id, n) => (middles[n].length > 0 && similarKeys(key, lastWordKey(surfaces[id])) ? [middles[n]] : []));
  return named.every((x) => named.every((y) => middlesFit(x, y)));
}

/** one initial, with or without its full stop ("J.", "J") */
const ONE_INITIAL = /^\p{Lu}\.?$/u;
/** a word of initials ("H.W.", "A.J."): its letters */
const INITIALS_WORD = /^(?:\p{Lu}\.){2,3}$/u;
const INITIAL_LETTER = /\p{Lu}/gu;
const bareWord = (w: string) => fold(w).replace(/\.$/, '');
/** the double initials that are a given name of their own ("T.J.") */
const INITIALS_NAMES = new Set(DOUBLE_INITIAL_NAMES);

/** A name's middle, from word `from` to its surname, with a word of initials read as one word an initial ("George
 * H.W. Bush": "H.", "W."). */
function middleOf(words: string[], from: number): string[] {
  const middle: string[] = [];
  for (const w of words.slice(from, surnameAt(words))) {
    if (INITIALS_WORD.test(w)) for (const c of w.match(INITIAL_LETTER) ?? []) middle.push(`${c}.`);
    else middle.push(w);
  }
  return middle;
}

/** Each given name's usual spelling ("jeffery": "jeffrey"). */
const SPELLING = (() => {
  const usual = new Map<string, string>();
  for (const line of GIVEN_NAME_SPELLINGS.trim().split('\n')) {
    const [first, ...rest] = line.split(' ');
    for (const w of rest) usual.set(w, first);
  }
  return usual;
})();
const spelt = (w: string) => SPELLING.get(w) ?? w;

/** Each nickname's or full given name's lines in the nickname table, by its usual spelling ("chris": christopher's,
 * christina's, ...). */
const NICKNAME_LINES = (() => {
  const lines = new Map<string, number[]>();
  NICKNAMES.trim()
    .split('\n')
    .forEach((line, n) => {
      for (const w of line.split(' ')) (lines.get(spelt(w)) ?? lines.set(spelt(w), []).get(spelt(w))!).push(n);
    });
  return lines;
})();

/** Each nickname's full names, the first words of its lines in the nickname table ("greg": gregory). */
const FULL_NAMES_OF = (() => {
  const fulls = new Map<string, string[]>();
  for (const line of NICKNAMES.trim().split('\n')) {
    const [first, ...rest] = line.split(' ');
    for (const w of rest) (fulls.get(w) ?? fulls.set(w, []).get(w)!).push(spelt(first));
  }
  return fulls;
})();

/** Two given names of one person: the same or two spellings of it ("Jeffery" / "Jeffrey"), one the other's initial
 * ("J." / "James"), or one line of the nickname table holds both ("Jim" / "James", "Bibi" / "Benjamin"). */
function givenAlike(a: string, b: string): boolean {
  const x = spelt(bareWord(a));
  const y = spelt(bareWord(b));
  if (x === y) return true;
  if (ONE_INITIAL.test(a) || ONE_INITIAL.test(b)) return x[0] === y[0] && (ONE_INITIAL.test(a) !== ONE_INITIAL.test(b) || x === y);
  const lines = NICKNAME_LINES.get(x);
  return lines !== undefined && (NICKNAME_LINES.get(y) ?? []).some((n) => lines.includes(n));
}

/** Two middle parts of one person: as many words, each the same or one the other's initial. */
const middlesAlike = (a: string[], b: string[]) =>
  a.length === b.length &&
  a.every((w, n) => bareWord(w) === bareWord(b[n]) || ((ONE_INITIAL.test(w) || ONE_INITIAL.test(b[n])) && bareWord(w)[0] === bareWord(b[n])[0]));
/** ... or a middle on one side only ("Robert W. Goodlatte" / "Bob Goodlatte"). */
const middlesFit = (a: string[], b: string[]) => a.length === 0 || b.length === 0 || middlesAlike(a, b);

/** A person's full name in its parts: given name, middle, generation suffix, and its mentions (the articles that write it). */
interface PersonName {
  i: number;
  given: string;
  middle: string[];
  suffix: string;
  mentions: Mention[];
}

function personName(s: Surface, i: number): PersonName | undefined {
  const k = surnameAt(s.words);
  if (k < 1) return undefined;
  const first = s.words[0];
  // a double initial is the given name's and a middle name's initials ("A.W. Clements"), unless it is a name of its
  // own ("T.J. DiLeo")
  const split = INITIALS_WORD.test(first) && !INITIALS_NAMES.has(fold(first).replace(/\./g, ''));
  const given = split ? `${first[0]}.` : first;
  const middle = middleOf(s.words, split ? 0 : 1);
  if (split) middle.shift();
  const suffix = k < s.words.length - 1 ? bareWord(s.words[s.words.length - 1]) : '';
  return { i, given, middle, suffix, mentions: s.mentions };
}

/**
 * Two full names (one surname) of one person:
 * - given names alike and middles alike or on one side only ("Bob Goodlatte" / "Robert W. Goodlatte"), or the
 *   middle-less name's given name is the other's middle name, which the person goes by ("Edgar Hoover" / "J. Edgar
 *   Hoover", "Todd Jones" / "Byron Todd Jones");
 * - the same generation suffix, or one on one side only when that side is written in full with a middle (the formal
 *   "Joseph R. Biden Jr." of the Times against "Joe Biden") and no article writes both (an article that names
 *   "Donald Trump" and "Donald Trump Jr." means two people) unless the suffix is a father's ("W. Mark Felt Sr." and
 *   "W. Mark Felt" in one obituary: `SENIOR_SUFFIXES`).
 */
function oneNamed(a: PersonName, b: PersonName): boolean {
  if (a.suffix !== b.suffix) {
    const [plain, suffixed] = a.suffix ? [b, a] : [a, b];
    if (plain.suffix || suffixed.middle.length === 0) return false;
    const documents = new Set(plain.mentions.map((m) => m.document));
    if (!SENIOR.has(suffixed.suffix) && suffixed.mentions.some((m) => documents.has(m.document))) return false;
  }
  if ((givenAlike(a.given, b.given) || misspelt(a, b) || transliterated(a, b)) && middlesFit(a.middle, b.middle)) return true;
  const goesBy = (x: PersonName, y: PersonName) =>
    y.middle.length === 0 && !ONE_INITIAL.test(y.given) && x.middle.some((w) => !ONE_INITIAL.test(w) && givenAlike(w, y.given));
  return goesBy(a, b) || goesBy(b, a);
}

/** Where two words differ by one slip of the pen (a letter more, less, another, or two swapped: "Vincente" /
 * "Vicente", "Anre" / "Andre"): the index of the slip in the shorter word, -1 when they differ otherwise. */
function slipAt(a: string, b: string): number {
  const [x, y] = a.length <= b.length ? [a, b] : [b, a];
  if (y.length - x.length > 1) return -1;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  if (i === y.length) return -1;
  if (x.length < y.length) return x.slice(i) === y.slice(i + 1) ? i : -1;
  if (x.slice(i + 1) === y.slice(i + 1)) return i;
  return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2) ? i : -1;
}

/** The given-name genders the lexicon tells apart ('' when it does not know the name or it is either's). */
function genderOf(given: string): string {
  const L = lex();
  return L.femaleNames.has(given) ? 'f' : L.givenNames.has(given) && !L.eitherNames.has(given) ? 'm' : '';
}

/**
 * Two given names of one person that a writer misspelt once ("Vincente Fox" beside "Vicente Fox", BASIL): one slip
 * apart inside the word (a first letter or an ending that differs makes another name: "Maria" / "Mario", "Louis" /
 * "Louise"), not names of two genders, and one form written in one article only, no more often than the other and
 * never beside it (an article that writes both names means two people).
 */
function misspelt(a: PersonName, b: PersonName): boolean {
  const x = bareWord(a.given);
  const y = bareWord(b.given);
  if (!slipInside(x, y, LINKING.misspeltLetters) && !endDropped(x, y, LINKING.misspeltLetters + 1)) return false;
  const gx = genderOf(x);
  const gy = genderOf(y);
  if (gx && gy && gx !== gy) return false;
  return writtenOnce(a.mentions, b.mentions) || writtenOnce(b.mentions, a.mentions);
}

/** Two words one slip apart inside them, each of at least `letters` letters. */
function slipInside(x: string, y: string, letters: number): boolean {
  if (Math.min(x.length, y.length) < letters) return false;
  const at = slipAt(x, y);
  return at >= 1 && at < Math.min(x.length, y.length) - 1;
}

/** a consonant */
const CONSONANT = /^[bcdfghjklmnpqrstvwxz]$/;

/** Two given names, the longer one consonant more at the end of a shorter one the lexicon does not know ("Arlan" /
 * "Arland" Stangeland, Reuters): a letter dropped at the end. A vowel more makes another name ("Eric" / "Erica"), and a
 * known name is one ("Fran" / "Frank"). */
function endDropped(x: string, y: string, letters: number): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return (
    short.length >= letters && long.length === short.length + 1 && long.startsWith(short) && CONSONANT.test(long[short.length]) && !lex().givenNames.has(short)
  );
}

const INITIAL_PAIRS = new Set(TRANSLIT_INITIALS.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));

/**
 * Two given names of one person written in two transliterations that differ in the first letter ("Kurbanguly" /
 * "Gurbanguly" Berdymukhamedov, ECB+; `TRANSLIT_INITIALS`): names the lexicon does not know, the rest of their keys
 * the same, never both in one article (an article that writes both means two people).
 */
function transliterated(a: PersonName, b: PersonName): boolean {
  const x = bareWord(a.given);
  const y = bareWord(b.given);
  if (Math.min(x.length, y.length) < LINKING.translitGivenLetters || !INITIAL_PAIRS.has(`${x[0]}${y[0]}`)) return false;
  const L = lex();
  if (L.givenNames.has(x) || L.givenNames.has(y) || wordKey(x).slice(1) !== wordKey(y).slice(1)) return false;
  const documents = new Set(a.mentions.map((m) => m.document));
  return !b.mentions.some((m) => documents.has(m.document));
}

/** A form written in one article only, no more often than another form and never in an article that writes that one. */
function writtenOnce(one: Mention[], other: Mention[]): boolean {
  const doc = one[0].document;
  return one.length <= other.length && one.every((m) => m.document === doc) && !other.some((m) => m.document === doc);
}

/**
 * Step 2a, a person's full names written with a nickname, an initial, another spelling or without the middle name
 * ("Jim Mattis" / "James Mattis", "J. Mattis", "Dick Durbin" / "Richard J. Durbin") are one person (`oneNamed`). Two
 * sets join only when all their names are one person's, and two names only when every name either could be is one
 * person's with both: "George Bush" beside "George H.W. Bush" and "George W. Bush" joins neither, "Pat Smith" joins no
 * "Patrick Smith" to a "Patricia Smith".
 */
function linkNicknames(multi: Entry[], sets: UnionFind): void {
  const bySurname = new Map<string, PersonName[]>();
  // (a name of two words with no cue for any type, that step 2a's transliteration alone may join: "Elias Vrettakos")
  const untyped: Array<{ name: PersonName; key: string }> = [];
  for (const { s, i } of multi) {
    const cueless = s.words.length === 2 && s.votes.person + s.votes.place + s.votes.org === 0;
    if ((s.votes.person === 0 && !cueless) || readsAsNonPerson(s) || strongNonPerson(s)) continue;
    const name = personName(s, i);
    if (!name) continue;
    const key = wordKey(s.words[surnameAt(s.words)], true);
    if (cueless) untyped.push({ name, key });
    else (bySurname.get(key) ?? bySurname.set(key, []).get(key)!).push(name);
  }
  // a name with no cue ("The vice president of the civil servants' union, Elias Vrettakos, told Sky News") joins the one
  // person of its surname whose given name is its other transliteration ("Ilias Vrettakos, deputy head of the union")
  for (const { name, key } of untyped) {
    const roots = new Set((bySurname.get(key) ?? []).filter((p) => transliterated(name, p)).map((p) => sets.find(p.i)));
    if (roots.size === 1) sets.union(name.i, [...roots][0]);
  }
  for (const names of bySurname.values()) {
    if (names.length < 2) continue;
    const fits = names.map((a) => names.map((b) => a === b || oneNamed(a, b)));
    // names alike in full (same suffix, middles alike word by word) join first; those that differ by a middle or a
    // suffix on one side or by the middle name the person goes by then, when nothing else could be either
    const alike = (a: number, b: number) =>
      names[a].suffix === names[b].suffix && givenAlike(names[a].given, names[b].given) && middlesAlike(names[a].middle, names[b].middle);
    for (const relaxed of [false, true]) {
      for (let a = 0; a < names.length; a++) {
        for (let b = a + 1; b < names.length; b++) {
          const ra = sets.find(names[a].i);
          const rb = sets.find(names[b].i);
          if (ra === rb || !fits[a][b] || (!relaxed && !alike(a, b))) continue;
          const inA = names.flatMap((n, c) => (sets.find(n.i) === ra ? [c] : []));
          const inB = names.flatMap((n, c) => (sets.find(n.i) === rb ? [c] : []));
          if (!inA.every((x) => inB.every((y) => fits[x][y]))) continue;
          // every other name either could be is one person's with both
          if (relaxed && !names.every((n, c) => fits[a][c] === fits[b][c] || [ra, rb].includes(sets.find(n.i)))) continue;
          sets.union(names[a].i, names[b].i);
        }
      }
    }
  }
}

/**
 * Step 2a', a nickname a full name was written with in quotes (Vincent "The Chin" Gigante, names.ts) is that person
 * wherever the story writes it ("Chin's power", "for the Chin to admit"), unless the story wrote two people with it
 * or it reads as a place or organisation.
 */
function attachQuotedNicknames(surfaces: Surface[], sets: UnionFind): void {
  // each nickname's full name (-1 when two people's)
  const owner = new Map<string, number>();
  surfaces.forEach((s, i) => {
    for (const m of s.mentions) {
      if (m.nickname === undefined) continue;
      const k = fold(m.nickname);
      const had = owner.get(k);
      owner.set(k, had === undefined || sets.find(had) === sets.find(i) ? i : -1);
    }
  });
  if (owner.size === 0) return;
  surfaces.forEach((s, i) => {
    const j = owner.get(fold(s.text));
    if (j !== undefined && j >= 0 && !strongNonPerson(s) && !readsAsNonPerson(s)) sets.attach(i, sets.find(j));
  });
}

/** Step 2b, a surname bound to its article's full name (step 0) joins that name. */
function attachBound(surfaces: Surface[], sets: UnionFind): void {
  const byText = new Map<string, number>();
  surfaces.forEach((s, i) => {
    if (s.bound === undefined) byText.set(s.text, i);
  });
  surfaces.forEach((s, i) => {
    const j = s.bound === undefined ? undefined : byText.get(s.bound);
    if (j !== undefined) sets.attach(i, sets.find(j));
  });
}

/** Step 2c, a surname with a generation suffix ("Trump Jr.") joins the one full name that ends so ("Donald Trump Jr."). */
function attachSuffixedSurnames(multi: Entry[], sets: UnionFind): void {
  const key = (words: string[]) => `${wordKey(words[words.length - 2], true)} ${fold(words[words.length - 1]).replace(/\.$/, '')}`;
  const byEnding = new Map<string, Set<number>>();
  for (const { s, i } of multi) {
    if (s.words.length < 3 || !isSuffix(s.words[s.words.length - 1]) || s.votes.person === 0 || readsAsNonPerson(s)) continue;
    const k = key(s.words);
    (byEnding.get(k) ?? byEnding.set(k, new Set()).get(k)!).add(i);
  }
  for (const { s, i } of multi) {
    if (s.words.length !== 2 || !isSuffix(s.words[1]) || readsAsNonPerson(s)) continue;
    const roots = new Set([...(byEnding.get(key(s.words)) ?? [])].map((j) => sets.find(j)));
    if (roots.size === 1) sets.union(i, [...roots][0]);
  }
}

/** Step 3, a surname alone joins the one full name it ends (left alone when two people share it). */
function attachSurnames(surfaces: Surface[], multi: Entry[], sets: UnionFind): void {
  const bucket = (key: string) => key.slice(0, LINKING.surnameBucket);
  const bySurname = new Map<string, Set<number>>();
  for (const { s, i } of multi) {
    // only names that read as people take surnames ("Highway" must not join "Coast Bank on Highway")
    if (strongNonPerson(s) || s.votes.person === 0 || s.votes.org > s.votes.person || s.votes.place > s.votes.person) continue;
    // (a surname with its particles is no full name: "De Gaulle", "bin Laden")
    if (particledSurname(s.words) !== null) continue;
    const k = bucket(lastWordKey(s));
    (bySurname.get(k) ?? bySurname.set(k, new Set()).get(k)!).add(i);
  }
  // person votes of each full-name set, counted once (surnames are attached under these roots below)
  const rootVotes = new Map<number, number>();
  for (const { s, i } of multi) rootVotes.set(sets.find(i), (rootVotes.get(sets.find(i)) ?? 0) + s.votes.person);
  const personVotes = (root: number) => rootVotes.get(root) ?? 0;
  // (the same names by the surname's first letter, for a surname misspelt once)
  let byInitial: Map<string, number[]> | undefined;
  let named: Map<number, Map<DocId, Mention>> | undefined;
  const companies = companiesByFirstWord(multi);
  surfaces.forEach((s, i) => {
    // (a surname with its particles is one: "De Gaulle", "bin Laden", "al-Assad")
    const particled = s.words.length > 1 ? particledSurname(s.words) : null;
    if ((s.words.length !== 1 && particled === null) || strongNonPerson(s) || s.bound !== undefined) return;
    // a name read as no one's that a company's name opens is the company's short name (step 3c), not a surname
    // ("the Jacobs board", "Jacobs common shares" beside "Jacobs Engineering Group Inc" and its chairman Joseph Jacobs)
    if (s.votes.person === 0 && companyOf(s, companies, sets) !== undefined) return;
    const k = wordKey(particled ?? particleSurname(s.words[0]) ?? s.words[0], true);
    const roots = new Set<number>();
    for (const j of bySurname.get(bucket(k)) ?? []) if (similarKeys(k, lastWordKey(surfaces[j]))) roots.add(sets.find(j));
    if (roots.size === 0 && s.mentions.length === 1 && s.text.length >= LINKING.misspeltSurnameLetters) {
      // a surname written once and one slip from one person's ("Slutksy" of Leonard Slutsky, "Crosibie" of John
      // Crosbie, Reuters)
      byInitial ??= surnamesByInitial(bySurname, surfaces);
      const x = bareWord(s.text);
      for (const j of byInitial.get(x[0]) ?? [])
        if (slipInside(x, bareWord(surfaces[j].words[surnameAt(surfaces[j].words)]), LINKING.misspeltSurnameLetters)) roots.add(sets.find(j));
    }
    if (roots.size === 1) sets.attach(i, [...roots][0]);
    else if (roots.size > 1) {
      // several full names end so: join the only one that is a person ("Ed Stefanski", not a stray "So Stefanski")
      const people = [...roots].filter((r) => personVotes(r) > 0);
      if (people.length === 1) sets.attach(i, people[0]);
      else if (people.length > 1) {
        named ??= namedIn(multi, sets);
        const r = namedAloneMost(s, people, named);
        if (r !== undefined) sets.attach(i, r);
      }
    }
  });
}

/** The articles that name each set of full names, with the first full name each writes. */
function namedIn(multi: Entry[], sets: UnionFind): Map<number, Map<DocId, Mention>> {
  const out = new Map<number, Map<DocId, Mention>>();
  for (const { s, i } of multi) {
    const r = sets.find(i);
    const docs = out.get(r) ?? out.set(r, new Map()).get(r)!;
    for (const m of s.mentions) {
      const had = docs.get(m.document);
      if (had === undefined || order(m, had) < 0) docs.set(m.document, m);
    }
  }
  return out;
}

/**
 * A surname alone that several people of the story share ("Ortiz": the deputy Jerry Ortiz, his widow Chela Ortiz, his
 * son Jeremy Ortiz) joins the one of them that the articles writing it name alone of them in full, for most of its
 * mentions (`LINKING.namedAloneShare` of those in articles that name one of them, and at least `namedAloneCover` of
 * all); an article that names two of them in full tells nothing after it has named the second ("Howard Baker" and
 * "Treasury Secretary James Baker", each "Baker" in turn), but before, the surname can only be the one it has named
 * (Vincent Gigante's obituary, "Mr. Gigante" many times before "The Rev. Louis Gigante, a Roman Catholic priest");
 * the surname stays alone otherwise.
 */
function namedAloneMost(s: Surface, people: number[], named: Map<number, Map<DocId, Mention>>): number | undefined {
  const votes = new Map<number, number>();
  let voted = 0;
  for (const m of s.mentions) {
    let best: number | undefined;
    let n = 0;
    // (and of those, the ones named before it)
    let before: number | undefined;
    let nBefore = 0;
    for (const r of people) {
      const first = named.get(r)?.get(m.document);
      if (first === undefined) continue;
      best = r;
      n++;
      if (order(first, m) < 0) {
        before = r;
        nBefore++;
      }
    }
    if (n > 1 && nBefore === 1) best = before;
    else if (n !== 1) continue;
    if (best === undefined) continue;
    votes.set(best, (votes.get(best) ?? 0) + 1);
    voted++;
  }
  for (const [r, n] of votes) if (n >= voted * LINKING.namedAloneShare && n >= s.mentions.length * LINKING.namedAloneCover) return r;
  return undefined;
}

/**
 * Step 3a, a given name the lexicon does not know, alone ("his second wife, Chela", "Chela said"), joins the one
 * person of the story named in full with it ("Chela Ortiz"), when no full name of the story has it as a surname and
 * it is no common word. Known given names ("Jerry") are bound in their own article only (step 0): a story names
 * several Jerrys more often than several Chelas.
 */
function attachRareGivenNames(surfaces: Surface[], multi: Entry[], sets: UnionFind): void {
  const L = lex();
  const surnames = new Set<string>();
  const byGiven = new Map<string, Set<number>>();
  for (const { s, i } of multi) {
    surnames.add(fold(s.words[surnameAt(s.words)]));
    // (a person by more than what a company also does: "Hoechst Celanese said" is no one's full name)
    if (s.votes.person === 0 || readsAsNonPerson(s) || strongNonPerson(s) || saysOnly(s) || surnameAt(s.words) < 1 || INITIAL.test(s.words[0])) continue;
    const k = fold(s.words[0]);
    (byGiven.get(k) ?? byGiven.set(k, new Set()).get(k)!).add(sets.find(i));
  }
  surfaces.forEach((s, i) => {
    if (s.words.length !== 1 || s.bound !== undefined || strongNonPerson(s) || readsAsNonPerson(s) || saysNothing(s)) return;
    const k = fold(s.text);
    if (k.length < LINKING.rareGivenLetters || L.givenNames.has(k) || surnames.has(k) || isCommonStarter(s.text)) return;
    const roots = byGiven.get(k);
    if (roots?.size === 1 && sets.find(i) === i && ![...roots].includes(i)) sets.attach(i, [...roots][0]);
  });
}

/** A surface capitalised only by the start of its sentences. */
const saysNothing = (s: Surface) => everyCue(s, INITIAL_ONLY);

/** The person names step 3 attaches surnames to, by their surname's first letter. */
function surnamesByInitial(bySurname: Map<string, Set<number>>, surfaces: Surface[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const ids of bySurname.values())
    for (const j of ids) {
      const c = bareWord(surfaces[j].words[surnameAt(surfaces[j].words)])[0];
      (out.get(c) ?? out.set(c, []).get(c)!).push(j);
    }
  return out;
}

/**
 * Step 3b, a person's name written where a place goes ("checked into Betty Ford", "back at Betty Ford"), read as a
 * person only by its shape, is the short form of the organisations the story names after it ("Betty Ford Center",
 * "Betty Ford Clinic", "Betty Ford Treatment Center"): they all join one entity. "Bill Gates donated" (no
 * preposition) or "Betty Ford said" (a speech cue) stays the person.
 */
function attachInstitutionNames(docs: StoryDocument[], multi: Entry[], sets: UnionFind): void {
  const sentences = new Map<DocId, StoryDocument['sentences']>(docs.map((d) => [d.id, d.sentences]));
  const L = lex();
  const wordBefore = (m: Mention): string => {
    const text = m.start === undefined ? undefined : sentences.get(m.document)?.[m.sentence]?.text;
    const before = text?.slice(0, m.start).match(/([\p{L}]+)\s+$/u);
    return before ? fold(before[1]) : '';
  };
  for (const { s, i } of multi) {
    if (s.votes.person === 0 || readsAsNonPerson(s) || !everyCue(s, SHAPE_CUES)) continue;
    const placed = s.mentions.filter((m) => INSTITUTION_BEFORE.has(wordBefore(m))).length;
    if (placed < s.mentions.length * LINKING.institutionShare) continue;
    const named = fold(s.text);
    for (const { s: o, i: j } of multi) {
      if (o.words.length <= s.words.length || !readsAsNonPerson(o) || !L.orgHeads.has(fold(o.words[o.words.length - 1]))) continue;
      if (fold(o.words.slice(0, s.words.length).join(' ')) !== named) continue;
      sets.union(i, j);
      s.institution = true;
    }
  }
}

/**
 * Step 3c, an organisation's name joins the organisation the story names as it plus a legal form ("Salomon Brothers"
 * and "Salomon Brothers Inc."). And a name read as a person only because it says things ("K Mart said ...", cue `speech`: a company speaks
 * too; its other mentions no cue) is the short form of the organisation the story names as it plus a company's head word ("K Mart Corp"):
 * they join, and the organisation's votes type it.
 */
function attachCompanyShortNames(surfaces: Surface[], multi: Entry[], sets: UnionFind): void {
  const L = lex();
  // a name already joined to another (the surname "Johnson" to "Manuel Johnson") is that one's, not "Johnson Co"
  // (words counted with a hyphen as a space, as step 1 keys them: "Accu-Weather" is as long as "Accu Weather")
  // (each surface's length worked out once, its hyphens counted in place: no split per ask)
  const lengths = new Int32Array(surfaces.length);
  const longest = new Map<number, number>();
  surfaces.forEach((s, i) => {
    const r = sets.find(i);
    lengths[i] = s.words.length + hyphens(s.text);
    longest.set(r, Math.max(longest.get(r) ?? 0, lengths[i]));
  });
  // the organisations named by a short name and a company's head word, by that short name (one look-up per name)
  const byShortName = new Map<string, Company[]>();
  const add = (short: string, c: Company) => (byShortName.get(short) ?? byShortName.set(short, []).get(short)!).push(c);
  for (const e of multi) {
    const { words } = e.s;
    if (!readsAsNonPerson(e.s) || !L.orgHeads.has(fold(words[words.length - 1]))) continue;
    const short = fold(words.slice(0, -1).join(' '));
    add(short, { s: e.s, i: e.i, skip: 0 });
    // (and short of a word of region: "Western Waste said" read as "Waste", of Western Waste Industries)
    if (words.length > 2 && L.nameOpeners.has(fold(words[0]))) add(fold(words.slice(1, -1).join(' ')), { s: e.s, i: e.i, skip: 1 });
  }
  const companies = companiesByFirstWord(multi);
  const leads = leadMentions(surfaces);
  surfaces.forEach((s, i) => {
    if (longest.get(sets.find(i))! > lengths[i]) return;
    // a name with no cue for any type that a company's name opens is its short name ("Jacobs Engineering", "Jacobs")
    // (or a place only by a preposition: "against Wal-Mart" beside "Wal-Mart Stores Inc.")
    // (or a company only by the ticker after it: "Nissan <NSAN.T>" beside Nissan Motor Ltd)
    if ((s.votes.person + s.votes.place + s.votes.org === 0 || placedOnly(s) || tickerOnly(s)) && s.bound === undefined) {
      const root = companyOf(s, companies, sets, leads);
      if (root !== undefined) sets.union(i, root);
      return;
    }
    // an organisation's name and that name plus a legal form ("Salomon Brothers", "Salomon Brothers Inc.") are one
    if (isOrg(s)) {
      for (const { s: o, i: j, skip } of byShortName.get(fold(s.text)) ?? [])
        if (skip === 0 && o.words.length === s.words.length + 1 && isOrg(o) && L.legalForms.has(fold(o.words[o.words.length - 1]))) sets.union(i, j);
      // ... and a name kept with its possessive, a company's own ("Moody's"), is the one company its name opens ("Moody's
      // Investors Service Inc")
      // ... and so is a company the gazetteer knows by its short name ("Ford" of Ford Motor Co; of several, the parent:
      // not Ford Motor Credit Co)
      // ... and so is one typed by the nouns beside it alone ("former Airco employees", "Wal-Mart stores")
      if ((s.words.length === 1 && POSSESSIVE_NAME.test(s.text)) || s.cues.has('gazetteer') || everyCue(s, COMPANY_LIKE_CUES)) {
        const root = companyOf(s, companies, sets, leads);
        if (root !== undefined && sets.find(i) !== root && !regionalUnit(s, root, multi, sets)) sets.union(i, root);
      }
      return;
    }
    if (s.votes.person === 0 || readsAsNonPerson(s) || !everyCue(s, COMPANY_LIKE_CUES)) return;
    // joined, the organisation's votes must still type them ("Pittston said" many times, "Pittston Co" once)
    const outvotes = (o: Surface) => o.votes.org + o.votes.place > o.votes.person + s.votes.person;
    const heads = (byShortName.get(fold(s.text)) ?? []).filter(({ s: o, skip }) => o.words.length === s.words.length + 1 + skip && outvotes(o));
    // ... or the one company whose legal name it opens ("Viacom said", "at Viacom": Viacom International Inc)
    const root = s.bound === undefined ? companyOf(s, companies, sets, leads) : undefined;
    // (two companies it may name join neither: "Prudential Bache" of Prudential Bache Securities and of Prudential Bache
    // Trade Corp; what it says, a company says: it votes organisation)
    if (root !== undefined && otherUnit(s, root, heads, companies, sets)) {
      companyVoice(s);
      return;
    }
    for (const { i: j } of heads) sets.union(i, j);
    // (a name that only speaks, no one's surname, is the company even where it says things more often than the
    // company's legal name is written: "Pittston said" x4 beside "Pittston Co" once; its votes turn organisation)
    if (root !== undefined && sets.find(i) !== root) {
      if (!setOutvotes(surfaces, sets, root, s)) companyVoice(s);
      sets.union(i, root);
    }
    // ... or of several, none of them told ("Alcan said" beside Alcan Aluminium Ltd and Alcan Aluminiumwerke GmbH): it
    // joins none, but it is a company, not a person
    else if (root === undefined && heads.length === 0 && s.bound === undefined && opensSeveral(s, companies, sets)) companyVoice(s);
  });
}

/**
 * A team's nickname alone ("the Colts", "Saints fans") is the one team of the story named in full with it ("Indianapolis
 * Colts", cue `team`), whatever its mentions read it as ("against the Saints": a place; "Yankees said": a person): the
 * team's votes then type it.
 */
function attachTeamNicknames(surfaces: Surface[], multi: Entry[], sets: UnionFind): void {
  // each nickname's teams (sets) and how often the story names each in full
  const teams = new Map<string, Map<number, number>>();
  for (const { s, i } of multi) {
    if (!s.cues.has('team')) continue;
    const key = fold(s.words[s.words.length - 1]);
    const named = teams.get(key) ?? teams.set(key, new Map()).get(key)!;
    const team = sets.find(i);
    named.set(team, (named.get(team) ?? 0) + s.cues.get('team')!);
  }
  if (teams.size === 0) return;
  surfaces.forEach((s, i) => {
    if (s.words.length !== 1 || s.bound !== undefined || s.cues.has('gazetteer')) return;
    const named = teams.get(fold(s.text));
    if (!named) return;
    // (of two, the one named far more often: "Indianapolis Colts" x7 beside a headline's "Go Colts" once)
    const [first, second] = [...named].sort((a, b) => b[1] - a[1]);
    if (second === undefined || first[1] >= LINKING.teamNamedTimes * second[1]) sets.union(i, first[0]);
  });
}

/** Whether every company name of set `root` names a place after the short name's words: a unit for a country or region
 * ("IBM Canada Ltd" beside "IBM"), not the company the short name is. */
function regionalUnit(s: Surface, root: number, multi: Entry[], sets: UnionFind): boolean {
  const L = lex();
  const names = multi.filter(({ s: o, i }) => sets.find(i) === root && L.legalForms.has(fold(o.words[o.words.length - 1])));
  return names.length > 0 && names.every(({ s: o }) => o.words.slice(s.words.length).some((w) => placeOf(w) !== undefined));
}

/** Cues of a listed company's short name: its ticker, and what a company does too */
const TICKER_CUES = new Set(['ticker', 'none', 'initial', 'preposition', 'speech']);
const tickerOnly = (s: Surface) => s.cues.has('ticker') && everyCue(s, TICKER_CUES);

/** Cues that read a name as a place by nothing a company lacks: it is "at" or "in" somewhere said, or nothing. */
const PLACED_CUES = new Set(['preposition', 'none', 'initial']);
const placedOnly = (s: Surface) => s.votes.place > 0 && s.votes.person + s.votes.org === 0 && everyCue(s, PLACED_CUES);

/** A name read as a person only by what a company does too, turned to an organisation's votes (cue `companies`). */
function companyVoice(s: Surface): void {
  s.votes.org += s.votes.person;
  s.votes.person = 0;
  const n = [...s.cues.values()].reduce((a, b) => a + b, 0);
  s.cues.clear();
  s.cues.set('companies', n);
}

/** Whether a short name also names, by a company's head word after it that is no legal form, another set than `root`
 * whose name it does not open ("Prudential Bache" of "Prudential Bache Securities", beside Prudential Bache Trade
 * Corp; not "Nikko Securities" of Nikko Securities Co Ltd, nor "Theta Co" beside Theta Corp): it names either, so it
 * joins neither. */
function otherUnit(s: Surface, root: number, named: Company[], companies: Map<string, Company[]>, sets: UnionFind): boolean {
  const L = lex();
  return named.some(
    ({ s: o, i, skip }) =>
      o.words.length === s.words.length + 1 + skip &&
      !L.legalForms.has(fold(o.words[o.words.length - 1])) &&
      sets.find(i) !== root &&
      !opensCompany(o, root, companies, sets),
  );
}

/** Whether a name opens the name of a company of set `root` ("Nikko Securities" of Nikko Securities Co Ltd). */
function opensCompany(o: Surface, root: number, companies: Map<string, Company[]>, sets: UnionFind): boolean {
  return (companies.get(fold(o.words[0])) ?? []).some(
    (c) => c.skip === 0 && sets.find(c.i) === root && c.s.words.length > o.words.length && o.words.every((w, k) => fold(w) === fold(c.s.words[k])),
  );
}

/** Cues that read a name as a person, or a place, by nothing a company does not do too: it speaks, it is "at" or
 * "in" somewhere said ("at Viacom"), or nothing. */
// (and an appositive: a company's has a person's words too, "American Hoechst, vice chairman", "a Cargill, Inc. analyst")
// (and the nouns beside a short name, names.ts `owned` and `chain`: "former Airco employees", "Wal-Mart stores"; a
// company's apposition, `company-appositive`: "Western Emergency, an environmental services firm" of Western Emergency
// Service Inc)
const COMPANY_LIKE_CUES = new Set([...SAYS_CUES, 'initial', 'preposition', 'media', 'appositive', 'owned', 'chain', 'company-appositive']);

/** the word and "and" before a name ("McAndrews and " before "Forbes") */
const PARTNER_BEFORE = /(\S+) and $/u;

/**
 * The second partner's name of a partnership named in full ("McAndrews and Forbes Holdings Inc"), read alone as a
 * person only by what a company does too, is that company where each of its mentions follows the first partner's name
 * and "and" ("McAndrews and Forbes said": the run stops at "and", and "Forbes" speaks); each mention's partnership one
 * set of the story.
 */
function attachPartnerNames(docs: StoryDocument[], surfaces: Surface[], multi: Entry[], sets: UnionFind): void {
  // the companies named "<first> and <second> ..." by their second partner's name, with their first's
  let partners: Map<string, Array<{ first: string; i: number }>> | undefined;
  for (const { s: o, i: j } of multi) {
    if (o.words.length < 4 || o.words[1] !== 'and' || !isOrg(o)) continue;
    partners ??= new Map();
    const key = fold(o.words[2]);
    (partners.get(key) ?? partners.set(key, []).get(key)!).push({ first: fold(o.words[0]), i: j });
  }
  if (partners === undefined) return;
  const sentences = new Map<DocId, StoryDocument['sentences']>(docs.map((d) => [d.id, d.sentences]));
  const partnerBefore = (m: Mention) => {
    const text = m.start === undefined ? undefined : sentences.get(m.document)?.[m.sentence]?.text.slice(Math.max(0, m.start - 40), m.start);
    const before = text === undefined ? null : PARTNER_BEFORE.exec(text);
    return before ? fold(before[1]) : '';
  };
  surfaces.forEach((s, i) => {
    if (s.words.length !== 1 || s.bound !== undefined || s.votes.person === 0 || !everyCue(s, COMPANY_LIKE_CUES)) return;
    const named = partners!.get(fold(s.text));
    if (named === undefined) return;
    // (each mention's partnership, one set each: "McAndrews and Forbes said", and "MacAndrews and Forbes considers" in a
    // correction, join both spellings)
    const roots: number[] = [];
    for (const m of s.mentions) {
      const first = partnerBefore(m);
      const of = new Set(named.filter((c) => c.first === first).map((c) => sets.find(c.i)));
      if (of.size !== 1) return;
      roots.push(...of);
    }
    for (const root of roots) sets.union(i, root);
  });
}

/** Whether a set's organisation and place votes outweigh its person votes with a name's added: joined, they type it. */
function setOutvotes(surfaces: Surface[], sets: UnionFind, root: number, s: Surface): boolean {
  let non = 0;
  let person = s.votes.person;
  surfaces.forEach((o, j) => {
    if (sets.find(j) !== root) return;
    non += o.votes.org + o.votes.place;
    person += o.votes.person;
  });
  return non > person;
}

/** A company's name and how many words of it a short name leaves out before its own first word. */
type Company = Entry & { skip: number; founder?: boolean };

/** The names of companies, ending in a legal form ("Jacobs Engineering Group Inc"), by their first word, and by the
 * word after a word of region that a short name leaves out with what comes before ("Western Digital Corp": "Western
 * Digital said", which the name finder reads as "Digital"; "Great Northern Nekoosa's": "Great" and "Nekoosa"). */
function companiesByFirstWord(multi: Entry[]): Map<string, Company[]> {
  const L = lex();
  const out = new Map<string, Company[]>();
  const add = (k: string, c: Company) => (out.get(k) ?? out.set(k, []).get(k)!).push(c);
  // (a listed company's name before its ticker, or one ending in a company's head, is as much a company's name
  // where no legal name opens with its word: "Digital Equipment <DEC>", "Hartford Insurance Group"; not "Morgan
  // Stanley Group" beside Morgan Stanley and Co Inc)
  const headed: Entry[] = [];
  for (const e of multi) {
    // (a legal form before its seat counts as the last word: "Wilshire Oil Co of Texas")
    const last = fold(e.s.words[seatedAt(e.s.words)]);
    if (isOrg(e.s) && !L.legalForms.has(last) && (COMPANY_HEAD.has(last) || e.s.cues.has('ticker'))) headed.push(e);
    if (!isOrg(e.s) || !L.legalForms.has(last)) continue;
    add(companyWord(e.s.words[0]), { s: e.s, i: e.i, skip: 0 });
    // (the word after a word of region, before the legal form: "Western Digital", "Nekoosa" of Great Northern Nekoosa Corp)
    for (let k = 0; k + 2 < e.s.words.length; k++) if (L.nameOpeners.has(fold(e.s.words[k]))) add(fold(e.s.words[k + 1]), { s: e.s, i: e.i, skip: k + 1 });
    // (a founder's surname, the name's last word before its legal form or head: "Kodak" of Eastman Kodak Co, "Goodrich" of
    // B.F. Goodrich Co, "Viner" of E.A. Viner Holdings Ltd)
    const k = founderAt(e.s.words);
    if (k > 0) add(companyWord(e.s.words[k]), { s: e.s, i: e.i, skip: k, founder: true });
  }
  const legal = new Set(out.keys());
  for (const e of headed) if (!legal.has(companyWord(e.s.words[0]))) add(companyWord(e.s.words[0]), { s: e.s, i: e.i, skip: 0 });
  return out;
}

/** Where a company's name ends but for its seat after "of" ("Wilshire Oil Co of Texas": at "Co"): the index of its
 * last word before the seat, or of its last word. */
function seatedAt(words: string[]): number {
  const n = words.length;
  if (n > 3 && words[n - 2] === 'of' && placeOf(words[n - 1]) && lex().legalForms.has(fold(words[n - 3]))) return n - 3;
  return n - 1;
}

/** A word of a company's name as a short name is keyed: folded, its possessive left out ("Pantera" of Pantera's Corp;
 * folded first, so that a headline's "PANTERA'S" loses its "'s" too). */
const companyWord = (w: string) => possessiveStem(fold(w));

/** Where a company's name holds a founder's surname that stands for it alone: the last word before its legal forms and
 * company heads, after a given name or initials ("B.F. Goodrich Co", "Samuel Montagu and Co Ltd", "Philip Crosby
 * Associates Inc") or after one other word ("Eastman Kodak Co"); else -1. */
function founderAt(words: string[]): number {
  const L = lex();
  let n = words.length;
  while (n > 1 && (L.legalForms.has(fold(words[n - 1])) || L.orgHeads.has(fold(words[n - 1])) || FOUNDER_JOINS.has(fold(words[n - 1])))) n--;
  if (n < 2 || n === words.length) return -1;
  const before = words.slice(0, n - 1);
  const named = before.every((w) => L.givenNames.has(fold(w)) || INITIALS_OF_NAME.test(w));
  return named || (n === 2 && !L.nameOpeners.has(fold(words[0]))) ? n - 1 : -1;
}
/** words between a founder's name and the legal form ("Samuel Montagu and Co Ltd") */
const FOUNDER_JOINS = new Set(['and', '&']);
/** initials before a surname: "B.F.", "E.A.", "A." */
const INITIALS_OF_NAME = /^(?:\p{Lu}\.){1,3}$/u;

/** The set of the one company whose name opens with a name's words ("Jacobs", "Jacobs Engineering" of "Jacobs
 * Engineering Group Inc"), or with a word one slip from a lone name written once ("the Jabobs board"). */
function companyOf(s: Surface, companies: Map<string, Company[]>, sets: UnionFind, leads?: ReadonlySet<Mention>): number | undefined {
  const first = companyWord(s.words[0]);
  // (a letter alone is no company's name: "L" of "L Messel and Co"; nor a word capitalised only by its sentence's start:
  // "Paid" of "Paid Legal Services Inc")
  if ((s.words.length === 1 && first.length < LINKING.companyShortLetters) || saysNothing(s)) return undefined;
  const roots = new Set<number>();
  const opened = openedCompanies(s, first, companies);
  for (const c of opened) roots.add(sets.find(c.i));
  if (roots.size > 1) return companyBeside(s, opened, sets) ?? parentCompany(opened, sets) ?? (leads && leadCompany(s, opened, sets, leads));
  if (roots.size === 0 && s.words.length === 1 && s.mentions.length === 1 && first.length >= LINKING.misspeltSurnameLetters)
    for (const [word, es] of companies) if (slipInside(first, word, LINKING.misspeltSurnameLetters)) for (const { i } of es) roots.add(sets.find(i));
  return roots.size === 1 ? [...roots][0] : undefined;
}

/** The companies whose names open with a name's words (its first word folded: `first`). */
function openedCompanies(s: Surface, first: string, companies: Map<string, Company[]>): Company[] {
  const opens = (o: Surface, skip: number) => o.words.length > s.words.length + skip && s.words.every((w, k) => k === 0 || fold(w) === fold(o.words[k + skip]));
  // (a headline's capitals are no founder's name: "JURY FINDS FOR DOW" is Dow Chemical, not Merrell Dow Pharmaceuticals)
  const shouted = SHOUTED_WORD.test(s.words[0]);
  return (companies.get(first) ?? []).filter((c) => opens(c.s, c.skip) && !(c.founder && shouted));
}
/** a word in capitals only */
const SHOUTED_WORD = /^\P{Ll}+$/u;

/** Whether a name opens the names of two or more companies of the story that are two sets ("Alcan" of Alcan Aluminium
 * Ltd and Alcan Aluminiumwerke GmbH; "Nationwide" of Nationwide Life Insurance Co and Nationwide Mutual Insurance Co):
 * a company's short name whichever it is. */
function opensSeveral(s: Surface, companies: Map<string, Company[]>, sets: UnionFind): boolean {
  const first = companyWord(s.words[0]);
  if ((s.words.length === 1 && first.length < LINKING.companyShortLetters) || saysNothing(s)) return false;
  return new Set(openedCompanies(s, first, companies).map((c) => sets.find(c.i))).size > 1;
}

/** Of several companies a short name opens, the one every article that writes the short name names alone of them ("a
 * Nikko official" beside "lead manager Nikko Securities Co (Europe) Ltd", where another article of the story names
 * Nikko Securities Co). */
function companyBeside(s: Surface, opened: Company[], sets: UnionFind): number | undefined {
  let found: number | undefined;
  for (const m of s.mentions) {
    let here: number | undefined;
    for (const c of opened) {
      if (!c.s.mentions.some((o) => o.document === m.document)) continue;
      const r = sets.find(c.i);
      if (here !== undefined && here !== r) return undefined;
      here = r;
    }
    if (here === undefined || (found !== undefined && found !== here)) return undefined;
    found = here;
  }
  return found;
}

/** Of several companies a short name opens, the parent: the one whose name short of its legal form is within every
 * other's, each then a unit of it ("Qintex" of "Qintex Inc" beside "Qintex Inc's Qintex America (Media) Ltd unit";
 * "Mazda" of Mazda Motor Corp beside "Mazda Motor Manufacturing (USA) Corp"). */
function parentCompany(opened: Company[], sets: UnionFind): number | undefined {
  const L = lex();
  const core = (words: string[]) => {
    let n = words.length;
    while (n > 1 && L.legalForms.has(fold(words[n - 1]))) n--;
    return words.slice(0, n).map(unbracketed);
  };
  const within = (short: string[], long: string[]) => {
    let k = 0;
    for (const w of long) if (k < short.length && unbracketed(w) === short[k]) k++;
    return k === short.length && long.length > short.length;
  };
  let parent: number | undefined;
  for (const p of opened) {
    const r = sets.find(p.i);
    const words = core(p.s.words);
    if (!opened.every((q) => sets.find(q.i) === r || within(words, q.s.words))) continue;
    if (parent !== undefined && parent !== r) return undefined;
    parent = r;
  }
  return parent;
}

/** Of several companies a short name opens, the one the story's articles that write the short name lead with: one at
 * least leads with it (its first sentence's first name, `leads`, opening with the short name), each other names it alone
 * of them in its first sentence ("Hughes" of Hughes Tool Co, the lead of Reuters 1981 and 1920, named first of them in
 * 1994's and 2668's opening sentences, beside the merged "Baker Hughes Inc" named later; not "E.F. Hutton" of E.F.
 * Hutton LBO Inc, named after the lead's Purolator Courier Corp, beside its parent E.F. Hutton Group Inc). An article
 * naming another of them so is outvoted `LINKING.leadCompanyOutvote` times over ("Hughes/Conserdyne Corp, a unit of
 * Hughes Capital Corp"); one naming none of them there has no say ("Hughes Tool Co Chairman W.A. Kistler said", read as
 * the chairman alone); one naming two of them there leaves the name alone. */
function leadCompany(s: Surface, opened: Company[], sets: UnionFind, leads: ReadonlySet<Mention>): number | undefined {
  const votes = new Map<number, number>();
  const led = new Set<number>();
  for (const d of new Set(s.mentions.map((m) => m.document))) {
    const lead = opened.find((c) => c.skip === 0 && c.s.mentions.some((o) => o.document === d && leads.has(o)));
    if (lead) led.add(sets.find(lead.i));
    const named = lead
      ? [sets.find(lead.i)]
      : [...new Set(opened.filter((c) => c.s.mentions.some((o) => o.document === d && o.sentence === 0)).map((c) => sets.find(c.i)))];
    if (named.length > 1) return undefined;
    if (named.length === 0) continue;
    votes.set(named[0], (votes.get(named[0]) ?? 0) + 1);
  }
  let found: number | undefined;
  let most = 0;
  let all = 0;
  for (const [r, n] of votes) {
    all += n;
    if (n > most) [found, most] = [r, n];
  }
  if (found === undefined || !led.has(found)) return undefined;
  return most >= LINKING.leadCompanyOutvote * (all - most) ? found : undefined;
}

/** Each document's first name of its first sentence. */
function leadMentions(surfaces: Surface[]): Set<Mention> {
  const first = new Map<DocId, Mention>();
  for (const s of surfaces)
    for (const m of s.mentions) {
      if (m.sentence !== 0) continue;
      const had = first.get(m.document);
      if (had === undefined || (m.start ?? 0) < (had.start ?? 0)) first.set(m.document, m);
    }
  return new Set(first.values());
}

type LinkedEntity = Entity & { surfaces: number[] };

// (buildEntities' and givenNamesAlone's helpers live at module level: under tsx, as `npm run bench` runs, a named
// closure made in a call is also given its name, about 1 µs each, and buildEntities runs once per entity)
const count = (s: Surface) => s.mentions.length;
/** One one-word name abbreviates another ("Calif" of "California", "Conn" of "Connecticut"; "Russia" still names the
 * Russian Federation). */
const abbreviation = (s: Surface, o: Surface) =>
  s.words.length === 1 &&
  o.words.length === 1 &&
  s.text.length <= LINKING.abbreviationLetters &&
  o.text.length > s.text.length + 1 &&
  o.text.startsWith(s.text);

/** One name ends with the other's words ("Jack Del Rio" with "Del Rio"). */
function endsWith(long: string[], short: string[]): boolean {
  if (long.length <= short.length) return false;
  for (let k = 1; k <= short.length; k++) if (long[long.length - k] !== short[short.length - k]) return false;
  return true;
}

/** an acronym in brackets or between commas right after a name, its letters caught ("International Coffee Organization
 * (ICO)", "International Coffee Organization, ICO, coffee quotas") */
const BRACKETED_ACRONYM = /^(?: ?\(((?:\p{Lu}\.?){2,8})\)|, ((?:\p{Lu}\.?){2,8}),)/u;
/** a short name in brackets right after a name, in capital and small letters ("(Amex)", "(Comex)") */
const BRACKETED_SYLLABLES = /^ ?\((\p{Lu}\p{Ll}{2,7})\)/u;
/** Whether a name's text goes on as the two patterns above open: "(", " (" or "," (no slice or match for the rest). */
function bracketMayFollow(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 40 || c === 44 || (c === 32 && text.charCodeAt(at + 1) === 40);
}
/** how many characters after a name its bracketed acronym is looked for in */
const BRACKET_LOOKAHEAD = 20;

/**
 * Step 3e, an acronym written in brackets (or between commas) right after an organisation's or place's name ("the International Coffee
 * Organization (ICO)", "Brazilian Coffee Institute (IBC)") is that name in every article of the story, when its letters
 * are the name's initials (`spells`); a place or a ticker in brackets is not ("Sony (U.K.)", "American Express Co (AXP)").
 */
function attachBracketedAcronyms(surfaces: Surface[], multi: Entry[], docs: StoryDocument[], sets: UnionFind): void {
  const byText = new Map<string, number>();
  surfaces.forEach((s, i) => {
    if (s.bound === undefined && s.words.length === 1) byText.set(s.text, i);
  });
  // (no one-word name to join: nothing below can link)
  if (byText.size === 0) return;
  const sentences = new Map<DocId, StoryDocument['sentences']>(docs.map((d) => [d.id, d.sentences]));
  for (const { s, i } of multi) {
    if (!readsAsNonPerson(s) && !cueless(s)) continue;
    const initials = initialsOf(s.words);
    for (const m of s.mentions) {
      const text = m.end === undefined ? undefined : sentences.get(m.document)?.[m.sentence]?.text;
      if (text === undefined || !bracketMayFollow(text, m.end!)) continue;
      const after = text.slice(m.end, m.end! + BRACKET_LOOKAHEAD);
      const found = after.match(BRACKETED_ACRONYM);
      // (a short name of the name's syllables in brackets: "American Stock Exchange (Amex)", "Commodity Exchange (Comex)")
      const syllables = found ? undefined : after.match(BRACKETED_SYLLABLES)?.[1];
      if (syllables !== undefined) {
        const j = byText.get(syllables);
        // (a short name typed a person only by speaking is not one: "Electricity Supply Commission (Escom)" ... "Escom said")
        if (j !== undefined && (!onlyPerson(surfaces[j]) || saysOnly(surfaces[j])) && spellsBySyllables(syllables, s.words)) sets.union(i, j);
      }
      if (!found) continue;
      const acronym = found[1] ?? found[2];
      const j = byText.get(acronym);
      if (j === undefined || onlyPerson(surfaces[j])) continue;
      const letters = acronym.match(CAPITAL)!.join('');
      if (!spells(letters, initials) && !spellsLoosely(letters, s.words) && !(readsAsNonPerson(s) && spellsTranslated(letters, s.words))) continue;
      sets.union(i, j);
      // (an acronym of a thing's name, a rate or an act, is that thing: its acronym's vote names no organisation)
      if (THING_HEADS.has(fold(s.words[s.words.length - 1]))) surfaces[j].thing = true;
    }
  }
}

/** an acronym written alone: capitals only, no full stops ("TWA", "IEA"; "U.S." is the gazetteer's) */
const BARE_ACRONYM = /^\p{Lu}+$/u;

/**
 * Step 3f, an acronym written alone is the story's one organisation whose name's initials it is, its connectors and
 * legal forms giving no letter ("TWA" of "Trans World Airlines Inc", "IEA" of "International Energy Agency", "EDS" of
 * "Electronic Data Systems Corp"): the wires write the full name once and the acronym after. Not when two organisations'
 * names spell it, nor for a name read as a person's, nor a place's.
 */
function attachSpelledAcronyms(surfaces: Surface[], multi: Entry[], sets: UnionFind): void {
  const byLetters = new Map<string, number[]>();
  surfaces.forEach((s, i) => {
    if (s.bound !== undefined || s.words.length !== 1 || s.text.length < LINKING.spelledAcronymLetters || !BARE_ACRONYM.test(s.text)) return;
    if (!isOrg(s) && !cueless(s)) return;
    const at = byLetters.get(s.text);
    if (at) at.push(i);
    else byLetters.set(s.text, [i]);
  });
  if (byLetters.size === 0) return;
  const spelledBy = new Map<string, Set<number>>();
  for (const { s, i } of multi) {
    if (!isOrg(s)) continue;
    const letters = plainInitials(s.words);
    if (letters === null || !byLetters.has(letters)) continue;
    const roots = spelledBy.get(letters);
    if (roots) roots.add(sets.find(i));
    else spelledBy.set(letters, new Set([sets.find(i)]));
  }
  for (const [letters, roots] of spelledBy) {
    if (roots.size !== 1) continue;
    const [root] = roots;
    for (const j of byLetters.get(letters)!) sets.union(root, j);
  }
}

/** The initials of a name's capitalised words, its legal forms left out ("Trans World Airlines Inc": TWA), or null for
 * a name with an acronym word or fewer than two initials. */
function plainInitials(words: string[]): string | null {
  const L = lex();
  let out = '';
  for (const w of words) {
    if (LOWER_WORD.test(w) || L.legalForms.has(fold(w))) continue;
    if (ACRONYM.test(w)) return null;
    out += w[0];
  }
  return out.length >= 2 ? out : null;
}

/** Whether an acronym's letters are a name's initials, in its order or another (a name translated: the Instituto
 * Brasileiro do Cafe's IBC for the Brazilian Coffee Institute). */
function spells(letters: string, initials: string): boolean {
  if (letters === initials) return true;
  return letters.length === initials.length && [...letters].sort().join('') === [...initials].sort().join('');
}

/** a name no cue typed ("London Interbank Offered Rates", "Washington Public Power Supply System") */
const cueless = (s: Surface) => s.votes.person + s.votes.place + s.votes.org === 0;

/** a name's word in the lower case of a connector ("of", "and", "de") */
const LOWER_WORD = /^\p{Ll}/u;
/** a word's parts after its hyphens ("Belgo-Luxembourg", "Multi-Fibre") */
const HYPHEN_PARTS = /-(?=\p{Lu})/u;
/** how many words of a name's start are looked up as the place it opens with ("New South Wales") */
const PLACE_PREFIX_WORDS = 3;

/**
 * Whether an acronym's letters spell a name other than by its plain initials: without the place the name opens with
 * ("New South Wales Corporate Affairs Commission (CAC)", "U.S. Interstate Commerce Commission (ICC)"), without its
 * legal forms and bracketed words ("Japan Credit Rating Agency Ltd (JCRA)", "China Development Finance Co (H.K.) Ltd
 * (CDFC)"), a connector's letter taken or not ("Department of Transportation (DOT)"), the parts of a hyphened word
 * taken or not ("Belgo-Luxembourg Economic Union (BLEU)", "Multi-Fibre Arrangement (MFA)"). Every other word gives its
 * initial; the letters must be used up in order.
 */
function spellsLoosely(letters: string, words: string[]): boolean {
  const L = lex();
  // each word's ways to give letters
  const ways = words.map((w): string[] => {
    if (ACRONYM.test(w)) return [w.match(CAPITAL)!.join('')];
    if (LOWER_WORD.test(w)) return ['', w[0].toUpperCase()];
    if (w[0] === w[0].toLowerCase()) return [''];
    if (L.legalForms.has(fold(w))) return ['', w[0]];
    let out = [w[0]];
    for (const part of w.split(HYPHEN_PARTS).slice(1)) out = [...out, ...out.map((x) => x + part[0])];
    return out;
  });
  let at = new Set<number>([0]);
  const starts = new Map<number, Set<number>>();
  for (let k = 1; k <= PLACE_PREFIX_WORDS && k < words.length; k++) if (placeOf(words.slice(0, k).join(' '))) starts.set(k, new Set([0]));
  for (let k = 0; k < words.length; k++) {
    const next = starts.get(k + 1) ?? new Set<number>();
    for (const p of at) for (const w of ways[k]) if (letters.startsWith(w, p)) next.add(p + w.length);
    at = next;
  }
  return at.has(letters.length);
}

/**
 * Whether a short name is made of the opening letters of a name's words, in order: the first word's and the last's, a
 * word between given or left out, one part at least of two letters ("Amex" of American Stock Exchange, "Comex" of
 * Commodity Exchange, "Nymex" of New York Mercantile Exchange); connectors and legal forms give nothing.
 */
function spellsBySyllables(short: string, words: string[]): boolean {
  const L = lex();
  const ws = words.filter((w) => !LOWER_WORD.test(w) && !L.legalForms.has(fold(w))).map(fold);
  const target = fold(short);
  if (ws.length < 2) return false;
  // at[p] = 1: the first words give target's first p letters, all of one letter; 2: some part of two letters or more
  let at = new Uint8Array(target.length + 1);
  for (let n = 1; n <= ws[0].length && n <= target.length && ws[0][n - 1] === target[n - 1]; n++) at[n] = n > 1 ? 2 : 1;
  for (let k = 1; k < ws.length; k++) {
    const next = k < ws.length - 1 ? at.slice() : new Uint8Array(target.length + 1);
    for (let p = 1; p < target.length; p++) {
      if (!at[p]) continue;
      for (let n = 1; n <= ws[k].length && p + n <= target.length && ws[k][n - 1] === target[p + n - 1]; n++)
        next[p + n] = Math.max(next[p + n], n > 1 ? 2 : at[p]);
    }
    at = next;
  }
  return at[target.length] === 2;
}

/** how many letters an acronym of a name in another language may have beyond the translated name's initials */
const TRANSLATED_EXTRA_LETTERS = 3;

/**
 * Whether an acronym is a translated name's, the acronym of its own language's name: every initial of the English name
 * (a place or demonym opening it, legal forms and connectors left out) is among the acronym's letters, in any order,
 * with at most `TRANSLATED_EXTRA_LETTERS` letters more ("National Statistics Institute (INSEE)", "French Cereals
 * Intervention Office (ONIC)", "Petroleos Mexicanos (PEMEX)", "European Community (EEC)"); a ticker or a place in
 * brackets spells none ("American Express Co (AXP)", "Barrick Resources (USA) Inc").
 */
function spellsTranslated(letters: string, words: string[]): boolean {
  const L = lex();
  let from = 0;
  // (the place is left out only before two words or more: "European Community" is all a name)
  for (let k = Math.min(PLACE_PREFIX_WORDS, words.length - 2); k >= 1 && !from; k--) if (placeOf(words.slice(0, k).join(' '))) from = k;
  if (!from && words.length > 2 && isDemonym(words[0])) from = 1;
  const left = [...letters];
  let initials = 0;
  for (const w of words.slice(from)) {
    if (LOWER_WORD.test(w) || L.legalForms.has(fold(w))) continue;
    const at = left.indexOf(w[0]);
    if (at < 0) return false;
    left.splice(at, 1);
    initials++;
  }
  return initials >= 2 && left.length <= TRANSLATED_EXTRA_LETTERS;
}

/** a word of capitals only, without full stops: an organisation's acronym ("CIA"), not a person's initials ("J.R.") */
const ORG_ACRONYM = /^\p{Lu}{2,}$/u;

/** A person's form with a given name before the surname: not its initials only ("J. Edgar Hoover" has one, "J. Hoover"
 * not), nor a surname of two words that another form of its set ends with ("Del Rio" of "Jack Del Rio", "Bra Kanon"
 * of "Denis Bra Kanon"), unless its first word is a given name ("Mark Felt" of "William Mark Felt"), nor a name after
 * an organisation's acronym that the set also has alone ("CIA Dirctor Robert Gates", "ERS Fired Jim O'Brien"). */
function withGivenName(s: Surface, _: number, ss: Surface[]): boolean {
  const at = surnameAt(s.words);
  if (at < 1) return false;
  let named = false;
  for (let k = 0; k < at && !named; k++) named = !INITIAL.test(s.words[k]);
  if (!named) return false;
  if (ORG_ACRONYM.test(s.words[0])) for (const o of ss) if (o.words.length >= 2 && endsWith(s.words, o.words)) return false;
  if (lex().givenNames.has(fold(s.words[0]))) return true;
  for (const o of ss) if (endsWith(o.words, s.words)) return false;
  return true;
}

/** an acronym, with or without its full stops ("U.S.", "HK") */
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
/** a word in capitals only ("WASHINGTON", a dateline's) */
const CAPITALS = /^\p{Lu}{3,}$/u;
const CAPITAL = /\p{Lu}/gu;
const WIDER = new Set(WIDER_SHORT_NAMES);

/** The letters a name's words start with, an acronym's own letters for an acronym word ("U.S. Geological Survey": USGS). */
function initialsOf(words: string[]): string {
  let out = '';
  for (const w of words)
    if (ACRONYM.test(w)) out += w.match(CAPITAL)!.join('');
    else if (w[0] !== w[0].toLowerCase()) out += w[0];
  return out;
}

/** A place's or organisation's name, given its forms most used first: the full name an acronym spells out ("United
 * States", not "U.S."; the acronym stays an alias), and a place's name as written in a sentence rather than in a
 * dateline's capitals ("Washington", not "WASHINGTON"). */
function spelledOut(sorted: Surface[], type: EntityType, ss: Surface[]): Surface {
  let first = sorted[0];
  if (type === 'place' && first.words.every((w) => CAPITALS.test(w))) {
    const key = fold(first.text);
    first = sorted.find((s) => s !== first && fold(s.text) === key && !s.words.every((w) => CAPITALS.test(w))) ?? first;
  }
  // a body's short name in `ORG_NAME_VARIANTS` gives way to its first name there, where written ("S and P" to
  // "Standard and Poor's"; an acronym spells it out below)
  const head = type === 'org' ? ORG_NAMES.get(fold(first.text)) : undefined;
  if (head !== undefined && head !== fold(first.text)) first = sorted.find((s) => fold(s.text) === head) ?? first;
  if (first.words.length !== 1 || !ACRONYM.test(first.text)) return first;
  const letters = first.text.match(CAPITAL)!.join('');
  const spelled =
    sorted.find((s) => s.words.length > 1 && spells(letters, initialsOf(s.words))) ??
    // (spelled out more loosely, perhaps by a name no cue typed: "Washington Public Power Supply System" for "WPPSS";
    // not the acronym with its legal form, "AMR Corp", which spells out nothing)
    ss.find((s) => s.words.length > 1 && (cueless(s) || sorted.includes(s)) && !s.words.includes(first.text) && spellsLoosely(letters, s.words)) ??
    // (or a translation of it, one of the entity's own names: "National Statistics Institute" for "INSEE")
    sorted.find((s) => s.words.length > 1 && !s.words.includes(first.text) && spellsTranslated(letters, s.words));
  if (spelled || type !== 'place') return spelled ?? first;
  // a place's acronym with no full name spelled out gives way to its short name ("U.K." to "Britain"), unless that
  // name also names something wider ("America")
  const place = placeOf(first.text);
  const short = (s: Surface) => !ACRONYM.test(s.text) && !WIDER.has(fold(s.text)) && placeOf(s.text) === place;
  return (place && sorted.find(short)) || first;
}

/** The share of a sentence's cased letters in capitals from which it is written in capitals (a headline, a table). */
const CAPITALS_SENTENCE = 0.8;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

/** Whether a mention is written in capitals by its place, not by its name: in a sentence in capitals (Reuters'
 * headlines and tables: "STORE PCT 1987 1986 SEARS 4.9") or as a ticker ("<FIAT.M>"). */
function shouted(m: Mention, sentences: Map<DocId, StoryDocument['sentences']>): boolean {
  const text = sentences.get(m.document)?.[m.sentence]?.text;
  if (text === undefined || m.start === undefined) return false;
  if (text[m.start - 1] === '<') return true;
  const upper = text.match(UPPER)?.length ?? 0;
  return upper >= CAPITALS_SENTENCE * (upper + (text.match(LOWER)?.length ?? 0));
}

/** A name in capitals only all of whose mentions are in capitals by their place ("SEARS" of a table) gives way to the
 * same name as a sentence writes it ("Sears"); one a sentence writes in capitals ("OPEC", "MEDIQ") stays. */
function unshouted(name: Surface, ss: Surface[], sentences: Map<DocId, StoryDocument['sentences']>): Surface {
  if (!name.words.every((w) => CAPITALS.test(w)) || !name.mentions.every((m) => shouted(m, sentences))) return name;
  const key = fold(name.text);
  let best: Surface | undefined;
  for (const s of ss) if (fold(s.text) === key && !s.words.every((w) => CAPITALS.test(w)) && (!best || count(s) > count(best))) best = s;
  return best ?? name;
}

/** An organisation's name with its legal form: of its forms read as an organisation that write the chosen name and
 * then more, ending in a legal form, the most used with legal forms only after the name ("Chrysler Corp", "Amgen Inc";
 * "ITT Corp" before "ITT Auction Services Corp"), else the most used ("Saatchi and Saatchi Co Plc", not "Saatchi", a
 * headline's ticker's short name; "Eli Lilly and Co"); the chosen name when it has one already or no such form is written. */
function withLegalForm(name: Surface, sorted: Surface[]): Surface {
  const L = lex();
  const n = name.words.length;
  if (L.legalForms.has(fold(name.words[n - 1]))) return name;
  let fuller: Surface | undefined;
  for (const s of sorted) {
    if (s.words.length <= n || !L.legalForms.has(fold(s.words[s.words.length - 1]))) continue;
    let k = 0;
    while (k < n && fold(s.words[k]) === fold(name.words[k])) k++;
    if (k < n) continue;
    while (k < s.words.length && L.legalForms.has(fold(s.words[k]))) k++;
    if (k === s.words.length) return s;
    fuller ??= s;
  }
  return fuller ?? name;
}

/** Step 4, one entity per linked set: typed by the vote of all its mentions, named by its most used full form (a
 * person by one with a given name, a place or organisation by the full name of its acronym). */
function buildEntities(surfaces: Surface[], sets: UnionFind, order: Map<DocId, number>, sentences: Map<DocId, StoryDocument['sentences']>): LinkedEntity[] {
  const groups = new Map<number, number[]>();
  surfaces.forEach((_, i) => {
    const r = sets.find(i);
    (groups.get(r) ?? groups.set(r, []).get(r)!).push(i);
  });
  const entities: LinkedEntity[] = [];
  const usedIds = new Set<string>();
  for (const members of groups.values()) {
    const ss = members.map((i) => surfaces[i]);
    // capitalised only because it starts a sentence, with nothing else for it: not a name
    if (ss.every((s) => everyCue(s, INITIAL_ONLY))) continue;
    const votes: Record<EntityType, number> = { person: 0, place: 0, org: 0, other: 0 };
    const cues = new Map<string, number>();
    // (indexed loops and the cue map's forEach: for-of walked an iterator and an entry pair per step)
    for (let k = 0; k < ss.length; k++) {
      const s = ss[k];
      if (!s.thing) for (let t = 0; t < TYPES.length; t++) votes[TYPES[t]] += s.votes[TYPES[t]];
      if (s.institution) [votes.org, votes.person] = [votes.org + s.votes.person, votes.person - s.votes.person];
      s.cues.forEach((n, c) => cues.set(c, (cues.get(c) ?? 0) + n));
    }
    const type = bestType(votes);
    // (a surname with its suffix, "Trump Jr.", names the person only when no form with a given name does)
    const given = ss.filter(withGivenName);
    const full = given.length ? given : ss.filter((s) => s.words.length >= 2 && !INITIAL.test(s.words[0]));
    // named by a form read as what the entity is ("Betty Ford Center", not its short form "Betty Ford")
    const typed = ss.filter((s) => bestType(s.votes) === type);
    const forms = type === 'person' && full.length ? full : typed.length ? typed : ss;
    // ... and not by an abbreviation of another of its one-word names, nor by a head written alone ("Bank")
    const whole = forms.filter((s) => !s.headAlone && !forms.some((o) => abbreviation(s, o)));
    const pool = whole.length ? whole : forms;
    const sorted = [...pool].sort((a, b) => count(b) - count(a) || b.words.length - a.words.length || a.text.localeCompare(b.text));
    const canonical = unshouted(type === 'person' ? sorted[0] : spelledOut(sorted, type, ss), ss, sentences);
    const named = type === 'org' ? withLegalForm(canonical, sorted) : canonical;
    const name = type === 'place' ? placeName(canonical) : named.text;
    const slugged = slug(name);
    let id = `ent-${slugged}`;
    for (let n = 2; usedIds.has(id); n++) id = `ent-${slugged}-${n}`;
    usedIds.add(id);
    const docSet = new Set<DocId>();
    for (const s of ss) for (const m of s.mentions) docSet.add(m.document);
    const why = cuesWhy(cues);
    entities.push({
      id,
      name,
      type,
      aliases: aliasesOf(ss),
      documents: [...docSet].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0) || a.localeCompare(b)),
      mentions: ss.reduce((n, s) => n + count(s), 0),
      why: why ? `typed ${type} by ${why}` : 'no cue for a type',
      surfaces: members,
    });
  }
  return entities.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/** The cues that typed an entity, weightiest first, with their counts ("speech ×2, title ×1"); no array pattern read
 * per entry (each walked an iterator). */
function cuesWhy(cues: Map<string, number>): string {
  const weighted: Array<[string, number]> = [];
  cues.forEach((n, c) => {
    if ((CUE_WEIGHTS[c] ?? 0) > 0) weighted.push([c, n]);
  });
  weighted.sort((a, b) => (CUE_WEIGHTS[b[0]] ?? 0) * b[1] - (CUE_WEIGHTS[a[0]] ?? 0) * a[1] || a[0].localeCompare(b[0]));
  let why = '';
  for (let k = 0; k < weighted.length; k++) why += `${k ? ', ' : ''}${weighted[k][0]} ×${weighted[k][1]}`;
  return why;
}

/** An entity's written forms, most used first (a surname bound in some articles and not in others counted once). */
function aliasesOf(ss: Surface[]): string[] {
  const counts = new Map<string, number>();
  for (const s of ss) counts.set(s.text, (counts.get(s.text) ?? 0) + s.mentions.length);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || a.localeCompare(b));
}

/** The entities whose quotes keep the speaker as the article wrote it there, linked to the entity by id: an
 * organisation's "IMF" stays "IMF" (its entity the International Monetary Fund), as readers and PolNeAR's sources
 * name it; a person's "Obama" is shown as the story's full name, Barack Obama. */
const SPEAKER_AS_WRITTEN: ReadonlySet<EntityType> = new Set<EntityType>(['org', 'place', 'other']);

/** Step 5, quotes: speakers to their entity (a bound surname to its article's person), a person named by the entity's
 * canonical name, anything else as written (`SPEAKER_AS_WRITTEN`). */
function resolveSpeakers(enrichments: DocumentEnrichment[], surfaces: Surface[], entities: LinkedEntity[]): Quote[] {
  const entityOfSurface = new Map<string, Entity>();
  const spokenIn = new Map<string, Entity>();
  for (const e of entities)
    for (const i of e.surfaces) {
      const s = surfaces[i];
      if (s.bound === undefined) entityOfSurface.set(s.text, e);
      else if (s.sentenceOnly)
        for (const m of s.mentions) {
          entityOfSurface.set(`${m.document}\u0000${m.sentence}\u0000${s.text}`, e);
          // (the last resort of a speaker carried on to another sentence: "He also said")
          spokenIn.set(`${m.document}\u0000${s.text}`, e);
        }
      else for (const m of s.mentions) entityOfSurface.set(`${m.document}\u0000${s.text}`, e);
    }
  const quotes: Quote[] = [];
  for (const en of enrichments) {
    for (const q of en.quotes) {
      const e = q.speaker
        ? (entityOfSurface.get(`${q.document}\u0000${q.sentence}\u0000${q.speaker}`) ??
          entityOfSurface.get(`${q.document}\u0000${q.speaker}`) ??
          entityOfSurface.get(q.speaker) ??
          spokenIn.get(`${q.document}\u0000${q.speaker}`))
        : undefined;
      // (variants held from the start, not added by linkVariants halfway through its loop: the quotes' shape stays;
      // an undefined key is no key to JSON and synthesis gives its own variants)
      const speaker = e && !SPEAKER_AS_WRITTEN.has(e.type) ? e.name : q.speaker;
      quotes.push({ ...q, speaker, speakerEntity: e ? e.id : null, variants: undefined });
    }
  }
  return quotes;
}

const quoteWords = (t: string) =>
  new Set(
    fold(t)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );

/** Step 6: quotes of one speaker in different documents that share most of their words report the same remark. */
function linkVariants(quotes: Quote[]): void {
  // variants are quotes of two documents: quotes all of one document (most stories are one article) link none
  let one = true;
  for (let i = 1; one && i < quotes.length; i++) one = quotes[i].document === quotes[0].document;
  if (one) return;
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of quotes) if (q.speakerEntity) (bySpeaker.get(q.speakerEntity) ?? bySpeaker.set(q.speakerEntity, []).get(q.speakerEntity)!).push(q);
  for (const qs of bySpeaker.values()) {
    const words = qs.map((q) => quoteWords(q.text));
    // candidates through an inverted index of words; words in very many of the speaker's quotes carry nothing
    const postings = new Map<string, number[]>();
    words.forEach((ws, i) => {
      for (const w of ws) (postings.get(w) ?? postings.set(w, []).get(w)!).push(i);
    });
    for (let a = 0; a < qs.length; a++) {
      const A = words[a];
      if (A.size < LINKING.minQuoteWords) continue;
      const shared = new Map<number, number>();
      for (const w of A) {
        const list = postings.get(w)!;
        if (list.length > LINKING.maxQuotesPerWord) continue;
        for (const b of list) if (b > a) shared.set(b, (shared.get(b) ?? 0) + 1);
      }
      for (const [b, n] of shared) {
        const B = words[b];
        if (B.size < LINKING.minQuoteWords || qs[a].document === qs[b].document) continue;
        if (n / Math.min(A.size, B.size) >= LINKING.minSharedWords) {
          (qs[a].variants ??= []).push(qs[b].id);
          (qs[b].variants ??= []).push(qs[a].id);
        }
      }
    }
  }
}
