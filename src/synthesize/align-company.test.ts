// Two sentences naming the same companies, each saying much else and sharing one common word besides, state two things
// about the companies: the names count once (align's sharedNames). Real text: Reuters' Hughes Tool / Baker International
// story of March 1987 (r3k, 11 articles), whose lead sentences ("The directors of Hughes Tool Co <HT> said they would
// recommend ... reject a merger with Baker International Corp", "Hughes Tool Co said its board has appointed a
// committee ...", "Baker International corp said it has filed suit ...") made one claim of six sources; and the Calny /
// PepsiCo suit (r3k, 4 articles), where a director's resignation supported the suit's allegation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import { enrichDocument, linkStory } from '../enrich/index.ts';
import { findRelations } from '../provenance/index.ts';
import { buildUnits } from './units.ts';
import { align } from './align.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'synthesize');

/** A story's units and their alignment, enriched and linked as the pipeline does; `unit` finds a sentence's unit. */
async function aligned(file: string) {
  const documents = (await readDocuments([join(FIXTURES, file)], { threads: 1 })).documents;
  const enrichments = documents.map((d) => enrichDocument(d));
  const { entities } = linkStory(documents, enrichments);
  const units = buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
  const { neighbors } = align(units, findRelations(documents));
  const unit = (start: string) => {
    const u = units.find((x) => x.text.startsWith(start));
    assert.ok(u, start);
    return u;
  };
  const linked = (a: string, b: string) => neighbors.get(unit(a).id)?.has(unit(b).id) ?? false;
  return { units, unit, linked };
}

test('company notices sharing the companies and "merger" are two statements; the rejection told twice is one', async () => {
  const { unit, linked } = await aligned('reuters-hughes-kistler.jsonl');
  assert.ok(unit('The directors of Hughes Tool Co').companies.length >= 2, 'Hughes Tool Co and Baker International Corp are companies');
  const reject = 'The directors of Hughes Tool Co';
  for (const other of [
    'Hughes Tool Co said its board has appointed a committee',
    'Baker International corp said it has filed suit',
    'Hughes Tool Co Chairman W.A. Kistler said its counter proposal',
    'Baker International Corp treasurer Eric Mattson said',
    'Hughes Tool Co rose one to 12-1/4',
  ])
    assert.equal(linked(reject, other), false, other);
  assert.equal(linked('Baker International corp said it has filed suit', 'Hughes Tool Co Chairman W.A. Kistler said its counter proposal'), false);
  // "reject a merger" / "its rejection of a proposed merger": the same board decision, still aligned
  assert.ok(linked(reject, 'A one billion dlr lawsuit pushed Hughes Tool Co into an about-face'), 'the rejection');
  // the suit told by two articles, and the adjourned meeting, still align (they share what happened)
  assert.ok(
    linked('The directors of Baker immediately after receiving the counter proposal filed', 'Baker filed a lawsuit in Texas state court late yesterday'),
  );
  assert.ok(linked("Hughes' board today again adjourned a shareholders meeting", 'Earlier today, Hughes adjourned a shareholders meeting'));
});

test("a director's resignation over a suit is not the suit's allegation, nor its filing another's comment on it", async () => {
  const { linked } = await aligned('reuters-calny-pepsico.jsonl');
  const resigning = 'Calny Inc director and former president and chief executive officer said he is resigning';
  assert.equal(linked('The company further alleges that PepsiCo and La Petite Boulangerie', resigning), false);
  const lose = 'In a statement, Larvive said the suit is a "lose-lose" situation';
  assert.equal(linked('Calny Inc said it has filed a multi-million-dlr suit', lose), false);
  assert.equal(linked('Calny, which holds 15 La Petite Boulangerie franchises, alleges', lose), false);
});
