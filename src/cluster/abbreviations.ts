// Abbreviated place words and the word they stand for ("Mt Cook" / "Mount Cook", "Ft Worth" / "Fort Worth", "Church
// Ave." / "Church Avenue"). The full words are the kind of a place, not which one: features.ts reads neither form
// as a name key, so "Mt Cook" and "Mount Cook" are both "Cook", and two shootings on different streets no longer
// share "Street". A prefix stands before the name it belongs to, a suffix after it ("Avenue Montaigne" / "Montaigne
// Ave."); "St" is both ("St Louis" is Saint, "Main St" is Street), told apart by which side the name is on. Only a
// word written with a capital and lower-case letters counts ("MT" is metric tonnes in a wire's table, "FT" a
// newspaper), and only next to a capitalised word on its side. Titles before a person's name ("Gov.", "Sen.") are
// left as written: read in full they only add a generic key two events share ("Qeshm Governor Mehdi Irannejad" in
// 2008, "Qeshm Gov. Heidar Alishvandi" in 2005 tipped ECB+ 20_1 into 20_2 in input order). "Saint" is read from
// "St" but stays a key: it is a name's own first word, as "San" is ("St. Louis", "Saint Joseph's").

/** Abbreviations that open a name -> the full word, folded. */
export const PREFIX_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['mt', 'mount'],
  ['mts', 'mountains'],
  ['ft', 'fort'],
  ['pt', 'point'],
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['lk', 'lake'],
  ['pk', 'park'],
]);

/** Abbreviations that close a name (streets and features after their own name) -> the full word, folded. */
export const SUFFIX_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['st', 'street'],
  ['ave', 'avenue'],
  ['av', 'avenue'],
  ['blvd', 'boulevard'],
  ['rd', 'road'],
  ['hwy', 'highway'],
  ['pkwy', 'parkway'],
  ['sq', 'square'],
  ['ln', 'lane'],
  ['mtn', 'mountain'],
  ['mts', 'mountains'],
]);

/** "Mt", "Mt.", "Ave": a capital, one to three lower-case letters, an optional full stop (ASCII: the tables are). */
function abbreviationForm(word: string): boolean {
  const n = word.charCodeAt(word.length - 1) === 46 ? word.length - 1 : word.length;
  if (n < 2 || n > 4) return false;
  const c = word.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < n; i++) {
    const l = word.charCodeAt(i);
    if (l < 97 || l > 122) return false;
  }
  return true;
}

/**
 * The name key `key` (of `word`) stands for: the full word when `word` is an abbreviation of the tables written
 * beside a capitalised word on its side (`before` the name it opens, `after` the one it closes), else `key`.
 */
export function fullNameKey(key: string, word: string, nameBefore: boolean, nameAfter: boolean): string {
  if (!nameBefore && !nameAfter) return key;
  const prefix = nameAfter ? PREFIX_ABBREVIATIONS.get(key) : undefined;
  const suffix = nameBefore ? SUFFIX_ABBREVIATIONS.get(key) : undefined;
  if ((prefix === undefined && suffix === undefined) || !abbreviationForm(word)) return key;
  // "St" between two names ("Main St Louis" is rare; "Fort St John"): the name after it is the one it opens
  return prefix ?? (suffix as string);
}

/**
 * Words of PREFIX_ABBREVIATIONS that open a name as its own first word, as "San" and "Santa" do ("St. Louis", "Saint
 * Joseph's", "Sainte-Foy"): a name key still, though "St" is read as the word.
 */
const NAME_OPENERS: ReadonlySet<string> = new Set(['saint', 'sainte']);

/** The full words: the kind of a place, not which ("Mount Cook" is told by "Cook"), so no name key of their own. */
export const PLACE_HEADS: ReadonlySet<string> = new Set(
  [...PREFIX_ABBREVIATIONS.values(), ...SUFFIX_ABBREVIATIONS.values()].filter((w) => !NAME_OPENERS.has(w)),
);
