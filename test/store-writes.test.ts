// How a batch's rows go in (ingest22): the many-row tables with an index on a scattered key (fingerprint keys,
// document frequencies, stories' index keys) get each batch's rows in key order, so each index page is visited
// once per batch rather than once per row (a grown base's indexes outsize the embedded backend's buffers); and
// rows go in as column arrays and plain parameters, so texts with quotes, backslashes and line breaks, absent
// values and empty lists are stored exactly. Real text: ECB+ dev's first articles in one batch, both backends.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adapterOf, openBase, type StoryBase } from '../src/store/index.ts';
import { byText } from '../src/store/repo.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, freshBase, inconsistencies, type TestBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const SCRATCH = scratchDir('cc-writes-');
const INPUT = join(SCRATCH, 'part.jsonl');
writeFileSync(INPUT, `${ecbLines().slice(0, 40).join('\n')}\n`);
const NEXT = join(SCRATCH, 'next.jsonl');
writeFileSync(NEXT, `${ecbLines().slice(40, 60).join('\n')}\n`);

/** The page (block number) of a row's ctid, "(page,item)". */
const pageOf = (ctid: string) => Number(ctid.slice(1, ctid.indexOf(',')));

/** Whether the values are in order (by `compare`); the first pair out of order otherwise. */
function outOfOrder<T>(values: T[], compare: (a: T, b: T) => number): [T, T] | null {
  for (let i = 1; i < values.length; i++) if (compare(values[i - 1], values[i]) > 0) return [values[i - 1], values[i]];
  return null;
}

/**
 * One base of `kind` for the describe's tests, in order (suite47: the three tests each ingested INPUT into a base of
 * their own and two of them NEXT after it, the same batches): INPUT in one batch of 100 before the first test; NEXT
 * ingested once, by the first test that needs it (`withNext`); the base closed and checked consistent by the last.
 */
function sharedBase(kind: 'pglite' | 'postgres') {
  const held = {} as { where: TestBase; base: StoryBase; db: ReturnType<typeof adapterOf>; next?: Promise<unknown>; closed?: boolean };
  before(async () => {
    held.where = await freshBase(kind);
    held.base = await openBase(held.where.location);
    held.db = adapterOf(held.base);
    await held.base.ingest([INPUT], { batchSize: 100 });
  });
  after(async () => {
    if (!held.closed) await held.base?.close();
    await held.where?.drop();
  });
  return {
    held,
    withNext: () => {
      held.next ??= held.base.ingest([NEXT], { batchSize: 100 });
      return held.next;
    },
  };
}

forEachBackend("a batch's writes on %s", (kind) => {
  const { held, withNext } = sharedBase(kind);
  test('keys, frequencies and postings go in in key order; texts are stored as they were written', async () => {
    {
      const { db } = held;
      // a table filled by one batch's inserts: its rows lie in the order they went in
      const keys = await db.query<{ key: string }>('SELECT key::text AS key FROM document_keys ORDER BY ctid');
      assert.ok(keys.length > 500, `${keys.length} fingerprint keys`);
      assert.equal(
        outOfOrder(
          keys.map((r) => BigInt(r.key)),
          (a, b) => (a < b ? -1 : a > b ? 1 : 0),
        ),
        null,
      );
      const df = await db.query<{ key: string }>('SELECT key FROM df ORDER BY ctid');
      assert.ok(df.length > 500, `${df.length} frequencies`);
      assert.equal(
        outOfOrder(
          df.map((r) => r.key),
          byText,
        ),
        null,
      );
      const postings = await db.query<{ key: string }>('SELECT key FROM story_keys ORDER BY ctid');
      assert.ok(postings.length > 100, `${postings.length} postings`);
      assert.equal(
        outOfOrder(
          postings.map((r) => r.key),
          byText,
        ),
        null,
      );
      // texts stored exactly: each stored document's analysed text parses back to its own title and text
      const docs = await db.query<{ title: string; text_doc: string; outlet: string | null; published: string | null }>(
        'SELECT title, text_doc, outlet, published FROM documents ORDER BY position',
      );
      assert.equal(docs.length, 40);
      for (const d of docs) {
        const parsed = JSON.parse(d.text_doc);
        assert.equal(parsed.title, d.title);
        assert.equal(parsed.outlet ?? null, d.outlet);
        assert.equal(parsed.published ?? null, d.published);
      }
      assert.ok(
        docs.some((d) => /["\\\n]/.test(JSON.parse(d.text_doc).text)),
        'a text with quotes, backslashes or line breaks',
      );
    }
  });

  test("a later batch's frequency updates stay on their rows' pages (HOT: the key index is not touched)", async () => {
    {
      const { db } = held;
      const before = new Map(
        (await db.query<{ key: string; count: number; ctid: string }>('SELECT key, count, ctid::text AS ctid FROM df')).map((r) => [r.key, r]),
      );
      await withNext();
      const after = await db.query<{ key: string; count: number; ctid: string }>('SELECT key, count, ctid::text AS ctid FROM df');
      const updated = after.filter((r) => before.has(r.key) && before.get(r.key)!.count !== r.count);
      assert.ok(updated.length > 200, `${updated.length} counts updated`);
      const moved = updated.filter((r) => pageOf(r.ctid) !== pageOf(before.get(r.key)!.ctid));
      assert.ok(moved.length < updated.length / 10, `${moved.length} of ${updated.length} updated rows moved to another page`);
    }
  });

  test("a batch's rows take only the index entries some query reads; first versions are the readings stored", async () => {
    {
      const { db } = held;
      await withNext();
      // a new document's first version is the reading just stored
      const [versions] = await db.query<{ n: number; wrong: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE v.content_hash <> d.content_hash OR v.seen <> d.first_seen)::int AS wrong
           FROM documents d JOIN document_versions v ON v.document = d.id AND v.version = 1`,
      );
      assert.deepEqual(versions, { n: 60, wrong: 0 });
      // the indexes a posting, a document and a story row take: only those some query reads (migration 015)
      const indexes = await db.query<{ name: string }>(
        `SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('story_keys', 'documents', 'stories') ORDER BY indexname`,
      );
      const names = indexes.map((r) => r.name);
      assert.deepEqual(
        names.filter((n) => n.startsWith('story_keys')),
        ['story_keys_key_active', 'story_keys_story'],
      );
      assert.ok(!names.includes('documents_published') && !names.includes('stories_latest'), names.join(', '));
    }
  });

  test('the base still agrees with itself after both batches', async () => {
    await withNext();
    held.closed = true;
    await held.base.close();
    assert.deepEqual(await inconsistencies(held.where.location), []);
  });
});
