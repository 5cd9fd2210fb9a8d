// Spun copies: "article spinners" swap words for synonyms and break the fixed phrases of news
// ("Protection Minister", "...," mentioned X, "first go to to Belarus", "fifteen,000"). Signals that
// generalise: the share of word pairs real news never uses, minister titles without a portfolio word,
// quotes attributed with verbs other than news' usual ones, number words glued to digit groups.
import type { Flag, TextDocument } from '../model.ts';
import { loadBigramTable, pairTokens, type BigramTable } from './bigrams.ts';
import { MINISTER_QUALIFIERS, NORMAL_SPEECH_VERBS, NOT_A_VERB, NUMBER_WORDS, SPUN, SUBJECT_PRONOUNS } from './data/spun.ts';

export interface SpunSignals {
  bigrams: { counted: number; improbable: string[]; rate: number } | null;
  titles: string[];
  speech: { slots: number; unusual: string[]; verbs: string[] };
  numbers: string[];
}

/** Word pairs of the text that real news never writes though both words are common in it. */
export function improbablePairs(sentences: string[], table: BigramTable): { counted: number; improbable: string[] } {
  let counted = 0;
  const improbable: string[] = [];
  for (const s of sentences) {
    const toks = pairTokens(s);
    for (let i = 0; i + 1 < toks.length; i++) {
      const a = toks[i];
      const b = toks[i + 1];
      if (!a || !b) continue;
      const ca = table.unigrams.get(a) ?? 0;
      const cb = table.unigrams.get(b) ?? 0;
      if (ca < SPUN.minWordCount || cb < SPUN.minWordCount) continue;
      counted++;
      if ((ca * cb) / table.tokens >= SPUN.minExpected && !table.has(a, b)) improbable.push(`${a} ${b}`);
    }
  }
  return { counted, improbable };
}

const MINISTER = /\b(\p{Lu}[\p{Ll}-]+)\s+Minister\b/gu;
/** Nationality and place adjectives stand before "Minister" too ("Belarusian Minister"). */
const ADJECTIVE_ENDING = /(an|ian|ese|ish|ic|i|ch|ss)$/;

export function brokenTitles(sentences: string[]): string[] {
  const out: string[] = [];
  for (const s of sentences) {
    // the pattern ends in the word: most sentences have none and are not scanned
    if (!s.includes('Minister')) continue;
    for (const m of s.matchAll(MINISTER)) {
      const w = m[1].toLowerCase();
      if (MINISTER_QUALIFIERS.has(w) || ADJECTIVE_ENDING.test(w)) continue;
      // Sentence-initial "The Minister" and the like are not titles.
      if (['the', 'a', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'your', 'whose', 'new', 'then', 'ex'].includes(w)) continue;
      out.push(m[0]);
    }
  }
  return out;
}

// After a closing quote: `,” mentioned Yuriy Saks` / `,” he mentioned`; at a sentence end: `, Azarov mentioned.`
const AFTER_QUOTE = /[,?!]\s*["”]\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu;
const NAME_THEN_VERB = /,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Ll}+)\.\s*$/u;

export function speechVerbs(sentences: string[]): { slots: number; unusual: string[]; verbs: string[] } {
  let slots = 0;
  const unusual: string[] = [];
  const verbs: string[] = [];
  for (const s of sentences) {
    // both slots need a quotation mark in the sentence: most have none and are not scanned
    if (!s.includes('"') && !s.includes('”')) continue;
    for (const m of s.matchAll(AFTER_QUOTE)) {
      const verb = SUBJECT_PRONOUNS.has(m[1]) ? m[2] : m[1];
      // The slot holds a verb in the past tense ("said", "mentioned"), not a noun phrase ("," one dealer).
      if (!verb || NOT_A_VERB.has(verb) || !(NORMAL_SPEECH_VERBS.has(verb) || /ed$/.test(verb))) continue;
      slots++;
      if (!NORMAL_SPEECH_VERBS.has(verb)) {
        unusual.push(m[0].trim());
        verbs.push(verb);
      }
    }
    const n = NAME_THEN_VERB.exec(s);
    if (n && (NORMAL_SPEECH_VERBS.has(n[2]) || /ed$/.test(n[2]))) {
      slots++;
      if (!NORMAL_SPEECH_VERBS.has(n[2])) {
        unusual.push(`${n[1]}${n[2]}`.trim());
        verbs.push(n[2]);
      }
    }
  }
  return { slots, unusual, verbs };
}

