// A batch asks the base which active stories are posted under a key once (ingest32): the new documents' keys
// find the candidate stories, the changed stories' keys their neighbours for the merge pass, and the second
// look-up asks only the keys the first did not (most of them: a story's keys are mostly its new members' keys).
// Real text: ECB+ dev's first articles, then the next ones against the stories they made; both backends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterOf, openBase } from '../src/store/index.ts';
import { documentKey, LruCache, type ParsedCache, type ParsedDocument } from '../src/store/cache.ts';
import { loadDf, loadDocuments, storiesByKeys } from '../src/store/repo.ts';
import { fromText } from '../src/store/serial.ts';
import type { Adapter, Sql } from '../src/store/adapter.ts';
import { ingestIntoBase } from '../src/store/update/index.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, withFreshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const SCRATCH = scratchDir('cc-lookups-');
const FIRST = join(SCRATCH, 'first.jsonl');
writeFileSync(FIRST, `${ecbLines().slice(0, 30).join('\n')}\n`);
const NEXT = join(SCRATCH, 'next.jsonl');
writeFileSync(NEXT, `${ecbLines().slice(30, 50).join('\n')}\n`);

/** The keys of each posted-stories look-up (repo.ts storiesByKeys), by transaction. */
function watched(db: Adapter): { db: Adapter; asked: string[][][] } {
  const asked: string[][][] = [];
  const spy = (tx: Sql, mine: string[][]): Sql => ({
    query: (text, params) => {
      if (text.includes('FROM story_keys WHERE key = ANY($1::text[]) AND active')) mine.push([...(params![0] as string[])]);
      return tx.query(text, params);
    },
    exec: (text) => tx.exec(text),
  });
  const wrapped: Adapter = {
    kind: db.kind,
    location: db.location,
    query: (text, params) => db.query(text, params),
    exec: (text) => db.exec(text),
    close: () => db.close(),
    transaction: (work) => {
      const mine: string[][] = [];
      asked.push(mine);
      return db.transaction((tx) => work(spy(tx, mine)));
    },
  };
  return { db: wrapped, asked };
}

forEachBackend('posted stories looked up on %s', (kind) => {
  test('a batch asks for the stories of a key once, and both passes get their answers', async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      try {
        await base.ingest([FIRST], { batchSize: 100 });
        const { db, asked } = watched(adapterOf(base));
        const summary = await ingestIntoBase(db, [NEXT], { batchSize: 100 });
        assert.equal(summary.newDocuments, 20);
        const lookups = asked.filter((t) => t.length > 0);
        assert.equal(lookups.length, 1, 'one transaction clustered the batch');
        const [candidates, ...neighbours] = lookups[0];
        assert.ok(candidates.length > 100, `${candidates.length} keys of the new documents`);
        // the stories this batch changed were looked up around too, with none of the keys already asked
        const again = neighbours.flat().filter((k) => candidates.includes(k));
        assert.deepEqual(again, [], `${again.length} keys asked twice`);
        const all = lookups[0].flat();
        assert.equal(new Set(all).size, all.length);
      } finally {
        await base.close();
      }
    });
  });
});

/** The look-up as it was asked before ingest37: a lateral join per key, grouped and counted by the backend. */
async function perKey(tx: Sql, keys: string[], maxPosting: number): Promise<Map<string, number[]>> {
  const rows = await tx.query<{ key: string; stories: number[] }>(
    `SELECT k.key, array_agg(s.story ORDER BY s.story) AS stories FROM unnest($1::text[]) AS k(key)
       CROSS JOIN LATERAL (SELECT story FROM story_keys WHERE story_keys.key = k.key AND active LIMIT $2 + 1) s
       GROUP BY k.key HAVING count(*) <= $2`,
    [keys, maxPosting],
  );
  return new Map(rows.map((r) => [r.key, r.stories.map(Number)]));
}

