// The web addresses an article was reached at (migration 017): its own URL, the address given on the command line,
// each address a redirect led from (a fetch's hops, a web archive's 301 record). A researcher pastes any of them, or
// types an outlet's domain ("reuters.com"), into the search: the words' index holds neither, so they are looked up
// here. Keys are compared as migration 017 makes them for the rows it fills: lower case, no scheme, no "www.", no
// fragment, no trailing slash.
import type { Problem, RawDocument, RedirectLink } from '../model.ts';
import { canonicalUrl } from '../ingest/url-id.ts';
import { escapeHtml } from '../report/escape.ts';
import type { Sql } from './adapter.ts';
import { arrayText, insertColumns } from './repo.ts';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const WWW = /^www\./i;
/** trailing slashes of the path, before the query or the end */
const TRAILING_SLASHES = /\/+(\?|$)/;
/** the host of a key: up to its path, query or port */
const HOST_OF_KEY = /^[^/?:]*/;
/** A domain as typed: two labels or more, the last a name of letters ("reuters.com", "bbc.co.uk"; not "U.S." or "3.5"). */
const DOMAIN = /^(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})\.?$/i;
/** An address as pasted: a scheme, or a domain followed by a path. */
const ADDRESS = /^(?:https?:\/\/\S+|(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\/\S*)$/i;

/** The key an address is stored and looked up by (its tracking parameters taken off); null when it is no http(s) address. */
export function addressKey(address: string): string | null {
  return keysOf(address)?.[0] ?? null;
}

/** An address's key, then its key with its tracking parameters kept (as migration 017 keyed the addresses it found). */
function keysOf(address: string): string[] | null {
  const value = address.trim();
  const url = SCHEME.test(value) ? value : `http://${value}`;
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    new URL(url);
  } catch {
    return null;
  }
  const key = (u: string) => u.replace(/#.*$/, '').replace(SCHEME, '').replace(WWW, '').replace(TRAILING_SLASHES, '$1').toLowerCase();
  return [...new Set([key(canonicalUrl(url)), key(url)])];
}

const hostOfKey = (key: string): string => HOST_OF_KEY.exec(key)?.[0] ?? key;

/** How an address reached its article (migration 019): the URL its page names or the address it was read at, the
 * address an ingest was given, or one a redirect led from (a fetch's hop, a web archive's 3xx record). */
export type AddressHow = 'page' | 'asked' | 'redirect';

/** An address an article was reached at, and how. */
export interface Reached {
  address: string;
  how: AddressHow;
}

/** The addresses a reading was reached at: its URL (`url`: the one its page names, a saved page's canonical link), the
 * address it was read at, the address it was asked for, the addresses redirected from; each once, as first met (the
 * address asked for is the first a fetch's redirects led from: it is 'asked'). */
export function addressesOf(raw: Pick<RawDocument, 'url' | 'source' | 'meta'>, url: string | null): Reached[] {
  const given: Array<[string | null | undefined, AddressHow]> = [
    [url, 'page'],
    [raw.url, 'page'],
    [SCHEME.test(raw.source) ? raw.source : null, 'asked'],
    ...(raw.meta.redirectedFrom ?? []).map((a): [string, AddressHow] => [a, 'redirect']),
  ];
  const out = new Map<string, AddressHow>();
  for (const [address, how] of given) if (address && !out.has(address) && addressKey(address) !== null) out.set(address, how);
  return [...out].map(([address, how]) => ({ address, how }));
}

/** Each reading's addresses stored for its article (`document`: the id it is stored under); one held is kept, with how
 * it was first reached. Returns how many of the `redirected` addresses (those a redirect led from) were new to their
 * article. */
export async function recordAddresses(tx: Sql, rows: Array<{ document: string; addresses: Reached[]; redirected?: string[] }>): Promise<number> {
  const seen = new Set<string>();
  /** the rows of a redirect's address, by key and document */
  const redirected = new Set<string>();
  const out: Array<{ key: string; address: string; host: string; document: string; how: AddressHow }> = [];
  for (const { document, addresses, redirected: from = [] } of rows)
    for (const { address, how } of addresses) {
      const key = addressKey(address);
      if (key === null || seen.has(`${key}\u0000${document}`)) continue;
      seen.add(`${key}\u0000${document}`);
      if (from.includes(address)) redirected.add(`${key}\u0000${document}`);
      out.push({ key, address, host: hostOfKey(key), document, how });
    }
  if (!out.length) return 0;
  const added = await insertColumns<{ key: string; document: string }>(
    tx,
    'document_addresses',
    { key: 'text', address: 'text', host: 'text', document: 'text', how: 'text' },
    [out.map((r) => r.key), out.map((r) => r.address), out.map((r) => r.host), out.map((r) => r.document), out.map((r) => r.how)],
    `ON CONFLICT (key, document) DO NOTHING${redirected.size ? ' RETURNING key, document' : ''}`,
  );
  return added.filter((r) => redirected.has(`${r.key}\u0000${r.document}`)).length;
}

/** The addresses an article was reached at other than its own URL, as they were given, and how: first met first. */
export async function otherAddresses(db: Sql, document: string, url: string | null): Promise<Reached[]> {
  const own = url ? addressKey(url) : null;
  const rows = await db.query<{ key: string; address: string; how: AddressHow | null }>(
    'SELECT key, address, how FROM document_addresses WHERE document = $1 ORDER BY n',
    [document],
  );
  return rows.filter((r) => r.key !== own).map((r) => ({ address: r.address, how: r.how ?? 'redirect' }));
}

/** What a query asks of the addresses: one address pasted, or domains with (or without) words; null when neither. */
export interface AddressQuery {
  /** a pasted URL's keys (with and without its tracking parameters) */
  keys: string[] | null;
  /** domains: an article at the host or one under it ("reuters.com": "www.reuters.com", "uk.reuters.com") */
  hosts: string[];
  /** the other words, for the text search */
  words: string;
}

export function addressQuery(text: string): AddressQuery | null {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 1 && ADDRESS.test(tokens[0])) {
    const keys = keysOf(tokens[0]);
    if (keys) return { keys, hosts: [], words: '' };
  }
  const hosts: string[] = [];
  const words: string[] = [];
  for (const t of tokens) {
    const domain = DOMAIN.exec(t);
    if (domain && !t.startsWith('-') && !t.startsWith('"')) hosts.push(domain[1].toLowerCase());
    else words.push(t);
  }
  return hosts.length ? { keys: null, hosts, words: words.join(' ') } : null;
}

