// Whose notice a wire article is, from its all-caps headline: "DIAMOND SHAMROCK RAISES CRUDE POSTED PRICES ..."
// and "MARATHON RAISES CRUDE POSTED PRICES ...", "CAECL ISSUES 12 BILLION YEN EUROBOND" and "MATSUSHITA ELECTRIC
// TRADING ISSUES WARRANT BOND" are two issuers' notices of one kind. Their sentences may be alike ("The payment
// date is March 31." / "... March 30 ..."), and enrichment types no name in all-caps text, nor in every lead
// ("Caisse d'Aide a l'Equipement des Collectives Locales (CAECL) is issuing ..."): the headline says whose it is.
// One reading for both readers: the aligner links no sentence of two issuers' notices, the discrepancies compare no
// figure or day of two notices.
import { HEADLINE_ISSUER } from './lexicon.ts';
import { NUMBER_WORDS } from '../common/numbers.ts';

/** a ticker after a name ("BANNER <BNR> COMPLETES ..."): no word of the headline */
const TICKER = /<[^>]*>/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.&'-]*/gu;
const LOWER = /\p{Ll}/u;
const POSSESSIVE = /['\u2019]S$/;
const VERBS = new Set(HEADLINE_ISSUER.verbs.map((v) => v.toUpperCase()));
const BEFORE_AMOUNT = new Set(HEADLINE_ISSUER.beforeAmount.map((v) => v.toUpperCase()));

/** An all-caps headline's words; null for a headline with a lower-case letter (no wire headline) or none. */
function headlineWords(title: string | null | undefined): string[] | null {
  if (!title || LOWER.test(title)) return null;
  const words = title.replace(TICKER, ' ').match(WORD);
  return words && words.length > 1 ? words : null;
}

/** the words of a title's all-caps opening: up to the word holding its first lower-case letter */
const LOWER_WORD = /\S*\p{Ll}[\s\S]*$/u;

/**
 * The all-caps opening of a mixed-case title, as its headline for the editions test only: a price table's title runs
 * on into its table ("BANGKOK RICE 1 - APRIL 7 Offered prices ...", "HONG KONG GOLD CLSG - APR 7 local mkt ...");
 * null when the opening is shorter than HEADLINE_ISSUER.editions.openingWords.
 */
function openingWords(title: string | null | undefined): string[] | null {
  if (!title || !LOWER.test(title)) return null;
  const words = title.replace(LOWER_WORD, '').replace(TICKER, ' ').match(WORD);
  return words && words.length >= HEADLINE_ISSUER.editions.openingWords ? words : null;
}

/** A wire article's all-caps headline, whose notice it is, and the words its own article writes. */
export interface WireHeadline {
  /** the headline's words, tickers left out */
  words: string[];
  /** its issuer, joiners left out ("DIAMOND SHAMROCK" of "DIAMOND SHAMROCK RAISES ...", "MITSUBISHI" of "COUPON ON
   * MITSUBISHI WARRANT BOND CUT"); null for a headline of another shape */
  issuer: string[] | null;
  /** the issuer as its own article names it: with the name's next word where the article writes one after the
   * issuer's last word ("MITSUBISHI ESTATE" of "... for Mitsubishi Estate Co Ltd has been cut ..."), joiners left out */
  named: string[];
  /** the issuer's tickers in the headline ("TWA" of "TRANS WORLD AIRLINES <TWA> FILES ON USAIR <U>") */
  tickers: string[];
  /** the words of the article's first sentence, upper-cased, possessives as their names ("Continental Airlines Inc, a
   * unit of Texas Air Corp, said ..."); empty without an issuer */
  lead: ReadonlySet<string>;
  /** every word of the article's sentences, as `lead` */
  written: ReadonlySet<string>;
  /** the article's day of publication ("1987-04-07"), null when it has none */
  day: string | null;
  /** the words are a mixed-case title's all-caps opening (openingWords): read by the editions test only */
  opening?: true;
}

const JOINERS = new Set(HEADLINE_ISSUER.joiners.map((w) => w.toUpperCase()));
const NOTICES = new Set(HEADLINE_ISSUER.notices.map((w) => w.toUpperCase()));
const DONE = new Set(HEADLINE_ISSUER.done.map((w) => w.toUpperCase()));
const NO_WORDS: ReadonlySet<string> = new Set();

const DIGIT = /^\p{N}/u;
/** a count before a verb's form makes it a noun ("FRENCH BOND COMMITTEE APPROVES THREE ISSUES"); not "zero" or "one"
 * ("CANADA ZERO ISSUES ...") */
const isCount = (w: string) => DIGIT.test(w) || (NUMBER_WORDS.get(w.toLowerCase()) ?? 0) > 1;

/** where a headline's issuer is among its words: from, and the first word past it */
type Span = [number, number];

/** The words before a headline's first verb of a notice among its first `maxWords + 1` ("DIAMOND SHAMROCK RAISES"), a verb
 * of `beforeAmount` only with a figure after it ("MITSUBISHI BANK PLANS 300 MLN ..."). */
function beforeVerb(words: string[]): Span | null {
  for (let i = 1; i < words.length && i <= HEADLINE_ISSUER.maxWords; i++)
    if (VERBS.has(words[i]) && !isCount(words[i - 1]) && (!BEFORE_AMOUNT.has(words[i]) || DIGIT.test(words[i + 1] ?? ''))) return [0, i];
  return null;
}

/**
 * A notice told with its verb as done ("COUPON ON MITSUBISHI WARRANT BOND CUT", "MFS MANAGED SECTORS TRUST DIVIDEND
 * INCREASED"): the words before the first word of the notice (HEADLINE_ISSUER.notices), after a leading "COUPON ON" /
 * "COUPON REDUCED ON"; a verb of HEADLINE_ISSUER.done follows the notice's word or comes before "ON".
 */
function beforeNotice(words: string[]): Span | null {
  let from = 0;
  if (NOTICES.has(words[0])) {
    const on = words.indexOf('ON');
    if (on < 1 || on > HEADLINE_ISSUER.onWithin) return null;
    from = on + 1;
  }
  let end = from;
  while (end < words.length && !NOTICES.has(words[end])) end++;
  if (end === from || end - from > HEADLINE_ISSUER.maxWords || end === words.length) return null;
  // the verb as done: after the notice's word, or before "ON" ("COUPON REDUCED ON ...")
  return words.some((w, i) => DONE.has(w) && (i < from || i > end)) ? [from, end] : null;
}

/**
 * Whose notice an article is, by its all-caps headline, with the words its sentences write; null for a mixed-case
 * title or none. The issuer: the words before the headline's first verb of a notice (HEADLINE_ISSUER.verbs), or
 * before the word of a notice its verb comes after (`beforeNotice`), joiners left out.
 */
export function wireHeadline(title: string | null | undefined, sentences: readonly string[], published?: string | null): WireHeadline | null {
  const words = headlineWords(title);
  const day = published ? published.slice(0, 10) : null;
  if (!words) {
    const opening = openingWords(title);
    return opening && { words: opening, issuer: null, named: [], tickers: [], lead: NO_WORDS, written: NO_WORDS, day, opening: true };
  }
  const span = beforeVerb(words) ?? beforeNotice(words);
  const opening =
    span &&
    words
      .slice(span[0], span[1])
      .map((w) => w.replace(POSSESSIVE, ''))
      .filter((w) => !JOINERS.has(w));
  if (!span || !opening?.length) return { words, issuer: null, named: [], tickers: [], lead: NO_WORDS, written: NO_WORDS, day };
  return {
    words,
    issuer: opening,
    named: [...opening, ...nameGoesOn(opening[opening.length - 1], sentences)],
    tickers: tickersIn(title!, span),
    lead: wordsOf(sentences[0] ?? ''),
    written: wordsOf(sentences.join(' ')),
    day,
  };
}

const WORD_OR_TICKER = /<([^>]*)>|[\p{L}\p{N}][\p{L}\p{N}.&'-]*/gu;

/** The tickers a headline gives its issuer: among or right after the issuer's words ("TRANS WORLD AIRLINES <TWA> FILES
 * ...": TWA), not those of a company named later ("PIEDMONT <PIE> AGREES TO USAIR <U> BUYOUT": PIE only). */
function tickersIn(title: string, [from, end]: Span): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of title.matchAll(WORD_OR_TICKER)) {
    if (m[1] === undefined) at++;
    else if (at > from && at <= end) out.push(m[1].trim());
    if (at > end) break;
  }
  return out;
}

