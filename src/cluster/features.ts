// Cheap event features of one document, derived from the text stage alone: topic terms, title terms,
// name-like words (capitalised, not sentence-initial), figures, calendar words, and the publication date.
// Topic words say what kind of event; names, figures and dates say which one.
import { fold } from '../common/normalize.ts';
import { countsOfIds, sentenceTermIds, stemId, stemOf, TermCounts } from '../common/term-counts.ts';
import type { ClusterDocument } from '../model.ts';
import { foldedNameKey, leadSubject } from './lead.ts';
import { SurfaceCounts, TermFormCounts } from './surface-counts.ts';
import { fullNameKey, PLACE_HEADS } from './abbreviations.ts';
import {
  AMBIGUOUS_MONTHS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTH_SHAPES,
  MONTHS,
  mayHold,
  NOT_NAMES,
  NUMBER_WORDS,
  SCALE_WORDS,
  TITLE_SLOTS,
  WEEKDAY_AND_NUMBER_SHAPES,
  WEEKDAY_NAMES,
  WEEKDAYS,
} from './lexicon.ts';
import { storedInstant } from '../common/date-bound.ts';
import { figureKind, gluedFigure } from './event-figures.ts';
import { titleNameWords } from './title-names.ts';
import { SURE_LANGUAGE, sureLanguage } from '../common/function-words.ts';
import { caselessProse } from '../common/letters.ts';
import { eventlessKind } from './page-kinds.ts';

/** Languages whose capitalisation does not single out names (every German noun is capitalised). */
const NO_NAME_CASE = new Set(['de', 'lb']);

export interface DocFeatures {
  /** content term stems of title and text, with counts (the text stage's TermCounts; a Map when read from a base) */
  terms: ReadonlyMap<string, number>;
  /** content term stems of the title (a TermCounts, by the title's stem ids; a Map when read from a base) */
  title: ReadonlyMap<string, number>;
  /** name-like words, folded ("reid"), with counts */
  names: Map<string, number>;
  /** figures, normalised ("#33", "#4500000"), with counts */
  numbers: Map<string, number>;
  /** calendar keys: year "y2008", month "m12", day "d12-19", weekday "w6", span of years "s2008-2009" */
  dates: Map<string, number>;
  /** publication time in ms, or null */
  time: number | null;
  /** calendar spans the text names ("September 10, 2010", "in December", "2005"), resolved against the
   * publication date when the year is not written: [start ms, end ms, precision] */
  mentions: Mention[];
  /** how stems and names are written, for explanations ("peopl" -> "People", "reid" -> "Reid"): the terms' by their
   * place in `terms` (termSurface), the names' by key (surfaceForm) */
  surface: { terms: TermForms | SurfaceForms; names: SurfaceForms };
  /** the lead subject's name keys (lead.ts), set by the clusterer; absent when unknown */
  lead?: string[];
  /** set when the document is prose surely in a language that reads no names by their capitals (NO_NAME_CASE and
   * sureForeignProse): its empty `names` say nothing of whom it is about (absent in features a story base stored
   * earlier: read as a language that reads them) */
  nameBlind?: true;
  /** set when the document is prose in a script without capitals (Chinese, Arabic: caselessProse), which makes it
   * name-blind (`nameBlind`); its memberships say so (CASELESS_REASON) */
  caseless?: true;
  /** set when the page is of a kind that tells no event (page-kinds.ts: a recipe, a legal notice): its words say what
   * kind of page it is, not which news, and its topic words and title are left empty (it stays a story of its own) */
  eventless?: string;
}

/**
 * Keys and how they are written, [key, form, key, form, ...] sorted by key (surfaceForm looks one up).
 * Only explanations read them: a flat array holds them in a third of a Map's memory (on all of Reuters,
 * 50 MB through clustering). Features a story base stored earlier hold a Map, read alike.
 */
export type SurfaceForms = readonly string[] | ReadonlyMap<string, string>;

/**
 * How a document writes its terms: per entry of its term counts (DocFeatures.terms, in their order) the form its
 * sentences write most often, '' for a term no word was aligned with (a title's own). By place, not by key: no key
 * string kept, none sorted (features a story base stored earlier hold SurfaceForms, read alike by termSurface).
 */
export interface TermForms {
  byTerm: readonly string[];
}

function isTermForms(forms: TermForms | SurfaceForms): forms is TermForms {
  return (forms as TermForms).byTerm !== undefined;
}

