// Scraped plain text -> Article: a line classifier in the manner of jusText/trafilatura. Every line gets chrome
// rules (phrase and pattern tables), surface signals (length, sentence shape, function-word density, title case)
// and a context pass; the main block(s) of article text are kept, the rest is removed with its reason.
// Records (JSON text fields) are clean by contract: only the strong rules apply to them.
import type { Article, Complete, RawDocument, Removal } from '../../model.ts';
import { decodeEntities } from '../../common/normalize.ts';
import { shapeOf, wordsAndLowered, wordsOf } from './shape.ts';
import { matchRule, type RuleMatch } from './rules.ts';
import { articleLanguage, inOtherScript } from './language.ts';
import { occursAlone, unglue } from './unglue.ts';
import { findDateline } from './credits.ts';
import { datelinePlace, stampDay } from '../../common/dateline-zones.ts';
import { outletZone, textZone, zoneless } from '../../common/stamp-zone.ts';
import { normalizePublished } from '../published.ts';
import { classifyBody } from './body.ts';
import { bylineNames, dropRepeats, headEnd, outletAndOrigin, publishedDate, recordStamp, takeStandfirst, takeTitle } from './metadata.ts';
import { titleFromText } from './title.ts';
import type { Line } from './line.ts';
import { WEIGHTS as W } from './weights.ts';
import { REASON } from './reasons.ts';
import { SIGN_OFF } from './chrome-patterns.ts';
import { NAME_TITLES } from '../../common/name-titles.ts';

export { REASON } from './reasons.ts';

/** The head lines a stamp line is looked for in (as publishedDate reads the head), with the title (a record's
 * stamp may be its title). */