const NUMBER_GLUED = new RegExp(`\\b(?:${NUMBER_WORDS})[,.]\\d{3}\\b`, 'gi');
/** What every glued number holds: a sentence without it is not scanned for the number words (most are not). */
const DIGIT_GROUP = /[,.]\d{3}/;

export function gluedNumbers(sentences: string[]): string[] {
  return sentences.flatMap((s) => (DIGIT_GROUP.test(s) ? (s.match(NUMBER_GLUED) ?? []) : []));
}

const clamp = (x: number) => Math.max(0, Math.min(1, x));

/**
 * The signals of one document. The word-pair rate is the costly one and cannot flag a text alone
 * (SPUN.minSignals), so with `lazy` it is measured only when a cheaper signal has fired.
 */
export function spunSignals(doc: TextDocument, table: BigramTable | null = loadBigramTable(), lazy = false): SpunSignals {
  const sentences = [doc.title, ...doc.sentences.map((s) => s.text)].filter(Boolean);
  const titles = brokenTitles(sentences);
  const speech = speechVerbs(sentences);
  const numbers = gluedNumbers(sentences);
  const other = titles.length > 0 || speech.verbs.length > 1 || numbers.length > 0;
  const pairs = table && (other || !lazy) ? improbablePairs(sentences, table) : null;
  return {
    bigrams: pairs && pairs.counted >= SPUN.minPairs ? { ...pairs, rate: pairs.improbable.length / pairs.counted } : null,
    titles,
    speech,
    numbers,
  };
}

/** The spun flag of one document, with the offending phrases as evidence. */
export function spunFlag(doc: TextDocument, table: BigramTable | null = loadBigramTable()): Flag {
  if (doc.language !== 'en') return { detected: false, score: 0, evidence: [] };
  const sig = spunSignals(doc, table, true);
  const parts: Array<[number, string | null]> = [];
  const list = (xs: string[]) =>
    [...new Set(xs)]
      .slice(0, SPUN.maxEvidence)
      .map((x) => `"${x}"`)
      .join(', ');
  if (sig.bigrams) {
    const s = clamp((sig.bigrams.rate - SPUN.baseRate) / (SPUN.fullRate - SPUN.baseRate));
    parts.push([
      SPUN.weights.bigrams * s,
      s > 0
        ? `${sig.bigrams.improbable.length} of ${sig.bigrams.counted} word pairs (${(sig.bigrams.rate * 100).toFixed(1)}%) never occur in the reference news corpus though both words are common: ${list(sig.bigrams.improbable)}`
        : null,
    ]);
  }
  if (sig.titles.length) parts.push([SPUN.weights.titles * clamp(sig.titles.length / 2), `minister titles without a portfolio word: ${list(sig.titles)}`]);
  if (sig.speech.slots >= SPUN.minAttributions && sig.speech.unusual.length) {
    // A spinner swaps "said" the same way every time: the most repeated unusual verb is what counts.
    const byVerb = new Map<string, number>();
    for (const u of sig.speech.verbs) byVerb.set(u, (byVerb.get(u) ?? 0) + 1);
    const [verb, most] = [...byVerb].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const share = most / sig.speech.slots;
    if (most >= 2 && share > 0.25)
      parts.push([
        SPUN.weights.speech * clamp((share - 0.25) / 0.5),
        `${most} of ${sig.speech.slots} quote attributions use "${verb}" where news writes "said" or "told": ${list(sig.speech.unusual)}`,
      ]);
  }
  if (sig.numbers.length) parts.push([SPUN.weights.numbers * clamp(sig.numbers.length), `number words glued to digit groups: ${list(sig.numbers)}`]);
  const score = Math.round(clamp(parts.reduce((s, [x]) => s + x, 0)) * 1000) / 1000;
  const signals = parts.filter(([x]) => x > 0).length;
  const evidence = parts.filter(([x, e]) => x > 0 && e).map(([, e]) => e as string);
  return { detected: score >= SPUN.threshold && signals >= SPUN.minSignals, score, evidence };
}
