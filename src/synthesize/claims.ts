// Claims from aligned sentences, by star clustering: the sentence corroborated by the most independent
// sources becomes a claim's centre and the sentences aligned with it its support. A sentence aligned with two
// centres supports both claims (a long sentence often states two facts); sentences no other article states
// become single-source claims.
import type { Claim, DocId, SentenceRef } from '../model.ts';
import { type Alignment, tellsWhat } from './align.ts';
import type { SourceFamilies } from './sources.ts';
import { ALIGN, AMOUNT_MEMBERS, FRAME } from './lexicon.ts';
import { framedParts } from './frame.ts';
import { type Unit, wordFeatures } from './units.ts';
import { agreeingAlignment, amountsDisagree, amountsToldIn, hasAmount } from './amounts.ts';

/** A claim while synthesis works on it: the public Claim plus the units behind it. */
export interface DraftClaim {
  members: Unit[];
  representative: Unit;
  docs: DocId[];
  independent: number;
}

function byPosition(a: Unit, b: Unit): number {
  return a.docOrder - b.docOrder || a.sentence - b.sentence;
}

interface Corroboration {
  strength: number;
  docs: number;
  sum: number;
}

const UNALIGNED: Corroboration = { strength: 0, docs: 1, sum: 0 };

/**
 * How independently corroborated a unit is: over the other families, the best alignment with each, summed.
 * Specific sentences with strong matches outrank "hub" sentences weakly like many.
 */
function corroboration(u: Unit, units: Unit[], al: Alignment, fam: SourceFamilies): Corroboration {
  // a unit aligned with none (most): nothing to count, no map or set made
  if (!al.neighbors.has(u.id)) return UNALIGNED;
  const own = fam.familyOf(u.doc);
  const best = new Map<string, number>();
  const docs = new Set([u.doc]);
  let sum = 0;
  for (const [v, s] of al.neighbors.get(u.id) ?? []) {
    const f = fam.familyOf(units[v].doc);
    docs.add(units[v].doc);
    sum += s;
    if (f !== own && s > (best.get(f) ?? 0)) best.set(f, s);
  }
  let strength = 0;
  for (const s of best.values()) strength += s;
  return { strength, docs: docs.size, sum };
}

/**
 * The satellites of a centre that agree with one another: when one family (an original and its copies)
 * gives several satellites, only its best one and those aligned with it stay (copies repeat one sentence;
 * an unaligned sentence of the same family states something else).
 */
function coherentMembers(c: Unit, units: Unit[], al: Alignment, fam: SourceFamilies): Unit[] {
  const n = al.neighbors.get(c.id)!;
  const byFamily = new Map<string, Unit[]>();
  for (const v of n.keys()) {
    const u = units[v];
    const f = fam.familyOf(u.doc);
    const list = byFamily.get(f);
    if (list) list.push(u);
    else byFamily.set(f, [u]);
  }
  const out: Unit[] = [c];
  for (const list of byFamily.values()) {
    list.sort((a, b) => n.get(b.id)! - n.get(a.id)! || byPosition(a, b));
    const best = list[0];
    const bestLinks = al.neighbors.get(best.id);
    for (const u of list) if (u === best || u.doc === best.doc || u.doc === c.doc || bestLinks?.has(u.id)) out.push(u);
  }
  return out.sort(byPosition);
}

/** What a poor wording costs a member's score, and how far below the best score known a member's score with no
 * penalty must fall for its wording not to be asked about (`representativeOf`; any width above 2e-9 a member
 * keeps the choice exact). */
const POOR = { penalty: 0.5, unasked: 1e-3 };

/**
 * The most central member (highest total alignment with the others). Wordings from documents flagged as
 * spun or machine-translated, or that do not read on their own, only win when nothing else is close. With `frames`
 * (a claim's final wording, not a star's: its members stay as drawn), a framed wording (framedWordings) of a claim
 * of FRAME.minMembers or more wins only when every member is framed.
 *
 * The members are taken in order, a later one winning by more than 1e-9. `poor` (the briefing's reading of a
 * sentence) is asked only of members whose penalty can change that choice: first of the highest scores without it,
 * until the next is more than `POOR.unasked` below the best score known for sure. A member below that is below the
 * winner's score by more than any chain of 1e-9 steps the known scores can make, whatever its penalty: it wins no
 * turn that a member above it would not take back, so it is scored as if its wording were not poor.
 */
