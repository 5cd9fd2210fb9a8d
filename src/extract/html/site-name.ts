// Which of a page's own names for its site is a publication's name. A page's metadata names its site in several
// places (og:site_name, application-name, its JSON-LD publisher, twitter:site); some of them hold no name: an edition's
// or section's label (Reuters' og:site_name "U.S."), the article's headline, a template's placeholder, an address or a
// social handle, or a name with its tagline. The tables below say which; siteName gives the name or null.
import { AFTER_HEADLINE, PARTS } from './title-parts.ts';

/**
 * Whole site names that are an edition's, a section's or a page's label, never a publication's (compared in lower
 * case): Reuters' "U.S." (its edition: the publisher is in its JSON-LD), Correio Braziliense's "Política", NEOS's "Start".
 */
export const SECTION_LABELS = new Set([
  // editions: a country or region
  'u.s.',
  'us',
  'usa',
  'u.s.a.',
  'uk',
  'u.k.',
  'international',
  'edition',
  'world',
  'europe',
  'americas',
  'asia',
  'africa',
  // sections and pages
  'home',
  'homepage',
  'start',
  'startseite',
  'news',
  'nachrichten',
  'noticias',
  'actualités',
  'politics',
  'politik',
  'política',
  'politique',
  'politica',
  'business',
  'wirtschaft',
  'economía',
  'economia',
  'économie',
  'sport',
  'sports',
  'deportes',
  'opinion',
  'opinión',
  'meinung',
  'culture',
  'kultur',
  'cultura',
  'entertainment',
  'lifestyle',
  'technology',
  'tech',
  'science',
  'health',
  'local',
  'lokales',
  'regional',
  'panorama',
  'aktuelles',
  'article',
  'articles',
  'artikel',
  'daily',
]);

/** A template's placeholder left unfilled ("{$plugin.tx_news.opengraph.site_name}", "{{ site.name }}", "%SITENAME%"). */
const PLACEHOLDER = /^\s*(?:\{\{?[^}]*\}\}?|%[A-Z_]+%|\$\{[^}]*\}|\[\[[^\]]*\]\])\s*$/;
/** An address: a scheme, "www.", or a host with a trailing slash ("https://www.fr.de", "www.bmas.de", "tdg.ch/"). */
const ADDRESS = /^(?:https?:\/\/|www\.|[a-z0-9-]+(?:\.[a-z0-9-]+)+\/)/i;
/** A social network's address or its handle run together ("https://twitter.com/onmeda_de", "httpstwittercomlitradionet"). */
const SOCIAL_ADDRESS = /^(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram)\.com\/|^https?(?:www)?(?:twitter|facebook|instagram)com/i;
/** An e-mail address written after the name ("Lüder Hoppe info@buero-hoppe.de"). */
const EMAIL = /\s*\S+@\S+\.\w+\s*/g;
const PARTS_G = new RegExp(PARTS.source, 'g');
/** A word in lower case (a tagline's: "Information und Inspiration rund um ...", "inside the machine"). */
const LOWER_WORD = /^\p{Ll}/u;
/** A part without a letter ("☆☆☆☆☆"). */
const LETTER = /\p{L}/u;
/** An acronym standing as a part ("BMBF", "MLUK"): the other part is its name written out, not a tagline. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** A name's or handle's letters and digits in lower case ("impulse_inside" -> "impulseinside"), to meet a spelling of
 * it in the page's title (or the outlet's name in a byline: extract/html/index.ts). */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
export const letterKey = (s: string): string => s.toLowerCase().replace(NOT_LETTER_OR_DIGIT, '');
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Lower-case words a name may hold ("Herz und Blut", "Deutscher Verband für ...", "Noticias de ..."). */
const CONNECTORS = new Set([
  'und',
  'and',
  'et',
  'y',
  'e',
  'of',
  'de',
  'di',
  'du',
  'des',
  'der',
  'die',
  'das',
  'la',
  'le',
  'el',
  'für',
  'for',
  'in',
  'im',
  'am',
  'an',
  'the',
  'von',
  'zu',
]);

