// Property-based fuzzing of every reader and extractor: random bytes, truncations, mixed encodings,
// deep or broken markup. Each input yields documents or problem lines: never a throw, never a hang
// (each test has a time-out), never unbounded memory (inputs are bounded; a reader must not blow
// them up). Seeded, with a bounded number of runs, so the suite is deterministic and quick.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { ingestPaths, isProblem } from '../src/ingest/index.ts';
import { decodeBytes } from '../src/ingest/decode.ts';
import { sniffMetaCharset, decodeHtmlBytes, looksLikeHtmlBytes } from '../src/ingest/html-charset.ts';
import { parseFeed, feedDocuments, looksLikeFeed } from '../src/ingest/feed.ts';
import { recordItems } from '../src/ingest/records.ts';
import { extractArticle } from '../src/extract/index.ts';
import { analyzeText } from '../src/text/index.ts';
import type { RawDocument } from '../src/model.ts';
import { buildWarc, sampleCrawl } from './web-fixtures.ts';
import { ROOT } from './helpers.ts';
import { scratchDir } from './scratch.ts';
import { loadLanguageModel } from '../src/common/language.ts';

await loadLanguageModel();

const dir = scratchDir('cc-fuzz-');
const SEED = 20261129;
const RUNS = 30;
const params = (numRuns = RUNS) => ({ seed: SEED, numRuns, endOnFailure: true });
const TIMEOUT = { timeout: 60_000 };
const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/web', name));

// ---------------------------------------------------------------- inputs

/** Text in several encodings glued together, with stray BOMs and control bytes. */
const mixedBytes = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }).map((s) => Buffer.from(s, 'utf8')),
      fc.string({ maxLength: 200 }).map((s) => Buffer.from(s, 'latin1')),
      fc.string({ unit: 'grapheme', maxLength: 100 }).map((s) => Buffer.from(s, 'utf16le')),
      fc.constantFrom(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff]), Buffer.from([0, 0, 0]), Buffer.from('\r\n\u0085')),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    ),
    { maxLength: 12 },
  )
  .map((parts) => Buffer.concat(parts));

const TAGS = [
  'div',
  'p',
  'span',
  'article',
  'main',
  'script',
  'style',
  'table',
  'td',
  'li',
  'a',
  'h1',
  'nav',
  'footer',
  'template',
  'svg',
  'math',
  'iframe',
  'noscript',
  'textarea',
];

/** Broken, deep or odd markup: unclosed tags, nesting thousands deep, half comments, stray entities. */
const markup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.tuple(fc.constantFrom(...TAGS), fc.integer({ min: 1, max: 3000 })).map(([t, n]) => `<${t}>`.repeat(n)),
      fc.constantFrom(
        '<!--',
        '-->',
        '<![CDATA[',
        ']]>',
        '<!DOCTYPE html>',
        '<meta charset="shift_jis">',
        '<meta charset="x-unknown">',
        '&nbsp;',
        '&#0;',
        '&#x110000;',
        '&amp',
        '<',
        '>',
        '"',
        "<a href='javascript:alert(1)'>",
        '<img src=x onerror=alert(1)>',
      ),
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.lorem({ maxCount: 30, mode: 'sentences' }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** A valid input cut short and with some bytes changed. */
function damaged(valid: Buffer) {
  return fc
    .tuple(fc.integer({ min: 0, max: valid.length }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }))
    .map(([cut, flips]) => {
      const b = Buffer.from(valid.subarray(0, cut));
      for (const [at, byte] of flips) if (b.length) b[at % b.length] = byte;
      return b;
    });
}

// ---------------------------------------------------------------- checks

let fileNumber = 0;

/** Read one file through ingest: every item is a document or a problem, and documents are bounded by the input. */
async function ingestFile(name: string, bytes: Uint8Array): Promise<void> {
  const file = join(dir, `${fileNumber++}-${name}`);
  writeFileSync(file, bytes);
  let total = 0;
  for await (const item of ingestPaths([file], { maxBytes: 1024 * 1024 })) {
    if (isProblem(item)) {
      assert.equal(typeof item.reason, 'string');
      assert.ok(item.reason.length > 0 && !item.reason.includes('\n    at '), `one line, no stack: ${item.reason}`);
    } else {
      total += item.body.length;
      processDocument(item);
    }
  }
  // a reader never blows an input up (an entity or a decompression bomb): what comes out is bounded
  assert.ok(total <= 8 * bytes.length + 1024 * 1024, `${total} characters out of ${bytes.length} bytes`);
}

/** Extraction and the text stage on a document: an article (possibly empty), never a throw. */
function processDocument(raw: RawDocument): void {
  const article = extractArticle(raw);
  assert.ok(Array.isArray(article.paragraphs));
  const doc = analyzeText(article);
  assert.ok(Array.isArray(doc.sentences));
}

// ---------------------------------------------------------------- readers

test('text files: random bytes and mixed encodings are documents or problem lines', TIMEOUT, async () => {
  await fc.assert(
    fc.asyncProperty(fc.oneof(mixedBytes, fc.uint8Array({ maxLength: 4096 })), (bytes) => ingestFile('page.txt', bytes)),
    params(),
  );
});

