// The story's dated statements in date order, each with the sentences that state it.
import { escapeHtml, escapeMd } from '../escape.ts';
import type { Section } from './types.ts';
import { whereHtml, whereMd } from './where.ts';

export const timelineSection: Section = {
  title: 'Timeline',
  md(story, report) {
    if (!story.timeline?.length) return '';
    return story.timeline
      .map((t) => `- **${escapeMd(t.date)}** ${escapeMd(t.text)} (${t.support.map((r) => whereMd(story, report, r)).join('; ')})`)
      .join('\n');
  },
  html(story, report) {
    if (!story.timeline?.length) return '';
    const rows = story.timeline.map(
      (t) =>
        `<tr><td>${escapeHtml(t.date)}</td><td>${escapeHtml(t.text)}</td><td class="meta">${t.support.map((r) => whereHtml(story, report, r)).join('; ')}</td></tr>`,
    );
    return `<table><tr><th>date</th><th>statement</th><th>sources</th></tr>${rows.join('')}</table>`;
  },
};