function representativeOf(members: Unit[], al: Alignment, poor: (u: Unit) => boolean, frames = false): Unit {
  // a lone member stands for itself whatever it scores (every score is finite, above the -Infinity it must beat):
  // not scored, and `poor` (the briefing's reading of the sentence) not asked for it here
  if (members.length === 1) return members[0];
  const ids = new Set(members.map((m) => m.id));
  // each member's score as a fine wording (`high`) and as a poor one (`low`), summed as the one score always was
  const high = new Float64Array(members.length);
  const low = new Float64Array(members.length);
  let floor = -Infinity;
  const framed = frames && members.length >= FRAME.minMembers ? framedWordings(members) : null;
  for (const [i, m] of members.entries()) {
    const n = al.neighbors.get(m.id);
    let s = 0;
    for (const o of members) if (o !== m) s += n?.get(o.id) ?? 0;
    // a sentence also aligned with sentences outside the claim states something more: a poorer wording
    for (const [v, score] of n ?? []) if (!ids.has(v)) s -= ALIGN.repOutside * score;
    const keys = Math.min(m.keys.length, 40) * 1e-3 - (framed?.[i] ? FRAME.penalty : 0);
    high[i] = s + keys;
    low[i] = s - POOR.penalty + keys;
    floor = Math.max(floor, low[i]);
  }
  // the members' wordings asked about, highest scores first (1: poor, 2: fine)
  const asked = new Uint8Array(members.length);
  for (;;) {
    let next = -1;
    for (let i = 0; i < members.length; i++) if (!asked[i] && (next < 0 || high[i] > high[next])) next = i;
    if (next < 0 || high[next] < floor - POOR.unasked) break;
    asked[next] = poor(members[next]) ? 1 : 2;
    floor = Math.max(floor, asked[next] === 1 ? low[next] : high[next]);
  }
  let best = members[0];
  let bestScore = -Infinity;
  for (const [i, m] of members.entries()) {
    const s = asked[i] === 1 ? low[i] : high[i];
    if (s > bestScore + 1e-9) [best, bestScore] = [m, s];
  }
  return best;
}

/**
 * Which members are framed wordings (frame.ts): more of the other members -- by FRAME.margin or more -- share a word
 * telling what happened (align's tellsWhat: no name, post or "said") with the member's frame than with what it
 * tells ("A Brooklyn woman who claims she had a bird's-eye view of the fatal police shooting of ... Gray says the
 * youth did not have a gun": the police account, the vigils and the remembrance share the shooting, two the gun;
 * '"...," prosecutor Seth Goldman said at the start of the murder trial of ...': four share the murder trial, the
 * other outlet quoting it the quote). Such a sentence is about the claim's event, not a statement of it. Null when
 * none is, or when every member is (no wording is better for it).
 */
function framedWordings(members: Unit[]): Uint8Array | null {
  const out = new Uint8Array(members.length);
  let count = 0;
  for (const [i, m] of members.entries()) {
    const parts = framedParts(m.text);
    if (!parts) continue;
    const toldWords = wordFeatures(parts.told);
    const frameWords = wordFeatures(parts.frame);
    const told = m.keys.filter((k) => toldWords.has(k) && tellsWhat(k, m));
    const frame = m.keys.filter((k) => !toldWords.has(k) && frameWords.has(k) && tellsWhat(k, m));
    if (frame.length === 0) continue;
    let byTold = 0;
    let byFrame = 0;
    for (const o of members) {
      if (o === m) continue;
      if (told.some((k) => o.keySet.has(k))) byTold++;
      if (frame.some((k) => o.keySet.has(k))) byFrame++;
    }
    if (byFrame >= byTold + FRAME.margin) [out[i], count] = [1, count + 1];
  }
  return count === 0 || count === members.length ? null : out;
}

/** `poor`: whether a sentence is a poor wording (representativeOf); `alone`: whether it reads on its own (the
 * briefing's standsAlone: secondSentence's tie). */
