// What was said, grouped by who said it; the same remark in other articles is listed with it.
import type { Quote, ReportStory } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import type { Section } from './types.ts';

const UNATTRIBUTED = 'Not attributed';

function bySpeaker(story: ReportStory): Array<[string, Quote[]]> {
  const groups = new Map<string, Quote[]>();
  for (const q of story.quotes) {
    const k = q.speaker ?? UNATTRIBUTED;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(q);
  }
  // most quoted first, unattributed last
  return [...groups.entries()].sort(
    (a, b) => Number(a[0] === UNATTRIBUTED) - Number(b[0] === UNATTRIBUTED) || b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
}

// sentences are counted from 1 on screen, as in the briefing and claims (the JSON keeps the 0-based index)
const where = (q: Quote) => `${q.document}, sentence ${q.sentence + 1}`;

export const quotesSection: Section = {
  title: 'Who said what',
  md(story) {
    const out: string[] = [];
    for (const [speaker, qs] of bySpeaker(story)) {
      out.push(`**${escapeMd(speaker)}** (${qs.length})`, '');
      for (const q of qs)
        out.push(`- “${escapeMd(q.text)}” — ${escapeMd(where(q))}${q.variants?.length ? ` (also in ${q.variants.map(escapeMd).join(', ')})` : ''}`);
      out.push('');
    }
    return out.join('\n');
  },
  html(story) {
    return bySpeaker(story)
      .map(([speaker, qs]) => {
        const items = qs
          .map(
            (q) =>
              `<li><q>${escapeHtml(q.text)}</q> <span class="meta">${escapeHtml(where(q))}${q.variants?.length ? ` · also in ${q.variants.map(escapeHtml).join(', ')}` : ''}</span>${q.attribution ? ` <span class="reason">${escapeHtml(q.attribution)}</span>` : ''}</li>`,
          )
          .join('');
        return `<h4>${escapeHtml(speaker)} <span class="meta">(${qs.length})</span></h4><ul class="quotes">${items}</ul>`;
      })
      .join('');
  },
};
