// The read side of the story base: story lists, one story's report, one document with its versions,
// full-text search with highlighted snippets, problems, exports and the change feed. A story an ingest left
// stale (update/stories.ts: mid-run, or after a crash) is synthesised here on the fly from the base, never
// written (a reader takes no lock and may hold a read-only base): what a reader shows matches its membership.
import type { Relation, Report, ReportDocument, ReportStory } from '../model.ts';
import { buildReport } from '../report/index.ts';
import { canonicalCompare } from '../pipeline.ts';
import { escapeHtml } from '../report/escape.ts';
import type { Sql } from './adapter.ts';
import { byEnds, fromText, relationsAmong, searchText, TS_CONFIG } from './repo.ts';
import { addressMatch, addressQuery, addressSnippet, otherAddresses, type AddressQuery } from './addresses.ts';
import { CACHE_BUDGET, LruCache, type ParsedCache } from './cache.ts';
import { groupOf, synthesizeGroups, type SynthesisedStory } from './update/synthesize.ts';
import { storedSeconds, storyWindow } from './window.ts';
import { zonedAsUtc } from '../common/date-bound.ts';
import type { Counted, DocumentView, SearchHit, StoredProblem, StoryBriefing, StoryChange, StoryQuery, StorySummary } from './types.ts';
import { ruledLine } from '../common/problem-rules.ts';

const MAX_LIMIT = 1000;

function page(limit: number | undefined, offset: number | undefined, fallback: number): [number, number] {
  const l = Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(0, Math.floor(limit as number))) : fallback;
  const o = Number.isFinite(offset) ? Math.max(0, Math.floor(offset as number)) : 0;
  return [l, o];
}

interface StoryRow {
  key: number;
  stale: boolean;
  /** only for a stale story: its group part */
  report: string | null;
  id: string;
  title: string;
  documents: number;
  independent_sources: number;
  outlets: string[];
  languages: string[];
  first_seen: string | null;
  latest: string | null;
  updated_at: string;
}

const SUMMARY_COLUMNS =
  'key, stale, CASE WHEN stale THEN report END AS report, id, title, documents, independent_sources, outlets, languages, first_seen, latest, updated_at';

/** Stale stories synthesised from what the base holds now (their stored report is their group part). */
async function synthesiseStale(db: Sql, rows: Array<{ key: number; report: string | null }>): Promise<Map<number, SynthesisedStory>> {
  if (!rows.length) return new Map();
  const cache: ParsedCache = {
    documents: new LruCache(CACHE_BUDGET.documents),
    members: new LruCache(0),
    stories: new LruCache(0),
    splitPairs: new LruCache(0),
  };
  return synthesizeGroups(
    db,
    rows.map((r) => [r.key, groupOf(JSON.parse(r.report!))]),
    cache,
  );
}

/** Summaries, the stale ones' sources, outlets and languages as a synthesis now gives them. */
async function summaries(db: Sql, rows: StoryRow[]): Promise<StorySummary[]> {
  const fresh = await synthesiseStale(
    db,
    rows.filter((r) => r.stale),
  );
  return rows.map((r) => {
    const s = fresh.get(r.key);
    return summary(s ? { ...r, independent_sources: s.independentSources, outlets: s.outlets, languages: s.languages } : r);
  });
}

function summary(r: StoryRow): StorySummary {
  return {
    id: r.id,
    title: r.title,
    documents: r.documents,
    independentSources: r.independent_sources,
    outlets: r.outlets ?? [],
    languages: r.languages ?? [],
    firstSeen: zonedAsUtc(r.first_seen),
    latest: zonedAsUtc(r.latest),
    updatedAt: r.updated_at,
  };
}

// latest by its instant, then as text (a bare day is its first instant in UTC: before a time on that day written
// in UTC), then the key
const LATEST = `${storedSeconds('latest')} DESC NULLS LAST, latest DESC NULLS LAST`;
const SORTS: Record<NonNullable<StoryQuery['sort']>, string> = {
  newest: `${LATEST}, key DESC`,
  sources: `independent_sources DESC, documents DESC, ${LATEST}, key`,
  growing: 'updated_seq DESC, documents DESC, key',
};