export function draftClaims(
  units: Unit[],
  alignment: Alignment,
  fam: SourceFamilies,
  poor: (u: Unit) => boolean = () => false,
  alone: (u: Unit) => boolean = () => true,
): DraftClaim[] {
  // two sentences of one wire form with other amounts are two statements: their link counts no agreement
  const al = agreeingAlignment(units, alignment);
  const covered = new Set<number>();
  const stars: Unit[][] = [];
  const reps: Unit[] = [];
  // (a story aligning nothing, most, opens no star: nothing corroborated, filtered or sorted, and no empty list
  // of another kind to V8 than a filled one)
  const order = al.neighbors.size === 0 ? NO_UNITS : centresInOrder(units, al, fam);
  // two passes: a sentence left out of a star after its turn (aligned with the centre, not the wording)
  // still gets to open its own claim (the order walked twice, not copied)
  for (let pass = 0; pass < 2 * order.length; pass++) {
    const c = order[pass % order.length];
    if (covered.has(c.id)) continue;
    // the claim is worded by its representative: only sentences aligned with that wording support it
    const candidates = coherentMembers(c, units, al, fam);
    const rep = representativeOf(candidates, al, poor);
    const links = al.neighbors.get(rep.id);
    const aligned = candidates.filter((m) => m === rep || links?.has(m.id));
    // per article its best-aligned sentence; a second one only when it is close to the wording as well
    const best = new Map<string, number>();
    for (const m of aligned) if (m !== rep) best.set(m.doc, Math.max(best.get(m.doc) ?? 0, links!.get(m.id)!));
    const kept = aligned.filter((m) => m === rep || m === c || links!.get(m.id)! >= best.get(m.doc)! || links!.get(m.id)! >= ALIGN.sameDocExtra);
    const members = agreeingMembers(kept, rep, c, links);
    for (const m of members) covered.add(m.id);
    stars.push(members);
    reps.push(rep);
  }
  // one array pushed to (an empty map() result is a different array kind: the push below deoptimised on it)
  const drafts: DraftClaim[] = [];
  // (a restating star's member that a claim would not take stands alone: covered no more)
  for (const members of mergeRestatements(stars, reps, al, covered, alone)) drafts.push(finish(members, al, fam, poor));
  // statements no other article makes
  for (const u of units) if (!covered.has(u.id)) drafts.push(finish([u], al, fam, poor));
  return drafts;
}

const NO_UNITS: Unit[] = [];

/** The aligned units, most corroborated first: the order in which they may open a claim. */
function centresInOrder(units: Unit[], al: Alignment, fam: SourceFamilies): Unit[] {
  const stats = units.map((u) => corroboration(u, units, al, fam));
  return units
    .filter((u) => al.neighbors.has(u.id))
    .sort(
      (a, b) => stats[b.id].strength - stats[a.id].strength || stats[b.id].docs - stats[a.id].docs || stats[b.id].sum - stats[a.id].sum || byPosition(a, b),
    );
}

/**
 * The members of a star whose amounts agree with one another, not only with the wording: the wording and the centre
 * first (they agree: the alignment holds no link whose amounts disagree), then the others by their link to the
 * wording, each kept when it disagrees (amountsDisagree) with none of the members kept from other articles. A
 * member left out is left uncovered: it opens a claim of its own, or stands alone. Only the first
 * AMOUNT_MEMBERS.checked kept members giving amounts are asked.
 */
function agreeingMembers(kept: Unit[], rep: Unit, c: Unit, links: Map<number, number> | undefined): Unit[] {
  if (kept.length < 3 || !kept.some(hasAmount)) return kept;
  const rest = kept.filter((m) => m !== rep && m !== c).sort((a, b) => links!.get(b.id)! - links!.get(a.id)! || byPosition(a, b));
  const out = rep === c ? [rep] : [rep, c];
  const asked: Unit[] = out.filter(hasAmount);
  // members whose amounts are all the wording's own: parts of its statement, not apart from one another
  const told = new Set(out.filter((m) => amountsToldIn(m, rep)));
  for (const m of rest) {
    if (!hasAmount(m)) {
      out.push(m);
      continue;
    }
    const part = amountsToldIn(m, rep);
    if (asked.some((h) => h.doc !== m.doc && !(part && told.has(h)) && amountsDisagree(h, m))) continue;
    if (part) told.add(m);
    out.push(m);
    if (asked.length < AMOUNT_MEMBERS.checked) asked.push(m);
  }
  return out.sort(byPosition);
}