/** A sentence's words, upper-cased; a possessive writes the name too ("USX's subsidiary, Marathon oil"). */
function wordsOf(sentence: string): Set<string> {
  return new Set((sentence.toUpperCase().match(WORD) ?? []).map((w) => w.replace(POSSESSIVE, '')));
}

const CAPITAL = /^\p{Lu}/u;

/** The capitalised word after `last` where the article first writes it, unless a joiner ("Estate" of "Mitsubishi
 * Estate Co Ltd"; none of "Rockwell International Corp" or "USX Corp"). */
function nameGoesOn(last: string, sentences: readonly string[]): string[] {
  for (const s of sentences) {
    const words = s.match(WORD) ?? [];
    const i = words.findIndex((w) => w.toUpperCase().replace(POSSESSIVE, '') === last);
    if (i < 0) continue;
    const next = words[i + 1];
    return next && CAPITAL.test(next) && !JOINERS.has(next.toUpperCase()) && !POSSESSIVE.test(words[i].toUpperCase())
      ? [next.toUpperCase().replace(POSSESSIVE, '')]
      : [];
  }
  return [];
}

const allIn = (words: readonly string[], set: { has(w: string): boolean }) => words.every((w) => set.has(w));

/**
 * Are two articles two issuers' notices: neither headline's issuer has all its words in the other's ("BRITISH LAND
 * ISSUES ..." / "LAND SECURITIES ISSUES ..." are two, "K MART CORP RAISES ..." / "K MART <KM> RAISES ..." one), and
 * neither article's first sentence names the other's issuer as that one's article names it ("TEXAS AIR CORP <TEX>
 * UNIT FILES ..." and "CONTINENTAL AIRLINES FILES ...", both opening "Continental Airlines Inc, a unit of Texas Air
 * Corp, said ...", are one), nor do they give one ticker? The two verbs need not be the same ("DIAMOND SHAMROCK RAISES" / "SHELL CANADA CUTS").
 * False when either has no issuer.
 */
