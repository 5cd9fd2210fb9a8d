// Text stage: Article -> TextDocument (language, sentences, tokens, normalised terms).
import type { Article, TextDocument } from '../model.ts';
import { detectLanguage } from '../common/language.ts';
import { splitSentences, termsOf } from './sentences.ts';

export { detectLanguage, cyrillicShare, NEWS_LANGUAGES } from '../common/language.ts';
export { decodeEntities, fold, foldPunctuation, lightStem } from '../common/normalize.ts';
export { splitSentences, termsOf } from './sentences.ts';
export { isStopWord } from '../common/stopwords.ts';

export function analyzeText(article: Article): TextDocument {
  const text = article.paragraphs.join('\n\n');
  const detected = detectLanguage(text);
  const language = detected === 'und' ? article.languageHint ?? 'und' : detected;
  const sentences = splitSentences(article.paragraphs, language);
  const titleTerms = article.title ? termsOf(article.title, language) : [];
  const termCounts = new Map<string, number>();
  for (const s of sentences) for (const t of s.terms) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
  for (const t of titleTerms) termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
  return { ...article, language, text, sentences, termCounts, titleTerms };
}
