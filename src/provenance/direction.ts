// Which of two related documents is the source: earlier date, an agency credit on one side only, and
// a copy's edited passages being a subset of the source's words. Votes are weighed; a tie is undirected.
import type { TextDocument } from '../model.ts';
import { AGENCIES, CREDIT_LINE, CREDIT_LOOKAHEAD, DATELINE } from './data/agencies.ts';
import type { SentenceMatch } from './align.ts';
import { storedInstant } from '../common/date-bound.ts';
import { counted } from '../common/counted.ts';
import { VOTE_REASON } from './why-refs.ts';

export interface Vote {
  /** 'a' or 'b': which side this signal says is the source */
  source: 'a' | 'b';
  weight: number;
  reason: string;
}

/** Weights of the direction signals. */
const WEIGHT = { date: 2, agency: 2, subset: 1 };

function agencyIn(text: string): string | null {
  for (const [name, re] of AGENCIES) if (re.test(text)) return name;
  return null;
}

/** The agency credited as the author of a document (byline, outlet, a credit line or wire dateline near the top). */
export function agencyCredit(doc: TextDocument): string | null {
  for (const b of [...doc.byline, doc.outlet ?? '']) {
    const a = b && agencyIn(b);
    if (a) return a;
  }
  const lines = [...doc.removed.slice(0, CREDIT_LOOKAHEAD).map((r) => r.text), ...doc.sentences.slice(0, CREDIT_LOOKAHEAD).map((s) => s.text)];
  for (const line of lines) {
    const dl = DATELINE.exec(line);
    if (dl) {
      const a = agencyIn(dl[1]);
      if (a) return a;
    }
    // A credit line is the agency's name alone (a photo credit "Name/Sputnik/Reuters" is not one).
    if (line.length > 48 || line.includes('/')) continue;
    const m = CREDIT_LINE.exec(line);
    const a = m && agencyIn(m[1]);
    if (a && m[1].trim().split(/\s+/).length <= a.split(/\s+/).length + 1) return a;
  }
  return null;
}

// (a time without a zone is UTC, not the machine's zone)
const time = (doc: TextDocument): number | null => storedInstant(doc.published);

export function directionVotes(a: TextDocument, b: TextDocument, matches: SentenceMatch[], wordsA: number[], wordsB: number[]): Vote[] {
  const votes: Vote[] = [];
  const ta = time(a);
  const tb = time(b);
  // Date-only values on the same day say nothing; a whole day or more, or two distinct times, do.
  if (ta !== null && tb !== null && ta !== tb) {
    const dateOnly = !/T|\d:\d/.test(a.published ?? '') || !/T|\d:\d/.test(b.published ?? '');
    if (!dateOnly || Math.abs(ta - tb) >= 86400000) {
      const src = ta < tb ? 'a' : 'b';
      votes.push({
        source: src,
        weight: WEIGHT.date,
        reason: `${VOTE_REASON.earlier} (${src === 'a' ? a.published : b.published} before ${src === 'a' ? b.published : a.published})`,
      });
    }
  }
  // two captures of one address by web archives (walk9): the earlier capture is the text the later one changed
  if (a.url && a.url === b.url && a.captured && b.captured && a.captured !== b.captured) {
    const ka = storedInstant(a.captured);
    const kb = storedInstant(b.captured);
    if (ka !== null && kb !== null && ka !== kb) {
      const [src, first, then] = ka < kb ? (['a', a.captured, b.captured] as const) : (['b', b.captured, a.captured] as const);
      votes.push({
        source: src,
        weight: WEIGHT.date,
        reason: `${VOTE_REASON.captured} (${first} before ${then}): two captures of one address, the later one its later text`,
      });
    }
  }
  const ca = agencyCredit(a);
  const cb = agencyCredit(b);
  if (ca && !cb) votes.push({ source: 'a', weight: WEIGHT.agency, reason: `${VOTE_REASON.credit} "${ca}" (the other does not)` });
  else if (cb && !ca) votes.push({ source: 'b', weight: WEIGHT.agency, reason: `${VOTE_REASON.credit} "${cb}" (the other does not)` });
  // Edited subset: where one side's sentence is the other's with words dropped, the shorter is the edit.
  let aShorter = 0;
  let bShorter = 0;
  for (const m of matches) {
    if (!m.lexical || m.containment < 0.9) continue;
    const la = wordsA[m.a];
    const lb = wordsB[m.b];
    if (la - m.common === 0 && lb - m.common >= 3) aShorter++;
    else if (lb - m.common === 0 && la - m.common >= 3) bShorter++;
  }
  if (aShorter !== bShorter) {
    const src = aShorter > bShorter ? 'b' : 'a';
    const n = Math.max(aShorter, bShorter);
    votes.push({
      source: src,
      weight: WEIGHT.subset,
      reason: `${VOTE_REASON.fuller}: in ${counted(n, 'shared sentence')} the other has the same words with some dropped (a copy trims)`,
    });
  }
  return votes;
}

/** Sum the votes: 'a', 'b' or null when they cancel or there are none. */
export function decide(votes: Vote[]): 'a' | 'b' | null {
  let s = 0;
  for (const v of votes) s += v.source === 'a' ? v.weight : -v.weight;
  return s > 0 ? 'a' : s < 0 ? 'b' : null;
}