export function apartIssuers(a: WireHeadline | null, b: WireHeadline | null): boolean {
  if (!a?.issuer || !b?.issuer) return false;
  const [ia, ib] = [a.issuer, b.issuer];
  // one ticker is one company ("TWA FILES ..." / "TRANS WORLD AIRLINES <TWA> FILES ...")
  const ticker = (x: WireHeadline, y: WireHeadline) => x.tickers.some((t) => y.tickers.includes(t) || y.issuer!.includes(t));
  if (ticker(a, b) || ticker(b, a)) return false;
  return !allIn(ia, new Set(ib)) && !allIn(ib, new Set(ia)) && !allIn(a.named, b.lead) && !allIn(b.named, a.lead);
}

/**
 * Are two articles two issuers' notices that state nothing alike: apart (`apartIssuers`), and neither article names the
 * other's issuer anywhere? An article that tells of the other's deal may state what that one's notice does (GTE's
 * "Daiwa ... ran the books for ... notes of Rockwell International Corp" beside Rockwell's own; the background both
 * give of Nomura and UBS; Phillips' "follows similar moves by USX's subsidiary"); CAECL's "lead manager Mitsubishi
 * Trust" is not the "Mitsubishi Estate" of "COUPON ON MITSUBISHI WARRANT BOND CUT". The aligner links no sentence of
 * two such articles.
 */
