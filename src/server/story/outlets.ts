// What each article adds (claims only it and its copies make) and which corroborated claims it leaves out.
import type { Report, ReportStory } from '../../model.ts';
import { html, join, type Html } from '../html.ts';
import { articleHref } from './cite.ts';
import { docLabels } from '../../report/labels.ts';

/** Claims listed per article and kind, and articles listed; the rest are counted (the API has them all). */
const LIST = 8;
const MAX_ARTICLES = 40;

export function outletsHtml(story: ReportStory, report: Report): Html {
  if (!story.outlets?.length) return html`<p class="meta">Nothing to compare.</p>`;
  const labels = docLabels(story, report);
  const claims = new Map(story.claims.map((c) => [c.id, c]));
  // a claim an article adds that its copies make too names them: three copies each "adding" one line read as a
  // contradiction ("adds" is what only it and its copies say)
  const copies = (id: string, doc: string | null) => {
    const others = doc === null ? [] : [...new Set(claims.get(id)?.support.map((s) => s.document) ?? [])].filter((d) => d !== doc);
    return others.length
      ? html` <span class="meta">(also in ${join(
          others.map((d) => html`<a href="${articleHref(d)}">${labels.get(d) ?? d}</a>`),
          ', ',
        )}: copies of one source)</span>`
      : '';
  };
  const list = (label: string, ids: string[], doc: string | null) => {
    if (!ids.length) return html`<p class="meta">${label}: nothing</p>`;
    const more = ids.length > LIST ? html`<li class="meta">…and ${ids.length - LIST} more</li>` : '';
    return html`<details><summary>${label} (${ids.length})</summary><ul>${ids.slice(0, LIST).map((id) => html`<li>${claims.get(id)?.text ?? id}${copies(id, doc)}</li>`)}${more}</ul></details>`;
  };
  const items = story.outlets
    .slice(0, MAX_ARTICLES)
    .map(
      (o) =>
        html`<li><a href="${articleHref(o.document)}"><strong>${labels.get(o.document) ?? o.document}</strong></a>${list('adds', o.unique, o.document)}${list('leaves out (stated by others)', o.omits ?? [], null)}</li>`,
    );
  const more =
    story.outlets.length > MAX_ARTICLES ? html`<p class="meta">…and ${story.outlets.length - MAX_ARTICLES} more articles (in the JSON API).</p>` : '';
  return html`<ul class="outlets">${items}</ul>${more}`;
}
