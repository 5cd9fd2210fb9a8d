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
/** What ends a holder's name: a sentence break, trailing punctuation, a company form, a year. */
const HOLDER_END = [/[.,;:]\s.*$/, /[.,;:]+$/, /\s+(?:ltd|limited|inc|llc|gmbh|ag|s\.a)\.?$/i, /\s+\d{4}$/];

/** The copyright holders a text names, in order ("Impressum | Kontakt © Tageblatt Nord 2023" -> Tageblatt Nord). */
export function copyrightHolders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(COPYRIGHT)) {
    const name = HOLDER_END.reduce((n, re) => n.replace(re, ''), m[1]).trim();
    if (name.length >= 2 && !/^(?:all|this|the|our|we|it|\d+)$/i.test(name)) out.push(name);
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
