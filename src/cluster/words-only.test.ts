// A story pair that shares no space but its words (no names, figures or dates on one side) and no publication days:
// its three spaces left out counted `absentMerge` (0.6 each, 0.456 of the combined scale) and the merge bar was met
// at a raw words' cosine under 0.1 (names76: trafilatura-eval's Weihnachtsmarkt-Finder page and prof-pc.de's
// farewell merged at 0.454 on "PC", "erreichen", "meine", "Liste"). The fixture: 22 German pages of trafilatura-eval
// (github.com/adbar/trafilatura, evaluation pages; their extracted texts), unrelated to one another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readDocuments } from '../pipeline.ts';
import { clusterStories } from './index.ts';
import { WEIGHTS } from './weights.ts';

const PAGES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'cluster', 'german-pages.jsonl');
const { documents } = await readDocuments([PAGES]);

test('unrelated German pages with no names, figures or dates in common are not merged on a few shared words', () => {
  assert.equal(documents.length, 22);
  assert.ok(documents.every((d) => d.language === 'de' && d.published === null));
  const stories = clusterStories(documents);
  const joined = stories.filter((s) => s.documents.length > 1).map((s) => s.documents.join(' + '));
  assert.deepEqual(joined, []);
});

test('with the topic gate of pairs that share more than words, prof-pc.de merges with another page on its words alone', () => {
  const stories = clusterStories(documents, { weights: { wordsOnlyTopicKnee: WEIGHTS.topicKnee } });
  const profPc = stories.find((s) => s.documents.includes('prof-pc.de'));
  assert.equal(profPc?.documents.length, 2, JSON.stringify(stories.filter((s) => s.documents.length > 1).map((s) => s.documents)));
  const member = profPc?.members.find((m) => m.similarity < 1);
  // the pair's reason names terms only: no name, figure or date was shared
  assert.match(member?.reason ?? '', /merged with its group into this story: title \d\.\d\d, text \d\.\d\d; terms: /);
  assert.doesNotMatch(member?.reason ?? '', /names:|figures:|dates:/);
});
