// Why an input could not be used, as a stable rule id (as unified's messages carry one): ONE table, read
// from the reason texts the stages write, so a report reader can count and filter problems by kind while
// the wording stays free to improve. First match wins; a reason no pattern knows is 'unusable-input'.
import type { Problem } from '../model.ts';

export const PROBLEM_RULES: ReadonlyArray<readonly [rule: string, reason: RegExp]> = [
  ['stage-failure', /^could not be processed\b|^\w+ stage failed: /],
  ['missing-file', /^no such file or folder$|^standard input is not read:/],
  ['permission-denied', /^permission denied$/],
  ['not-a-file', /^(not a regular file|is a folder|a part of the path is not a folder|too many symbolic links)$/],
  ['empty-input', /^(empty file|no text \(only whitespace\)|the server sent an empty page)$/],
  ['no-article-text', /^no article text found\b/],
  ['binary-content', /^binary content\b/],
  ['too-large', /^(record )?too large\b/],
  ['bad-gzip', /^not valid gzip data\b/],
  ['bad-json', /^not valid JSON\b/],
  ['bad-record', /^record (is .*, not a JSON object|is not a JSON object|has no "text"|not used: )/],
  ['bad-field', /^field .*: left out, the article is kept$/],
  // notes on an article kept (extract, ingest/cut-text.ts): they were 'unusable-input'
  ['text-cut', /^text cut at [\d,]+ of [\d,]+ characters\b/],
  ['text-taken-out', /^[\d,]+ NUL (bytes?|characters?) .*taken out; the (text|record)\b/],
  // a page of a kind that tells no event, read and kept (cluster/page-kinds.ts eventlessReason): its topic words left out
  ['eventless-page', /^an? [\w ]+, a page that tells no event: /],
  // a feed item used all the same: its summary, or its short content, stored as the article's text (ingest's lines, one an
  // item or one for many; watch's, grouped as below). They were bad-feed, a problem: a summary-only feed's watch round
  // said "40 problems" for the 40 articles it stored
  [
    'feed-item-as-text',
    /^(feed item holds only a summary, used as the text|feed item's content is short but whole: taken as the article|[\d,]+ feed items \([^)]*\) (hold only a summary, used as the text|have a short but whole content))\b/,
  ],
  // records kept, read in the legacy charset their bytes look like (a JSONL file's lines, the write API's body): they were
  // 'unusable-input', a problem
  ['read-as-legacy-charset', /\bnot UTF-8: read as \S/],
  ['input-limit', /^not read: .*; this input and the rest were left out\b/],
  // the fetch path (src/ingest/fetch.ts, net-guard.ts), each line read from its start, before the feed rule: a URL,
  // host or coding quoted in the line may hold the word "feed" ("unsupported URL scheme feed:", "host not found
  // (feed.example.com)", "redirected to https://example.com/feed: ...")
  ['refused-address', /^refused: /],
  ['bad-url', /^(not a valid URL|unsupported URL scheme|URLs with a user name)/],
  // the server or the network failed
  [
    'fetch-failed',
    /^(HTTP \d+|timed out\b|connection failed\b|host not found\b|cannot resolve\b|too many redirects\b|bad redirect\b|redirected to\b|bad \S+ data from the server)/,
  ],
  // the answer's HTTP framing broken: cut short, longer than announced, malformed, in a coding this client cannot undo
  [
    'fetch-failed',
    /^(the server closed the connection before\b|the server sent more than\b|the response (headers are too large|gives a malformed|body is malformed)\b|the answer is not well-formed HTTP\b|the answer's (Transfer|Content)-Encoding\b|the kept-alive connection held\b)/,
  ],
  // a web archive's redirect whose page is not stored yet: its addresses wait for it in the base (walk14)
  ['redirect-waiting', /^redirect to a page .*; its addresses wait for that page\b/],
  // a web archive's redirect whose addresses find no article, or whose page did not come while it waited (before the
  // feed rule: its addresses may hold "feed")
  ['redirect-not-kept', /^redirect (loop|to a page (not stored|neither in this archive|not ingested within))\b/],
  ['bad-feed', /\bfeed\b|^XML that is not an RSS or Atom feed$|^item \S+ is broken\b/i],
  ['bad-warc', /^(corrupt record\b|truncated record\b|no WARC records\b|no HTML pages among\b|response stored with\b)|; reading stopped here$/],
  ['unsupported-type', /^not a web page, feed or text\b/],
];

/** The rules of a line on an input that was used all the same (its article kept, a redirect's addresses kept): a note,
 * not a problem -- ingest's summary counts them apart ("1 note"), and an input with one is no input not used. */
const NOTE_RULES: ReadonlySet<string> = new Set([
  'bad-field',
  'text-cut',
  'text-taken-out',
  'eventless-page',
  'redirect-waiting',
  'feed-item-as-text',
  'read-as-legacy-charset',
]);

/** Whether a line is a note (NOTE_RULES), not a problem. */
export function isNote(p: Problem): boolean {
  return NOTE_RULES.has(p.rule ?? problemRule(p.reason));
}

/** A line as the API answers it (/api/problems, POST /api/documents): its rule, and `note: true` on a note. */
export function ruledLine<P extends Problem>(p: P): P & { rule: string; note?: true } {
  const rule = p.rule ?? problemRule(p.reason);
  return { ...p, rule, ...(NOTE_RULES.has(rule) ? { note: true as const } : {}) };
}

/** A report's problem sections (Markdown, HTML): the inputs not used, then the notes on inputs used (a text cut, NULs
 * taken out) -- a note was listed among the inputs not used. Only sections with lines. */
const PROBLEM_SECTIONS = [
  { title: 'Inputs not used', notes: false },
  { title: 'Notes on inputs used', notes: true },
] as const;

export function problemSections(problems: Problem[]): Array<{ title: string; lines: Problem[] }> {
  return PROBLEM_SECTIONS.map(({ title, notes }) => ({ title, lines: problems.filter((p) => isNote(p) === notes) })).filter((s) => s.lines.length > 0);
}

/** A watch round's line for many items of a feed (watch/round-problems.ts): "6 feed items (#1-#3, #7): <the items'
 * reason> (<their detail>)"; its rule is its items' (every such line was bad-feed, by the word "feed"). */
const GROUPED_ITEMS = /^[\d,]+ feed items \([^)]*\): /;

/** The rule id of a problem's reason. */
export function problemRule(reason: string): string {
  const own = reason.replace(GROUPED_ITEMS, '');
  return PROBLEM_RULES.find(([, re]) => re.test(own))?.[0] ?? 'unusable-input';
}

/** A problem with its rule id. */
export function withProblemRule(p: Problem): Problem {
  return p.rule ? p : { ...p, rule: problemRule(p.reason) };
}
