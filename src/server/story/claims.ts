// Claims × articles: which article states each claim (a tick linking to the sentence), how many
// independent sources that makes (copies count once) and the claim's status.
import type { Claim, Report, ReportStory } from '../../model.ts';
import { html, type Html } from '../html.ts';
import { articleHref } from './cite.ts';
import { docLabels } from '../../report/labels.ts';

/** Rows and columns shown; the JSON API has them all. */
const MAX_ROWS = 40;
const MAX_COLUMNS = 16;

const shared = (c: Claim) => c.status === 'disputed' || new Set(c.support.map((s) => s.document)).size > 1;

/** The matrix rows: claims carried by more than one article, or disputed. */
function shownClaims(story: ReportStory): Claim[] {
  return story.claims.filter(shared).slice(0, MAX_ROWS);
}

/** Claims one article makes alone, listed under the matrix (folded). */
function singleClaims(story: ReportStory, report: Report): Html {
  const single = story.claims.filter((c) => !shared(c));
  if (!single.length) return html``;
  const labels = docLabels(story, report);
  const items = single
    .slice(0, MAX_ROWS)
    .map(
      (c) =>
        html`<li>${c.text} <span class="meta">— ${c.support.map((r) => html`<a href="${articleHref(r.document, r.sentence)}">${labels.get(r.document) ?? r.document} #${r.sentence + 1}</a> `)}</span></li>`,
    );
  return html`<details><summary>${single.length} claim${single.length === 1 ? '' : 's'} made by one article only</summary><ul>${items}</ul>${single.length > MAX_ROWS ? html`<p class="meta">…and ${single.length - MAX_ROWS} more in the JSON API.</p>` : ''}</details>`;
}

/** The articles that support most of the shown claims, in story order. */
function shownColumns(story: ReportStory, claims: Claim[]): string[] {
  if (story.documents.length <= MAX_COLUMNS) return story.documents;
  const uses = new Map<string, number>();
  for (const c of claims) for (const s of c.support) uses.set(s.document, (uses.get(s.document) ?? 0) + 1);
  const keep = new Set([...story.documents].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || a.localeCompare(b)).slice(0, MAX_COLUMNS));
  return story.documents.filter((d) => keep.has(d));
}

export function claimsHtml(story: ReportStory, report: Report): Html {
  if (!story.claims.length) return html`<p class="meta">No claims were found.</p>`;
  const claims = shownClaims(story);
  const columns = shownColumns(story, claims);
  const labels = docLabels(story, report);
  const head = columns.map((d) => html`<th scope="col"><a href="${articleHref(d)}">${labels.get(d) ?? d}</a></th>`);
  const rows = claims.map((c) => {
    const cells = columns.map((d) => {
      const refs = c.support.filter((s) => s.document === d);
      if (!refs.length) return html`<td class="no"><span class="meta" aria-label="not stated">–</span></td>`;
      return html`<td class="yes">${refs.map((r) => html`<a href="${articleHref(d, r.sentence)}" aria-label="stated by ${labels.get(d) ?? d}, sentence ${r.sentence + 1}">✓</a> `)}</td>`;
    });
    return html`<tr id="claim-${c.id}"><th scope="row">${c.text}</th><td>${c.independentSources}</td><td class="status-${c.status}">${c.status}</td>${cells}</tr>`;
  });
  const more: string[] = [];
  const sharedCount = story.claims.filter(shared).length;
  if (sharedCount > claims.length) more.push(`${sharedCount - claims.length} more claims`);
  if (story.documents.length > columns.length) more.push(`${story.documents.length - columns.length} more articles`);
  if (!claims.length) return html`<p class="meta">No claim is made by more than one article.</p>${singleClaims(story, report)}`;
  return html`<div class="scroll"><table class="matrix"><caption class="meta">Each row a claim; a tick links to the sentence that states it. Independent sources count copies of one source once.</caption>
<thead><tr><th scope="col">claim</th><th scope="col">independent sources</th><th scope="col">status</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>
${more.length ? html`<p class="meta">${more.join(' and ')} are in the JSON API (/api/stories/${story.id}).</p>` : ''}${singleClaims(story, report)}`;
}
