// Where articles disagree: one quantity reported with different figures or dates, one remark quoted in
// different words (linked as quote variants), one remark put in different mouths.
import type { Claim, Discrepancy, DocId, DocumentFlags, Quote, SentenceRef, StoryDocument } from '../model.ts';
import { comparable, quoteWords, rareIn, rewords, sameRemark, wording } from './quotes.ts';
import { editDistance } from '../common/edit-distance.ts';
import { fold } from '../common/normalize.ts';
import { monthNames, weekdayNames } from '../common/calendar.ts';
import {
  ALIGN,
  EDITION_OFFSET_DAYS,
  PERIOD_ENDS,
  EVENT_DAYS_APART,
  NAME_SPELLING,
  NAME_SUFFIXES,
  FIGURE_CONJUNCTS,
  FIGURE_DAY_ROLES,
  FIGURE_OWNER,
  FIGURE_PART_WORDS,
  FIGURE_PERIOD_WORDS,
  FIGURE_ROLES,
  FIGURE_STAKE,
  FLAGGED_WORDING,
  MAX_FIGURES_COMPARED,
  NOT_QUANTITIES,
  QUOTE_WORDING_EXPLAINED,
  ROLE_WINDOW,
  RUNNING_COUNT_EXPLAINED,
  RUNNING_COUNT_UNDATED,
  RUNNING_COUNTS,
  SPEAKER_FOUND,
  TWO_WAY_RATE,
} from './lexicon.ts';
import { articleDay, type EventDate, eventDates, type StatedDate } from './dates.ts';
import { storedInstant } from '../common/date-bound.ts';
import { twoNotices, type WireHeadline } from './issuers.ts';
import type { DraftClaim } from './claims.ts';
import type { SourceFamilies } from './sources.ts';
import type { Unit, UnitFigure } from './units.ts';
import { nearAmounts, nearBeside } from './amounts.ts';
import { levelsApart, timesApart } from './figure-times.ts';
import { measuresApart } from './measures.ts';
import { ALIKE_CLASSES, amountClasses, byClassPair } from './alike.ts';

const speakerKey = (q: Quote) => q.speakerEntity ?? (q.speaker ? wording(q.speaker) : null);

/**
 * The story's quotes with `variants`: ids of quotes in other documents reporting the same remark. Candidates
 * share a rare word (inverted index over the story's quotes), so the cost stays within the story.
 */
export function linkQuoteVariants(quotes: Quote[], _families: SourceFamilies): Quote[] {
  // variants are quotes of other documents: a story whose quotes are all one document's (most stories are one
  // article) links none, and no quote's words are read
  if (quotes.every((q) => q.document === quotes[0].document)) return quotes.map(withoutVariants);
  // quotes of one text (a wire's remark in each of its copies) are one class: two quotes' outcome is their two
  // texts', so each pair of texts is compared once, and the pairs of their quotes take it (N copies of a story's
  // remarks cost N texts' comparisons, not N² quotes')
  const classOf = new Map<string, number>();
  const texts: string[] = [];
  const members: number[][] = [];
  const cls = quotes.map((q, i) => {
    let c = ALIKE_CLASSES.on ? classOf.get(q.text) : undefined;
    if (c === undefined) {
      classOf.set(ALIKE_CLASSES.on ? q.text : String(i), (c = texts.length));
      texts.push(q.text);
      members.push([]);
    }
    members[c].push(i);
    return c;
  });
  const words = texts.map((t) => quoteWords(t));
  // a word's quotes (counted quote by quote, as before: a class counts its quotes) and the classes holding it
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  words.forEach((ws, c) =>
    ws.forEach((w) => {
      df.set(w, (df.get(w) ?? 0) + members[c].length);
      const list = postings.get(w);
      if (list) list.push(c);
      else postings.set(w, [c]);
    }),
  );
  const variants = quotes.map(() => new Set<string>());
  const rare = rareIn(quotes.map((q) => q.text));
  // a pair of quotes is a candidate where they share a word in few quotes and stand in two documents (each pair of
  // classes met once); it links where the earlier quote's text is the same remark as the later's, comparably worded
  const same = new Map<number, boolean>();
  const outcome = (x: number, y: number) => {
    const key = x * texts.length + y;
    let v = same.get(key);
    if (v === undefined) same.set(key, (v = sameRemark(texts[x], texts[y], rare) && comparable(texts[x], texts[y])));
    return v;
  };
  const limit = Math.max(20, quotes.length / 4);
  words.forEach((ws, c) => {
    const met = new Set<number>();
    for (const w of ws) {
      if (df.get(w)! > limit) continue;
      for (const d of postings.get(w)!) {
        if (d < c || met.has(d)) continue;
        met.add(d);
        if (!outcome(c, d) && !outcome(d, c)) continue;
        for (const i of members[c])
          for (const j of members[d]) {
            if (i === j || quotes[i].document === quotes[j].document || (c === d && j < i)) continue;
            const [x, y] = i < j ? [i, j] : [j, i];
            if (!outcome(cls[x], cls[y])) continue;
            variants[x].add(quotes[y].id);
            variants[y].add(quotes[x].id);
          }
      }
    }
  });
  return quotes.map((q, i) => (variants[i].size ? { ...withoutVariants(q), variants: [...variants[i]].sort() } : withoutVariants(q)));
}

/** A quote without the variants it came with (linkQuoteVariants gives its own). */
function withoutVariants(q: Quote): Quote {
  const { variants: _old, ...rest } = q;
  return rest;
}

interface Context {
  /** ids of the story's entities that are people */
  personIds: Set<string>;
  drafts: DraftClaim[];
  claims: Claim[];
  quotes: Quote[];
  units: Unit[];
  documents: StoryDocument[];
  /** provenance flags: a difference involving a spun or translated article says so */
  flags?: Map<DocId, DocumentFlags>;
  /** the dates a sentence states against a reference day (statedDates, memoised for the story) */
  datesIn: (text: string, ref: Date | null) => StatedDate[];
  /** each document's wire headline and issuer (issuers.ts wireHeadline): two notices' figures and days are each their own */
  headlineOf: (doc: DocId) => WireHeadline | null;
}

function claimsTouching(refs: SentenceRef[], ctx: Context): string[] {
  const keys = new Set(refs.map((r) => `${r.document}#${r.sentence}`));
  const out: string[] = [];
  ctx.drafts.forEach((d, i) => {
    if (d.docs.length > 1 && d.members.some((m) => keys.has(`${m.doc}#${m.sentence}`))) out.push(ctx.claims[i].id);
  });
  return out;
}

function label(doc: DocId, docs: Map<DocId, StoryDocument>): string {
  const d = docs.get(doc);
  return d?.outlet ? `${d.outlet} (${doc})` : doc;
}

/** a mixed number glued when a copy lost its space or its "½" glyph ("41/2 months") */
const GLUED_FRACTION = /^(\d*)(\d)\/(\d+)/;

/** A figure as a reader should see it: a glued mixed number ("41/2 months", read as 4.5) written apart ("4 1/2 months"). */
export function showFigure(f: UnitFigure): string {
  const m = GLUED_FRACTION.exec(f.text);
  if (!m?.[1] || f.value !== Number(m[1]) + Number(m[2]) / Number(m[3])) return f.text;
  return `${m[1]} ${m[2]}/${m[3]}${f.text.slice(m[0].length)}`;
}

