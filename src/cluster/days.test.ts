import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../text/index.ts';
import type { Article } from '../model.ts';
import { documentFeatures } from './features.ts';
import { absorbMentions, clearMentions, countMentions, emptyMentioned, gapDays, mentionLabel, publishedGap, restoreMentions, type Mentioned } from './days.ts';
import { loadLanguageModel } from '../common/language.ts';

await loadLanguageModel();

function doc(paragraphs: string[], published: string | null) {
  const a: Article = { id: 'd', source: 'test', url: null, title: 'T', outlet: null, byline: [], published, paragraphs, removed: [], order: 0 };
  return analyzeText(a);
}

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(iso);
const labels = (paragraphs: string[], published: string | null) =>
  documentFeatures(doc(paragraphs, published)).mentions.map(([start, , p]) => `${p} ${mentionLabel(start / DAY, p)}`);

// Sentences from ECB+ topic 22 (the Kraft shooting and its 2012 trial).
test('the days, months and years a text names, with the year the publication date implies when none is written', () => {
  assert.deepEqual(labels(['The shooting on September 10, 2010 left two dead.'], '2012-09-10'), ['day September 10, 2010']);
  assert.deepEqual(labels(['She was suspended in Sept. 2010 and charged 10 Sept 2010.'], null), ['month September 2010', 'day September 10, 2010']);
  // no year written: the nearest such day to publication (a December article naming January means the next one)
  assert.deepEqual(labels(['The trial was set for January 12, after the shooting in September.'], '2010-12-08'), [
    'day January 12, 2011',
    'month September 2010',
  ]);
  assert.deepEqual(labels(['Hiller had worked there since 2005.'], '2010-09-10'), ['year 2005']);
  // undated and no year written: nothing to resolve against
  assert.deepEqual(labels(['The trial was set for January 12.'], null), []);
});

test('time distance: the publication gap, or a shorter one through a day or month one side names', () => {
  const slack = { day: 0, month: 7, year: -1 };
  const shooting = { firstTime: day('2010-09-10'), lastTime: day('2010-09-11') };
  const trial = { firstTime: day('2012-09-10'), lastTime: day('2012-09-10'), mentioned: emptyMentioned() };
  assert.equal(gapDays(shooting, trial, slack)?.days, 730);
  assert.equal(gapDays(shooting, { firstTime: null, lastTime: null }, slack), null, 'undated: no evidence');
  countMentions(trial.mentioned, [[day('2010-09-10'), day('2010-09-10'), 'day']], 1);
  const bridged = gapDays(shooting, trial, slack);
  assert.equal(bridged?.days, 0);
  assert.equal(bridged?.published, 730);
  assert.equal(bridged && mentionLabel(bridged.via!.day, bridged.via!.precision), 'September 10, 2010');
  // a month counts with its slack; a year not at all
  const later = { firstTime: day('2010-12-07'), lastTime: day('2010-12-07'), mentioned: emptyMentioned() };
  countMentions(
    later.mentioned,
    [
      [day('2010-09-01'), day('2010-09-30'), 'month'],
      [day('2010-01-01'), day('2010-12-31'), 'year'],
    ],
    1,
  );
  assert.equal(gapDays(shooting, later, slack)?.days, 7);
  // uncounting takes it back
  countMentions(later.mentioned, [[day('2010-09-01'), day('2010-09-30'), 'month']], -1);
  assert.equal(Math.round(gapDays(shooting, later, slack)?.days ?? 0), 87);
});

test('publishedGap is the publication gap gapDays reports, null when either side is undated', () => {
  const at = (first: string | null, last: string | null) => ({ firstTime: first ? day(first) : null, lastTime: last ? day(last) : null });
  const sides = [
    at('2010-09-10', '2010-09-12'),
    at('2012-09-10', '2012-09-10T18:30:00Z'),
    at('2010-09-11', '2010-09-11'),
    at(null, null),
    at('2011-01-01T06:00:00Z', '2011-03-01'),
  ];
  for (const a of sides) {
    for (const b of sides) {
      const gap = gapDays(a, b, { day: 0, month: 0, year: 0 });
      assert.equal(publishedGap(a, b), gap === null ? null : gap.published);
    }
  }
  assert.equal(publishedGap(sides[0], sides[1]), (day('2012-09-10') - day('2010-09-12')) / DAY);
});

