// A story's units and their alignment as synthesis sees them: its documents enriched and linked as the pipeline
// does, their units built and aligned. The align tests of src/synthesize read their stories of
// test/fixtures/synthesize through `alignedStory`; test/seed-story.ts reads the seeds through `alignedUnits`.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import type { TextDocument } from '../src/model.ts';
import { readDocuments } from '../src/pipeline.ts';
import { findRelations } from '../src/provenance/index.ts';
import { align } from '../src/synthesize/align.ts';
import { buildUnits } from '../src/synthesize/units.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'synthesize');

/** The documents' units, their copy relations and the units' alignment. */
export function alignedUnits(documents: TextDocument[]) {
  const enrichments = documents.map((d) => enrichDocument(d));
  const { entities } = linkStory(documents, enrichments);
  const units = buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
  const relations = findRelations(documents);
  return { units, relations, al: align(units, relations) };
}

/** `only`: a story of a larger fixture, its documents in the story's order. `unit` finds a sentence's unit by its
 * opening, `linked` whether two sentences' units align. */
export async function alignedStory(file: string, only?: string[]) {
  const read = (await readDocuments([join(FIXTURES, file)], { threads: 1 })).documents;
  const documents = only ? only.map((id) => read.find((d) => d.id === id)!) : read;
  const { units, al } = alignedUnits(documents);
  const { neighbors } = al;
  const unit = (start: string) => {
    const u = units.find((x) => x.text.startsWith(start));
    assert.ok(u, start);
    return u;
  };
  const linked = (a: string, b: string) => neighbors.get(unit(a).id)?.has(unit(b).id) ?? false;
  return { units, neighbors, unit, linked };
}
