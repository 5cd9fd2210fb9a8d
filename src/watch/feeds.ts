// Subscriptions: add, list (with each feed's polling state), remove, OPML import and export.
import type { Sql } from '../store/adapter.ts';
import { parseFetchUrl } from '../ingest/fetch.ts';
import { feedsmith } from './parse.ts';

export interface FeedState {
  id: number;
  url: string;
  title: string | null;
  site: string | null;
  category: string | null;
  added: string;
  polls: number;
  notModified: number;
  lastPoll: string | null;
  lastStatus: number | null;
  lastSuccess: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  /** failures in a row (0 when the last poll worked) */
  errors: number;
  itemsPerWeek: number | null;
  itemsSeen: number;
  nextPoll: string;
  scheduleReason: string | null;
}

interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  site: string | null;
  category: string | null;
  added_ms: string;
  polls: number;
  not_modified: number;
  last_poll_ms: string | null;
  last_status: number | null;
  last_success_ms: string | null;
  last_error: string | null;
  last_error_ms: string | null;
  errors: number;
  items_per_week: number | null;
  items_seen: number;
  next_poll_ms: string;
  schedule_reason: string | null;
}

const iso = (ms: string | number | null) => (ms === null || ms === undefined ? null : new Date(Number(ms)).toISOString());

function state(r: FeedRow): FeedState {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    site: r.site,
    category: r.category,
    added: iso(r.added_ms)!,
    polls: r.polls,
    notModified: r.not_modified,
    lastPoll: iso(r.last_poll_ms),
    lastStatus: r.last_status,
    lastSuccess: iso(r.last_success_ms),
    lastError: r.last_error,
    lastErrorAt: iso(r.last_error_ms),
    errors: r.errors,
    itemsPerWeek: r.items_per_week === null ? null : Math.round(r.items_per_week * 10) / 10,
    itemsSeen: r.items_seen,
    nextPoll: iso(r.next_poll_ms)!,
    scheduleReason: r.schedule_reason,
  };
}

export type AddResult = { added: FeedState } | { exists: FeedState } | { problem: string; url: string };

/** Subscribe to a feed URL (http or https); polled at once by the next watch. */
export async function addFeed(
  db: Sql,
  url: string,
  o: { now?: number; title?: string | null; site?: string | null; category?: string | null } = {},
): Promise<AddResult> {
  const parsed = parseFetchUrl(url.trim());
  if ('problem' in parsed) return { problem: parsed.problem, url };
  const href = parsed.href;
  const now = o.now ?? Date.now();
  const rows = await db.query<FeedRow>(
    `INSERT INTO feeds (url, host, title, site, category, added_ms, next_poll_ms) VALUES ($1, $2, $3, $4, $5, $6, $6)
     ON CONFLICT (url) DO NOTHING RETURNING *`,
    [href, parsed.host, o.title ?? null, o.site ?? null, o.category ?? null, now],
  );
  if (rows.length) return { added: state(rows[0]) };
  const existing = await db.query<FeedRow>('SELECT * FROM feeds WHERE url = $1', [href]);
  return { exists: state(existing[0]) };
}

export async function listFeeds(db: Sql): Promise<FeedState[]> {
  return (await db.query<FeedRow>('SELECT * FROM feeds ORDER BY id')).map(state);
}

export async function getFeed(db: Sql, id: number): Promise<FeedState | null> {
  const rows = await db.query<FeedRow>('SELECT * FROM feeds WHERE id = $1', [id]);
  return rows.length ? state(rows[0]) : null;
}

/** Unsubscribe (the documents it brought stay in the base). */
export async function removeFeed(db: Sql, id: number): Promise<boolean> {
  const rows = await db.query('DELETE FROM feeds WHERE id = $1 RETURNING id', [id]);
  return rows.length > 0;
}

interface Outline {
  text?: string;
  title?: string;
  type?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outlines?: Outline[];
}

/** The first element's name, past the XML declaration, comments, a doctype and blanks. */
const ROOT_ELEMENT = /^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w:.-]*)/i;
/** What a file is by its first element, when it is no OPML list: said instead of the parser's "Invalid OPML format". */
const NOT_OPML: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(rss|rdf:rdf|feed)$/i, 'a feed (RSS or Atom), not an OPML list of feeds: subscribe to its address with crosscheck feeds add'],
  [/^html$/i, 'an HTML page, not an OPML list of feeds'],
];
/** The XML parser's reasons (under feedsmith's "Invalid OPML format") in the user's words: what is wrong with the list. */
const PARSER_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  // fast-xml-parser's maxNestedTags (100): a list nested 50,000 outlines deep said only "Invalid OPML format"
  [/maximum nested tags exceeded/i, 'its outlines nest more than 100 levels deep (folders within folders)'],
];
/** An OPML document's own end tag: a file without one was cut short (a download that stopped). */
const OPML_END = /<\/opml\s*>\s*$/i;
/** An OPML body with no outline in it: a list of no feeds (what exportOpml writes for a base without subscriptions). */
const EMPTY_BODY = /<body\s*\/>|<body\b[^>]*>\s*<\/body\s*>/i;

