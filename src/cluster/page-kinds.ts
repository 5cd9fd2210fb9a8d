// Pages of a kind that tells no event: a recipe, a site's legal notice (imprint, privacy policy, terms). Their words
// say what kind of page they are -- units and ingredients ("200 g Mehl", "1 TL Backpulver", "2 tbsp oil"), liability
// and data clauses ("Haftung für Inhalte", "gemäß § 7 Abs. 1 TMG") -- and two such pages of unrelated sites share
// them as one event's reports share theirs: trafilatura-eval's four cake recipes of four sites (text 0.85-1.00
// relative), a muffin pair, a stir fry and a roasted chicken, an imprint with three articles on platform liability.
// Such a page brings no topic words to clustering: it stays a story of its own (bench/HISTORY.md clusters76).
import type { ClusterDocument } from '../model.ts';

/** A page kind: how it is known, by its title alone or by its text's markers. */
interface PageKind {
  kind: string;
  /** why its words tell no event, for the reasons the report gives (eventlessReason) */
  why: string;
  /** a title that names the kind whole (its site's name or a word or two before it: "SibenLab privacy policy") */
  title?: RegExp;
  /** a word heading the kind's part of a text or naming it ("Zutaten", "Ingredients", "Rezept") ... */
  heading?: RegExp;
  /** ... and the kind's markers, at least `markers` of them (a quantity with its kitchen unit) */
  marker?: RegExp;
  markers?: number;
}

/** A quantity and a kitchen unit: "200 g", "1 TL", "½ Teelöffel", "1 Pck.", "2 tbsp", "1/2 cup" (case kept: "2G" is
 * no quantity of grams). */
const KITCHEN_UNIT =
  /(?:^|[\s(])(?:\d+(?:[.,/]\d+)?(?:\s?[-–]\s?\d+)?|[½¼¾⅓⅔])\s?(?:g|kg|ml|l|cl|dl|Gramm|Kilogramm|Milliliter|Liter|EL|TL|Pck\.?|Päckchen|Prisen?|Msp\.?|Esslöffel|Teelöffel|Becher|grams?|tbsp|tsp|Tbsp|Tsp|TBSP|TSP|cups?|teaspoons?|tablespoons?|oz|ounces?)(?=[\s.,;:)]|$)/gu;

/** The word a recipe heads its ingredients or names itself with. */
const RECIPE_WORD = /(?<!\p{L})(?:zutaten|zubereitung|rezept|ingredients|recipe|ingrédients|ingredientes|ingredienti|składniki)(?!\p{L})/iu;

/** A legal notice's title, whole. */
const LEGAL_TITLE =
  /^(?:[\p{L}\p{N}.&'’-]+\s+){0,2}(?:impressum|datenschutz(?:erklärung|hinweise|richtlinie)?|privacy(?: policy| notice| statement)?|terms(?: of (?:service|use))?|terms and conditions|agb|allgemeine geschäftsbedingungen|nutzungsbedingungen|disclaimer|haftungsausschluss|rechtliche hinweise|legal notice|imprint|cookie[- ](?:policy|richtlinie)|mentions légales|politique de confidentialité|aviso legal|política de privacidad|polityka prywatności)$/iu;

/** The page kinds that tell no event, as data. */
const EVENTLESS_KINDS: readonly PageKind[] = [
  { kind: 'legal notice', why: "its liability, data and contact clauses are every site's", title: LEGAL_TITLE },
  // four quantities at least: an article naming a dish's "200 g" or a recipe book has fewer
  { kind: 'recipe', why: "its quantities, ingredients and cooking steps are every recipe's", heading: RECIPE_WORD, marker: KITCHEN_UNIT, markers: 4 },
];

/** The reason a page of a kind that tells no event gives, in its membership and the report's note on it: "a recipe,
 * a page that tells no event: its topic words and title were kept out of topic matching (its quantities, ...)". */
export function eventlessReason(kind: string): string {
  const why = EVENTLESS_KINDS.find((k) => k.kind === kind)?.why;
  return `a ${kind}, a page that tells no event: its topic words and title were kept out of topic matching${why ? ` (${why})` : ''}`;
}

/** The kind of page a document is when it tells no event (EVENTLESS_KINDS), or undefined. */
export function eventlessKind(doc: Pick<ClusterDocument, 'title' | 'text'>): string | undefined {
  const title = doc.title.trim();
  for (const k of EVENTLESS_KINDS) {
    if (k.title?.test(title)) return k.kind;
    if (!k.marker || !k.heading) continue;
    // the heading first: one scan, which most texts fail
    if (!k.heading.test(title) && !k.heading.test(doc.text)) continue;
    if (countUpTo(k.marker, doc.text, k.markers ?? 1) >= (k.markers ?? 1)) return k.kind;
  }
  return undefined;
}

/** Matches of a global pattern in a text, counted up to `most`. */
function countUpTo(pattern: RegExp, text: string, most: number): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (n < most && pattern.exec(text) !== null) n++;
  pattern.lastIndex = 0;
  return n;
}
