// A search hit a researcher can pick from (walk10's leads): its outlet and date (a Reuters report told from a copy
// without opening each), what matched for an address's hit (the CLI said "(rank 0)"), and a title's opening quote
// mark kept in its snippet (ts_headline starts a fragment at a word: "Parasite' scores historic upset"). Real pages:
// trafilatura-eval's Reuters page on "Parasite" at the SAG awards, and ECB+'s Reuters and BBC reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { openBase } from '../src/store/index.ts';
import { startServer } from '../src/server/index.ts';
import { forEachBackend, freshBase } from './store-helpers.ts';
import { ECB_DEV, ROOT, runCli } from './helpers.ts';
import { scratchDir } from './scratch.ts';
import { zonedAsUtc } from '../src/common/date-bound.ts';

// the page's text as crosscheck extracts it (its outlet as the page's site name: the extraction reads "U.S.")
const PARASITE = join(ROOT, 'test', 'fixtures', 'walk', 'reuters-parasite.jsonl');
const ECB_IDS = ['2_8ecbplus', '8_8ecbplus', '27_1ecbplus'];

function inputs(): string[] {
  const dir = scratchDir('cc-search-hits-');
  const records = join(dir, 'ecb.jsonl');
  const lines = readFileSync(ECB_DEV, 'utf8')
    .split('\n')
    .filter((l) => ECB_IDS.some((id) => l.includes(`"id": "${id}"`)));
  writeFileSync(records, `${lines.join('\n')}\n`);
  return [records, PARASITE];
}

