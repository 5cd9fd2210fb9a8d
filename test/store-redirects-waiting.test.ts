// A web archive's redirect whose page the base does not hold yet (walk14): the page comes in a later archive, a later
// batch or a later ingest. walk12 said "its addresses are not kept (ingest that page, then this archive again)": the
// short link a researcher was given found nothing until the same archive was ingested a second time. The redirect now
// waits in the base (waiting_redirects) and its addresses go to the article when its page is stored, in either order,
// from a web archive or a saved page; ingest's summary says how many addresses were linked and how many redirects wait.
// Both backends; the pages are BASIL's New York Times and Fox News reports of Beck's CPAC speech.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../src/model.ts';
import { adapterOf, openAdapter, openBase, type StoryBase } from '../src/store/index.ts';
import { problemRule } from '../src/common/problem-rules.ts';
import { summaryText } from '../src/cli/ingest.ts';
import { forEachBackend, freshBase } from './store-helpers.ts';
import type { RunningServer } from '../src/server/index.ts';
import { runCli, SEEDS, startTestServer } from './helpers.ts';
import { scratchDir } from './scratch.ts';
import { beckCpac, buildWarc, crawlRecords, recordPage } from './web-fixtures.ts';

const { nyt, fox, SHORT, HTTP, FOX_SHORT } = beckCpac();
const { moved, page } = crawlRecords('05');

function file(name: string, bytes: Buffer): string {
  const path = join(scratchDir('cc-waiting-redirects-'), name);
  writeFileSync(path, bytes);
  return path;
}

/** a second crawl of short links, made before the pages were captured: the chain to the NYT page, Fox's short link */
const redirects = () => file('short-links.warc', buildWarc([moved(SHORT, HTTP), moved(HTTP, nyt.url), moved(FOX_SHORT, fox.url)], false));
const pages = () => file('pages.warc.gz', buildWarc([page(nyt.url, recordPage(nyt, 'The New York Times')), page(fox.url, recordPage(fox, 'Fox News'))], true));

const WAITING = [
  `short-links.warc#2: redirect to a page neither in this archive nor in the base: ${SHORT} -> ${HTTP} -> ${nyt.url}; its addresses wait for that page, and find it once it is ingested`,
  `short-links.warc#3: redirect to a page neither in this archive nor in the base: ${FOX_SHORT} -> ${fox.url}; its addresses wait for that page, and find it once it is ingested`,
];

/** What the base holds of the two pages' addresses, and of the redirects waiting. */
async function held(base: StoryBase): Promise<{ nyt: string[]; fox: string[]; waiting: number }> {
  const [nytHit] = await base.search(nyt.url);
  const [foxHit] = await base.search(fox.url);
  const [{ n }] = await adapterOf(base).query<{ n: number }>('SELECT count(*)::int AS n FROM waiting_redirects');
  return { nyt: (await base.document(nytHit.id))!.addresses, fox: (await base.document(foxHit.id))!.addresses, waiting: n };
}

const lines = (problems: Problem[]) => problems.map((p) => `${p.source.replace(/^.*\//, '')}: ${p.reason}`);