/** An outlet or a language matches in any case, as a person types it ("bbc", "EN"), and still as the whole name
 * ("Guardian" is not "The Guardian"). (A case-exact match once answered "No stories match" to "bbc" over nine BBC
 * stories.) */
export async function listStories(db: Sql, q: StoryQuery = {}): Promise<StorySummary[]> {
  return (await countedStories(db, q)).items;
}

// A page of a list and how many the whole list holds (a client's paging needs both: the end was learnt only from an
// empty page). Counted in the page's own query (a window count, before LIMIT); an empty page counts apart.

/** The total a page's rows carry, or for an empty page (past the end, or an empty list) the count query's. */
async function totalOf(rows: Array<{ total?: number | string }>, count: () => Promise<Array<{ total: number | string }>>): Promise<number> {
  return Number(rows.length ? rows[0].total : ((await count())[0]?.total ?? 0));
}

export async function countedStories(db: Sql, q: StoryQuery = {}): Promise<Counted<StorySummary>> {
  const [limit, offset] = page(q.limit, q.offset, 50);
  const sort = SORTS[q.sort ?? 'newest'] ?? SORTS.newest;
  const where = (w: { where: string }) => `($1::text IS NULL OR EXISTS (SELECT 1 FROM unnest(outlets) o WHERE lower(o) = lower($1)))
       AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM unnest(languages) l WHERE lower(l) = lower($2))) AND ${w.where}`;
  const window = storyWindow(q, 5);
  const rows = await db.query<StoryRow & { total: number | string }>(
    `SELECT ${SUMMARY_COLUMNS}, count(*) OVER () AS total FROM stories WHERE ${where(window)} ORDER BY ${sort} LIMIT $3 OFFSET $4`,
    [q.outlet ?? null, q.language ?? null, limit, offset, ...window.params],
  );
  const total = await totalOf(rows, () => {
    const counted = storyWindow(q, 3);
    return db.query<{ total: number | string }>(`SELECT count(*) AS total FROM stories WHERE ${where(counted)}`, [
      q.outlet ?? null,
      q.language ?? null,
      ...counted.params,
    ]);
  });
  return { items: await summaries(db, rows), total };
}

interface DocRow {
  id: string;
  report: string;
  flags: string;
  version: number;
  changed_at: string | null;
  story: number | null;
  position: number;
}

/** The contract's document: the latest version, with its version number and change time once it changed. */
function reportDocumentOf(r: DocRow): ReportDocument {
  const doc = { ...(JSON.parse(r.report) as ReportDocument), flags: fromText<ReportDocument['flags']>(r.flags) };
  if (r.version > 1) Object.assign(doc, { version: r.version, changedAt: r.changed_at });

  return doc;
}

async function documentsIn(db: Sql, ids: string[]): Promise<ReportDocument[]> {
  if (!ids.length) return [];
  const rows = await db.query<DocRow>('SELECT id, report, flags, version, changed_at, story, position FROM documents WHERE id = ANY($1::text[])', [ids]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r): r is DocRow => !!r)
    .map(reportDocumentOf);
}

/** The story's key, by its id or any id it had before it grew. */
async function storyKey(db: Sql, id: string): Promise<number | null> {
  const rows = await db.query<{ story: number }>('SELECT story FROM story_ids WHERE id = $1', [id]);
  return rows.length ? rows[0].story : null;
}

export async function storyReport(db: Sql, id: string): Promise<Report | null> {
  const key = await storyKey(db, id);
  if (key === null) return null;
  const rows = await db.query<{ report: string; stale: boolean }>('SELECT report, stale FROM stories WHERE key = $1', [key]);
  if (!rows.length) return null;
  const story = rows[0].stale ? (await synthesiseStale(db, [{ key, report: rows[0].report }])).get(key)!.report : (JSON.parse(rows[0].report) as ReportStory);
  const documents = await documentsIn(db, story.documents);
  return buildReport({ documents, relations: await relationsAmong(db, story.documents), stories: [story], problems: [] });
}