test('charset detection: any bytes, any declared charset, decode or say why', TIMEOUT, () => {
  fc.assert(
    fc.property(
      mixedBytes,
      fc.option(fc.oneof(fc.constantFrom('utf-8', 'windows-1251', 'shift_jis', 'utf-16', 'koi8-r', 'x-bogus', ''), fc.string({ maxLength: 20 }))),
      (bytes, declared) => {
        for (const decoded of [decodeBytes(bytes, declared), decodeHtmlBytes(bytes, declared)]) {
          if ('problem' in decoded) assert.equal(typeof decoded.problem, 'string');
          else assert.equal(typeof decoded.text, 'string');
        }
        const sniffed = sniffMetaCharset(bytes);
        assert.ok(sniffed === null || typeof sniffed === 'string');
        assert.equal(typeof looksLikeHtmlBytes(bytes), 'boolean');
      },
    ),
    params(200),
  );
});

test('JSONL and JSON records: any values, any types, broken lines', TIMEOUT, async () => {
  const record = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.record(
      {
        id: fc.jsonValue({ maxDepth: 1 }),
        title: fc.jsonValue({ maxDepth: 1 }),
        text: fc.oneof(fc.lorem({ maxCount: 20, mode: 'sentences' }), fc.jsonValue({ maxDepth: 2 })),
      },
      { requiredKeys: [] },
    ),
  );
  fc.assert(
    fc.property(record, (value) => {
      for (const item of recordItems(value, 'fuzz.jsonl#1', 'fuzz-1', 0)) if (!isProblem(item)) processDocument(item);
    }),
    params(300),
  );
  const lines = fc
    .array(
      fc.oneof(
        record.map((v) => JSON.stringify(v) ?? 'null'),
        fc.string({ maxLength: 80 }),
      ),
      { maxLength: 20 },
    )
    .map((l) => Buffer.from(l.join('\n')));
  await fc.assert(
    fc.asyncProperty(lines, (bytes) => ingestFile('records.jsonl', bytes)),
    params(),
  );
  await fc.assert(
    fc.asyncProperty(lines, (bytes) => ingestFile('records.json', bytes)),
    params(20),
  );
});

test('HTML pages: deep, broken and hostile markup', TIMEOUT, async () => {
  await fc.assert(
    fc.asyncProperty(markup, (html) => ingestFile('page.html', Buffer.from(`<!doctype html><html><body>${html}`))),
    params(),
  );
  await fc.assert(
    fc.asyncProperty(damaged(fixture('rivertown-gazette.html')), (bytes) => ingestFile('cut.html', bytes)),
    params(20),
  );
});

test('feeds: broken items, internal DTDs, truncated and damaged feeds', TIMEOUT, async () => {
  const item = fc
    .tuple(markup, fc.lorem({ maxCount: 3 }))
    .map(
      ([body, title]) =>
        `<item><title>${title}</title><link>https://news.example/${encodeURIComponent(title)}</link><description><![CDATA[${body}]]></description></item>`,
    );
  const feed = fc
    .tuple(fc.array(item, { maxLength: 6 }), fc.boolean())
    .map(
      ([items, dtd]) =>
        `<?xml version="1.0"?>${dtd ? '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' : ''}<rss version="2.0"><channel><title>F &b;</title>${items.join('')}</channel></rss>`,
    );
  await fc.assert(
    fc.asyncProperty(feed, (xml) => ingestFile('feed.rss', Buffer.from(xml))),
    params(25),
  );
  await fc.assert(
    fc.asyncProperty(damaged(fixture('rivertown-gazette.rss')), (bytes) => ingestFile('cut.rss', bytes)),
    params(20),
  );
  await fc.assert(
    fc.asyncProperty(damaged(fixture('world-wire.atom')), (bytes) => ingestFile('cut.atom', bytes)),
    params(20),
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => {
      const parsed = looksLikeFeed(text) ? parseFeed(text) : null;
      assert.ok(parsed === null || Array.isArray(parsed.items));
    }),
    params(200),
  );
  const parsed = parseFeed(fixture('rivertown-gazette.rss').toString('utf8'))!;
  for await (const x of feedDocuments(parsed, { source: 'f.rss', baseId: 'f', firstOrder: 0, fetchLinks: false, fetch: {} }))
    if (!isProblem(x)) processDocument(x);
});

test('WARC and gzip: truncated, damaged and random archives', TIMEOUT, async () => {
  const warc = buildWarc(sampleCrawl(), false);
  const warcGz = buildWarc(sampleCrawl(), true);
  await fc.assert(
    fc.asyncProperty(damaged(warc), (bytes) => ingestFile('crawl.warc', bytes)),
    params(30),
  );
  await fc.assert(
    fc.asyncProperty(damaged(warcGz), (bytes) => ingestFile('crawl.warc.gz', bytes)),
    params(30),
  );
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), (bytes) => ingestFile('random.warc', bytes)),
    params(20),
  );
  const page = gzipSync(fixture('rivertown-gazette.html'));
  await fc.assert(
    fc.asyncProperty(damaged(page), (bytes) => ingestFile('page.html.gz', bytes)),
    params(30),
  );
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), (bytes) => ingestFile('random.txt.gz', bytes)),
    params(20),
  );
});

test('plain and HTML extraction straight from text: never a throw', TIMEOUT, () => {
  const body = fc.oneof(markup, fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.lorem({ maxCount: 60, mode: 'sentences' }));
  fc.assert(
    fc.property(body, fc.constantFrom('text', 'html', 'record'), fc.option(fc.string({ maxLength: 40 })), (text, kind, title) => {
      processDocument({ id: 'fuzz', source: 'fuzz', kind: kind as RawDocument['kind'], body: text, order: 0, url: null, meta: { title, byline: [] } });
    }),
    params(150),
  );
});
