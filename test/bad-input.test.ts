import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { ROOT } from './helpers.ts';
import { writeLongPage } from './fixtures/long-page.ts';

// Mistakes on the command line and bases that cannot be used are normal input: each is one line on stderr naming
// what and why, never a stack trace, and nothing is created where it should not be. The real binary runs in a child,
// in a folder of its own (so a stray folder it makes would show).
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bad-input-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ARTICLE =
  'The city council met on Monday to approve the new budget, officials said. The mayor said the vote was close and that spending on schools would rise by 4 percent next year.';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI in a child; given up (killed, status null) after `deadlineMs`: a hang fails the test, never stalls it. */
function cli(args: string[], cwd = dir, deadlineMs = 120_000): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'crosscheck.js'), ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    const timer = setTimeout(() => child.kill('SIGKILL'), deadlineMs);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** One line on stderr, matching `reason`, with the exit code `status`. */
function oneLine(r: Run, status: number, reason: RegExp, what: string): void {
  assert.equal(r.status, status, `${what}: ${r.stderr}`);
  assert.ok(!/\n\s+at /.test(r.stderr), `${what}: a stack trace: ${r.stderr}`);
  assert.equal(r.stderr.trim().split('\n').length, 1, `${what}: ${r.stderr}`);
  assert.match(r.stderr.trim(), reason, what);
}