/** the number opening a figure's text, with its marks: "4 1/2 ", "41/2", "4-1/2", "412" */
const FIGURE_NUMBER = /^[\d\s/-]+/;
const digitsOf = (text: string) => (FIGURE_NUMBER.exec(text)?.[0] ?? '').replace(/\D/g, '');

/**
 * A copy that lost a fraction's slash writes its digits as one whole number ("served 412 months" beside "served
 * 41/2 months", a "4½" whose "⁄" was dropped): the whole number whose digits are those of a fraction another
 * sentence of the claim writes is read as that fraction. Other figures are returned as they are.
 */
export function slashLost<T extends { fig: UnitFigure }>(list: T[]): T[] {
  const fractions = new Map<string, number>();
  for (const x of list) if (x.fig.high === null && !Number.isInteger(x.fig.value) && x.fig.text.includes('/')) fractions.set(digitsOf(x.fig.text), x.fig.value);
  if (!fractions.size) return list;
  return list.map((x) => {
    const value = x.fig.high === null && Number.isInteger(x.fig.value) ? fractions.get(digitsOf(x.fig.text)) : undefined;
    return value === undefined || digitsOf(x.fig.text) !== String(x.fig.value) ? x : { ...x, fig: { ...x.fig, value } };
  });
}

/** the digits opening a figure's text */
const LEADING_DIGITS = /^\d+/;

/**
 * A two-way rate's figure after its slash ("70 pct" of "fell to 3.60/70 pct") as the range it writes (3.60 to 3.70
 * pct, TWO_WAY_RATE); other figures as they are.
 */
export function twoWayRate(sentence: string, f: UnitFigure): UnitFigure {
  if (f.high !== null || !Number.isInteger(f.value)) return f;
  const at = sentence.indexOf(`/${f.text}`);
  const m = at < 0 ? null : TWO_WAY_RATE.exec(sentence.slice(Math.max(0, at - 12), at + 1));
  const digits = LEADING_DIGITS.exec(f.text)?.[0];
  if (!m || digits === undefined || digits.length !== m[2].length) return f;
  const [value, high] = [Number(`${m[1]}.${m[2]}`), Number(`${m[1]}.${digits}`)];
  return high > value ? { ...f, value, high, low: value, top: high, text: `${m[0]}${f.text}` } : f;
}

/** A discrepancy, and whether it disputes the claims it touches (a wording that differs only in a spun or
 * translated copy is the rewriter's or the translator's: no independent disagreement). */
export interface Found {
  discrepancy: Discrepancy;
  disputes: boolean;
  /** a figure difference's quantity ("cables"), for `withinOther` */
  what?: string;
}
const disputing = (discrepancy: Discrepancy): Found => ({ discrepancy, disputes: true });

/**
 * Pairs of linked variant quotes, in different articles, one of which rewords the other (a cut, or words added
 * around it, is no other wording; two different quotes linked through a third are not compared).
 */
function rewordedPairs(group: Quote[], byId: Map<string, Quote>): Array<[Quote, Quote]> {
  const ids = new Set(group.map((g) => g.id));
  const out: Array<[Quote, Quote]> = [];
  // each pair of texts asked once (a wire's remark in its N copies is one text: N² pairs of quotes, few of texts)
  const textId = new Map<string, number>();
  const idOf = (t: string) => textId.get(t) ?? textId.set(t, textId.size).get(t)!;
  const asked = new Map<string, boolean>();
  const reworded = (a: string, b: string) => {
    if (!ALIKE_CLASSES.on) return rewords(a, b);
    const key = `${idOf(a)} ${idOf(b)}`;
    let v = asked.get(key);
    if (v === undefined) asked.set(key, (v = rewords(a, b)));
    return v;
  };
  for (const g of group)
    for (const v of g.variants ?? []) {
      const o = byId.get(v);
      if (o && ids.has(v) && g.id < v && o.document !== g.document && reworded(g.text, o.text)) out.push([g, o]);
    }
  return out;
}

/** The kinds of rewritten wording (spun, translated) a document is flagged for. */
const flaggedKinds = (doc: DocId, ctx: Context) => FLAGGED_WORDING.filter((k) => ctx.flags?.get(doc)?.[k.flag].detected);
const isFlagged = (doc: DocId, ctx: Context) => flaggedKinds(doc, ctx).length > 0;

/** What a reader must know of a difference one side of which is a spun or translated article: its words (and
 * figures) may be the rewriter's or the translator's, not the source's. Empty when no side is flagged. */
function flaggedNote(support: SentenceRef[], ctx: Context, docs: Map<DocId, StoryDocument>): string {
  const notes: string[] = [];
  const causes = new Set<string>();
  for (const doc of [...new Set(support.map((s) => s.document))].sort()) {
    const kinds = flaggedKinds(doc, ctx);
    if (!kinds.length) continue;
    notes.push(`${label(doc, docs)} is flagged as ${kinds.map((k) => k.as).join(' and ')}`);
    for (const k of kinds) causes.add(k.cause);
  }
  return notes.length ? ` ${notes.join('; ')}: the difference may come from ${[...causes].join(' or ')}, not from what was said or reported.` : '';
}

