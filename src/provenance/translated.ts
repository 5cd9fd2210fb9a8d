// Translated articles: translation credits, names spelt with another transliteration than the rest of
// the collection uses (Kiev/Kyiv, Lukashenka/Lukashenko), translationese calques, and page chrome in
// another script around an English text. Needs the whole collection, so it runs over all documents at once.
import type { DocId, Flag, TextDocument } from '../model.ts';
import { fold } from '../common/normalize.ts';
import { editDistance } from '../common/edit-distance.ts';
import { CALQUE_WORDS, CALQUES, TRANSLATED, transliterationKey } from './data/translation.ts';
import { CREDIT_WORDS, TRANSLATION_CREDITS } from '../common/translation-credits.ts';

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

/**
 * Capitalised words not at the start of a sentence (names, mostly), each numbered once in the collection (in
 * the order first met, document by document): `of[i]` a document's distinct names in the order it first writes
 * them, `count[id]` the name's capitalised occurrences in all documents.
 */
interface Names {
  words: string[];
  count: number[];
  of: Int32Array[];
}

function collectNames(docs: TextDocument[]): Names {
  const idOf = new Map<string, number>();
  const words: string[] = [];
  const count: number[] = [];
  // the last document (index + 1) that wrote each name: a name's first use in a document is listed once
  const lastDoc: number[] = [];
  const of: Int32Array[] = [];
  const mine: number[] = [];
  for (let d = 0; d < docs.length; d++) {
    mine.length = 0;
    const { sentences } = docs[d];
    for (let s = 0; s < sentences.length; s++) {
      const { words: ws } = sentences[s];
      for (let i = 1; i < ws.length; i++) {
        const w = ws[i];
        if (w.length < 4 || !isCapitalised(w)) continue;
        let id = idOf.get(w);
        if (id === undefined) {
          idOf.set(w, (id = words.length));
          words.push(w);
          count.push(0);
          lastDoc.push(0);
        }
        count[id]++;
        if (lastDoc[id] !== d + 1) {
          lastDoc[id] = d + 1;
          mine.push(id);
        }
      }
    }
    of.push(Int32Array.from(mine));
  }
  return { words, count, of };
}

/**
 * For every document, the names it spells differently from most of the collection's documents in its language. Each
 * language's documents are compared among themselves: a Spanish "Presidente" or a German "Daten" is that language's
 * word, not a re-spelling of an English "President" or "Dayton" (a German story's English translation was flagged with
 * 'transliteration "Monday" where 3 other article(s) write "Moneda"', the Spanish palace's name).
 */
export function transliterationVariants(docs: TextDocument[]): Map<DocId, VariantUse[]> {
  const byLanguage = new Map<string, TextDocument[]>();
  for (const d of docs) {
    const group = byLanguage.get(d.language);
    if (group) group.push(d);
    else byLanguage.set(d.language, [d]);
  }
  if (byLanguage.size <= 1) return variantsAmong(docs);
  const out = new Map<DocId, VariantUse[]>();
  for (const group of byLanguage.values()) for (const [id, found] of variantsAmong(group)) out.set(id, found);
  return out;
}

