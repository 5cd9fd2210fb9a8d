// Builds web-archive fixtures for tests from the small pages in test/fixtures/web/: a WARC as crawlers
// write it (warcinfo, request, response, metadata records; one gzip member per record for .warc.gz).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

export const WEB_FIXTURES = join(ROOT, 'test', 'fixtures', 'web');

export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(WEB_FIXTURES, name));
}

export interface WarcRecordSpec {
  type: string;
  uri?: string;
  date?: string;
  /** the record block (for responses: HTTP status line, headers, blank line, body) */
  block: Buffer;
  /** write this many fewer bytes than Content-Length says (a corrupt record) */
  truncate?: number;
  /** replace the header's first line (a corrupt record) */
  versionLine?: string;
}

/** A walk fixture's record (test/fixtures/walk/*.jsonl): its text's first paragraph is its title. */
export interface WalkRecord {
  outlet: string;
  url: string;
  title: string;
  text: string;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A walk record as its site's page: title, site name, canonical address, the paragraphs after the title. */
export function recordPage(r: WalkRecord, site: string): Buffer {
  return Buffer.from(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeText(r.title)}</title><meta property="og:site_name" content="${site}">` +
      `<link rel="canonical" href="${r.url}"></head><body><article><h1>${escapeText(r.title)}</h1>` +
      `${r.text
        .split('\n\n')
        .slice(1)
        .map((p) => `<p>${escapeText(p)}</p>`)
        .join('')}</article></body></html>`,
  );
}

let counter = 0;

export function httpResponse(status: string, contentType: string | null, body: Buffer, extra: string[] = []): Buffer {
  const head = [`HTTP/1.1 ${status}`, ...(contentType ? [`Content-Type: ${contentType}`] : []), `Content-Length: ${body.length}`, ...extra, '', ''].join(
    '\r\n',
  );
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

export function warcRecord(spec: WarcRecordSpec): Buffer {
  counter++;
  const lines = [
    spec.versionLine ?? 'WARC/1.0',
    `WARC-Type: ${spec.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(counter).padStart(12, '0')}>`,
    `WARC-Date: ${spec.date ?? '2023-09-01T12:00:00Z'}`,
    ...(spec.uri ? [`WARC-Target-URI: ${spec.uri}`] : []),
    ...(spec.type === 'response'
      ? ['Content-Type: application/http; msgtype=response']
      : spec.type === 'request'
        ? ['Content-Type: application/http; msgtype=request']
        : []),
    `Content-Length: ${spec.block.length}`,
    '',
    '',
  ];
  const block = spec.truncate ? spec.block.subarray(0, spec.block.length - spec.truncate) : spec.block;
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'utf8'), block, Buffer.from('\r\n\r\n')]);
}

/** A small crawl: pages from three outlets and the records a crawler writes around them. */
export function sampleCrawl(): WarcRecordSpec[] {
  const html = (name: string) => fixtureBytes(name);
  return [
    { type: 'warcinfo', block: Buffer.from('software: test-crawler/1.0\r\nformat: WARC File Format 1.0\r\n') },
    {
      type: 'request',
      uri: 'https://www.rivertown-gazette.example/news/2022/12/19/flood-barrier-approved',
      block: Buffer.from('GET /news/2022/12/19/flood-barrier-approved HTTP/1.1\r\nHost: www.rivertown-gazette.example\r\n\r\n'),
    },
    {
      type: 'response',
      uri: 'https://www.rivertown-gazette.example/news/2022/12/19/flood-barrier-approved',
      date: '2022-12-19T09:00:00Z',
      block: httpResponse('200 OK', 'text/html; charset=utf-8', html('rivertown-gazette.html')),
    },
    {
      type: 'metadata',
      uri: 'https://www.rivertown-gazette.example/news/2022/12/19/flood-barrier-approved',
      block: Buffer.from('via: https://www.rivertown-gazette.example/\r\n'),
    },
    {
      type: 'response',
      uri: 'https://www.rivertown-gazette.example/img/barrier.jpg',
      block: httpResponse('200 OK', 'image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46])),
    },
    {
      type: 'response',
      uri: 'https://www.tageblatt-nord.example/gone',
      block: httpResponse('404 Not Found', 'text/html', Buffer.from('<html><body><h1>Seite nicht gefunden</h1></body></html>')),
    },
    // the charset is only in the page's own <meta>, as with most archived pages
    {
      type: 'response',
      uri: 'https://www.tageblatt-nord.example/lokales/neue-faehre-nordstrand',
      date: '2023-03-14T07:45:00Z',
      block: httpResponse('200 OK', 'text/html', html('tageblatt-nord.html')),
    },
    {
      type: 'response',
      uri: 'https://tomsk-vesti.example/news/most-ushaika',
      date: '2023-09-01T04:00:00Z',
      block: httpResponse('200 OK', 'text/html; charset=windows-1251', html('tomsk-vesti.html')),
    },
  ];
}

/** Records as a .warc (concatenated) or .warc.gz (one gzip member per record) file. */
export function buildWarc(records: WarcRecordSpec[], gzip: boolean): Buffer {
  return Buffer.concat(records.map((r) => (gzip ? gzipSync(warcRecord(r)) : warcRecord(r))));
}

/** BASIL's New York Times and Fox News reports of Beck's CPAC speech as walk records (walk12, walk14), with the
 * addresses their redirect tests lead to them from: a short link on another host, the NYT page's http address, Fox's
 * short link. */
export function beckCpac(): { nyt: WalkRecord; fox: WalkRecord; SHORT: string; HTTP: string; FOX_SHORT: string } {
  const records = readFileSync(join(ROOT, 'test', 'fixtures', 'walk', 'basil-beck-cpac.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as WalkRecord);
  const nyt = records.find((r) => r.outlet === 'nyt')!;
  const fox = records.find((r) => r.outlet === 'fox')!;
  return { nyt, fox, SHORT: 'https://nyti.ms/beckCPAC', HTTP: nyt.url.replace(/^https:/, 'http:'), FOX_SHORT: 'https://fxn.ws/beck-cpac' };
}

/** WARC response records of a crawl in one minute of `hour` (each a second later): a 301 to `to`, a page of HTML. */
export function crawlRecords(hour: string): { moved: (uri: string, to: string) => WarcRecordSpec; page: (uri: string, body: Buffer) => WarcRecordSpec } {
  let second = 0;
  const at = () => `2019-06-01T${hour}:00:${String(second++ % 60).padStart(2, '0')}Z`;
  return {
    moved: (uri, to) => ({
      type: 'response',
      uri,
      date: at(),
      block: httpResponse('301 Moved Permanently', 'text/html', Buffer.alloc(0), [`Location: ${to}`]),
    }),
    page: (uri, body) => ({ type: 'response', uri, date: at(), block: httpResponse('200 OK', 'text/html; charset=utf-8', body) }),
  };
}
