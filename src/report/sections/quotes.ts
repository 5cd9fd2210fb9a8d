// What was said, grouped by who said it; the same remark in other articles is listed with it.
import type { Quote } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import type { Section } from './types.ts';
import { bySpeaker, writtenAs } from '../speakers.ts';

// sentences are counted from 1 on screen, as in the briefing and claims (the JSON keeps the 0-based index)
const where = (q: Quote) => `${q.document}, sentence ${q.sentence + 1}`;

export const quotesSection: Section = {
  title: 'Who said what',
  md(story) {
    const out: string[] = [];
    for (const [speaker, qs] of bySpeaker(story, story.quotes)) {
      out.push(`**${escapeMd(speaker)}** (${qs.length})`, '');
      for (const q of qs) {
        const as = writtenAs(q, speaker);
        out.push(
          `- “${escapeMd(q.text)}” — ${as ? `${escapeMd(as)}, ` : ''}${escapeMd(where(q))}${q.variants?.length ? ` (also in ${q.variants.map(escapeMd).join(', ')})` : ''}`,
        );
      }
      out.push('');
    }
    return out.join('\n');
  },
  html(story) {
    return bySpeaker(story, story.quotes)
      .map(([speaker, qs]) => {
        const items = qs
          .map((q) => {
            const as = writtenAs(q, speaker);
            return `<li><q>${escapeHtml(q.text)}</q> <span class="meta">${as ? `${escapeHtml(as)}, ` : ''}${escapeHtml(where(q))}${q.variants?.length ? ` · also in ${q.variants.map(escapeHtml).join(', ')}` : ''}</span>${q.attribution ? ` <span class="reason">${escapeHtml(q.attribution)}</span>` : ''}</li>`;
          })
          .join('');
        return `<h4>${escapeHtml(speaker)} <span class="meta">(${qs.length})</span></h4><ul class="quotes">${items}</ul>`;
      })
      .join('');
  },
};
