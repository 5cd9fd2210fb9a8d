// Enrich stage: TextDocument -> names, quotes with speakers, figures (enrichDocument);
// a story's documents -> linked entities and resolved quote speakers (linkStory).
import type { DocumentEnrichment, Figure, Mention, TextDocument } from '../model.ts';
import { findMentions, lowerVocabulary, surnameMentions, type NameMention } from './names.ts';
import { findQuotes, placeMention, type PlacedMention, type SentenceSpan } from './quotes.ts';
import { findFigures } from './figures.ts';
import { parsePublished } from './dates.ts';
import { hasDateReader } from './foreign-dates.ts';
import { sureLanguage } from '../common/function-words.ts';
import { sentenceAt, tokenize, type Token } from './tokens.ts';

export { linkStory } from './link.ts';
export { findMentions } from './names.ts';
export { findFigures } from './figures.ts';
export { findDates } from './dates.ts';
export { packEnrichment, unpackEnrichment } from './pack.ts';

const QUOTE_MARK = /["“”„«»]|''/;

/** Languages the name and quote tables are written for; other documents get figures only. */
const NAME_LANGUAGES = new Set(['en', 'und']);

/** Where each sentence sits in its paragraph (sentences are substrings of their paragraph, in order). */
function sentenceSpans(doc: TextDocument): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let para = -1;
  let cursor = 0;
  for (let k = 0; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    if (s.paragraph !== para) {
      para = s.paragraph;
      cursor = 0;
    }
    const text = doc.paragraphs[s.paragraph] ?? '';
    let at = sentenceAt(text, s.text, cursor);
    if (at < 0) at = cursor;
    spans.push({ index: s.index, paragraph: s.paragraph, start: at, end: at + s.text.length });
    cursor = at + s.text.length;
  }
  return spans;
}

/** A document's words, sentence after sentence. */
function* wordsOf(doc: TextDocument): Generator<string> {
  for (const s of doc.sentences) yield* s.words;
}

export function enrichDocument(doc: TextDocument): DocumentEnrichment {
  // relative dates count from the day of writing where the dateline places it (Article.localDay)
  const published = parsePublished(doc.localDay ?? doc.published);
  const figures: Figure[] = [];
  const names = NAME_LANGUAGES.has(doc.language);
  // a document surely in a language with a date reader has its dates read in that language too ("am 31. Oktober")
  const dateLanguage = !names && hasDateReader(doc.language) && sureLanguage(wordsOf(doc), doc.language) ? doc.language : null;
  const vocabulary = lowerVocabulary(names ? doc.sentences.map((s) => s.words) : [], doc.text, doc.title ?? '');
  const spans = names ? sentenceSpans(doc) : [];
  const placed: PlacedMention[] = [];
  const mentions: Mention[] = [];
  const found: Array<{ index: number; paragraph: number; tokens: Token[]; mentions: NameMention[] }> = [];
  const tokensOf: Token[][] = [];
  // (indexed loops, not for-of: the sampled allocation showed an iterator and a result record made per step here,
  // ~3.7 MB per 4,000 Reuters documents, though the function is optimised)
  const sentences = doc.sentences;
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const tokens = tokenize(s.text);
    tokensOf[s.index] = tokens;
    const fs = findFigures(s.text, doc.id, s.index, published, tokens, names, dateLanguage);
    for (let f = 0; f < fs.length; f++) figures.push(fs[f]);
    if (names) found.push({ index: s.index, paragraph: s.paragraph, tokens, mentions: findMentions(s.text, doc.id, s.index, vocabulary, tokens) });
  }
  surnameMentions(doc.id, found);
  for (let k = 0; k < found.length; k++) {
    const s = found[k];
    const start = spans[s.index].start;
    for (let n = 0; n < s.mentions.length; n++) {
      const m = s.mentions[n];
      mentions.push(m);
      placed.push(placeMention(m, s.paragraph, start));
    }
  }
  // most wire copy quotes no one: skip the quote reader when there is no quotation mark at all, nor a paragraph
  // ending in a colon (a block quote may follow it), nor a colon before a single mark (a headline's quote)
  const quotes =
    names && (QUOTE_MARK.test(doc.text) || /:\s*[‘']/.test(doc.text) || doc.paragraphs.some((p) => p.trimEnd().endsWith(':')))
      ? // (an assign, not `{ ...q, attribution: how }`: V8 adds a key after a spread through its slow path)
        findQuotes(doc, spans, placed, tokensOf).map(({ paragraph: _p, at: _a, openEnded: _o, last: _l, how, ...q }) =>
          Object.assign({}, q, { attribution: how }),
        )
      : [];
  return { id: doc.id, mentions, quotes, figures };
}
