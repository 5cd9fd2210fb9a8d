// A batch that synthesises (the watcher's, the web app's) writes the rows of the stories it touched (update/stories.ts): a stored story synthesised again is
// updated, a new one inserted -- no upsert, which locked each stored row before writing it over (a WAL record
// of its own) -- and an id that already leads to its story is not written again (story_ids, upserted before:
// a lock and a new row version for nothing). Real text: ECB+ dev's first articles, then the next ones, then a
// new version of one of them; both backends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterOf, openBase } from '../src/store/index.ts';
import type { Adapter, Sql } from '../src/store/adapter.ts';
import { searchVector } from '../src/store/repo.ts';
import { ingestIntoBase, ingestRawIntoBase } from '../src/store/update/index.ts';
import { ingestPaths, isProblem } from '../src/ingest/index.ts';
import type { RawDocument } from '../src/model.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, withFreshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const SCRATCH = scratchDir('cc-story-writes-');
const FIRST = join(SCRATCH, 'first.jsonl');
writeFileSync(FIRST, `${ecbLines().slice(0, 30).join('\n')}\n`);
const NEXT = join(SCRATCH, 'next.jsonl');
writeFileSync(NEXT, `${ecbLines().slice(30, 50).join('\n')}\n`);

/** The adapter with every statement's text recorded. */
function watched(db: Adapter): { db: Adapter; texts: string[] } {
  const texts: string[] = [];
  const spy = (tx: Sql): Sql => ({
    query: (text, params) => {
      texts.push(text.replace(/\s+/g, ' '));
      return tx.query(text, params);
    },
    exec: (text) => tx.exec(text),
  });
  return {
    texts,
    db: { ...spy(db), kind: db.kind, location: db.location, close: () => db.close(), transaction: (work) => db.transaction((tx) => work(spy(tx))) },
  };
}

forEachBackend('story rows written on %s', (kind) => {
  test('stored stories are updated and new ones inserted; ids that lead to their story are not written again', async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      try {
        await base.ingest([FIRST], { batchSize: 100 });
        const plain = adapterOf(base);
        const ids = async () =>
          new Map(
            (await plain.query<{ id: string; story: number; xmin: string }>('SELECT id, story, xmin::text AS xmin FROM story_ids')).map((r) => [r.id, r]),
          );
        const stored = new Set((await plain.query<{ key: number }>('SELECT key FROM stories')).map((r) => Number(r.key)));
        const { db, texts } = watched(plain);
        // handed over directly (as the feed watcher and the web app commit): its stories synthesised in the batch (an
        // ingest run leaves them stale until its end, which writes only their synthesis columns)
        const raws: RawDocument[] = [];
        for await (const item of ingestPaths([NEXT])) if (!isProblem(item)) raws.push(item);
        const summary = await ingestRawIntoBase(db, raws);
        assert.equal(summary.newDocuments, 20);

        const writes = texts.filter((t) => /^(INSERT INTO|UPDATE) stories /.test(t));
        assert.deepEqual(
          writes.filter((t) => t.includes('ON CONFLICT')),
          [],
        );
        const synthesised = await plain.query<{ key: number; created_seq: number; updated_seq: number; same: boolean }>(
          `SELECT key, created_seq::int, updated_seq::int, search = ${searchVector('title', 'body')} AS same FROM stories WHERE updated_seq = $1 AND NOT stale`,
          [summary.seq],
        );
        const over = synthesised.filter((s) => stored.has(Number(s.key)));
        assert.ok(over.length > 0, 'stored stories synthesised again');
        assert.ok(synthesised.length > over.length, 'new stories');
        assert.ok(
          writes.some((t) => t.startsWith('UPDATE stories SET id = x.id') && t.includes('search =')),
          'stored stories written over by an update',
        );
        // written over: their first sequence kept, their search vector that of their new title and body
        for (const s of over) assert.ok(Number(s.created_seq) < Number(s.updated_seq), `story ${s.key}`);
        for (const s of synthesised) assert.equal(s.same, true, `story ${s.key}'s search vector`);

        // a new version of a member: its story is written again under the same id (the id hashes the members' ids)
        const before = await ids();
        const lines = readFileSync(NEXT, 'utf8').trim().split('\n');
        const changed = JSON.parse(lines[0]);
        changed.text = `${changed.text}\n\nOfficials said more details would be released later.`;
        // its own file (the same address: the same document), as the backends' tests may run at once
        const file = join(SCRATCH, `${kind}-changed.jsonl`);
        writeFileSync(file, `${[JSON.stringify(changed), ...lines.slice(1)].join('\n')}\n`);
        const again = await ingestIntoBase(plain, [file], { batchSize: 100 });
        assert.equal(again.newVersions, 1);
        const after = await ids();
        const listed = again.stories.filter((id) => before.get(id)?.story === after.get(id)?.story);
        assert.ok(listed.length > 0, 'ids the batch listed again that still lead to their story');
        for (const b of before.values()) if (after.get(b.id)?.story === b.story) assert.equal(after.get(b.id)!.xmin, b.xmin, `story id ${b.id} written again`);
      } finally {
        await base.close();
      }
    });
  });
});
