import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocuments } from '../pipeline.ts';
import { isNote, problemRule } from './problem-rules.ts';
import { scratchDir } from '../../test/scratch.ts';

test('problems carry a stable rule id; a record is placed as file.jsonl#line', async () => {
  const dir = scratchDir('crosscheck-rules-');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  writeFileSync(join(dir, 'recs.jsonl'), '{"title": "A", "text": "Some text here for a record."}\n{not json\n[1]\n');
  writeFileSync(join(dir, 'arr.json'), '[{"title": "A", "text": "Some text here."}, 5]');
  const { problems } = await readDocuments([dir, join(dir, 'missing.txt')]);
  const rules = Object.fromEntries(problems.map((p) => [p.source.slice(dir.length + 1), p.rule]));
  assert.deepEqual(rules, {
    'arr.json#2': 'bad-record',
    'bin.txt': 'binary-content',
    'empty.txt': 'empty-input',
    'recs.jsonl#2': 'bad-json',
    'recs.jsonl#3': 'bad-record',
    'missing.txt': 'missing-file',
  });
});

test('every kind of reason the readers write has its rule', () => {
  const cases: Array<[string, string]> = [
    ['too large (12.0 MB, limit 10.0 MB; raise it with --max-size)', 'too-large'],
    ['too large (10,486,000 bytes, limit 10,485,760 bytes; raise it with --max-size)', 'too-large'],
    ['standard input is not read: save it to a file and give its path', 'missing-file'],
    ['timed out after 1 s', 'fetch-failed'],
    ['HTTP 404 from the server', 'fetch-failed'],
    ['refused: example.test resolves to 127.0.0.1, loopback (use --allow-private to fetch it)', 'refused-address'],
    ['corrupt record: header never ends', 'bad-warc'],
    ['RSS feed with no items', 'bad-feed'],
    // net-guard's look-ups (robust35): a host or URL holding "feed" is no feed problem; a feed item's note stays one
    ['cannot resolve news.example.test (EAI_AGAIN)', 'fetch-failed'],
    ['host not found (feed.example.com)', 'fetch-failed'],
    ['refused: feed.example.com resolves to 10.0.0.7, private network (10/8) (use --allow-private to fetch it)', 'refused-address'],
    ['feed item has no text: linked page not fetched: the server closed the connection before the whole body was sent (5 bytes)', 'bad-feed'],
    // a web archive's redirect that leads to no article (walk12): its addresses may hold "feed"
    [
      'redirect loop: https://a.example/feed -> https://a.example/b -> https://a.example/feed; no page at its end, its addresses are not kept',
      'redirect-not-kept',
    ],
    // walk14: a redirect whose page is not stored yet waits for it (a note)
    [
      'redirect to a page neither in this archive nor in the base: https://t.co/x -> https://feed.example/y; its addresses wait for that page, and find it once it is ingested',
      'redirect-waiting',
    ],
    [
      'redirect to a page not stored (its own line says why): https://t.co/x -> https://example.com/y; its addresses wait for that page, and find it if a later reading of it is stored',
      'redirect-waiting',
    ],
    // notes on an article kept: they were 'unusable-input'
    ['1 NUL byte amid the text taken out; the text is read without them', 'text-taken-out'],
    ['8,003 NUL bytes of padding at its end taken out; the text before them is read', 'text-taken-out'],
    ['1 NUL character in "title", 2 in "text" taken out; the record is read without them', 'text-taken-out'],
    ['text cut at 1,999,999 of 52,000,000 characters: no article is that long (the rest is left out; it would take gigabytes to analyse)', 'text-cut'],
    // a refusal that names what was taken out stays a refusal
    ['no article text found: the text is one word ("Draft"), too short to be an article (8,003 NUL bytes of padding at its end taken out)', 'no-article-text'],
    // walk15: a redirect whose page never came while it waited
    [
      'redirect to a page not ingested within 90 days: https://t.co/x -> https://feed.example/y; its addresses are not kept (ingest that page, then this archive again)',
      'redirect-not-kept',
    ],
    // walk15: a feed item stored all the same (its summary, its short content as the text), one item or many; a watch
    // round's grouped line has its items' rule (every one was bad-feed)
    ['feed item holds only a summary, used as the text: linked page not fetched: HTTP 404 from the server', 'feed-item-as-text'],
    ['300 feed items (#1-#150, #152-#301) hold only a summary, used as the text: fetching linked pages is off; --fetch-links turns it on', 'feed-item-as-text'],
    ['feed item\'s content is short but whole: taken as the article, its linked page not fetched: complete sentences, no "read more"', 'feed-item-as-text'],
    [
      '6 feed items (#1-#3, #7, #4999-#5000): feed item holds only a summary, used as the text: linked page not fetched (#1 https://feed.example/rss#story-1: HTTP 404 from the server; 5 more)',
      'feed-item-as-text',
    ],
    ['3 feed items (#2-#4): feed item has no text: linked page not fetched (#2 https://feed.example/rss#b: HTTP 404 from the server)', 'bad-feed'],
    // walk15: records kept, read in a legacy charset (a JSONL's lines, the write API's body)
    ['line 2 is not UTF-8: read as windows-1252; its record is kept (save the file as UTF-8 to be sure of its accents)', 'read-as-legacy-charset'],
    ['the body is not UTF-8: read as windows-1252; send UTF-8 to be sure of its accents', 'read-as-legacy-charset'],
    ['could not be processed (boom)', 'stage-failure'],
    ['something new', 'unusable-input'],
  ];
  for (const [reason, rule] of cases) assert.equal(problemRule(reason), rule, reason);
});

test('a note is a line on an input used all the same (walk14: ingest counted a NUL taken out as a problem)', () => {
  const note = (reason: string) => isNote({ source: 'x', reason });
  assert.ok(note('1 NUL byte amid the text taken out; the text is read without them'));
  assert.ok(note('field "published": left out, the article is kept'));
  assert.ok(
    note(
      'redirect to a page neither in this archive nor in the base: https://t.co/x -> https://example.com/y; its addresses wait for that page, and find it once it is ingested',
    ),
  );
  assert.ok(!note('no article text found (everything was page chrome or empty)'));
  assert.ok(!note('redirect loop: https://a.example/a -> https://a.example/b -> https://a.example/a; no page at its end, its addresses are not kept'));
  assert.ok(!note('binary content (a PNG image), not text'));
  // walk15: a feed item's summary stored as its text is a note, one item's line or a watch round's for many
  assert.ok(note('feed item holds only a summary, used as the text: fetching linked pages is off; --fetch-links turns it on'));
  assert.ok(note('2 feed items (#1-#2): feed item holds only a summary, used as the text: linked page not fetched (#1 f#a: HTTP 404; #2 f#b: HTTP 404)'));
  assert.ok(!note('2 feed items (#1-#2): feed item has no text: linked page not fetched (#1 f#a: HTTP 404; #2 f#b: HTTP 404)'));
  assert.ok(!note('redirect to a page not ingested within 90 days: https://t.co/x -> https://example.com/y; its addresses are not kept'));
});
