// Why each article belongs: what holds the story together, and how each article joined it (similarity,
// the feature scores, the reason the clusterer gave).
import type { Membership, Report, ReportStory } from '../../model.ts';
import { documentsById } from '../../report/lookup.ts';
import { html, type Html } from '../html.ts';
import { articleHref } from './cite.ts';
import { docLabels } from '../../report/labels.ts';

/** Articles listed; the rest are counted (the API has them all). */
const MAX_ROWS = 200;

const FEATURE_ORDER = ['title', 'text', 'names', 'numbers', 'dates', 'gate', 'time'];

function features(m: Membership): string {
  return FEATURE_ORDER.filter((k) => typeof m.features[k] === 'number')
    .map((k) => `${k === 'numbers' ? 'figures' : k} ${m.features[k].toFixed(2)}`)
    .join(' · ');
}

export function membersHtml(story: ReportStory, report: Report): Html {
  const docs = documentsById(report);
  const labels = docLabels(story, report);
  const why = story.why.length ? html`<p>Held together by: ${story.why.map((w) => html`<span class="tag">${w}</span>`)}</p>` : '';
  const members = story.members.length ? story.members : story.documents.map((document) => ({ document, similarity: 1, features: {}, reason: '' }));
  const rows = members.slice(0, MAX_ROWS).map((m) => {
    const d = docs.get(m.document);
    return html`<tr><th scope="row"><a href="${articleHref(m.document)}">${labels.get(m.document) ?? m.document}</a><br><span class="meta">${d?.title ?? ''}</span></th><td>${m.similarity.toFixed(2)}</td><td>${features(m) || '—'}</td><td>${m.reason || '—'}</td></tr>`;
  });
  return html`${why}<div class="scroll"><table><thead><tr><th scope="col">article</th><th scope="col">similarity</th><th scope="col">features</th><th scope="col">how it joined</th></tr></thead><tbody>${rows}</tbody></table></div>${members.length > MAX_ROWS ? html`<p class="meta">…and ${members.length - MAX_ROWS} more articles (in the JSON API).</p>` : ''}`;
}
