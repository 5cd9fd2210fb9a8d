// Who wrote and who published: contributor lines, datelines, outlet and origin patterns.
import { KNOWN_OUTLETS, ORIGIN_PATTERNS, OUTLET_PATTERNS, agencyName } from './outlets.ts';
import { UPPER_FIRST } from '../../common/letters.ts';
import { splitNames } from './rules.ts';

/** "Mary Ilyushina and Natalia Abbakumova in Riga, Latvia contributed to this report." -> the names */
const CONTRIBUTED = /^(.+?)\s+contributed\b/i;
/** "(Reporting by A and B; Additional reporting by C; Editing by D)" -> A, B, C (editors are not authors) */
const REPORTING = /\b(?:additional )?(?:reporting|writing|compiled) by ([^;()]+)/gi;
// `\p{…}` patterns stand at module level: compiled, one inside a function is built at every call (common/letters.ts)
/** "... in Riga, Latvia", "... from Kyiv", "... at Stanford" after the names */
const PLACE_AFTER_NAMES = /\s+(?:in|from|at)\s+\p{Lu}.*$/u;
const PLACE_AFTER_REPORTERS = /\s+(?:in|from)\s+\p{Lu}.*$/u;
const TWO_CAPITALS_FIRST = /^\p{Lu}{2}/u;
/** "Source name (place): Text" */
const SOURCE_COLON = /^([\p{Lu}][\p{L}\p{N}.&'’ -]{1,40}?)(?:\s*\([^()]{2,30}\))?:\s+\p{Lu}/u;

export function contributorNames(line: string): string[] {
  const names: string[] = [];
  const c = CONTRIBUTED.exec(line);
  if (c) {
    // cut the place: "... in Riga, Latvia", "... from Kyiv"
    const who = c[1].replace(PLACE_AFTER_NAMES, '').replace(/^(?:also\s+)?/i, '');
    names.push(...splitNames(who));
  }
  for (const m of line.matchAll(REPORTING)) names.push(...splitNames(m[1].replace(PLACE_AFTER_REPORTERS, '')));
  return names.filter((n) => UPPER_FIRST.test(n) && n.split(/\s+/).length <= 4);
}

/**
 * A dateline opening the first paragraph: "KYIV, Dec 19 (Reuters) - ", "MOSCOW (AP) — ", "(Reuters) - ".
 * Only taken with an agency in brackets or a date, so that "NATO — the alliance..." stays.
 */
const DATELINE =
  /^((?:[\p{Lu}][\p{Lu}.'’\- ]{1,40}?(?:,\s*[\p{Lu}][\p{L}.' ]{1,30}?)?)?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?\s*(?:\(([^()]{2,40})\))?\s*[-–—]{1,2}\s+)(?=["“‘'\p{Lu}\p{N}])/u;

export interface Dateline {
  text: string;
  agency: string | null;
}

export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  const text = m[1];
  const paren = m[2] ?? null;
  const agency = paren ? agencyName(paren.replace(/^via\s+/i, '')) : null;
  const hasDate = /\d/.test(text);
  if (!agency && !hasDate) return null;
  if (!agency && !TWO_CAPITALS_FIRST.test(text)) return null;
  return { text: text.trim(), agency };
}

export function outletIn(line: string): string | null {
  for (const re of OUTLET_PATTERNS) {
    const m = re.exec(line);
    if (m) return cleanName(m[1]);
  }
  return null;
}

export function originIn(line: string): string | null {
  for (const re of ORIGIN_PATTERNS) {
    const m = re.exec(line);
    if (m) return cleanName(m[1]);
  }
  return null;
}

const KNOWN = new Map(KNOWN_OUTLETS.map((o) => [o.toLowerCase(), o]));

/** "Advance: <headline>" or "Le Monde (France): <headline>": the lead-in names an outlet. */
export function leadInOutlet(line: string, alsoKnown: string | null): string | null {
  const colon = line.indexOf(':');
  if (colon < 2 || colon > 50) return null;
  const m = SOURCE_COLON.exec(line);
  if (!m) return null;
  const name = m[1].trim();
  if (KNOWN.has(name.toLowerCase())) return KNOWN.get(name.toLowerCase())!;
  if (alsoKnown && name.toLowerCase() === alsoKnown.toLowerCase()) return alsoKnown;
  return null;
}

function cleanName(s: string): string | null {
  const name = s
    .replace(/\.\s+All rights reserved.*$/i, '')
    .replace(/[.,;:]+$/, '')
    .replace(/\s+(?:Ltd|Limited|Inc|LLC|GmbH)\.?$/i, '')
    .trim();
  if (!name || /^(?:all|this|the|our|we|it)$/i.test(name)) return null;
  return name;
}
