// The seed story (examples/seeds) read and aligned as synthesis sees it: the units, their alignment and the source
// families, for unit tests of synthesis's steps on real text.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../src/pipeline.ts';
import { enrichDocument, linkStory } from '../src/enrich/index.ts';
import { findRelations } from '../src/provenance/index.ts';
import { buildUnits } from '../src/synthesize/units.ts';
import { align } from '../src/synthesize/align.ts';
import { sourceFamiliesOf } from '../src/synthesize/sources.ts';

export async function seedStory() {
  const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'seeds');
  const { documents } = await readDocuments([seeds], { threads: 1 });
  const enrichments = documents.map((d) => enrichDocument(d));
  const { entities } = linkStory(documents, enrichments);
  const units = buildUnits({ documents, enrichments: new Map(documents.map((d, i) => [d.id, enrichments[i]])), entities, fallbackYear: null });
  const relations = findRelations(documents);
  const al = align(units, relations);
  const families = sourceFamiliesOf(
    relations,
    documents.map((d) => d.id),
  );
  return { documents, units, al, families };
}
