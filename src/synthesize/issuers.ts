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
const VERBS = new Set(HEADLINE_ISSUER.verbs.map((v) => v.toUpperCase()));

/** An all-caps headline's words; null for a headline with a lower-case letter (no wire headline) or none. */
function headlineWords(title: string | null | undefined): string[] | null {
  if (!title || LOWER.test(title)) return null;
  const words = title.replace(TICKER, ' ').match(WORD);
  return words && words.length > 1 ? words : null;
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