forEachBackend('a redirect read before its page is stored on %s', (kind) => {
  test('two ingests in either order: the short links find their pages, the summary counts the addresses linked', async () => {
    for (const order of ['redirects first', 'pages first']) {
      const where = await freshBase(kind);
      const base = await openBase(where.location);
      try {
        const runs = order === 'redirects first' ? [redirects(), pages()] : [pages(), redirects()];
        const told: Problem[][] = [];
        const summaries = [];
        /** the lines the base holds after each run (/problems, /api/problems) */
        const stored: string[][] = [];
        for (const input of runs) {
          const problems: Problem[] = [];
          summaries.push(await base.ingest([input], { batchSize: 10, threads: 1, onProblem: (p) => problems.push(p) }));
          told.push(problems);
          stored.push(lines(await base.problems()).sort());
        }
        // a redirect linked says no more that it waits (/problems listed it among "Inputs that could not be used")
        assert.deepEqual(stored, [order === 'redirects first' ? WAITING : [], []]);
        const [one, two] = summaries;
        if (order === 'redirects first') {
          // the redirects wait: two notes, no problem; nothing found yet
          assert.deepEqual(lines(told[0]), WAITING);
          assert.deepEqual(
            told[0].map((p) => problemRule(p.reason)),
            ['redirect-waiting', 'redirect-waiting'],
          );
          assert.deepEqual([one.read, one.problems, one.notes, one.linked, one.waiting], [0, 0, 2, 0, 2]);
          assert.equal(
            summaryText(one, 'base'),
            'base: no article read, only redirects: 2 redirects waiting for their pages (linked when ingested); 0 problems, 2 notes (on inputs used)\n' +
              'stories: 0 opened, 0 grown, 0 merged into others\n',
          );
          // the pages' run links what waited: the two short links (the http address is the page's own key)
          assert.deepEqual(told[1], []);
          assert.deepEqual([two.newDocuments, two.problems, two.notes, two.linked, two.waiting], [2, 0, 0, 2, 0]);
          assert.equal(
            summaryText(two, 'base'),
            'base: 2 new articles, 0 new versions, 0 unchanged, 0 problems\n' +
              'redirects: 2 addresses linked to the articles redirects lead to\n' +
              'stories: 1 opened, 0 grown, 0 merged into others\n',
          );
        } else {
          assert.deepEqual([told[0], told[1]], [[], []]);
          assert.deepEqual([two.read, two.problems, two.notes, two.linked, two.waiting], [0, 0, 0, 2, 0]);
          assert.match(summaryText(two, 'base'), /^base: no article read, only redirects: 2 addresses linked to the articles redirects lead to; 0 problems\n/);
        }
        assert.deepEqual(await held(base), { nyt: [SHORT], fox: [FOX_SHORT], waiting: 0 });
        assert.deepEqual(
          (await base.search(SHORT)).map((h) => [h.title, h.address]),
          [[nyt.title, SHORT]],
        );
        assert.deepEqual(
          (await base.search('fxn.ws')).map((h) => h.title),
          [fox.title],
        );
        // the short links' archive again: nothing new, nothing waits
        const problems: Problem[] = [];
        const again = await base.ingest([runs[order === 'redirects first' ? 0 : 1]], { onProblem: (p) => problems.push(p) });
        assert.deepEqual([problems, again.linked, again.waiting], [[], 0, 0]);
        assert.deepEqual(await held(base), { nyt: [SHORT], fox: [FOX_SHORT], waiting: 0 });
      } finally {
        await base.close();
        await where.drop();
      }
    }
  });

  test('one ingest of both archives, the redirects first: linked in the same batch or a later one, one thread or two', async () => {
    const inputs = [redirects(), pages()];
    for (const [batchSize, threads] of [
      [10, 1],
      [1, 1],
      [1, 2],
    ]) {
      const where = await freshBase(kind);
      const base = await openBase(where.location);
      try {
        const problems: Problem[] = [];
        const run = await base.ingest(inputs, { batchSize, threads, onProblem: (p) => problems.push(p) });
        // a batch that holds the page as well links the redirect at once (no line): the archive's links ride with the
        // batch of the next input, the NYT page; in batches of one, Fox's waits and a later batch links it
        const waited = batchSize === 1;
        assert.deepEqual(lines(problems), waited ? WAITING.slice(1) : [], `${batchSize} ${threads}`);
        assert.deepEqual([run.newDocuments, run.problems, run.linked, run.waiting], [2, 0, 2, waited ? 1 : 0], `${batchSize} ${threads}`);
        assert.deepEqual(await held(base), { nyt: [SHORT], fox: [FOX_SHORT], waiting: 0 }, `${batchSize} ${threads}`);
      } finally {
        await base.close();
        await where.drop();
      }
    }
  });

  test('the page saved from the browser, ingested after the short links: found by them; the CLI says what it did', async () => {
    const where = await freshBase(kind);
    try {
      const first = await runCli(['ingest', redirects(), '--db', where.location, '-q']);
      // an archive of short links alone is no failure (it was "0 new articles ... no HTML pages among 3 WARC records", exit 1)
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stdout, /: no article read, only redirects: 2 redirects waiting for their pages \(linked when ingested\); 0 problems, 2 notes/);
      const saved = file('beck.html', recordPage(nyt, 'The New York Times'));
      const second = await runCli(['ingest', saved, '--db', where.location, '-q', '-f', 'json']);
      assert.equal(second.status, 0, second.stderr);
      const summary = JSON.parse(second.stdout) as { newDocuments: number; linked: number; waiting: number; problems: number; notes: number };
      assert.deepEqual([summary.newDocuments, summary.linked, summary.waiting, summary.problems, summary.notes], [1, 1, 0, 0, 0]);
      const base = await openBase(where.location);
      try {
        const [hit] = await base.search(SHORT);
        assert.equal(hit?.title, nyt.title);
        // Fox's short link waits on
        assert.deepEqual(await base.search(FOX_SHORT), []);
        const [{ n }] = await adapterOf(base).query<{ n: number }>('SELECT count(*)::int AS n FROM waiting_redirects');
        assert.equal(n, 1);
      } finally {
        await base.close();
      }
    } finally {
      await where.drop();
    }
  });
});

