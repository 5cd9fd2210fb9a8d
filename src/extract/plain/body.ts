// The body of a scraped page: jusText-style classes with their context pass, the main block(s) of good lines
// (a block ends at a gap of non-good lines or at an end marker such as a related list or the comments),
// subheadings inside the body, and a reason by position for every other line (head, tail, gap).
import { LEAD_IN, alphaWords, type LineShape } from './shape.ts';
import { baseClass, reviseByContext } from './classify.ts';
import { inOtherLanguage } from './language.ts';
import { dateLine } from './dates.ts';
import { drop, type Line } from './line.ts';
import { REASON } from './reasons.ts';
import { WEIGHTS as W } from './weights.ts';

/** rule reasons after which the article does not resume */
const END_MARKERS = new Set<string>([REASON.related, REASON.comments, REASON.commentPolicy, REASON.tags, REASON.copyright, REASON.login]);
/** header and picture lines that sit between a standfirst and the body, or between paragraphs */
const TRANSPARENT = new Set<string>([REASON.timestamp, REASON.byline, REASON.photoCredit, REASON.caption, REASON.altText, REASON.advertisement]);
/** rule reasons that stand beside the items of a list of other stories */
const LIST_ITEM_MARKS = new Set<string>([REASON.timestamp, REASON.counter, REASON.headlineStamp, REASON.rank, REASON.photoCredit, REASON.caption]);

/** Mark a video teaser: the heading, its title, age and duration lines, and the one description paragraph after them. */
function markVideoBlocks(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].rule?.reason !== REASON.video || !/^\S+\s*[|:]/.test(lines[i].text)) continue;
    let marker = false;
    for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
      const l = lines[j];
      const r = l.rule?.reason;
      if (r === REASON.video || r === REASON.timestamp || r === REASON.counter) {
        marker = true;
        l.rule = { reason: REASON.video, strong: false };
      } else if (!l.rule && l.shape.headline) {
        l.rule = { reason: REASON.video, strong: false };
      } else if (!l.rule && marker) {
        l.rule = { reason: REASON.video, strong: false };
        break;
      } else break;
    }
  }
}

interface Block {
  start: number;
  end: number;
  chars: number;
  /** an end marker (related list, comments, tags, copyright) lies between the previous block and this one */
  markerBefore: boolean;
}

function goodBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let cur: Block | null = null;
  let gap = 0;
  let marker = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.cls === 'good') {
      if (cur && gap < W.blockGap && !marker) {
        cur.end = i;
        cur.chars += l.shape.chars;
      } else {
        cur = { start: i, end: i, chars: l.shape.chars, markerBefore: marker };
        blocks.push(cur);
      }
      gap = 0;
      marker = false;
    } else {
      gap++;
      if (l.rule && END_MARKERS.has(l.rule.reason)) marker = true;
    }
  }
  return blocks;
}

/** The main block and the other blocks big enough to be article text (none after an end marker). */
function keptBlocks(blocks: Block[]): Block[] {
  if (!blocks.length) return [];
  let main = 0;
  for (let b = 1; b < blocks.length; b++) if (blocks[b].chars > blocks[main].chars) main = b;
  // readers' comments after the article can outweigh it: the article is the biggest block before the first end marker
  const firstMarked = blocks.findIndex((b) => b.markerBefore);
  if (firstMarked > 0 && main >= firstMarked) {
    let early = 0;
    for (let b = 1; b < firstMarked; b++) if (blocks[b].chars > blocks[early].chars) early = b;
    if (blocks[early].chars >= blocks[main].chars * W.beforeMarkerShare) main = early;
  }
  const min = blocks[main].chars * W.otherBlockShare;
  const before: Block[] = [];
  let marker = false;
  for (let b = main - 1; b >= 0; b--) {
    marker ||= blocks[b + 1].markerBefore;
    if (!marker && blocks[b].chars >= min) before.push(blocks[b]);
  }
  const kept: Block[] = before.reverse();
  kept.push(blocks[main]);
  for (let b = main + 1; b < blocks.length; b++) {
    if (blocks[b].markerBefore) break;
    if (blocks[b].chars >= min) kept.push(blocks[b]);
  }
  return kept;
}

/** Lines that read as a sentence (a standfirst or a short closing line), not as a headline or a menu. */
export function sentenceLike(s: LineShape): boolean {
  return s.words.length >= 6 && s.fwDensity >= 0.2 && s.titleCase < W.titleCaseAt;
}

/** eld is asked about at most this many unexplained lines per document (it only names their reason) */
const LANGUAGE_CHECKS = 2;