/** A part of a site name that is a tagline: four words or more, one in lower case; or three, one of them in lower
 * case and no name's connector ("inside the machine", "aktuelle Boxen News"). */
function isTagline(part: string): boolean {
  const w = words(part);
  const lower = w.filter((x) => LOWER_WORD.test(x));
  return (w.length >= 4 && lower.length > 0) || (w.length === 3 && lower.some((x) => !CONNECTORS.has(x)));
}

/** Whether a part repeats the page's headline (the site name its template filled with the title): a sentence's words,
 * two of them in lower case (a name's own styling, "eBay-Templates", is one). */
function isHeadline(part: string, titles: string[]): boolean {
  const p = part.toLowerCase();
  const w = words(part);
  if (w.length < 4 || w.filter((x) => LOWER_WORD.test(x) && !CONNECTORS.has(x)).length < 2) return false;
  return titles.some((t) => {
    const title = t.toLowerCase().replace(/\s+/g, ' ').trim();
    return title === p || (title.startsWith(p) && AFTER_HEADLINE.test(title.slice(p.length)));
  });
}

export interface SiteNameOptions {
  /** the page's titles (og:title, the document's title), to tell a headline put in the site name */
  titles: string[];
}

/** How a page's value for its site reads as a name: a name, an address (a weak sign), or none. */
export type SiteName = { name: string; weak: boolean } | null;

/**
 * The publication's name a page's value for its site gives: null for a section's label, a headline, a placeholder; an
 * address gives its host ("https://www.fr.de" -> "fr.de"), marked weak (a name elsewhere on the page goes first); a
 * tagline after (or before) the name is cut ("Frollein Herr | Information und Inspiration ..." -> "Frollein Herr"), as
 * is a headline ("Achtsam durch die Krise | Die FURCHE" -> "Die FURCHE").
 */
export function siteName(raw: string, { titles }: SiteNameOptions): SiteName {
  const value = raw.replace(EMAIL, ' ').replace(/\s+/g, ' ').trim();
  if (!value || PLACEHOLDER.test(value) || SOCIAL_ADDRESS.test(value)) return null;
  if (ADDRESS.test(value) && !value.includes(' ')) {
    const host = value
      .replace(/^https?:\/\//i, '')
      .replace(/^www\./i, '')
      .replace(/\/.*$/, '');
    return host.includes('.') ? { name: host, weak: true } : null;
  }
  // the parts with their places in the value: a name is the run of parts left once headlines, taglines and parts
  // without a letter are gone
  const parts = splitParts(value);
  let kept = parts.filter((p) => LETTER.test(p.text) && !isHeadline(p.text, titles));
  if (!kept.length) return null;
  if (kept.length > 1 && !kept.some((p) => ACRONYM.test(p.text))) {
    const names = kept.filter((p) => !isTagline(p.text));
    if (names.length) kept = names;
  }
  const first = parts.indexOf(kept[0]);
  const contiguous = kept.every((p, i) => parts[first + i] === p);
  const name = contiguous ? value.slice(kept[0].start, kept[kept.length - 1].end).trim() : kept[0].text.trim();
  if (SECTION_LABELS.has(name.toLowerCase())) return null;
  return { name, weak: false };
}

/** A company's legal form closing a name ("PTWP-ONLINE Sp. z o.o.", "... GmbH"): the owner, not the publication. */
const COMPANY_FORM = /\s(?:sp\. z o\.o\.|gmbh|ag|se|ltd\.?|limited|inc\.?|llc|s\.a\.|s\.l\.|b\.v\.|plc)$/i;
export const isCompany = (name: string): boolean => COMPANY_FORM.test(name);

/** Whether a name and a handle spell one name's letters, one the start of the other ("Handelsblatt", "handelsblatt_de"). */
export function sameLetters(name: string, handle: string): boolean {
  const [a, b] = [letterKey(name), letterKey(handle)];
  return Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a));
}