/** How the term `key` (its stem id `stem`, -1 when none) is written in a document, or undefined when its text does
 * not have it. */
export function termSurface(f: Pick<DocFeatures, 'terms' | 'surface'>, key: string, stem: number): string | undefined {
  const forms = f.surface.terms;
  if (!isTermForms(forms)) return surfaceForm(forms, key);
  const at = termPlace(f.terms, key, stem);
  const form = at < 0 ? '' : forms.byTerm[at];
  return form === '' ? undefined : form;
}

/** The place of a term in term counts (by its stem id in a TermCounts, by its key in a Map read from a base), or -1. */
function termPlace(terms: ReadonlyMap<string, number>, key: string, stem: number): number {
  if (terms instanceof TermCounts) return stem < 0 ? -1 : terms.placeOfId(stem);
  let i = 0;
  for (const k of terms.keys()) {
    if (k === key) return i;
    i++;
  }
  return -1;
}

/** How `key` is written in a document, or undefined when its text does not have it. */
export function surfaceForm(forms: SurfaceForms, key: string): string | undefined {
  if (!Array.isArray(forms)) return (forms as ReadonlyMap<string, string>).get(key);
  let lo = 0;
  let hi = forms.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = forms[2 * mid];
    if (k === key) return forms[2 * mid + 1];
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The most frequent way each key is written, as SurfaceForms. */
function surfaceForms(counts: SurfaceCounts): string[] {
  // the default order is the strings' code units, as `<` compares them (no comparator called per comparison)
  const keys = [...counts.keys()].sort();
  const out: string[] = new Array(keys.length * 2);
  keys.forEach((k, i) => {
    out[2 * i] = k;
    out[2 * i + 1] = counts.mostFrequent(k);
  });
  return out;
}

/** A span of days a text names, and how precisely: a day, a month or a year. */
export type Mention = [start: number, end: number, precision: MentionPrecision];
export type MentionPrecision = 'day' | 'month' | 'year';

const DAY_MS = 86_400_000;

const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const NUMERIC = /^[+-]?\d[\d,]*(\.\d+)?$/;

function bump(m: Map<string, number>, k: string, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

function isMonthWord(word: string | undefined): boolean {
  return word !== undefined && upperFirst(word) && MONTHS.has(noFinalDot(fold(word)));
}

/** UPPER.test(word), without the pattern for an ASCII first letter (most words): \p{Lu} there is A-Z. */
export function upperFirst(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
}

/** word.replace(/\.$/, '') */
export function noFinalDot(word: string): string {
  return word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}

/** `noFinalDot(word).length`, without the copy. */
function noFinalDotLength(word: string): number {
  return word.charCodeAt(word.length - 1) === 46 ? word.length - 1 : word.length;
}

export function parseNumber(word: string): number | null {
  // a figure opens with a digit or a sign (NUMERIC): most words are ruled out by their first character
  const c = word.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45)) return null;
  if (!NUMERIC.test(word)) return null;
  const v = Number(word.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}

function numberKey(v: number): string {
  return `#${Number.isInteger(v) ? v : v.toFixed(2).replace(/0+$/, '')}`;
}

function isYear(v: number, word: string): boolean {
  return /^\d{4}$/.test(word) && v >= 1900 && v <= 2099;
}

/** Longest common prefix length, for aligning stems with the words they came from. */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** Record how each stem of a sentence was written: terms are an ordered subsequence of the words (`folded`: the
 * words folded, read to their count); `ids` holds the terms' stem ids from `at` on, counted by their place. */
function alignSurfaces(words: string[], folded: readonly string[], terms: string[], ids: Int32Array, at: number, counts: TermFormCounts): void {
  let w = 0;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    const need = Math.min(t.length, Math.max(3, t.length - 1));
    // a term comes from one of the next few words (stop words in between were dropped)
    const end = Math.min(words.length, w + 8);
    for (let j = w; j < end; j++) {
      if (commonPrefix(folded[j], t) >= need) {
        const id = ids[at + i];
        if (placeStamp[id] === stamp) counts.add(placeById[id], words[j]);
        w = j + 1;
        break;
      }
    }
  }
}

/** Per stem id, its place in the term counts of the document read, good where placeStamp holds its stamp (a
 * document's places are not cleared after it: a throw while reading one leaves no stale place for the next). */