/** The SQL condition on an address row `a` of an address query, its parameters numbered from `from`: one of the
 * hosts' (`all`: the documents must be at every host, each host's rows matched in turn). */
export function addressMatch(q: AddressQuery, from: number): { match: (i: number) => string; params: string[] } {
  if (q.keys !== null) return { match: () => `a.key = ANY($${from}::text[])`, params: [arrayText(q.keys)] };
  return { match: (i) => `(a.host = $${from + i} OR right(a.host, length($${from + i}) + 1) = '.' || $${from + i})`, params: q.hosts };
}

/** An address hit's snippet: the address it was matched at, and the opening of its text (escaped). */
export function addressSnippet(address: string, text: string): string {
  const opening = text.split(/\s+/).slice(0, 30).join(' ');
  return `at <b>${escapeHtml(address)}</b> … ${escapeHtml(opening)}${opening.length < text.trim().length ? ' …' : ''}`;
}

/** What the redirects of a batch did: their lines, the addresses they linked to articles, those left waiting. */
export interface Linked {
  lines: Problem[];
  /** addresses new to an article */
  linked: number;
  /** redirects whose page the base does not hold yet: their addresses wait for it (waiting_redirects) */
  waiting: number;
  /** waiting redirects that waited past REDIRECT_WAIT_DAYS (expireWaiting): their addresses are not kept */
  expired: number;
}

/** The articles a redirect to `to` leads to: the one whose identity is that address first, else the one whose own
 * address it is, else those reached there. */
