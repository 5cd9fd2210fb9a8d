// The story's dated statements in date order, each with the sentences that state it.
import type { SentenceRef } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import type { Section } from './types.ts';

const refs = (support: SentenceRef[]) => support.map((r) => `${r.document} #${r.sentence + 1}`).join(', ');

export const timelineSection: Section = {
  title: 'Timeline',
  md(story) {
    if (!story.timeline?.length) return '';
    return story.timeline.map((t) => `- **${escapeMd(t.date)}** ${escapeMd(t.text)} (${escapeMd(refs(t.support))})`).join('\n');
  },
  html(story) {
    if (!story.timeline?.length) return '';
    const rows = story.timeline.map(
      (t) => `<tr><td>${escapeHtml(t.date)}</td><td>${escapeHtml(t.text)}</td><td class="meta">${escapeHtml(refs(t.support))}</td></tr>`,
    );
    return `<table><tr><th>date</th><th>statement</th><th>sources</th></tr>${rows.join('')}</table>`;
  },
};