const stampLines = (lines: Line[], title: string | null | undefined): string[] => [
  ...(title ? [title] : []),
  ...lines.slice(0, W.headLines).map((l) => l.text),
];

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]+/g;
/** a lower-case letter (or a bracket) glued to a capitalised word: worth asking `unglue` */
const GLUE_HINT = /[a-z)][A-Z][a-z]/;
const GLUE_HINT_UNICODE = /[\p{Ll})][\p{Lu}][\p{Ll}]/u;
const NON_ASCII = /[^\x00-\x7f]/;
/** A line's last word, a title written short ("the Rev."), and a name's capital opening the next line ("Larry Kroon"). */
const LAST_ABBREVIATION = /(?:^|[\s("'“‘])(\p{L}+)\.$/u;
const NAME_OPENING = /^\p{Lu}\p{Ll}/u;

/** A title written short ends the line before, the name it stands before opens this one: one sentence broken in two. */
function nameBrokenAt(before: string, text: string): boolean {
  // (the pattern ends at the line's end with "."; a line ending otherwise is not scanned)
  const title = before.endsWith('.') ? LAST_ABBREVIATION.exec(before)?.[1] : undefined;
  return title !== undefined && NAME_TITLES.has(title) && NAME_OPENING.test(text);
}

/** Decoded, whitespace-normalised, non-empty lines. */
function rawLines(body: string): string[] {
  const out: string[] = [];
  for (const l of decodeEntities(body)
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .split(/\r\n|\r|\n/)) {
    const t = l.replace(/ {2,}/g, ' ').trim();
    if (t) out.push(t);
  }
  return out;
}

function ruleFor(text: string, record: boolean): RuleMatch | null {
  const words = wordsOf(text);
  return matchRule(text, words, /[.!?…]["'”’»)]*$/u.test(text), record);
}

/** Split glued chrome/text lines apart. */
function splitGlued(lines: string[], record: boolean): string[] {
  let whole: string | null = null;
  const judge = {
    isChrome: (t: string) => ruleFor(t, record) !== null,
    standalone: (word: string) => occursAlone((whole ??= lines.join('\n')), word),
  };
  const out: string[] = [];
  for (const l of lines) {
    if (GLUE_HINT.test(l) || (NON_ASCII.test(l) && GLUE_HINT_UNICODE.test(l))) out.push(...unglue(l, judge, record));
    else out.push(l);
  }
  return out;
}

/** Kept lines become paragraphs (a dateline cut off the first ones), the others removals with their reasons. */
function assemble(lines: Line[]): { paragraphs: string[]; removed: Removal[]; datelineAgency: string | null; dateline: string | null } {
  const removed: Removal[] = [];
  const paragraphs: string[] = [];
  let datelineAgency: string | null = null;
  let dateline: string | null = null;
  let joins = false;
  for (const l of lines) {
    if (!l.keep) {
      removed.push({ text: l.text, reason: l.reason ?? REASON.outsideArticle });
      joins = false;
      continue;
    }
    let text = l.text;
    // (a record one sentence a line breaks "the Rev.\nLarry Kroon of the Wasilla Bible Church said": one paragraph)
    if (joins && nameBrokenAt(paragraphs[paragraphs.length - 1], text)) {
      paragraphs[paragraphs.length - 1] += ` ${text}`;
      continue;
    }
    if (paragraphs.length < 2) {
      const d = findDateline(text);
      if (d) {
        removed.push({ text: d.text, reason: REASON.dateline });
        text = text.slice(text.indexOf(d.text) + d.text.length).trim();
        datelineAgency ??= d.agency;
        dateline ??= d.text;
      }
    }
    if (text) paragraphs.push(text);
    joins = text !== '';
  }
  const last = paragraphs.length - 1;
  const signOff = last >= 0 ? SIGN_OFF.exec(paragraphs[last]) : null;
  if (signOff) {
    removed.push({ text: signOff[0].trim(), reason: REASON.signOff });
    paragraphs[last] = paragraphs[last].slice(0, signOff.index).trim();
    if (!paragraphs[last]) paragraphs.pop();
  }
  return { paragraphs, removed, datelineAgency, dateline };
}

export function extractPlainText(raw: RawDocument): Article {
  const record = raw.kind === 'record';
  const scraped = !record;
  const texts = splitGlued(rawLines(raw.body), record);
  // each line's words and their lower case made once, in one scan: the language reads the long lines' words, the
  // shapes all
  const lowered: string[][] = [];
  const words = texts.map((text) => {
    const lower: string[] = [];
    lowered.push(lower);
    return wordsAndLowered(text, lower);
  });
  const language = articleLanguage(texts, lowered);

  const lines: Line[] = texts.map((text, i) => {
    const shape = shapeOf(text, language, words[i], lowered[i]);
    let rule = matchRule(text, shape.words, shape.terminal, record, shape.lower);
    if (!rule && scraped && inOtherScript(text, language)) rule = { reason: REASON.otherLanguage, strong: false };
    return { text, shape, rule, cls: 'bad', keep: !rule, reason: rule?.reason ?? null };
  });

  const range = scraped ? classifyBody(lines, language) : { bodyStart: 0, bodyEnd: lines.length - 1 };
  // names given with the input (a feed's channel title as outlet, its items' authors) lose their invisible
  // characters as the text does: "Reu\u200bters" read the same as "Reuters" and was another outlet
  let metaTitle = decodeEntities(raw.meta.title ?? '')
    .replace(INVISIBLE, '')
    .trim();
  let stamp: string | null = null;
  // slashed dates: English news writes the month first ("2/3/2009" is February 3)
  const monthFirst = language === 'en';
  if (record && !raw.meta.published) ({ published: stamp, title: metaTitle } = recordStamp(lines, metaTitle, monthFirst));
  const found = takeTitle(lines, metaTitle, range, scraped);
  if (scraped) takeStandfirst(lines, found.titleLine, range);
  dropRepeats(lines, record ? 8 : 1);

  const byline: string[] = [];
  const addName = (n: string) => {
    if (n && !byline.some((b) => b.toLowerCase() === n.toLowerCase())) byline.push(n);
  };
  for (const n of raw.meta.byline ?? []) addName(n.replace(INVISIBLE, ''));
  const end = headEnd(lines, range, scraped);
  bylineNames(lines, end, addName);
  const { paragraphs, removed, datelineAgency, dateline } = assemble(lines);
  // a record that holds only a headline (its text empty, or only a date stamp): the headline is the article's
  // one paragraph ("Esther Williams, swimming star, dies at 91" over a video page's "June 06, 2013")
  const onlyStamps = record && lines.length > 0 && lines.every((l) => l.reason === REASON.timestamp);
  // a text file that is its headline alone is one as a record's headline is ("Barrier vote delayed" was refused as
  // a file, kept as {"title": ...}); its length is judged by the one rule for all inputs (prepare/article-words.ts)
  const onlyTitle = scraped && lines.length > 0 && lines.every((l) => l.text.trim() === found.title);
  if ((raw.meta.headlineOnly || onlyStamps || onlyTitle) && paragraphs.length === 0 && found.title) paragraphs.push(found.title);
  if (datelineAgency) addName(datelineAgency);
  const { outlet, origin, evidence } = outletAndOrigin(lines, end, byline, raw.meta.outlet?.replace(INVISIBLE, '') ?? null, raw.url ?? null);
  const published = publishedDate(lines, range, raw.meta.published ?? stamp, monthFirst);
  // the day of writing where the dateline (the record's own, else the text's) places it, when not the stamp's
  // (read in the ISO form extractArticle gives the published date: "16-MAR-1987 17:35:22.01" is 1987-03-16T17:35:22)
  // a stamp without a zone is read in the zone the input declares, else the one its stamp line writes, else its
  // outlet's (by the page's domain), else UTC
  const iso = normalizePublished(published);
  const open = zoneless(iso);
  // (a zone word of more than one zone, "IST", is read by the outlet's zone or the dateline's place)
  const where = raw.meta.dateline ?? dateline;
  const hints = { url: raw.url, place: datelinePlace(where) };
  const zone = open ? (raw.meta.zone ?? textZone(iso, stampLines(lines, raw.meta.title), hints) ?? outletZone(raw.url) ?? undefined) : undefined;
  const { localDay, note } = stampDay(iso, where, zone);

  const article: Complete<Article> = {
    id: raw.id,
    source: raw.source,
    url: raw.url ?? null,
    title: found.title || (paragraphs.length ? titleFromText(paragraphs[0]) : raw.id),
    outlet,
    byline,
    published,
    publishedInText: published !== null && !raw.meta.published,
    localDay: localDay || undefined,
    publishedZone: note || undefined,
    captured: undefined,
    paragraphs,
    removed,
    order: raw.order,
    languageHint: language === 'und' ? null : language,
    originalOutlet: origin,
    outletEvidence: evidence,
    // set by extractArticle (extract/index.ts) where there is one: every article has every field, in one order, from
    // here on (one object shape for V8: the stages' loops over a story's documents were deoptimised by a second one)
    encodingRepaired: undefined,
    cut: undefined,
  };
  return article;
}