export function twoIssuers(a: WireHeadline | null, b: WireHeadline | null): boolean {
  return apartIssuers(a, b) && !allIn(b!.named, a!.written) && !allIn(a!.named, b!.written);
}

/**
 * Do two sentences of two articles state each its own issuer's terms: the articles are two issuers' notices
 * (`apartIssuers`) and neither sentence names the other's issuer? Where one article tells of the other's deal, its own
 * terms are still its own: GTE's "Non-refundable for 10 years" is no figure of Rockwell's "Non-callable for seven years".
 */
export function ownTerms(a: WireHeadline | null, b: WireHeadline | null, sentenceA: string, sentenceB: string): boolean {
  return apartIssuers(a, b) && !allIn(b!.named, wordsOf(sentenceA)) && !allIn(a!.named, wordsOf(sentenceB));
}

/** each recurring notice's phrases as word lists */
const RECURRING = HEADLINE_ISSUER.recurring.map((kind) => kind.map((p) => p.split(' ')));
const hasPhrase = (words: string[], phrase: string[]) => words.some((_, i) => phrase.every((p, k) => words[i + k] === p));

/**
 * Are two all-caps headlines two notices of one recurring kind (HEADLINE_ISSUER.recurring: "HUGHES' U.S. RIG COUNT
 * FALLS BY 35 TO 766" / "... RISES TO 784", "U.K. MONEY MARKET GIVEN EARLY ASSISTANCE" / "... FURTHER 442 MLN STG
 * HELP", "CCC ACCEPTS BID FOR DAIRY CATTLE TO KUWAIT" / "CCC ACCEPTS EXPORT BONUS FOR CATTLE TO EGYPT"), or two
 * editions of one (`otherEditions`)? One headline twice is one notice sent again, not two -- unless sent on two days
 * ("CERTIFICATED COTTON STOCKS", "GRAIN SHIPS WAITING AT NEW ORLEANS" of April 1 / April 7: each day's own figures).
 */
export function otherNotices(a: WireHeadline | null, b: WireHeadline | null): boolean {
  if (!a || !b) return false;
  const [wa, wb] = [a.words, b.words];
  if (wa.join(' ') === wb.join(' ')) return a.day !== null && b.day !== null && a.day !== b.day;
  // a price table's opening is tested as an edition only
  if (a.opening || b.opening) return otherEditions(wa, wb);
  return (
    RECURRING.some((kind) => kind.some((p) => hasPhrase(wa, p)) && kind.some((p) => hasPhrase(wb, p))) ||
    otherEditions(wa, wb) ||
    otherResults(wa, wb) ||
    otherIssues(wa, wb)
  );
}

const PERIODS = new Set(HEADLINE_ISSUER.results.periods.map((w) => w.toUpperCase()));
const RESULTS = new Set(HEADLINE_ISSUER.results.ends.map((w) => w.toUpperCase()));

/** The company of a results notice's headline (HEADLINE_ISSUER.results), joiners left out; null for another headline. */
function resultsCompany(words: string[]): string[] | null {
  if (!RESULTS.has(words[words.length - 1])) return null;
  const at = words.findIndex((w) => PERIODS.has(w));
  if (at < 1) return null;
  const company = words
    .slice(0, at)
    .map((w) => w.replace(POSSESSIVE, ''))
    .filter((w) => !JOINERS.has(w));
  return company.length ? company : null;
}

/** Neither word list holds all the other's words. */
const apart = (a: string[], b: string[]) => !allIn(a, new Set(b)) && !allIn(b, new Set(a));

/** Are two headlines two companies' results notices? */
function otherResults(wa: string[], wb: string[]): boolean {
  const [ca, cb] = [resultsCompany(wa), resultsCompany(wb)];
  return ca !== null && cb !== null && apart(ca, cb);
}

const ISSUE_VERBS = new Set(HEADLINE_ISSUER.issues.verbs.map((w) => w.toUpperCase()));
const CORRECTED = new Set(HEADLINE_ISSUER.issues.corrected.map((w) => w.toUpperCase()));