test("a side's mentions are walked only in the precisions it names (no iterator for an empty Map)", () => {
  let walks = 0;
  class Walked extends Map<number, number> {
    override keys() {
      walks++;
      return super.keys();
    }
  }
  const walked = () => ({ day: new Walked(), month: new Walked(), year: new Walked() });
  // every precision's slack within the publication gap: none is ruled out by it
  const slack = { day: 0, month: 7, year: 30 };
  const shooting = { firstTime: day('2010-09-10'), lastTime: day('2010-09-11'), mentioned: walked() };
  const f = documentFeatures(doc(['The shooting on September 10, 2010 left two dead.'], '2012-09-10'));
  const trial = { firstTime: f.time, lastTime: f.time, mentioned: walked() };
  countMentions(trial.mentioned, f.mentions, 1);
  const gap = gapDays(shooting, trial, slack);
  assert.equal(gap?.days, 0);
  assert.equal(gap?.published, 730);
  // the trial's days walked; its empty months and years, and the shooting's empty Maps, not
  assert.equal(walks, 1);
});

test("a precision a side's record counts no day of is not read; the counts follow counting, absorbing, restoring and clearing", () => {
  // Maps that count the reads of their size (the walk's first look at a Map)
  let reads = 0;
  class Counted extends Map<number, number> {
    override get size() {
      reads++;
      return super.size;
    }
  }
  // (an empty record's Maps swapped for empty counting ones: its counts, all 0, still hold)
  const counted = (m: Mentioned): Mentioned => Object.assign(m, { day: new Counted(), month: new Counted(), year: new Counted() });
  const slack = { day: 0, month: 7, year: 30 };
  // ECB+ topic 22: the trial's report names the shooting's day; the shooting's story names nothing
  const f = documentFeatures(doc(['The shooting on September 10, 2010 left two dead.'], '2012-09-10'));
  const shooting = { firstTime: day('2010-09-10'), lastTime: day('2010-09-11'), mentioned: counted(emptyMentioned()) };
  const trial = { firstTime: f.time, lastTime: f.time, mentioned: counted(emptyMentioned()) };
  countMentions(trial.mentioned, f.mentions, 1);
  assert.equal(gapDays(shooting, trial, slack)?.days, 0);
  // the trial's days read (it names one); its months and years, and all of the shooting's, not
  assert.equal(reads, 1);

  // the same records' counts against plain Maps (a record made elsewhere: every Map read), through every change
  const plain = (m: Mentioned) => ({ day: new Map(m.day), month: new Map(m.month), year: new Map(m.year) });
  const g = documentFeatures(doc(['She was suspended in Sept. 2010 and charged 10 Sept 2010.'], '2010-12-08'));
  const same = (m: Mentioned, label: string) => {
    const side = { firstTime: day('2013-01-01'), lastTime: day('2013-01-01'), mentioned: m };
    const copy = { ...side, mentioned: plain(m) };
    assert.deepEqual(gapDays(shooting, side, slack), gapDays(shooting, copy, slack), label);
  };
  const m = emptyMentioned();
  countMentions(m, g.mentions, 1);
  same(m, 'counted');
  countMentions(m, g.mentions, -1);
  same(m, 'uncounted');
  absorbMentions(m, trial.mentioned);
  same(m, 'absorbed');
  clearMentions(m);
  same(m, 'cleared');
  restoreMentions(m, { day: [...trial.mentioned.day], month: [[Math.floor(day('2010-09-01') / DAY), 1]] });
  same(m, 'restored');
  assert.ok((gapDays(shooting, { firstTime: day('2013-01-01'), lastTime: day('2013-01-01'), mentioned: m }, slack)?.days ?? 0) < 100);
});
