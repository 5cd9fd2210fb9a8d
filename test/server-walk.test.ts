// A fact-checker's walk through the web app over real ECB+ text (stop 68, walk2): what the story page says about
// its citations, and feed items of a watched feed as the app shows them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBase, type StoryBase } from '../src/store/index.ts';
import type { RunningServer } from '../src/server/index.ts';
import { ROOT, startTestServer } from './helpers.ts';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'walk');

let dir: string;
let base: StoryBase;
let server: RunningServer;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-walk-'));
  base = await openBase(dir);
  // three AP copies of one Lindsay Lohan report (ECB+ 1_2ecbplus, 1_5ecbplus, 1_21ecbplus): records with a URL and
  // no outlet
  await base.ingest([join(FIXTURES, 'lohan-copies.jsonl')]);
  server = await startTestServer(base);
});

after(async () => {
  await server?.close();
  await base?.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('story page: the briefing and its sources', () => {
  test('a line several copies state says why it is one source; sources are named by their site, as the claims table names them', async () => {
    const [story] = await base.stories();
    const page = await (await fetch(`${server.url}/stories/${story.id}`)).text();
    const briefing = text(page.slice(page.indexOf('<ol class="briefing">'), page.indexOf('</ol>', page.indexOf('<ol class="briefing">'))));
    // "[1][2][3] (single source)" gave no reason for three citations being one source
    assert.match(
      briefing,
      /"My client is ensconced in the bosom of that facility right now," Heller argued .*\[\d+\]\[\d+\]\[\d+\] \(single source: its 3 articles are copies of one\)/,
    );
    assert.doesNotMatch(briefing, /\(single source\)/, 'every line here rests on two or three copies');
    // the source list named an article with no outlet by its record id ("1_21ecbplus, ...") where the claims table
    // and the copy graph name it by its site
    const sources = text(page.slice(page.indexOf('<ol class="sources">'), page.indexOf('</ol>', page.indexOf('<ol class="sources">'))));
    assert.match(sources, /music\.yahoo\.com, 2013-05-02 · sentence \d+/);
    assert.match(sources, /entertainment\.inquirer\.net, 2013-05-03 · sentence \d+/);
    assert.doesNotMatch(sources, /ecbplus/);
    const claims = text(page.slice(page.indexOf('id="claims"')));
    assert.match(claims, /music\.yahoo\.com/);
  });
});

describe('story page: a story followed over two ingests', () => {
  test('"What changed" lists the articles each ingest added and those whose text it changed, newest first', async () => {
    const [before] = await base.stories();
    const first = await (await fetch(`${server.url}/stories/${before.id}`)).text();
    assert.doesNotMatch(first, /id="changes"/, 'a story seen in one ingest has no changes to show');
    // the next day's ingest: ET Online's report of the same hearing (ECB+ 1_7ecbplus), and Yahoo's copy again at its
    // address with a sentence added (a new version)
    const summary = await base.ingest([join(FIXTURES, 'lohan-later.jsonl')]);
    assert.equal(summary.newDocuments, 1);
    assert.equal(summary.newVersions, 1);
    const [after] = await base.stories();
    assert.equal(after.documents, 4);
    const page = await (await fetch(`${server.url}/stories/${after.id}`)).text();
    const at = page.indexOf('id="changes"');
    assert.ok(at > page.indexOf('id="briefing"') && at < page.indexOf('id="claims"'), 'after the briefing, before the claims');
    const changes = text(page.slice(at, page.indexOf('</section>', at)));
    assert.match(
      changes,
      /^id="changes">What changed\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d(?:\.\d{3})?)? UTC: added 1 article:Lindsay Lohan Checks Into Court-Ordered Rehab \(etonline\.com\)1 article with changed text:Lawyer: Lindsay Lohan checks into rehab facility \(music\.yahoo\.com, version 2\)\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d(?:\.\d{3})?)? UTC: opened with 3 articles:/,
    );
    // the two ingests ran a moment apart: their stamps read alike to the minute, so they show their seconds (walk3:
    // both read "... 15:29 UTC")
    const stamps = [...changes.matchAll(/(\d{4}-\d\d-\d\d \d\d:\d\d(?::\d\d(?:\.\d{3})?)? UTC):/g)].map((m) => m[1]);
    assert.equal(stamps.length, 2, changes);
    assert.notEqual(stamps[0], stamps[1]);
    if (stamps[0].slice(0, 16) === stamps[1].slice(0, 16)) assert.match(stamps[0], /:\d\d:\d\d/);
  });
});
