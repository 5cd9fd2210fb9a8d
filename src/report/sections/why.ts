// What holds the story together, and how each article joined it.
import { escapeHtml, escapeMd } from '../escape.ts';
import type { Section } from './types.ts';

export const whySection: Section = {
  title: 'Why these articles are one story',
  md(story) {
    if (!story.why.length && !story.members.length) return '';
    const lines = story.why.length ? [`Shared terms and entities: ${story.why.map(escapeMd).join(', ')}`, ''] : [];
    for (const m of story.members) lines.push(`- ${escapeMd(m.document)} (similarity ${m.similarity.toFixed(2)}): ${escapeMd(m.reason)}`);
    return lines.join('\n');
  },
  html(story) {
    if (!story.why.length && !story.members.length) return '';
    const why = story.why.length ? `<p>Shared terms and entities: ${story.why.map((w) => `<span class="term">${escapeHtml(w)}</span>`).join(' ')}</p>` : '';
    const members = story.members
      .map((m) => `<li><code>${escapeHtml(m.document)}</code> <span class="sim">${m.similarity.toFixed(2)}</span> ${escapeHtml(m.reason)}</li>`)
      .join('');
    return `${why}<ul class="members">${members}</ul>`;
  },
};