let placeById = new Int32Array(1 << 14);
let placeStamp = new Int32Array(1 << 14);
let stamp = 0;
/** The terms' forms of the document read (readFeatures reads one document at a time). */
const termForms = new TermFormCounts();

/** A new stamp, and the places of term counts' stem ids (TermCounts.idAt, or a stored Map's keys' ids) under it. */
function placeTerms(terms: ReadonlyMap<string, number>): void {
  stamp++;
  const byId = terms instanceof TermCounts ? terms : null;
  const keys = byId ? null : terms.keys();
  for (let i = 0; i < terms.size; i++) {
    const id = byId ? byId.idAt(i) : stemId(keys?.next().value as string);
    if (id >= placeById.length) {
      const size = Math.max(id + 1, 2 * placeById.length);
      const places = new Int32Array(size);
      const stamps = new Int32Array(size);
      places.set(placeById);
      stamps.set(placeStamp);
      [placeById, placeStamp] = [places, stamps];
    }
    placeById[id] = i;
    placeStamp[id] = stamp;
  }
}

/** The sentences' terms' stem ids (TextDocument.termIds), made from the terms where a document holds none or others. */
function sentenceIds(doc: ClusterDocument): Int32Array {
  let n = 0;
  for (const s of doc.sentences) n += s.terms.length;
  return doc.termIds?.length === n ? doc.termIds : sentenceTermIds(doc.sentences);
}

/** The day or month a text names, in the year written or else the one nearest the publication date. */
function resolveMention(month: number, day: number | null, year: number | null, published: number | null): Mention | null {
  const span = (y: number): Mention =>
    day !== null ? [Date.UTC(y, month - 1, day), Date.UTC(y, month - 1, day), 'day'] : [Date.UTC(y, month - 1, 1), Date.UTC(y, month, 1) - DAY_MS, 'month'];
  if (year !== null) return span(year);
  if (published === null) return null;
  const y0 = new Date(published).getUTCFullYear();
  let best: Mention | null = null;
  for (const y of [y0 - 1, y0, y0 + 1]) {
    const m = span(y);
    const gap = Math.max(0, m[0] - published, published - m[1]);
    if (!best || gap < Math.max(0, best[0] - published, published - best[1])) best = m;
  }
  return best;
}

/** A span of years written as one word: "2008-09", "2009-2010" (a season, a fiscal year), "1999-2003". */
const YEAR_SPAN = /^((?:19|20)\d\d)[-\u2013](\d\d|(?:19|20)\d\d)$/;

/** The first and last year of a span of years written as one word (YEAR_SPAN), or null. */
export function yearSpan(word: string): [number, number] | null {
  // most words are ruled out by their first character or length ("2008-09" has 7)
  const c = word.charCodeAt(0);
  if ((c !== 49 && c !== 50) || word.length < 7) return null;
  const m = YEAR_SPAN.exec(word);
  if (!m) return null;
  const first = Number(m[1]);
  // "2008-09": the century of the first year; "1999-00" the next one ("2008-07" is no span)
  const end = Number(m[2]);
  const last = m[2].length === 4 ? end : first - (first % 100) + end + (first % 100 === 99 && end === 0 ? 100 : 0);
  return last > first ? [first, last] : null;
}

/** The four-digit year at `i`, or null. */
function yearAt(words: string[], i: number): number | null {
  const w = words[i];
  if (w === undefined || !/^\d{4}$/.test(w)) return null;
  const v = Number(w);
  return isYear(v, w) ? v : null;
}

export function documentFeatures(doc: ClusterDocument): DocFeatures {
  return withoutKindWords(featuresRead(doc), doc);
}

/** No terms (an eventless page's topic words and title: DocFeatures.eventless); shared, only read. */
export const NO_TERMS = new TermCounts(new Int32Array(0));

/** A page of a kind that tells no event (page-kinds.ts) with its topic words and title left out. */
function withoutKindWords(features: DocFeatures, doc: ClusterDocument): DocFeatures {
  const kind = eventlessKind(doc);
  if (kind === undefined) return features;
  return { ...features, terms: NO_TERMS, title: NO_TERMS, surface: { terms: { byTerm: [] }, names: features.surface.names }, eventless: kind };
}

