// A case-restoring wire's word after a place's initials ("U.S. Interests", "U.S. Strike") names nothing (enrich's
// unnamedAfterInitials), but the claim aligner reads the sentence's names as they were (Mention.was): each such name
// was a rare key in its sentence's total, and without it two sentences that only share "U.S." and the Gulf align.
// Real text: Reuters 20101 (Iran's warning after the U.S. strike) and 21131 (oil prices reverse after it), names73's
// worse pair (bench/HISTORY.md, names73 / claims74 / claims76).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { readDocuments } from '../pipeline.ts';
import { findRelations } from '../provenance/index.ts';
import { align } from './align.ts';
import { buildUnits } from './units.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize', 'reuters-gulf-strike.jsonl');

async function story(asWas: boolean) {
  const documents = (await readDocuments([FIXTURE], { threads: 1 })).documents;
  const enrichments = documents.map((d) => enrichDocument(d));
  if (!asWas)
    for (const e of enrichments)
      for (const m of e.mentions) {
        delete m.was;
        delete m.wasType;
      }
  const { entities } = linkStory(documents, enrichments);
  const units = buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
  const { neighbors } = align(units, findRelations(documents));
  const unit = (start: string) => {
    const u = units.find((x) => x.text.startsWith(start));
    assert.ok(u, start);
    return u;
  };
  return { entities, enrichments, linked: (a: string, b: string) => neighbors.get(unit(a).id)?.has(unit(b).id) ?? false };
}

const WARNING = 'Iranian officials have said their response would not be limited to the Gulf and U.S. Interests';
const OIL = 'Ample supplies of OPEC crude weighing on world markets helped limit and then reverse oil price gains';

test("a name cut after a place's initials is no entity, but the aligner reads it as it was (Reuters 20101 / 21131)", async () => {
  const s = await story(true);
  assert.ok(!s.entities.some((e) => /^U\.S\. (Interests|Strike)$/.test(e.name)), s.entities.map((e) => e.name).join(' | '));
  const was = s.enrichments.flatMap((e) => e.mentions.filter((m) => m.was !== undefined).map((m) => `${m.text} < ${m.was}`));
  assert.ok(was.includes('U.S. < U.S. Interests') && was.includes('U.S. < U.S. Strike'), was.join(' | '));
  // Iran's warning and the oil price's reversal share the Gulf and the U.S., no statement
  assert.ok(!s.linked(WARNING, OIL));
  // read without the names that were (the place alone), they align
  assert.ok((await story(false)).linked(WARNING, OIL));
});