/** The handle a twitter:site value gives ("@impulse_inside", "https://twitter.com/onmeda_de", "httpstwittercomlitradionet"). */
export function handleOf(value: string): string {
  return value
    .trim()
    .replace(/^@/, '')
    .replace(/^https?:\/\/(?:www\.)?(?:twitter|x)\.com\/@?/i, '')
    .replace(/^httpstwittercom/i, '')
    .replace(/\/.*$/, '');
}

/**
 * A social handle as the page's title spells its site ("impulse_inside" and "Kind krank: ... | impulse" give
 * "impulse"; "uraniaberlin" and "... | Urania Berlin" give "Urania Berlin"); null when the title spells no part of it.
 */
export function handleName(handle: string, title: string | null): string | null {
  const h = letterKey(handleOf(handle));
  if (!h || !title) return null;
  const tails = title
    .split(PARTS)
    .slice(1)
    .map((t) => t.trim())
    .filter((t) => LETTER.test(t) && words(t).length <= 4);
  for (const t of tails.reverse()) {
    const s = letterKey(t);
    if (s.length >= 4 && (h === s || h.startsWith(s))) return t;
  }
  return null;
}

/** An address's scheme and "www." (a site's name given as "http://www.tafelblog.com" is "tafelblog.com"). */
const ADDRESS_HEAD = /^(?:https?:\/\/)?(?:www\.)?/i;
/** Fewest letters a shortened spelling of the site's name must keep to be taken for it ("Gala" for "Gala.fr"). */
const SHORT_NAME_MIN = 4;
/** Most words a title's part holds that names the site with more after its name ("Management Circle Blog"). */
const NAME_PART_MAX_WORDS = 5;

/**
 * Whether a part of a title names the site: its letters are the name's ("DOMRADIO.DE", "domradio.de"), or the start of
 * them ("Haufe" for "Haufe.de News und Fachwissen", "Chefkoch" for "Chefkoch.de"); at the title's end also the name and
 * more ("MODEPILOT.de" for "Modepilot", "brand eins online" for "brandeins").
 */
function namesSite(part: string, keys: string[], end: boolean): boolean {
  const p = letterKey(part.replace(ADDRESS_HEAD, ''));
  if (!p) return false;
  return keys.some(
    (k) =>
      k === p ||
      (p.length >= SHORT_NAME_MIN && k.startsWith(p)) ||
      (end && k.length >= SHORT_NAME_MIN && p.startsWith(k) && words(part).length <= NAME_PART_MAX_WORDS),
  );
}

/** A value's parts between separators (PARTS_G), with their places in it. */
function splitParts(value: string): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = [];
  for (let at = 0, m: RegExpExecArray | null; at <= value.length; ) {
    PARTS_G.lastIndex = at;
    m = PARTS_G.exec(value);
    const end = m ? m.index : value.length;
    parts.push({ text: value.slice(at, end), start: at, end });
    if (!m) break;
    at = m.index + m[0].length;
  }
  return parts;
}

/**
 * Rubric and section labels a title carries beside its headline, besides SECTION_LABELS (compared in lower case):
 * "News - Elder: Aus dem Ghetto nach Augusta" (golf.de), "... | Recht | Haufe", "gipfelbuch.ch - Outdoornews - ...",
 * "TV-TIPP - ARD-Doku ...", "... | Sociedad" (Los Andes), "Neu - Japanisches Mini-SUV ... - Vorstellung".
 */
export const TITLE_LABELS = new Set([
  'recht',
  'outdoornews',
  'tv-tipp',
  'tv-tipps',
  'blog archiv',
  'blog archive',
  'sociedad',
  'neu',
  'vorstellung',
  'video',
  'forum',
]);

/**
 * A call to read or see the page on its site, before the site's name ("Zobacz na przepisy.pl", "Rezept von Backen.de"),
 * or alone ("Jetzt entdecken!"): no part of the headline. Compared in lower case, at a part's start / as a whole part.
 */
