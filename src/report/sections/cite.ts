// Numbered citations shared by the synthesis sections (numbered as in citation-numbers.ts): each resolves
// to the quoted source sentence.
import type { Report, ReportStory, SentenceRef } from '../../model.ts';
import { documentsById, documentLabel, sentenceText } from '../lookup.ts';
import { escapeHtml, escapeMd, anchor } from '../escape.ts';
import { CitationNumbers } from '../citation-numbers.ts';
import { articleName, whereHtml } from './where.ts';

export class Citations extends CitationNumbers {
  constructor(
    private story: ReportStory,
    private report: Report,
  ) {
    super();
  }

  /** Who a reference points at: "The Week, 2022-12-19 · sentence 4", the article named as the story names it (the
   * Markdown report's Articles table gives its id; the HTML report links to the sentence). */
  label(ref: SentenceRef): string {
    const doc = documentsById(this.report).get(ref.document);
    const who = doc ? documentLabel({ ...doc, outlet: articleName(this.story, this.report, ref.document) }) : ref.document;
    return `${who} · sentence ${ref.sentence + 1}`;
  }

  id(n: number): string {
    return `cite-${anchor(this.story.id)}-${n}`;
  }

  md(refs: SentenceRef[]): string {
    return refs.map((r) => `[${this.number(r)}]`).join('');
  }

  html(refs: SentenceRef[]): string {
    return refs.map((r) => `<a class="cite" href="#${this.id(this.number(r))}">[${this.number(r)}]</a>`).join('');
  }

  /** The footnote list: [n] outlet, date · sentence: the sentence text. */
  mdList(): string {
    return this.refs.map((r, i) => `[${i + 1}] ${escapeMd(this.label(r))}: “${escapeMd(sentenceText(this.report, r))}”`).join('  \n');
  }

  htmlList(): string {
    if (!this.refs.length) return '';
    const items = this.refs.map(
      (r, i) =>
        `<li id="${this.id(i + 1)}"><span class="meta">${whereHtml(this.story, this.report, r, this.label(r))}</span>: “${escapeHtml(sentenceText(this.report, r))}”</li>`,
    );
    return `<ol class="sources">${items.join('')}</ol>`;
  }
}
