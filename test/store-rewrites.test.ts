// A batch writes what changed and nothing else (src/store/update/): stored documents whose flags did not
// change and index keys a grown story still holds keep their row as it was (the same row version: a
// rewrite re-indexes the row and leaves a dead one behind).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Adapter } from '../src/store/adapter.ts';
import { adapterOf, openBase } from '../src/store/index.ts';
import { ecbLines } from './helpers.ts';
import { BACKENDS, freshBase, inconsistencies } from './store-helpers.ts';

// ECB+ dev's first 40 articles, the even ones first: the odd ones join the stories those opened
const scratch = mkdtempSync(join(tmpdir(), 'cc-rewrites-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
const FIRST = join(scratch, 'first.jsonl');
const SECOND = join(scratch, 'second.jsonl');
const LINES = ecbLines().slice(0, 40);
writeFileSync(FIRST, `${LINES.filter((_, i) => i % 2 === 0).join('\n')}\n`);
writeFileSync(SECOND, `${LINES.filter((_, i) => i % 2 === 1).join('\n')}\n`);

/** Each row's version (xmin) by a key of its own, with what it holds. */
async function versions(db: Adapter, sql: string): Promise<Map<string, { v: string; holds: string }>> {
  const rows = await db.query<{ k: string; v: string; holds: string }>(sql);
  return new Map(rows.map((r) => [r.k, { v: r.v, holds: r.holds }]));
}

const DOCUMENTS = `SELECT id AS k, xmin::text AS v, concat_ws('|', flags, story, version) AS holds FROM documents`;
const STORY_KEYS = `SELECT concat_ws('|', story, key, active) AS k, xmin::text AS v, '' AS holds FROM story_keys`;

/** Of the rows present before and after holding the same, how many kept their version, and how many not. */
function kept(before: Map<string, { v: string; holds: string }>, after: Map<string, { v: string; holds: string }>) {
  let same = 0;
  const rewritten: string[] = [];
  for (const [k, b] of before) {
    const a = after.get(k);
    if (!a || a.holds !== b.holds) continue;
    if (a.v === b.v) same++;
    else rewritten.push(k);
  }
  return { same, rewritten };
}

for (const backend of BACKENDS) {
  describe(`rows a batch left as they were, on ${backend.kind}`, { skip: backend.skip }, () => {
    test('unchanged flags and index keys are not written again', async () => {
      const where = await freshBase(backend.kind);
      const base = await openBase(where.location);
      try {
        await base.ingest([FIRST], { batchSize: 5 });
        const db = adapterOf(base);
        const before = { documents: await versions(db, DOCUMENTS), keys: await versions(db, STORY_KEYS) };
        const [{ seq }] = await db.query<{ seq: number }>(`SELECT value::int AS seq FROM meta WHERE key = 'change_seq'`);
        await base.ingest([SECOND], { batchSize: 20 });
        // the batch did touch stories stored before it (else nothing here is tested)
        const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM stories WHERE updated_seq > $1 AND created_seq <= $1', [seq]);
        assert.ok(n > 0, `stored stories the batch grew: ${n}`);
        const after = { documents: await versions(db, DOCUMENTS), keys: await versions(db, STORY_KEYS) };
        for (const what of ['documents', 'keys'] as const) {
          const { same, rewritten } = kept(before[what], after[what]);
          assert.deepEqual(rewritten, [], `${what} rewritten though they hold the same`);
          assert.ok(same > 0, `${what}: some rows hold the same`);
        }
        // the grown stories kept some of their index keys (those rows were among the ones kept above)
        const [{ k }] = await db.query<{ k: number }>(
          'SELECT count(*)::int AS k FROM story_keys sk JOIN stories s ON s.key = sk.story WHERE s.updated_seq > $1 AND s.created_seq <= $1 AND sk.xmin::text = ANY($2::text[])',
          [seq, [...new Set([...before.keys.values()].map((r) => r.v))]],
        );
        assert.ok(k > 0, 'a grown story kept index keys written before');
        await base.close();
        assert.deepEqual(await inconsistencies(where.location), []);
      } finally {
        await base.close().catch(() => {});
        await where.drop();
      }
    });
  });
}