forEachBackend('active postings read in one row on %s', (kind) => {
  test('the active look-up reads its postings as one text and gives the per-key answer at every limit', async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      try {
        await base.ingest([FIRST, NEXT], { batchSize: 25 });
        const db = adapterOf(base);
        // ECB+'s topics lie years apart, so the sweep left few stories active: here all are, but three, whose
        // postings must not count
        await db.query('UPDATE story_keys SET active = true');
        await db.query('UPDATE story_keys SET active = false WHERE story IN (SELECT DISTINCT story FROM story_keys ORDER BY story LIMIT 3)');
        const keys = (await db.query<{ key: string }>('SELECT DISTINCT key FROM story_keys ORDER BY key')).map((r) => r.key);
        keys.push('no such key');
        const [{ n: postings }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM story_keys WHERE active');
        const shared = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM story_keys WHERE active GROUP BY key HAVING count(*) > 1');
        assert.ok(shared.length > 0, `some of ${keys.length} keys (${postings} active postings) are posted by several stories`);
        await db.transaction(async (tx) => {
          const returned: number[] = [];
          const spy: Sql = {
            query: async (text, params) => {
              const rows = await tx.query(text, params);
              returned.push(rows.length);
              return rows as never;
            },
            exec: (text) => tx.exec(text),
          };
          for (const max of [1, 2, 60]) {
            returned.length = 0;
            const got = await storiesByKeys(spy, keys, true, max);
            assert.deepEqual(got, await perKey(tx, keys, max), `limit ${max}`);
            // the backend hands the postings over as one text of number pairs, not a row each (ingest37: one row a
            // posting, each field decoded apart by the embedded client)
            assert.deepEqual(returned, [1], `limit ${max}: rows returned for ${postings} postings`);
          }
        });
      } finally {
        await base.close();
      }
    });
  });
});

forEachBackend('document frequencies read in one row on %s', (kind) => {
  test('the stored counts come back as one row, in the order of the rows they replace, a key holding the separator too', async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      try {
        await base.ingest([FIRST], { batchSize: 30 });
        const db = adapterOf(base);
        const held = (await db.query<{ key: string }>('SELECT key FROM df ORDER BY md5(key)')).map((r) => r.key);
        assert.ok(held.length > 500, `${held.length} keys`);
        // asked in a scattered order, with keys the base does not hold
        const keys = [...held.filter((_, i) => i % 2 === 0), 'no such key', ...held.filter((_, i) => i % 2 === 1)];
        const asRows = async (tx: Sql) =>
          (await tx.query<{ key: string; count: number }>('SELECT key, count FROM df WHERE key = ANY($1::text[])', [keys])).map((r) => [r.key, r.count]);
        await db.transaction(async (tx) => {
          const returned: number[] = [];
          const spy: Sql = {
            query: async (text, params) => {
              const rows = await tx.query(text, params);
              returned.push(rows.length);
              return rows as never;
            },
            exec: (text) => tx.exec(text),
          };
          const got = await loadDf(spy, keys);
          assert.deepEqual(got, await asRows(tx));
          assert.equal(got.length, held.length);
          assert.deepEqual(returned, [1], `rows returned for ${held.length} counts`);
          // a key holding the separator is read again as rows: the same answer
          await tx.query("INSERT INTO df (key, count) VALUES ('a key' || chr(1) || 'apart', 7)");
          keys.push('a key\u0001apart');
          returned.length = 0;
          const again = await loadDf(spy, keys);
          assert.deepEqual(again, await asRows(tx));
          assert.ok(again.some(([k, c]) => k === 'a key\u0001apart' && c === 7));
          assert.deepEqual(returned, [1, held.length + 1]);
          await tx.query("DELETE FROM df WHERE key = 'a key' || chr(1) || 'apart'");
        });
      } finally {
        await base.close();
      }
    });
  });
});

/** A transaction's statements with the number of rows each returned. */
function counted(tx: Sql): { spy: Sql; returned: number[] } {
  const returned: number[] = [];
  const spy: Sql = {
    query: async (text, params) => {
      const rows = await tx.query(text, params);
      returned.push(rows.length);
      return rows as never;
    },
    exec: (text) => tx.exec(text),
  };
  return { spy, returned };
}

