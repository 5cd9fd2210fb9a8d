import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync, mkdirSync, chmodSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ingestPaths, isProblem, type IngestItem } from './index.ts';
import type { Problem, RawDocument } from '../model.ts';
import { scratchDir } from '../../test/scratch.ts';
import { ROOT } from '../../test/helpers.ts';
import { buildWarc, sampleCrawl } from '../../test/web-fixtures.ts';

const ARTICLE =
  'Kremlin leader Vladimir Putin flies to Belarus on Monday amid fear in Kyiv that he intends to pressure the former Soviet ally.\n\nMoscow and Minsk have since set up a joint regional unit of forces in Belarus.\n';

function tmp(): string {
  return scratchDir('crosscheck-ingest-');
}

async function collect(paths: string[], opts = {}): Promise<{ docs: RawDocument[]; problems: Problem[] }> {
  const items: IngestItem[] = [];
  for await (const item of ingestPaths(paths, opts)) items.push(item);
  return { docs: items.filter((i): i is RawDocument => !isProblem(i)), problems: items.filter(isProblem) };
}

test('a scraped .txt file with a crawler line gives its date and title as metadata, not text', async () => {
  const dir = tmp();
  writeFileSync(join(dir, '000_abc.txt'), ` date 2022-12-19 Putin heads for Belarus\n\n${ARTICLE}`);
  const { docs, problems } = await collect([dir]);
  assert.equal(problems.length, 0);
  assert.equal(docs.length, 1);
  assert.equal(docs[0].id, '000_abc');
  assert.equal(docs[0].meta.published, '2022-12-19');
  assert.equal(docs[0].meta.title, 'Putin heads for Belarus');
  assert.ok(!docs[0].body.includes('date 2022-12-19'));
  assert.ok(docs[0].body.includes('Kremlin leader'));
});

test('extension-less files, UTF-8 with BOM, CRLF line ends and .gz inputs are read', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'plain'), ARTICLE);
  writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE.replace(/\n/g, '\r\n'))]));
  writeFileSync(join(dir, 'zipped.txt.gz'), gzipSync(Buffer.from(ARTICLE)));
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    docs.map((d) => d.id),
    ['bom', 'plain', 'zipped'],
  );
  for (const d of docs) {
    assert.ok(d.body.startsWith('Kremlin leader'), d.id);
    assert.ok(!d.body.includes('\r'), d.id);
  }
  assert.match(docs[0].meta.encoding ?? '', /BOM/);
});

test('a legacy Windows-1251 file is decoded, not refused', async () => {
  const dir = tmp();
  // "Путин прилетел в Минск" in Windows-1251
  const cp1251 = Buffer.from([
    0xcf, 0xf3, 0xf2, 0xe8, 0xed, 0x20, 0xef, 0xf0, 0xe8, 0xeb, 0xe5, 0xf2, 0xe5, 0xeb, 0x20, 0xe2, 0x20, 0xcc, 0xe8, 0xed, 0xf1, 0xea, 0x2e, 0x20,
  ]);
  writeFileSync(join(dir, 'ru.txt'), Buffer.concat([cp1251, cp1251, cp1251]));
  const { docs } = await collect([dir]);
  assert.ok(docs[0].body.startsWith('Путин прилетел в Минск.'), docs[0].body);
});

