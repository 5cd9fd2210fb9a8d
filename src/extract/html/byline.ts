// A page's byline as its author element or meta tag writes it, cut to the names: the label before them ("Author:",
// "Posted by", "Zeige alle Beiträge von"), the date, time, address or category the template prints after them.
// Each rule was read off a real page's byline (trafilatura-eval); the tables are the heuristics, the code applies them.
import { letterKey } from './site-name.ts';

/** Labels before the names, one or more ("Written by:", "View all posts by", "Beitragvon" as the forum glues it). */
const LABEL =
  /^\s*(?:(?:written|posted|published|veröffentlicht|verfasst|geschrieben|view all posts|zeige alle beiträge|alle beiträge|beitrag|ein beitrag)\s*)?(?:(?:by|von|par|por|di|door|av|af)\b|author|autor|autorin|auteur|interview)\s*:?\s+/i;
/** A label glued to the name after it, as some templates print it ("AuthorAndreas Kalt", "Veröffentlicht vonChris Jung"). */
const GLUED_LABEL = /^\s*(?:[Aa]uthor|[Aa]utor|(?:[Vv]eröffentlicht|[Pp]ublished|[Pp]osted) (?:von|by))(?=\p{Lu})/u;
/** A role before the name, written with the outlet's name ("FOCUS-Online-Experte Robin Tschöpe"): the name stays. */
const ROLE_BEFORE =
  /^(?:\p{L}[\p{L}.]*-)*(?:Experte|Expertin|Gastautor|Gastautorin|Redakteur|Redakteurin|Korrespondent|Korrespondentin|Kolumnist|Kolumnistin)\s+(?=\p{Lu})/u;
/** The outlet's staff credit after a person's name ("Adam Aaronson PhillyVoice Staff"): a word with a capital inside
 * (the outlet's name) or in capitals, then "Staff". */
const STAFF_AFTER = /(?<=\p{L}\s\p{Lu}\p{L}+)\s+(?:\p{Lu}\p{Ll}*\p{Lu}\p{L}*|\p{Lu}{2,})\s+Staff$/u;
/** The outlet the writers wrote for, after their names ("Glen Owen And Brendan Carlin For The Mail On Sunday",
 * "... For Dailymail.com"): cut, and a capitalised "And" between the names is the list's. */
const FOR_OUTLET = /(?<=\p{L}\s\p{Lu}\p{L}+)\s+For\s+(?:The\s+)?\p{Lu}.*$/u;
/** a title-cased byline's "And" between two names ("Glen Owen And Brendan Carlin For The Mail On Sunday") */
const CAPITAL_AND = / And (?=\p{Lu})/u;
/** What a template prints after the names ("Johanna Kropfitsch Alle Artikel"): cut with it. */
const TRAILING_LINKS = /\s+(?:alle artikel|all articles|alle beiträge|mehr artikel|more articles)\b.*$/i;
/** A line that names no one: a link's label, a CMS's default account, a placeholder ("Archiv anzeigen →", "Super User",
 * "No Author", "Unbenannt"). Compared in lower case, without a trailing arrow. */
const NO_NAME = new Set([
  'archiv anzeigen',
  'no author',
  'unknown',
  'unbekannt',
  'unbenannt',
  'publisher',
  'super user',
  'admin',
  'administrator',
  'wordpressadmin',
  'oradmin',
]);
/** Words of a newsroom's own credit, which names no person ("Redaktion", "Staff Writer", "Newsdesk", "Redacción EC",
 * "Redakcja Forsal.pl"); compared in lower case. A credit made of them, the outlet's name or its short sign is no byline. */
const STAFF_WORDS = new Set([
  'redaktion',
  'onlineredaktion',
  'online-redaktion',
  'redacción',
  'redaccion',
  'redação',
  'redacao',
  'redakcja',
  'rédaction',
  'redazione',
  'redactie',
  'newsdesk',
  'newsroom',
  'staff',
]);
/** Words that stand beside a staff word in its credit ("Staff Writer", "HLNF Staff Report", "Staff and news service reports"). */
const STAFF_FILLER = new Set(['writer', 'writers', 'report', 'reports', 'and', 'und', 'news', 'service', 'services', 'online', 'desk']);
/** An outlet's short sign beside its staff word ("TVT-Redaktion", "Redacción EC", "HLNF Staff Report"). */
const OUTLET_SIGN = /^\p{Lu}{2,5}$/u;
/** Fewest letters of a name beside the staff word that must be the outlet's to be its name ("N-Land", "Forsal.pl"). */
const OUTLET_KEY_MIN = 4;