/** Figures: members of one claim giving one quantity (same thing counted) different values. */
function numberDiscrepancies(ctx: Context, docs: Map<DocId, StoryDocument>): Found[] {
  const out: Found[] = [];
  const split = splitsOf(ctx.units);
  ctx.drafts.forEach((d, i) => {
    if (d.docs.length < 2) return;
    // what -> member -> figures; only quantities with a known "what" are compared
    const byWhat = new Map<string, Array<{ unit: Unit; fig: UnitFigure }>>();
    // every figure each article's sentences in the claim state, with or without a "what"
    const stated = new Map<DocId, UnitFigure[]>();
    // (a two-way rate's figure read as its range)
    const figuresOf = (m: Unit) => (m.text.includes('/') ? m.figures.map((f) => twoWayRate(m.text, f)) : m.figures);
    for (const m of d.members) stated.set(m.doc, [...(stated.get(m.doc) ?? []), ...figuresOf(m)]);
    for (const m of d.members) {
      const seen = new Map<string, number>();
      const figures = figuresOf(m);
      const counted = figures.filter((f) => !(f.high === null && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100));
      // a sentence listing many figures ("23 pirates (12 Somali and 11 Yemeni)") gives them roles we cannot tell
      if (counted.length > MAX_FIGURES_COMPARED) continue;
      for (const f of figures) if (f.what) seen.set(f.what, (seen.get(f.what) ?? 0) + 1);
      for (const f of figures) {
        // a sentence counting one thing twice (10,000 then 40,000 troops) is not one quantity
        if (!f.what || seen.get(f.what)! > 1 || f.what.length < 3 || NOT_QUANTITIES.includes(f.what)) continue;
        if (Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100 && f.high === null) continue;
        byWhat.set(f.what, [...(byWhat.get(f.what) ?? []), { unit: m, fig: f }]);
      }
    }
    for (const [what, given] of byWhat) {
      const list = slashLost(given);
      const docsWith = new Set(list.map((x) => x.unit.doc));
      if (docsWith.size < 2) continue;
      const values = new Map<string, Array<{ unit: Unit; fig: UnitFigure }>>();
      for (const x of list) {
        const k = x.fig.high !== null ? `${x.fig.value}-${x.fig.high}` : String(x.fig.value);
        values.set(k, [...(values.get(k) ?? []), x]);
      }
      if (values.size < 2) continue;
      // an article giving both values is not two outlets disagreeing, even when it writes the other bare
      // ("20 points and now has 2,302 for his career"; "six arrests Wednesday, compared to 47")
      const docSets = [...values.values()].map((v) => new Set(v.map((x) => x.unit.doc)));
      if (docSets.some((a, i) => docSets.some((b, j) => j > i && [...a].some((doc) => b.has(doc))))) continue;
      const groups = [...values.values()];
      const states = (doc: DocId, v: UnitFigure) => (stated.get(doc) ?? []).some((f) => f.value === v.value && f.high === v.high);
      if (groups.some((a, i) => groups.some((b, j) => j !== i && a.some((x) => states(x.unit.doc, b[0].fig))))) continue;
      // ranges, bounds ("more than 8") and estimates ("about 40") agree with what they allow; people killed
      // and people injured are two counts ("killing at least 10 people" / "injuring five people")
      const roles = groups.map((g) => new Set(g.map((x) => figureRole(x.unit.text, x.fig))));
      // a figure dated to a period of its own ("In January, five cables") counts another time's things
      // and "12 worst-hit villages" counts a part of what "five villages" does
      // and "420 passengers and crew" counts more than "246 passengers"
      const periods = groups.map((g) => new Set(g.map((x) => `${figurePeriod(x.unit.text)}|${figurePart(x.fig.text)}|${figureConjunct(x.unit.text, x.fig)}`)));
      // and "2,100,000 common shares of Computer Factory Inc" counts another's shares than "110 mln shares of ... MFS"
      const owners = groups.map((g) => new Set(g.map((x) => figureOwner(x.unit.text, x.fig))));
      const sameOwner = (i: number, j: number) => owners[i].has(null) || owners[j].has(null) || [...owners[i]].some((o) => owners[j].has(o));
      // and a holding ("1,262,200 shares, or about 6.7 pct of Clark's outstanding common stock") is another
      // count than the shares a deal buys or offers ("purchased 1,339,000 shares", "a tender offer for up to 2,500,000")
      const stakes = groups.map((g) => new Set(g.map((x) => figureStake(x.unit.text, x.fig))));
      // and a change taking effect on one day is another change than one taking effect on another (FIGURE_DAY_ROLES)
      const roleDays = groups.map((g) => new Set(g.flatMap((x) => figureDays(x.unit, ctx, docs))));
      const sameDays = (i: number, j: number) =>
        FIGURE_DAY_ROLES.every((r) => {
          const [a, b] = [[...roleDays[i]].filter((k) => k.startsWith(`${r}|`)), [...roleDays[j]].filter((k) => k.startsWith(`${r}|`))];
          return !a.length || !b.length || a.some((k) => roleDays[j].has(k));
        });
      // and two issuers' notices ("DIVIDEND" headlines of two companies) count each its own
      const headline = (x: { unit: Unit }) => ctx.headlineOf(x.unit.doc);
      const oneIssuer = (i: number, j: number) => groups[i].some((x) => groups[j].some((y) => !twoNotices(headline(x), headline(y), x.unit.text, y.unit.text)));
      // and a part is no other count than its whole when an article of the whole gives the part and the rest ("4.8
      // mln shares" and "four mln of the shares will be sold in the United States and 800,000 shares ... abroad"
      // against another's "four mln shares")
      const partOf = (i: number, j: number) => groups[i].some((x) => groups[j].some((y) => split(y.unit.doc, y.fig.value, x.fig.value)));
      // and figures of other times ("over the first 29 days of the month" a day before "the first 30 days of March")
      // count two days' things (figure-times.ts)
      const apartInTime = (i: number, j: number) => groups[i].every((x) => groups[j].every((y) => timesApart(x.unit, x.fig, y.unit, y.fig)));
      // and of other measures ("The management fee is 25 basis points" / "The underwriting fee is five basis points")
      const measuredApart = (i: number, j: number) => groups[i].every((x) => groups[j].every((y) => measuresApart(x.unit, x.fig, y.unit, y.fig)));
      const comparable = (i: number, j: number) =>
        !partOf(i, j) &&
        !apartInTime(i, j) &&
        !measuredApart(i, j) &&
        !partOf(j, i) &&
        [...roles[i]].some((r) => [...roles[j]].some((o) => sameCount(r, o))) &&
        [...periods[i]].some((p) => periods[j].has(p)) &&
        sameOwner(i, j) &&
        [...stakes[i]].some((k) => stakes[j].has(k)) &&
        sameDays(i, j) &&
        oneIssuer(i, j);
      // each value's figure as written by a sentence that wrote it so (not one slashLost read)
      const figOf = (v: Array<{ unit: Unit; fig: UnitFigure }>) => (v.find((x) => given.includes(x)) ?? v[0]).fig;
      const points = groups.map(figOf);
      // the figures that disagree with a figure of the same count; one of another count ("Ten people were killed"
      // beside "injured two people" / "injuring five people") is not shown as a side of the disagreement
      const differs = points.map((p, i) => points.some((q, j) => p !== q && !overlaps(p, q) && comparable(i, j)));
      if (!differs.includes(true)) continue;
      const shown = groups.filter((_, i) => differs[i]);
      const sides = new Set(shown.flat());
      const support = list.filter((x) => sides.has(x)).map((x) => ({ document: x.unit.doc, sentence: x.unit.sentence }));
      const docsOf = (v: Array<{ unit: Unit }>) => [...new Set(v.map((x) => x.unit.doc))];
      // a running count that grows with the articles' dates is an update: said so, the claim not disputed
      const update = runningUpdate(shown, docs);
      // each side's figure and articles; with their dates where the articles' order is what the sides say
      const side = (v: Array<{ unit: Unit; fig: UnitFigure }>, dated: boolean) =>
        `${showFigure(figOf(v))} (${docsOf(v)
          .map((doc) => (dated ? `${label(doc, docs)}, ${docs.get(doc)!.published}` : label(doc, docs)))
          .join(dated ? '; ' : ', ')})`;
      if (update) {
        // (an undated article leaves the order unknown: the figures differ, perhaps as an update)
        const parts = update.sides.map((v) => side(v, !update.undated));
        const detail = update.undated
          ? `Figures for "${what}" differ: ${parts.join(' vs ')}${RUNNING_COUNT_UNDATED}`
          : `Figures for "${what}" grow with the articles' dates: ${parts.join(' then ')}${RUNNING_COUNT_EXPLAINED}`;
        out.push({
          discrepancy: { kind: 'number', detail: `${detail}${flaggedNote(support, ctx, docs)}`, claims: [ctx.claims[i].id], support },
          disputes: false,
          what,
        });
        continue;
      }
      const parts = shown.map((v) => side(v, false));
      out.push({
        ...disputing({
          kind: 'number',
          detail: `Figures for "${what}" differ: ${parts.join(' vs ')}.${flaggedNote(support, ctx, docs)}`,
          claims: [ctx.claims[i].id],
          support,
        }),
        what,
      });
    }
  });
  return out;
}

/** Amounts (amounts.ts nearAmounts, nearBeside): members of one claim in different articles that give one amount with
 * near but different figures ("Brazil's 108 billion dlr foreign debt" / "109 billion dlr debt"), alone or beside
 * figures they share. An article giving both is no side. */
