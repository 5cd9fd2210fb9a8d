// Whose notice a wire article is, from its all-caps headline: "DIAMOND SHAMROCK RAISES CRUDE POSTED PRICES ..."
// and "MARATHON RAISES CRUDE POSTED PRICES ...", "CAECL ISSUES 12 BILLION YEN EUROBOND" and "MATSUSHITA ELECTRIC
// TRADING ISSUES WARRANT BOND" are two issuers' notices of one kind. Their sentences may be alike ("The payment
// date is March 31." / "... March 30 ..."), and enrichment types no name in all-caps text, nor in every lead
// ("Caisse d'Aide a l'Equipement des Collectives Locales (CAECL) is issuing ..."): the headline says whose it is.
import { HEADLINE_ISSUER } from './lexicon.ts';

/** a ticker after a name ("BANNER <BNR> COMPLETES ..."): no word of the headline */
const TICKER = /<[^>]*>/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.&'-]*/gu;
const LOWER = /\p{Ll}/u;
const POSSESSIVE = /['\u2019]S$/;
const VERBS = new Set(HEADLINE_ISSUER.verbs.map((v) => v.toUpperCase()));

/** An all-caps headline's words; null for a headline with a lower-case letter (no wire headline) or none. */
function headlineWords(title: string | null | undefined): string[] | null {
  if (!title || LOWER.test(title)) return null;
  const words = title.replace(TICKER, ' ').match(WORD);
  return words && words.length > 1 ? words : null;
}

/** An issuer as its wire headline names it, and the words its own article writes (upper-cased). */
export interface HeadlineIssuer {
  /** the headline's words before its first verb of a notice, joiners left out ("DIAMOND SHAMROCK") */
  opening: string[];
  /** every word of the article's sentences, upper-cased ("Continental Airlines Inc, a unit of Texas Air Corp, ...") */
  words: ReadonlySet<string>;
}

const JOINERS = new Set(HEADLINE_ISSUER.joiners.map((w) => w.toUpperCase()));

/**
 * Whose notice an article is: the words its all-caps headline opens with before its first verb of a notice
 * (HEADLINE_ISSUER.verbs) among its first `maxWords + 1` words ("DIAMOND SHAMROCK" of "DIAMOND SHAMROCK RAISES
 * ..."), with the words of its sentences. Null for a headline of another shape or a mixed-case title.
 */
export function headlineIssuer(title: string | null | undefined, sentences: readonly string[]): HeadlineIssuer | null {
  const words = headlineWords(title);
  if (!words) return null;
  for (let i = 1; i < words.length && i <= HEADLINE_ISSUER.maxWords; i++) {
    if (!VERBS.has(words[i])) continue;
    const opening = words.slice(0, i).filter((w) => !JOINERS.has(w));
    if (!opening.length) return null;
    const written = new Set<string>();
    // a possessive writes the name too ("USX's subsidiary, Marathon oil")
    for (const s of sentences) for (const w of s.toUpperCase().match(WORD) ?? []) written.add(w.replace(POSSESSIVE, ''));
    return { opening, words: written };
  }
  return null;
}

/**
 * Are two articles two issuers' notices: their headlines' issuers share no word, and neither article writes a word
 * of the other's issuer ("TEXAS AIR CORP <TEX> UNIT FILES ..." and "CONTINENTAL AIRLINES FILES ...", both opening
 * "Continental Airlines Inc, a unit of Texas Air Corp, said ...", are one; GTE's notice that tells of Daiwa's
 * Rockwell notes is not apart from Rockwell's)? False when either has none.
 */
export function apartIssuers(a: HeadlineIssuer | null, b: HeadlineIssuer | null): boolean {
  if (!a || !b) return false;
  return !a.opening.some((w) => b.opening.includes(w) || b.words.has(w)) && !b.opening.some((w) => a.words.has(w));
}

/**
 * Do two all-caps headlines open with different issuers: each opens with at most `maxWords` words, then the same
 * verb of a notice follows in both (HEADLINE_ISSUER.verbs: "RAISES", "ISSUES"), and neither opening's words are all
 * in the other ("BRITISH LAND ISSUES ..." / "LAND SECURITIES ISSUES ..." are two; "USX UNIT" / "USX" one)?
 * Headlines of one issuer ("BANNER <BNR> COMPLETES TENDER ..." / "BANNER <BNR> TO ACCEPT ..."), of other shapes, or
 * joined by another word ("OPPOSITION TO PROPOSED SALES TAX ..." / "NAKASONE DEFENDS SALES TAX ...") are not.
 */
export function otherIssuers(a: string | null | undefined, b: string | null | undefined): boolean {
  const [wa, wb] = [headlineWords(a), headlineWords(b)];
  if (!wa || !wb) return false;
  for (let i = 1; i < wa.length && i <= HEADLINE_ISSUER.maxWords; i++) {
    if (!VERBS.has(wa[i])) continue;
    const j = wb.indexOf(wa[i]);
    if (j < 1 || j > HEADLINE_ISSUER.maxWords) continue;
    const [oa, ob] = [new Set(wa.slice(0, i)), new Set(wb.slice(0, j))];
    return ![...oa].every((w) => ob.has(w)) && ![...ob].every((w) => oa.has(w));
  }
  return false;
}

/** each recurring notice's phrases as word lists */
const RECURRING = HEADLINE_ISSUER.recurring.map((kind) => kind.map((p) => p.split(' ')));
const hasPhrase = (words: string[], phrase: string[]) => words.some((_, i) => phrase.every((p, k) => words[i + k] === p));

/**
 * Are two all-caps headlines two notices of one recurring kind (HEADLINE_ISSUER.recurring: "HUGHES' U.S. RIG COUNT
 * FALLS BY 35 TO 766" / "... RISES TO 784", "U.K. MONEY MARKET GIVEN EARLY ASSISTANCE" / "... FURTHER 442 MLN STG
 * HELP", "CCC ACCEPTS BID FOR DAIRY CATTLE TO KUWAIT" / "CCC ACCEPTS EXPORT BONUS FOR CATTLE TO EGYPT")? One
 * headline twice is one notice sent again, not two.
 */
export function otherNotices(a: string | null | undefined, b: string | null | undefined): boolean {
  const [wa, wb] = [headlineWords(a), headlineWords(b)];
  if (!wa || !wb || wa.join(' ') === wb.join(' ')) return false;
  return RECURRING.some((kind) => kind.some((p) => hasPhrase(wa, p)) && kind.some((p) => hasPhrase(wb, p)));
}

/** Two issuers' notices or two notices of a recurring kind: their figures and days are each their own. */
export const twoNotices = (a: string | null | undefined, b: string | null | undefined) => otherIssuers(a, b) || otherNotices(a, b);
