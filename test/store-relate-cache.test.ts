// Relating keeps what it works out of a stored document alone (its fingerprint, its spun flag) by the document's
// id and content hash, apart from the parsed documents: a later batch relating the same stored documents does
// not work them out again, and what it keeps is what working them out gives.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fingerprint } from '../src/fingerprint/index.ts';
import { spunFlag } from '../src/provenance/spun.ts';
import { documentKey, parsedCache } from '../src/store/cache.ts';
import { adapterOf, openBase, type StoryBase } from '../src/store/index.ts';
import { fromText } from '../src/store/repo.ts';
import type { TextDocument } from '../src/model.ts';
import { BACKENDS, freshBase, type TestBase } from './store-helpers.ts';

const seeds = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'examples', 'seeds');

for (const backend of BACKENDS) {
  describe(`relating's per-document cache (${backend.kind})`, { skip: backend.skip }, () => {
    let where: TestBase;
    let base: StoryBase;
    before(async () => {
      where = await freshBase(backend.kind);
      base = await openBase(where.location);
      // batches of two: the later batches relate their documents with the stored ones of the same story
      await base.ingest([seeds], { batchSize: 2 });
    });
    after(async () => {
      await base?.close();
      await where?.drop();
    });

    test('the stored documents a batch related are held by id and content hash, as fingerprinting them gives', async () => {
      const db = adapterOf(base);
      const cache = parsedCache(db);
      const rows = await db.query<{ id: string; content_hash: string; text_doc: string; position: number }>(
        'SELECT id, content_hash, text_doc, position FROM documents ORDER BY position',
      );
      assert.equal(rows.length, 5);
      const held = rows.filter((r) => cache.relate?.get(documentKey(r.id, r.content_hash)));
      // the first two were stored before the other batches related against them
      assert.ok(held.length >= 2, `${held.length} of 5 stored documents held`);
      for (const r of held) {
        const facts = cache.relate!.get(documentKey(r.id, r.content_hash))!;
        const doc = fromText<TextDocument>(r.text_doc);
        assert.deepEqual(facts.fp, fingerprint(doc));
        assert.deepEqual(facts.spun, spunFlag(doc));
      }
      // another reading of a document is another key: nothing is held for it
      assert.equal(cache.relate!.get(documentKey(rows[0].id, 'another-hash')), undefined);
    });
  });
}
