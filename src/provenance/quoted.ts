// Common quotations: two reporters quoting one speech or statement share its words verbatim, and that is no
// evidence that one copied the other. The words of a sentence that lie inside quotation marks (a quote may run
// over several sentences of a paragraph), and the names outside them that may be its speaker.
import { fnv1a } from '../fingerprint/index.ts';
import { normalWords } from '../fingerprint/normalize.ts';
import type { SentenceMatch } from './align.ts';
import { lcsLength } from './lcs.ts';
import { HAS_QUOTE_MARK, NOT_SPEAKERS, QUOTATION, QUOTE_MARK_ROLE, QUOTE_MARKS, SPEECH_VERBS, VERBS_BEFORE_SPEAKER } from './data/quotation.ts';
import type { DocView } from './view.ts';

const NAME = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;
const TOKEN = /\S+/gu;
const EDGE_PUNCT = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const POSSESSIVE = /['’]s$/u;
const TRAILING_PUNCT = /[^\p{L}\p{N}'’.]$/u;

export interface QuotedSentence {
  /** hashes of the normalised words inside quotation marks, in order */
  quoted: Uint32Array;
  /** names outside quotation marks next to a speech verb ("Tanya Sanerib" of "said Tanya Sanerib"), by surname */
  names: Map<string, string>;
}

/** The names in a piece of text outside quotes that stand next to a speech verb, put under their last word. */
function speakers(piece: string, into: Map<string, string>): void {
  const tokens = piece.match(TOKEN) ?? [];
  const words = tokens.map((t) => t.replace(EDGE_PUNCT, '').replace(POSSESSIVE, ''));
  const isName = (w: string | undefined) => w !== undefined && NAME.test(w) && !NOT_SPEAKERS.has(w.toLowerCase());
  const verb = (w: string | undefined, verbs: ReadonlySet<string> = SPEECH_VERBS) => w !== undefined && verbs.has(w.toLowerCase());
  for (let k = 0; k < words.length; ) {
    if (!isName(words[k])) {
      k++;
      continue;
    }
    // a name runs on over capitalised words, not over a comma ("on Cable News Network, Baker said")
    let e = k + 1;
    while (e < words.length && isName(words[e]) && !TRAILING_PUNCT.test(tokens[e - 1])) e++;
    // "according to Smith": the verb two words before
    if (verb(words[k - 1], VERBS_BEFORE_SPEAKER) || verb(words[e]) || (words[k - 1] === 'to' && words[k - 2]?.toLowerCase() === 'according')) {
      const name = words.slice(k, e).join(' ');
      const key = words[e - 1];
      const had = into.get(key);
      if (!had || had.length < name.length) into.set(key, name);
    }
    k = e;
  }
}

/** The quotes open after a quotation mark (`open`: their opening marks, innermost last). */
function markMet(open: string[], mark: string): void {
  const top = open[open.length - 1];
  const after = QUOTE_MARK_ROLE.closesAfter.get(mark);
  if (QUOTE_MARK_ROLE.open.has(mark)) open.push(mark);
  else if (after) {
    if (top !== undefined && after.has(top)) open.pop();
    else open.push(mark);
  } else if (QUOTE_MARK_ROLE.closes.has(mark) && top !== undefined) open.pop();
  else open.push(mark);
}

/** A mark that stands where a quote ends: after a word or punctuation, before a space, punctuation or the end. */
const CLOSING_AT = /["”»](?=[\s\p{P}]|$)/u;

/** The paragraph's first quotation mark closes a quote: the paragraph goes on one opened in a paragraph before. */
function continuesQuote(first: string): boolean {
  const m = HAS_QUOTE_MARK.exec(first);
  if (!m) return false;
  if (m[0] === '”' || m[0] === '»') return true;
  return m[0] === '"' && m.index > 0 && !/\s/u.test(first[m.index - 1]) && CLOSING_AT.test(first.slice(m.index));
}

/**
 * Each sentence's quoted words and names outside quotes; a quote left open ends with its paragraph, and a paragraph
 * whose first mark closes a quote was inside one from its start (a letter quoted over several paragraphs).
 */
export function quotedSentences(view: DocView): QuotedSentence[] {
  if (view.quoted) return view.quoted;
  const out: QuotedSentence[] = [];
  const open: string[] = [];
  let paragraph = -1;
  const sentences = view.doc.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      open.length = 0;
      // the paragraph's text up to its first quotation mark
      let first = '';
      for (let k = i; k < sentences.length && sentences[k].paragraph === paragraph; k++) {
        first += `${sentences[k].text} `;
        if (HAS_QUOTE_MARK.test(sentences[k].text)) break;
      }
      if (continuesQuote(first)) open.push('“');
    }
    const quoted: number[] = [];
    const names = new Map<string, string>();
    let at = 0;
    const take = (piece: string) => {
      if (open.length) {
        for (const w of normalWords(piece)) quoted.push(fnv1a(w));
        return;
      }
      speakers(piece, names);
    };
    for (const m of s.text.matchAll(QUOTE_MARKS)) {
      take(s.text.slice(at, m.index));
      markMet(open, m[0]);
      at = m.index + m[0].length;
    }
    take(s.text.slice(at));
    out.push({ quoted: Uint32Array.from(quoted), names });
  }
  view.quoted = out;
  return out;
}

export interface QuotationShare {
  /** words the lexical matches share that are not inside quotation marks on both sides, over the sentence pairs
   * with at least QUOTATION.minOwnWords of them */
  ownWords: number;
  ownSentences: number;
  /** words shared inside quotation marks on both sides */
  quotedWords: number;
  /** names outside the quotes in both sentences of a pair, most often met first */
  speakers: string[];
}

/** How much of what two documents' lexical matches share is a quotation in both. */
export function quotationShare(A: DocView, B: DocView, matches: readonly SentenceMatch[]): QuotationShare {
  const qa = quotedSentences(A);
  const qb = quotedSentences(B);
  let ownWords = 0;
  let ownSentences = 0;
  let quotedWords = 0;
  const named = new Map<string, { name: string; pairs: number }>();
  for (const m of matches) {
    if (!m.lexical) continue;
    const a = qa[m.a];
    const b = qb[m.b];
    const both = Math.min(m.common, lcsLength(a.quoted, b.quoted));
    quotedWords += both;
    const own = m.common - both;
    if (own >= QUOTATION.minOwnWords) {
      ownWords += own;
      ownSentences++;
    }
    if (both === 0) continue;
    for (const [key, name] of a.names) {
      const other = b.names.get(key);
      if (other === undefined) continue;
      const full = other.length > name.length ? other : name;
      const had = named.get(key);
      named.set(key, { name: had && had.name.length > full.length ? had.name : full, pairs: (had?.pairs ?? 0) + 1 });
    }
  }
  // most pairs first, then as first met (a Map keeps that order and the sort is stable)
  const who = [...named.values()].sort((x, y) => y.pairs - x.pairs).map((n) => n.name);
  return { ownWords, ownSentences, quotedWords, speakers: who.slice(0, QUOTATION.maxSpeakers) };
}

/** The reason a pair sharing only quotations is no copy. */
export function quotationReason(share: QuotationShare, passages: number): string {
  const what = passages === 1 ? 'a quoted passage' : `${passages} quoted passages`;
  const whose = share.speakers.length
    ? ` of ${share.speakers.map((s) => `${s}'s`).join(' and ')} ${share.speakers.length > 1 ? 'statements' : 'statement'}`
    : '';
  const own = share.ownWords ? `; ${share.ownWords} other shared words are not enough for a copy` : '';
  return `shares only ${what}${whose} (${share.quotedWords} words inside quotation marks in both${own}): not a copy`;
}