/** The waiting redirects aged (their last ingest `days` ago), as a base left for months would hold them. */
async function aged(base: StoryBase, days: number): Promise<void> {
  await adapterOf(base).query('UPDATE waiting_redirects SET seen = $1', [new Date(Date.now() - days * 86_400_000).toISOString()]);
}

const EXPIRED = [
  `short-links.warc#2: redirect to a page not ingested within 90 days: ${SHORT} -> ${HTTP} -> ${nyt.url}; its addresses are not kept (ingest that page, then this archive again)`,
  `short-links.warc#3: redirect to a page not ingested within 90 days: ${FOX_SHORT} -> ${fox.url}; its addresses are not kept (ingest that page, then this archive again)`,
];

forEachBackend('a redirect whose page never comes on %s', (kind) => {
  test('it waits 90 days from the last ingest that met it, then a line says its addresses are not kept', async () => {
    const where = await freshBase(kind);
    const base = await openBase(where.location);
    try {
      const seed = join(SEEDS, readdirSync(SEEDS).sort()[0]);
      await base.ingest([redirects()], { batchSize: 10, threads: 1 });
      // 89 days on: an ingest of another article leaves them waiting
      await aged(base, 89);
      const early = await base.ingest([seed], { batchSize: 10, threads: 1 });
      assert.deepEqual([early.expired, (await held2(base)).waiting], [0, 3]);
      // 91 days on: the next ingest's batch lets them go; their "waits" notes become a problem each
      await aged(base, 91);
      const told: Problem[] = [];
      const late = await base.ingest([seed], { batchSize: 10, threads: 1, onProblem: (p) => told.push(p) });
      assert.deepEqual(lines(told), EXPIRED);
      assert.deepEqual(
        told.map((p) => problemRule(p.reason)),
        ['redirect-not-kept', 'redirect-not-kept'],
      );
      assert.deepEqual([late.unchanged, late.expired, late.problems, late.notes], [1, 2, 2, 0]);
      assert.equal(
        summaryText(late, 'base'),
        'base: 0 new articles, 0 new versions, 1 unchanged, 2 problems\n' +
          'redirects: 2 redirects no longer waiting: their pages never came, their addresses are not kept\n' +
          'stories: 0 opened, 0 grown, 0 merged into others\n',
      );
      assert.deepEqual(lines(await base.problems()).sort(), EXPIRED);
      assert.equal((await held2(base)).waiting, 0);
      // the pages come after: the short links find nothing, as the lines say
      await base.ingest([pages()], { batchSize: 10, threads: 1 });
      assert.deepEqual(await held(base), { nyt: [], fox: [], waiting: 0 });
      // ... until the short links' archive is ingested again, as the lines say: linked, and the lines go
      const again = await base.ingest([redirects()], { batchSize: 10, threads: 1 });
      assert.deepEqual([again.linked, again.waiting, again.problems], [2, 0, 0]);
      assert.deepEqual(await held(base), { nyt: [SHORT], fox: [FOX_SHORT], waiting: 0 });
      assert.deepEqual(lines(await base.problems()), []);
    } finally {
      await base.close();
      await where.drop();
    }
  });

  test('a later crawl of the same short links (another archive) renews the wait; the page then clears both lines', async () => {
    const where = await freshBase(kind);
    const base = await openBase(where.location);
    try {
      await base.ingest([redirects()], { batchSize: 10, threads: 1 });
      await aged(base, 80);
      // the next day's crawl, in a file of its own: its redirects wait anew from now
      const later = file('short-links-later.warc', readFileSync(redirects()));
      const second = await base.ingest([later], { batchSize: 10, threads: 1 });
      assert.deepEqual([second.waiting, second.expired], [2, 0]);
      assert.equal((await held2(base)).waiting, 3);
      const [{ oldest }] = await adapterOf(base).query<{ oldest: string }>('SELECT min(seen) AS oldest FROM waiting_redirects');
      assert.ok(Date.parse(oldest) > Date.now() - 86_400_000);
      // both archives' lines wait; the pages link the redirects and take every line off (the second archive's stayed)
      assert.equal((await base.problems()).length, 4);
      const run = await base.ingest([pages()], { batchSize: 10, threads: 1 });
      assert.deepEqual([run.linked, run.expired], [2, 0]);
      assert.deepEqual(await held(base), { nyt: [SHORT], fox: [FOX_SHORT], waiting: 0 });
      assert.deepEqual(lines(await base.problems()), []);
    } finally {
      await base.close();
      await where.drop();
    }
  });

  test('a base of schema 18 is upgraded: the addresses it holds say how they reached their article', async () => {
    const where = await freshBase(kind);
    try {
      const base = await openBase(where.location);
      await base.ingest([pages(), redirects()], { batchSize: 10, threads: 1 }).finally(() => base.close());
      const db = await openAdapter(where.location);
      await db.exec('UPDATE document_addresses SET how = NULL; DROP INDEX waiting_redirects_seen; DELETE FROM schema_version WHERE version >= 19');
      await db.close();
      const opened = await openBase(where.location);
      try {
        const [hit] = await opened.search(SHORT);
        assert.deepEqual((await opened.document(hit.id))!.reached, [{ address: SHORT, how: 'redirect' }]);
      } finally {
        await opened.close();
      }
    } finally {
      await where.drop();
    }
  });
});

