// The cited briefing: the story's sentences, most corroborated first, each with its citations.
import type { Report, ReportStory, SentenceRef } from '../../model.ts';
import { html, type Html } from '../html.ts';
import { Citations } from './cite.ts';

/** A line one source states: said so, and why several citations are still one source (they read "[1][2][3]
 * (single source)" with no reason given). */
function single(support: SentenceRef[]): string {
  const articles = new Set(support.map((r) => r.document)).size;
  return articles > 1 ? `single source: its ${articles} articles are copies of one` : 'single source';
}

/** `origin` given (feeds): links are absolute and the source list has no anchor targets to rely on. */
export function briefingHtml(story: Pick<ReportStory, 'briefing'>, report: Pick<Report, 'documents'>, origin?: string): Html {
  if (!story.briefing.length) return html`<p class="meta">No briefing: the articles share no statements yet.</p>`;
  const cites = new Citations(report, origin);
  const lines = story.briefing.map(
    (b) => html`<li>${b.text} ${cites.cite(b.support)}${b.singleSource ? html` <span class="meta">(${single(b.support)})</span>` : ''}</li>`,
  );
  return html`<ol class="briefing">${lines}</ol>${origin === undefined ? html`<h3 id="sources">Sources</h3>` : html`<p><strong>Sources</strong></p>`}${cites.list()}`;
}