function amountDiscrepancies(ctx: Context, docs: Map<DocId, StoryDocument>): Found[] {
  const out: Found[] = [];
  // a pair's near figures (nearAmounts, else nearBeside), as places in the two sentences' figures: asked once per
  // ordered pair of amount classes (N copies of a wire's sentence in one claim are N² pairs, alike)
  const classOf = amountClasses(ctx.units);
  const nearAt = byClassPair(classOf, (a: Unit, b: Unit): [number, number] | null => {
    const near = nearAmounts(a, b) ?? nearBeside(a, b);
    return near && [a.figures.indexOf(near[0]), b.figures.indexOf(near[1])];
  });
  ctx.drafts.forEach((d, i) => {
    if (d.docs.length < 2 || noNearPair(d.members, classOf, nearAt)) return;
    // each figure's value -> its figure as first written, the articles and sentences giving it
    const sides = new Map<number, { fig: UnitFigure; docs: Set<DocId>; support: SentenceRef[] }>();
    const add = (u: Unit, f: UnitFigure) => {
      let side = sides.get(f.value);
      if (!side) sides.set(f.value, (side = { fig: f, docs: new Set(), support: [] }));
      if (!side.support.some((r) => r.document === u.doc && r.sentence === u.sentence)) side.support.push({ document: u.doc, sentence: u.sentence });
      side.docs.add(u.doc);
    };
    const ms = d.members;
    for (let j = 0; j < ms.length; j++)
      for (let l = j + 1; l < ms.length; l++) {
        const at = ms[j].doc === ms[l].doc ? null : nearAt(ms[j], ms[l]);
        if (!at) continue;
        const near = [ms[j].figures[at[0]], ms[l].figures[at[1]]];
        // two issuers' notices, or two editions of one, give each its own figures (as for counts and days); a level
        // told weeks before or after another article's figure is another day's (figure-times.ts levelsApart)
        if (twoNotices(ctx.headlineOf(ms[j].doc), ctx.headlineOf(ms[l].doc), ms[j].text, ms[l].text)) continue;
        if (levelsApart(ms[j], near[0], ms[l], near[1])) continue;
        // a two-way rate is its range ("3.60/70 pct" / "3.65/75 pct": 3.60 to 3.70 and 3.65 to 3.75 pct overlap)
        const [a, b] = [twoWayRate(ms[j].text, near[0]), twoWayRate(ms[l].text, near[1])];
        if ((a !== near[0] || b !== near[1]) && overlaps(a, b)) continue;
        add(ms[j], a);
        add(ms[l], b);
      }
    if (sides.size < 2) return;
    const list = [...sides.values()];
    if (list.some((x, k) => list.some((y, l) => l > k && [...x.docs].some((doc) => y.docs.has(doc))))) return;
    const support = list.flatMap((x) => x.support);
    const parts = list.map((x) => `${showFigure(x.fig)} (${[...x.docs].map((doc) => label(doc, docs)).join(', ')})`);
    out.push(
      disputing({ kind: 'number', detail: `Figures differ: ${parts.join(' vs ')}.${flaggedNote(support, ctx, docs)}`, claims: [ctx.claims[i].id], support }),
    );
  });
  return out;
}

/** Do a claim's members fall in few amount classes (copies of a wire's sentences), no two of which (nor one with
 * itself) give near figures? Then no pair of them does, and they are not walked. False when walking the pairs of
 * members is no more work than asking every ordered pair of their classes. */
function noNearPair(ms: Unit[], classOf: Int32Array, nearAt: (a: Unit, b: Unit) => [number, number] | null): boolean {
  const firsts = new Map<number, Unit>();
  for (const m of ms) if (!firsts.has(classOf[m.id])) firsts.set(classOf[m.id], m);
  const k = firsts.size;
  if (k * k >= (ms.length * (ms.length - 1)) / 2) return false;
  for (const a of firsts.values()) for (const b of firsts.values()) if (nearAt(a, b) !== null) return false;
  return true;
}

/**
 * Does a sentence of article `doc` split `whole` into `part` and the rest: two exact figures of it, `part` and one
 * making up the whole with it ("four mln of the shares ... in the United States and 800,000 shares ... abroad" of 4.8
 * mln)? The story's units by article, gathered on the first asking.
 */
export function splitsOf(units: Unit[]): (doc: DocId, whole: number, part: number) => boolean {
  let byDoc: Map<DocId, Unit[]> | null = null;
  return (doc, whole, part) => {
    if (!(part > 0 && part < whole)) return false;
    if (!byDoc) {
      byDoc = new Map();
      for (const u of units) byDoc.set(u.doc, [...(byDoc.get(u.doc) ?? []), u]);
    }
    const rest = whole - part;
    const near = (a: number, b: number) => Math.abs(a - b) <= whole * 1e-9;
    return (byDoc.get(doc) ?? []).some((u) => {
      const at = u.figures.findIndex((f) => f.high === null && near(f.value, part));
      return at >= 0 && u.figures.some((f, i) => i !== at && f.high === null && near(f.value, rest));
    });
  };
}

/** a sentence's words, as roles are read */
const LETTERS = /\p{L}+/gu;
const RUNNING_ROLES = new Set(RUNNING_COUNTS.roles);
const RUNNING_WORDS = new Set(RUNNING_COUNTS.words);
const RUNNING_SPANS = new Set(RUNNING_COUNTS.spans);
const RUNNING_UNREST = new Set(RUNNING_COUNTS.unrest);

/** Is a figure a running count (RUNNING_COUNTS): a toll by its role, or one a growth word stands before? */
export function runningCount(sentence: string, f: UnitFigure): boolean {
  const role = figureRole(sentence, f);
  if (role !== null && RUNNING_ROLES.has(role)) return true;
  const at = sentence.indexOf(f.text);
  if (at < 0) return false;
  if ((sentence.slice(0, at).toLowerCase().match(LETTERS) ?? []).slice(-RUNNING_COUNTS.window).some((w) => RUNNING_WORDS.has(w))) return true;
  // an unrest's length so far ("five days of rioting")
  const own = f.text.toLowerCase().match(LETTERS) ?? [];
  if (!own.some((w) => RUNNING_SPANS.has(w))) return false;
  const after = (
    sentence
      .slice(at + f.text.length)
      .toLowerCase()
      .match(LETTERS) ?? []
  ).slice(0, RUNNING_COUNTS.after);
  return after[0] === 'of' && after.some((w) => RUNNING_UNREST.has(w));
}

/** Was an article published before another? By instant when both give a time (zones applied: as text,
 * "T23:00-05:00" came before "T01:00Z" the next day), else by day; undated is never before. */
export function publishedBefore(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  if (a.length <= 10 || b.length <= 10) return a.slice(0, 10) < b.slice(0, 10);
  const [x, y] = [storedInstant(a), storedInstant(b)];
  return x !== null && y !== null && x < y;
}

/**
 * The sides of a figure difference in the order of their values, when it is a running count's update: every side
 * a running count, and every article of a smaller value published before every article of a larger one
 * (RUNNING_COUNTS); `undated` when an article without a date leaves some of that order unknown (and no dated pair
 * goes against it); null otherwise.
 */
function runningUpdate<T extends { unit: Unit; fig: UnitFigure }>(sides: T[][], docs: Map<DocId, StoryDocument>): { sides: T[][]; undated: boolean } | null {
  if (!sides.every((v) => v.some((x) => runningCount(x.unit.text, x.fig)))) return null;
  const ordered = [...sides].sort((a, b) => a[0].fig.value - b[0].fig.value);
  let undated = false;
  for (let k = 1; k < ordered.length; k++)
    for (const x of ordered[k - 1])
      for (const y of ordered[k]) {
        const [a, b] = [docs.get(x.unit.doc)?.published, docs.get(y.unit.doc)?.published];
        if (!a || !b) undated = true;
        else if (!publishedBefore(a, b)) return null;
      }
  return { sides: ordered, undated };
}

