// Citations of a story page, numbered as the report numbers them (report/citation-numbers.ts). A
// citation links to its entry in the source list (no script needed); the entry shows the sentence marked
// in its paragraph and links to it in the article. The app's script shows the entry in a pop-up.
import type { Report, ReportDocument, SentenceRef } from '../../model.ts';
import { CitationNumbers } from '../../report/citation-numbers.ts';
import { documentsById, documentLabel } from '../../report/lookup.ts';
import { html, idPath, join, type Html } from '../html.ts';
import { sentenceInParagraph } from '../../report/segments.ts';
import { hostOf } from '../../report/labels.ts';
import { at } from '../base-path.ts';

export function articleHref(id: string, sentence?: number): string {
  return at(`/articles/${idPath(id)}${sentence === undefined ? '' : `#s-${sentence + 1}`}`);
}

/** A sentence shown in its paragraph, the sentence marked. */
export function inParagraph(doc: ReportDocument, sentence: number): Html {
  const segs = sentenceInParagraph(doc, sentence);
  return html`<blockquote class="para">${segs.map((s) => (s.sentence === sentence ? html`<mark>${s.text}</mark>` : s.text))}</blockquote>`;
}

export class Citations extends CitationNumbers {
  /** `origin` set (feeds): citations link straight to the sentence in its article, at that address. */
  constructor(
    private report: Pick<Report, 'documents'>,
    private origin?: string,
  ) {
    super();
  }

  private who(ref: SentenceRef): string {
    const doc = documentsById(this.report).get(ref.document);
    if (!doc) return ref.document;
    // an article with no outlet or byline is named by its site, as the claims table and the copy graph name it
    // (the source list said "1_11ecbplus, 2013-05-02" where the claims table said "etonline.com")
    const host = doc.outlet || doc.byline.length ? null : hostOf(doc.url);
    return documentLabel(host ? { ...doc, outlet: host } : doc);
  }

  /** The citation marks for some references: [1][2]. */
  cite(refs: SentenceRef[]): Html {
    return join(
      refs.map((r) => {
        const n = this.number(r);
        const href = this.origin === undefined ? `#src-${n}` : this.origin + articleHref(r.document, r.sentence);
        return html`<a class="cite" href="${href}" aria-label="source ${n}: ${this.who(r)}, sentence ${r.sentence + 1}">[${n}]</a>`;
      }),
    );
  }

  /** The numbered source list: who, a link to the sentence in its article, and the sentence in its paragraph. */
  list(): Html {
    if (!this.refs.length) return html``;
    const docs = documentsById(this.report);
    const items = this.refs.map((r, i) => {
      const doc = docs.get(r.document);
      const body = doc ? inParagraph(doc, r.sentence) : html`<blockquote class="para">(article not in the base)</blockquote>`;
      return html`<li id="src-${i + 1}"><a href="${(this.origin ?? '') + articleHref(r.document, r.sentence)}">${this.who(r)} · sentence ${r.sentence + 1}</a>${body}</li>`;
    });
    return html`<ol class="sources">${items}</ol>`;
  }
}