test('.jsonl records: id becomes the document id; a bad line is a problem and the rest go on', async () => {
  const dir = tmp();
  const lines = [
    JSON.stringify({ id: 'r1', title: 'One', text: ARTICLE, url: 'https://example.com/1', published: '2022-12-19', outlet: 'Example', byline: 'A. Writer' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'r2', title: 'Two', text: ARTICLE, byline: ['Reuters'] }),
    JSON.stringify({ id: 'r3', title: 'Headline only: Fed raises rates by a quarter point' }),
    JSON.stringify({ id: 'r4', title: '', text: '  ' }),
    '[1,2]',
  ];
  writeFileSync(join(dir, 'recs.jsonl'), `${lines.join('\n')}\n`);
  const { docs, problems } = await collect([join(dir, 'recs.jsonl')]);
  assert.deepEqual(
    docs.map((d) => d.id),
    ['r1', 'r2', 'r3'],
  );
  // a record with a title and no text is a headline-only article
  assert.equal(docs[2].meta.headlineOnly, true);
  assert.equal(docs[2].body, '');
  assert.equal(docs[0].url, 'https://example.com/1');
  assert.deepEqual(docs[0].meta.byline, ['A. Writer']);
  assert.equal(docs[0].meta.outlet, 'Example');
  assert.deepEqual(docs[1].meta.byline, ['Reuters']);
  assert.equal(problems.length, 3);
  assert.match(problems[0].source, /recs\.jsonl#2$/);
  assert.match(problems[0].reason, /not valid JSON/);
  assert.match(problems[1].reason, /no "text" and no "title"/);
  assert.match(problems[2].reason, /not a JSON object/);
});

test('a .jsonl that is not JSON lines is one problem, not one per line; bad lines before a good record still each say so', async () => {
  const dir = tmp();
  // a spreadsheet export named .jsonl: 50 rows, none of them JSON
  const rows = ARTICLE.split(/(?<=\.)\s+/).filter(Boolean);
  const csv = Array.from({ length: 50 }, (_, i) => `${i},"${rows[i % rows.length]}",2022-12-19`).join('\n');
  writeFileSync(join(dir, 'export.jsonl'), `id,text,date\n${csv}\n`);
  // an image saved under a .jsonl name: PNG signature, then NUL-filled header bytes
  writeFileSync(
    join(dir, 'photo.jsonl'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x0a, 0x7b, 0x7d]),
  );
  // two broken lines, then records: the broken lines are problems of their own and the records are read
  const mixed = [
    '{"id": "a", "text": ',
    'not json',
    JSON.stringify({ id: 'm1', title: 'One', text: ARTICLE }),
    '{oops',
    JSON.stringify({ id: 'm2', title: 'Two', text: ARTICLE }),
  ];
  writeFileSync(join(dir, 'mixed.jsonl'), `${mixed.join('\n')}\n`);
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(
    docs.map((d) => d.id),
    ['m1', 'm2'],
  );
  const of = (name: string) => problems.filter((p) => p.source.includes(name));
  assert.equal(of('export.jsonl').length, 1, JSON.stringify(of('export.jsonl')));
  assert.match(of('export.jsonl')[0].reason, /^not JSON lines: none of the first 20 lines is JSON/);
  assert.deepEqual(
    of('photo.jsonl').map((p) => p.reason),
    ['binary content (a PNG image), not JSON lines'],
  );
  assert.deepEqual(
    of('mixed.jsonl').map((p) => p.source.split('#')[1]),
    ['1', '2', '4'],
  );
});

test('.json array of records and .jsonl.gz are read', async () => {
  const dir = tmp();
  writeFileSync(
    join(dir, 'arr.json'),
    JSON.stringify([
      { id: 'a1', title: 'A', text: ARTICLE },
      { id: 'a2', title: 'B', text: ARTICLE },
    ]),
  );
  writeFileSync(join(dir, 'z.jsonl.gz'), gzipSync(Buffer.from(`${JSON.stringify({ id: 'z1', title: 'Z', text: ARTICLE })}\n`)));
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    docs.map((d) => d.id),
    ['a1', 'a2', 'z1'],
  );
});

test('bad inputs are one-line problems naming the source; the run goes on', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a-empty.txt'), '');
  writeFileSync(join(dir, 'b-blank.txt'), '  \n\n \n');
  writeFileSync(join(dir, 'c-nul.txt'), Buffer.from('Some text\u0000with a NUL byte in it'));
  writeFileSync(join(dir, 'd-image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]));
  writeFileSync(join(dir, 'e-huge.txt'), 'word '.repeat(5000));
  // gzip's signature, then no gzip (plain text named .gz is read as text: the next test)
  writeFileSync(join(dir, 'f-badgz.txt.gz'), Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('this is not gzip')]));
  writeFileSync(join(dir, 'g-bad.json'), '{"id": ');
  writeFileSync(join(dir, 'h-bomb.txt.gz'), gzipSync(Buffer.alloc(3_000_000, 0x61)));
  writeFileSync(join(dir, 'z-good.txt'), ARTICLE);
  const { docs, problems } = await collect([dir, join(dir, 'missing.txt')], { maxBytes: 20_000 });
  assert.deepEqual(
    docs.map((d) => d.id),
    ['z-good'],
  );
  const reasons = Object.fromEntries(problems.map((p) => [p.source.split('/').pop(), p.reason]));
  assert.match(reasons['a-empty.txt'], /empty/);
  assert.match(reasons['b-blank.txt'], /no text/);
  assert.match(reasons['c-nul.txt'], /NUL/);
  assert.match(reasons['d-image.txt'], /PNG/);
  assert.match(reasons['e-huge.txt'], /too large/);
  assert.match(reasons['f-badgz.txt.gz'], /gzip/);
  assert.match(reasons['g-bad.json'], /not valid JSON/);
  assert.match(reasons['h-bomb.txt.gz'], /too large once decompressed/);
  assert.match(reasons['missing.txt'], /no such file/);
  for (const p of problems) assert.ok(!p.reason.includes('\n'));
});

