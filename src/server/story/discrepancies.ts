// Where the articles disagree: the detail, and the sentences on each side, each in its article.
import type { Discrepancy, Report, ReportStory } from '../../model.ts';
import { documentsById } from '../../report/lookup.ts';
import { html, type Html } from '../html.ts';
import { articleHref } from './cite.ts';
import { docLabels } from '../../report/labels.ts';
import { detailPieces } from '../../report/sections/where.ts';

const KIND: Record<Discrepancy['kind'], string> = {
  number: 'Figures differ',
  date: 'Dates differ',
  'quote-wording': 'Quote worded differently',
  attribution: 'Attributed to different people',
  other: 'Disagreement',
};

export function discrepanciesHtml(story: ReportStory, report: Report): Html {
  if (!story.discrepancies.length) return html`<p class="meta">The articles do not disagree on figures, dates or quotes.</p>`;
  const docs = documentsById(report);
  const labels = docLabels(story, report);
  const items = story.discrepancies.map((d) => {
    const sides = d.support.map(
      (r) =>
        html`<td><a href="${articleHref(r.document, r.sentence)}">${labels.get(r.document) ?? r.document} · sentence ${r.sentence + 1}</a><br>${docs.get(r.document)?.sentences[r.sentence] ?? ''}</td>`,
    );
    // the articles the detail names by outlet and id ("CBC News (002_9536d35874c14773)"), shown as the page names them
    const detail = detailPieces(story, report, d.detail).map((p) =>
      typeof p === 'string' ? p : html`<a href="${articleHref(p.document)}">${labels.get(p.document) ?? p.document}</a>`,
    );
    return html`<li><strong>${KIND[d.kind]}</strong>: ${detail}<div class="scroll"><table><tr>${sides}</tr></table></div></li>`;
  });
  return html`<ul class="discrepancies">${items}</ul>`;
}
