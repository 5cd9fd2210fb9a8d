// The BASIL reports of Glenn Beck's CPAC speech (20 February 2010) as a web archive (walk9): Fox News's page with its
// own publication stamp captured in 2019 and again in 2023 with an editor's note, the New York Times blog post at an
// address with no date, captured in 2021 -- nothing but the archive dates it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';
import { scratchDir } from './scratch.ts';
import { buildWarc, httpResponse, type WarcRecordSpec } from './web-fixtures.ts';

interface BasilRecord {
  outlet: string;
  url: string;
  title: string;
  text: string;
}

const records: BasilRecord[] = readFileSync(join(ROOT, 'test', 'fixtures', 'walk', 'basil-beck-cpac.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));
const fox = records.find((r) => r.outlet === 'fox')!;
const nyt = records.find((r) => r.outlet === 'nyt')!;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The article as a saved page: its site name, its own publication stamp when given, its paragraphs. */
function page(r: BasilRecord, site: string, published: string | null, extra: string[] = []): Buffer {
  const paragraphs = [...r.text.split('\n\n').slice(1), ...extra].map((p) => `<p>${escapeText(p)}</p>`).join('');
  const stamp = published ? `<meta property="article:published_time" content="${published}">` : '';
  return Buffer.from(
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeText(r.title)} | ${site}</title><meta property="og:site_name" content="${site}">${stamp}</head>` +
      `<body><nav><a href="/">Home</a> <a href="/politics">Politics</a></nav><article><h1>${escapeText(r.title)}</h1>${paragraphs}</article></body></html>`,
  );
}

const response = (uri: string, date: string, body: Buffer): WarcRecordSpec => ({
  type: 'response',
  uri,
  date,
  block: httpResponse('200 OK', 'text/html; charset=utf-8', body),
});

// The Times blog post at an address that carries no date: nothing but the archive dates it
const NYT_URL = 'https://thecaucus.blogs.nytimes.com/beck-wows-the-cpac-crowd/';

/** The archive, written to a scratch folder: its path. */
export function archive(): string {
  const dir = scratchDir('cc-captured-');
  const file = join(dir, 'cpac.warc.gz');
  writeFileSync(
    file,
    buildWarc(
      [
        { type: 'warcinfo', block: Buffer.from('software: test-archiver/1.0\r\n') },
        response(fox.url, '2019-06-01T04:00:00Z', page(fox, 'Fox News', '2010-02-20T19:30:00Z')),
        response(NYT_URL, '2021-03-02T11:05:00Z', page(nyt, 'The New York Times', null)),
        // the Fox page again, four years on, with an editor's note added
        response(
          fox.url,
          '2023-06-01T04:00:00Z',
          page(fox, 'Fox News', '2010-02-20T19:30:00Z', ['Editor\u2019s note: This story has been updated to include a video of the full speech.']),
        ),
      ],
      true,
    ),
  );
  return file;
}
