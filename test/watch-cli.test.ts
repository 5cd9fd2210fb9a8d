// The watch commands from the command line: subscriptions, alerts, the SSRF guard, one-line errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './helpers.ts';

test('feeds, alerts and watch --once on a folder base', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-cli-'));
  const db = join(dir, 'base');
  try {
    const add = await runCli(['feeds', 'add', 'http://127.0.0.1:9/feed.xml', 'ftp://example.org/x', '--db', db]);
    assert.equal(add.status, 1);
    assert.match(add.stdout, /^added 1\thttp:\/\/127\.0\.0\.1:9\/feed\.xml/m);
    assert.match(add.stderr, /ftp:\/\/example\.org\/x: unsupported URL scheme/);
    const opml = join(dir, 'subs.opml');
    writeFileSync(
      opml,
      '<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="World"><outline text="B" xmlUrl="http://127.0.0.1:9/b.xml"/></outline></body></opml>',
    );
    assert.match((await runCli(['feeds', 'import', opml, '--db', db])).stdout, /1 added, 0 already subscribed/);
    assert.equal(
      (await runCli(['feeds', 'import', join(dir, 'missing.opml'), '--db', db])).stderr.trim(),
      `crosscheck: cannot read ${join(dir, 'missing.opml')}: no such file`,
    );
    // without --allow-private the guard refuses loopback; the feed stays, with the reason and a backoff
    const watch = await runCli(['watch', '--once', '--db', db, '--timeout', '2', '--quiet']);
    assert.equal(watch.status, 0, watch.stderr);
    const list = await runCli(['feeds', 'list', '--db', db, '--format', 'json']);
    const feeds = JSON.parse(list.stdout);
    assert.equal(feeds.length, 2);
    assert.match(feeds[0].lastError, /refused: address 127\.0\.0\.1 is loopback.*--allow-private/);
    assert.match(feeds[0].scheduleReason, /backing off after 1 failure/);
    assert.match((await runCli(['feeds', 'export', '--db', db])).stdout, /<outline text="World">[\s\S]*xmlUrl="http:\/\/127\.0\.0\.1:9\/b\.xml"/);
    const alert = await runCli(['alerts', 'add', 'earthquake', '--webhook', 'http://127.0.0.1:9/h', '--db', db]);
    assert.match(alert.stdout, /added alert 1: earthquake/);
    // said at once, as feeds add says it (robust28: the webhook was saved without a word)
    assert.equal(
      alert.stderr,
      'crosscheck: http://127.0.0.1:9/h: saved, but watch refuses to post to it: address 127.0.0.1 is loopback (127/8) (run watch with --allow-private or --allow-loopback to allow it)\n',
    );
    assert.equal((await runCli(['alerts', 'add', 'the', '--db', db])).stderr.trim(), 'crosscheck: the query "the" has no searchable words');
    // the web app's limit (robust29: the command line saved a query of any length); the Rivertown Gazette's lead
    const lead =
      'Rivertown council on Monday approved a 48 million pound flood barrier for the Rowan river, ending more than ten years of disputes over its cost and route, to protect about 4,100 homes and 300 businesses';
    const long = await runCli(['alerts', 'add', lead, '--db', db]);
    assert.equal(long.status, 2);
    assert.equal(long.stderr.trim(), 'crosscheck: the query is longer than 200 characters');
    assert.match((await runCli(['alerts', 'add', lead.slice(0, 200), '--db', db])).stdout, /added alert 2: Rivertown council/);
    assert.match((await runCli(['alerts', 'list', '--db', db])).stdout, /^1\tearthquake\thttp:\/\/127\.0\.0\.1:9\/h\t0 matches/m);
    assert.equal((await runCli(['alerts', 'remove', '7', '--db', db])).stderr.trim(), 'crosscheck: no alert 7 (see crosscheck alerts list)');
    assert.equal(
      (await runCli(['worker', '--db', db])).stderr.trim(),
      'crosscheck: workers share a PostgreSQL base: --db postgres://...; for a folder base run crosscheck watch',
    );
    assert.match((await runCli(['feeds', 'remove', '2', '--db', db])).stdout, /removed 2/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
