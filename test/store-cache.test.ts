// The parsed-document cache under pressure: a read that needs more documents than the cache holds must
// still hand back every one of them (what it found in the cache can be pushed out while it fetches the rest).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { askedCache, documentKey, LruCache, parsedCache, type ParsedCache } from '../src/store/cache.ts';
import { adapterOf, openBase } from '../src/store/index.ts';
import { fromText, loadDocuments, loadStoryStates, memberStates } from '../src/store/repo.ts';
import { documentFromText } from '../src/store/serial.ts';
import type { Sql } from '../src/store/adapter.ts';
import { restoreStory, type StoredStory } from '../src/cluster/state.ts';
import { SPACES } from '../src/cluster/story.ts';
import { ingestPaths, isProblem } from '../src/ingest/index.ts';
import type { RawDocument } from '../src/model.ts';
import { ecbLines } from './helpers.ts';
import { scratchDir } from './scratch.ts';
import { forEachBackend, suiteBase, withFreshBase } from './store-helpers.ts';

const seeds = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'examples', 'seeds');

forEachBackend("a batch's own documents read back from memory (%s)", (kind) => {
  const on = suiteBase(kind);

  test('synthesis reads the documents its batch wrote without fetching and parsing their stored texts, and caches them as a fetch would', async () => {
    const parse = JSON.parse;
    const parsedTexts = new Set<string>();
    JSON.parse = (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
      if (typeof text === 'string' && text.length > 200) parsedTexts.add(text);
      return parse(text, reviver);
    };
    try {
      // handed over directly (as the web app and the feed watcher commit): synthesised in the batch itself, where an
      // ingest run leaves its stories stale until its end (src/store/update/stories.ts)
      const raws: RawDocument[] = [];
      for await (const item of ingestPaths([seeds])) if (!isProblem(item)) raws.push(item);
      await on.base.ingestRaw(raws);
    } finally {
      JSON.parse = parse;
    }
    const db = adapterOf(on.base);
    const rows = await db.query<{ id: string; content_hash: string; text_doc: string; enrichment: string; n: number }>(
      'SELECT d.id, d.content_hash, d.text_doc, d.enrichment, s.synthesized_documents AS n FROM documents d JOIN stories s ON s.key = d.story ORDER BY d.id',
    );
    assert.equal(rows.length, 5);
    assert.ok(
      rows.every((r) => Number(r.n) > 0),
      'every story synthesised',
    );
    const cache = parsedCache(db);
    assert.equal(cache.written, undefined, 'nothing held past the batch');
    for (const r of rows) {
      assert.ok(!parsedTexts.has(r.text_doc), `the stored text of ${r.id} was parsed back`);
      assert.ok(!parsedTexts.has(r.enrichment), `the stored enrichment of ${r.id} was parsed back`);
      // held in the documents' cache as the stored texts parse, weighed as their length
      const held = cache.documents.get(documentKey(r.id, r.content_hash));
      assert.ok(held, `${r.id} cached`);
      // term counts compared as entries: held as the text stage counted them (TermCounts), read back as a Map; a field
      // the text stage holds as undefined (every document has every field: speed135) is absent from the stored JSON
      const stored = documentFromText(r.text_doc);
      const heldFields = Object.fromEntries(Object.entries(held.doc).filter(([, value]) => value !== undefined));
      assert.deepEqual({ ...heldFields, termCounts: [...held.doc.termCounts] }, { ...stored, termCounts: [...stored.termCounts] });
      assert.deepEqual(held.enrichment, fromText(r.enrichment));
    }
    assert.equal(
      cache.documents.weight,
      rows.reduce((n, r) => n + r.text_doc.length + r.enrichment.length, 0),
    );
  });
});