/**
 * A star that shares a sentence with an earlier (stronger) star and adds no document of its own restates
 * that claim in other sentences of the same articles: it joins the earlier star; so does one drawn around the earlier
 * star's own wording, whatever articles it adds (one wording, one claim: Pelosi's "134 to 63"). Only when its other
 * sentences align with the earlier star's own sentences too: a long sentence stating two facts ("flies to
 * Belarus on Monday, his first visit in three years") links two claims without making them one.
 * A joining sentence of an article the earlier star holds a sentence of is held to the star's own rule for a second
 * sentence of one article (`secondSentence`): a star re-opened around a sentence the claim left out (its wording the
 * claim's) does not bring it back ("They said they expected Brazil and Colombia to open export registrations" beside
 * Dauster's "had not yet decided when registrations ... will be opened"), unless the score cannot tell the two apart
 * and it comes first, or tells a part of the wording its article's sentence leaves out, or every other article reads
 * it as the claim (secondSentence). A star worded by one of the earlier star's sentences other than its wording
 * also brings a sentence that wording reads as its article's statement where the article's sentences in the claim
 * read as none of it (toldByWording: Fox's "She won by a 134-to-63 vote", aligned with the NYT's "Ms. Pelosi won, 134
 * to 63", not with HuffPost's "Pelosi defeated her lone challenger ... by a vote of 134 to 63", the claim's wording).
 * Sentences left out of every claim that copy one another are one claim of their own; any other is taken out of
 * `covered`: it stands alone.
 */
function mergeRestatements(stars: Unit[][], reps: Unit[], al: Alignment, covered: Set<number>, alone: (u: Unit) => boolean): Unit[][] {
  const out: Unit[][] = [];
  // each star of `out`'s wording (the rep it was drawn around)
  const outReps: Unit[] = [];
  const dropped: Unit[] = [];
  // per unit id, the stars of `out` holding it: only those can host a star holding the unit (the first, by place,
  // that passes), so a star is checked against the earlier stars it shares a sentence with, not against all
  const starsOf = new Map<number, number[]>();
  const holding = (id: number, star: number) => {
    const list = starsOf.get(id);
    if (!list) starsOf.set(id, [star]);
    else if (!list.includes(star)) list.push(star);
  };
  for (const [i, s] of stars.entries()) {
    const ids = new Set(s.map((u) => u.id));
    const docs = new Set(s.map((u) => u.doc));
    const sharing = new Set<number>();
    for (const u of s) for (const o of starsOf.get(u.id) ?? []) sharing.add(o);
    const at = [...sharing]
      .sort((x, y) => x - y)
      .find((o) => (outReps[o] === reps[i] || [...docs].every((d) => out[o].some((u) => u.doc === d))) && restates(out[o], s, ids, reps[i], al));
    if (at !== undefined) {
      const host = out[at];
      // the star's own wording, when it is one of the claim's sentences but not its wording (toldByWording)
      const also = reps[i] !== outReps[at] && host.includes(reps[i]) ? reps[i] : null;
      for (const u of s)
        if (host.some((h) => h.id === u.id)) continue;
        else if (!secondSentence(u, host, outReps[at], al, alone) && !(also && toldByWording(u, host, also, al))) dropped.push(u);
        else {
          host.push(u);
          holding(u.id, at);
        }
      host.sort(byPosition);
    } else {
      for (const u of s) holding(u.id, out.length);
      out.push([...s]);
      outReps.push(reps[i]);
    }
  }
  // the sentences left out that restate one another as closely as a copy (ALIGN.sameDocExtra: Succop's missed try in
  // four reports) are one claim of their own, not one single-source claim each; the rest stand alone
  const placed = new Set<number>();
  for (const u of dropped) {
    if (starsOf.has(u.id) || placed.has(u.id)) continue;
    placed.add(u.id);
    const own = al.neighbors.get(u.id);
    const group = [u];
    for (const v of dropped)
      if (!starsOf.has(v.id) && !placed.has(v.id) && (own?.get(v.id) ?? 0) >= ALIGN.sameDocExtra && !group.some((g) => g.doc === v.doc)) {
        placed.add(v.id);
        group.push(v);
      }
    if (group.length > 1) out.push(group.sort(byPosition));
    else covered.delete(u.id);
  }
  return out;
}

