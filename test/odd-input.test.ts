// Input that is odd but common (robust26): folders that give nothing to read, an option given twice, JSON lines
// saved in UTF-16 or in a legacy charset. The real binary runs in a child where the command line or another process
// is the point, the CLI in this process where the reader's or the store's is; each mistake is one line naming the
// source and the reason, and what can be read is read.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, test } from 'node:test';
import { type CliResult, childCli, ROOT, runCli, SEEDS } from './helpers.ts';
import { openBase } from '../src/store/index.ts';
import { createApp } from '../src/server/index.ts';

// the in-use line says why a reader is refused too
const IN_USE =
  ': an embedded base is open in one process at a time, reading or writing (a running serve or watch holds it; stop it first, or share a postgres:// base)';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-odd-input-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => childCli(args, dir);

const lines = (r: CliResult) => r.stderr.trim().split('\n');
const noStack = (r: CliResult, what: string) => assert.ok(!/\n\s+at /.test(r.stderr), `${what}: a stack trace: ${r.stderr}`);

// two BASIL-dev articles with accents and typographic quotes ("Truth", "Democrats’", "Pelosi’s", "café"...)
const BASIL = join(ROOT, 'test', 'fixtures', 'cluster', 'basil-dev.jsonl');
const IDS = ['43e30ed6-f9c4-4d7a-842b-0d9fb2dbeab4', 'ba818730-bd59-4a1c-94ff-58141a581896'];
const records = readFileSync(BASIL, 'utf8')
  .split('\n')
  .filter((l) => IDS.some((id) => l.includes(id)))
  .map((l) => JSON.parse(l) as { id: string; title: string; text: string });