const ROLE_OF = new Map(FIGURE_ROLES.filter((r) => !r.after).flatMap((r) => r.words.map((w) => [w, r.role] as const)));
const ROLE_AFTER = new Map(FIGURE_ROLES.flatMap((r) => r.words.map((w) => [w, r.role] as const)));
/** Roles that compare only with themselves (lexicon.ts). */
const OWN_ROLES = new Set(FIGURE_ROLES.filter((r) => r.own).map((r) => r.role));
/** Whether figures with these roles may count one thing: the same role, or an unknown one beside a role that is not `own`. */
const sameCount = (r: string | null, o: string | null) => r === o || (r === null && !OWN_ROLES.has(o!)) || (o === null && !OWN_ROLES.has(r!));

/**
 * What happened to what a figure counts, from the words around it: the nearest role word in the few words
 * before it ("killing at least 10 people"), else just after it ("Ten people were killed"); null when none.
 */
function figureRole(sentence: string, f: UnitFigure): string | null {
  const at = sentence.indexOf(f.text);
  if (at < 0) return null;
  const words = (s: string) => s.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const before = words(sentence.slice(0, at)).slice(-ROLE_WINDOW.before).reverse();
  const after = words(sentence.slice(at + f.text.length)).slice(0, ROLE_WINDOW.after);
  const role = before.find((w) => ROLE_OF.has(w));
  if (role !== undefined) return ROLE_OF.get(role)!;
  const next = after.find((w) => ROLE_AFTER.has(w));
  return next === undefined ? null : ROLE_AFTER.get(next)!;
}

const PERIOD_WORD = new Set(FIGURE_PERIOD_WORDS);
const MONTH = new Set(monthNames('en'));
const PERIOD_WORDS_OF = /[\p{L}]+|\d+/gu;
const YEAR_WORD = /^(?:19|20)\d\d$/;

/** The period a sentence dates its figures to: a period word before a month name or a year ("since october",
 * "in 2019"), lower case; null when it names none (FIGURE_PERIOD_WORDS). */
export function figurePeriod(sentence: string): string | null {
  const w = sentence.toLowerCase().match(PERIOD_WORDS_OF) ?? [];
  for (let i = 0; i + 1 < w.length; i++) if (PERIOD_WORD.has(w[i]) && (MONTH.has(w[i + 1]) || YEAR_WORD.test(w[i + 1]))) return `${w[i]} ${w[i + 1]}`;
  return null;
}

const PART_WORD = new Set(FIGURE_PART_WORDS);

/** The word of a figure's own text that makes it count a part ("12 worst-hit villages": worst), or null. */
export function figurePart(text: string): string | null {
  return (text.toLowerCase().match(PERIOD_WORDS_OF) ?? []).find((w) => PART_WORD.has(w)) ?? null;
}

const CONJUNCT = new Set(FIGURE_CONJUNCTS);
const AND_WORD = /^\s+and\s+([a-z]+)/;

/** The second group a figure counts, named after "and" right after its text ("420 passengers and crew": crew), or
 * null (FIGURE_CONJUNCTS). */
export function figureConjunct(sentence: string, f: UnitFigure): string | null {
  const at = sentence.indexOf(f.text);
  const m = at < 0 ? null : AND_WORD.exec(sentence.slice(at + f.text.length, at + f.text.length + 40));
  return m && CONJUNCT.has(m[1]) ? m[1] : null;
}

const CAPITALISED_WORD = /^\p{Lu}/u;
/** marks after a name ("Inc.,"), left off it */
const TRAILING_MARKS = /[^\p{L}\p{N}]+$/u;

/** Whose things a figure counts, named after "of" in the few words after its text ("2,100,000 common shares of
 * Computer Factory Inc": computer; "110 mln shares of beneficial interest of MFS ...": mfs), folded; or null
 * (FIGURE_OWNER). */
export function figureOwner(sentence: string, f: UnitFigure): string | null {
  const at = sentence.indexOf(f.text);
  if (at < 0) return null;
  const words = sentence
    .slice(at + f.text.length)
    .trim()
    .split(/\s+/, FIGURE_OWNER.words + 2);
  for (let i = 0; i < Math.min(words.length - 1, FIGURE_OWNER.words); i++) {
    if (words[i] !== 'of') continue;
    const name = words[i + 1] === 'the' ? words[i + 2] : words[i + 1];
    if (name !== undefined && CAPITALISED_WORD.test(name)) return fold(name.replace(TRAILING_MARKS, ''));
  }
  return null;
}

/** a figure followed by its share of a whole ("1,920,527 shares of Symbion Inc, or 25.5 pct of the total"): a holding */
const STAKE_AFTER = new RegExp(
  `^[^,;.]{0,${FIGURE_STAKE.chars}},?\\s+or\\s+(?:(?:${FIGURE_STAKE.hedges.join('|')})\\s+)?\\d[\\d.,]*\\s*(?:${FIGURE_STAKE.units.join('|')})(?!\\w)`,
  'i',
);

/** Whether a figure counts a holding, told by the share of a whole written right after it (FIGURE_STAKE). */
export function figureStake(sentence: string, f: UnitFigure): boolean {
  const at = sentence.indexOf(f.text);
  return at >= 0 && STAKE_AFTER.test(sentence.slice(at + f.text.length));
}

function overlaps(a: UnitFigure, b: UnitFigure): boolean {
  const [alo, ahi] = [a.low ?? a.value, a.top ?? a.high ?? a.value];
  const [blo, bhi] = [b.low ?? b.value, b.top ?? b.high ?? b.value];
  const tol = 0.005 * Math.max(Math.abs(a.high ?? a.value), Math.abs(b.high ?? b.value));
  return alo <= bhi + tol && blo <= ahi + tol;
}

const WEEKDAY_NAMES = weekdayNames('en');

const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86400e3;

/** A bare weekday ("on Saturday") and a date that falls on that weekday, or the same weekday twice, do not
 * disagree: the weekday is all the one side writes, and its reading against a publication day may be a week off. */
function sameWeekday(a: StatedDate, b: StatedDate): boolean {
  const named = (x: StatedDate) => WEEKDAY_NAMES.find((w) => x.text.toLowerCase().includes(w));
  const day = (x: StatedDate) => WEEKDAY_NAMES[new Date(`${x.date}T00:00:00Z`).getUTCDay()];
  const [na, nb] = [named(a), named(b)];
  if (!a.explicit && na && !b.explicit && nb) return na === nb;
  return (!a.explicit && !!na && b.explicit && day(b) === na) || (!b.explicit && !!nb && a.explicit && day(a) === nb);
}

/** a period's closing words right before a day ("week ended "), the period caught */
const PERIOD_END = new RegExp(`\\b(${PERIOD_ENDS.periods.map((p) => p.period).join('|')})\\s+(?:${PERIOD_ENDS.ends.join('|')})\\s+$`, 'i');
const PERIOD_DAYS = new Map(PERIOD_ENDS.periods.map((p) => [p.period, p.days]));
/** the words closing a resent headline's period right before its day (PERIOD_ENDS.resent) */
const RESENT_END = new RegExp(`\\b(?:${PERIOD_ENDS.resent.join('|')})\\s+$`, 'i');