/**
 * Does a sentence joining a star (its wording `rep`) pass the star's rule for its article: as well aligned with the
 * wording as the star's best sentence of that article, or at least ALIGN.sameDocExtra? A sentence of an article
 * the star holds none of passes. So does one aligned within ALIGN.sameDocTie of the article's sentences it falls
 * below and written before them, reading on its own (`alone`: not USG's "That is 80 basis points more"): the score
 * cannot tell which of the two states the claim, and an article states its news before it goes on (Qantas' "has
 * placed a firm order with Boeing Co for four 747-400 aircraft", 0.499, before its "talking to three engine makers",
 * 0.51; a seed's "his predecessor Vladimir Makei unexpectedly passed away last month", 0.437, before "The cause of
 * death has not been announced", 0.455). So does one telling what the article's sentence leaves out of the wording
 * (toldPart) or read as the claim by every other article (everyArticle).
 */
function secondSentence(u: Unit, host: Unit[], rep: Unit, al: Alignment, alone: (u: Unit) => boolean): boolean {
  const links = al.neighbors.get(rep.id);
  const link = links?.get(u.id) ?? 0;
  if (link >= ALIGN.sameDocExtra) return true;
  let second = false;
  let tie = true;
  for (const h of host) {
    if (h.doc !== u.doc) continue;
    // (the wording's own article never: its sentence is the wording itself)
    const held = h === rep ? Infinity : (links?.get(h.id) ?? 0);
    if (link >= held) continue;
    second = true;
    if (held - link > ALIGN.sameDocTie || h.sentence < u.sentence) tie = false;
  }
  if (!second || (tie && alone(u)) || toldPart(u, host, rep)) return true;
  // a sentence restating one the star holds (its copy in another article, as well aligned as a second sentence must be)
  const own = al.neighbors.get(u.id);
  return host.some((h) => h.doc !== u.doc && (own?.get(h.id) ?? 0) >= ALIGN.sameDocExtra) || everyArticle(u, host, own);
}

/**
 * Is a sentence the one of its article that a sentence of the claim (`wording`, a restating star's wording) reads as
 * its statement, where the article's sentences in the claim read as none of it? Aligned with that sentence, of
 * another article, and none of its article's sentences in the claim is: the article tells that part of the claim
 * only in it (Fox's "Pelosi was challenged by Ohio Rep. Tim Ryan in a secret-ballot vote" in the claim, aligned with
 * HuffPost's wording "Pelosi defeated her lone challenger ... by a vote of 134 to 63" and not with the NYT's "But
 * while Ms. Pelosi won, 134 to 63, ..."; Fox's next sentence "She won by a 134-to-63 vote" aligned with the NYT's).
 */
function toldByWording(u: Unit, host: Unit[], wording: Unit, al: Alignment): boolean {
  const links = al.neighbors.get(wording.id);
  if (u.doc === wording.doc || !links?.has(u.id) || !sharesFigure(u, wording)) return false;
  return !host.some((h) => h.doc === u.doc && links.has(h.id));
}

/**
 * Does a sentence share a figure with a wording? What toldByWording asks beyond the link: the link alone is words of
 * the story's topic ("They said U.S. energy futures ran into resistance at today's highs" beside a wording on the
 * futures' opening and support, another statement), and so is an actor in a company notice, where every sentence
 * names the company (Bond Corp's "float ... was geared for international expansion" beside "Bond Media will be
 * publicly floated with a rights issue"); Pelosi's "She won by a 134-to-63 vote" shares the NYT's "134".
 */
function sharesFigure(u: Unit, wording: Unit): boolean {
  for (const k of u.keySet) if (k.startsWith('n:') && wording.keySet.has(k)) return true;
  return false;
}

/**
 * Does a second sentence of an article tell the part of the wording that the article's sentences in the claim leave
 * out -- the wording's statement split over two sentences of the article? The wording's keys it alone of them holds
 * are at least ALIGN.partOfWording of the wording's and ALIGN.partOfSentence of its own, and it sits next to one of
 * them (Pitman "was charged with arson" / "will appear at Taunton Deane Magistrates Court tomorrow" against "Robert
 * Pitman, 24, from the town is due to appear before Taunton Deane Magistrates' Court"); or that part names one of the
 * wording's actors with a figure, wherever it sits (same subject, same figure: "Ty Lawson also chipped in 16 points"
 * beside "Danny Green (14 points) became the 61st player" against "Ty Lawson added 16 points ..., while Danny Green
 * had 14").
 */
