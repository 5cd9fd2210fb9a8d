// Where the articles disagree: figures, dates, quote wordings (the variants side by side), attributions.
import type { Discrepancy, Report } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import { sentenceText } from '../lookup.ts';
import { shortLabel } from './cite.ts';
import type { Section } from './types.ts';

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
        const sources = d.support.map((r) => `  - ${escapeMd(shortLabel(report, r.document))} #${r.sentence + 1}: “${escapeMd(sentenceText(report, r))}”`);
        return [`- **${KIND[d.kind]}**: ${escapeMd(d.detail)}`, ...sources].join('\n');
      })
      .join('\n');
  },
  html(story, report: Report) {
    if (!story.discrepancies.length) return '';
    const items = story.discrepancies.map((d) => {
      const side = d.support
        .map((r) => `<td><div class="meta">${escapeHtml(shortLabel(report, r.document))} #${r.sentence + 1}</div>${escapeHtml(sentenceText(report, r))}</td>`)
        .join('');
      return `<li><strong>${escapeHtml(KIND[d.kind])}</strong>: ${escapeHtml(d.detail)}<table><tr>${side}</tr></table></li>`;
    });
    return `<ul class="discrepancies">${items.join('')}</ul>`;
  },
};