/** Are two days the period ends of two copies of one headline (PERIOD_ENDS.resent: "price through April 6" / "price
 * through April 7" under one "NATIONAL AVERAGE PRICES FOR FARMER-OWNED RESERVE"): two editions of it? */
function resentPeriods(a: { unit: Unit; stated: StatedDate }, b: { unit: Unit; stated: StatedDate }, ctx: Context): boolean {
  const [ha, hb] = [ctx.headlineOf(a.unit.doc), ctx.headlineOf(b.unit.doc)];
  if (!ha || !hb || ha.words.join(' ') !== hb.words.join(' ')) return false;
  const closes = (x: { unit: Unit; stated: StatedDate }) => RESENT_END.test(x.unit.text.slice(Math.max(0, x.stated.at - 20), x.stated.at));
  return closes(a) && closes(b);
}

/** Do two days close one kind of period each (PERIOD_ENDS: "the week ended March 12" / "the week ended March 19"), a
 * period or more apart: two editions of a periodic report? */
function otherPeriods(a: { unit: Unit; stated: StatedDate }, b: { unit: Unit; stated: StatedDate }): boolean {
  const period = (x: { unit: Unit; stated: StatedDate }) => PERIOD_END.exec(x.unit.text.slice(Math.max(0, x.stated.at - 20), x.stated.at))?.[1].toLowerCase();
  const p = period(a);
  return p !== undefined && p === period(b) && daysApart(a.stated.date, b.stated.date) >= PERIOD_DAYS.get(p)!;
}

/** Two sentences that give a quantity different values, or that share none of their figures, report two
 * editions of a series or two events ("rose on Feb 25 to 4.151 billion dlrs" / "rose on Feb 27 to 3.482
 * billion dlrs"): their dates are no disagreement about one event. Years count as dates here, not figures. */
function series(a: Unit, b: Unit): boolean {
  const counted = (u: Unit) => u.figures.filter((f) => !(f.high === null && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100));
  const [fa, fb] = [counted(a), counted(b)];
  if (!fa.length || !fb.length) return false;
  const same = (f: UnitFigure, g: UnitFigure) => f.value === g.value && f.high === g.high;
  if (!fa.some((f) => fb.some((g) => same(f, g)))) return true;
  // an amount of one kind each gives of another day, told differently ("averaged 6.21 pct yesterday" / "averaged
  // 6.29 pct on Friday"; "fell on March 27 to 2.424 billion dlrs" / "rose on March 30 to 3.254 billion dlrs")
  if (fa.some((f) => f.amount && fb.some((g) => g.amount === f.amount && !same(f, g) && timesApart(a, f, b, g)))) return true;
  // one quantity ("6.02 pct" / "6.22 pct" averaged by Fed funds) given values the other never gives
  const whats = new Set(fa.map((f) => f.what).filter((w) => w !== null && !NOT_QUANTITIES.includes(w)));
  return [...whats].some((w) => {
    const [xa, xb] = [fa.filter((f) => f.what === w), fb.filter((f) => f.what === w)];
    return xb.length > 0 && !xa.some((f) => xb.some((g) => same(f, g)));
  });
}

/** The days an article's sentences state for events (eventDates), with their sentences; each article read once per story. */
function daysStated(doc: DocId, ctx: Context, docs: Map<DocId, StoryDocument>, memo: Map<DocId, Array<{ date: string; unit: Unit }>>) {
  let days = memo.get(doc);
  if (days) return days;
  days = [];
  const ref = articleDay(docs.get(doc));
  for (const u of ctx.units) if (u.doc === doc) for (const d of eventDates(u.text, ctx.datesIn(u.text, ref))) days.push({ date: d.date, unit: u });
  memo.set(doc, days);
  return days;
}

/** The days a sentence gives with a role of FIGURE_DAY_ROLES, as "role|day" ("effective|1987-03-12"). */
function figureDays(u: Unit, ctx: Context, docs: Map<DocId, StoryDocument>): string[] {
  return eventDates(u.text, ctx.datesIn(u.text, articleDay(docs.get(u.doc))))
    .filter((d) => d.role !== null && FIGURE_DAY_ROLES.includes(d.role))
    .map((d) => `${d.role}|${d.date}`);
}

/** Do two sentences give one figure (of ALIGN.smallNumber or more, not a year)? */
function shareFigure(a: Unit, b: Unit): boolean {
  const big = (f: UnitFigure) =>
    Math.abs(f.value) >= ALIGN.smallNumber && !(f.high === null && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100);
  return a.figures.some((f) => big(f) && b.figures.some((g) => g.value === f.value && g.high === f.high));
}

/**
 * Dates: members of one claim that each state exactly one day, and the days differ in what they state: a year
 * only counts when both write it ("Feb. 17" read as 2008 is no disagreement with "February 17, 2009").
 */
function dateDiscrepancies(ctx: Context, docs: Map<DocId, StoryDocument>): Found[] {
  const out: Found[] = [];
  const daysOf = new Map<DocId, Array<{ date: string; unit: Unit }>>();
  ctx.drafts.forEach((d, i) => {
    if (d.docs.length < 2) return;
    const dated: Array<{ unit: Unit; stated: EventDate }> = [];
    for (const m of d.members) {
      // one date in the sentence, and one that dates its own event (not a quoted or attributive one)
      const all = ctx.datesIn(m.text, articleDay(docs.get(m.doc)));
      const stated = all.length === 1 ? eventDates(m.text, all) : [];
      if (stated.length === 1 && stated[0].date.length === 10) dated.push({ unit: m, stated: stated[0] });
    }
    // two dated members at least (most claims have none): no pair to compare, no helper made
    if (dated.length < 2) return;
    // a year read from the publication day, not written, is compared as month and day only; one relative
    // word ("today", "on Monday") in articles of different days dates each day's own report (a daily series)
    const sameWord = (a: StatedDate, b: StatedDate) => !a.explicit && !b.explicit && a.text.toLowerCase() === b.text.toLowerCase();
    // ... and so do dates as far from each article's own day as each other (the weekly report's next edition)
    const offset = (x: (typeof dated)[number]) => {
      const ref = articleDay(docs.get(x.unit.doc));
      return ref ? { ref: ref.getTime(), days: (Date.parse(x.stated.date) - ref.getTime()) / 86400e3 } : null;
    };
    const editions = (a: (typeof dated)[number], b: (typeof dated)[number]) => {
      const [x, y] = [offset(a), offset(b)];
      return !!x && !!y && x.ref !== y.ref && Math.abs(x.days - y.days) <= EDITION_OFFSET_DAYS;
    };
    // (every test is a pure yes or no: the cheap ones on the two dates first, the headlines -- worked out on first
    // asking -- and the editions' day offsets only for two dates that do differ)
    const differ = (a: (typeof dated)[number], b: (typeof dated)[number]) =>
      a.unit.doc !== b.unit.doc &&
      a.stated.role === b.stated.role &&
      (a.stated.explicit && b.stated.explicit && !(a.stated.yearStated && b.stated.yearStated)
        ? a.stated.date.slice(5) !== b.stated.date.slice(5) &&
          daysApart(a.stated.date, `${a.stated.date.slice(0, 5)}${b.stated.date.slice(5)}`) < EVENT_DAYS_APART
        : a.stated.date !== b.stated.date && daysApart(a.stated.date, b.stated.date) < EVENT_DAYS_APART) &&
      !sameWord(a.stated, b.stated) &&
      !sameWeekday(a.stated, b.stated) &&
      !series(a.unit, b.unit) &&
      !editions(a, b) &&
      !otherPeriods(a, b) &&
      !resentPeriods(a, b, ctx) &&
      !twoNotices(ctx.headlineOf(a.unit.doc), ctx.headlineOf(b.unit.doc), a.unit.text, b.unit.text);
    // an article that gives the other's day to the other's figures in a sentence of its own tells two events
    // apart ("its offer for all of the roughly 20 mln shares ... expired last Friday" beside "plans to accept for
    // payment ... today"; the other: "19.8 mln of the outstanding 20 mln shares ... offer that closed ... Feb 27")
    const states = (x: (typeof dated)[number], y: (typeof dated)[number]) =>
      daysStated(x.unit.doc, ctx, docs, daysOf).some((d) => d.date === y.stated.date && d.unit !== x.unit && shareFigure(d.unit, y.unit));
    const apart = (a: (typeof dated)[number], b: (typeof dated)[number]) => states(a, b) || states(b, a);
    const involved = dated.filter((a) => dated.some((b) => differ(a, b) && !apart(a, b)));
    if (!involved.length) return;
    const days = new Map<string, Unit[]>();
    for (const x of involved) days.set(x.stated.date, [...(days.get(x.stated.date) ?? []), x.unit]);
    const units = [...days.values()].flat();
    const parts = [...days].map(([day, us]) => `${day} (${[...new Set(us.map((u) => label(u.doc, docs)))].join(', ')})`);
    out.push(
      disputing({
        kind: 'date',
        detail: `The same event is dated differently: ${parts.join(' vs ')}.`,
        claims: [ctx.claims[i].id],
        support: units.map((u) => ({ document: u.doc, sentence: u.sentence })),
      }),
    );
  });
  return out;
}