const body = `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;

// the articles' characters are all Latin-1 but the typographic marks, which have Windows-1252 bytes of their own
const MARKS: Record<string, number> = { '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '…': 0x85 };
const windows1252 = (text: string) =>
  Buffer.from([...text].map((c) => MARKS[c] ?? (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : assert.fail(`no Windows-1252 byte for ${c}`))));

test('a named folder that gives nothing to read says why, in one line each', async () => {
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  const hidden = join(dir, 'hidden');
  mkdirSync(hidden);
  writeFileSync(join(hidden, '.draft.txt'), records[0].text);
  writeFileSync(join(hidden, 'README.md'), records[0].text);
  const loop = join(dir, 'loop');
  mkdirSync(join(loop, 'nothing'), { recursive: true });
  symlinkSync('..', join(loop, 'nothing', 'up'));
  const r = await cli(['analyze', 'empty', 'hidden', 'loop', '-f', 'json', '-o', join(dir, 'none.json')]);
  noStack(r, 'empty folders');
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(lines(r), [
    'crosscheck: empty: empty folder: no files in it',
    'crosscheck: hidden: no files to read: the 2 names in it are hidden or skipped (dot files, README, LICENSE, editor backups)',
    'crosscheck: loop/nothing/up: a link back to the folder "loop" it is in (a loop): not followed, that folder is read once',
    'crosscheck: loop: no files to read: only empty folders, or links to what was already read',
  ]);
  // a folder that holds an article beside the empty one: no word on the empty subfolder, the article read
  const full = join(dir, 'full');
  mkdirSync(join(full, 'sub'), { recursive: true });
  writeFileSync(join(full, 'a.txt'), records[0].text);
  const ok = await cli(['analyze', 'full', '-f', 'json', '-q', '-o', join(dir, 'full.json')]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stderr, '');
});

test('an option given twice with two values is refused, each value named by the spelling it was given with; the same value twice passes', async () => {
  writeFileSync(join(dir, 'one.jsonl'), body);
  for (const [args, said] of [
    [['analyze', 'one.jsonl', '-f', 'json', '-f', 'md', '-o', 'x.out'], '-f json and -f md both given'],
    [['analyze', 'one.jsonl', '--format', 'json', '-qf', 'md', '-o', 'x.out'], '--format json and -f md both given'],
    [['stories', '-n', '5', '--limit', '50', '--db', 'nobase'], '-n 5 and --limit 50 both given'],
    [['stories', '--limit=5', '-n7', '--db', 'nobase'], '--limit 5 and -n 7 both given'],
    [['feeds', 'list', '--db', 'a', '--db', 'b'], '--db a and --db b both given'],
    [['watch', '--once', '--concurrency', '2', '--concurrency', '3', '--db', 'nobase'], '--concurrency 2 and --concurrency 3 both given'],
  ] as const) {
    const r = await cli([...args]);
    noStack(r, said);
    assert.equal(r.status, 2, `${said}: ${r.stderr}`);
    assert.deepEqual(lines(r), [`crosscheck: ${said}: give the option once`]);
  }
  const same = await cli(['analyze', 'one.jsonl', '-f', 'json', '--format=json', '-q', '-q', '-o', 'same.json']);
  assert.equal(same.status, 0, same.stderr);
});

// `ingest -q -v` was accepted: a "quiet" run printed verbose's batch lines
test('-q and -v together are a one-line usage error naming both as typed; the base is not made', async () => {
  writeFileSync(join(dir, 'one.jsonl'), body);
  for (const [args, said] of [
    [['ingest', 'one.jsonl', '-q', '-v', '--db', 'qv'], '-q and -v'],
    [['ingest', 'one.jsonl', '--verbose', '--quiet', '--db', 'qv'], '--verbose and --quiet'],
    [['ingest', '-vq', 'one.jsonl', '--db', 'qv'], '-v and -q'],
  ] as const) {
    const r = await cli([...args]);
    noStack(r, said);
    assert.equal(r.status, 2, `${said}: ${r.stderr}`);
    assert.deepEqual(lines(r), [`crosscheck: ${said} both given: -q silences stderr, -v adds lines to it; give one of them`]);
  }
  assert.ok(!readdirSync(dir).includes('qv'), 'no base made');
});

// A line that was one bare word said "Unexpected token 'x', "x" is not valid JSON"; a record of one word "page chrome
// or empty"; a .jsonl.gz cut short "not valid gzip data (unexpected end of file)" without a word on the records read
test('JSON lines that are no records say what they are; a record cut short, a one-word text and a cut .jsonl.gz say so', async () => {
  const odd = ['x', '"word"', '42', '<p>Breaking news</p>', '{"text": "x"}', `${JSON.stringify(records[0]).slice(0, 200)}`];
  writeFileSync(join(dir, 'odd.jsonl'), `${JSON.stringify(records[1])}\n${odd.join('\n')}\n`);
  // the same two articles 40 times over, gzipped, the last eighth of the bytes gone
  const many = Array.from({ length: 40 }, (_, i) => JSON.stringify({ ...records[i % 2], id: `r${i}` })).join('\n');
  const gz = gzipSync(`${many}\n`);
  writeFileSync(join(dir, 'cut.jsonl.gz'), gz.subarray(0, Math.floor(gz.length * 0.875)));
  const r = await cli(['analyze', 'odd.jsonl', 'cut.jsonl.gz', '-f', 'json', '-o', join(dir, 'odd.json')]);
  noStack(r, 'odd lines');
  assert.equal(r.status, 0, r.stderr);
  const shape = '{"title": "...", "text": "..."}';
  const [cut, ...rest] = lines(r).sort((a, b) => (a.includes('cut.jsonl.gz') ? -1 : b.includes('cut.jsonl.gz') ? 1 : 0));
  assert.deepEqual(rest, [
    `crosscheck: odd.jsonl#2: not valid JSON: the line is plain text ("x"), not a record; each line of a JSON lines file is one record, as ${shape}`,
    `crosscheck: odd.jsonl#3: record is a string ("word"), not a JSON object such as ${shape}`,
    `crosscheck: odd.jsonl#4: record is a number (42), not a JSON object such as ${shape}`,
    `crosscheck: odd.jsonl#5: not valid JSON: the line is markup (HTML or XML) ("<p>Breaking news</p>"), not a record; each line of a JSON lines file is one record, as ${shape}`,
    'crosscheck: odd.jsonl#6: no article text found: the text is one word ("x"), too short to be an article',
    'crosscheck: odd.jsonl#7: not valid JSON: the record ends before it closes, cut short? (Unterminated string in JSON at position 200)',
  ]);
  const report = JSON.parse(readFileSync(join(dir, 'odd.json'), 'utf8'));
  const read = report.documents.filter((d: { source: string }) => d.source.startsWith('cut.jsonl.gz')).length;
  assert.ok(read > 0 && read < 40, `some records before the cut: ${read}`);
  assert.equal(
    cut,
    `crosscheck: cut.jsonl.gz: not valid gzip data (unexpected end of file); reading stopped after line ${read}, the ${read} records before it read`,
  );
  assert.ok(report.documents.some((d: { source: string }) => d.source === 'odd.jsonl#1'));
});

