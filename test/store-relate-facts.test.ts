// A document a batch writes keeps its fingerprint and spun flag in the base's relate cache (ingest35): later batches
// meet it as a stored document (its story's latest members, documents sharing its keys) and relate it again; they
// found nothing kept for it and fingerprinted it anew. What is kept must be what its stored reading gives.
// Real text: ECB+ dev's first articles in small batches; both backends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TextDocument } from '../src/model.ts';
import { adapterOf, openBase } from '../src/store/index.ts';
import { documentKey, parsedCache } from '../src/store/cache.ts';
import { fromText } from '../src/store/serial.ts';
import { fingerprint } from '../src/fingerprint/index.ts';
import { spunFlag } from '../src/provenance/spun.ts';
import { ecbLines } from './helpers.ts';
import { forEachBackend, withFreshBase } from './store-helpers.ts';
import { scratchDir } from './scratch.ts';

const SCRATCH = scratchDir('cc-relate-facts-');
const INPUT = join(SCRATCH, 'input.jsonl');
writeFileSync(INPUT, `${ecbLines().slice(0, 24).join('\n')}\n`);

forEachBackend('relating facts kept on %s', (kind) => {
  test("every document written keeps its stored reading's fingerprint and spun flag for the next batches", async () => {
    await withFreshBase(kind, async (where) => {
      const base = await openBase(where.location);
      try {
        const summary = await base.ingest([INPUT], { batchSize: 8 });
        assert.equal(summary.newDocuments, 24);
        const db = adapterOf(base);
        const relate = parsedCache(db).relate!;
        const rows = await db.query<{ id: string; content_hash: string; text_doc: string }>('SELECT id, content_hash, text_doc FROM documents ORDER BY id');
        assert.equal(rows.length, 24);
        for (const r of rows) {
          const facts = relate.get(documentKey(r.id, r.content_hash));
          assert.ok(facts, `${r.id}: no fingerprint kept`);
          const doc = fromText<TextDocument>(r.text_doc);
          assert.deepEqual(facts.fp, fingerprint(doc), `${r.id}: the kept fingerprint is its stored reading's`);
          assert.deepEqual(facts.spun, spunFlag(doc), `${r.id}: the kept spun flag is its stored reading's`);
        }
      } finally {
        await base.close();
      }
    });
  });
});