test('--db that is no base: a bad URL, another scheme, a file, a folder of other files: one line each, nothing created', async () => {
  const article = join(dir, 'article.txt');
  writeFileSync(article, ARTICLE);
  const file = join(dir, 'a-file');
  writeFileSync(file, 'not a base');
  const papers = join(dir, 'papers');
  mkdirSync(papers);
  writeFileSync(join(papers, 'notes.txt'), 'my own notes');
  const cwd = join(dir, 'cwd');
  mkdirSync(cwd);
  const [badUrl, otherScheme, aFile, underFile, ownFolder, readOther] = await Promise.all([
    cli(['ingest', article, '--db', 'postgres://user:secret@[::1/news'], cwd),
    cli(['ingest', article, '--db', 'mysql://127.0.0.1/news'], cwd),
    cli(['ingest', article, '--db', file], cwd),
    cli(['ingest', article, '--db', join(file, 'base')], cwd),
    cli(['ingest', article, '--db', papers], cwd),
    cli(['search', 'council', '--db', 'http://127.0.0.1/news'], cwd),
  ]);
  oneLine(badUrl, 1, /^crosscheck: not a usable PostgreSQL URL: postgres:\/\/user:\*\*\*@\[::1\/news/, 'bad URL');
  assert.ok(!badUrl.stderr.includes('secret'), 'the password is not printed');
  oneLine(otherScheme, 1, /^crosscheck: not a story base: mysql:\/\/127\.0\.0\.1\/news \(a folder, or a postgres:\/\/ URL\)$/, 'mysql://');
  oneLine(aFile, 1, /a-file: it is a file, not a folder$/, 'a file');
  oneLine(underFile, 1, /a-file\/base: a folder on its path is a file$/, 'under a file');
  oneLine(ownFolder, 1, /papers holds other files \(notes\.txt\) and no story base: give a new or empty folder$/, 'a folder of other files');
  oneLine(readOther, 1, /^crosscheck: not a story base: http:\/\/127\.0\.0\.1\/news/, 'http://');
  assert.deepEqual(readdirSync(cwd), [], 'no folder made for a URL');
  assert.deepEqual(readdirSync(papers), ['notes.txt'], 'the folder is left as it was');
  assert.equal(statSync(file).size, 'not a base'.length);
});

test('option values that cannot be right: dates that do not exist, a public URL that is no address: usage errors', async () => {
  const base = join(dir, 'never-made');
  const runs = await Promise.all([
    cli(['stories', '--since', '2022-02-30', '--db', base]),
    cli(['stories', '--until', '2022-13-45', '--db', base]),
    cli(['export', '--since', '2022-01-01T25:99', '--db', base]),
    cli(['watch', '--once', '--public-url', 'crosscheck.example', '--db', base]),
    cli(['alerts', 'list', '--matches', 'x', '--db', join(dir, 'alerts-base')]),
    cli(['feeds', 'import', dir, '--db', base]),
  ]);
  oneLine(runs[0], 2, /^crosscheck: not a date: 2022-02-30 \(use YYYY-MM-DD\)$/, 'February 30');
  oneLine(runs[1], 2, /^crosscheck: not a date: 2022-13-45/, 'month 13');
  oneLine(runs[2], 2, /^crosscheck: not a date: 2022-01-01T25:99/, 'hour 25');
  oneLine(runs[3], 2, /^crosscheck: not a public URL: crosscheck\.example \(http or https/, 'public URL');
  oneLine(runs[4], 2, /^crosscheck: not an alert id: x$/, 'alert id');
  oneLine(runs[5], 2, /: it is a folder$/, 'OPML folder');
  assert.ok(!existsSync(base), 'no base made by a command that was refused');
});

test('a base whose tables are damaged: every command says so in one line naming the base; a good copy still reads', async () => {
  const article = join(dir, 'budget.txt');
  writeFileSync(article, ARTICLE);
  const good = join(dir, 'good-base');
  assert.equal((await cli(['ingest', article, '--db', good, '-q'])).status, 0);
  const damaged = join(dir, 'damaged-base');
  await cli(['ingest', article, '--db', damaged, '-q']);
  // the files of the base's own tables and indexes overwritten with noise (a disk fault, a half-copied folder)
  const db = await PGlite.create(join(damaged, 'pgdata'));
  const files = await db.query<{ p: string }>(
    `SELECT pg_relation_filepath(c.oid) AS p FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i')`,
  );
  await db.close();
  for (const { p } of files.rows) {
    const path = join(damaged, 'pgdata', p);
    if (existsSync(path) && statSync(path).size > 0) writeFileSync(path, Buffer.alloc(statSync(path).size, 0x5a));
  }
  // one after another: a folder base has one user at a time
  const runs: Run[] = [];
  for (const args of [['stories'], ['search', 'council'], ['export'], ['ingest', article, '-q']]) runs.push(await cli([...args, '--db', damaged]));
  for (const [i, r] of runs.entries())
    oneLine(r, 1, new RegExp(`^crosscheck: base ${damaged}: the base is damaged .*\\(SQLSTATE XX\\d{3}\\)$`), `command ${i}`);
  const stories = await cli(['stories', '--db', good, '-f', 'json']);
  assert.equal(stories.status, 0, stories.stderr);
  assert.equal(JSON.parse(stories.stdout).length, 1);
});

test('numbers on the command line past what makes sense: usage errors, not 999 threads or a stack trace', async () => {
  const article = join(dir, 'numbers.txt');
  writeFileSync(article, ARTICLE);
  const base = join(dir, 'numbers-base');
  const runs = await Promise.all([
    cli(['analyze', article, '--threads', '1000']),
    cli(['analyze', article, '--max-size', '0']),
    cli(['analyze', article, '--timeout', '0.0001']),
    cli(['stories', '--offset', '99999999999999999999', '--db', base]),
    cli(['watch', '--once', '--per-host-gap', '1e15', '--db', base]),
    cli(['watch', '--once', '--lease', '99999999', '--db', base]),
  ]);
  oneLine(runs[0], 2, /^crosscheck: not a number of threads: 1000 \(1 to 64; this machine has \d+ cores\)$/, '1000 threads');
  oneLine(runs[1], 2, /^crosscheck: not a size: 0 /, 'size 0');
  oneLine(runs[2], 2, /^crosscheck: not a timeout: 0\.0001 /, 'timeout under a millisecond');
  // on main: exit 70, "internal error: ... out of range for type bigint" and a stack
  oneLine(runs[3], 2, /^crosscheck: not a number: 99999999999999999999$/, 'offset past 2^53');
  oneLine(runs[4], 2, /^crosscheck: not a gap in milliseconds: 1e15 \(0 to 86,400,000\)$/, 'gap past a day');
  oneLine(runs[5], 2, /^crosscheck: not a lease in seconds: 99999999 \(0 to 86,400\)$/, 'lease past a day');
  assert.ok(!existsSync(base), 'no base made by a command that was refused');
});

test('hostile inputs: a 560 MB line, blank lines, stray NUL bytes, a text without spaces, a record of 2 million characters', async () => {
  const inputs = join(dir, 'hostile');
  mkdirSync(inputs);
  // one line of 560 MB once inflated (a string holds at most 2^29 characters): main ended with "RangeError:
  // Invalid string length" from readline and its stack
  const MB = Buffer.alloc(1 << 20, 0x61);
  await pipeline(
    Readable.from(
      (function* () {
        for (let i = 0; i < 560; i++) yield MB;
      })(),
    ),
    createGzip({ level: 1 }),
    createWriteStream(join(inputs, 'a-bomb.jsonl.gz')),
  );
  writeFileSync(join(inputs, 'b-blank.jsonl'), '\n'.repeat(5000));
  // three stray NUL bytes and NUL padding after the article (a download cut short): main refused it as binary
  writeFileSync(
    join(inputs, 'c-nul.txt'),
    Buffer.concat([
      Buffer.from(ARTICLE.slice(0, 60)),
      Buffer.alloc(1),
      Buffer.from(ARTICLE.slice(60, 100)),
      Buffer.alloc(2),
      Buffer.from(`${ARTICLE.slice(100)}\n\n${ARTICLE}`),
      Buffer.alloc(2048),
    ]),
  );
  writeFileSync(join(inputs, 'd-letters.txt'), `${'a'.repeat(600_000)}\n`);
  // a record past the longest article read: cut, with a note (runs too long to be words keep it cheap)
  writeFileSync(join(inputs, 'e-long.jsonl'), `${JSON.stringify({ id: 'long', title: 'Long', text: `${'b'.repeat(600)} `.repeat(3500) })}\n`);
  const r = await cli(['analyze', inputs, '-f', 'json', '--max-size', '20MB']);
  assert.ok(!/\n\s+at /.test(r.stderr), `a stack trace: ${r.stderr}`);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stderr.trim().split('\n');
  const about = (name: string) => lines.filter((l) => l.includes(name));
  assert.deepEqual(about('a-bomb'), [`crosscheck: ${join(inputs, 'a-bomb.jsonl.gz')}#1: record too large (587202560 bytes; raise the limit with --max-size)`]);
  assert.deepEqual(about('b-blank'), [`crosscheck: ${join(inputs, 'b-blank.jsonl')}: no records: 5,000 blank lines`]);
  assert.deepEqual(about('c-nul'), [
    `crosscheck: ${join(inputs, 'c-nul.txt')}: 3 NUL bytes amid the text and 2,048 NUL bytes of padding at its end taken out; the article is kept`,
  ]);
  assert.deepEqual(about('d-letters'), [
    `crosscheck: ${join(inputs, 'd-letters.txt')}: no readable text: one run of 600,000 characters without a space, no words or sentences`,
  ]);
  assert.equal(
    about('e-long')[0],
    `crosscheck: ${join(inputs, 'e-long.jsonl')}#1: text cut at 1,999,526 of 2,103,500 characters: no article is that long (the rest is left out; it would take gigabytes to analyse)`,
  );
  const report = JSON.parse(r.stdout);
  const nul = report.documents.find((d: { id: string }) => d.id === 'c-nul');
  assert.ok(nul, 'the article with stray NUL bytes is read');
  assert.ok(!nul.text.includes('\u0000'));
  assert.ok(nul.text.includes('The city council met on Monday to approve the new budget'), nul.text);
});

test('a page whose text passes the longest article: cut with a note naming it, in analyze and in the store', async () => {
  const page = join(dir, 'long-page.html');
  writeLongPage(page);
  // on main the page's 2,251,392 characters were all analysed (its markup is under --max-size), without a word
  const [analysed, ingested] = await Promise.all([cli(['analyze', page, '-f', 'json']), cli(['ingest', page, '--db', join(dir, 'long-base')])]);
  const note = `crosscheck: ${page}: text cut at 1,999,983 of 2,251,392 characters: no article is that long (the rest is left out; it would take gigabytes to analyse)`;
  for (const [r, what] of [
    [analysed, 'analyze'],
    [ingested, 'ingest'],
  ] as const) {
    assert.equal(r.status, 0, `${what}: ${r.stderr}`);
    assert.ok(!/\n\s+at /.test(r.stderr), `${what}: a stack trace: ${r.stderr}`);
    assert.deepEqual(
      r.stderr.split('\n').filter((l) => l.includes('long-page')),
      [note],
      what,
    );
  }
  const report = JSON.parse(analysed.stdout);
  assert.equal(report.documents.length, 1, 'the article is kept');
  assert.equal(report.documents[0].text.length, 1_999_983);
  assert.ok(report.documents[0].text.endsWith('would rise by 4 percent next year. (11111)'));
  assert.deepEqual(
    report.problems.map((p: { source: string; reason: string }) => `crosscheck: ${p.source}: ${p.reason}`),
    [note],
  );
});

test('a file holding more than its size says (/proc): read up to the limit, then too large, as a file stat shows too large', {
  skip: !existsSync('/proc/cpuinfo'),
}, async () => {
  // stat gives /proc/cpuinfo 0 bytes, as it gives a file that grows after it a size it has outgrown: on main it
  // was read whole past --max-size (any length: the size checked was not the bytes read)
  const article = join(dir, 'budget.txt');
  writeFileSync(article, ARTICLE);
  const r = await cli(['analyze', '/proc/cpuinfo', article, '--max-size', '256', '-f', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(
    r.stderr.trim(),
    'crosscheck: /proc/cpuinfo: too large (over 256 bytes read, though 0 bytes when its size was checked; raise it with --max-size)',
  );
  assert.deepEqual(
    JSON.parse(r.stdout).documents.map((d: { source: string }) => d.source),
    [article],
  );
});

test('-o naming a named pipe: the report goes down the pipe, which stays a pipe (a rename put a file in its place)', async () => {
  const article = join(dir, 'pipe-article.txt');
  writeFileSync(article, ARTICLE);
  const pipe = join(dir, 'report.pipe');
  spawnSync('mkfifo', [pipe]);
  const reader = spawn('cat', [pipe]);
  let read = '';
  reader.stdout.on('data', (d) => (read += d));
  const closed = new Promise((resolve) => reader.on('close', resolve));
  const r = await cli(['analyze', article, '-f', 'json', '-o', pipe]);
  const stillPipe = statSync(pipe).isFIFO();
  if (!stillPipe) reader.kill('SIGKILL');
  await closed;
  assert.equal(r.status, 0, r.stderr);
  assert.ok(stillPipe, 'the pipe was replaced by a file');
  assert.equal(JSON.parse(read).documents[0].source, article);
});

test('a named pipe or a device where a list of feeds is expected: one line, not a command waiting for ever', async () => {
  const pipe = join(dir, 'feeds.opml');
  spawnSync('mkfifo', [pipe]);
  const base = join(dir, 'opml-base');
  // on main the pipe blocked the command until the deadline killed it, and /dev/zero was read until memory ran out
  const [fifo, zero] = await Promise.all([
    cli(['feeds', 'import', pipe, '--db', base], dir, 30_000),
    cli(['feeds', 'import', '/dev/zero', '--db', base], dir, 30_000),
  ]);
  oneLine(fifo, 2, /^crosscheck: cannot read .*feeds\.opml: not a regular file \(a pipe, socket or device\)$/, 'a FIFO');
  oneLine(zero, 2, /^crosscheck: cannot read \/dev\/zero: not a regular file/, '/dev/zero');
  assert.ok(!existsSync(base), 'no base made by a command that was refused');
});
