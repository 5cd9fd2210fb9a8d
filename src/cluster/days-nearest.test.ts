// The nearest mention found by halving a story's days in order (days.ts) gives the gap a walk of every day gave:
// the same shortest distance, the same day and precision on a tie, on the days real articles name, while
// members come and go (the days in order are made again when a day comes or goes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocuments } from '../pipeline.ts';
import {
  absorbMentions,
  clearMentions,
  countMentions,
  emptyMentioned,
  gapDays,
  PRECISIONS,
  setMention,
  type Gap,
  type Mentioned,
  type MentionSlack,
  type TimeSide,
} from './days.ts';
import { documentFeatures, type Mention } from './features.ts';

// ECB+ dev: real articles naming days, months and years ("September 10, 2010", "in September", "since 2005")
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'cluster', 'ecbplus-dev.jsonl');
const docs = (await readDocuments([FIXTURE])).documents;
const mentionsOf = docs.map((d) => documentFeatures(d).mentions).filter((m) => m.length > 0);

const DAY = 86_400_000;

// the walk the halving replaced, as it was
function spanEnd(day: number, p: string): number {
  if (p === 'day') return day;
  const d = new Date(day * DAY);
  const end = p === 'month' ? Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0) : Date.UTC(d.getUTCFullYear(), 11, 31);
  return Math.floor(end / DAY);
}
const between = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, a0 - b1, b0 - a1);
function walk(m: Mentioned | undefined, first: number, last: number, slack: MentionSlack, best: Gap): Gap {
  if (!m) return best;
  for (const p of PRECISIONS) {
    if (slack[p] < 0) continue;
    for (const day of m[p].keys()) {
      const gap = between(day, spanEnd(day, p) + 1, first, last) + slack[p];
      if (gap < best.days || (gap === best.days && best.via && day < best.via.day)) best = { days: gap, published: best.published, via: { day, precision: p } };
    }
  }
  return best;
}
function walkedGap(a: TimeSide, b: TimeSide, slack: MentionSlack): Gap | null {
  if (a.firstTime === null || a.lastTime === null || b.firstTime === null || b.lastTime === null) return null;
  const published = between(a.firstTime / DAY, a.lastTime / DAY, b.firstTime / DAY, b.lastTime / DAY);
  const near = walk(a.mentioned, b.firstTime / DAY, b.lastTime / DAY, slack, { days: published, published });
  return walk(b.mentioned, a.firstTime / DAY, a.lastTime / DAY, slack, near);
}

const SLACKS: MentionSlack[] = [
  { day: 0, month: 7, year: -1 },
  { day: 2, month: 0, year: 30 },
  { day: 0, month: 0, year: 0 },
];

/** Periods around every day the sides name (before, on, after, inside a month, a fraction of a day off), and far. */
function periods(m: Mentioned): TimeSide[] {
  const out: TimeSide[] = [{ firstTime: 0, lastTime: 0 }];
  for (const p of PRECISIONS)
    for (const day of m[p].keys())
      for (const [from, to] of [
        [-40, -39.5],
        [-3.25, 2],
        [0, 0],
        [0.5, 0.75],
        [12, 12],
        [31, 400],
      ])
        out.push({ firstTime: (day + from) * DAY, lastTime: (day + to) * DAY });
  return out;
}

let compared = 0;
function same(side: TimeSide, other: TimeSide): void {
  for (const slack of SLACKS)
    for (const [a, b] of [
      [side, other],
      [other, side],
    ]) {
      assert.deepEqual(gapDays(a, b, slack), walkedGap(a, b, slack));
      compared++;
    }
}

test('the halving finds the gap, day and precision the walk found, as members come and go', () => {
  assert.ok(mentionsOf.length >= 100, `${mentionsOf.length} articles naming a day`);
  // dated long after the articles: every period below is more than the free days from it, so its days are read
  const story: TimeSide & { mentioned: Mentioned } = { firstTime: 25_000 * DAY, lastTime: 25_010.5 * DAY, mentioned: emptyMentioned() };
  const members: Mention[][] = [];
  for (const [i, mentions] of mentionsOf.entries()) {
    countMentions(story.mentioned, mentions, 1);
    members.push(mentions);
    // every fourth article, one member leaves as another came: as many days, other ones (a length check alone
    // would keep the old days in order)
    if (i % 4 === 3) countMentions(story.mentioned, members.splice(i % members.length, 1)[0], -1);
    if (i % 10 !== 0) continue;
    for (const at of periods(story.mentioned).filter((_, j) => j % 7 === i % 7)) same(at, story);
    // an article (its own mentions) against the story, both dated
    const article: TimeSide = { firstTime: (20_000 + i) * DAY, lastTime: (20_000 + i) * DAY, mentioned: emptyMentioned() };
    countMentions(article.mentioned as Mentioned, mentions, 1);
    for (const at of periods(story.mentioned).filter((_, j) => j % 13 === 0)) same(article, { ...story, firstTime: at.firstTime, lastTime: at.lastTime });
  }
  // another story's counts absorbed, a stored story's set, and a story let go
  const other = emptyMentioned();
  for (const mentions of mentionsOf.slice(0, 40)) countMentions(other, mentions, 1);
  same({ firstTime: 14_000 * DAY, lastTime: 14_001 * DAY }, story);
  absorbMentions(story.mentioned, other);
  for (const at of periods(story.mentioned).filter((_, j) => j % 11 === 0)) same(at, story);
  setMention(story.mentioned, 'day', 12_345, 1);
  same({ firstTime: 12_340 * DAY, lastTime: 12_340 * DAY }, story);
  clearMentions(story.mentioned);
  same({ firstTime: 12_340 * DAY, lastTime: 12_340 * DAY }, story);
  assert.ok(compared > 5_000, `${compared} gaps compared`);
});

test('a tie keeps the earliest day, and the precision met first on one day', () => {
  const side = { firstTime: 300 * DAY, lastTime: 300 * DAY, mentioned: emptyMentioned() };
  // days 90 and 110 are both 10 days from day 100 (the walk meets 110 first); a month starting on day 90 too
  for (const d of [110, 90, 95, 105]) countMentions(side.mentioned, [[d * DAY, d * DAY, 'day']], 1);
  countMentions(side.mentioned, [[90 * DAY, 119 * DAY, 'month']], 1);
  // more days than are walked, far off: the nearest is found by halving
  for (let d = 1000; d < 1012; d++) countMentions(side.mentioned, [[d * DAY, d * DAY, 'day']], 1);
  for (const at of [100, 99.5, 100.5, 89, 121, 60]) same({ firstTime: at * DAY, lastTime: at * DAY }, side);
  // inside the month that starts on day 90: no distance, through the month
  assert.deepEqual(gapDays({ firstTime: 100 * DAY, lastTime: 100 * DAY }, side, SLACKS[2])?.via, { day: 90, precision: 'month' });
  // without it: day 95 (4 days to day 100 by its end) before day 105 (5)
  side.mentioned.month.clear();
  countMentions(side.mentioned, [[200 * DAY, 200 * DAY, 'day']], 1);
  assert.deepEqual(gapDays({ firstTime: 100 * DAY, lastTime: 100 * DAY }, side, SLACKS[2])?.via, { day: 95, precision: 'day' });
});