test('JSON lines in UTF-16 (BOM, none, big-endian) and in Windows-1252 read as their UTF-8 twin', async () => {
  const legacy = windows1252(body);
  const be = Buffer.from(body, 'utf16le');
  be.swap16();
  const files: Record<string, Buffer> = {
    utf8: Buffer.from(body),
    'utf16-bom': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]),
    utf16le: Buffer.from(body, 'utf16le'),
    utf16be: be,
    windows1252: legacy,
  };
  const stories: Record<string, unknown> = {};
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'docs.jsonl'), bytes);
    // in this process (the reader's point, not the binary's: five analyze children before)
    const r = await runCli(['analyze', join(dir, name, 'docs.jsonl'), '-f', 'json', '-o', join(dir, `${name}.json`)]);
    noStack(r, name);
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
    const report = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    stories[name] = report.stories;
    if (name === 'windows1252')
      assert.deepEqual(lines(r), [
        `crosscheck: ${join(dir, name, 'docs.jsonl')}: 2 lines are not UTF-8: read as a legacy charset (the first, line 1, as windows-1252; each line's charset guessed on its own); their records are kept (save the file as UTF-8 to be sure of its accents)`,
      ]);
    else assert.equal(r.stderr, '', name);
  }
  assert.ok(JSON.stringify(stories.utf8).includes('Nation’s Woes'));
  for (const name of Object.keys(files)) assert.deepEqual(stories[name], stories.utf8, name);
});

test('a text file in UTF-8 with a Windows-1252 part reads as its UTF-8 twin (read in one legacy charset throughout, "Democrats’" was "Democratsâ€™")', async () => {
  // the Senate Democrats article: "Gutiérrez", "mañana" and curly quotes in its first 3,000 characters, "de Léon" after
  const text = records[1].text;
  const cut = text.indexOf(' ', 3000);
  mkdirSync(join(dir, 'twin'));
  mkdirSync(join(dir, 'mixed'));
  writeFileSync(join(dir, 'twin', 'senate.txt'), text);
  writeFileSync(join(dir, 'mixed', 'senate.txt'), Buffer.concat([Buffer.from(text.slice(0, cut)), windows1252(text.slice(cut))]));
  // in this process (the reader's point, not the binary's)
  const twin = await runCli(['extract', join(dir, 'twin', 'senate.txt')]);
  const mixed = await runCli(['extract', join(dir, 'mixed', 'senate.txt')]);
  assert.equal(mixed.status, 0, mixed.stderr);
  assert.ok(twin.stdout.includes('Gutiérrez') && twin.stdout.includes('de Léon'));
  assert.equal(mixed.stdout.replace(`(${join(dir, 'mixed')}/`, `(${join(dir, 'twin')}/`), twin.stdout);
});

