// The watch commands from the command line: subscriptions, alerts, the SSRF guard, one-line errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childCli, ROOT, runCli } from './helpers.ts';

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
    // no feed could be read: a distinct exit (it was 0)
    assert.equal(watch.status, 3, watch.stderr);
    const list = await runCli(['feeds', 'list', '--db', db, '--format', 'json']);
    const { feeds, queue } = JSON.parse(list.stdout);
    assert.equal(feeds.length, 2);
    // the queue, as the text output says it (walk6 added it there only)
    assert.deepEqual(queue, { rounds: [], workers: [], text: ['queue: empty (no open round: every article read is in the base)'] });
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
    // an ESC sequence was stored and written raw to the terminal by add and list; a query "" was shown in four quotes
    const esc = await runCli(['alerts', 'add', 'earthquake\u001b[31m', '--db', db]);
    assert.equal(esc.status, 2);
    assert.equal(esc.stderr.trim(), 'crosscheck: the query holds a control character (U+001B): write it as words');
    assert.equal((await runCli(['alerts', 'add', '""', '--db', db])).stderr.trim(), 'crosscheck: the query "\\"\\"" has no searchable words');
    // the web app's limit (robust29: the command line saved a query of any length); the Rivertown Gazette's lead
    const lead =
      'Rivertown council on Monday approved a 48 million pound flood barrier for the Rowan river, ending more than ten years of disputes over its cost and route, to protect about 4,100 homes and 300 businesses';
    const long = await runCli(['alerts', 'add', lead, '--db', db]);
    assert.equal(long.status, 2);
    assert.equal(long.stderr.trim(), 'crosscheck: the query is longer than 200 characters');
    assert.match((await runCli(['alerts', 'add', lead.slice(0, 200), '--db', db])).stdout, /added alert 2: Rivertown council/);
    assert.match((await runCli(['alerts', 'list', '--db', db])).stdout, /^1\tearthquake\thttp:\/\/127\.0\.0\.1:9\/h\t0 matches/m);
    assert.equal((await runCli(['alerts', 'remove', '7', '--db', db])).stderr.trim(), 'crosscheck: no alert 7 (see crosscheck alerts list)');
    // the matches of an alert that does not exist listed "[]", as those of one not matched yet do
    assert.equal((await runCli(['alerts', 'list', '--matches', '1', '--db', db])).stdout, '[]\n');
    const none = await runCli(['alerts', 'list', '--matches', '7', '--db', db]);
    assert.deepEqual([none.status, none.stdout, none.stderr], [2, '', 'crosscheck: no alert 7 (see crosscheck alerts list)\n']);
    assert.equal(
      (await runCli(['worker', '--db', db])).stderr.trim(),
      'crosscheck: workers share a PostgreSQL base: --db postgres://...; for a folder base run crosscheck watch',
    );
    assert.match((await runCli(['feeds', 'remove', '2', '--db', db])).stdout, /removed 2/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// "not a webhook URL: http://a b/ (http or https)" named the scheme for a space; "not a valid URL" named nothing
test('a webhook or feed address that is no URL says what in it is wrong; one pasted with spaces around it is taken', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-url-'));
  const db = join(dir, 'base');
  try {
    const refused = async (webhook: string) => {
      const r = await runCli(['alerts', 'add', 'earthquake', '--webhook', webhook, '--db', db]);
      assert.equal(r.status, 2, r.stderr);
      return r.stderr.trim();
    };
    assert.equal(await refused('http://a b/'), 'crosscheck: not a webhook URL: "http://a b/": its host "a b" holds a space: a host name has none');
    assert.equal(
      await refused('http://hooks.example/new alert'),
      'crosscheck: not a webhook URL: "http://hooks.example/new alert": it holds a space: write it as %20',
    );
    assert.equal(
      await refused('hooks.example/alert'),
      'crosscheck: not a webhook URL: "hooks.example/alert": no scheme: write it in full, as https://hooks.example/alert',
    );
    assert.equal(await refused('http://'), 'crosscheck: not a webhook URL: "http://": it names no host');
    assert.equal(await refused(''), 'crosscheck: not a webhook URL: "": the address is empty');
    assert.equal(
      await refused('ftp://hooks.example/'),
      'crosscheck: not a webhook URL: "ftp://hooks.example/": unsupported URL scheme ftp: (only http and https)',
    );
    assert.equal(await refused('http://hooks.example:99999/'), 'crosscheck: not a webhook URL: "http://hooks.example:99999/": port 99999 is past 65535');
    // the watcher never posted to an address with a password in it (post.ts refuses it): refused when it is added
    assert.equal(
      await refused('http://me:pw@hooks.example/'),
      'crosscheck: not a webhook URL: "http://me:pw@hooks.example/": URLs with a user name or password are not fetched',
    );
    const pasted = await runCli(['alerts', 'add', 'earthquake', '--webhook', ' https://hooks.example/alert\n', '--db', db]);
    assert.equal(pasted.status, 0, pasted.stderr);
    assert.match((await runCli(['alerts', 'list', '--db', db])).stdout, /^1\tearthquake\thttps:\/\/hooks\.example\/alert\t0 matches/m);
    const feeds = await runCli(['feeds', 'add', 'http://wire feed.example/rss', 'wire.example/rss', '--db', db]);
    assert.equal(feeds.status, 1);
    assert.deepEqual(feeds.stderr.trim().split('\n'), [
      'crosscheck: http://wire feed.example/rss: not a valid URL: its host "wire feed.example" holds a space: a host name has none',
      'crosscheck: wire.example/rss: not a valid URL: no scheme: write it in full, as https://wire.example/rss',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A cut OPML, an RSS feed, a web page and an empty file all said "not an OPML file (Invalid OPML format)"; a list cut
// after some feeds was imported that far without a word
test('feeds import names what a file that is no OPML list is; a list cut short is read as far as it goes, and says so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-opml-'));
  try {
    const db = join(dir, 'base');
    const urls = ['https://a.example/rss', 'https://b.example/atom', 'https://c.example/feed.xml', 'https://d.example/index.rss'];
    // the lists to import made in this process (the point is the import's, in a child, by the names as typed)
    assert.equal((await runCli(['feeds', 'add', ...urls, '--db', db])).status, 0);
    const list = (await runCli(['feeds', 'export', '--db', db])).stdout;
    // the export cut inside the third feed's outline, as a download that stopped
    const cut = join(dir, 'cut.opml');
    writeFileSync(cut, list.slice(0, list.indexOf('c.example') - 20));
    const files: Record<string, string> = {
      'empty.opml': '',
      'feed.opml': readFileSync(join(ROOT, 'test', 'fixtures', 'web', 'rivertown-gazette.rss'), 'utf8'),
      'page.opml': readFileSync(join(ROOT, 'test', 'fixtures', 'web', 'tageblatt-nord.html'), 'utf8'),
      'head.opml': list.slice(0, list.indexOf('<body')),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const other = join(dir, 'other');
    const said = async (name: string) => {
      const r = await childCli(['feeds', 'import', name, '--db', other], dir);
      assert.equal(r.status, 2, r.stderr);
      return r.stderr.trim();
    };
    assert.equal(await said('empty.opml'), 'crosscheck: empty.opml: empty file: no list of feeds in it');
    assert.equal(
      await said('feed.opml'),
      'crosscheck: feed.opml: a feed (RSS or Atom), not an OPML list of feeds: subscribe to its address with crosscheck feeds add',
    );
    assert.equal(await said('page.opml'), 'crosscheck: page.opml: an HTML page, not an OPML list of feeds');
    assert.match(
      await said('head.opml'),
      /^crosscheck: head\.opml: the OPML file is cut short: it ends \(at \d+ characters\) before its closing <\/opml>, with no whole feed before the cut$/,
    );
    const r = await childCli(['feeds', 'import', 'cut.opml', '--db', other], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'cut.opml: 2 added, 0 already subscribed, 0 refused\n');
    assert.equal(
      r.stderr,
      'crosscheck: cut.opml: the OPML file is cut short (no closing </opml>): the feeds before the cut were read, the rest of the list is not in the file\n',
    );
    // a list saved as UTF-16 (with its BOM, as Windows tools write it) was "binary content, not an OPML list of feeds"
    const wide = join(dir, 'wide.opml');
    writeFileSync(wide, Buffer.from(`\ufeff${list.replace('encoding="utf-8"', 'encoding="utf-16"')}`, 'utf16le'));
    const u = await runCli(['feeds', 'import', wide, '--db', join(dir, 'wide-base')]);
    assert.equal(u.stderr, '');
    assert.equal(u.stdout, `${wide}: 4 added, 0 already subscribed, 0 refused\n`);
    // a list of no feeds (the export of a base without subscriptions: its one feed removed) is one
    await runCli(['feeds', 'add', 'https://www.elfaro.net/rss/', '--db', join(dir, 'empty-base')]);
    await runCli(['feeds', 'remove', '1', '--db', join(dir, 'empty-base')]);
    writeFileSync(join(dir, 'none.opml'), (await runCli(['feeds', 'export', '--db', join(dir, 'empty-base')])).stdout.replace('<body/>', '<body></body>'));
    assert.equal((await childCli(['feeds', 'import', 'none.opml', '--db', other], dir)).stdout, 'none.opml: 0 added, 0 already subscribed, 0 refused\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// a base with nothing to poll said only "0 polls (...)"; a mistyped --db made a new, empty base first (watch, feeds
// list / export / remove, alerts list / remove): now a missing base is said, and nothing is made
test('watch on a missing base says so and makes none; on a base without subscriptions it says there is nothing to poll', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-watch-none-'));
  try {
    const missing = 'crosscheck: no story base at newz (build one with: crosscheck ingest <inputs> --db newz, or crosscheck feeds add URL --db newz)\n';
    for (const args of [
      ['watch', '--once'],
      ['feeds', 'list'],
      ['feeds', 'export'],
      ['feeds', 'remove', '1'],
      ['alerts', 'list'],
      ['alerts', 'remove', '1'],
    ]) {
      const r = await childCli([...args, '--db', 'newz'], dir);
      assert.equal(r.stderr, missing, args.join(' '));
      assert.equal(r.status, 1, args.join(' '));
      assert.ok(!existsSync(join(dir, 'newz')), `${args.join(' ')} made a base`);
    }
    // a base whose one feed was removed: nothing to poll (made in this process; the watch commands are the children's)
    assert.equal((await runCli(['feeds', 'add', 'https://www.elfaro.net/rss/', '--db', join(dir, 'news')])).status, 0);
    assert.equal((await runCli(['feeds', 'remove', '1', '--db', join(dir, 'news')])).stdout, 'removed 1\n');
    const r = await childCli(['watch', '--once', '--db', 'news'], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(
      r.stderr,
      `crosscheck: ${join(dir, 'news')}: no subscriptions to poll yet: add feeds with crosscheck feeds add URL, or feeds import FILE.opml\n`,
    );
    assert.match(r.stdout, /: 0 polls \(/);
    assert.equal((await childCli(['watch', '--once', '-q', '--db', 'news'], dir)).stderr, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
