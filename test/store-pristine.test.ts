// A new embedded base's folder is copied from the one initdb made first (src/store/pristine.ts): the copy is
// a working base of its own, and a cache folder that holds no database is passed over, never used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { adapterOf, openBase } from '../src/store/index.ts';
import { pristinePath } from '../src/store/pristine.ts';
import { scratchDir } from './scratch.ts';

const seeds = join(import.meta.dirname, '..', 'examples', 'seeds');

/** The database cluster's identifier, which initdb draws anew each time it runs. */
async function identity(location: string, ingest = false): Promise<{ id: string; stories: number }> {
  const base = await openBase(location);
  try {
    if (ingest) await base.ingest([seeds]);
    const db = adapterOf(base);
    const [row] = await db.query<{ id: string }>('SELECT system_identifier::text AS id FROM pg_control_system()');
    const [count] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM stories');
    return { id: row.id, stories: count.n };
  } finally {
    await base.close();
  }
}

/** Runs `work` with the kept copy in a new, empty cache folder of its own. */
async function inOwnCache(work: () => Promise<void>): Promise<void> {
  const saved = process.env.CROSSCHECK_CACHE;
  process.env.CROSSCHECK_CACHE = scratchDir('cc-cache-');
  try {
    await work();
  } finally {
    if (saved === undefined) delete process.env.CROSSCHECK_CACHE;
    else process.env.CROSSCHECK_CACHE = saved;
  }
}

test('a new base is copied from the folder initdb made first, and works on its own', () =>
  inOwnCache(async () => {
    const dir = scratchDir('cc-pristine-');
    const first = await identity(join(dir, 'a'));
    const kept = pristinePath();
    assert.ok(kept && existsSync(join(kept, 'PG_VERSION')), 'initdb’s folder kept');
    const second = await identity(join(dir, 'b'), true);
    // the second folder is the kept copy (a second initdb draws another identifier), and the copy holds a base
    assert.equal(second.id, first.id);
    assert.equal(second.stories, 1);
    assert.equal(first.stories, 0);
  }));

test('a cache folder holding no database is passed over: initdb makes the base', () =>
  inOwnCache(async () => {
    const kept = pristinePath();
    assert.ok(kept);
    mkdirSync(kept, { recursive: true }); // left empty, as a copy cut short would be without its rename
    const dir = scratchDir('cc-pristine-');
    const a = await identity(join(dir, 'a'));
    const b = await identity(join(dir, 'b'));
    assert.notEqual(a.id, b.id);
    assert.equal(existsSync(join(kept, 'PG_VERSION')), false);
  }));
