import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import type { Problem, RawDocument, RedirectLink } from '../model.ts';
import { streamWarc } from './warc.ts';
import { urlDocId } from './url-id.ts';
import { buildWarc, fixtureBytes, httpResponse, sampleCrawl, warcRecord } from '../../test/web-fixtures.ts';
import { scratchDir } from '../../test/scratch.ts';

const dir = scratchDir('cc-warc-');

async function read(file: string, maxBytes = 10 * 1024 * 1024): Promise<{ docs: RawDocument[]; problems: Problem[]; links: RedirectLink[] }> {
  const docs: RawDocument[] = [];
  const problems: Problem[] = [];
  const links: RedirectLink[] = [];
  for await (const item of streamWarc(file, 0, maxBytes)) 'body' in item ? docs.push(item) : 'reason' in item ? problems.push(item) : links.push(item);
  return { docs, problems, links };
}

for (const gz of [false, true]) {
  test(`${gz ? '.warc.gz (one member per record)' : '.warc'}: HTML 200 responses become documents with the record's URL and date`, async () => {
    const file = join(dir, gz ? 'crawl.warc.gz' : 'crawl.warc');
    writeFileSync(file, buildWarc(sampleCrawl(), gz));
    const { docs, problems } = await read(file);
    assert.deepEqual(problems, []);
    assert.deepEqual(
      docs.map((d) => d.url),
      [
        'https://www.rivertown-gazette.example/news/2022/12/19/flood-barrier-approved',
        'https://www.tageblatt-nord.example/lokales/neue-faehre-nordstrand',
        'https://tomsk-vesti.example/news/most-ushaika',
      ],
    );
    assert.deepEqual(
      docs.map((d) => d.source),
      [`${file}#3`, `${file}#7`, `${file}#8`],
    );
    assert.equal(docs[0].id, urlDocId('https://www.rivertown-gazette.example/news/2022/12/19/flood-barrier-approved'));
    assert.equal(docs[1].meta.crawled, '2023-03-14T07:45:00Z');
    assert.ok(docs.every((d) => d.kind === 'html'));
    assert.ok(docs[1].body.includes('Fähre'), 'meta charset honoured inside the archive');
    assert.ok(docs[2].body.includes('Томске'), 'HTTP header charset honoured');
    assert.deepEqual(
      docs.map((d) => d.order),
      [0, 1, 2],
    );
  });
}

