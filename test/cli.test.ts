import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, spawnCli, SEEDS } from './helpers.ts';
import { scratchDir } from './scratch.ts';
import { detectLanguage } from '../src/common/language.ts';

// first in this file: nothing has read an article yet
test('importing the stages, the store and the web app does not load the language model; a run that reads articles does', async () => {
  await Promise.all([import('../src/pipeline.ts'), import('../src/store/index.ts'), import('../src/server/app.ts')]);
  const line =
    readFileSync(join(SEEDS, '000_a5b2a6d156f426f8.txt'), 'utf8')
      .split('\n')
      .find((l) => l.length > 200) ?? '';
  assert.throws(() => detectLanguage(line), /language model is not loaded: await loadLanguageModel\(\)/);
  assert.equal((await runCli(['--help'])).status, 0);
  assert.throws(() => detectLanguage(line), /not loaded/);
  const r = await runCli(['extract', join(SEEDS, '000_a5b2a6d156f426f8.txt'), '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).language, 'en');
  assert.equal(detectLanguage(line), 'en');
  assert.equal(detectLanguage('Der Bürgermeister sagte am Montag, die Brücke werde im Frühjahr wieder geöffnet.'), 'de');
});

test('every command has --help, exit 0', async () => {
  for (const args of [['--help'], ['analyze', '--help'], ['extract', '--help']]) {
    const r = await runCli(args);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /Usage: crosscheck/);
  }
});

// The help once said "two on two cores" while the rule gives one there (stop 39 put it back to one)
test("analyze --help tells the default threads as the rule counts them; serve's help lists its API and feeds apart", async () => {
  const { defaultThreads } = await import('../src/prepare/threads.ts');
  assert.equal(defaultThreads({}, 2), 1);
  assert.equal(defaultThreads({}, 1), 1);
  const flat = (text: string) => text.replace(/\s+/g, ' ');
  const analyze = flat((await runCli(['analyze', '--help'])).stdout);
  assert.match(analyze, /else one per core but one: 1 on one or two cores;/);
  assert.doesNotMatch(analyze, /two on two cores/);
  assert.match(flat((await runCli(['serve', '--help'])).stdout), /described at \/api\/openapi\.json\); Atom feeds/);
});

test('usage errors exit 2 with a one-line reason', async () => {
  const cases = [
    ['bogus'],
    ['analyze'],
    ['analyze', SEEDS, '--format', 'pdf'],
    ['analyze', SEEDS, '--max-size', 'lots'],
    ['extract', SEEDS, '--format', 'xml'],
  ];
  for (const args of cases) {
    const r = await runCli(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.length > 0);
    assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
  }
});

test('input problems go to stderr as "crosscheck: <source>: <reason>" and the run goes on', async () => {
  const dir = scratchDir('crosscheck-cli-');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
  const r = await runCli(['analyze', dir, join(SEEDS, '000_a5b2a6d156f426f8.txt'), join(dir, 'missing.txt'), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 3, r.stderr);
  assert.ok(
    lines.some((l) => l === `crosscheck: ${join(dir, 'empty.txt')}: empty file`),
    r.stderr,
  );
  assert.ok(lines.some((l) => l.startsWith(`crosscheck: ${join(dir, 'bin.txt')}: binary content`)));
  assert.ok(lines.some((l) => l === `crosscheck: ${join(dir, 'missing.txt')}: no such file or folder`));
  const report = JSON.parse(r.stdout);
  assert.equal(report.documents.length, 1);
  assert.equal(report.problems.length, 3);
});

test('--quiet silences problem lines; no usable input exits 1', async () => {
  const dir = scratchDir('crosscheck-cli-');
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = await runCli(['analyze', dir, '--quiet']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '');
});

test('--out writes the report to a file; an impossible --out is a usage error', async () => {
  const dir = scratchDir('crosscheck-cli-');
  const out = join(dir, 'report.html');
  const r = await runCli(['analyze', SEEDS, '--format', 'html', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.match(readFileSync(out, 'utf8'), /^<!doctype html>/);
  const bad = await runCli(['analyze', SEEDS, '--out', join(dir, 'no', 'such', 'dir', 'r.md')]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^crosscheck: cannot write/);
});

test('extract prints one JSON object per input with the contract fields', async () => {
  const r = await runCli(['extract', SEEDS, '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  assert.equal(rows.length, 5);
  for (const row of rows) {
    for (const key of ['id', 'source', 'title', 'outlet', 'byline', 'published', 'language', 'text', 'removed']) assert.ok(key in row, key);
    assert.equal(row.language, 'en');
  }
  assert.equal(rows[0].id, '000_a5b2a6d156f426f8');
  const text = await runCli(['extract', join(SEEDS, '002_9536d35874c14773.txt')]);
  assert.match(text.stdout, /^=== 002_9536d35874c14773/);
});

test('the real binary runs: version, a report on stdout, a usage error exits 2', () => {
  const version = spawnCli(['--version']);
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout.trim(), JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version);
  const r = spawnCli(['analyze', join(SEEDS, '000_a5b2a6d156f426f8.txt'), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).documents.length, 1);
  const bad = spawnCli(['analyze', SEEDS, '--format', 'pdf']);
  assert.equal(bad.status, 2);
  assert.ok(bad.stderr.length > 0 && !/\n\s+at /.test(bad.stderr));
});
