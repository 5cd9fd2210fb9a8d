// Numbered citations shared by the synthesis sections (numbered as in citation-numbers.ts): each resolves
// to the quoted source sentence.
import type { Report, ReportStory, SentenceRef } from '../../model.ts';
import { documentsById, documentLabel, sentenceText } from '../lookup.ts';
import { escapeHtml, escapeMd, anchor } from '../escape.ts';
import { CitationNumbers } from '../citation-numbers.ts';

export class Citations extends CitationNumbers {
  constructor(
    private story: ReportStory,
    private report: Report,
  ) {
    super();
  }

  /** Who a reference points at: "The Week, 2022-12-19 (001_3fac…), sentence 4". */
  label(ref: SentenceRef): string {
    const doc = documentsById(this.report).get(ref.document);
    const who = doc ? documentLabel(doc) : ref.document;
    return who === ref.document ? `${who} · sentence ${ref.sentence + 1}` : `${who} · ${ref.document} · sentence ${ref.sentence + 1}`;
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

  /** The footnote list: [n] outlet · doc id · sentence: the sentence text. */
  mdList(): string {
    return this.refs.map((r, i) => `[${i + 1}] ${escapeMd(this.label(r))}: “${escapeMd(sentenceText(this.report, r))}”`).join('  \n');
  }

  htmlList(): string {
    if (!this.refs.length) return '';
    const items = this.refs.map(
      (r, i) => `<li id="${this.id(i + 1)}"><span class="meta">${escapeHtml(this.label(r))}</span>: “${escapeHtml(sentenceText(this.report, r))}”</li>`,
    );
    return `<ol class="sources">${items.join('')}</ol>`;
  }
}

/** Short column label for a document: its outlet when known, else its id. */
export function shortLabel(report: Report, id: string): string {
  const doc = documentsById(report).get(id);
  return doc?.outlet ? `${doc.outlet} (${id.slice(0, 3)})` : id;
}