forEachBackend('active postings of a key holding the separator on %s', (kind) => {
  test('a stored key holding chr(1) sends the look-up back to rows, with the per-key answer', async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      try {
        await base.ingest([FIRST], { batchSize: 30 });
        const db = adapterOf(base);
        await db.query('UPDATE story_keys SET active = true');
        const keys = (await db.query<{ key: string }>('SELECT DISTINCT key FROM story_keys ORDER BY key')).map((r) => r.key);
        const stories = (await db.query<{ story: number }>('SELECT DISTINCT story FROM story_keys ORDER BY story')).map((r) => r.story);
        assert.ok(stories.length >= 3, `${stories.length} stories`);
        const [{ n: postings }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM story_keys WHERE active');
        await db.transaction(async (tx) => {
          // two stories posted under a key holding the separator, one under a key that reads as its first part,
          // asked among the others: split by the separator, the joined texts would pair keys and stories wrongly
          const apart = 'a key\u0001apart';
          await tx.query(
            "INSERT INTO story_keys (key, story, active) VALUES ('a key' || chr(1) || 'apart', $1, true), ('a key' || chr(1) || 'apart', $2, true), ('a key', $3, true)",
            [stories[2], stories[0], stories[1]],
          );
          const asked = [...keys.slice(0, keys.length >> 1), apart, 'a key', ...keys.slice(keys.length >> 1)];
          for (const max of [1, 2, 60]) {
            const { spy, returned } = counted(tx);
            const got = await storiesByKeys(spy, asked, true, max);
            assert.deepEqual(got, await perKey(tx, asked, max), `limit ${max}`);
            if (max >= 2)
              assert.deepEqual(
                got.get(apart),
                [stories[0], stories[2]].sort((a, b) => a - b),
              );
            assert.deepEqual(got.get('a key'), [stories[1]]);
            // the one row, then the rows it falls back to
            assert.deepEqual(returned, [1, postings + 3], `limit ${max}`);
          }
          await tx.query("DELETE FROM story_keys WHERE key IN ('a key' || chr(1) || 'apart', 'a key')");
        });
      } finally {
        await base.close();
      }
    });
  });
});

forEachBackend('documents heads read in one row on %s', (kind) => {
  test('stored documents come back as the heads rows gave them, the cache taking them in the same order', async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      try {
        await base.ingest([FIRST], { batchSize: 30 });
        const db = adapterOf(base);
        const held = (await db.query<{ id: string }>('SELECT id FROM documents ORDER BY md5(id)')).map((r) => r.id);
        assert.equal(held.length, 30);
        const ids = [...held.filter((_, i) => i % 2 === 0), 'no such document', ...held.filter((_, i) => i % 2 === 1)];
        await db.transaction(async (tx) => {
          // a document of no story (a part left empty in the stories' text)
          await tx.query('UPDATE documents SET story = NULL WHERE id = $1', [held[3]]);
          /** What the rows statement gave: the heads, and the keys a cold cache takes the fetched documents by. */
          const asRows = async () => {
            const heads = await tx.query<{ id: string; position: number; story: number | null; content_hash: string; flags: string }>(
              'SELECT id, position, story, content_hash, flags FROM documents WHERE id = ANY($1::text[])',
              [ids],
            );
            const order: string[] = [];
            for (let i = 0; i < heads.length; i += 100) {
              const part = heads.slice(i, i + 100).map((h) => h.id);
              const rows = await tx.query<{ id: string; content_hash: string }>('SELECT id, content_hash FROM documents WHERE id = ANY($1::text[])', [part]);
              for (const r of rows) order.push(documentKey(r.id, r.content_hash));
            }
            const read = heads.map((h) => [h.id, h.content_hash, h.position, h.story, fromText(h.flags)] as const).sort((a, b) => a[2] - b[2]);
            return { read, order };
          };
          const load = async () => {
            const { spy, returned } = counted(tx);
            const documents = new LruCache<string, ParsedDocument>(Number.MAX_SAFE_INTEGER);
            const order: string[] = [];
            const set = documents.set.bind(documents);
            documents.set = (key, value, weight) => {
              order.push(key);
              set(key, value, weight);
            };
            const cache = { documents } as unknown as ParsedCache;
            const docs = await loadDocuments(spy, ids, cache);
            const read = docs.map((d) => [d.doc.id, d.hash, d.position, d.story, d.flags] as const);
            return { read, order, returned };
          };
          const plain = await load();
          const expected = await asRows();
          assert.deepEqual(plain.read, expected.read);
          assert.ok(plain.read.some((d) => d[3] === null));
          assert.deepEqual(plain.order, expected.order);
          // the heads of 30 documents in one row (were a row each), then their texts
          assert.deepEqual(plain.returned, [1, 30]);
          // a hash holding the separator: read again as rows, the same answer
          await tx.query("UPDATE documents SET content_hash = content_hash || chr(1) || 'x' WHERE id = $1", [held[5]]);
          const again = await load();
          const expectedAgain = await asRows();
          assert.deepEqual(again.read, expectedAgain.read);
          assert.ok(again.read.some((d) => d[1].endsWith('\u0001x')));
          assert.deepEqual(again.order, expectedAgain.order);
          assert.deepEqual(again.returned, [1, 30, 30]);
          await tx.query('UPDATE documents SET content_hash = left(content_hash, -2) WHERE id = $1', [held[5]]);
        });
      } finally {
        await base.close();
      }
    });
  });
});
