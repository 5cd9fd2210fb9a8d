// Articles given as lists of paragraphs, read by the text stage as the pipeline reads a plain file: the synthesize
// tests build their sentences' units from these (ids d0, d1, ... in the order given).
import type { Article, TextDocument } from '../src/model.ts';
import { analyzeText } from '../src/text/index.ts';

/** Each list of paragraphs as an article `d<i>` (no title, outlet or date), through the text stage. */
export function paragraphDocuments(articles: string[][]): TextDocument[] {
  return articles.map((paragraphs, i) => {
    const a: Article = {
      id: `d${i}`,
      source: `d${i}.txt`,
      url: null,
      title: 't',
      outlet: null,
      byline: [],
      published: null,
      paragraphs,
      removed: [],
      order: i,
    };
    return analyzeText(a);
  });
}