test('the web API and pages: a parameter given twice with two values is a 400 naming it; the same value twice passes', async () => {
  const base = await openBase(join(dir, 'served'));
  try {
    await base.ingest([SEEDS]);
    const app = createApp(base);
    for (const [path, name] of [
      ['/api/stories?limit=5&limit=abc', 'limit'],
      ['/api/stories?since=2022-12-19&until=2022-12-20&since=2023-01-01', 'since'],
      ['/api/search?q=Minsk&q=Kyiv', 'q'],
      ['/?sort=newest&sort=sources', 'sort'],
      ['/search?q=Minsk&q=%3Cscript%3E', 'q'],
    ]) {
      const r = await app.request(path);
      assert.equal(r.status, 400, path);
      const body = await r.text();
      assert.ok(body.includes(`${name} is given twice with two values: give it once`), `${path}: ${body.slice(0, 300)}`);
      assert.ok(!body.includes('<script>'), path);
    }
    const same = await app.request('/api/stories?limit=5&limit=5');
    assert.equal(same.status, 200);
    assert.equal(((await same.json()) as { stories: unknown[] }).stories.length, 1);
  } finally {
    await base.close();
  }
});

test('a second command on a base another is making at that moment says the base is in use, not that it holds other files', async () => {
  // what the first command's folder holds while it copies the new base in: its lock and the copy beside pgdata
  const making = join(dir, 'making');
  mkdirSync(join(making, `pgdata.copy-${process.pid}`), { recursive: true });
  writeFileSync(join(making, 'crosscheck.lock'), `${process.pid}\n`);
  writeFileSync(join(dir, 'one.jsonl'), body);
  const r = await cli(['ingest', 'one.jsonl', '--db', 'making']);
  noStack(r, 'a base being made');
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(lines(r), [`crosscheck: base ${making} is in use (pid ${process.pid})${IN_USE}`]);
});

test('a copy left by a command killed while it made the base is removed when its pid is gone', async () => {
  // a pid that ran and is gone: a child that has exited
  const dead = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, ['-e', '']);
    child.on('close', () => resolve(child.pid!));
  });
  const killed = join(dir, 'killed');
  mkdirSync(join(killed, `pgdata.copy-${dead}`, 'base'), { recursive: true });
  writeFileSync(join(killed, `pgdata.copy-${dead}`, 'PG_VERSION'), '17\n');
  writeFileSync(join(dir, 'one.jsonl'), body);
  // in this process: the point is the store's (it finds the copy's pid gone), not the binary's
  const r = await runCli(['ingest', join(dir, 'one.jsonl'), '--db', killed]);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(readdirSync(killed).sort(), ['pgdata']);
});

test('a base whose files are read-only says so, in one line (PGlite said "failed to initialize properly")', async () => {
  writeFileSync(join(dir, 'one.jsonl'), body);
  // the base made in this process; the command on it read-only runs in a child
  const made = await runCli(['ingest', join(dir, 'one.jsonl'), '--db', join(dir, 'shelf')]);
  assert.equal(made.status, 0, made.stderr);
  const all = (path: string): string[] => [path, ...(statSync(path).isDirectory() ? readdirSync(path).flatMap((n) => all(join(path, n))) : [])];
  const mode = (m: number) => (path: string) => chmodSync(path, statSync(path).isDirectory() ? m | 0o111 : m);
  all(join(dir, 'shelf')).forEach(mode(0o444));
  try {
    const r = await cli(['stories', '--db', 'shelf']);
    noStack(r, 'a read-only base');
    assert.equal(r.status, 1, r.stderr);
    assert.equal(lines(r).length, 1, r.stderr);
    assert.match(
      r.stderr.trim(),
      /^crosscheck: cannot (open|lock) base \S*shelf: its folder is read-only \(the base is written to even when it is only read: make it writable, or work on a copy\)$/,
    );
  } finally {
    all(join(dir, 'shelf')).forEach(mode(0o644));
  }
  // writable again, it reads (in this process: the store's point, not the binary's)
  const again = await runCli(['stories', '--db', join(dir, 'shelf')]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /Truth/);
});

