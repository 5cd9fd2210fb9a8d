// The story-base commands end to end on the default backend (a PGlite folder): ingest, stories, story,
// search, export; --help on each; a missing story and a bad option are one-line errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, SEEDS } from './helpers.ts';
import { validateReport } from './contract.ts';

const db = join(mkdtempSync(join(tmpdir(), 'cc-cli-base-')), 'base');

test('every base command has --help', () => {
  for (const cmd of ['ingest', 'stories', 'story', 'search', 'export']) {
    const r = runCli([cmd, '--help']);
    assert.equal(r.status, 0, cmd);
    assert.match(r.stdout, /--db <dir\|url>/);
  }
});

test('ingest, then list, read, search and export the base', () => {
  const ingest = runCli(['ingest', SEEDS, '--db', db, '--format', 'json']);
  assert.equal(ingest.status, 0, ingest.stderr);
  const summary = JSON.parse(ingest.stdout);
  assert.equal(summary.newDocuments, 5);
  assert.equal(summary.storiesOpened, 1);

  const again = runCli(['ingest', SEEDS, '--db', db]);
  assert.match(again.stdout, /0 new articles, 0 new versions, 5 unchanged, 0 problems/);

  const list = JSON.parse(runCli(['stories', '--db', db, '--format', 'json']).stdout);
  assert.equal(list.length, 1);
  assert.equal(list[0].documents, 5);

  const story = runCli(['story', list[0].id, '--db', db, '--format', 'html']);
  assert.equal(story.status, 0, story.stderr);
  assert.match(story.stdout, /<html/i);

  const hits = JSON.parse(runCli(['search', 'Lukashenko', '--db', db, '--format', 'json']).stdout);
  assert.ok(hits.length >= 5);
  assert.match(hits[0].snippet, /<b>Lukashenko<\/b>/);

  const exported = JSON.parse(runCli(['export', '--db', db]).stdout);
  assert.deepEqual(validateReport(exported), []);
  assert.equal(exported.documents.length, 5);

  const missing = runCli(['story', 'story-nope', '--db', db]);
  assert.equal(missing.status, 1);
  assert.equal(missing.stderr.trim(), 'crosscheck: no story story-nope in the base');

  const bad = runCli(['stories', '--db', db, '--since', 'yesterday']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /not a date: yesterday/);
});