/** One person named two ways by two quotes: the same speaker, one name within the other ("Steele" / "James
 * Steele"), or `oneName`. */
function samePerson(a: Quote, b: Quote): boolean {
  if (speakerKey(a) === speakerKey(b)) return true;
  const [x, y] = [` ${wording(a.speaker ?? '')} `, ` ${wording(b.speaker ?? '')} `];
  return x.includes(y) || y.includes(x) || oneName(a.speaker ?? '', b.speaker ?? '');
}

/** A surname of fewer letters is too short a word to find a co-speaker by in another sentence. */
const SURNAME_LETTERS = 3;

/** A name's words that tell people apart: initials and generational suffixes out. */
const nameWords = (name: string) =>
  wording(name)
    .split(' ')
    .filter((w) => w.length > 1 && !NAME_SUFFIXES.includes(w));

/**
 * One person's name written two ways: the same words once initials and suffixes are out ("Theodore J. Boutrous
 * Jr." / "Theodore Boutrous"), run together ("DelGiudice" / "Del Giudice"), or a word spelt one letter apart
 * ("Carolos" / "Karolos Papoulias", "Wetzler" / "Welzler").
 */
export function oneName(a: string, b: string): boolean {
  const [wa, wb] = [nameWords(a), nameWords(b)];
  if (!wa.length || !wb.length) return false;
  if (wa.join('') === wb.join('')) return true;
  return (
    wa.length === wb.length &&
    wa.every((w, i) => w === wb[i] || (Math.min(w.length, wb[i].length) >= NAME_SPELLING.minLength && editDistance(w, wb[i], 1) <= 1))
  );
}