/**
 * What a feed shows of some stories (given by any id they had), in one read: each story's summary, its briefing and
 * the documents the briefing cites. (The feeds read each story's whole report -- claims, quotes, entities, outlets:
 * ~70 KB of JSON a story on ECB+, of which the briefing is 5% -- with all its documents and relations, 90 queries
 * for 30 entries: /feeds/top.atom took 3.7 s on the ECB+ base, again each time the response cache let it go.)
 * A stale story is synthesised as storyReport does. Stories not found are left out; the order is the ids'.
 */
export async function storyBriefings(db: Sql, ids: string[]): Promise<StoryBriefing[]> {
  if (!ids.length) return [];
  const rows = await db.query<StoryRow & { asked: string; part: string | null }>(
    `SELECT i.id AS asked, s.key, s.stale, CASE WHEN s.stale THEN s.report END AS report, s.id, s.title, s.documents, s.independent_sources,
       s.outlets, s.languages, s.first_seen, s.latest, s.updated_at,
       CASE WHEN NOT s.stale THEN ((s.report::json) -> 'briefing')::text END AS part
     FROM story_ids i JOIN stories s ON s.key = i.story WHERE i.id = ANY($1::text[])`,
    [ids],
  );
  const byAsked = new Map(rows.map((r) => [r.asked, r]));
  const fresh = await synthesiseStale(
    db,
    rows.filter((r) => r.stale),
  );
  const seen = new Set<number>();
  const found: Array<{ summary: StorySummary; briefing: ReportStory['briefing'] }> = [];
  for (const id of ids) {
    const r = byAsked.get(id);
    if (!r || seen.has(r.key)) continue;
    seen.add(r.key);
    const s = fresh.get(r.key);
    const summaryRow = s ? { ...r, independent_sources: s.independentSources, outlets: s.outlets, languages: s.languages } : r;
    found.push({ summary: summary(summaryRow), briefing: s ? s.report.briefing : (JSON.parse(r.part ?? '[]') as ReportStory['briefing']) });
  }
  const cited = [...new Set(found.flatMap((f) => f.briefing.flatMap((b) => b.support.map((ref) => ref.document))))];
  const docs = new Map((await documentsIn(db, cited)).map((d) => [d.id, d]));
  return found.map((f) => {
    const own = new Set(f.briefing.flatMap((b) => b.support.map((ref) => ref.document)));
    return { ...f, documents: [...own].map((d) => docs.get(d)).filter((d): d is ReportDocument => !!d) };
  });
}

/** When the base saw each article of a story (given by any id it had), and each of its new versions: oldest first. */
export async function storyChanges(db: Sql, id: string): Promise<StoryChange[]> {
  return db.query<StoryChange>(
    `SELECT v.document, v.version, v.seen FROM story_ids i JOIN documents d ON d.story = i.story JOIN document_versions v ON v.document = d.id
     WHERE i.id = $1 ORDER BY v.seen, d.position, v.version`,
    [id],
  );
}

export async function documentView(db: Sql, id: string): Promise<DocumentView | null> {
  const rows = await db.query<DocRow>('SELECT id, report, flags, version, changed_at, story, position FROM documents WHERE id = $1', [id]);
  if (!rows.length) return null;
  const r = rows[0];
  const rels = await db.query<{ body: string }>('SELECT body FROM relations WHERE from_doc = $1 OR to_doc = $1', [id]);
  const stories = r.story === null ? [] : (await db.query<{ id: string }>('SELECT id FROM stories WHERE key = $1', [r.story])).map((s) => s.id);
  const versions = await db.query<{ version: number; seen: string; content_hash: string }>(
    'SELECT version, seen, content_hash FROM document_versions WHERE document = $1 ORDER BY version',
    [id],
  );
  const document = reportDocumentOf(r);
  const reached = await otherAddresses(db, id, document.url);
  return {
    document,
    relations: rels.map((x) => JSON.parse(x.body) as Relation).sort(byEnds),
    stories,
    versions: versions.map((v) => ({ version: v.version, seen: v.seen, contentHash: v.content_hash })),
    addresses: reached.map((a) => a.address),
    reached,
  };
}

const MARK_ON = '\u0001';
const MARK_OFF = '\u0002';
const FRAGMENTS = ' … ';