test('a file just past the size limit names both sizes apart, not "10.0 MB, limit 10.0 MB"', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a-page.html'), `<html><body><p>${ARTICLE}</p>${' '.repeat(10 * 1024 * 1024)}</body></html>`);
  writeFileSync(join(dir, 'b-words.txt'), 'word '.repeat(5000));
  writeFileSync(join(dir, 'c-long.txt'), 'word '.repeat(600_000));
  const { problems } = await collect([join(dir, 'a-page.html')], { maxBytes: 10 * 1024 * 1024 });
  const { problems: small } = await collect([join(dir, 'b-words.txt')], { maxBytes: 20_000 });
  const { problems: apart } = await collect([join(dir, 'c-long.txt')], { maxBytes: 1024 * 1024 });
  assert.deepEqual(
    [...problems, ...small, ...apart].map((p) => `${p.source.split('/').pop()}: ${p.reason}`),
    [
      'a-page.html: too large (10,486,000 bytes, limit 10,485,760 bytes; raise it with --max-size)',
      'b-words.txt: too large (25,000 bytes, limit 20,000 bytes; raise it with --max-size)',
      'c-long.txt: too large (2.9 MB, limit 1.0 MB; raise it with --max-size)',
    ],
  );
});

test('"-" (standard input to other tools) says it is not read, not "no such file"; a file named "-" is read', async () => {
  const { problems } = await collect(['-']);
  assert.deepEqual(problems, [{ source: '-', reason: 'standard input is not read: save it to a file and give its path' }]);
  const dir = tmp();
  writeFileSync(join(dir, '-'), ARTICLE);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const named = await collect(['-']);
    assert.deepEqual([named.docs.length, named.problems.length], [1, 0]);
  } finally {
    process.chdir(cwd);
  }
});

test('an unreadable file is a problem, not a crash', { skip: process.getuid?.() === 0 ? 'root reads everything' : false }, async () => {
  const dir = tmp();
  const f = join(dir, 'locked.txt');
  writeFileSync(f, ARTICLE);
  chmodSync(f, 0);
  const { problems } = await collect([f]);
  assert.match(problems[0].reason, /permission denied/);
});

test('unreadable paths (symlink loop, dangling link, path through a file, FIFO) are problems', async () => {
  const dir = tmp();
  symlinkSync(join(dir, 'loop-b'), join(dir, 'loop-a'));
  symlinkSync(join(dir, 'loop-a'), join(dir, 'loop-b'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.txt'));
  writeFileSync(join(dir, 'file.txt'), ARTICLE);
  execFileSync('mkfifo', [join(dir, 'pipe')]);
  const { docs, problems } = await collect([join(dir, 'loop-a'), join(dir, 'dangling.txt'), join(dir, 'file.txt', 'inner.txt'), join(dir, 'pipe')]);
  assert.equal(docs.length, 0);
  assert.deepEqual(
    problems.map((p) => p.reason),
    ['too many symbolic links', 'no such file or folder', 'a part of the path is not a folder', 'not a regular file (a named pipe (FIFO))'],
  );
});

test('a folder with two symbolic links to itself finishes, each real file is read once, each link back is said once', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'b.txt'), ARTICLE);
  symlinkSync('.', join(dir, 's1'));
  symlinkSync('.', join(dir, 's2'));
  symlinkSync('..', join(dir, 'sub', 'up'));
  symlinkSync('a.txt', join(dir, 'link-to-a.txt'));
  const { docs, problems } = await collect([dir]);
  const loop = `a link back to the folder ${JSON.stringify(dir)} it is in (a loop): not followed, that folder is read once`;
  assert.deepEqual(
    problems,
    [join(dir, 's1'), join(dir, 's2'), join(dir, 'sub', 'up')].map((source) => ({ source, reason: loop })),
  );
  assert.deepEqual(
    docs.map((d) => d.source),
    [join(dir, 'a.txt'), join(dir, 'sub', 'b.txt')],
  );
});

