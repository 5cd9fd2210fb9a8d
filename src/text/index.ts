// Text stage: Article -> TextDocument (language, sentences, tokens, normalised terms).
import type { Article, Complete, Sentence, TextDocument } from '../model.ts';
import { detectLanguage, requireLanguageModel } from '../common/language.ts';
import { splitSentences, termsOf } from './sentences.ts';
import { finishCount, startCount, stopCount } from '../common/term-counts.ts';

export { detectLanguage, cyrillicShare, NEWS_LANGUAGES } from '../common/language.ts';
export { decodeEntities, fold, foldPunctuation, lightStem } from '../common/normalize.ts';
export { splitSentences, termsOf } from './sentences.ts';
export { isStopWord } from '../common/stopwords.ts';

/** Characters of clean text eld reads when the extractor could not tell the language. */
const LANGUAGE_SAMPLE = 1000;

export function analyzeText(article: Article): TextDocument {
  requireLanguageModel();
  const text = article.paragraphs.join('\n\n');
  // the extractor's language (function-word votes over the article's long lines) is trusted when
  // it has one: eld n-gram scoring is the text stage's largest cost after tokenising
  const language = article.languageHint || detectLanguage(text, LANGUAGE_SAMPLE);
  // the text's terms then the title's are counted by stem id as they are read, in the order first met (the
  // sentences' and the title's terms, in order, each once)
  startCount();
  let sentences: Sentence[];
  let titleTerms: string[];
  try {
    sentences = splitSentences(article.paragraphs, language, text);
    titleTerms = article.title ? termsOf(article.title, language) : [];
  } catch (err) {
    stopCount();
    throw err;
  }
  const { counts: termCounts, ids } = finishCount();
  // every term was counted as read: the sentences' in order, then the title's
  let n = 0;
  for (const s of sentences) n += s.terms.length;
  const termIds = ids.subarray(0, n);
  const titleTermIds = ids.subarray(n);
  // the paragraphs as slices of the joined text: the extractor's (slices of the page or record read) would keep it in memory
  const paragraphs: string[] = [];
  for (let p = 0, at = 0; p < article.paragraphs.length; p++) {
    const length = article.paragraphs[p].length;
    paragraphs.push(text.slice(at, at + length));
    at += length + 2;
  }
  return textDocument(article, { paragraphs, language, text, sentences, termCounts, titleTerms, termIds, titleTermIds });
}

/** What the text stage adds to an article (TextDocument), with its paragraphs as slices of its text. */
type TextParts = Pick<TextDocument, 'paragraphs' | 'language' | 'text' | 'sentences' | 'termCounts' | 'titleTerms' | 'termIds' | 'titleTermIds'>;

/**
 * A TextDocument of an article and the text stage's parts: a literal with every field, in the order the extractor
 * gives an article's (extract/plain) and the JSON stored of it keeps. Not `{ ...article, paragraphs, ... }` nor an
 * assign into `{}`: both add the 25 keys one by one, and V8 turned the object into a dictionary past 16 of them, its
 * every field read a hash look-up in every stage after; the literal is one fast object shape for every document,
 * whichever optional fields hold a value (bench/HISTORY.md speed135).
 */
export function textDocument(article: Omit<Article, 'paragraphs'>, parts: TextParts): TextDocument {
  const doc: Complete<TextDocument> = {
    id: article.id,
    source: article.source,
    url: article.url,
    title: article.title,
    outlet: article.outlet,
    byline: article.byline,
    published: article.published,
    publishedInText: article.publishedInText,
    localDay: article.localDay,
    publishedZone: article.publishedZone,
    captured: article.captured,
    paragraphs: parts.paragraphs,
    removed: article.removed,
    order: article.order,
    languageHint: article.languageHint,
    originalOutlet: article.originalOutlet,
    outletEvidence: article.outletEvidence,
    encodingRepaired: article.encodingRepaired,
    cut: article.cut,
    language: parts.language,
    text: parts.text,
    sentences: parts.sentences,
    termCounts: parts.termCounts,
    titleTerms: parts.titleTerms,
    termIds: parts.termIds,
    titleTermIds: parts.titleTermIds,
  };
  return doc;
}