/** Reason for a dropped line no rule explained, by where it stands. */
function placeReason(lines: Line[], i: number, where: 'head' | 'tail' | 'gap', language: string, relatedBefore: boolean, budget: { eld: number }): string {
  const l = lines[i];
  const s = l.shape;
  if (dateLine(l.text)) return REASON.timestamp;
  if (s.headline && !s.terminal) {
    if (relatedBefore) return REASON.related;
    // a run of headline-shaped lines (stamps, counters and credits between them) is a list of other stories
    for (const step of [-1, 1]) {
      for (let j = i + step, skipped = 0; j >= 0 && j < lines.length && skipped <= 3; j += step) {
        const o = lines[j];
        if (o.keep) break;
        if (o.rule) {
          skipped++;
          continue;
        }
        if (o.shape.headline && o.reason !== REASON.title) return REASON.related;
        break;
      }
    }
  }
  if (where === 'tail' && relatedBefore) return REASON.related;
  // an item of a list: a headline between its stamp, counter or picture credit
  if (where !== 'head' && s.words.length <= 30 && !(s.terminal && s.words.length >= 12)) {
    const near = [lines[i - 1]?.rule?.reason, lines[i + 1]?.rule?.reason];
    if (near.some((r) => r !== undefined && LIST_ITEM_MARKS.has(r))) return REASON.related;
  }
  if (s.words.length <= 3 && !s.terminal) return where === 'head' ? REASON.sectionLabel : REASON.navigation;
  if (budget.eld > 0 && !s.headline && alphaWords(s.words) >= 5) {
    budget.eld--;
    if (inOtherLanguage(l.text, language, s.words.length)) return REASON.otherLanguage;
  }
  if (where === 'head') return REASON.beforeArticle;
  if (where === 'tail') return REASON.afterArticle;
  return REASON.outsideArticle;
}

/** Where the article body starts and ends (line indexes). */
export interface BodyRange {
  bodyStart: number;
  bodyEnd: number;
}

/**
 * Classify the lines of a scraped page (not a record): classes, context pass, the main block(s) of good text,
 * subheadings inside them, and a reason for every line left out.
 */
export function classifyBody(lines: Line[], language: string): BodyRange {
  let bodyStart = 0;
  let bodyEnd = lines.length - 1;
  markVideoBlocks(lines);
  const initial = lines.map((l) => (l.rule ? 'bad' : baseClass(l.shape)));
  // short sentences and lead-ins ("He said no.", "According to the police:") side with article text next to them
  // so do lines of figures (a results table) between them
  const sentence = lines.map(
    (l) =>
      !l.rule &&
      !l.shape.headline &&
      l.shape.words.length >= 3 &&
      (l.shape.terminal || l.shape.numbers >= 2 || (LEAD_IN.test(l.text) && l.shape.words.length >= 4)),
  );
  const transparent = lines.map((l) => l.rule !== null && TRANSPARENT.has(l.rule.reason));
  const classes = reviseByContext(initial, sentence, transparent);
  lines.forEach((l, i) => (l.cls = classes[i]));
  const blocks = keptBlocks(goodBlocks(lines));
  const inBlock = new Array<boolean>(lines.length).fill(false);
  for (const b of blocks) for (let i = b.start; i <= b.end; i++) inBlock[i] = true;
  if (blocks.length) {
    bodyStart = Math.min(...blocks.map((b) => b.start));
    bodyEnd = Math.max(...blocks.map((b) => b.end));
  } else {
    // no good paragraph at all (a very short text): sentences are the article
    bodyStart = lines.findIndex((l) => !l.rule && !l.shape.headline && l.shape.words.length >= 2);
    bodyEnd = lines.length - 1;
    if (bodyStart < 0) bodyStart = lines.length;
    for (let i = bodyStart; i < lines.length; i++) inBlock[i] = true;
  }
  let relatedBefore = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.rule) {
      drop(l, l.rule.reason);
      if (l.rule.reason === REASON.related && i > bodyEnd) relatedBefore = true;
      // "1", "2" ... in a list of other stories
      if (l.rule.reason === REASON.counter && i > bodyEnd && relatedBefore && /^\d{1,2}$/.test(l.text.trim())) l.reason = REASON.rank;
      continue;
    }
    if (inBlock[i]) {
      // a headline-shaped line between paragraphs is a subheading: a label, not article text
      const subheading = initial[i] !== 'good' && l.shape.headline && !l.shape.terminal && l.shape.words.length <= W.subheadingMaxWords;
      if (dateLine(l.text)) drop(l, REASON.timestamp);
      else if (!subheading) l.keep = true;
      else drop(l, REASON.subheading);
      continue;
    }
    l.keep = false;
  }
  // names for dropped lines, now that every line's fate is known (headline runs look at their neighbours)
  relatedBefore = false;
  const budget = { eld: LANGUAGE_CHECKS };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.rule?.reason === REASON.related && i > bodyEnd) relatedBefore = true;
    if (l.keep || l.reason) continue;
    const where = i < bodyStart ? 'head' : i > bodyEnd ? 'tail' : 'gap';
    l.reason = placeReason(lines, i, where, language, relatedBefore, budget);
  }
  // a run of subheadings is a list of links, not the article's own headings
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].reason !== REASON.subheading) continue;
    const run = [i];
    while (run.length && lines[run[run.length - 1] + 1]?.reason === REASON.subheading) run.push(run[run.length - 1] + 1);
    if (run.length >= 3) for (const j of run) lines[j].reason = REASON.related;
    i = run[run.length - 1];
  }
  return { bodyStart, bodyEnd };
}
