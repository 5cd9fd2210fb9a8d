// Sentences and tokens of one article with wink-nlp: one read per article (wink splits at blank
// lines, so no sentence spans two paragraphs), token arrays taken once and sliced per sentence.
import { readFresh, stemEnglish } from '../common/nlp.ts';
import { memoize } from '../common/memo.ts';
import { fold, lightStem } from '../common/normalize.ts';
import { isStopWord } from '../common/stopwords.ts';
import type { Sentence } from '../model.ts';

/** Token types that are words for matching (numbers kept: figures discriminate events). */
const WORD_TYPES = new Set(['word', 'number', 'hashtag', 'currency']);

/** A normal form's folded form and, once asked for, the English stem of that. */
interface Folded {
  folded: string;
  stem: string | undefined;
}
/** `fold` of wink's normal form of a token, memoised: the same few words come back all the time. The entry
 * keeps the English stem too, so an English term costs one look-up in a large table, not two. */
const folded = memoize(200_000, (normal): Folded => ({ folded: fold(normal), stem: undefined }));

/** Split paragraphs into sentences with words and normalised terms. */
export function splitSentences(paragraphs: string[], language: string): Sentence[] {
  const text = paragraphs.join('\n\n');
  if (!text.trim()) return [];
  const english = language === 'en' || language === 'und';
  const { values, types, normals, stops, spans, texts } = readFresh(text, (doc, its) => {
    const tokens = doc.tokens();
    return {
      values: tokens.out() as string[],
      types: tokens.out(its.type) as string[],
      normals: tokens.out(its.normal) as string[],
      stops: english ? (tokens.out(its.stopWordFlag) as unknown as boolean[]) : null,
      spans: doc.sentences().out(its.span) as unknown as Array<[number, number]>,
      texts: doc.sentences().out() as string[],
    };
  });

  // paragraph starts, to tell which paragraph each sentence is in
  const paraStarts: number[] = [];
  for (let p = 0, at = 0; p < paragraphs.length; p++) {
    paraStarts.push(at);
    at += paragraphs[p].length + 2;
  }
  const out: Sentence[] = [];
  let cursor = 0;
  let para = 0;
  for (let k = 0; k < spans.length; k++) {
    const raw = texts[k];
    const found = text.indexOf(raw, cursor);
    if (found >= 0) {
      cursor = found + raw.length;
      while (para + 1 < paraStarts.length && paraStarts[para + 1] <= found) para++;
    }
    const squeezed = raw.replace(/\s+/g, ' ').trim();
    if (!squeezed) continue;
    // a sentence written with single spaces is kept as a slice of the article's text, not a second copy
    const sentence = squeezed === raw && found >= 0 ? text.slice(found, found + raw.length) : squeezed;
    const words: string[] = [];
    const terms: string[] = [];
    for (let i = spans[k][0]; i <= spans[k][1]; i++) {
      if (!WORD_TYPES.has(types[i])) continue;
      words.push(values[i]);
      const entry = folded(normals[i]);
      const norm = entry.folded;
      if (norm.length < 2 && types[i] !== 'number') continue;
      if (stops ? stops[i] || isStopWord(norm, 'en') : isStopWord(norm, language)) continue;
      terms.push(english ? (entry.stem ??= stemEnglish(norm)) : lightStem(norm));
    }
    // copies of exact length: arrays grown by push keep up to half again as much room
    out.push({ index: out.length, text: sentence, paragraph: para, words: words.slice(), terms: terms.slice() });
  }
  return out;
}

/** Terms of a short text (a title), normalised like sentence terms. */
export function termsOf(text: string, language: string): string[] {
  return splitSentences([text], language).flatMap((s) => s.terms);
}
