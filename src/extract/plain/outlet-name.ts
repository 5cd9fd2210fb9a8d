// Which outlet published a page, from the known-outlets table (outlets.ts): its URL's domain, a site name or
// copyright holder spelled one of its ways, and, when the page names no outlet, its staff's credits and its
// template's lines. Each answer carries the evidence it rests on.
import { OUTLETS, type KnownOutlet } from './outlets.ts';

export interface OutletEvidence {
  name: string;
  /** what named it, for the article's notes */
  reason: string;
}

const fold = (s: string) => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

const BY_NAME = new Map<string, KnownOutlet>();
const BY_DOMAIN = new Map<string, KnownOutlet>();
const BY_STAFF = new Map<string, KnownOutlet>();
for (const o of OUTLETS) {
  for (const n of [o.name, ...(o.variants ?? [])]) if (!BY_NAME.has(fold(n))) BY_NAME.set(fold(n), o);
  for (const d of o.domains ?? []) BY_DOMAIN.set(d.toLowerCase(), o);
  for (const p of o.staff ?? []) BY_STAFF.set(fold(p), o);
}

/** The table's spelling of a known outlet ("Washington Post" -> "The Washington Post"); other names unchanged. */
export function canonicalOutlet(name: string): string {
  return BY_NAME.get(fold(name))?.name ?? name.trim();
}

/** Whether a name is one of the table's spellings. */

/** The outlet whose domain the URL is on (www.cbc.ca, cbc.ca, news.cbc.ca all give CBC News). */
export function outletFromUrl(url: string | null | undefined): OutletEvidence | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const o = BY_DOMAIN.get(h);
    if (o) return { name: o.name, reason: `domain ${h}` };
  }
  return null;
}

/** "© 2023 Name", "Copyright © Name 2023", "(c) Name": the holder, wherever the line has it. */
const COPYRIGHT =
  /(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?((?:the |die |der |le |la |el )?[\p{Lu}\p{N}][\p{L}\p{N}&'’./+-]*(?: (?:of |for |and |& )?[\p{Lu}\p{N}][\p{L}\p{N}&'’./+-]*){0,4})/giu;
/** What ends a holder's name: a German association's "e. V.", a sentence break, trailing punctuation, a company form,
 * a year or years. */
const HOLDER_END = [/\s+e\.\s?V\b.*$/, /[.,;:]\s.*$/, /[.,;:]+$/, /\s+(?:ltd|limited|inc|llc|gmbh|ag|s\.a)\.?$/i, /\s+\d{4}(?:\s*[-–]\s*\d{4})?$/];
/** What opens a holder's name but is no part of it: "© by Ralf Glaser", "© Copyright Women Can Talk Sports",
 * "© All Rights Reserved ...", an open span of years "(c) 2012- Gregory Szorc" (and the years of "Copyright 2001-2021 by"). */
const HOLDER_OPENERS = /^(?:(?:by|von|copyright|all rights reserved|\d{4}\s*[-–]\s*(?:\d{4})?)\s*)+/i;
/**
 * Words after which a holder's name is over, as words or glued to the word before its own capital: the footer's links
 * that follow the line ("Wolfgang Michal DatenschutzImpressumDesignTwitter", "handwerksblatt.de Startseite Impressum
 * Kontakt", "Synium Software GmbH Zum Seitenanfang"), a clause on the rights or a credit after it ("Krimiblog-Archiv
 * ist lizensiert unter", "jovelblog Die textuellen Inhalte", "hausinfo Eine Dienstleistung von", "KBS WORLD All Rights
 * Reserved", "Wirtualnemedia.pl Realizacja"), a licence's name ("The Anarcat CC-BY-SA"). Lower case, compared so.
 */
const HOLDER_STOP_WORDS = new Set([
  'impressum',
  'datenschutz',
  'datenschutzerklärung',
  'kontakt',
  'startseite',
  'home',
  'contact',
  'imprint',
  'privacy',
  'sitemap',
  'agb',
  'nutzungsbedingungen',
  'barrierefreiheit',
  'urheberrechtsverletzung',
  'zum',
  'realizacja',
  'ist',
  'die',
  'eine',
  'all',
  'alle',
  'cc',
  'cc-by',
  'cc-by-sa',
  'cc-by-nc',
  'cc-by-nd',
  'cc-by-nc-sa',
  'cc-by-nc-nd',
]);
/** A holder that opens or ends with one of these is a piece of a sentence, not a name ("des jeweiligen Verlages",
 * "bei der Autorin und bei", "phpBB Limited Deutsche Übersetzung durch", "Dieses Weblog", "Theme Blass by 1000ff"). */