/** A bracketed name as search_text (migration 016) hands it to ts_headline: \x03 name \x04, within one fragment. A
 * fragment that starts or ends inside the name holds one of the two: that one is dropped ("COFAB INC BUYS ..."). */
const BRACKETED = /\u0003([^\u0003\u0004…]*)\u0004/g;
const UNMARKED = /[\u0001-\u0004]/g;

/** A title's opening quote marks or brackets ("'Parasite' scores ..."), which ts_headline leaves off its first fragment. */
const OPENING_MARKS = /^[\p{Pi}\p{Ps}"'`]+/u;
/** a snippet's <b> marks, to compare its text with the title's */
const BOLD_MARKS = /<\/?b>/g;

/** The title's opening marks put back before the first fragment when that fragment is the title's start: ts_headline
 * starts a fragment at a word ("Parasite' scores historic upset"). */
function titleMarks(fragments: string[], title: string): string[] {
  const t = title.trim();
  const lead = OPENING_MARKS.exec(t)?.[0];
  if (!lead || !fragments.length) return fragments;
  const rest = escapeHtml(t.slice(lead.length).replace(/\s+/g, ' '));
  const first = fragments[0].replace(BOLD_MARKS, '');
  const n = Math.min(rest.length, first.length, 40);
  if (n === 0 || rest.slice(0, n) !== first.slice(0, n)) return fragments;
  return [`${escapeHtml(lead)}${fragments[0]}`, ...fragments.slice(1)];
}

/** ts_headline's marks become <b>..</b>, a bracketed name's brackets come back; everything else is escaped. A hit's
 * title (its text's start) gives back its opening quote marks. */
export function safeSnippet(marked: string, title = ''): string {
  const headline = marked.replace(BRACKETED, '<$1>');
  const parts: string[] = [];
  const re = /\u0001([^\u0001\u0002]*)\u0002/g;
  let last = 0;
  const clean = (s: string) => escapeHtml(s.replace(UNMARKED, ''));
  for (let m = re.exec(headline); m; m = re.exec(headline)) {
    parts.push(clean(headline.slice(last, m.index)), `<b>${clean(m[1])}</b>`);
    last = m.index + m[0].length;
  }
  parts.push(clean(headline.slice(last)));
  // two fragments can cover the same passage: show it once
  const fragments = parts
    .join('')
    .replace(/\s+/g, ' ')
    .split(FRAGMENTS)
    .map((f) => f.trim())
    .filter(Boolean);
  return titleMarks([...new Set(fragments)], title).join(FRAGMENTS);
}

export async function search(db: Sql, text: string, q: { limit?: number; offset?: number } = {}): Promise<SearchHit[]> {
  return (await countedSearch(db, text, q)).items;
}

export async function countedSearch(db: Sql, text: string, q: { limit?: number; offset?: number } = {}): Promise<Counted<SearchHit>> {
  const [limit, offset] = page(q.limit, q.offset, 20);
  if (!text.trim()) return { items: [], total: 0 };
  // a pasted address, or an outlet's domain: the articles reached there (a domain no article is at is read as words: "node.js")
  const address = addressQuery(text);
  if (address) {
    const found = await addressSearch(db, address, limit, offset);
    if (found.total > 0 || address.keys !== null) return found;
  }
  const options = HEADLINE_OPTIONS;
  const matches = `SELECT 'story' AS kind, s.id, s.title, ts_rank_cd(s.search, q.q)::float8 AS rank, s.key AS ref FROM stories s, q WHERE s.search @@ q.q
       UNION ALL
       SELECT 'document' AS kind, d.id, d.title, ts_rank_cd(d.search, q.q)::float8 AS rank, d.position AS ref FROM documents d, q WHERE d.search @@ q.q`;
  const rows = await db.query<SearchRow & { kind: 'story' | 'document'; total: number | string }>(
    `WITH q AS (SELECT websearch_to_tsquery('${TS_CONFIG}', ${searchText('$1')}) AS q),
     hits AS (SELECT m.*, count(*) OVER () AS total FROM (${matches}) m ORDER BY rank DESC, kind DESC, id LIMIT $2 OFFSET $3)
     SELECT h.kind, h.id, h.title, h.rank, h.total,
       CASE WHEN h.kind = 'story' THEN (SELECT s.outlets FROM stories s WHERE s.key = h.ref)
            ELSE (SELECT array_remove(ARRAY[d.outlet], NULL) FROM documents d WHERE d.position = h.ref) END AS outlets,
       CASE WHEN h.kind = 'story' THEN (SELECT s.latest FROM stories s WHERE s.key = h.ref)
            ELSE (SELECT d.published FROM documents d WHERE d.position = h.ref) END AS date,
       ts_headline('${TS_CONFIG}', ${searchText(`CASE WHEN h.kind = 'story' THEN (SELECT s.title || E'\\n' || s.body FROM stories s WHERE s.key = h.ref)
                                 ELSE (SELECT d.title || E'\\n' || ((d.report::json) ->> 'text') FROM documents d WHERE d.position = h.ref) END`)}, q.q, '${options}') AS snippet
     FROM hits h, q ORDER BY h.rank DESC, h.kind DESC, h.id`,
    [text, limit, offset],
  );
  const total = await totalOf(rows, () =>
    db.query<{ total: number | string }>(
      `WITH q AS (SELECT websearch_to_tsquery('${TS_CONFIG}', ${searchText('$1')}) AS q) SELECT count(*) AS total FROM (${matches}) m`,
      [text],
    ),
  );
  const items = rows.map((r) => hitOf(r.kind, r, safeSnippet(r.snippet ?? '', r.title)));
  return { items, total };
}

interface SearchRow {
  id: string;
  title: string;
  rank: number;
  snippet: string;
  outlets: string[] | null;
  date: string | null;
}

const hitOf = (kind: SearchHit['kind'], r: SearchRow, snippet: string): SearchHit => ({
  kind,
  id: r.id,
  title: r.title,
  snippet,
  rank: Math.round(Number(r.rank) * 1e4) / 1e4,
  outlets: r.outlets ?? [],
  date: zonedAsUtc(r.date),
});

const HEADLINE_OPTIONS = `StartSel=${MARK_ON}, StopSel=${MARK_OFF}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter="${FRAGMENTS}"`;

/** Articles at an address or a domain (and holding the words, if any): the words' rank first, else the newest first. */
async function addressSearch(db: Sql, q: AddressQuery, limit: number, offset: number): Promise<Counted<SearchHit>> {
  const words = q.words.trim();
  const { match, params } = addressMatch(q, words ? 2 : 1);
  const given = [...(words ? [words] : []), ...params];
  const count = q.keys !== null ? 1 : q.hosts.length;
  const conditions = Array.from({ length: count }, (_, i) => `d.id IN (SELECT a.document FROM document_addresses a WHERE ${match(i)})`);
  if (words) conditions.push('d.search @@ q.q');
  const query = words ? `WITH q AS (SELECT websearch_to_tsquery('${TS_CONFIG}', ${searchText('$1')}) AS q), ` : 'WITH ';
  const order = words ? 'ts_rank_cd(d.search, q.q) DESC, d.id' : 'd.published DESC NULLS LAST, d.position DESC';
  const text = `(SELECT x.title || E'\\n' || ((x.report::json) ->> 'text') FROM documents x WHERE x.position = h.position)`;
  const rows = await db.query<SearchRow & { total: number | string; address: string }>(
    `${query}hits AS (SELECT d.id, d.title, d.position, array_remove(ARRAY[d.outlet], NULL) AS outlets, d.published AS date, ${words ? 'ts_rank_cd(d.search, q.q)::float8' : '0::float8'} AS rank, count(*) OVER () AS total,
        row_number() OVER (ORDER BY ${order}) AS n
      FROM documents d${words ? ', q' : ''} WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT $${given.length + 1} OFFSET $${given.length + 2})
     SELECT h.id, h.title, h.rank, h.total, h.outlets, h.date,
       (SELECT a.address FROM document_addresses a WHERE a.document = h.id AND ${match(0)} ORDER BY a.key LIMIT 1) AS address,
       ${words ? `ts_headline('${TS_CONFIG}', ${searchText(text)}, q.q, '${HEADLINE_OPTIONS}')` : text} AS snippet
     FROM hits h${words ? ', q' : ''} ORDER BY h.n`,
    [...given, limit, offset],
  );
  const total = await totalOf(rows, () =>
    db.query<{ total: number | string }>(
      `${query}m AS (SELECT 1 FROM documents d${words ? ', q' : ''} WHERE ${conditions.join(' AND ')}) SELECT count(*) AS total FROM m`,
      given,
    ),
  );
  const items = rows.map((r) => ({
    ...hitOf('document', r, words ? safeSnippet(r.snippet ?? '', r.title) : addressSnippet(r.address, (r.snippet ?? '').replace(/^[^\n]*\n/, ''))),
    address: r.address,
  }));
  return { items, total };
}

export async function listProblems(db: Sql, q: { limit?: number; offset?: number } = {}): Promise<StoredProblem[]> {
  return (await countedProblems(db, q)).items;
}

export async function countedProblems(db: Sql, q: { limit?: number; offset?: number } = {}): Promise<Counted<StoredProblem>> {
  const [limit, offset] = page(q.limit, q.offset, 100);
  const rows = await db.query<StoredProblem & { total: number | string }>(
    'SELECT source, reason, seen, count(*) OVER () AS total FROM problems ORDER BY seen DESC, source, reason LIMIT $1 OFFSET $2',
    [limit, offset],
  );
  const total = await totalOf(rows, () => db.query<{ total: number | string }>('SELECT count(*) AS total FROM problems'));
  // a note (a text cut, NULs taken out, a redirect waiting for its page) was listed as an input not used: marked
  return {
    items: rows.map(({ source, reason, seen }) => ruledLine({ source, reason, seen })),
    total,
  };
}

/** The whole base, or the stories active in a window, as the report contract (largest stories first, as a batch run). */
export async function exportReport(db: Sql, q: { since?: string; until?: string } = {}): Promise<Report> {
  const window = storyWindow(q, 1);
  const rows = await db.query<{ key: number; report: string; stale: boolean; first: number }>(
    `SELECT s.key, s.report, s.stale, (SELECT min(position) FROM documents d WHERE d.story = s.key) AS first FROM stories s
     WHERE ${window.where}
     ORDER BY s.documents DESC, first`,
    window.params,
  );
  const fresh = await synthesiseStale(
    db,
    rows.filter((r) => r.stale),
  );
  const stories = rows.map((r) => fresh.get(r.key)?.report ?? (JSON.parse(r.report) as ReportStory));
  const windowed = !!(q.since || q.until);
  const docRows = windowed
    ? await db.query<DocRow>('SELECT id, report, flags, version, changed_at, story, position FROM documents WHERE id = ANY($1::text[]) ORDER BY position', [
        stories.flatMap((s) => s.documents),
      ])
    : await db.query<DocRow>('SELECT id, report, flags, version, changed_at, story, position FROM documents ORDER BY position');
  // documents in the canonical order, as a batch run lists them
  const documents = docRows.map(reportDocumentOf).sort(canonicalCompare);
  const ids = new Set(documents.map((d) => d.id));
  const rels = (await db.query<{ body: string; from_doc: string; to_doc: string }>('SELECT from_doc, to_doc, body FROM relations'))
    .filter((r) => ids.has(r.from_doc) && ids.has(r.to_doc))
    .map((r) => JSON.parse(r.body) as Relation)
    .sort(byEnds);
  const problems = await db.query<{ source: string; reason: string }>('SELECT source, reason FROM problems ORDER BY source, reason');
  return buildReport({ documents, relations: rels, stories, problems });
}

export async function changedSince(db: Sql, seq: number): Promise<{ seq: number; stories: StorySummary[] }> {
  const meta = await db.query<{ value: number }>(`SELECT value::float8 AS value FROM meta WHERE key = 'change_seq'`);
  const rows = await db.query<StoryRow>(`SELECT ${SUMMARY_COLUMNS} FROM stories WHERE updated_seq > $1 ORDER BY updated_seq DESC, key LIMIT ${MAX_LIMIT}`, [
    Math.max(0, Math.floor(seq) || 0),
  ]);
  return { seq: Number(meta[0]?.value ?? 0), stories: await summaries(db, rows) };
}
