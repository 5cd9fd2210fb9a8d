// A briefing line cites no sentence that shares with it only the story's setting -- the words every article of the
// story writes ("fire", "Waitrose", "Wellington") -- on the eleven real ECB+ articles of the Wellington Waitrose fire
// (topic 14, ecbplus), through provenance and enrichment as the pipeline runs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { paragraphDocuments } from '../../test/paragraph-documents.ts';
import { buildUnits, type Unit } from './units.ts';
import { citations, settingKeys } from './briefing.ts';
import { ROOT } from '../../test/helpers.ts';
import { asOneStory } from '../../test/one-story.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

const WAITROSE = join(ROOT, 'test', 'fixtures', 'synthesize', 'ecbplus-14-waitrose.jsonl');

const CALLED = 'The fire service was called at 06:00 BST to the Waitrose store in High Street, Wellington, on Sunday.';
const CHARGED =
  'Robert Pitman, aged 24 and from Wellington, was charged with arson following the fire at the Waitrose supermarket in the Somerset town at the weekend.';

test('the call-out line does not cite the arson charge, which shares only the fire, Waitrose and Wellington', async () => {
  const { documents, synthesis } = await asOneStory(WAITROSE);
  const text = (r: { document: string; sentence: number }) => documents.find((d) => d.id === r.document)!.sentences[r.sentence].text;
  const line = synthesis.briefing.find((l) => l.text === CALLED);
  assert.ok(line, 'the call-out line is in the briefing');
  const cited = line.support.map(text);
  assert.ok(!cited.includes(CHARGED), 'the charge is no backing of the call-out');
  // the sentences telling the hour, the store or the street stay cited
  assert.deepEqual(line.support.map((r) => `${r.document}#${r.sentence}`).sort(), ['14_1ecbplus#1', '14_2ecbplus#1', '14_3ecbplus#2', '14_8ecbplus#1']);
  // the charge still backs the arson line (its own claim: "charged ... arson" is no setting)
  const charged = synthesis.briefing.find((l) => l.text.startsWith('A man has been charged on suspicion of arson'));
  assert.ok(charged && charged.support.length >= 2);
});

const at = (units: Unit[], doc: string, sentence: number) => units.find((u) => u.doc === doc && u.sentence === sentence)!;

test('a story of fewer articles than BRIEFING.settingDocs has no setting; a figure is no setting', () => {
  const docs = paragraphDocuments([
    [CALLED],
    [CHARGED],
    ['Robert Pitman, 24, is accused of setting fire to the Waitrose store in Wellington shortly after 06:00 BST.'],
    ['A LARGE fire broke out at the Waitrose supermarket in Wellington town centre this morning (July 21).'],
  ]);
  const units = buildUnits({ documents: docs, enrichments: new Map(), entities: [], fallbackYear: 2013 });
  const byDoc = new Map<string, Unit[]>();
  for (const u of units) (byDoc.get(u.doc) ?? byDoc.set(u.doc, []).get(u.doc)!).push(u);
  const setting = settingKeys(byDoc, docs.length);
  assert.ok(setting.size > 0);
  const line = at(units, 'd0', 0);
  const refs = (us: Unit[]) => us.map((u) => `${u.doc}#${u.sentence}`);
  // d1 shares only setting words; d2 shares the hour (a figure) and "store"
  assert.deepEqual(refs(citations(line, [line, at(units, 'd1', 0), at(units, 'd2', 0)], byDoc, setting)), ['d0#0', 'd2#0']);
  // three articles: no setting, d1 backs the line as before
  const three = new Map([...byDoc].slice(0, 3));
  assert.equal(settingKeys(three, 3).size, 0);
  assert.deepEqual(refs(citations(line, [line, at(units, 'd1', 0), at(units, 'd2', 0)], three)), ['d0#0', 'd1#0', 'd2#0']);
});
