// The story-base commands end to end on the default backend (a PGlite folder): ingest, stories, story,
// search, export; --help on each; a missing story and a bad option are one-line errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ecbLines, runCli, SEEDS } from './helpers.ts';
import { validateReport } from './contract.ts';
import { createDatabase, dropDatabase, pgAvailable } from './pg-helpers.ts';
import { scratchDir } from './scratch.ts';

const db = join(scratchDir('cc-cli-base-'), 'base');

test('every base command has --help', async () => {
  for (const cmd of ['ingest', 'stories', 'story', 'search', 'export']) {
    const r = await runCli([cmd, '--help']);
    assert.equal(r.status, 0, cmd);
    assert.match(r.stdout, /--db <dir\|url>/);
  }
});

test('ingest, then list, read, search and export the base', async () => {
  const ingest = await runCli(['ingest', SEEDS, '--db', db, '--format', 'json']);
  assert.equal(ingest.status, 0, ingest.stderr);
  const summary = JSON.parse(ingest.stdout);
  assert.equal(summary.newDocuments, 5);
  assert.equal(summary.storiesOpened, 1);

  const again = await runCli(['ingest', SEEDS, '--db', db]);
  assert.match(again.stdout, /0 new articles, 0 new versions, 5 unchanged, 0 problems/);

  const list = JSON.parse((await runCli(['stories', '--db', db, '--format', 'json'])).stdout);
  assert.equal(list.length, 1);
  assert.equal(list[0].documents, 5);

  const story = await runCli(['story', list[0].id, '--db', db, '--format', 'html']);
  assert.equal(story.status, 0, story.stderr);
  assert.match(story.stdout, /<html/i);

  const hits = JSON.parse((await runCli(['search', 'Lukashenko', '--db', db, '--format', 'json'])).stdout);
  assert.ok(hits.length >= 5);
  assert.match(hits[0].snippet, /<b>Lukashenko<\/b>/);

  const exported = JSON.parse((await runCli(['export', '--db', db])).stdout);
  assert.deepEqual(validateReport(exported), []);
  assert.equal(exported.documents.length, 5);

  const missing = await runCli(['story', 'story-nope', '--db', db]);
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim(), 'crosscheck: no story story-nope in the base');

  const bad = await runCli(['stories', '--db', db, '--since', 'yesterday']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /not a date: yesterday/);
});

test('reading commands on a base that does not exist: one line naming it, and nothing created', async (t) => {
  const scratch = scratchDir('cc-cli-nobase-');
  const typo = join(scratch, 'no-such-base');
  // a folder of other files is no base either, and stays as it was
  const other = join(scratch, 'articles');
  writeFileSync(join(scratch, 'note.txt'), 'not a base');
  for (const where of [typo, scratch, other]) {
    for (const args of [['stories'], ['story', 'story-x'], ['search', 'words'], ['export']]) {
      const r = await runCli([...args, '--db', where]);
      assert.equal(r.status, 1, `${args[0]} ${where}`);
      assert.equal(r.stderr.trim(), `crosscheck: no story base at ${where} (build one with: crosscheck ingest <inputs> --db ${where})`);
    }
  }
  assert.ok(!existsSync(typo) && !existsSync(other) && !existsSync(join(scratch, 'pgdata')), 'nothing created');

  if (!(await pgAvailable())) return t.skip('PostgreSQL is not running on 127.0.0.1:5432');
  const name = `cc_nobase_${process.pid}`;
  const url = await createDatabase(name);
  try {
    const r = await runCli(['stories', '--db', url]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^crosscheck: no story base at postgres:\/\/[^ ]+ \(build one with: crosscheck ingest/);
  } finally {
    await dropDatabase(name);
  }
});

test('ingest commits 2,000 inputs per transaction by default: ECB+ dev (772 records) in one batch', async () => {
  // bigger batches take each long-running story back fewer times per article (bench/HISTORY.md, "The story base's ingest")
  const help = await runCli(['ingest', '--help']);
  assert.match(help.stdout, /--batch-size <n>\s+inputs committed per transaction \(default 2000\)/);
  const dir = scratchDir('cc-cli-batch-');
  // each record with its first paragraph only: more inputs than the old default (500) is what tells, not their length
  const leads = join(dir, 'ecb-leads.jsonl');
  writeFileSync(
    leads,
    `${ecbLines()
      .map((l) => JSON.stringify({ ...JSON.parse(l), text: JSON.parse(l).text.split('\n')[0] }))
      .join('\n')}\n`,
  );
  const base = join(dir, 'base');
  const r = await runCli(['ingest', leads, '--db', base, '--verbose', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stderr.match(/committed \d+ inputs/g), ['committed 772 inputs']);
  assert.equal(JSON.parse(r.stdout).newDocuments, 770); // two records repeat an earlier one
});