function toldPart(u: Unit, host: Unit[], rep: Unit): boolean {
  let next = false;
  for (const h of host) if (h.doc === u.doc && Math.abs(h.sentence - u.sentence) === 1) next = true;
  let part = 0;
  let actor = false;
  let figure = false;
  for (const k of u.keySet) {
    if (!rep.keySet.has(k) || host.some((h) => h.doc === u.doc && h.keySet.has(k))) continue;
    part++;
    if (u.persons.includes(k) || u.companies.includes(k)) actor = true;
    else if (k.startsWith('n:')) figure = true;
  }
  if (actor && figure) return true;
  return next && part >= ALIGN.partOfWording * rep.keySet.size && part >= ALIGN.partOfSentence * u.keySet.size;
}

/**
 * Is a sentence aligned with the claim's sentences in every other article the claim holds, at least
 * ALIGN.everyArticle of them? Each of them reads it as the claim's statement, whatever its article's other sentence
 * scores (a lead's "..., in the fifth successful anti-piracy operation since September" beside the article's "This is
 * the fifth successful anti-piracy operation conducted by INS Sukanya"; Jackson "looks forward to proving his
 * innocence" beside the quote).
 */
function everyArticle(u: Unit, host: Unit[], own: Map<number, number> | undefined): boolean {
  if (!own) return false;
  const docs = new Set<DocId>();
  for (const h of host) if (h.doc !== u.doc) docs.add(h.doc);
  if (docs.size < ALIGN.everyArticle) return false;
  for (const h of host) if (own.has(h.id)) docs.delete(h.doc);
  return docs.size === 0;
}

/** Does the earlier star `o` restate star `s` (its ids `ids`, its representative `rep`)? Worded by one of the earlier
 * star's sentences, or every sentence aligned with one of its own. */
function restates(o: Unit[], s: Unit[], ids: Set<number>, rep: Unit, al: Alignment): boolean {
  return o.some((h) => h.id === rep.id) || s.every((u) => o.some((h) => h.id === u.id || (!ids.has(h.id) && al.neighbors.get(u.id)?.has(h.id))));
}

function finish(members: Unit[], al: Alignment, fam: SourceFamilies, poor: (u: Unit) => boolean): DraftClaim {
  // (a lone member's one document: no set made)
  const docs = members.length === 1 ? [members[0].doc] : [...new Set(members.map((m) => m.doc))];
  return { members, representative: representativeOf(members, al, poor, true), docs, independent: fam.count(docs) };
}

/** Corroborated claims first, then the most widely carried, then the earliest in their articles. */
export function rankDrafts(drafts: DraftClaim[]): DraftClaim[] {
  // each draft's earliest place, worked out once (not twice per comparison) and read by the draft's index: the
  // indices are sorted (a stable sort from their order: the drafts' own order on ties), no map looked up per comparison
  const pos = new Float64Array(drafts.length);
  const order: number[] = [];
  for (let i = 0; i < drafts.length; i++) {
    let p = Infinity;
    for (const m of drafts[i].members) p = Math.min(p, m.position);
    pos[i] = p;
    order.push(i);
  }
  order.sort((i, j) => {
    const a = drafts[i];
    const b = drafts[j];
    return b.independent - a.independent || b.docs.length - a.docs.length || pos[i] - pos[j] || byPosition(a.representative, b.representative);
  });
  return order.map((i) => drafts[i]);
}

export function refsOf(members: Unit[]): SentenceRef[] {
  return members.map((m) => ({ document: m.doc, sentence: m.sentence }));
}

/** Public claims, ids in rank order; `disputed` is set later by the discrepancy pass. */
export function toClaims(storyId: string, ranked: DraftClaim[]): Claim[] {
  return ranked.map((d, i) => ({
    id: `${storyId}-c${i + 1}`,
    text: d.representative.text,
    support: refsOf(d.members),
    independentSources: d.independent,
    status: d.independent >= 2 ? 'corroborated' : 'single-source',
  }));
}
