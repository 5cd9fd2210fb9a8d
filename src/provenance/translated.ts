// Translated articles: translation credits, names spelt with another transliteration than the rest of
// the collection uses (Kiev/Kyiv, Lukashenka/Lukashenko), translationese calques, and page chrome in
// another script around an English text. Needs the whole collection, so it runs over all documents at once.
import type { DocId, Flag, TextDocument } from '../model.ts';
import { fold } from '../common/normalize.ts';
import { editDistance } from '../common/edit-distance.ts';
import { CALQUE_WORDS, CALQUES, CREDIT_WORDS, TRANSLATED, TRANSLATION_CREDITS, transliterationKey } from './data/translation.ts';

/** Capitalised words not at the start of a sentence: names, mostly. */
function names(doc: TextDocument): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of doc.sentences) {
    const { words } = s;
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (w.length < 4 || !isCapitalised(w)) continue;
      out.set(w, (out.get(w) ?? 0) + 1);
    }
  }
  return out;
}

const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const LOWER = /^\p{Ll}+$/u;

/**
 * CAPITALISED.test(w), by code units while they are ASCII (in ASCII, \p{Lu} is A-Z and \p{Ll} a-z):
 * the pattern runs only on a word with other characters.
 */
export function isCapitalised(w: string): boolean {
  const c0 = w.charCodeAt(0);
  if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) return false;
  if (c0 >= 128 || w.length < 2) return CAPITALISED.test(w);
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return CAPITALISED.test(w);
    if (!(c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** LOWER.test(w), the same way. */
export function isLowerWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return LOWER.test(w);
    if (!(c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** "Kyiv" and "Kyivs" are one name inflected, not two spellings. */
function inflection(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return l.startsWith(s) && /^(s|es|'s|n)$/.test(l.slice(s.length));
}

export interface VariantUse {
  word: string;
  usual: string;
  usualDocs: number;
  variantDocs: number;
}

/** For every document, the names it spells differently from most of the collection. */
export function transliterationVariants(docs: TextDocument[]): Map<DocId, VariantUse[]> {
  const perDoc = docs.map(names);
  const capital = new Map<string, number>();
  for (const m of perDoc) for (const [w, n] of m) capital.set(w, (capital.get(w) ?? 0) + n);
  // Words written in lower case at least as often as capitalised mid-sentence are ordinary words, not names
  // (a stray lower-case "lukashenko" in a photo caption does not make the name a word). Only the lower-case
  // forms of the names are counted: a word of another length is passed at once.
  // (each lower-case form's count in `lowerCounts` at the slot `lower` gives it: a word met adds one with one look-up;
  // a word not in lower case is passed before any look-up -- most capitalised words and figures of every text)
  const lowerOf = new Map<string, string>();
  const lower = new Map<string, number>();
  const lengths: boolean[] = [];
  for (const w of capital.keys()) {
    const l = w.toLowerCase();
    lowerOf.set(w, l);
    if (!lower.has(l)) lower.set(l, lower.size);
    lengths[l.length] = true;
  }
  const lowerCounts = new Int32Array(lower.size);
  for (const d of docs)
    for (const s of d.sentences)
      for (const w of s.words) {
        if (lengths[w.length] !== true || !isLowerWord(w)) continue;
        const slot = lower.get(w);
        if (slot !== undefined) lowerCounts[slot]++;
      }
  const ordinary = new Set<string>();
  for (const [w, n] of capital) if (lowerCounts[lower.get(lowerOf.get(w) as string) as number] >= n) ordinary.add(w);
  const keys = new Map<string, string>();
  const keyOf = (w: string) => {
    let k = keys.get(w);
    if (k === undefined) keys.set(w, (k = transliterationKey(fold(w))));
    return k;
  };
  const docsOf = new Map<string, number>();
  const byKey = new Map<string, Set<string>>();
  for (const m of perDoc) {
    for (const w of m.keys()) {
      if (ordinary.has(w)) continue;
      docsOf.set(w, (docsOf.get(w) ?? 0) + 1);
      const k = keyOf(w);
      if (k.length < 2) continue;
      let set = byKey.get(k);
      if (!set) byKey.set(k, (set = new Set()));
      set.add(w);
    }
  }
  // The other spellings a name may be a variant of depend on the two words only: found once per name, not
  // again in every document that writes it (a name in many documents was compared as often)
  const close = new Map<string, string[]>();
  const closeTo = (w: string): string[] => {
    let list = close.get(w);
    if (list !== undefined) return list;
    list = [];
    const spellings = docsOf.has(w) ? byKey.get(keyOf(w)) : undefined;
    if (spellings && spellings.size >= 2) {
      const folded = fold(w);
      for (const v of spellings) if (!(v === w || v[0] !== w[0] || inflection(v, w) || editDistance(fold(v), folded, 2) > 2)) list.push(v);
    }
    close.set(w, list);
    return list;
  };
  const out = new Map<DocId, VariantUse[]>();
  docs.forEach((doc, i) => {
    const found: VariantUse[] = [];
    for (const w of perDoc[i].keys()) {
      const spellings = closeTo(w);
      if (spellings.length === 0) continue;
      const mine = docsOf.get(w) ?? 0;
      for (const v of spellings) {
        const theirs = (docsOf.get(v) ?? 0) - (perDoc[i].has(v) ? 1 : 0);
        if (theirs >= TRANSLATED.minOtherDocs && mine * 2 <= theirs + (perDoc[i].has(v) ? 1 : 0)) {
          found.push({ word: w, usual: v, usualDocs: theirs, variantDocs: mine });
        }
      }
    }
    if (found.length)
      out.set(
        doc.id,
        found.sort((a, b) => (a.word < b.word ? -1 : 1)),
      );
  });
  return out;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The translated flag of one document, given the names it spells differently from the collection. */
export function translatedFlag(doc: TextDocument, variants: VariantUse[] = []): Flag {
  const w = TRANSLATED.weights;
  const evidence: string[] = [];
  let score = 0;
  const lines = [doc.title, ...doc.sentences.map((s) => s.text), ...doc.removed.map((r) => r.text)];
  const credits: string[] = [];
  const all = lines.join('\n');
  // One pass over the whole text per pattern; the lines are searched only for a pattern that matched.
  const hits = CREDIT_WORDS.test(all) ? TRANSLATION_CREDITS.filter(([, re]) => re.test(all)) : [];
  for (const line of hits.length ? lines : []) {
    for (const [label, re] of hits) {
      const m = re.exec(line);
      if (m && credits.length < TRANSLATED.maxEvidence) credits.push(`${label} in "${line.length > 160 ? `${line.slice(0, 157)}...` : line}"`);
    }
  }
  if (credits.length) {
    score += w.credit;
    evidence.push(...[...new Set(credits)].map((c) => `translation credit: ${c}`));
  }
  const vs = variants.slice(0, TRANSLATED.maxVariants);
  if (vs.length) {
    score += w.variant * vs.length;
    for (const v of variants.slice(0, TRANSLATED.maxEvidence))
      evidence.push(`transliteration "${v.word}" where ${v.usualDocs} other article(s) write "${v.usual}"`);
  }
  const text = doc.sentences.map((s) => s.text).join(' ');
  const calques = CALQUE_WORDS.test(text) ? CALQUES.map((re) => re.exec(text)?.[0]).filter((x): x is string => !!x) : [];
  if (calques.length) {
    score += w.calque * Math.min(calques.length, TRANSLATED.maxCalques);
    evidence.push(`phrases typical of translation: ${calques.map((c) => `"${c}"`).join(', ')}`);
  }
  let foreignScript = false;
  if (doc.language === 'en' && CYRILLIC.test(all)) {
    const foreign = lines.filter((l) => CYRILLIC.test(l) && !LATIN.test(l.replace(/[^\p{L}]/gu, '').slice(0, 1)));
    if (foreign.length >= 2) {
      foreignScript = true;
      score += w.script;
      evidence.push(`${foreign.length} lines in Cyrillic around the English text, e.g. "${foreign[0].slice(0, 80)}"`);
    }
  }
  score = Math.round(Math.min(1, score) * 1000) / 1000;
  // A credit says it outright; otherwise re-spelt names alone are too common (Kong/Keng), so they need support.
  const supported = variants.length >= TRANSLATED.minVariants && (foreignScript || calques.length >= TRANSLATED.minCalques);
  return { detected: score >= TRANSLATED.threshold && (credits.length > 0 || supported), score, evidence };
}
