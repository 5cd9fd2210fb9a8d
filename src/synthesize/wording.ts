// Two wordings of one remark compared word by word, in order: where they agree, and whether they differ by a
// reworded phrase ("stupid and unfounded fabrications" / "statements") or only by what each quotes around the
// shared part (one outlet quoting the sentence before, the other the sentence after), an editor's bracketed
// insertion, a contraction, a spelling ("fiber"/"fibre"), a number or clock time written another way ("eleventh"/"11th",
// "6:41pm PST"/"18:41") or an abbreviation of words the other spells out ("IE"/"Internet Explorer").
import { fold, foldPunctuation } from '../common/normalize.ts';
import { editDistance } from '../common/edit-distance.ts';
import { NUMBER_WORDS } from '../common/numbers.ts';
import { CONTRACTIONS, ORDINAL_WORDS, QUOTE_STOP, SPELLINGS, TIME_ZONES, WORDING, WORDING_STOP } from './lexicon.ts';

interface Word {
  text: string;
  /** offsets in the prepared text, to see what separates two words */
  start: number;
  end: number;
}

const STOP = new Set([...QUOTE_STOP, ...WORDING_STOP, ...TIME_ZONES]);

/** A clock time, 12- or 24-hour ("6:41pm", "6.41 p.m.", "18:41"): compared as its 24-hour digits. */
const CLOCK = /\b(\d{1,2})(?::(\d{2})(?:\s*([ap])\.?m\b\.?)?|\.(\d{2})\s*([ap])\.?m\b\.?)/gi;
const clock24 = (_: string, h: string, m1?: string, ap1?: string, m2?: string, ap2?: string) => {
  const ap = (ap1 ?? ap2 ?? '').toLowerCase();
  const hour = (Number(h) % 12) + (ap === 'p' ? 12 : 0);
  return `${String(ap ? hour : Number(h)).padStart(2, '0')}${m1 ?? m2}`;
};

/** A number or an ordinal as a figure ("eleven" -> 11, "eleventh" and "11th" -> 11th). */
function figureOf(w: string): string {
  const n = NUMBER_WORDS.get(w);
  if (n !== undefined && w !== 'dozen') return String(n);
  const o = ORDINAL_WORDS[w];
  if (o !== undefined) return `${o}th`;
  const d = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  return d ? `${d[1]}th` : w;
}

/**
 * An abbreviation of one wording (capitals: "IE") spelt out in the other by words opening with its letters
 * ("Internet Explorer"): the abbreviation replaced by those words.
 */
function spellOut(x: string, y: string): string {
  return x.replace(/\b[A-Z]{2,5}\b/g, (abbr) => {
    if (new RegExp(`\\b${abbr}\\b`).test(y)) return abbr;
    const words = new RegExp(`\\b${[...abbr].map((c) => `${c}[\\p{Ll}]+`).join('[\\s-]+')}\\b`, 'u').exec(y);
    return words ? words[0] : abbr;
  });
}

/** The text as compared: brackets' contents out (an editor's words), contractions spelt out, folded. */
function prepare(text: string): string {
  const t = fold(foldPunctuation(text))
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(CLOCK, clock24);
  return spellContractions(t);
}

/** Contractions spelt out (CONTRACTIONS). Every one holds an apostrophe and none is written back: most texts have
 * none, and skip the passes. */
export function spellContractions(text: string): string {
  if (!text.includes("'") && !text.includes('’')) return text;
  let t = text;
  for (const [re, to] of CONTRACTIONS) t = t.replace(re, to);
  return t;
}

/** A wording's words (`words`), made once per text: a story compares each quote with several others, and most
 * spell out no abbreviation of the other (spellOut gives the text back). Bounded; the lists are only read. */
const wordsOnce = new Map<string, { prepared: string; list: Word[] }>();
const WORDS_ONCE_MAX = 20_000;

function wordsOf(text: string): { prepared: string; list: Word[] } {
  let v = wordsOnce.get(text);
  if (v === undefined) {
    if (wordsOnce.size >= WORDS_ONCE_MAX) wordsOnce.clear();
    wordsOnce.set(text, (v = words(text)));
  }
  return v;
}

/** Content words in order, hyphenated words in their parts ("year-end" / "year end"). */
function words(text: string): { prepared: string; list: Word[] } {
  const prepared = prepare(text);
  const list: Word[] = [];
  for (const m of prepared.matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = SPELLINGS.get(m[0]) ?? figureOf(m[0]);
    if (STOP.has(w) || (w.length < 2 && !/\d/.test(w))) continue;
    list.push({ text: w, start: m.index, end: m.index + m[0].length });
  }
  return { prepared, list };
}

/** Adjacent letters swapped ("fiber"/"fibre"): one edit, not two. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  // the first two positions where they differ (a third: not a swap); no array: align calls it for every pair of words
  let first = -1;
  let second = -1;
  for (let i = 0; i < a.length; i++)
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      if (first < 0) first = i;
      else if (second < 0) second = i;
      else return false;
    }
  return second === first + 1 && first >= 0 && a[first] === b[second] && a[second] === b[first];
}

const DIGIT = /\d/;

/** The first `n` UTF-16 units of `a` and `b` are the same (both at least `n` long): `a.slice(0, n) === b.slice(0, n)`
 * without the two strings. */