const CALL_HEADS = ['zobacz na', 'zobacz w', 'mehr auf', 'mehr bei', 'jetzt auf', 'jetzt bei', 'read more on', 'more on', 'see on'];
const CALL_PARTS = new Set(['jetzt entdecken!', 'jetzt entdecken', 'jetzt lesen', 'jetzt ansehen', 'hier klicken', 'read more', 'mehr erfahren']);

/** A date closing a title as its own part ("| DW | 19.01.2020", " : 31.10.2023, 10.19 Uhr"): the page's day, no headline. */
const DATE_TAIL = /\s(?:[|:–—-])\s\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})(?:,?\s\d{1,2}[.:]\d{2}(?:\sUhr)?)?\s*$/u;
/** A name's words that give its initials ("Deutsche Welle" -> "DW"): capitalised, connectors skipped. */
const CAPITAL_WORD = /^\p{Lu}/u;
/** A part in capitals that may be a name's initials ("DW", "EJW"). */
const INITIALS = /^\p{Lu}{2,6}$/u;

const isLabel = (part: string): boolean => {
  const p = part.trim().toLowerCase();
  return SECTION_LABELS.has(p) || TITLE_LABELS.has(p);
};

/** Whether a part is a call to see the page on the site ("Zobacz na przepisy.pl") or a call alone ("Jetzt entdecken!"). */
function isCall(part: string, keys: string[]): boolean {
  const p = part.trim().toLowerCase();
  if (CALL_PARTS.has(p)) return true;
  const head = CALL_HEADS.find((h) => p.startsWith(`${h} `));
  return !!head && keys.length > 0 && namesSite(p.slice(head.length), keys, true);
}

/** Whether a part in capitals is the initials of one of the site's names ("DW" of "Deutsche Welle"). */
function initialsOf(part: string, names: readonly string[]): boolean {
  const p = part.trim();
  if (!INITIALS.test(p)) return false;
  return names.some((n) => {
    const w = words(n).filter((x) => CAPITAL_WORD.test(x) && !CONNECTORS.has(x.toLowerCase()));
    return w.length >= 2 && w.map((x) => x[0]).join('') === p;
  });
}

/** A date opening a title as its own part ("08.11.2021 | Online-Fachtag ...", "23.01.2022 - Dorothea Wierer ..."). */
const DATE_HEAD = /^\s*\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})?\s(?:[|:–—-])\s(?=\S)/u;
/**
 * " : " parts a title only before the site's name ("... fordert Reform : EKHN ǀ Evangelische Kirche in Hessen und
 * Nassau", "... Lokales und Globales : literaturkritik.de"): French titles write it as their colon ("Bac 2024 : les
 * résultats"), so it is never cut by length. What follows the site's name there is its own ("ǀ Evangelische Kirche ...").
 */
const COLON_SITE = ' : ';
const SITE_NAME_END = new RegExp(`${PARTS.source}| ǀ `);
/** Separators between a page's h1 and a name after it in its title: the parts' and " : ". */
const AFTER_H1 = new RegExp(`^(?:${PARTS.source}|${COLON_SITE})`);
/** Most words a name after the h1 holds ("Teufel Blog", "Schweizer Jäger Online", "The Perspective"). */
const H1_TAIL_MAX_WORDS = 3;
/** A name's word: capitalised, no closing question or exclamation mark ("Weinwirtschaft", "Rosa-Luxemburg-Stiftung"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;

export interface TitleOptions {
  /** whether the site's name at the title's start is cut (og:title, the JSON-LD headline); a <title>'s head stays */
  head?: boolean;
  /** the page's h1: a short name after it in the title is the site's ("Musik und Sport: ... | Teufel Blog") */
  headline?: string | null;
}