/**
 * Whether a byline is the newsroom's credit and no person's ("Redaktion", "TVT-Redaktion", "N-Land Redaktion", "Staff
 * Writer", "Redaktion Gelbe Liste Pharmindex"): staff words, with nothing beside them or the outlet's short sign or one of
 * its names (`outlets`: the names the page gives its site). A person beside a staff word ("Rasender Reporter") stays.
 */
export function isStaffCredit(name: string, outlets: readonly string[]): boolean {
  const tokens = name.split(/[\s-]+/).filter(Boolean);
  if (!tokens.some((t) => STAFF_WORDS.has(t.toLowerCase()))) return false;
  const rest = tokens.filter((t) => !STAFF_WORDS.has(t.toLowerCase()) && !STAFF_FILLER.has(t.toLowerCase()));
  if (!rest.length || rest.every((t) => OUTLET_SIGN.test(t))) return true;
  const key = letterKey(rest.join(' '));
  const first = letterKey(rest[0]);
  return outlets.some((o) => {
    const k = letterKey(o);
    return (key.length >= OUTLET_KEY_MIN && k.includes(key)) || (first.length >= OUTLET_KEY_MIN && letterKey(o.split(/\s+/)[0]) === first);
  });
}

/** A degree or title standing as a byline's own part ("Grant Tinsley, PhD" split at its comma). */
export const DEGREE = /^(?:ph\.?\s?d\.?|m\.?d\.?|msc|m\.?sc\.?|mba|ma|ba|bsc|dr\.?|prof\.?|rd|rn|cpt|ms|mph)$/i;

/** Separators between the parts of a template's byline line ("8. Januar 2020 · by Aureliana · in Gefühle"). */
const PARTS = /\s*[·|]\s*/;
/** A part that is the names' own, labelled ("by Aureliana"), is taken when the line has several parts. */
const LABELLED_PART = /^(?:by|von|par|por|author|autor)\b/i;
const MONTH = '\\b(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zäé]*\\.?';
/**
 * Where the names are over: a date (numeric, ISO, or with a month's name and a year), a clock time, an e-mail or web
 * address, a category label. The words that lead into them ("am", "at", "Updated:", a weekday) go with them.
 */
/** "5 de marzo de 2019" (a `\p{}` pattern: a top-level constant, built once when compiled for node20) */
const SPANISH_DATE = /\d{1,2}\s+de\s+\p{L}+\s+de\s+\d{4}/u;
const TAIL_STARTS = [
  /\d{1,2}[./]\d{1,2}[./]\d{2,4}/,
  /\d{1,2}\/\d{1,2}\b/,
  /\d{4}-\d{2}-\d{2}/,
  /\d{1,2}:\d{2}/,
  new RegExp(`(?:\\d{1,2}\\.?\\s+)?${MONTH}\\s+(?:\\d{1,2},?\\s+)?\\d{4}`, 'i'),
  new RegExp(`\\d{1,2}\\s+${MONTH},?\\s+\\d{4}`, 'i'),
  SPANISH_DATE,
  /\S+@\S+\.\w+/,
  /https?:\/\//,
  /\b(?:kategorien|categories|category|kategorie):/i,
];
/** Words left before a cut that lead into what was cut ("am", "Le", "Updated:", "Fr,", a dash or comma). */
const LEAD_IN_END = /(?:[\s,·|–»-]+|\s+(?:am|um|at|on|le|à|updated:?|aktualisiert:?|mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?,?)+$/i;

/** Separators left at a byline's end ("wordpressadmin |"). */
const TRAILING_MARKS = /[\s,·|–»-]+$/;

/** The names' part of a byline line; null when nothing is left (a line that was only a date). */
export function bylineText(line: string): string | null {
  let text = line.replace(/\s+/g, ' ').trim();
  const parts = text.split(PARTS).filter(Boolean);
  text = (parts.length > 1 ? parts.find((p) => LABELLED_PART.test(p)) : null) ?? parts[0] ?? '';
  text = text.replace(GLUED_LABEL, '').replace(LABEL, '').replace(TRAILING_LINKS, '').replace(ROLE_BEFORE, '');
  if (FOR_OUTLET.test(text)) text = text.replace(FOR_OUTLET, '').replace(CAPITAL_AND, ' and ');
  text = text.replace(STAFF_AFTER, '');
  let end = text.length;
  for (const re of TAIL_STARTS) {
    const m = re.exec(text);
    if (m && m.index < end) end = m.index;
  }
  // the lead-in words only before a cut ("Minh Do", "Pascal Le" keep their names)
  text = end < text.length ? text.slice(0, end).replace(LEAD_IN_END, '') : text.replace(TRAILING_MARKS, '');
  text = text.trim();
  if (NO_NAME.has(text.replace(/\s*[→»>]+$/, '').toLowerCase())) return null;
  return text || null;
}
