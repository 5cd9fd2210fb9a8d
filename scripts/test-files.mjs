// The test files of the suite (run-tests.mjs), and the groups the unit tests beside the modules run in.
import { readdirSync, statSync } from 'node:fs';
import { before } from 'node:test';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every *.test.ts under `dir` (relative to the repository), sorted. */
export function find(dir, out = []) {
  let names;
  try {
    names = readdirSync(join(ROOT, dir)).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    if (name === 'node_modules' || name.startsWith('.') || name === 'fixtures') continue;
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) find(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

/** The unit test files of group `n` of `of` (every of-th of src/'s, sorted), imported one after another into this
 * process: their tests run here as they would in a process of their own. */
export async function importUnitGroup(n, of) {
  const files = find('src').filter((_, i) => i % of === n - 1);
  for (const file of files) await import(pathToFileURL(join(ROOT, file)).href);
}

/** The cross-stage test files (test/) that run in shared processes (run-tests.mjs), a group a process, not one each:
 * each file's own process loaded tsx, the engine's modules and its language model again, and each story base file
 * made its own empty PGlite template (store-helpers.ts). suite51: these 45 files cost 391 s of CPU one process each,
 * 252 s in the three groups. None sets environment variables, the working folder or process handlers it leaves
 * behind, or needs a process nothing has run in before; their servers, bases and scratch folders are their own. */
export const GROUPS = [
  // the story base's files: one PGlite template a process (store-helpers.ts: initdb and the migrations, ~5 s of CPU)
  [
    'test/store.test.ts',
    'test/store-cache.test.ts',
    'test/store-df-write.test.ts',
    'test/store-incremental.test.ts',
    'test/store-lookups.test.ts',
    'test/store-migrate.test.ts',
    'test/store-relate-facts.test.ts',
    'test/store-search-brackets.test.ts',
    'test/store-stale.test.ts',
    'test/store-story-writes.test.ts',
    'test/store-vocab.test.ts',
    'test/store-writes.test.ts',
  ],
  // the rest, in two halves of about equal CPU (not test/cli.test.ts: its first test needs a process that has not
  // loaded the language model, and stamp-zone loads it as it is imported)
  [
    'test/exact-speed.test.ts',
    'test/fuzz-feed-dates.test.ts',
    'test/growth.test.ts',
    'test/quotes-fixtures.test.ts',
    'test/report.test.ts',
    'test/report-stream.test.ts',
    'test/server-storylines.test.ts',
    'test/shapes.test.ts',
    'test/stamp-zone.test.ts',
    'test/stamp-zones-feeds.test.ts',
    'test/store-cli.test.ts',
    'test/storylines.test.ts',
    'test/watch-lease.test.ts',
    'test/watch-page.test.ts',
    'test/web-ingest.test.ts',
  ],
  [
    'test/cluster.test.ts',
    'test/enrich-seeds.test.ts',
    'test/fetch-hostile.test.ts',
    'test/fuzz.test.ts',
    'test/fuzz-fetch-framing.test.ts',
    'test/hostile-text.test.ts',
    'test/html-ab.test.ts',
    'test/html-extraction.test.ts',
    'test/input-order.test.ts',
    'test/many-inputs.test.ts',
    'test/provenance.test.ts',
    'test/relative-days.test.ts',
    'test/scratch.test.ts',
    'test/server.test.ts',
    'test/stage-failures.test.ts',
    'test/story-release.test.ts',
    'test/synthesize.test.ts',
    'test/watch-hostile.test.ts',
  ],
];

/** The files of cross-stage group `n` (1-based), imported one after another into this process; their tests start
 * once all are imported. node:test's root ends a round whenever its queue of tests runs dry (running the root-level
 * `after` hooks of the files so far: a server closed, a base dropped), and a test made while those hooks run fails
 * as "its parent finished" (suite51: two tests of stamp-zone after the store files' hooks). A root-level `before`
 * hook that waits for the last import keeps the queue from running dry: each file's own `before` hooks still run
 * before any test, its `after` hooks after the last. */
export async function importTestGroup(n) {
  let done;
  const imported = new Promise((resolve) => (done = resolve));
  before(() => imported);
  try {
    for (const file of GROUPS[n - 1]) await import(pathToFileURL(join(ROOT, file)).href);
  } finally {
    done();
  }
}