test('a feed cut short says so once, and its items are read as far as they go', async () => {
  const feed = readFileSync(join(ROOT, 'test', 'fixtures', 'web', 'rivertown-gazette.rss'), 'utf8');
  mkdirSync(join(dir, 'feeds'));
  writeFileSync(join(dir, 'feeds', 'whole.rss'), feed);
  writeFileSync(join(dir, 'feeds', 'cut.rss'), feed.slice(0, feed.indexOf('</content:encoded>', feed.indexOf('<item>', 100))));
  // in this process (the reader's point, not the binary's)
  const whole = await runCli(['analyze', join(dir, 'feeds', 'whole.rss'), '-f', 'json', '-o', join(dir, 'whole-feed.json')]);
  assert.equal(whole.status, 0, whole.stderr);
  assert.ok(!whole.stderr.includes('cut short'), whole.stderr);
  const cut = await runCli(['analyze', join(dir, 'feeds', 'cut.rss'), '-f', 'json', '-o', join(dir, 'cut-feed.json')]);
  noStack(cut, 'a feed cut short');
  assert.equal(cut.status, 0, cut.stderr);
  assert.ok(
    lines(cut).includes(
      `crosscheck: ${join(dir, 'feeds', 'cut.rss')}: the feed ends before its closing </rss> (cut short?): its items are read as far as they go`,
    ),
    cut.stderr,
  );
  const report = JSON.parse(readFileSync(join(dir, 'cut-feed.json'), 'utf8'));
  assert.equal(report.documents.length, 1);
  assert.match(report.documents[0].title, /Flood barrier/);
});

test('a feed of 300 items that hold only a summary: one line for the feed naming the items, not one per item', async () => {
  // the Rivertown Gazette's summary-only item, 300 times under links of their own, and one item left without text
  // (300, not 3,000: the line is the same at any count; src/ingest/feed.test.ts reads 3,000 in-process)
  const feed = readFileSync(join(ROOT, 'test', 'fixtures', 'web', 'rivertown-gazette.rss'), 'utf8');
  const item = feed.slice(feed.lastIndexOf('<item>'), feed.lastIndexOf('</item>') + '</item>'.length);
  const items = Array.from({ length: 300 }, (_, i) => item.replaceAll('ferry-meadows-basin', `ferry-meadows-basin-${i + 1}`));
  items.splice(150, 0, '<item><title>Council meeting moved</title><link>https://www.rivertown-gazette.example/news/moved</link></item>');
  writeFileSync(join(dir, 'many.rss'), feed.slice(0, feed.indexOf('<item>')) + items.join('\n') + feed.slice(feed.lastIndexOf('</item>') + 7));
  // in this process (the reader's point, not the binary's)
  const r = await runCli(['extract', join(dir, 'many.rss'), '-f', 'jsonl']);
  noStack(r, 'a feed of 300 items');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim().split('\n').length, 300);
  assert.deepEqual(lines(r), [
    `crosscheck: ${join(dir, 'many.rss')}: 300 feed items (#1-#150, #152-#301) hold only a summary, used as the text: fetching linked pages is off; --fetch-links turns it on`,
    `crosscheck: ${join(dir, 'many.rss')}#151: feed item has no text: fetching linked pages is off; --fetch-links turns it on`,
  ]);
});

