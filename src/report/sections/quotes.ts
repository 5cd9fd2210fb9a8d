// What was said, grouped by who said it; the same remark in other articles is listed with it.
import type { Quote, Report, ReportStory } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import type { Section } from './types.ts';
import { bySpeaker, writtenAs } from '../speakers.ts';
import { compareWordings } from '../../synthesize/wording.ts';
import { whereHtml, whereMd } from './where.ts';

/** The other quotations of a remark, each where it is and whether it words it differently (as the discrepancies and
 * the web app judge it: a cut, more of the speech or typography is the same wording). The report said "also in
 * 003_0f878f7f675210c6#q9", a quote id no reader can look up. */
function variantsOf(story: ReportStory, q: Quote): Array<{ v: Quote; reworded: boolean }> {
  let byId = quotesById.get(story);
  if (!byId) quotesById.set(story, (byId = new Map(story.quotes.map((x) => [x.id, x]))));
  return (q.variants ?? [])
    .map((id) => byId.get(id))
    .filter((v): v is Quote => !!v)
    .map((v) => ({ v, reworded: v.text !== q.text && (compareWordings(q.text, v.text)?.rewords ?? false) }));
}

const quotesById = new WeakMap<ReportStory, Map<string, Quote>>();

const REWORDED = 'worded differently';

/** A variant's pointer, and the quote ids the report could not find among the story's quotes (kept as they are). */
function variantsMd(story: ReportStory, report: Report, q: Quote): string {
  const found = variantsOf(story, q);
  const lost = (q.variants ?? []).filter((id) => !found.some((f) => f.v.id === id));
  const parts = [...found.map(({ v, reworded }) => `${whereMd(story, report, v)}${reworded ? `, ${REWORDED}` : ''}`), ...lost.map(escapeMd)];
  return parts.length ? ` (also in ${parts.join('; ')})` : '';
}

function variantsHtml(story: ReportStory, report: Report, q: Quote): string {
  const found = variantsOf(story, q);
  const lost = (q.variants ?? []).filter((id) => !found.some((f) => f.v.id === id));
  const parts = [...found.map(({ v, reworded }) => `${whereHtml(story, report, v)}${reworded ? `, ${REWORDED}` : ''}`), ...lost.map(escapeHtml)];
  return parts.length ? ` · also in ${parts.join('; ')}` : '';
}

export const quotesSection: Section = {
  title: 'Who said what',
  md(story, report) {
    const out: string[] = [];
    for (const [speaker, qs] of bySpeaker(story, story.quotes)) {
      out.push(`**${escapeMd(speaker)}** (${qs.length})`, '');
      for (const q of qs) {
        const as = writtenAs(q, speaker);
        out.push(`- “${escapeMd(q.text)}” — ${as ? `${escapeMd(as)}, ` : ''}${whereMd(story, report, q)}${variantsMd(story, report, q)}`);
      }
      out.push('');
    }
    return out.join('\n');
  },
  html(story, report) {
    return bySpeaker(story, story.quotes)
      .map(([speaker, qs]) => {
        const items = qs
          .map((q) => {
            const as = writtenAs(q, speaker);
            return `<li><q>${escapeHtml(q.text)}</q> <span class="meta">${as ? `${escapeHtml(as)}, ` : ''}${whereHtml(story, report, q)}${variantsHtml(story, report, q)}</span>${q.attribution ? ` <span class="reason">${escapeHtml(q.attribution)}</span>` : ''}</li>`;
          })
          .join('');
        return `<h4>${escapeHtml(speaker)} <span class="meta">(${qs.length})</span></h4><ul class="quotes">${items}</ul>`;
      })
      .join('');
  },
};