test('one file named twice (or by two spellings) is read once; a FIFO inside a folder is one problem line', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a.txt'), ARTICLE);
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  const { docs, problems } = await collect([join(dir, 'a.txt'), dir, join(dir, '.', 'a.txt')]);
  assert.deepEqual(
    docs.map((d) => d.source),
    [join(dir, 'a.txt')],
  );
  assert.deepEqual(
    problems.map((p) => [p.source, p.reason]),
    [[join(dir, 'pipe.txt'), 'not a regular file (a named pipe (FIFO))']],
  );
});

test('folders are read recursively in a stable order; hidden files are skipped', async () => {
  const dir = tmp();
  mkdirSync(join(dir, 'b', 'deep'), { recursive: true });
  mkdirSync(join(dir, 'a'));
  writeFileSync(join(dir, 'b', 'deep', 'x.txt'), ARTICLE);
  writeFileSync(join(dir, 'a', 'y.txt'), ARTICLE);
  writeFileSync(join(dir, '.hidden.txt'), ARTICLE);
  const { docs } = await collect([dir]);
  assert.deepEqual(
    docs.map((d) => d.id),
    ['y', 'x'],
  );
  assert.deepEqual(
    docs.map((d) => d.order),
    [0, 1],
  );
});

test('an address with a scheme crosscheck does not fetch is named as such', async () => {
  const { problems } = await collect(['ftp://example.com/article.txt']);
  assert.deepEqual(
    problems.map((p) => p.reason),
    ['unsupported address (only http:// and https:// are fetched)'],
  );
});