// `analyze .` where the default base (./crosscheck-data) lives was hundreds of lines of "binary content" for its files
test("a folder holding a story base beside the articles: one line for the base's files, the articles read", async () => {
  const here = join(dir, 'desk');
  mkdirSync(here);
  writeFileSync(join(here, 'a.txt'), records[0].text);
  // the base beside the articles made in this process, as `crosscheck ingest a.txt` there makes it (./crosscheck-data):
  // the point is the analyze child's (an ingest child was 3-4 s of CPU)
  const made = await runCli(['ingest', join(here, 'a.txt'), '-q', '--db', join(here, 'crosscheck-data')]);
  assert.equal(made.status, 0, made.stderr);
  const r = await childCli(['analyze', '.', '-f', 'json', '-o', join(dir, 'desk.json')], here);
  noStack(r, 'a base beside');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(lines(r), [
    // the base's folder, named as one (robust39; its pgdata folder was named before)
    'crosscheck: crosscheck-data: not a web page, feed or text: a story base (its database files), not read; crosscheck stories or export --db reads it',
  ]);
  assert.equal(JSON.parse(readFileSync(join(dir, 'desk.json'), 'utf8')).documents.length, 1);
});

// the base folder itself named: its database folder one line, and the lock its own ingest holds was read as a text
// ("crosscheck.lock: no article text found: the text is one word ("18939")")
test('a story base folder given as an input, by the ingest that holds it: one line naming it a story base', async () => {
  const here = join(dir, 'desk-self');
  mkdirSync(here);
  writeFileSync(join(here, 'a.txt'), records[0].text);
  // the base made in this process; the ingest that holds it and is given it is the child's
  const made = await runCli(['ingest', join(here, 'a.txt'), '-q', '--db', join(here, 'news')]);
  assert.equal(made.status, 0, made.stderr);
  const r = await childCli(['ingest', 'news', '--db', 'news'], here);
  noStack(r, 'the base itself');
  assert.equal(r.status, 1, r.stderr);
  assert.deepEqual(lines(r), [
    'crosscheck: news: not a web page, feed or text: a story base (its database files), not read; crosscheck stories or export --db reads it',
  ]);
  assert.match(r.stdout, /: 0 new articles, 0 new versions, 0 unchanged, 1 problem/);
});

// `feeds add`, `alerts add` and `alerts remove` without their argument exited 1 from inside commander, without the hint
test("a subcommand of feeds or alerts missing its argument is a usage error (exit 2), as any other command's", async () => {
  for (const args of [
    ['feeds', 'add'],
    ['feeds', 'remove'],
    ['feeds', 'import'],
    ['alerts', 'add'],
    ['alerts', 'remove'],
    ['feeds', 'list', '--bogus'],
  ]) {
    const r = await cli([...args, '--db', join(dir, 'never')]);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, /^error: (missing required argument|unknown option) .*\n\(run with --help for usage\)\n$/, args.join(' '));
  }
  assert.equal(readdirSync(dir).includes('never'), false, 'no base made');
});

// `feeds --db x list` said "unknown option '--db'": the option was only on each subcommand
test('--db before the subcommand of feeds or alerts reaches it; two different bases are one usage line', async () => {
  // the commands that open the base run in this process: the options are parsed there as the binary parses them
  // (run(argv)), and five children opening PGlite were 17 s of CPU; the usage error runs in a child, in `dir`
  const base = join(dir, 'parent-db');
  const added = await runCli(['feeds', '--db', base, 'add', 'https://www.rivertown-gazette.example/rss']);
  assert.equal(added.status, 0, added.stderr);
  const listed = await runCli(['feeds', '--db', base, 'list']);
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, /^1\thttps:\/\/www\.rivertown-gazette\.example\/rss\t/);
  // the same base given both ways is that base
  assert.equal((await runCli(['feeds', '--db', base, 'list', '--db', base])).stdout, listed.stdout);
  const alert = await runCli(['alerts', '--db', base, 'add', 'flood barrier']);
  assert.equal(alert.status, 0, alert.stderr);
  assert.match((await runCli(['alerts', '--db', base, 'list'])).stdout, /^1\tflood barrier\t\(no webhook\)/);
  const two = await cli(['feeds', '--db', 'parent-db', 'list', '--db', 'other-db']);
  assert.equal(two.status, 2, two.stderr);
  assert.deepEqual(lines(two), ['crosscheck: --db parent-db and --db other-db both given: give the option once']);
  assert.equal(readdirSync(dir).includes('other-db'), false, 'no base made');
});