/** Whether a title is the page's h1 and a short name after it: the name of the site its template appended, not read
 * from the site's names ("Der Steinkauz ist der Vogel des Jahres 2021 | Schweizer Jäger Online"). */
function h1WithName(title: string, h1: string, keys: string[]): boolean {
  if (h1.length < 10 || !title.startsWith(h1) || namesSite(h1, keys, true)) return false;
  const after = title.slice(h1.length);
  const sep = AFTER_H1.exec(after);
  if (!sep) return false;
  const w = words(after.slice(sep[0].length));
  return w.length >= 1 && w.length <= H1_TAIL_MAX_WORDS && w.every((x) => NAME_WORD.test(x));
}

/**
 * A title without the site's name that its template put at its end or start ("Junge Lenker schrotten Corvette - Telebasel",
 * "INDUSTRIEMAGAZIN | Luftfahrtbranche hebt ab"), a section's or rubric's label beside the headline (SECTION_LABELS,
 * TITLE_LABELS: "... | Recht | Haufe", "News - Elder: ..."), a call to see the page on the site ("Zobacz na przepisy.pl")
 * and a closing date ("| DW | 19.01.2020"). `given` are the site's names the page gives (its outlet, og:site_name as
 * written, its publisher, its address's host); one that is the whole title is left out (blinker.de's application-name
 * holds its headline). A title that is the start of the site's name stays.
 */
export function titleWithoutSite(title: string, given: readonly string[], { head = true, headline = null }: TitleOptions = {}): string {
  const whole = letterKey(title);
  const names = given.filter((n) => letterKey(n) !== whole);
  const keys = [...new Set(names.map((n) => letterKey(n.replace(ADDRESS_HEAD, ''))).filter((k) => k.length >= 2))];
  if (keys.some((k) => k.startsWith(whole))) return title;
  const h1 = headline?.replace(/\s+/g, ' ').trim();
  if (h1 && h1WithName(title.replace(/\s+/g, ' ').trim(), h1, keys)) return h1.replace(DATE_HEAD, '');
  let dated = title.replace(DATE_TAIL, '').replace(DATE_HEAD, '');
  const colon = dated.lastIndexOf(COLON_SITE);
  if (colon > 0 && namesSite(dated.slice(colon + COLON_SITE.length).split(SITE_NAME_END)[0], keys, true)) dated = dated.slice(0, colon).trim();
  const parts = splitParts(dated);
  if (parts.length < 2) return dated;
  const count = parts.length;
  // a name written whole with its own separators ("WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale")
  for (const n of names) {
    const name = n.trim().toLowerCase();
    const cut = parts.findIndex((p, i) => i > 0 && dated.slice(p.start).toLowerCase() === name);
    if (cut > 0) parts.splice(cut);
  }
  const site = (part: string, end: boolean): boolean => namesSite(part, keys, end) || initialsOf(part, names) || (end && isCall(part, keys));
  let first = 0;
  let last = parts.length - 1;
  let cutEnd = false;
  while (last > first && site(parts[last].text, true)) {
    last--;
    cutEnd = true;
  }
  if (cutEnd && last > first && SECTION_LABELS.has(parts[last].text.trim().toLowerCase())) last--;
  while (head && first < last && namesSite(parts[first].text, keys, false)) first++;
  if (first > 0 && first < last && SECTION_LABELS.has(parts[first].text.trim().toLowerCase())) first++;
  // rubric labels at either end, beside a headline -- not beside the site's name alone ("Disfunctions.de » Blog
  // Archiv": its <title>'s headline was cut as a short tail)
  const [siteFirst, siteLast] = [first, last];
  while (last > first && isLabel(parts[last].text)) last--;
  while (first < last && isLabel(parts[first].text)) first++;
  if (first === last && namesSite(parts[first].text, keys, true)) [first, last] = [siteFirst, siteLast];
  if (first === 0 && last === count - 1) return dated;
  const rest = dated.slice(parts[first].start, parts[last].end).trim();
  return LETTER.test(rest) ? rest : title;
}