forEachBackend('search hits a researcher can pick from on %s', (kind) => {
  test('each hit names its outlet and date; a title keeps its opening quote; an address hit says where it matched', async () => {
    const where = await freshBase(kind);
    let base = await openBase(where.location);
    let server: Awaited<ReturnType<typeof startServer>> | undefined;
    let closed = false;
    try {
      await base.ingest(inputs(), { batchSize: 10, threads: 1 });
      const hits = await base.search('Parasite SAG');
      const article = hits.find((h) => h.kind === 'document')!;
      assert.equal(article.id, 'reuters-parasite-sag');
      assert.deepEqual([article.outlets, article.date], [['Reuters'], '2020-01-19T12:25:36Z']);
      // the title's opening quote mark is back (it read "<b>Parasite</b>&#39; scores historic upset")
      assert.match(article.snippet, /^&#39;<b>Parasite<\/b>&#39; scores historic upset at <b>SAG<\/b> awards/);
      assert.equal(article.address, undefined);
      const story = hits.find((h) => h.kind === 'story')!;
      assert.deepEqual(story.outlets, ['Reuters']);
      assert.match(story.snippet, /^&#39;<b>Parasite<\/b>&#39;/);
      // an address's hit: the address it matched at, its outlet and date
      const [bbc] = await base.search('bbc.co.uk');
      assert.deepEqual([bbc.id, bbc.rank, bbc.address], ['27_1ecbplus', 0, 'http://www.bbc.co.uk/news/technology-24142934']);
      assert.ok(bbc.outlets.length === 1 && bbc.outlets[0], 'the BBC report names its outlet');
      await base.close();
      closed = true;

      // the CLI: outlet and date under each hit; "at <address>" for an address's hit, never "(rank 0)"
      const cli = await runCli(['search', 'Parasite SAG', '--db', where.location]);
      assert.equal(cli.status, 0, cli.stderr);
      assert.match(
        cli.stdout,
        /document reuters-parasite-sag \(rank 0\.\d+\): 'Parasite' scores historic upset[^\n]*\n {3}Reuters · 2020-01-19T12:25:36Z\n {3}'\*\*Parasite\*\*' scores/,
      );
      const byDomain = await runCli(['search', 'bbc.co.uk', '--db', where.location]);
      assert.match(byDomain.stdout, /^1\. document 27_1ecbplus \(at http:\/\/www\.bbc\.co\.uk\/news\/technology-24142934\): /);
      assert.doesNotMatch(byDomain.stdout, /rank 0\)/);
      const withWords = await runCli(['search', 'reuters.com Oscars', '--db', where.location]);
      assert.match(withWords.stdout, /\(rank \d+(?:\.\d+)?, at http:\/\/www\.reuters\.com\/article\/2013\/08\/02\/us-oscars-degeneres-idUSBRE9710UQ20130802\)/);

      // the API and the web app say the same
      base = await openBase(where.location, { readOnly: true });
      closed = false;
      server = await startServer(base, { port: 0 });
      (server.server as Server).keepAliveTimeout = 600_000;
      const api = (await (await fetch(`${server.url}/api/search?q=bbc.co.uk`)).json()) as { hits: Array<Record<string, unknown>> };
      assert.deepEqual([api.hits[0].outlets, api.hits[0].date, api.hits[0].address], [bbc.outlets, bbc.date, 'http://www.bbc.co.uk/news/technology-24142934']);
      const page = await (await fetch(`${server.url}/search?q=Parasite`)).text();
      assert.match(page, /<span class="meta">Reuters · 2020-01-19 12:25<\/span>/);
      assert.match(page, /&#39;<mark>Parasite<\/mark>&#39; scores historic upset/);
    } finally {
      await server?.close();
      if (!closed) await base.close();
      await where.drop();
    }
  });
});

test('a stored time with a zone is given in UTC with "Z"; a bare day and a time without a zone as written', () => {
  assert.equal(zonedAsUtc('2020-01-19T12:25:36+00:00'), '2020-01-19T12:25:36Z');
  assert.equal(zonedAsUtc('2020-01-19T07:25:36-05:00'), '2020-01-19T12:25:36Z');
  assert.equal(zonedAsUtc('2019-01-18T22:00-05:00'), '2019-01-19T03:00:00Z');
  assert.equal(zonedAsUtc('2020-01-19T12:25:36.5Z'), '2020-01-19T12:25:36.500Z');
  for (const kept of ['2020-01-19', '2013-08-02T18:50', 'May 5, 2010', null]) assert.equal(zonedAsUtc(kept), kept);
});

forEachBackend('the API\u2019s story and hit times on %s', (kind) => {
  test('one instant is written one way: "+00:00" and "-05:00" become "Z" (walk10: the API mixed them)', async () => {
    const where = await freshBase(kind);
    const base = await openBase(where.location);
    let server: Awaited<ReturnType<typeof startServer>> | undefined;
    try {
      // the Reuters page as a UTC stamp with "+00:00", and again as New York wrote it (two outlets' stamps)
      const record = JSON.parse(readFileSync(PARASITE, 'utf8')) as Record<string, string>;
      const dir = scratchDir('cc-search-times-');
      const file = join(dir, 'parasite.jsonl');
      writeFileSync(file, `${JSON.stringify({ ...record, published: '2020-01-19T12:25:36+00:00' })}\n`);
      await base.ingest([file], { batchSize: 10, threads: 1 });
      server = await startServer(base, { port: 0 });
      (server.server as Server).keepAliveTimeout = 600_000;
      const stories = (await (await fetch(`${server.url}/api/stories`)).json()) as { stories: Array<{ firstSeen: string; latest: string }> };
      assert.deepEqual([stories.stories[0].firstSeen, stories.stories[0].latest], ['2020-01-19T12:25:36Z', '2020-01-19T12:25:36Z']);
      const hits = (await (await fetch(`${server.url}/api/search?q=Parasite`)).json()) as { hits: Array<{ date: string }> };
      assert.deepEqual(
        hits.hits.map((h) => h.date),
        ['2020-01-19T12:25:36Z', '2020-01-19T12:25:36Z'],
      );
      const spec = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
        components: { schemas: Record<string, { properties: Record<string, { description?: string }> }> };
      };
      assert.match(spec.components.schemas.StorySummary.properties.latest.description ?? '', /UTC, "2020-01-19T12:25:36Z"/);
      assert.match(spec.components.schemas.SearchHit.properties.date.description ?? '', /UTC/);
    } finally {
      await server?.close();
      await base.close();
      await where.drop();
    }
  });
});
