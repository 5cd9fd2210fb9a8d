// A story's units and their alignment from a fixture of test/fixtures/synthesize, enriched and linked as the
// pipeline does (the align tests of src/synthesize read their stories through it).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import { readDocuments } from '../src/pipeline.ts';
import { findRelations } from '../src/provenance/index.ts';
import { align } from '../src/synthesize/align.ts';
import { buildUnits } from '../src/synthesize/units.ts';
import { ROOT } from './helpers.ts';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'synthesize');

/** `only`: a story of a larger fixture, its documents in the story's order. `unit` finds a sentence's unit by its
 * opening, `linked` whether two sentences' units align. */
export async function alignedStory(file: string, only?: string[]) {
  const read = (await readDocuments([join(FIXTURES, file)], { threads: 1 })).documents;
  const documents = only ? only.map((id) => read.find((d) => d.id === id)!) : read;
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
  return { units, neighbors, unit, linked };
}