async function articlesAt(tx: Sql, to: string): Promise<string[]> {
  const found = await tx.query<{ document: string; exact: boolean; own: boolean }>(
    `SELECT a.document, d.identity = $2 AS exact, d.identity = a.address AS own
     FROM document_addresses a JOIN documents d ON d.id = a.document WHERE a.key = ANY($1::text[]) ORDER BY a.n`,
    [arrayText(keysOf(to) ?? []), to],
  );
  const best = found.some((f) => f.exact) ? found.filter((f) => f.exact) : found.some((f) => f.own) ? found.filter((f) => f.own) : found;
  return [...new Set(best.map((f) => f.document))];
}

/**
 * A web archive's redirects whose page was not the response after them (walk12; the reader's RedirectLink): their
 * addresses go to the article at the address they end at -- read earlier in this archive, or in an earlier run --, found
 * by that address (articlesAt). Called after the batch's readings' addresses are stored, so a page of the same batch is
 * found. A redirect whose page the base does not hold yet waits for it in the base (walk14: the page may come in a later
 * archive or run; linkWaiting), with a note; a loop gets a line: its addresses are not kept.
 */
export async function linkRedirects(tx: Sql, links: RedirectLink[], seen: string): Promise<Linked> {
  const lines: Problem[] = [];
  const rows: Array<{ document: string; addresses: Reached[]; redirected: string[] }> = [];
  /** by key and address: a row once in the statement (met again, its seen time is renewed) */
  const waiting = new Map<string, { key: string; target: string; address: string; source: string }>();
  /** the pages the links found: a line of theirs from an earlier wait that expired is true no more */
  const found: string[] = [];
  let left = 0;
  for (const link of links) {
    const chain = [...link.from, link.to].join(' -> ');
    const key = addressKey(link.to);
    if (link.ends === 'loop' || key === null) {
      lines.push({ source: link.source, reason: `redirect loop: ${chain}; no page at its end, its addresses are not kept` });
      continue;
    }
    const articles = await articlesAt(tx, link.to);
    for (const document of articles) rows.push({ document, addresses: redirectsFrom(link.from), redirected: link.from });
    if (articles.length) {
      found.push(link.to);
      continue;
    }
    left++;
    for (const address of link.from)
      if (!waiting.has(`${key}\u0000${address}`)) waiting.set(`${key}\u0000${address}`, { key, target: link.to, address, source: link.source });
    lines.push({
      source: link.source,
      reason:
        link.ends === 'page'
          ? `redirect to a page not stored (its own line says why): ${chain}; its addresses wait for that page, and find it if a later reading of it is stored`
          : `redirect to a page neither in this archive nor in the base: ${chain}; its addresses wait for that page, and find it once it is ingested`,
    });
  }
  await dropRedirectLines(tx, found, [EXPIRED_LINE]);
  const wait = [...waiting.values()];
  // a redirect met again (a later crawl of the short links) waits anew from now: its expiry counts from the last time
  await insertColumns(
    tx,
    'waiting_redirects',
    { key: 'text', target: 'text', address: 'text', source: 'text', seen: 'text' },
    [wait.map((w) => w.key), wait.map((w) => w.target), wait.map((w) => w.address), wait.map((w) => w.source), wait.map(() => seen)],
    'ON CONFLICT (key, address) DO UPDATE SET seen = excluded.seen',
  );
  return { lines, linked: await recordAddresses(tx, rows), waiting: left, expired: 0 };
}

/** The line a redirect whose page is not stored yet leaves (linkRedirects), as a LIKE pattern: taken off the problems
 * once the page comes, or /problems still said it waited ("Inputs that could not be used") after it was linked. */
const WAITING_LINE = 'redirect to a page %; its addresses wait for that page%';

/** The addresses a redirect led from, as stored for the article it leads to. */
const redirectsFrom = (from: string[]): Reached[] => from.map((address) => ({ address, how: 'redirect' }));

/** The line of a waiting redirect that expired (expireWaiting), as a LIKE pattern: taken off once its page comes all the
 * same, the redirect met again in a later archive. */
const EXPIRED_LINE = 'redirect to a page not ingested within % days: %';

