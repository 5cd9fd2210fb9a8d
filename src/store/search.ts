// The search column built in JavaScript from the backend's own parse of each piece of a text: `to_tsvector`'s
// default parser was ~83% of its cost (bench/HISTORY.md, ingest46), and a news text is mostly pieces met before.
// Outside a tag the parser never carries a token across white space, so a text's vector is its pieces' vectors
// one after another: each piece is parsed once by the backend (with white space on the sides it has in the
// text), and what it gave (its lexemes and how many positions it takes) is kept. A text the rule does not cover
// (a control character, a tag that could run on, a piece too long, too many positions) is left to `to_tsvector`
// (null here); the written vector is the same either way (test/store-search.test.ts, and every store test's
// `inconsistencies`).
import type { Sql } from './adapter.ts';
import type { ParsedCache } from './cache.ts';
import { TS_CONFIG } from './repo.ts';

/** What the backend made of one piece: positions it takes (tokens its configuration maps, stop words included),
 * and its lexemes with their positions within it. */
interface Piece {
  count: number;
  lexemes: Array<[string, number[]]>;
}

interface Pieces {
  /** null: a piece the backend's answer could not be split into (its texts are left to `to_tsvector`) */
  known: Map<string, Piece | null>;
}

/** Pieces kept per base before the store is emptied (a long run's vocabulary of pieces grows; ~100 bytes each). */
const MAX_PIECES = 300_000;
/** Control characters other than white space: the backend's answers are read back split by two of them. */
const UNCOVERED = /[\x00-\x08\x0e-\x1f]/;
/** The parser's ASCII white space (any locale's isspace): a run of it separates pieces. */
const SPACE = /[\t\n\v\f\r ]+/;
/** A tag's opening that could run past its `>` (a quoted attribute, a comment). */
const OPEN_TAG_RISK = /["'!]/;
/** Longer pieces are left to the backend (the parser skips a word of 2,047 bytes or more: 600 UTF-16 units are
 * at most 1,800 bytes). */
const MAX_PIECE = 600;
/** A vector's positions stop at 16,383 and a lexeme keeps 256 of them: texts near either are left to the backend. */
const MAX_POSITION = 16_000;
const MAX_REPEATS = 200;

const stores = new WeakMap<ParsedCache, Pieces>();

function piecesOf(cache: ParsedCache): Pieces {
  let p = stores.get(cache);
  if (!p) {
    p = { known: new Map() };
    stores.set(cache, p);
  }
  return p;
}

/** A text's pieces as the backend is asked them: white space before a piece that follows one, after a piece
 * that one follows (a run of it is one space to the parser); a tag's span (from a `<` to the next `>`) is one
 * piece. Null: the text is left to `to_tsvector`. */
export function piecesOfText(text: string): string[] | null {
  if (UNCOVERED.test(text)) return null;
  const words = text.split(SPACE);
  let first = 0;
  let last = words.length - 1;
  while (first <= last && words[first] === '') first++;
  while (last >= first && words[last] === '') last--;
  const out: string[] = [];
  const leading = first > 0;
  const trailing = last < words.length - 1;
  for (let i = first; i <= last; i++) {
    let piece = words[i];
    let end = i;
    // a tag's span: joined on to the word holding the `>` after its last `<` (none: the text is left to the backend)
    while (piece.lastIndexOf('<') > piece.lastIndexOf('>')) {
      end++;
      if (end > last) return null;
      piece = `${piece} ${words[end]}`;
    }
    if (piece.includes('<') && !closedTags(piece)) return null;
    if (piece.length > MAX_PIECE) return null;
    const before = i > first || leading ? ' ' : '';
    const after = end < last || trailing ? ' ' : '';
    out.push(`${before}${piece}${after}`);
    i = end;
  }
  return out;
}

/** Whether every `<` of a piece is followed by a `>` with no quote nor `!` between (a tag that cannot run past it). */
function closedTags(piece: string): boolean {
  for (let open = piece.indexOf('<'); open >= 0; open = piece.indexOf('<', open + 1)) {
    const close = piece.indexOf('>', open);
    if (close < 0 || OPEN_TAG_RISK.test(piece.slice(open, close))) return false;
  }
  return true;
}

/** A word after each piece asked (the i-th its own: no vowel, no "s" or "y", so the stemmer leaves it whole): its
 * position tells where the piece's positions end. */
const MARK_LETTERS = 'bcdfghjklmnpqrtvwxz';
function mark(i: number): string {
  let out = 'qzx';
  for (let n = i; ; n = Math.floor(n / MARK_LETTERS.length) - 1) {
    out += MARK_LETTERS[n % MARK_LETTERS.length];
    if (n < MARK_LETTERS.length) return out;
  }
}
/** Characters of pieces asked in one text: its positions stay far below 16,383 (a piece of n characters holds at most n tokens). */
const ASK_CHARACTERS = 6_000;

/** A tsvector's text form read back: lexemes and positions (no weights in what is read here). */
function readVector(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let i = 0;
  while (i < text.length) {
    // 'lexeme' (a quote and a backslash doubled), then :positions
    i++;
    let lexeme = '';
    for (;;) {
      const c = text[i];
      if (c === '\\' || (c === "'" && text[i + 1] === "'")) {
        lexeme += text[i + 1];
        i += 2;
      } else if (c === "'") {
        i++;
        break;
      } else {
        lexeme += c;
        i++;
      }
    }
    const positions: number[] = [];
    if (text[i] === ':') {
      i++;
      let n = 0;
      for (; i < text.length && text[i] !== ' '; i++) {
        const c = text.charCodeAt(i);
        if (c === 44) {
          positions.push(n);
          n = 0;
        } else n = n * 10 + c - 48;
      }
      positions.push(n);
    }
    out.set(lexeme, positions);
    i++;
  }
  return out;
}

/** The pieces of one call: a first piece of its text only first, a last one only last (their sides as in the text). */
function askGroups(unknown: string[]): string[][] {
  const groups: string[][] = [];
  let open: string[] = [];
  let size = 0;
  for (const key of unknown) {
    const first = key[0] !== ' ';
    const last = key[key.length - 1] !== ' ';
    if (first || last) {
      groups.push([key]);
      continue;
    }
    if (size + key.length > ASK_CHARACTERS) {
      groups.push(open);
      open = [];
      size = 0;
    }
    open.push(key);
    size += key.length + 8;
  }
  if (open.length) groups.push(open);
  return groups;
}

/** Ask the backend for the pieces not met yet, a group of them a `to_tsvector` call: each piece but a text's last
 * followed by its mark, whose position ends the piece's (a group whose marks do not come back once each is asked
 * again a piece a call). */
async function learn(tx: Sql, store: Pieces, wanted: Set<string>): Promise<void> {
  const unknown = [...wanted].filter((w) => !store.known.has(w));
  if (!unknown.length) return;
  if (store.known.size + unknown.length > MAX_PIECES) store.known.clear();
  let groups = askGroups(unknown);
  while (groups.length) {
    const texts = groups.map((g) => g.map((key, i) => (key[key.length - 1] === ' ' ? `${key}${mark(i)}` : key)).join(''));
    const rows = await tx.query<{ v: string }>(
      `SELECT to_tsvector('${TS_CONFIG}', t)::text AS v FROM unnest($1::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n`,
      [texts],
    );
    const again: string[][] = [];
    groups.forEach((group, g) => {
      if (split(store, group, readVector(rows[g].v))) return;
      if (group.length > 1) again.push(...group.map((key) => [key]));
      else store.known.set(group[0], null);
    });
    groups = again;
  }
}

/** A group's vector split at its marks into its pieces (false: a mark not found once and after the one before, a
 * position past the last mark, or a lexeme near the 256 positions a vector keeps). */
function split(store: Pieces, group: string[], vector: Map<string, number[]>): boolean {
  const ends: number[] = [];
  for (let i = 0; i < group.length; i++) {
    const key = group[i];
    if (key[key.length - 1] !== ' ') break;
    const at = vector.get(mark(i))?.[0];
    if (at === undefined || vector.get(mark(i))!.length !== 1 || at <= (ends.length ? ends[ends.length - 1] : 0)) return false;
    ends.push(at);
    vector.delete(mark(i));
  }
  const pieces: Piece[] = group.map(() => ({ count: 0, lexemes: [] }));
  for (const [lexeme, positions] of vector) {
    if (positions.length >= MAX_REPEATS) return false;
    const by = new Map<number, number[]>();
    for (const p of positions) {
      let i = 0;
      while (i < ends.length && p > ends[i]) i++;
      if (i === pieces.length) return false;
      const from = i === 0 ? 0 : ends[i - 1];
      let list = by.get(i);
      if (!list) by.set(i, (list = []));
      list.push(p - from);
    }
    for (const [i, list] of by) pieces[i].lexemes.push([lexeme, list]);
  }
  for (let i = 0; i < ends.length; i++) pieces[i].count = ends[i] - (i === 0 ? 0 : ends[i - 1]) - 1;
  group.forEach((key, i) => store.known.set(key, pieces[i]));
  return true;
}

/** A lexeme's positions as a literal writes them ("3A,9A"), and how many. */
interface Entry {
  text: string;
  n: number;
}

/** Add one text's positions (shifted by `shift`, weighted `weight`) to a literal's entries; its highest position
 * written, or null when past the limits. */
function addText(entries: Map<string, Entry>, store: Pieces, pieces: string[], shift: number, weight: string): number | null {
  let offset = shift;
  let top = shift;
  for (const key of pieces) {
    const piece = store.known.get(key);
    if (!piece) return null;
    for (const [lexeme, positions] of piece.lexemes) {
      let entry = entries.get(lexeme);
      if (!entry) entries.set(lexeme, (entry = { text: '', n: 0 }));
      for (const p of positions) entry.text += entry.n++ ? `,${offset + p}${weight}` : `${offset + p}${weight}`;
      if (entry.n > MAX_REPEATS) return null;
      const last = offset + positions[positions.length - 1];
      if (last > top) top = last;
    }
    offset += piece.count;
    if (offset > MAX_POSITION) return null;
  }
  return top;
}

/** A lexeme as a tsvector literal writes it. */
const quoted = (lexeme: string) => `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;

/**
 * The search vectors of (title, body) pairs as tsvector literals, each equal to `searchVector` of the pair (the
 * title's lexemes weighted A, the body's B and placed after the title's last position); null for a pair left to
 * `to_tsvector`.
 */
export async function searchLiterals(tx: Sql, cache: ParsedCache, pairs: Array<[string, string]>): Promise<Array<string | null>> {
  const store = piecesOf(cache);
  const split = pairs.map(([title, body]) => {
    const t = piecesOfText(title ?? '');
    const b = t && piecesOfText(body ?? '');
    return t && b ? [t, b] : null;
  });
  const wanted = new Set<string>();
  for (const s of split) if (s) for (const part of s) for (const key of part) wanted.add(key);
  await learn(tx, store, wanted);
  return split.map((s) => {
    if (!s) return null;
    const entries = new Map<string, Entry>();
    const top = addText(entries, store, s[0], 0, 'A');
    if (top === null || addText(entries, store, s[1], top, 'B') === null) return null;
    let out = '';
    for (const [lexeme, entry] of entries) out += `${out ? ' ' : ''}${quoted(lexeme)}:${entry.text}`;
    return out;
  });
}