// a one-word record was kept as an article ({"text": "Draft"}) or refused ({"text": "x"}) by what the word was; a
// one-word text file is refused as too short whatever the word
test('a record of one word is refused as a one-word text file is; a one-word text under a title of its own is kept', async () => {
  writeFileSync(join(dir, 'draft.txt'), 'Draft\n');
  const words = ['{"text": "Draft"}', '{"title": "Draft"}', '{"text": "x"}', '{"title": "Barrier vote", "text": "Draft"}'];
  writeFileSync(join(dir, 'drafts.jsonl'), `${words.join('\n')}\n`);
  const r = await cli(['extract', 'draft.txt', 'drafts.jsonl']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(lines(r), [
    'crosscheck: draft.txt: no article text found: the text is one word ("Draft"), too short to be an article',
    'crosscheck: drafts.jsonl#1: no article text found: the text is one word ("Draft"), too short to be an article',
    'crosscheck: drafts.jsonl#2: no article text found: the text is one word ("Draft"), too short to be an article',
    'crosscheck: drafts.jsonl#3: no article text found: the text is one word ("x"), too short to be an article',
  ]);
  assert.match(r.stdout, /=== drafts-4 \(drafts\.jsonl#4\)\n# Barrier vote\n/);
});

// one rule for every kind of input (prepare/article-words.ts): a one-word page was kept as an article while the word
// as a text file was refused, and a Reuters flash's headline was kept as a record but refused as a text file
test('a one-word page is refused as a one-word text file is; a wire flash headline is kept as a file as it is as a record', async () => {
  writeFileSync(join(dir, 'memo.html'), '<html><body><p>Draft</p></body></html>');
  writeFileSync(join(dir, 'flash.txt'), 'SEARS TO RESTRUCTURE DISTRIBUTION\n');
  writeFileSync(join(dir, 'flash.jsonl'), '{"title": "SEARS TO RESTRUCTURE DISTRIBUTION", "text": ""}\n');
  // a page without a title whose one line repeats its file's name lost the line as a repeat of a title it never gave
  // ("page chrome or empty"): judged as the text file is, one word refused, a headline kept
  writeFileSync(join(dir, 'draft.html'), '<html><body><p>Draft</p></body></html>');
  writeFileSync(join(dir, 'Sears to restructure distribution.html'), '<html><body><p>SEARS TO RESTRUCTURE DISTRIBUTION</p></body></html>');
  // a page that is all script: named so, not "page chrome or empty"
  writeFileSync(
    join(dir, 'app.html'),
    '<html><head><title>Gazette</title><script src="/app.js"></script><script>window.__STATE__ = {"route": "/news/barrier-vote", "user": null};</script></head><body><div id="root"></div><script>boot(document.getElementById("root"));</script></body></html>',
  );
  const r = await cli(['extract', 'memo.html', 'flash.txt', 'flash.jsonl', 'draft.html', 'Sears to restructure distribution.html', 'app.html']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(lines(r), [
    'crosscheck: memo.html: no article text found: the text is one word ("Draft"), too short to be an article',
    'crosscheck: draft.html: no article text found: the text is one word ("Draft"), too short to be an article',
    'crosscheck: app.html: no article text found: the page is 2 scripts (98 characters of code) and 7 characters of text (scripts are not run: a browser would run them to fill the page in)',
  ]);
  assert.match(r.stdout, /=== flash \(flash\.txt\)\n# SEARS TO RESTRUCTURE DISTRIBUTION\n/);
  assert.match(r.stdout, /=== flash-1 \(flash\.jsonl#1\)\n# SEARS TO RESTRUCTURE DISTRIBUTION\n/);
  assert.match(r.stdout, /\(Sears to restructure distribution\.html\)\n# Sears to restructure distribution\nen\n\nSEARS TO RESTRUCTURE DISTRIBUTION\n/);
});