/** The names each document spells differently from most of `docs`. */
function variantsAmong(docs: TextDocument[]): Map<DocId, VariantUse[]> {
  // (names by number: a document's names and every count and memo below read off arrays, not Maps keyed by the word)
  const { words: nameOf, count: capital, of: namesOf } = collectNames(docs);
  const names = nameOf.length;
  // Words written in lower case at least as often as capitalised mid-sentence are ordinary words, not names
  // (a stray lower-case "lukashenko" in a photo caption does not make the name a word). Only the lower-case
  // forms of the names are counted: a word of another length is passed at once.
  // (each lower-case form's count in `lowerCounts` at the slot `lower` gives it: a word met adds one with one look-up;
  // a word not in lower case is passed before any look-up -- most capitalised words and figures of every text)
  const lowerSlot = new Int32Array(names);
  const lower = new Map<string, number>();
  const lengths: boolean[] = [];
  for (let id = 0; id < names; id++) {
    const l = nameOf[id].toLowerCase();
    let slot = lower.get(l);
    if (slot === undefined) lower.set(l, (slot = lower.size));
    lowerSlot[id] = slot;
    lengths[l.length] = true;
  }
  const lowerCounts = new Int32Array(lower.size);
  for (let d = 0; d < docs.length; d++) {
    const { sentences } = docs[d];
    for (let s = 0; s < sentences.length; s++) {
      const { words } = sentences[s];
      for (let k = 0; k < words.length; k++) {
        const w = words[k];
        if (lengths[w.length] !== true || !isLowerWord(w)) continue;
        const slot = lower.get(w);
        if (slot !== undefined) lowerCounts[slot]++;
      }
    }
  }
  // a name's documents; 0 for an ordinary word (a name is in one document at least)
  const docsOf = new Int32Array(names);
  const ordinary = new Uint8Array(names);
  for (let id = 0; id < names; id++) if (lowerCounts[lowerSlot[id]] >= capital[id]) ordinary[id] = 1;
  // a name's transliteration key, worked out once
  const keyOf: Array<string | undefined> = new Array(names);
  // the names of one key in the order first met, as a Set of them iterated
  const byKey = new Map<string, number[]>();
  const spellingsOf: Array<number[] | undefined> = new Array(names);
  for (let d = 0; d < docs.length; d++) {
    const mine = namesOf[d];
    for (let x = 0; x < mine.length; x++) {
      const id = mine[x];
      if (ordinary[id] === 1) continue;
      if (docsOf[id]++ > 0) continue;
      const k = transliterationKey(fold(nameOf[id]));
      keyOf[id] = k;
      if (k.length < 2) continue;
      let list = byKey.get(k);
      if (!list) byKey.set(k, (list = []));
      list.push(id);
      spellingsOf[id] = list;
    }
  }
  // The other spellings a name may be a variant of depend on the two words only: found once per name, not
  // again in every document that writes it (a name in many documents was compared as often)
  const close: Array<number[] | undefined> = new Array(names);
  const folds: Array<string | undefined> = new Array(names);
  const foldOf = (id: number): string => {
    let f = folds[id];
    if (f === undefined) folds[id] = f = fold(nameOf[id]);
    return f;
  };
  const closeTo = (id: number): number[] => {
    let list = close[id];
    if (list !== undefined) return list;
    list = [];
    const spellings = spellingsOf[id];
    if (spellings !== undefined && spellings.length >= 2) {
      const w = nameOf[id];
      const folded = foldOf(id);
      for (const vid of spellings) {
        const v = nameOf[vid];
        if (!(vid === id || v[0] !== w[0] || inflection(v, w) || editDistance(foldOf(vid), folded, 2) > 2)) list.push(vid);
      }
    }
    close[id] = list;
    return list;
  };
  // the document (index + 1) each name was last marked in: "does this document write v" is one read
  const inDoc = new Int32Array(names);
  const out = new Map<DocId, VariantUse[]>();
  for (let d = 0; d < docs.length; d++) {
    const mine = namesOf[d];
    for (let x = 0; x < mine.length; x++) inDoc[mine[x]] = d + 1;
    const found: VariantUse[] = [];
    for (let x = 0; x < mine.length; x++) {
      const id = mine[x];
      const spellings = closeTo(id);
      if (spellings.length === 0) continue;
      const mineDocs = docsOf[id];
      for (const vid of spellings) {
        const here = inDoc[vid] === d + 1 ? 1 : 0;
        const theirs = docsOf[vid] - here;
        if (theirs >= TRANSLATED.minOtherDocs && mineDocs * 2 <= theirs + here) {
          found.push({ word: nameOf[id], usual: nameOf[vid], usualDocs: theirs, variantDocs: mineDocs });
        }
      }
    }
    if (found.length)
      out.set(
        docs[d].id,
        found.sort((a, b) => (a.word < b.word ? -1 : 1)),
      );
  }
  return out;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** Whether `re` (no g or y flag) matches the title, a sentence or a removed line of `doc`. */
function anyLine(doc: TextDocument, re: RegExp): boolean {
  if (re.test(doc.title)) return true;
  for (const s of doc.sentences) if (re.test(s.text)) return true;
  for (const r of doc.removed) if (re.test(r.text)) return true;
  return false;
}

/** The translated flag of one document, given the names it spells differently from the collection. */
export function translatedFlag(doc: TextDocument, variants: VariantUse[] = []): Flag {
  const w = TRANSLATED.weights;
  const evidence: string[] = [];
  let score = 0;
  // the lines and their join are made only for a document one of whose lines holds a credit's word or, in English,
  // a Cyrillic letter (few): neither pattern spans lines, so a line holds one exactly when the joined text does
  const joined = anyLine(doc, CREDIT_WORDS) || (doc.language === 'en' && anyLine(doc, CYRILLIC));
  const lines = joined ? [doc.title, ...doc.sentences.map((s) => s.text), ...doc.removed.map((r) => r.text)] : [];
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
