// Where the articles disagree: figures, dates, quote wordings (the variants side by side), attributions.
import type { Discrepancy, Report, ReportStory } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import { sentenceText } from '../lookup.ts';
import { articleHtml, articleName, detailPieces, whereHtml, whereMd } from './where.ts';
import type { Section } from './types.ts';

/** The detail with the articles it names by outlet and id ("CBC News (002_9536d35874c14773)") named as the story
 * names them ("CBC News"); the JSON keeps the ids. */
function detailMd(story: ReportStory, report: Report, detail: string): string {
  return detailPieces(story, report, detail)
    .map((p) =>
      typeof p === 'string' ? `${/^\s/.test(p) ? ' ' : ''}${escapeMd(p)}${/\S\s$/.test(p) ? ' ' : ''}` : escapeMd(articleName(story, report, p.document)),
    )
    .join('');
}

function detailHtml(story: ReportStory, report: Report, detail: string): string {
  return detailPieces(story, report, detail)
    .map((p) => (typeof p === 'string' ? escapeHtml(p) : articleHtml(story, report, p.document)))
    .join('');
}

const KIND: Record<Discrepancy['kind'], string> = {
  number: 'figures differ',
  date: 'dates differ',
  'quote-wording': 'quote worded differently',
  attribution: 'attributed to different people',
  other: 'disagreement',
};

export const discrepanciesSection: Section = {
  title: 'Discrepancies',
  md(story, report: Report) {
    if (!story.discrepancies.length) return '';
    return story.discrepancies
      .map((d) => {
        const sources = d.support.map((r) => `  - ${whereMd(story, report, r)}: “${escapeMd(sentenceText(report, r))}”`);
        return [`- **${KIND[d.kind]}**: ${detailMd(story, report, d.detail)}`, ...sources].join('\n');
      })
      .join('\n');
  },
  html(story, report: Report) {
    if (!story.discrepancies.length) return '';
    const items = story.discrepancies.map((d) => {
      const side = d.support.map((r) => `<td><div class="meta">${whereHtml(story, report, r)}</div>${escapeHtml(sentenceText(report, r))}</td>`).join('');
      return `<li><strong>${escapeHtml(KIND[d.kind])}</strong>: ${detailHtml(story, report, d.detail)}<table><tr>${side}</tr></table></li>`;
    });
    return `<ul class="discrepancies">${items.join('')}</ul>`;
  },
};