function featuresRead(doc: ClusterDocument): DocFeatures {
  const features = readFeatures(doc, false);
  features.lead = leadSubject(doc, features.names);
  // a flash is all capitals: its names would be its template's words, shared by every flash of the template -- a
  // company's ("ZAYRE CORP FEBRUARY SALES UP 25.7 PCT"), whose lead subject tells it apart instead, and a wire's
  // headline-only bulletin ("U.S. NON-FARM PRODUCTIVITY FELL REVISED 2.2 PCT IN 4TH QTR INSTEAD OF 1.7 PCT": fell,
  // revised, pct, instead), whose false names held the day's bulletins together, apart from their full items
  if (!isFlash(doc)) return features;
  const quiet = readFeatures(doc, true);
  quiet.lead = features.lead;
  return quiet;
}

/** A title's counts as clustering reads them, its template's slots left out: on the reading thread and for a
 * document that arrives from a worker (prepare's `revivedFeatures`) alike -- the trip counted the title's ids
 * with its clock times, and which documents the reading thread prepares itself depends on the workers' pace. */
export function titleCounts(ids: Int32Array): TermCounts {
  return countsOfIds(slotless(ids));
}

/** A title's term ids without its template's slots (TITLE_SLOTS: a clock time); the ids themselves when it has none. */
function slotless(ids: Int32Array): Int32Array {
  let out: number[] | undefined;
  for (let i = 0; i < ids.length; i++) {
    const stem = stemOf(ids[i]);
    // (a slot opens with a digit: most stems are passed on their first letter)
    const slot = DIGIT_FIRST.test(stem) && TITLE_SLOTS.some((p) => p.test(stem));
    if (slot) out ??= Array.from(ids.subarray(0, i));
    else out?.push(ids[i]);
  }
  return out ? Int32Array.from(out) : ids;
}
const DIGIT_FIRST = /^\d/;

/** Whether an item is a flash: its title and every sentence in capitals, no other text. */
function isFlash(doc: ClusterDocument): boolean {
  return !LOWER.test(doc.title) && doc.sentences.length > 0 && doc.sentences.every((s) => !s.words.some((w) => LOWER.test(w)));
}

/** Phrases that place a sentence's news before the report's own ("last year", "a year ago", "months ago"), by
 * their last word: the words that may come before it. Its figures of a kind tell of an earlier event, as a month
 * without its day does. */
const PAST_PHRASES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ago', new Set(['year', 'years', 'month', 'months', 'decade', 'decades'])],
  ['year', new Set(['last', 'previous'])],
  ['month', new Set(['last', 'previous'])],
]);

/** Whether the folded word at `i` ends a phrase of PAST_PHRASES. */
function endsPastPhrase(folded: readonly string[], i: number): boolean {
  const before = i > 0 ? PAST_PHRASES.get(folded[i]) : undefined;
  return before?.has(folded[i - 1]) === true;
}

/** A sentence's figures of a kind, [key, count, ...], counted at its end (readFeatures reads one sentence at a
 * time; written over, past the sentence's count stale: `length = 0` let its store go at every sentence). */
const typedScratch: Array<string | number> = [];

/** A sentence's folded words (readFeatures reads one sentence at a time; past its length, stale). */
const foldedScratch: string[] = [];