function samePrefix(a: string, b: string, n: number): boolean {
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** One word: the same stem, or one spelling of it against another (a typo, a transliteration). */
export function sameWord(a: string, b: string): boolean {
  if (a === b || (a.length >= 5 && b.length >= 5 && samePrefix(a, b, 5))) return true;
  if (Math.min(a.length, b.length) < WORDING.minWord || DIGIT.test(a) || DIGIT.test(b)) return false;
  const max = Math.min(a.length, b.length) >= WORDING.longWord ? 2 : 1;
  return swapped(a, b) || editDistance(a, b, max) <= max;
}

/** Pairs of positions of the longest in-order match of two word lists. */
function align(a: Word[], b: Word[]): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  // which words are one word, compared once (the table, the walk and the moves below all read it)
  const same = new Uint8Array(n * m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) same[i * m + j] = sameWord(a[i].text, b[j].text) ? 1 : 0;
  const eq = (i: number, j: number) => same[i * m + j] === 1;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) len[i][j] = eq(i, j) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (eq(i, j) && len[i][j] === len[i + 1][j + 1] + 1) pairs.push([i++, j++]);
    else if (len[i + 1][j] >= len[i][j + 1]) i++;
    else j++;
  }
  // the earliest match is not the closest: move each shared word as near the next one as it goes ("political
  // strategy which ... This strategy is very cynical" against "This strategy is very cynical")
  for (let k = pairs.length - 2; k >= 0; k--) {
    const [i, j] = pairs[k];
    const [ni, nj] = pairs[k + 1];
    for (let x = ni - 1; x > i; x--)
      if (eq(x, j)) {
        pairs[k] = [x, j];
        break;
      }
    for (let y = nj - 1; y > j; y--)
      if (eq(pairs[k][0], y)) {
        pairs[k] = [pairs[k][0], y];
        break;
      }
  }
  return pairs;
}

/**
 * Do the words the two share stand in the same order? Two in order out of three or more shared ("The youth in this
 * community have no outlets for their anger" / "we saw an explosion of anger from the youth in my community") are
 * two remarks about one thing, not one remark worded two ways; from `WORDING.inOrder` words in order on, a word
 * shared out of order is a rewording.
 */
function inOrder(a: Word[], b: Word[], aligned: number): boolean {
  if (aligned >= WORDING.inOrder) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const shared = new Set(short.filter((w) => long.some((x) => sameWord(w.text, x.text))).map((w) => w.text));
  return aligned >= shared.size;
}

/** A sentence break between two offsets of a prepared text: the words on either side are different sentences. */
const breaks = (text: string, from: number, to: number) => /[.!?;…]/.test(text.slice(from, to));

export interface WordingComparison {
  /** the shared words are most of what lies between the first and the last of them, on both sides */
  dense: boolean;
  /** a phrase of one is worded differently in the other (not only more or less of the speech quoted) */
  rewords: boolean;
}

/** Compare two wordings of a remark; null when they share fewer than two words in order. */
export function compareWordings(x: string, y: string): WordingComparison | null {
  const a = wordsOf(spellOut(x, y));
  const b = wordsOf(spellOut(y, x));
  const pairs = align(a.list, b.list);
  if (pairs.length < 2) return null;
  const [first, last] = [pairs[0], pairs[pairs.length - 1]];
  const dense =
    pairs.length / (last[0] - first[0] + 1) >= WORDING.density &&
    pairs.length / (last[1] - first[1] + 1) >= WORDING.density &&
    inOrder(a.list, b.list, pairs.length);
  // a word of either side between shared words that the other lacks ("who lost his wife" / "and his wife", "a
  // tsunami is not expected" / "not deep enough so that we can expect tsunamis"): the wording differs; a particle
  // of a name ("al-Qaddafi" / "Gadhafi") does not count
  const inside = (list: Word[], side: 0 | 1) => {
    const matched = new Set(pairs.map((p) => p[side]));
    return list.some((w, i) => i > first[side] && i < last[side] && !matched.has(i) && (w.text.length > 2 || /\d/.test(w.text)));
  };
  let rewords = inside(a.list, 0) || inside(b.list, 1);
  // at an end, both going on without a sentence break: the phrase is worded differently; a sentence break on
  // either side is a quote of more of the speech (the sentence before or after)
  const endReworded = (ua: Word[], ub: Word[], ta: string, tb: string, prefix: boolean) => {
    if (!ua.length || !ub.length) return false;
    const [ea, eb] = prefix ? [ua[ua.length - 1], ub[ub.length - 1]] : [ua[0], ub[0]];
    const [aa, ab] = prefix ? [a.list[first[0]], b.list[first[1]]] : [a.list[last[0]], b.list[last[1]]];
    const sepA = prefix ? breaks(ta, ea.end, aa.start) : breaks(ta, aa.end, ea.start);
    const sepB = prefix ? breaks(tb, eb.end, ab.start) : breaks(tb, ab.end, eb.start);
    return !sepA && !sepB;
  };
  rewords ||=
    endReworded(a.list.slice(0, first[0]), b.list.slice(0, first[1]), a.prepared, b.prepared, true) ||
    endReworded(a.list.slice(last[0] + 1), b.list.slice(last[1] + 1), a.prepared, b.prepared, false);
  return { dense, rewords };
}