test('JSONL and JSON records with fields of the wrong type are problem lines naming the record and the field', async () => {
  const dir = tmp();
  const good = { id: 'ok', title: 'Putin heads for Belarus', text: ARTICLE };
  const lines = [
    good,
    { id: 'a', title: 'T', text: 12345 },
    { id: 'b', title: 'T', text: ['one', 'two'] },
    { id: { nested: true }, title: 'T', text: ARTICLE },
    { id: 'd', title: 42, text: ARTICLE },
    { id: 'e', title: 'Kept', text: ARTICLE, url: 7, byline: [1, 2] },
    { id: 7, title: 'Numbered id', text: ARTICLE },
  ];
  writeFileSync(join(dir, 'recs.jsonl'), `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  writeFileSync(join(dir, 'recs.json'), JSON.stringify([good, { title: true, text: ARTICLE }]));
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(
    docs.map((d) => d.id),
    ['ok', 'ok', 'e', '7'],
  );
  const lineOf = (p: Problem) => /#(\d+)$/.exec(p.source)?.[1];
  assert.deepEqual(
    problems.map((p) => [p.source.includes('recs.jsonl') ? 'jsonl' : 'json', lineOf(p), p.reason]),
    [
      ['json', '2', 'record not used: field "title" is a boolean, not text'],
      ['jsonl', '2', 'record not used: field "text" is a number, not text'],
      ['jsonl', '3', 'record not used: field "text" is an array, not text'],
      ['jsonl', '4', 'record not used: field "id" is an object, not text or a whole number'],
      ['jsonl', '5', 'record not used: field "title" is a number, not text'],
      [
        'jsonl',
        '6',
        'field "url" is a number, not text; field "byline" is an array with items that are not text, not a name or a list of names: left out, the article is kept',
      ],
    ],
  );
  const kept = docs.find((d) => d.id === 'e')!;
  assert.equal(kept.url, null);
  assert.deepEqual(kept.meta.byline, []);
});

test('a web page saved under a feed name (.rss, .atom) is read as a page with one line saying so, not lost as "XML that is not a feed"', async () => {
  const dir = tmp();
  const page = `<!doctype html><html><head><title>Putin heads for Belarus</title></head><body><p>${ARTICLE}</p></body></html>`;
  writeFileSync(join(dir, 'news.rss'), page);
  writeFileSync(join(dir, 'news.atom'), `<?xml version="1.0"?>\n${page}`);
  writeFileSync(join(dir, 'page.xml'), page);
  writeFileSync(join(dir, 'prolog.xml'), '<?xml version="1.0"?><catalog><book>Moscow</book></catalog>');
  const { docs, problems } = await collect([dir]);
  assert.deepEqual(
    docs.map((d) => [d.source.slice(dir.length + 1), d.kind]),
    [
      ['news.atom', 'html'],
      ['news.rss', 'html'],
      ['page.xml', 'html'],
    ],
  );
  assert.deepEqual(
    problems.map((p) => [p.source.slice(dir.length + 1), p.reason]),
    [
      ['news.atom', 'an HTML page, not an RSS or Atom feed: read as a page'],
      ['news.rss', 'an HTML page, not an RSS or Atom feed: read as a page'],
      ['prolog.xml', 'XML that is not an RSS or Atom feed'],
    ],
  );
});

test('archives other than gzip (ZIP, bzip2, xz) say which they are and to unpack them, as JSON lines too; a text starting "BZh" is text', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'bzh.txt'), `BZh ${ARTICLE}`);
  const archives = join(ROOT, 'test', 'fixtures', 'archives');
  // archives named as JSON lines: "binary content (NUL bytes), not JSON lines" or "not JSON lines: none of the first ..."
  copyFileSync(join(archives, 'belarus.txt.bz2'), join(dir, 'records.jsonl'));
  copyFileSync(join(archives, 'belarus.zip'), join(dir, 'records.ndjson'));
  const { docs, problems } = await collect([archives, dir]);
  assert.deepEqual(
    docs.map((d) => d.id),
    ['bzh'],
  );
  const unpack = 'unpack it first (only gzip is read packed, as .gz)';
  assert.deepEqual(
    problems.map((p) => [basename(p.source), p.reason]),
    [
      ['belarus.txt.bz2', `binary content (a bzip2 archive), not text: ${unpack}`],
      ['belarus.txt.xz', `binary content (an xz archive), not text: ${unpack}`],
      ['belarus.zip', `binary content (a ZIP archive), not text: ${unpack}`],
      ['records.jsonl', `binary content (a bzip2 archive), not JSON lines: ${unpack}`],
      ['records.ndjson', `binary content (a ZIP archive), not JSON lines: ${unpack}`],
    ],
  );
});

test('gzip is known by its bytes, not its name: a gzip crawl named .warc, a plain one named .warc.gz, texts and records alike are read, each with a line', async () => {
  const dir = tmp();
  const crawl = sampleCrawl();
  writeFileSync(join(dir, 'packed.warc'), buildWarc([crawl[2]], true));
  writeFileSync(join(dir, 'plain.warc.gz'), buildWarc([crawl[6]], false));
  writeFileSync(join(dir, 'packed.txt'), gzipSync(ARTICLE));
  writeFileSync(join(dir, 'plain.txt.gz'), ARTICLE);
  writeFileSync(join(dir, 'packed.jsonl'), gzipSync(`${JSON.stringify({ id: 'belarus', text: ARTICLE })}\n`));
  writeFileSync(join(dir, 'plain.jsonl.gz'), `${JSON.stringify({ id: 'minsk', text: ARTICLE })}\n`);
  const { docs, problems } = await collect([dir]);
  // each read with a line saying why (they were read without a word)
  const packed = 'gzip data though its name does not end in .gz: unpacked and read';
  const plain = 'not gzip data though its name ends in .gz: read as it is';
  assert.deepEqual(
    problems.map((p) => [p.source.slice(dir.length + 1), p.reason]),
    [
      ['packed.jsonl', packed],
      ['packed.txt', packed],
      ['packed.warc', packed],
      ['plain.jsonl.gz', plain],
      ['plain.txt.gz', plain],
      ['plain.warc.gz', plain],
    ],
  );
  assert.deepEqual(
    docs.map((d) => d.source.slice(dir.length + 1)),
    ['packed.jsonl#1', 'packed.txt', 'packed.warc#1', 'plain.jsonl.gz#1', 'plain.txt.gz', 'plain.warc.gz#1'],
  );
  for (const d of docs.filter((d) => !d.source.includes('.warc'))) assert.match(d.body, /^Kremlin leader Vladimir Putin/, d.source);
  assert.deepEqual(
    docs.filter((d) => d.source.includes('.warc')).map((d) => d.url),
    [crawl[2].uri, crawl[6].uri],
  );
});