/** Marks that open a quotation inside a quotation. */
const INNER_OPENING = /[‘“"]|(?<![\p{L}\p{N}])'/gu;

/**
 * Does a speaker of `a` quote the words `b` is credited with, inside quotation marks of their own? Kristol's "the war
 * in Afghanistan was not 'a war of Obama's choosing'" repeats Steele's words: no rival attribution.
 */
export function quotesOther(a: Quote[], b: Quote[]): boolean {
  return a.some((x) =>
    [...x.text.matchAll(INNER_OPENING)].some((m) =>
      b.some((y) => {
        const words = wording(y.text);
        return words.length > 0 && wording(x.text.slice(m.index + 1, m.index + 1 + y.text.length + 8)).includes(words);
      }),
    ),
  );
}

const foundBy = (q: Quote, how: string[]) => q.attribution !== undefined && how.some((h) => q.attribution!.startsWith(h));

/**
 * Ids of the quotes whose speaker their article names where the quote stands, not by a pronoun or from another
 * sentence (SPEAKER_FOUND); a quote going on from the quote before it in its article (or on to the one after it)
 * is named as that one is. One pass over the story's quotes by article.
 */
export function namedSpeakers(quotes: Quote[]): Set<string> {
  const byDoc = new Map<DocId, Quote[]>();
  for (const q of quotes) (byDoc.get(q.document) ?? byDoc.set(q.document, []).get(q.document)!).push(q);
  const out = new Set<string>();
  for (const list of byDoc.values()) {
    list.sort((a, b) => a.sentence - b.sentence);
    const named = list.map((q) => !!q.speaker && !foundBy(q, SPEAKER_FOUND.guessed));
    const carry = (i: number) => {
      if (foundBy(list[i], SPEAKER_FOUND.previous)) named[i] = i > 0 && named[i - 1];
      else if (foundBy(list[i], SPEAKER_FOUND.next)) named[i] = i + 1 < list.length && named[i + 1];
    };
    for (let i = 0; i < list.length; i++) carry(i);
    for (let i = list.length - 1; i >= 0; i--) carry(i);
    list.forEach((q, i) => named[i] && q.speaker && out.add(q.id));
  }
  return out;
}

/** Quote wordings and attributions: groups of variant quotes that differ in words or in speaker. */
function quoteDiscrepancies(ctx: Context, docs: Map<DocId, StoryDocument>): Found[] {
  const out: Found[] = [];
  // each discrepancy is a group of variants: a story none of whose quotes has one (most) has none, and no quote's
  // speaker is read
  if (!ctx.quotes.some((q) => q.variants?.length)) return out;
  const byId = new Map(ctx.quotes.map((q) => [q.id, q]));
  const inPlace = namedSpeakers(ctx.quotes);
  const sentenceOf = (g: Quote) => wording(docs.get(g.document)?.sentences[g.sentence]?.text ?? '');
  // each article's quotes by speaker
  const quotesBy = new Map<string, Quote[]>();
  for (const q of ctx.quotes)
    if (q.speaker)
      (quotesBy.get(`${q.document} ${speakerKey(q)}`) ?? quotesBy.set(`${q.document} ${speakerKey(q)}`, []).get(`${q.document} ${speakerKey(q)}`)!).push(q);
  const done = new Set<string>();
  for (const q of ctx.quotes) {
    if (!q.variants?.length || done.has(q.id)) continue;
    // the connected group of variants
    const group: Quote[] = [];
    const stack = [q];
    while (stack.length) {
      const x = stack.pop()!;
      if (done.has(x.id)) continue;
      done.add(x.id);
      group.push(x);
      for (const v of x.variants ?? []) if (byId.has(v) && !done.has(v)) stack.push(byId.get(v)!);
    }
    group.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.sentence - b.sentence));
    const refs = group.map((g) => ({ document: g.document, sentence: g.sentence }));
    const speakerOf = (g: Quote) => g.speaker ?? 'unnamed speaker';
    // two speakers each named by their article, neither in the other's sentence, in two wordings, said two remarks
    // (Reagan's "serious mistakes were made" and Dole's "... that mistakes were made and he made them"; Glitman's
    // "a full treaty text" and Reagan's "... our draft INF treaty text ..."): no wording of one remark, no rival speakers
    // (outside y's quoted words: Dole's "President Reagan told the American people ..." names no speaker)
    const mentions = (x: Quote, y: Quote) => ` ${sentenceOf(y).replace(wording(y.text), ' ')} `.includes(` ${wording(x.speaker!)} `);
    const twoPeople = (x: Quote, y: Quote) => inPlace.has(x.id) && inPlace.has(y.id) && !samePerson(x, y) && !mentions(x, y) && !mentions(y, x);
    const reworded = rewordedPairs(group, byId).filter(([x, y]) => !twoPeople(x, y));
    if (reworded.length) {
      const involved = new Set(reworded.flat().map((g) => g.id));
      const differing = group.filter((g) => involved.has(g.id));
      const shown = new Map<string, Quote[]>();
      for (const g of differing) shown.set(wording(g.text), [...(shown.get(wording(g.text)) ?? []), g]);
      // the comma a quote closes on before "he said" is no part of its wording
      const parts = [...shown.values()].map(
        (gs) => `"${gs[0].text.replace(/[\s,;:]+$/u, '')}" (${[...new Set(gs.map((g) => label(g.document, docs)))].join(', ')})`,
      );
      const who = [...new Set(differing.map((g) => g.speaker).filter(Boolean))];
      const wordRefs = differing.map((g) => ({ document: g.document, sentence: g.sentence }));
      // without the spun and translated copies' wordings, do the others still differ?
      const disputes = reworded.some(([x, y]) => !isFlagged(x.document, ctx) && !isFlagged(y.document, ctx));
      const note = flaggedNote(wordRefs, ctx, docs);
      out.push({
        discrepancy: {
          kind: 'quote-wording',
          detail: `${who.length ? who.join(' / ') : 'The same remark'} quoted in different words: ${parts.join(' vs ')}.${note}${disputes ? '' : QUOTE_WORDING_EXPLAINED}`,
          claims: claimsTouching(wordRefs, ctx),
          support: wordRefs,
        },
        disputes,
      });
    }
    // only people: "the Pentagon", "police" or a newspaper relaying a remark is no rival speaker
    const speakers = new Map<string, Quote[]>();
    for (const g of group) {
      const k = speakerKey(g);
      // a speaker we read from a pronoun or another sentence is no outlet's word
      if (k && g.speakerEntity && ctx.personIds.has(g.speakerEntity) && inPlace.has(g.id)) speakers.set(k, [...(speakers.get(k) ?? []), g]);
    }
    // "Steele" and "James Steele" are one name, and so are "Theodore J. Boutrous Jr." and "Theodore Boutrous"
    for (const [k, gs] of [...speakers]) {
      const name = ` ${wording(gs[0].speaker ?? '')} `;
      const other = [...speakers].find(
        ([o, os]) => o !== k && (` ${wording(os[0].speaker ?? '')} `.includes(name) || oneName(gs[0].speaker ?? '', os[0].speaker ?? '')),
      );
      if (other) {
        other[1].push(...gs);
        speakers.delete(k);
      }
    }
    // "the Pentagon" and "Pat Ryder, a Pentagon spokesman": a speaker named in the other's sentence agrees; so does one
    // its article names by surname beside the other, outside the quoted words of a quote it gives that other ("... ,"
    // Mark and Condon said in a joint statement. "Hugh is the ideal choice ...": Laurence Mark's and Bill Condon's remark)
    const surname = (x: Quote) => nameWords(x.speaker ?? '').at(-1) ?? '';
    const beside = (x: Quote, g: Quote) => {
      const name = surname(x);
      // (a surname the other's own name holds tells nothing: "Trump Jr. later replied" names no Donald Trump)
      return (
        name.length >= SURNAME_LETTERS &&
        !nameWords(g.speaker ?? '').includes(name) &&
        (quotesBy.get(`${g.document} ${speakerKey(g)}`) ?? []).some((q) => ` ${sentenceOf(q).replace(wording(q.text), ' ')} `.includes(` ${name} `))
      );
    };
    const named = (a: Quote[], b: Quote[]) =>
      b.some((g) => a.some((x) => x.speaker && (` ${sentenceOf(g)} `.includes(` ${wording(x.speaker)} `) || beside(x, g))));
    const groups = [...speakers.values()];
    const oneWording = (a: Quote[], b: Quote[]) => a.some((x) => b.some((y) => !rewords(x.text, y.text)));
    const conflicting = groups.some((a, i) =>
      groups.some((b, j) => j > i && !named(a, b) && !named(b, a) && !quotesOther(a, b) && !quotesOther(b, a) && oneWording(a, b)),
    );
    if (speakers.size > 1 && conflicting) {
      const parts = [...speakers.values()].map((gs) => `${speakerOf(gs[0])} (${[...new Set(gs.map((g) => label(g.document, docs)))].join(', ')})`);
      out.push(
        disputing({
          kind: 'attribution',
          detail: `The remark "${group[0].text}" is attributed to different people: ${parts.join(' vs ')}.`,
          claims: claimsTouching(refs, ctx),
          support: refs,
        }),
      );
    }
  }
  return out;
}

const refKey = (r: SentenceRef) => `${r.document}#${r.sentence}`;

/**
 * One figure difference found through two claims that share sentences ("two undersea cables" / "three undersea
 * cables" in one claim, and again beside "three submarine cables" in another) is shown once: a difference whose
 * sentences all stand in another of the same quantity (and the same standing, dispute or update) is left out, and
 * its claims join that one's.
 */
export function withinOther(found: Found[]): Found[] {
  const refs = found.map((f) => new Set(f.discrepancy.support.map(refKey)));
  const into = found.map((f, i) =>
    found.findIndex(
      (g, j) =>
        j !== i && g.what === f.what && g.disputes === f.disputes && [...refs[i]].every((r) => refs[j].has(r)) && (refs[j].size > refs[i].size || j < i),
    ),
  );
  // a chain (a within b within c) ends at the one not within another
  const end = (i: number): number => (into[i] < 0 ? i : end(into[i]));
  const claims = found.map((f) => [...(f.discrepancy.claims ?? [])]);
  found.forEach((_, i) => {
    if (into[i] >= 0) claims[end(i)].push(...claims[i]);
  });
  return found.flatMap((f, i) => (into[i] >= 0 ? [] : [{ ...f, discrepancy: { ...f.discrepancy, claims: [...new Set(claims[i])] } }]));
}

/** The story's discrepancies, and the ids of the claims they dispute (those an independent disagreement touches). */
export function findDiscrepancies(ctx: Context): { discrepancies: Discrepancy[]; disputed: Set<string> } {
  const docs = new Map(ctx.documents.map((d) => [d.id, d]));
  const found = [
    ...withinOther(numberDiscrepancies(ctx, docs)),
    ...withinOther(amountDiscrepancies(ctx, docs)),
    ...withinOther(dateDiscrepancies(ctx, docs)),
    ...quoteDiscrepancies(ctx, docs),
  ];
  // (a story with none maps nothing: an empty list's map is another kind to V8, and the optimised code of the
  // filled ones would be thrown away on it)
  if (found.length === 0) return { discrepancies: [], disputed: new Set() };
  const disputed = new Set<string>();
  for (const f of found) if (f.disputes) for (const c of f.discrepancy.claims ?? []) disputed.add(c);
  return { discrepancies: found.map((f) => f.discrepancy), disputed };
}