/** Why `xml` is no OPML list that can be read, once the parser refused it. */
function notOpml(xml: string, err: unknown): string {
  if (!xml.trim()) return 'empty file: no list of feeds in it';
  if (xml.includes('\u0000')) return 'binary content, not an OPML list of feeds';
  const root = ROOT_ELEMENT.exec(xml)?.[1];
  if (!root) return `not an OPML file: no XML element at its start (it starts with ${JSON.stringify(xml.trim().slice(0, 40))})`;
  const what = NOT_OPML.find(([re]) => re.test(root))?.[1];
  if (what) return what;
  if (root.toLowerCase() !== 'opml') return `not an OPML file: its first element is <${root}>, not <opml>`;
  if (!OPML_END.test(xml)) return cutBeforeAny(xml);
  const cause = (err as { cause?: unknown }).cause;
  const said = cause instanceof Error ? cause.message : (err as Error).message;
  const words = PARSER_WORDS.find(([re]) => re.test(said))?.[1];
  return words ? `not an OPML list that can be read: ${words}` : `not an OPML file (${said})`;
}

const cutBeforeAny = (xml: string) =>
  `the OPML file is cut short: it ends (at ${xml.length.toLocaleString('en-US')} characters) before its closing </opml>, with no whole feed before the cut`;

/** Whether an OPML document ends before its closing tag (its feeds before the cut are read all the same). */
export const opmlCut = (xml: string): boolean => !OPML_END.test(xml);

/** The feeds of an OPML document (nested folders become categories). */
export function opmlFeeds(xml: string): Array<{ url: string; title: string | null; site: string | null; category: string | null }> | { problem: string } {
  let doc: { body?: { outlines?: Outline[] } };
  try {
    doc = feedsmith().parseOpml(xml) as typeof doc;
  } catch (err) {
    // a list cut inside a tag ("<outl"): its whole outlines before the cut are read (the parser takes a list cut
    // between two tags)
    const whole = opmlCut(xml) ? xml.slice(0, xml.lastIndexOf('>') + 1) : '';
    if (whole && whole !== xml) return opmlFeeds(whole);
    // feedsmith refuses a body without outlines, though it is a list (of no feeds): our own export of no subscriptions
    if (ROOT_ELEMENT.exec(xml)?.[1].toLowerCase() === 'opml' && OPML_END.test(xml) && EMPTY_BODY.test(xml)) return [];
    return { problem: notOpml(xml, err) };
  }
  const out: Array<{ url: string; title: string | null; site: string | null; category: string | null }> = [];
  const walk = (list: Outline[] | undefined, category: string | null) => {
    for (const o of list ?? []) {
      if (o.xmlUrl) out.push({ url: o.xmlUrl, title: o.title ?? o.text ?? null, site: o.htmlUrl ?? null, category });
      if (o.outlines?.length) walk(o.outlines, o.xmlUrl ? category : (o.title ?? o.text ?? category));
    }
  };
  walk(doc.body?.outlines, null);
  if (!out.length && opmlCut(xml)) return { problem: cutBeforeAny(xml) };
  return out;
}

/** Import an OPML subscription list: what was added, what was already there, what was refused. */
export async function importOpml(
  db: Sql,
  xml: string,
  now?: number,
): Promise<{ added: number; existing: number; problems: Array<{ url: string; problem: string }>; cut: boolean } | { problem: string }> {
  const feeds = opmlFeeds(xml);
  if ('problem' in feeds) return feeds;
  const cut = opmlCut(xml);
  let added = 0;
  let existing = 0;
  const problems: Array<{ url: string; problem: string }> = [];
  for (const f of feeds) {
    const r = await addFeed(db, f.url, { now, title: f.title, site: f.site, category: f.category });
    if ('added' in r) added++;
    else if ('exists' in r) existing++;
    else problems.push({ url: r.url, problem: r.problem });
  }
  return { added, existing, problems, cut };
}

/** The subscriptions as OPML 2.0 (categories as folders). */
export async function exportOpml(db: Sql): Promise<string> {
  const feeds = await listFeeds(db);
  // feedsmith refuses a body without outlines: no subscriptions is still a file to export
  if (!feeds.length)
    return '<?xml version="1.0" encoding="utf-8"?>\n<opml version="2.0">\n  <head>\n    <title>crosscheck subscriptions</title>\n  </head>\n  <body/>\n</opml>\n';
  const outline = (f: FeedState): Outline => ({
    text: f.title ?? f.url,
    title: f.title ?? undefined,
    type: 'rss',
    xmlUrl: f.url,
    htmlUrl: f.site ?? undefined,
  });
  const top: Outline[] = [];
  const folders = new Map<string, Outline>();
  for (const f of feeds) {
    if (!f.category) {
      top.push(outline(f));
      continue;
    }
    let folder = folders.get(f.category);
    if (!folder) {
      folder = { text: f.category, outlines: [] };
      folders.set(f.category, folder);
      top.push(folder);
    }
    folder.outlines!.push(outline(f));
  }
  return feedsmith().generateOpml({ head: { title: 'crosscheck subscriptions' }, body: { outlines: top } } as never) as string;
}