/** The features of a document; `quiet`: no names (a flash's capitals single none out). */
function readFeatures(doc: ClusterDocument, quiet: boolean): DocFeatures {
  const names = new Map<string, number>();
  const numbers = new Map<string, number>();
  const dates = new Map<string, number>();
  placeTerms(doc.termCounts);
  termForms.start(doc.termCounts.size);
  const termIds = sentenceIds(doc);
  let at = 0;
  const nameSurfaces = new SurfaceCounts();
  const nameCase = !NO_NAME_CASE.has(doc.language);
  const initial: string[] = [];
  const mentions: Mention[] = [];
  const published = storedInstant(doc.published);
  // read once, and only for a document that writes an English month abbreviation
  let foreign: boolean | undefined;

  for (const s of doc.sentences) {
    const ws = s.words;
    let typed = 0;
    let past = false;
    // the sentence's words folded, in a scratch reused sentence to sentence (an array a sentence was garbage)
    const folded = foldedScratch;
    for (let i = 0; i < ws.length; i++) folded[i] = fold(ws[i]);
    alignSurfaces(ws, folded, s.terms, termIds, at, termForms);
    at += s.terms.length;
    for (let i = 0; i < ws.length; i++) {
      const word = ws[i];
      const lower = folded[i];
      // the word tables are asked only of words of a shape (first letter, length) one of their keys has
      const month = mayHold(MONTH_SHAPES, lower, noFinalDotLength(lower)) ? MONTHS.get(noFinalDot(lower)) : undefined;
      // the neighbours are read as a day only beside a month's name (most words are not one)
      const prev = month && i > 0 ? parseNumber(ws[i - 1]) : null;
      const next = month && i + 1 < ws.length ? parseNumber(ws[i + 1]) : null;
      const dayNext = next !== null && Number.isInteger(next) && next >= 1 && next <= 31 ? next : null;
      const dayPrev = prev !== null && Number.isInteger(prev) && prev >= 1 && prev <= 31 ? prev : null;
      // in prose surely of another language, an English month abbreviation alone is a word of it or a first name
      if (month && !dayNext && !dayPrev && MONTH_ABBREVIATIONS.has(noFinalDot(lower)) && yearAt(ws, i + 1) === null && (foreign ??= sureForeignProse(doc)))
        continue;
      if (month && upperFirst(word) && (!AMBIGUOUS_MONTHS.has(lower) || dayNext || dayPrev || (i > 0 && lower !== 'may'))) {
        bump(dates, `m${month}`);
        const day = dayNext ?? dayPrev;
        if (day) bump(dates, `d${month}-${day}`);
        else past = true;
        // "September 10, 2010", "10 Sept 2010", "September 2010"
        const year = yearAt(ws, i + (dayNext ? 2 : 1));
        const mention = resolveMention(month, day, year, published);
        if (mention) mentions.push(mention);
        continue;
      }
      const tabled = mayHold(WEEKDAY_AND_NUMBER_SHAPES, lower, lower.length);
      const weekday = tabled ? WEEKDAYS.get(lower) : undefined;
      if (weekday !== undefined && upperFirst(word) && lower.length > 3) {
        bump(dates, `w${weekday}`);
        continue;
      }
      // a season or a span of years written as one word ("the 2008-09 season") is one calendar key of its own: the
      // reports of one season's news share it, and its two years are not the years an article names
      const span = yearSpan(word);
      if (span !== null) {
        bump(dates, `s${span[0]}-${span[1]}`);
        continue;
      }
      const glued = gluedFigure(ws, folded, i, s.text);
      if (glued) {
        bump(numbers, numberKey(glued.value));
        typedScratch[typed++] = `${numberKey(glued.value)} ${glued.kind.kind}`;
        typedScratch[typed++] = glued.kind.count;
        i += glued.words - 1;
        continue;
      }
      const v = parseNumber(word);
      if (v !== null) {
        if (isYear(v, word)) {
          bump(dates, `y${v}`);
          // a year written alone (not after a month or a month's day) names the whole year
          if (!isMonthWord(ws[i - 1]) && !(i > 1 && isMonthWord(ws[i - 2]) && parseNumber(ws[i - 1]) !== null)) {
            mentions.push([Date.UTC(v, 0, 1), Date.UTC(v, 11, 31), 'year']);
            past = true;
          }
        } else if (!(Number.isInteger(v) && v >= 1 && v <= 31 && (isMonthWord(ws[i - 1]) || isMonthWord(ws[i + 1])))) {
          const scale = i + 1 < ws.length ? SCALE_WORDS.get(folded[i + 1]) : undefined;
          bump(numbers, numberKey(scale ? v * scale : v));
          const kind = figureKind(folded, i, ws.length);
          if (kind) {
            typedScratch[typed++] = `${numberKey(v)} ${kind.kind}`;
            typedScratch[typed++] = kind.count;
          }
        }
        continue;
      }
      const nw = tabled ? NUMBER_WORDS.get(lower) : undefined;
      if (nw !== undefined) {
        bump(numbers, numberKey(nw));
        continue;
      }
      if (!past && endsPastPhrase(folded, i)) past = true;
      if (!nameCase || quiet || !upperFirst(word)) continue;
      readName(ws, i, lower, names, nameSurfaces, initial);
    }
    // a figure of a kind in a sentence that names a month without its day, a year alone or a relative past ("last
    // year", "a year ago") tells of an earlier event ("in February, when a magnitude-6.4 temblor rocked Zarand", "in
    // September"; an event's own reports give its weekday or its date): a plain figure only, or another event's reports would share its kind's key
    if (!past) for (let k = 0; k < typed; k += 2) bump(numbers, typedScratch[k] as string, typedScratch[k + 1] as number);
  }
  // a title in sentence case names who and where as its sentences do (an ECB record's title is its lead sentence);
  // its days and figures are not read (measured worse: cluster39)
  const titleWords = nameCase && !quiet ? titleNameWords(doc) : null;
  if (titleWords) {
    for (let i = 0; i < titleWords.length; i++) {
      const word = titleWords[i];
      const lower = fold(word);
      if (!upperFirst(word) || MONTHS.has(noFinalDot(lower)) || WEEKDAYS.has(lower) || NUMBER_WORDS.has(lower)) continue;
      readName(titleWords, i, lower, names, nameSurfaces, initial);
    }
  }
  // a sentence-initial capital is a name when the same word is capitalised elsewhere in the text
  for (const key of initial) if (names.has(key)) bump(names, key);

  const surface = { terms: { byTerm: termForms.forms() }, names: surfaceForms(nameSurfaces) };

  // by stem id: the key table reads a stem's key id off an array (story.ts termIds), not by string
  const title = titleCounts(doc.titleTermIds);
  // a publication date printed in the text is a date the article mentions (one from metadata is not: every
  // article of a day would share it)
  if (published !== null && doc.publishedInText) {
    const when = new Date(published);
    const [y, m, d] = [when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate()];
    bump(dates, `y${y}`);
    bump(dates, `m${m}`);
    bump(dates, `d${m}-${d}`);
  }
  const features: DocFeatures = { terms: doc.termCounts, title, names, numbers, dates, time: published, mentions, surface };
  // only prose surely in such a language: an English table or flash the detector reads as German (Reuters' "FRANKFURT
  // STOCKS CLSG": absent1) has none of its function words, and its names left out count as before (absentMerge)
  if (!nameCase && (foreign ??= sureForeignProse(doc))) features.nameBlind = true;
  // prose in a script without capitals (Chinese, Arabic) names nothing by case either: its names are unread, and a
  // pair of such pages (or one with a German page) meets on its words alone, not on small figures and years
  // (trafilatura-eval: Xinhua's Wuhan report with a holiday villa's booking calendar on "23, 27, 17")
  else if (nameCase && !SURE_LANGUAGE.english.has(doc.language) && caselessProse(doc.sentences)) features.nameBlind = features.caseless = true;
  return features;
}