const HOLDER_NOT_FIRST = new Set(['bei', 'des', 'dieses', 'diese', 'this', 'quelle', 'source', 'theme', 'design', 'webdesign', 'document.write']);
const HOLDER_NOT_LAST = new Set(['durch', 'unter', 'von', 'und', 'bei', 'des', 'der', 'and', 'of', 'for', 'by', 'e']);
/** A picture's credit, not the site's: an agency or stock library beside a slash ("Oli Scarff/Getty Images",
 * "BillionPhotos.com/Adobestock", "iStock.com/djedzura"). */
const PICTURE_LIBRARIES =
  /(?:\/\s*(?:getty|thinkstock|istock|adobe ?stock|shutterstock|fotolia|imago|picture[- ]alliance|unsplash|pixabay|dpa\b))|(?:(?:getty images|thinkstock(?:photos)?|istock(?:photo)?(?:\.com)?|adobe ?stock(?:\.com)?|shutterstock(?:\.com)?|fotolia)\s*\/)/i;
/** A company form standing alone ("© ООО" with the name after it cut). */
const BARE_COMPANY_FORM = /^(?:ооо|оао|зао|gmbh|ag|ltd|inc|llc|e\.\s?v)\.?$/i;
const UPPER_NEXT = /^\p{Lu}/u;

/** The words of a holder's name up to the first stop word (standing alone, or glued before its own capital). */
function beforeStopWord(name: string): string {
  const words = name.split(' ');
  for (let i = 1; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (HOLDER_STOP_WORDS.has(w)) return words.slice(0, i).join(' ');
    for (const stop of HOLDER_STOP_WORDS)
      if (stop.length > 3 && w.startsWith(stop) && UPPER_NEXT.test(words[i].slice(stop.length))) return words.slice(0, i).join(' ');
  }
  return name;
}

/** A holder's name as the line gives it, cleaned; null when what is left names no one. */
function holderName(raw: string): string | null {
  if (PICTURE_LIBRARIES.test(raw)) return null;
  const name = HOLDER_END.reduce((n, re) => n.replace(re, ''), beforeStopWord(raw.replace(HOLDER_OPENERS, ''))).trim();
  const words = name.toLowerCase().split(' ');
  if (
    HOLDER_NOT_FIRST.has(words[0]) ||
    (HOLDER_STOP_WORDS.has(words[0]) && words[0] !== 'die') ||
    HOLDER_NOT_LAST.has(words[words.length - 1]) ||
    BARE_COMPANY_FORM.test(name)
  )
    return null;
  return name.length >= 2 && !/^(?:all|this|the|our|we|it|\d+)$/i.test(name) ? name : null;
}

/** A credit with a slash between two names is a picture's: its photographer and agency or owner ("© PID/Markus Wache",
 * "© Niklas Grapatin / Greenpeace", "(c) Warner Bros. / Metro-Goldwyn-Mayer / GK Films"); a site's own line names one. */
const SLASH_IN_NAME = /\p{L}\/\p{L}/u;
const SLASH_AFTER = /^\s*\/\s*\p{L}/u;
const isPictureCredit = (holder: string, after: string): boolean => SLASH_IN_NAME.test(holder) || SLASH_AFTER.test(after);

/** The copyright holders a text names, in order ("Impressum | Kontakt © Tageblatt Nord 2023" -> Tageblatt Nord). */
export function copyrightHolders(text: string, { pictureCredits = true }: { pictureCredits?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(COPYRIGHT)) {
    if (!pictureCredits && isPictureCredit(m[1], text.slice((m.index ?? 0) + m[0].length))) continue;
    const name = holderName(m[1]);
    if (name) out.push(name);
  }
  return out;
}

/** The outlet whose staff a byline or contributor credit names (only when exactly one outlet is named). */
export function outletFromStaff(names: string[]): OutletEvidence | null {
  const hits = new Map<KnownOutlet, string[]>();
  for (const n of names) {
    const o = BY_STAFF.get(fold(n));
    if (o) hits.set(o, [...(hits.get(o) ?? []), n]);
  }
  if (hits.size !== 1) return null;
  const [[o, who]] = [...hits];
  return { name: o.name, reason: `credited staff ${who.join(', ')}` };
}

/** Lines of an outlet's page template needed to name it. */
const FURNITURE_MIN = 2;

/** The outlet whose page template left at least two of its different lines in the text. */
export function outletFromFurniture(lines: string[]): OutletEvidence | null {
  for (const o of OUTLETS) {
    if (!o.furniture) continue;
    const seen = o.furniture.filter((re) => lines.some((l) => re.test(l)));
    if (seen.length >= Math.min(FURNITURE_MIN, o.furniture.length))
      return { name: o.name, reason: `page template lines (${seen.map((r) => r.source).join(', ')})` };
  }
  return null;
}