/** How many rows wait (one an address). */
async function held2(base: StoryBase): Promise<{ waiting: number }> {
  const [{ n }] = await adapterOf(base).query<{ n: number }>('SELECT count(*)::int AS n FROM waiting_redirects');
  return { waiting: n };
}

test('the web app and the API mark a note (a redirect waiting, a NUL taken out) apart from an input not used', async () => {
  const where = await freshBase('pglite');
  const base = await openBase(where.location);
  let server: RunningServer | undefined;
  try {
    // a seed article holding a NUL byte (a download cut and resumed), a file that is no text, the short links
    const seed = readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[1]), 'utf8');
    const nul = file('seed-nul.txt', Buffer.from(seed.replace('. ', '.\u0000 ')));
    const binary = file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    const problems: Problem[] = [];
    const run = await base.ingest([nul, binary, redirects()], { onProblem: (p) => problems.push(p) });
    // walk13's lead: "1 new article ... 4 problems" counted the NUL note and the waiting redirects as problems
    assert.deepEqual([run.newDocuments, run.problems, run.notes, run.waiting], [1, 1, 3, 2]);
    assert.match(summaryText(run, 'base'), /^base: 1 new article, 0 new versions, 0 unchanged, 1 problem, 3 notes \(on inputs used\)\n/);
    server = await startTestServer(base);
    const api = (await (await fetch(`${server.url}/api/problems`)).json()) as { problems: Array<{ source: string; rule: string; note?: boolean }> };
    assert.deepEqual(api.problems.map((p) => [p.source.replace(/^.*\//, ''), p.rule, p.note ?? false]).sort(), [
      ['image.txt', 'binary-content', false],
      ['seed-nul.txt', 'text-taken-out', true],
      ['short-links.warc#2', 'redirect-waiting', true],
      ['short-links.warc#3', 'redirect-waiting', true],
    ]);
    const page = await (await fetch(`${server.url}/problems`)).text();
    assert.equal(page.match(/<td><strong>note:<\/strong> /g)?.length, 3);
    assert.match(page, /<td>binary content \(a PNG image\)/);
  } finally {
    await server?.close();
    await base.close();
    await where.drop();
  }
});
