// The story's dated statements in date order, each linked to the sentences that state it.
import type { Report, ReportStory } from '../../model.ts';
import { html, type Html } from '../html.ts';
import { articleHref } from './cite.ts';
import { docLabels } from '../../report/labels.ts';

export function timelineHtml(story: ReportStory, report: Report): Html {
  if (!story.timeline?.length) return html`<p class="meta">No dated statements.</p>`;
  const labels = docLabels(story, report);
  const rows = story.timeline.map(
    (t) =>
      html`<tr><td>${t.date}</td><td>${t.text}</td><td>${t.support.map((r) => html`<a href="${articleHref(r.document, r.sentence)}">${labels.get(r.document) ?? r.document} · sentence ${r.sentence + 1}</a> `)}</td></tr>`,
  );
  return html`<table class="timeline"><thead><tr><th scope="col">date</th><th scope="col">statement</th><th scope="col">stated by</th></tr></thead><tbody>${rows}</tbody></table>`;
}
