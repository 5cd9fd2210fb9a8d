// Sentences and tokens of one article with wink-nlp, paragraph by paragraph (no sentence spans two).
import { nlp } from '../common/nlp.ts';
import { fold, lightStem } from '../common/normalize.ts';
import { isStopWord } from '../common/stopwords.ts';
import type { Sentence } from '../model.ts';

/** Token types that are words for matching (numbers kept: figures discriminate events). */
const WORD_TYPES = new Set(['word', 'number', 'hashtag', 'currency']);

export interface Tokenised {
  sentences: Sentence[];
}

/** Split paragraphs into sentences with words and normalised terms. */
export function splitSentences(paragraphs: string[], language: string): Sentence[] {
  const engine = nlp();
  const its = engine.its;
  const english = language === 'en' || language === 'und';
  const out: Sentence[] = [];
  paragraphs.forEach((para, p) => {
    const doc = engine.readDoc(para);
    doc.sentences().each((s) => {
      const text = s.out().trim();
      if (!text) return;
      const types = s.tokens().out(its.type) as string[];
      const values = s.tokens().out() as string[];
      const normals = s.tokens().out(its.normal) as string[];
      const stems = english ? (s.tokens().out(its.stem) as string[]) : null;
      const stops = english ? (s.tokens().out(its.stopWordFlag) as unknown as boolean[]) : null;
      const words: string[] = [];
      const terms: string[] = [];
      for (let i = 0; i < values.length; i++) {
        if (!WORD_TYPES.has(types[i])) continue;
        words.push(values[i]);
        const norm = fold(normals[i]);
        if (norm.length < 2 && types[i] !== 'number') continue;
        if (stops ? stops[i] || isStopWord(norm, 'en') : isStopWord(norm, language)) continue;
        terms.push(stems ? fold(stems[i]) : lightStem(norm));
      }
      out.push({ index: out.length, text, paragraph: p, words, terms });
    });
  });
  return out;
}

/** Terms of a short text (a title), normalised like sentence terms. */
export function termsOf(text: string, language: string): string[] {
  return splitSentences([text], language).flatMap((s) => s.terms);
}
