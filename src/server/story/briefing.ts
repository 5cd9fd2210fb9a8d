// The cited briefing: the story's sentences, most corroborated first, each with its citations.
import type { Report, ReportStory } from '../../model.ts';
import { html, type Html } from '../html.ts';
import { singleSourceNote } from '../../report/single-source.ts';
import { Citations } from './cite.ts';

/** `origin` given (feeds): links are absolute and the source list has no anchor targets to rely on. */
export function briefingHtml(story: Pick<ReportStory, 'briefing'>, report: Pick<Report, 'documents'>, origin?: string): Html {
  if (!story.briefing.length) return html`<p class="meta">No briefing: the articles share no statements yet.</p>`;
  const cites = new Citations(report, origin);
  const lines = story.briefing.map(
    (b) => html`<li>${b.text} ${cites.cite(b.support)}${b.singleSource ? html` <span class="meta">(${singleSourceNote(b.support)})</span>` : ''}</li>`,
  );
  return html`<ol class="briefing">${lines}</ol>${origin === undefined ? html`<h3 id="sources">Sources</h3>` : html`<p><strong>Sources</strong></p>`}${cites.list()}`;
}
