// A timeline from the story's dated statements: each claim whose sentences state a date, at that date.
// Dates come from enrichment (figures of kind 'date') when it found some, else from the sentence itself,
// resolved against the article's publication date.
import type { Claim, DocId, DocumentEnrichment, Figure, StoryDocument, TimelineEntry } from '../model.ts';
import { memoize } from '../common/memo.ts';
import { articleDay, referenceDate, type StatedDate } from './dates.ts';
import { trimLine } from './briefing.ts';
import type { DraftClaim } from './claims.ts';
import type { Unit } from './units.ts';

/** Most entries a timeline shows; corroborated claims are kept first. */
const MAX_ENTRIES = 20;

interface Input {
  drafts: DraftClaim[];
  claims: Claim[];
  documents: StoryDocument[];
  enrichments: Map<DocId, DocumentEnrichment>;
  fallbackYear: number | null;
  /** the story's documents flagged translated (none when no flags were given) */
  translations?: ReadonlySet<DocId>;
  /** the dates a sentence states against a reference day (statedDates, memoised for the story) */
  datesIn: (text: string, ref: Date | null) => StatedDate[];
}

/** Sort key of an ISO date, year-month, year or week ("2022-W50" sorts at that week's Monday). */
export function sortKey(date: string): string {
  const w = /^(\d{4})-W(\d{2})$/.exec(date);
  if (!w) return date;
  // ISO week 1 holds 4 January
  const jan4 = Date.UTC(Number(w[1]), 0, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400e3 + (Number(w[2]) - 1) * 7 * 86400e3;
  return new Date(monday).toISOString().slice(0, 10);
}

/** "since <the figure's text>" patterns, made once per text: a story tests each against several sentences. */
const sincePattern = memoize(10_000, (text) => new RegExp(`\\bsince\\s+${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i'));

/** what every since-pattern needs in the sentence (matched with the same flag): most sentences do not write it,
 * and a story's date figures then build no pattern (the memo of patterns turns over on a large collection) */
const SINCE = /since/i;

const precision = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? 3 : /-W\d{2}$/.test(d) ? 2 : /^\d{4}-\d{2}$/.test(d) ? 1 : 0);

export function buildTimeline(input: Input): TimelineEntry[] {
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  // documents without a date read relative dates against the story's usual date
  const dated = input.documents
    .map((d) => d.published?.slice(0, 10))
    .filter((p): p is string => !!p && !!referenceDate(p))
    .sort();
  const storyRef = dated.length ? referenceDate(dated[Math.floor(dated.length / 2)]) : null;
  // date figures by document and sentence, gathered once: a unit looks up its own sentence's only
  const dateFigures = new Map<DocId, Map<number, Figure[]>>();
  for (const d of input.documents) {
    const bySentence = new Map<number, Figure[]>();
    for (const f of input.enrichments.get(d.id)?.figures ?? []) {
      if (f.kind !== 'date' || !f.date) continue;
      const list = bySentence.get(f.sentence);
      if (list) list.push(f);
      else bySentence.set(f.sentence, [f]);
    }
    dateFigures.set(d.id, bySentence);
  }
  /** dates a unit states; `explicitOnly` keeps written-out dates ("Dec. 3", "in February"), not "today" */
  const datesOf = (u: Unit, explicitOnly = false): string[] => {
    // "since 2019" marks the start of a span, not the date of what the sentence reports
    // (mapped only when some are kept: an empty map() result is another array kind, and the callers' optimised
    // code was thrown away on it)
    const figures = dateFigures.get(u.doc)?.get(u.sentence);
    let kept = figures === undefined || !SINCE.test(u.text) ? figures : figures.filter((f) => !sincePattern(f.text).test(u.text));
    // a day another language names by its distance from the day of writing ("gestern", "ayer") dates a statement
    // several articles make only, as "today" and "on Monday" do (statedDates' `explicit`): read alone against one
    // page's date it misdates a forum's posts of several days and a narrative's "morgen" (trafilatura-eval)
    if (explicitOnly && kept?.some((f) => f.relative)) kept = kept.filter((f) => !f.relative);
    if (kept?.length) return kept.map((f) => f.date!);
    const ref = articleDay(docs.get(u.doc)) ?? storyRef;
    return input
      .datesIn(u.text, ref)
      .filter((s) => s.explicit || !explicitOnly)
      .map((s) => s.date);
  };
  const entries: Array<TimelineEntry & { rank: number }> = [];
  input.drafts.forEach((d, rank) => {
    if (entries.length >= MAX_ENTRIES && d.independent < 2) return;
    // a statement only one article makes enters the timeline when it names its date outright
    let dates = datesOf(d.representative, d.docs.length < 2);
    // a claim worded in another language than a translation of it the claim holds takes the date the translation
    // states (stern.de's "über den 31. Oktober hinaus", its English translation's "beyond 31 October": the date
    // reader reads English month names)
    if (!dates.length && input.translations?.size) {
      const language = docs.get(d.representative.doc)?.language;
      for (const m of d.members) {
        if (!input.translations.has(m.doc) || docs.get(m.doc)?.language === language) continue;
        dates = datesOf(m, d.docs.length < 2);
        if (dates.length) break;
      }
    }
    if (!dates.length) return;
    // the most precise date the sentence states (a day before a month before a year), first on ties
    const date = [...dates].sort((a, b) => precision(b) - precision(a))[0];
    const support = d.members.filter((m) => m === d.representative || datesOf(m).includes(date)).map((m) => ({ document: m.doc, sentence: m.sentence }));
    entries.push({ date, text: trimLine(d.representative.text), support, rank });
  });
  // entries are pushed in rank order: the first MAX_ENTRIES are the best ranked. Each one's sort key is worked out
  // once (not four times a comparison), and the entry written out without its rank (no object rest copy)
  // (a story with no dated claim maps and sorts nothing: an empty list is another kind to V8 than a filled one)
  if (entries.length === 0) return [];
  const kept = entries.slice(0, MAX_ENTRIES).map((e) => ({ e, key: sortKey(e.date) }));
  kept.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.e.rank - b.e.rank));
  return kept.map(({ e }) => ({ date: e.date, text: e.text, support: e.support }));
}