test('a corrupt record is a problem line and the records after it are still read', async () => {
  const crawl = sampleCrawl();
  const records = [crawl[2], { ...crawl[6], versionLine: 'XARC/9.9 garbage' }, crawl[7]];
  const file = join(dir, 'corrupt.warc');
  writeFileSync(
    file,
    Buffer.concat([...records.map((r) => warcRecord(r)), Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n')]),
  );
  const { docs, problems } = await read(file);
  assert.equal(docs.length, 2);
  assert.deepEqual(
    docs.map((d) => d.url),
    [crawl[2].uri, crawl[7].uri],
  );
  assert.equal(problems.length, 2, JSON.stringify(problems));
  assert.equal(problems[0].source, `${file}#2`);
  assert.match(problems[0].reason, /corrupt record/);
  assert.match(problems[1].reason, /Content-Length/);
});

test('a truncated last record and a broken gzip member are reported, not thrown', async () => {
  const crawl = sampleCrawl();
  const cut = join(dir, 'cut.warc');
  writeFileSync(cut, Buffer.concat([warcRecord(crawl[2]), warcRecord({ ...crawl[7], truncate: 200 })]));
  const a = await read(cut);
  assert.equal(a.docs.length, 1);
  assert.match(a.problems.at(-1)!.reason, /truncated/);
  const bad = join(dir, 'bad.warc.gz');
  const member = gzipSync(warcRecord(crawl[7]));
  writeFileSync(bad, Buffer.concat([gzipSync(warcRecord(crawl[2])), member.subarray(0, 40), Buffer.from('not gzip at all')]));
  const b = await read(bad);
  assert.equal(b.docs.length, 1);
  assert.match(b.problems.at(-1)!.reason, /gzip/);
});

test('a response over the size limit is skipped without being held, and reading goes on', async () => {
  const crawl = sampleCrawl();
  const big = { type: 'response', uri: 'https://big.example/', block: httpResponse('200 OK', 'text/html', Buffer.alloc(300_000, 'a')) };
  const file = join(dir, 'big.warc.gz');
  writeFileSync(file, buildWarc([big, crawl[2]], true));
  const { docs, problems } = await read(file, 100_000);
  assert.equal(docs.length, 1);
  // sized as a file past the limit is, the limit named ("300123 bytes" said neither)
  assert.match(problems[0].reason, /^record too large \(300,\d{3} bytes, limit 100,000 bytes; raise it with --max-size\)$/);
  assert.equal(problems[0].source, `${file}#1`);
});

for (const gz of [false, true])
  test(`a response past the size limit that the file ends inside is truncated, not too large${gz ? ' (gzip)' : ''}`, async () => {
    const crawl = sampleCrawl();
    const big = warcRecord({ type: 'response', uri: 'https://big.example/', block: httpResponse('200 OK', 'text/html', Buffer.alloc(300_000, 'a')) });
    // the file ends 150,000 bytes into the big record: raising --max-size would read nothing more
    const records = [warcRecord(crawl[2]), big.subarray(0, 150_000)];
    const file = join(dir, `cut-big${gz ? '.warc.gz' : '.warc'}`);
    writeFileSync(file, gz ? Buffer.concat(records.map((r) => gzipSync(r))) : Buffer.concat(records));
    const { docs, problems } = await read(file, 100_000);
    assert.deepEqual(
      docs.map((d) => d.url),
      [crawl[2].uri],
    );
    assert.match(
      problems[0].reason,
      /^truncated record at the end of the file \(its Content-Length is 300,\d{3} bytes, the file ends 149,\d{3} bytes into it\)$/,
    );
    assert.equal(problems[0].source, `${file}#2`);
    assert.equal(problems.length, 1, JSON.stringify(problems));
  });

test('a response stored with its content coding (gzip, chunked gzip, br, deflate zlib-wrapped or raw) is unpacked and read; a bomb, a broken body and an unknown coding are one line each', async () => {
  const page = fixtureBytes('rivertown-gazette.html');
  const chunked = (b: Buffer) => Buffer.concat([Buffer.from(`${b.length.toString(16)}\r\n`), b, Buffer.from('\r\n0\r\n\r\n')]);
  const response = (uri: string, body: Buffer, coding: string, extra: string[] = []) => ({
    type: 'response',
    uri,
    block: httpResponse('200 OK', 'text/html; charset=utf-8', body, [`Content-Encoding: ${coding}`, ...extra]),
  });
  const file = join(dir, 'coded.warc');
  writeFileSync(
    file,
    buildWarc(
      [
        response('https://a.example/gzip', gzipSync(page), 'gzip'),
        response('https://a.example/chunked', chunked(gzipSync(page)), 'gzip', ['Transfer-Encoding: chunked']),
        response('https://a.example/br', brotliCompressSync(page), 'br'),
        response('https://a.example/deflate', deflateSync(page), 'deflate'),
        // raw deflate (old IIS servers) was "corrupt record: its deflate body does not unpack (incorrect header check)"
        response('https://a.example/raw-deflate', deflateRawSync(page), 'deflate'),
        // 20 MB of spaces in 20 kB: past the 1 MB limit once unpacked
        response('https://a.example/bomb', gzipSync(Buffer.alloc(20 * 1024 * 1024, ' ')), 'gzip'),
        response('https://a.example/broken', gzipSync(page).subarray(0, 500), 'gzip'),
        response('https://a.example/compress', page, 'compress'),
      ],
      false,
    ),
  );
  const { docs, problems } = await read(file, 1024 * 1024);
  assert.deepEqual(
    docs.map((d) => d.url),
    ['https://a.example/gzip', 'https://a.example/chunked', 'https://a.example/br', 'https://a.example/deflate', 'https://a.example/raw-deflate'],
  );
  for (const d of docs) assert.match(d.body, /Flood barrier approved/);
  assert.deepEqual(
    problems.map((p) => [p.source, p.reason.replace(/\(unexpected end of file\)/, '(…)')]),
    [
      [`${file}#6`, 'record too large (its gzip body unpacks past the limit, 1.0 MB; raise it with --max-size)'],
      [`${file}#7`, 'corrupt record: its gzip body does not unpack (…)'],
      [`${file}#8`, 'response stored with compress content coding, not read'],
    ],
  );
});

test('files that are not WARCs say so', async () => {
  const empty = join(dir, 'empty.warc');
  writeFileSync(empty, '');
  assert.match((await read(empty)).problems[0].reason, /no WARC records/);
  const onlyRequests = join(dir, 'requests.warc');
  writeFileSync(onlyRequests, buildWarc([sampleCrawl()[1]], false));
  assert.match((await read(onlyRequests)).problems[0].reason, /no HTML pages among 1 WARC records/);
});

/** A record as written, but with its Content-Length raised by `extra` bytes. */
function withLength(record: Buffer, extra: number): Buffer {
  const text = record.toString('latin1');
  const m = /Content-Length: (\d+)/.exec(text)!;
  return Buffer.from(text.replace(m[0], `Content-Length: ${Number(m[1]) + extra}`), 'latin1');
}

for (const [label, extra, maxBytes] of [
  ['a little (into the next record)', 300, 10 * 1024 * 1024],
  ['past the end of the file', 5_000_000, 10 * 1024 * 1024],
  ['over the size limit', 50_000_000, 10 * 1024 * 1024],
] as const) {
  for (const gz of [false, true]) {
    test(`a record whose Content-Length is too large (${label}${gz ? ', gzip' : ''}) does not swallow the good records after it`, async () => {
      const crawl = sampleCrawl();
      const records = [warcRecord(crawl[2]), withLength(warcRecord(crawl[6]), extra), warcRecord(crawl[3]), warcRecord(crawl[7])];
      const file = join(dir, `overrun-${extra}${gz ? '.warc.gz' : '.warc'}`);
      writeFileSync(file, gz ? Buffer.concat(records.map((r) => gzipSync(r))) : Buffer.concat(records));
      const { docs, problems } = await read(file, maxBytes);
      assert.ok(docs.some((d) => d.url === crawl[2].uri));
      assert.ok(
        docs.some((d) => d.url === crawl[7].uri),
        `the last good record is read: ${JSON.stringify(problems)}`,
      );
      assert.equal(problems.filter((p) => /Content-Length/.test(p.reason)).length, 1, JSON.stringify(problems));
      assert.equal(problems.find((p) => /Content-Length/.test(p.reason))!.source, `${file}#2`);
      assert.ok(!problems.some((p) => /truncated/.test(p.reason)), JSON.stringify(problems));
    });
  }
}

test('a WARC cut inside its first header block, or with a bad Content-Length, gets one problem line', async () => {
  const crawl = sampleCrawl();
  const first = warcRecord(crawl[2]);
  const headCut = join(dir, 'head-cut.warc');
  writeFileSync(headCut, first.subarray(0, 60));
  assert.deepEqual((await read(headCut)).problems, [
    { source: `${headCut}#1`, reason: "truncated record at the end of the file (it ends inside the record's header)" },
  ]);
  const secondCut = join(dir, 'second-cut.warc');
  writeFileSync(secondCut, Buffer.concat([first, warcRecord(crawl[7]).subarray(0, 60)]));
  const second = await read(secondCut);
  assert.equal(second.docs.length, 1);
  assert.deepEqual(
    second.problems.map((p) => p.source),
    [`${secondCut}#2`],
  );
  for (const length of ['nonsense', '-5']) {
    const bad = join(dir, `bad-length${length}.warc`);
    const text = first.toString('latin1').replace(/Content-Length: \d+/, `Content-Length: ${length}`);
    writeFileSync(bad, Buffer.concat([Buffer.from(text, 'latin1'), warcRecord(crawl[7])]));
    const { docs, problems } = await read(bad);
    assert.deepEqual(problems, [{ source: `${bad}#1`, reason: 'corrupt record: missing or bad Content-Length' }]);
    assert.deepEqual(
      docs.map((d) => d.url),
      [crawl[7].uri],
    );
  }
  // a length past any file's size was "record too large (95367431640625.0 MB, limit 10.0 MB ...)"
  const absurd = join(dir, 'absurd-length.warc');
  const text = first.toString('latin1').replace(/Content-Length: \d+/, 'Content-Length: 99999999999999999999');
  writeFileSync(absurd, Buffer.concat([Buffer.from(text, 'latin1'), warcRecord(crawl[7])]));
  const { docs, problems } = await read(absurd);
  assert.deepEqual(problems, [{ source: `${absurd}#1`, reason: 'corrupt record: its Content-Length (99999999999999999999) is no possible size' }]);
  assert.deepEqual(
    docs.map((d) => d.url),
    [crawl[7].uri],
  );
});

test('empty responses (a crawler writing failed fetches) are skipped, not a corrupt-record line each; the file says it once', async () => {
  // 100,000 empty response records were 100,000 "corrupt record: the HTTP response has no header end" lines
  const crawl = sampleCrawl();
  const empty = (n: number) => warcRecord({ type: 'response', uri: `https://example.com/${n}`, block: Buffer.alloc(0) });
  const onlyEmpty = join(dir, 'only-empty.warc');
  writeFileSync(onlyEmpty, Buffer.concat(Array.from({ length: 50 }, (_, i) => empty(i))));
  const none = await read(onlyEmpty);
  assert.deepEqual(none.docs, []);
  assert.deepEqual(none.problems, [{ source: onlyEmpty, reason: 'no HTML pages among 50 WARC records (50 of them empty responses)' }]);
  const mixed = join(dir, 'some-empty.warc');
  writeFileSync(mixed, Buffer.concat([empty(1), warcRecord(crawl[2]), empty(2), warcRecord(crawl[7])]));
  const some = await read(mixed);
  assert.deepEqual(some.problems, []);
  assert.deepEqual(
    some.docs.map((d) => d.url),
    [crawl[2].uri, crawl[7].uri],
  );
});

test('a redirect record after its page links the page; a chain, a loop and a redirect out of the archive each say where they end (walk12)', async () => {
  const crawl = sampleCrawl();
  const page = crawl[2].uri!;
  const moved = (uri: string, to: string, n: number) =>
    warcRecord({
      type: 'response',
      uri,
      date: `2022-12-19T09:00:0${n}Z`,
      block: httpResponse('301 Moved Permanently', 'text/html', Buffer.alloc(0), [`Location: ${to}`]),
    });
  const short = 'https://rg.example/s/flood';
  const http = page.replace(/^https:/, 'http:');
  const file = join(dir, 'late-redirects.warc');
  writeFileSync(
    file,
    Buffer.concat([
      // a crawler that writes the page first, then the short link's 301 (to the http address), then the http address's
      warcRecord(crawl[2]),
      moved(short, http, 1),
      moved(http, page, 2),
      // an image met before its redirect: nothing to link
      warcRecord(crawl[4]),
      moved('https://rg.example/i/1', crawl[4].uri!, 3),
      // a redirect to a page this archive does not hold, through a relative Location
      moved('https://rg.example/s/gone', '/news/2022/12/20/not-captured', 4),
      // a loop
      moved('https://loop.example/a', 'https://loop.example/b', 5),
      moved('https://loop.example/b', 'https://loop.example/a', 6),
      // the page read after its redirect, as before: it learns the address
      moved('https://rg.example/s/faehre', crawl[7].uri!, 7),
      warcRecord(crawl[7]),
    ]),
  );
  const { docs, problems, links } = await read(file);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    docs.map((d) => [d.url, d.meta.redirectedFrom]),
    [
      [page, undefined],
      [crawl[7].uri, ['https://rg.example/s/faehre']],
    ],
  );
  assert.deepEqual(links, [
    // the short link's 301 leads to the http address, not yet met: held, then linked with it
    { source: `${file}#3`, from: [short, http], to: page, ends: 'page' },
    { source: `${file}#6`, from: ['https://rg.example/s/gone'], to: 'https://rg.example/news/2022/12/20/not-captured', ends: 'elsewhere' },
    { source: `${file}#7`, from: ['https://loop.example/a', 'https://loop.example/b'], to: 'https://loop.example/a', ends: 'loop' },
  ]);
  // the same records with each redirect before its page: no link, the page learns the addresses (walk10)
  const forward = join(dir, 'forward-redirects.warc');
  writeFileSync(forward, Buffer.concat([moved(short, http, 1), moved(http, page, 2), warcRecord(crawl[2])]));
  const before = await read(forward);
  assert.deepEqual(before.links, []);
  assert.deepEqual(before.docs[0].meta.redirectedFrom, [short, http]);
});

test('a loop is told once, whatever leads into it; a page met at an address of a loop ends it; a redirect to itself is none', async () => {
  const crawl = sampleCrawl();
  const moved = (uri: string, to: string) =>
    warcRecord({ type: 'response', uri, block: httpResponse('302 Found', 'text/html', Buffer.alloc(0), [`Location: ${to}`]) });
  const file = join(dir, 'loops.warc');
  const page = crawl[2].uri!;
  writeFileSync(
    file,
    Buffer.concat([
      moved('https://a.example/1', 'https://a.example/2'),
      moved('https://a.example/2', 'https://a.example/1'),
      moved('https://a.example/into', 'https://a.example/1'),
      // the crawler met a redirect at the page's address, then the page there
      moved(page, 'https://rg.example/login'),
      moved('https://rg.example/login', page),
      warcRecord(crawl[2]),
      moved('https://rg.example/self', 'https://rg.example/self'),
    ]),
  );
  const { docs, links } = await read(file);
  assert.equal(docs.length, 1);
  assert.deepEqual(docs[0].meta.redirectedFrom, [page, 'https://rg.example/login']);
  assert.deepEqual(links, [{ source: `${file}#1`, from: ['https://a.example/1', 'https://a.example/2'], to: 'https://a.example/1', ends: 'loop' }]);
});

test('an archive of redirects alone: no "no HTML pages" line for ingest, which links them; analyze is told it holds only redirects (walk14)', async () => {
  const moved = (uri: string, to: string) =>
    warcRecord({ type: 'response', uri, block: httpResponse('301 Moved Permanently', 'text/html', Buffer.alloc(0), [`Location: ${to}`]) });
  const file = join(dir, 'short-links.warc');
  writeFileSync(file, Buffer.concat([moved('https://rg.example/s/flood', sampleCrawl()[2].uri!), moved('https://rg.example/s/faehre', sampleCrawl()[7].uri!)]));
  const taken: Array<Problem | RedirectLink> = [];
  for await (const item of streamWarc(file, 0, 1 << 20, true)) if (!('body' in item)) taken.push(item);
  assert.deepEqual(
    taken.map((t) => ('ends' in t ? t.ends : t.reason)),
    ['elsewhere', 'elsewhere'],
  );
  assert.deepEqual((await read(file)).problems, [
    { source: file, reason: 'no HTML pages among 2 WARC records: only redirects (ingest links their addresses to the articles they lead to)' },
  ]);
  // a loop alone hands nothing on: the line stays
  const loop = join(dir, 'loop-alone.warc');
  writeFileSync(loop, Buffer.concat([moved('https://a.example/1', 'https://a.example/2'), moved('https://a.example/2', 'https://a.example/1')]));
  const lines: string[] = [];
  for await (const item of streamWarc(loop, 0, 1 << 20, true)) if ('reason' in item) lines.push(item.reason);
  assert.deepEqual(lines, ['no HTML pages among 2 WARC records']);
});