/** What a membership of a page in a script without capitals adds (DocFeatures.caseless). */
export const CASELESS_REASON = "written in a script without capitals: its names were not read (as a German page's)";

/** Whether a document is prose surely in a language other than English (SURE_LANGUAGE): read for English documents
 * by their language alone. */
function sureForeignProse(doc: ClusterDocument): boolean {
  return (
    !SURE_LANGUAGE.english.has(doc.language) &&
    sureLanguage(
      doc.sentences.flatMap((s) => s.words),
      doc.language,
    )
  );
}

/** The name key of the capitalised word at `i` (`lower`: it folded), counted, or kept aside when it opens the
 * sentence (a name only when the text capitalises it elsewhere). */
function readName(ws: readonly string[], i: number, lower: string, names: Map<string, number>, nameSurfaces: SurfaceCounts, initial: string[]): void {
  const word = ws[i];
  const key = fullNameKey(foldedNameKey(lower), word, i > 0 && upperFirst(ws[i - 1]), i + 1 < ws.length && upperFirst(ws[i + 1]));
  if (key.length < 2 || NOT_NAMES.has(key) || PLACE_HEADS.has(key) || /^\d/.test(key)) return;
  if (i === 0) initial.push(key);
  else {
    bump(names, key);
    nameSurfaces.add(key, word.replace(/['’]s$/, ''));
  }
}

/** "m12" -> "December", "d12-19" -> "December 19", "w6" -> "Saturday", "y2008" -> "2008", "s2008-2009" -> "2008-09". */
export function dateLabel(key: string): string {
  const kind = key[0];
  const rest = key.slice(1);
  if (kind === 'y') return rest;
  if (kind === 's') return rest.length === 9 && rest.slice(0, 2) === rest.slice(5, 7) ? `${rest.slice(0, 5)}${rest.slice(7)}` : rest;
  if (kind === 'm') return MONTH_NAMES[Number(rest)] ?? rest;
  if (kind === 'w') return WEEKDAY_NAMES[Number(rest)] ?? rest;
  if (kind === 'd') {
    const [m, d] = rest.split('-').map(Number);
    return `${MONTH_NAMES[m] ?? m} ${d}`;
  }
  return key;
}
