// Rule matches: a line that is page chrome by its words (phrase table) or its shape (pattern table),
// an image description, a byline, an agency credit or a tag list. First match wins; order is data order.
import { PHRASE_GROUPS, type PhraseGroup } from './chrome-phrases.ts';
import { CHROME_PATTERNS } from './chrome-patterns.ts';
import { isAltText } from './alt-text.ts';
import { agencyName } from './outlets.ts';
import { wordsOf } from './shape.ts';
import { REASON, type Reason } from './reasons.ts';

export interface RuleMatch {
  reason: Reason;
  strong: boolean;
  /** names a byline rule found */
  names?: string[];
}

/** whitespace that squeezing changes: a run of two, or any but a plain space */
const IRREGULAR_SPACE = /\s\s|[^\S ]/;

/** Lower case, typographic apostrophes folded, bullets/emoji in front and arrows/colons behind removed. */
export function phraseKey(text: string): string {
  const key = text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/^[^\p{L}\p{N}(]+/u, '')
    .replace(/[\s:|›»→>…+\-–—.!]+$/u, '');
  // the lines come with single spaces (rawLines): most have no run to squeeze, and no copy is made
  return IRREGULAR_SPACE.test(key) ? key.replace(/\s+/g, ' ') : key;
}

const EXACT = new Map<string, PhraseGroup>();
const PREFIX = new Map<string, PhraseGroup>();
/** prefixes written with a colon in the table ("related:") only count when the line has the colon */
const PREFIX_COLON = new Set<string>();
/** first words of the prefixes: most lines need no prefix look-up at all */
const PREFIX_FIRST = new Set<string>();
/** `contains` phrases by their first word: a line is scanned word by word, not phrase by phrase */
const CONTAINED = new Map<string, Array<{ words: string[]; group: PhraseGroup }>>();
const lowerWords = (text: string) => wordsOf(text).map((w) => w.toLowerCase().replace(/[.'’]+$/, ''));
for (const group of PHRASE_GROUPS) {
  for (const l of group.lines ?? []) if (!EXACT.has(l)) EXACT.set(l, group);
  for (const p of group.prefixes ?? []) {
    const key = phraseKey(p);
    PREFIX.set(key, group);
    if (p.endsWith(':')) PREFIX_COLON.add(key);
    PREFIX_FIRST.add(key.split(' ')[0]);
  }
  for (const c of group.contains ?? []) {
    const words = lowerWords(c);
    const list = CONTAINED.get(words[0]) ?? [];
    list.push({ words, group });
    CONTAINED.set(words[0], list);
  }
}
const CONTAINS_MAX_WORDS = Math.max(...PHRASE_GROUPS.map((g) => (g.contains?.length ? (g.maxWords ?? 30) : 0)));
const MAX_PREFIX_WORDS = 4;

/** Strip list bullets and leading punctuation that page layouts put before a line. */
export function stripBullet(text: string): string {
  return text.replace(/^[\s•·▪●◦*►▶■□–—-]+(?=\S)/u, '');
}

function phraseMatch(text: string, wordCount: number, lower: string[]): PhraseGroup | null {
  if (wordCount <= 20) {
    const key = phraseKey(text);
    const exact = EXACT.get(key);
    if (exact) return exact;
    // "Read more: <headline>", "More videos from TBS": a prefix followed by a colon or by a non-sentence
    // the first word alone decides for most lines: the key is split only when a prefix may start it
    const space = key.indexOf(' ');
    const first = space < 0 ? key : key.slice(0, space);
    if (!PREFIX_FIRST.has(first) && !PREFIX_FIRST.has(first.replace(/:$/, ''))) return containsMatch(lower);
    const parts = key.split(' ');
    const terminal = /[.!?]["'”’»]*$/.test(text);
    for (let k = Math.min(MAX_PREFIX_WORDS, parts.length - 1); k >= 1; k--) {
      const head = parts.slice(0, k).join(' ');
      const bare = head.replace(/:$/, '');
      const group = PREFIX.get(bare) ?? PREFIX.get(head);
      if (!group) continue;
      const after = key.slice(head.length).trimStart();
      if (PREFIX_COLON.has(bare) && !head.endsWith(':') && !after.startsWith(':')) continue;
      if (head.endsWith(':') || /^[:|\-–—]/.test(after) || !terminal) return group;
    }
  }
  return containsMatch(lower);
}

/** reported speech: notices, promos and image descriptions do not report what someone said */
const REPORTING_WORDS = new Set(['said', 'says', 'told', 'according']);
const reports = (lower: string[]) => lower.some((w) => REPORTING_WORDS.has(w));

function containsMatch(lower: string[]): PhraseGroup | null {
  const n = lower.length;
  if (n > CONTAINS_MAX_WORDS || (n > 8 && reports(lower))) return null;
  for (let k = 0; k < n; k++) {
    const candidates = CONTAINED.get(lower[k]);
    if (!candidates) continue;
    for (const { words, group } of candidates) {
      if (n > (group.maxWords ?? 30) || k + words.length > n) continue;
      let j = 1;
      while (j < words.length && lower[k + j] === words[j]) j++;
      if (j === words.length) return group;
    }
  }
  return null;
}

const NAME_TOKEN = String.raw`(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.)`;
const NAME = String.raw`${NAME_TOKEN}(?:\s+(?:(?:van|von|de|da|del|der|di|le|la|al|bin|ibn)\s+)?${NAME_TOKEN}){0,3}`;
const NAMES = String.raw`(${NAME}(?:\s*(?:,|and|und|et|y|e|и|&)\s*${NAME}){0,4})`;
/** "By Jane Doe", "Von Max Muster", "Par Jean Dupont", "Автор: Иван Иванов" */
const BY_PREFIX = /^(?:by|written by|words by|von|par|por|di|door|av|от|автор|авторы|text|texte|texto|author|authors)\s*:?\s+/iu;
/** the names after the prefix: no `i` flag, so that \p{Lu} keeps meaning a capital */
const BY_NAMES = new RegExp(String.raw`^${NAMES}(?:\s*[,|]\s*(?:${NAME}))?$`, 'u');
/** "D. Marjanovich (D. Marjanovich)": an author name with its original spelling in brackets (translation sites) */
const NAME_PAIR = new RegExp(String.raw`^(${NAME})\s*\((${NAME})\)$`, 'u');

/** Commas and "and"; "и" between lookarounds, as \b knows only ASCII word characters (it never fits around "и"). */
const NAME_SEPARATOR = /\s*(?:,|\band\b|\bund\b|\bet\b|\by\b|\be\b|(?<![\p{L}\p{N}_])и(?![\p{L}\p{N}_])|&)\s*/u;

/** Names in a byline string: split on commas and "and". */
export function splitNames(s: string): string[] {
  return s
    .split(NAME_SEPARATOR)
    .map((n) => n.trim())
    .filter((n) => n.length > 1);
}

/** A byline or agency credit line, with the names it gives. */
export function bylineMatch(text: string, wordCount: number): RuleMatch | null {
  if (wordCount > 12) return null;
  const plain = text.replace(/^[(\-–—\s]+|[)\-–—\s]+$/g, '');
  const agency = agencyName(plain);
  if (agency) return { reason: REASON.byline, strong: false, names: [agency] };
  const prefix = BY_PREFIX.exec(plain);
  const by = prefix ? BY_NAMES.exec(plain.slice(prefix[0].length)) : null;
  if (by) return { reason: REASON.byline, strong: true, names: splitNames(by[1]) };
  const pair = NAME_PAIR.exec(text);
  if (pair) return { reason: REASON.byline, strong: false, names: [pair[1].trim()] };
  return null;
}

/** "Russia-Belarus / Russia-Belarus military drill / Vladimir Putin": short labels joined by separators. */
const SEPARATOR = /\s[/|·•]\s|#\p{L}/u;
const SEPARATOR_SPLIT = /\s+[/|·•]\s+|\s*#(?=\p{L})/u;

function isTagList(text: string, terminal: boolean): boolean {
  if (terminal || !SEPARATOR.test(text)) return false;
  const parts = text.split(SEPARATOR_SPLIT).filter((p) => p.trim());
  if (parts.length < 3) return false;
  return parts.every((p) => p.split(/\s+/).length <= 6);
}

/**
 * The chrome rule a line matches, or null. `strongOnly` keeps to the rules safe on clean article text
 * (records). `words` are the line's word tokens.
 */
export function matchRule(text: string, words: string[], terminal: boolean, strongOnly: boolean, lower?: string[]): RuleMatch | null {
  const line = stripBullet(text);
  const n = words.length;
  const lw = lower ?? words.map((w) => w.toLowerCase().replace(/[.'’]+$/, ''));
  const group = phraseMatch(line, n, lw);
  if (group && (group.strong || !strongOnly)) return { reason: group.reason, strong: group.strong };
  for (const p of CHROME_PATTERNS) {
    if (strongOnly && !p.strong) continue;
    if (p.maxWords !== undefined && n > p.maxWords) continue;
    if (p.digit && !/\d/.test(line)) continue;
    if (p.end && !p.end.includes(line[line.length - 1])) continue;
    if (p.re.test(p.tail && line.length > p.tail ? line.slice(-p.tail) : line)) return { reason: p.reason, strong: p.strong };
  }
  const byline = bylineMatch(line, n);
  if (byline && (byline.strong || !strongOnly)) return byline;
  if (strongOnly) return null;
  if (isTagList(line, terminal)) return { reason: REASON.tags, strong: false };
  if (!reports(lw) && isAltText(line, words, lw)) return { reason: REASON.altText, strong: false };
  return null;
}
