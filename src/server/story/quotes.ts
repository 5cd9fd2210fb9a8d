// Who said what: quotes grouped by speaker, most quoted first; each with where it appears, how the speaker
// was found, and the other articles' wordings of the same remark.
import type { Quote, Report, ReportStory } from '../../model.ts';
import { html, type Html } from '../html.ts';
import { articleHref } from './cite.ts';
import { docLabels } from '../../report/labels.ts';
import { bySpeaker, writtenAs } from '../../report/speakers.ts';
import { compareWordings } from '../../synthesize/wording.ts';

/** Another quotation of a remark is worded differently only as the discrepancies judge it: a cut, more of the speech
 * or typography is the same wording (most variants are wire copies of the same words, not "other wordings"). */
const reworded = (q: Quote, v: Quote): boolean => compareWordings(q.text, v.text)?.rewords ?? false;

/** "also quoted 2 more times: same wording" / "...: 1 worded differently" */
function variantsSummary(count: number, differing: number): string {
  const times = `also quoted ${count} more time${count === 1 ? '' : 's'}`;
  return differing ? `${times}: ${differing} worded differently` : `${times}: same wording`;
}

export function quotesHtml(story: ReportStory, report: Report): Html {
  if (!story.quotes.length) return html`<p class="meta">No quotations found.</p>`;
  const labels = docLabels(story, report);
  const byId = new Map(story.quotes.map((q) => [q.id, q]));
  // a remark's variants are listed under its first wording, not again on their own
  const listedAsVariant = new Set<string>();
  for (const q of story.quotes) if (!listedAsVariant.has(q.id)) for (const v of q.variants ?? []) listedAsVariant.add(v);
  const where = (q: Quote) => html`<a href="${articleHref(q.document, q.sentence)}">${labels.get(q.document) ?? q.document} · sentence ${q.sentence + 1}</a>`;
  const groups = bySpeaker(
    story,
    story.quotes.filter((q) => !listedAsVariant.has(q.id)),
  ).map(([speaker, qs]) => {
    const items = qs.map((q) => {
      // (the speaker as this article wrote it, "IMF", under the entity's name)
      const as = writtenAs(q, speaker);
      const variants = (q.variants ?? []).map((id) => byId.get(id)).filter((v): v is Quote => !!v);
      const differs = variants.map((v) => reworded(q, v));
      const differing = differs.filter(Boolean).length;
      return html`<li><q>${q.text}</q> <span class="meta">— ${as ? html`${as}, ` : ''}${where(q)}${q.attribution ? html` · ${q.attribution}` : ''}</span>${
        variants.length
          ? html`<details><summary>${variantsSummary(variants.length, differing)}</summary><ul>${variants.map((v, i) => html`<li><q>${v.text}</q> <span class="meta">— ${where(v)}${differs[i] ? ' · worded differently' : ''}</span></li>`)}</ul></details>`
          : ''
      }</li>`;
    });
    return html`<h3>${speaker} <span class="meta">(${qs.length})</span></h3><ul class="quotes">${items}</ul>`;
  });
  return html`${groups}`;
}