/** Are two headlines issue notices (HEADLINE_ISSUER.issues) of other issuers or other issues, neither correcting? */
function otherIssues(wa: string[], wb: string[]): boolean {
  const [ia, ib] = [wa.findIndex((w) => ISSUE_VERBS.has(w)), wb.findIndex((w) => ISSUE_VERBS.has(w))];
  if (ia < 1 || ib < 1 || wa.some((w) => CORRECTED.has(w)) || wb.some((w) => CORRECTED.has(w))) return false;
  const issuer = (words: string[], at: number) => words.slice(0, at).filter((w) => !JOINERS.has(w));
  return apart(issuer(wa, ia), issuer(wb, ib)) || wa.slice(ia + 1).join(' ') !== wb.slice(ib + 1).join(' ');
}

const CHANGE = new Set(HEADLINE_ISSUER.editions.change.map((w) => w.toUpperCase()));
const MONTH_OF = new Map(HEADLINE_ISSUER.editions.months.flatMap((words, m) => words.map((w) => [w, m] as const)));
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;

const SOURCES = new Set(HEADLINE_ISSUER.editions.sources.map((w) => w.toUpperCase()));

/** A headline's words with its figures as one mark and its verbs of change as another, a closing source left out:
 * what two editions share. */
const shapeOf = (words: string[]) =>
  words
    .filter((w, i) => i < words.length - 1 || !SOURCES.has(w))
    .map((w) => (DIGIT.test(w) ? '#' : CHANGE.has(w) ? '~' : w))
    .join(' ');

/** The one month a headline names, with its day when a day follows ("APRIL 7": [3, '7']); null for none or more. */
function headlineDate(words: string[]): [number, string] | null {
  let out: [number, string] | null = null;
  for (let i = 0; i < words.length; i++) {
    const m = MONTH_OF.get(words[i]);
    if (m === undefined) continue;
    if (out !== null) return null;
    out = [m, DAY.test(words[i + 1] ?? '') ? words[i + 1] : ''];
  }
  return out;
}

const SESSION = HEADLINE_ISSUER.editions.session.map((s) => ({ part: s.part, phrases: s.phrases.map((p) => p.split(' ')) }));

const CLOCK = HEADLINE_ISSUER.editions.clock;

/** The parts of a market's session a headline names ("OPEN", "MIDSESSION", "LATE TRADING"), and its clock times
 * right before its month ("1330" of "LONDON OILS 1330 - APR 7"), each a part of its own. */
function sessionParts(words: string[]): string[] {
  const parts = SESSION.filter((s) => s.phrases.some((p) => hasPhrase(words, p))).map((s) => s.part);
  for (let i = 0; i + 1 < words.length; i++) if (CLOCK.test(words[i]) && MONTH_OF.has(words[i + 1])) parts.push(words[i]);
  return parts;
}

/**
 * Are two headlines two editions of one wire notice (HEADLINE_ISSUER.editions): of one shape with other figures or
 * verbs of change, naming two months or two days of one month, or two parts of a market's session and none alike?
 */
function otherEditions(wa: string[], wb: string[]): boolean {
  if (shapeOf(wa) === shapeOf(wb)) return true;
  const [pa, pb] = [sessionParts(wa), sessionParts(wb)];
  if (pa.length && pb.length && !pa.some((p) => pb.includes(p))) return true;
  const [da, db] = [headlineDate(wa), headlineDate(wb)];
  return da !== null && db !== null && (da[0] !== db[0] || (da[1] !== '' && db[1] !== '' && da[1] !== db[1]));
}

/** Two sentences of two issuers' notices, or of two notices of a recurring kind: their figures and days are each their own. */
export const twoNotices = (a: WireHeadline | null, b: WireHeadline | null, sentenceA: string, sentenceB: string) =>
  ownTerms(a, b, sentenceA, sentenceB) || otherNotices(a, b);