/** The lines (`patterns`: WAITING_LINE, EXPIRED_LINE) of redirects to these targets, whatever record said them (the same
 * short link in two archives left a line each, the waiting row keeps the first record's): taken off the problems. */
async function dropRedirectLines(tx: Sql, targets: string[], patterns: string[]): Promise<void> {
  if (!targets.length) return;
  await tx.query(
    `DELETE FROM problems WHERE reason LIKE ANY($2::text[])
       AND EXISTS (SELECT 1 FROM unnest($1::text[]) AS t(target) WHERE strpos(reason, ' -> ' || t.target || '; its addresses ') > 0)`,
    [arrayText(targets), arrayText(patterns)],
  );
}

/** How long a redirect waits for its page (walk15): a base fed short links for pages never captured kept their rows, and
 * their "waits" notes, for ever. From the last ingest that met the redirect: a later crawl of the short links renews it.
 * A quarter: a crawl's pages come in days or weeks; past that, the line says to ingest the page, then the archive again. */
export const REDIRECT_WAIT_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * The redirects that waited longer than REDIRECT_WAIT_DAYS (`now`: this batch's time, ISO): they wait no more, their
 * "waits" notes go and a line each says so (rule redirect-not-kept: their addresses are not kept). One indexed statement
 * a batch (migration 019). Returns how many redirects expired (one a record, as they were counted waiting).
 */
export async function expireWaiting(tx: Sql, now: string): Promise<{ lines: Problem[]; expired: number }> {
  const before = new Date(Date.parse(now) - REDIRECT_WAIT_DAYS * DAY_MS).toISOString();
  const gone = await tx.query<{ target: string; address: string; source: string; n: number }>(
    'DELETE FROM waiting_redirects WHERE seen < $1 RETURNING target, address, source, n::float8 AS n',
    [before],
  );
  if (!gone.length) return { lines: [], expired: 0 };
  const chains = new Map<string, { source: string; target: string; from: string[] }>();
  for (const g of [...gone].sort((a, b) => a.n - b.n)) {
    const key = `${g.source}\u0000${g.target}`;
    const chain = chains.get(key) ?? { source: g.source, target: g.target, from: [] };
    chain.from.push(g.address);
    chains.set(key, chain);
  }
  await dropRedirectLines(tx, [...new Set(gone.map((g) => g.target))], [WAITING_LINE]);
  const lines = [...chains.values()].map((c) => ({
    source: c.source,
    reason: `redirect to a page not ingested within ${REDIRECT_WAIT_DAYS} days: ${[...c.from, c.target].join(' -> ')}; its addresses are not kept (ingest that page, then this archive again)`,
  }));
  return { lines, expired: chains.size };
}

/**
 * The redirects that waited for a page the batch stored (`addresses`: the batch's readings' addresses, stored already):
 * their addresses go to its article, they wait no more, and their lines go. Returns how many addresses were new to an
 * article.
 */
export async function linkWaiting(tx: Sql, addresses: string[]): Promise<number> {
  const keys = [...new Set(addresses.map(addressKey).filter((k): k is string => k !== null))];
  if (!keys.length) return 0;
  const waiting = await tx.query<{ key: string; target: string; address: string; source: string }>(
    'SELECT key, target, address, source FROM waiting_redirects WHERE key = ANY($1::text[]) ORDER BY n',
    [arrayText(keys)],
  );
  if (!waiting.length) return 0;
  const byTarget = new Map<string, string[]>();
  for (const w of waiting) byTarget.set(w.target, [...(byTarget.get(w.target) ?? []), w.address]);
  const rows: Array<{ document: string; addresses: Reached[]; redirected: string[] }> = [];
  for (const [target, from] of byTarget)
    for (const document of await articlesAt(tx, target)) rows.push({ document, addresses: redirectsFrom(from), redirected: from });
  await tx.query('DELETE FROM waiting_redirects WHERE key = ANY($1::text[])', [arrayText([...new Set(waiting.map((w) => w.key))])]);
  await dropRedirectLines(tx, [...byTarget.keys()], [WAITING_LINE, EXPIRED_LINE]);
  return recordAddresses(tx, rows);
}
