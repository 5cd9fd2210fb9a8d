// A base written before a story's memberships were stored apart from its clustering state (migration 013) is
// upgraded when opened: every state and its memberships come out as this program writes them, and the base
// goes on (more batches) exactly as a base written by this program all along.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sql } from '../src/store/adapter.ts';
import { adapterOf, openAdapter, openBase } from '../src/store/index.ts';
import { ecbLines } from './helpers.ts';
import { copyOf, forEachBackend, freshBase, type TestBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const lines = ecbLines();
const dir = scratchDir('cc-migrate-');
const FIRST = join(dir, 'first.jsonl');
const SECOND = join(dir, 'second.jsonl');
// the even articles of ECB+ dev's first 60, then the odd ones of its first 40: the second part joins stories
// the first opened (their upgraded states and memberships taken back)
writeFileSync(FIRST, `${lines.filter((_, i) => i < 60 && i % 2 === 0).join('\n')}\n`);
writeFileSync(SECOND, `${lines.filter((_, i) => i < 40 && i % 2 === 1).join('\n')}\n`);

type Rows = Array<{ key: number; state: string; memberships: string }>;

/** A base's story rows, read through an adapter already open (each open of a PGlite folder costs a start). */
const rowsOf = (db: Sql): Promise<Rows> => db.query('SELECT key, state, memberships FROM stories ORDER BY key');

/** Ingest a file; the export and the story rows after it, read before the base is closed. */
async function ingest(location: string, file: string) {
  const base = await openBase(location);
  try {
    await base.ingest([file], { batchSize: 15 });
    return { exported: await base.export(), rows: await rowsOf(adapterOf(base)) };
  } finally {
    await base.close();
  }
}

forEachBackend('memberships stored apart, a base upgraded on %s', (kind) => {
  test('states with their memberships inside are split on opening, and the base goes on as one written apart all along', async () => {
    const old = await freshBase(kind);
    let now: TestBase | undefined;
    try {
      const { rows: written } = await ingest(old.location, FIRST);
      // the base written by this program: a copy of the one about to be downgraded, taken before
      now = await copyOf(old);
      assert.ok(written.length > 3, `${written.length} stories`);
      // back to the layout of schema 12 (the later migrations undone too, so opening runs 13 on): the memberships inside the state, after the members (as written then);
      // one story with them last, a layout the text cut does not know
      const db = await openAdapter(old.location);
      const odd = written[0].key;
      await db.query(
        `UPDATE stories SET state = CASE WHEN key = $1 THEN substr(state, 1, length(state) - 1) || ',"memberships":' || memberships || '}'
           ELSE substr(state, 1, strpos(state, ',"centroids":') - 1) || ',"memberships":' || memberships || substr(state, strpos(state, ',"centroids":')) END`,
        [odd],
      );
      await db.exec('ALTER TABLE stories DROP COLUMN memberships; DELETE FROM schema_version WHERE version >= 13');
      const [inside] = await db.query<{ state: string }>('SELECT state FROM stories WHERE key = $1', [written[1].key]);
      const upgraded = await rowsOf(db).catch(() => null);
      await db.close();
      assert.deepEqual(Object.keys(JSON.parse(inside.state)).slice(0, 4), ['key', 'members', 'memberships', 'centroids']);
      assert.equal(upgraded, null, 'the old layout has no memberships column');

      // opening upgrades it: the states and memberships as written apart, to the character (the odd one, to the value)
      const opened = await openBase(old.location);
      const split = await rowsOf(adapterOf(opened)).finally(() => opened.close());
      assert.deepEqual(
        split.filter((r) => r.key !== odd),
        written.filter((r) => r.key !== odd),
      );
      const [a, b] = [split[0], written[0]];
      assert.deepEqual([JSON.parse(a.state), JSON.parse(a.memberships)], [JSON.parse(b.state), JSON.parse(b.memberships)]);

      // more batches: the same stories, memberships and states as the base never downgraded
      const went = await ingest(old.location, SECOND);
      const stayed = await ingest(now.location, SECOND);
      assert.deepEqual(
        went.exported.stories.map((s) => [s.id, s.title, s.documents, s.members, s.why, s.storyline ?? null]),
        stayed.exported.stories.map((s) => [s.id, s.title, s.documents, s.members, s.why, s.storyline ?? null]),
      );
      assert.deepEqual(
        went.rows.map((r) => [r.key, JSON.parse(r.state), JSON.parse(r.memberships)]),
        stayed.rows.map((r) => [r.key, JSON.parse(r.state), JSON.parse(r.memberships)]),
      );
    } finally {
      await old.drop();
      await now?.drop();
    }
  });
});
