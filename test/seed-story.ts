// The seed story (examples/seeds) read and aligned as synthesis sees it: the units, their alignment and the source
// families, for unit tests of synthesis's steps on real text.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../src/pipeline.ts';
import { sourceFamiliesOf } from '../src/synthesize/sources.ts';
import { alignedUnits } from './aligned-story.ts';

export async function seedStory() {
  const seeds = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'seeds');
  const { documents } = await readDocuments([seeds], { threads: 1 });
  const { units, relations, al } = alignedUnits(documents);
  const families = sourceFamiliesOf(
    relations,
    documents.map((d) => d.id),
  );
  return { documents, units, al, families };
}