forEachBackend('document cache smaller than a read (%s)', (kind) => {
  const on = suiteBase(kind, (base) => base.ingest([seeds]));

  test('every document comes back, read after read, when the cache holds only a few', async () => {
    const db = adapterOf(on.base);
    const rows = await db.query<{ id: string; title: string; weight: number }>(
      'SELECT id, title, length(text_doc) + length(enrichment) AS weight FROM documents ORDER BY id',
    );
    assert.equal(rows.length, 5);
    const heaviest = Math.max(...rows.map((r) => Number(r.weight)));
    const cache: ParsedCache = { documents: new LruCache(heaviest * 2), members: new LruCache(0), stories: new LruCache(0), splitPairs: new LruCache(0) };
    const ids = rows.map((r) => r.id);
    for (let read = 0; read < 3; read++) {
      const docs = await loadDocuments(db, ids, cache);
      assert.deepEqual(docs.map((d) => d.doc.id).sort(), ids);
      for (const d of docs) assert.equal(d.doc.title, rows.find((r) => r.id === d.doc.id)?.title);
      assert.ok(cache.documents.size < ids.length, `the cache holds all ${cache.documents.size} documents`);
    }
  });

  test('the enrichment and flags of a stored document are parsed when read, once (relating reads neither)', async () => {
    const db = adapterOf(on.base);
    const rows = await db.query<{ id: string; enrichment: string; flags: string }>('SELECT id, enrichment, flags FROM documents ORDER BY id');
    const cache: ParsedCache = { documents: new LruCache(10_000_000), members: new LruCache(0), stories: new LruCache(0), splitPairs: new LruCache(0) };
    const parse = JSON.parse;
    let parsed = 0;
    JSON.parse = (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) => {
      parsed++;
      return parse(text, reviver);
    };
    try {
      const docs = await loadDocuments(
        db,
        rows.map((r) => r.id),
        cache,
      );
      assert.equal(parsed, rows.length, 'only the texts are parsed');
      for (const d of docs) {
        const r = rows.find((x) => x.id === d.doc.id)!;
        assert.deepEqual(d.enrichment, fromText(r.enrichment));
        assert.deepEqual(d.flags, fromText(r.flags));
      }
      const afterRead = parsed;
      const again = await loadDocuments(
        db,
        rows.map((r) => r.id),
        cache,
      );
      for (const d of again) assert.ok(d.enrichment);
      assert.equal(parsed, afterRead, 'an enrichment read once is held parsed');
    } finally {
      JSON.parse = parse;
    }
  });

  test('the stories a batch wrote are cached as written (centroids restored), with their memberships: the next batch fetches none of them', async () => {
    const db = adapterOf(on.base);
    const rows = await db.query<{ key: number; seq: number; state: string; memberships: string }>(
      'SELECT key, updated_seq::int AS seq, state, memberships FROM stories ORDER BY key',
    );
    assert.ok(rows.length >= 1);
    const cache = parsedCache(db);
    for (const r of rows) {
      const held = cache.stories.get(r.key);
      assert.equal(held?.seq, r.seq, `story ${r.key} held at the sequence that wrote it`);
      assert.equal(JSON.stringify(held.memberships), r.memberships);
      // held with its centroids restored (the pairs gone), and the story restored from it is the stored one's
      assert.ok(SPACES.every((sp) => held.state.centroids[sp].sum.length === 0));
      const [mine, stored] = [restoreStory(held.state, () => []), restoreStory(fromText<StoredStory>(r.state), () => [])];
      for (const sp of SPACES) assert.deepEqual([...mine.centroids[sp].sum], [...stored.centroids[sp].sum]);
      assert.deepEqual({ ...held.state, centroids: null }, { ...fromText<StoredStory>(r.state), centroids: null });
    }
    const { states, memberships } = await loadStoryStates(
      db,
      rows.map((r) => r.key),
      cache,
    );
    assert.deepEqual(
      states.map((s) => s === cache.stories.get(s.key)?.state),
      rows.map(() => true),
    );
    assert.deepEqual(
      [...memberships.keys()],
      rows.map((r) => r.key),
    );
  });

  test('a cached story state is served until a later change sequence rewrites the story', async () => {
    const db = adapterOf(on.base);
    const keys = (await db.query<{ key: number }>('SELECT key FROM stories ORDER BY key')).map((r) => r.key);
    const cache: ParsedCache = { documents: new LruCache(0), members: new LruCache(0), stories: new LruCache(1e9), splitPairs: new LruCache(0) };
    const { states: first } = await loadStoryStates(db, keys, cache);
    assert.deepEqual(
      first.map((s) => s.key),
      keys,
    );
    const { states: again } = await loadStoryStates(db, keys, cache);
    assert.equal(again[0], first[0], 'the second read is the cached state');
    // another writer (a later batch, another process) rewrites the story: its sequence moves on
    const changed = { ...first[0], lastSeen: first[0].lastSeen + 7 };
    await db.query('UPDATE stories SET state = $2, updated_seq = updated_seq + 1 WHERE key = $1', [keys[0], JSON.stringify(changed)]);
    const {
      states: [fresh],
    } = await loadStoryStates(db, [keys[0]], cache);
    assert.equal(fresh.lastSeen, first[0].lastSeen + 7);
    // a cache that holds nothing reads the same states
    const { states: uncached } = await loadStoryStates(db, keys, {
      documents: new LruCache(0),
      members: new LruCache(0),
      stories: new LruCache(0),
      splitPairs: new LruCache(0),
    });
    assert.deepEqual(uncached.slice(1), again.slice(1));
  });
});

// A batch asks for more members' states than the cache holds once the base has grown (10,000 Reuters articles:
// about 4,800 a batch, the budget holding about 1,500 restored). Asked again in the same order, a few at a time, a
// plain LRU has pushed out each one before it comes back (every ask fetched); the cache admitting by asks keeps
// those it holds.
const ecb = join(scratchDir('cc-cache-asks-'), 'ecb.jsonl');
writeFileSync(ecb, `${ecbLines(6).join('\n')}\n`);

forEachBackend("members' states asked for batch after batch, more than the cache holds (%s)", (kind) => {
  test('half of them stay held from one round of asks to the next, each as the base holds it', async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      await base.ingest([ecb]);
      const db = adapterOf(base);
      const rows = await db.query<{ position: number; cluster: string }>('SELECT position, cluster FROM documents ORDER BY position');
      assert.ok(rows.length >= 100, `${rows.length} documents`);
      const total = rows.reduce((sum, r) => sum + r.cluster.length, 0);
      const positions = rows.map((r) => r.position);
      // members fetched from the base, counted by the rows the statement hands back
      let fetched = 0;
      const counting: Sql = {
        query: async <T>(text: string, params?: unknown[]) => {
          const got = await db.query<T>(text, params);
          if (text.startsWith('SELECT position, cluster')) fetched += got.length;
          return got;
        },
        exec: (text) => db.exec(text),
      };
      const cache: ParsedCache = { documents: new LruCache(0), members: askedCache(total / 2), stories: new LruCache(0), splitPairs: new LruCache(0) };
      for (let round = 0; round < 3; round++) {
        fetched = 0;
        // asked a few at a time (a batch asks for the members of each pass's stories in turn)
        for (let i = 0; i < positions.length; i += 5) {
          const part = positions.slice(i, i + 5);
          const got = await memberStates(counting, part, cache);
          for (const p of part) assert.equal(got.get(p), rows[positions.indexOf(p)].cluster, `member ${p} as stored`);
        }
        if (round > 0) assert.ok(fetched <= (positions.length * 2) / 3, `round ${round}: ${fetched} of ${positions.length} members fetched again`);
      }
      assert.ok(cache.members.weight <= total / 2);
      await base.close();
    });
  });
});
