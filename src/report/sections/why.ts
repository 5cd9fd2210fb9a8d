// Why these articles are one story: the names, dates, figures and terms the story's articles share,
// and for each article how it joined (its similarity, the feature scores, and the matching words).
import type { Membership, Report, ReportStory } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import { documentsById } from '../lookup.ts';
import type { Section } from './types.ts';

/** Feature scores in a fixed, readable order ("text 0.61 · names 0.42"). */
const FEATURE_ORDER = ['title', 'text', 'names', 'numbers', 'dates', 'gate', 'time'];

function featureLine(m: Membership): string {
  return FEATURE_ORDER.filter((k) => typeof m.features[k] === 'number')
    .map((k) => `${k === 'numbers' ? 'figures' : k} ${m.features[k].toFixed(2)}`)
    .join(' · ');
}

function label(report: Report, id: string): string {
  const d = documentsById(report).get(id);
  if (!d) return id;
  const who = d.outlet ?? d.id;
  return d.title ? `${who}: ${d.title.slice(0, 90)}` : who;
}

export const whySection: Section = {
  title: 'Why these articles are one story',
  md(story: ReportStory, report: Report) {
    if (!story.why.length && !story.members.length) return '';
    const lines: string[] = [];
    if (story.why.length) lines.push(`Held together by: ${story.why.map(escapeMd).join(' · ')}`, '');
    if (story.members.length) {
      lines.push('| article | similarity | features | how it joined |', '|---|---|---|---|');
      for (const m of story.members) {
        lines.push(`| ${escapeMd(label(report, m.document))} | ${m.similarity.toFixed(2)} | ${escapeMd(featureLine(m) || '—')} | ${escapeMd(m.reason)} |`);
      }
    }
    return lines.join('\n');
  },
  html(story: ReportStory, report: Report) {
    if (!story.why.length && !story.members.length) return '';
    const why = story.why.length ? `<p class="why">Held together by: ${story.why.map((w) => `<span class="term">${escapeHtml(w)}</span>`).join(' ')}</p>` : '';
    const rows = story.members
      .map(
        (m) =>
          `<tr><td><code>${escapeHtml(m.document)}</code> ${escapeHtml(label(report, m.document))}</td><td class="sim">${m.similarity.toFixed(2)}</td>` +
          `<td class="features">${escapeHtml(featureLine(m) || '—')}</td><td>${escapeHtml(m.reason)}</td></tr>`,
      )
      .join('');
    const table = rows
      ? `<table class="members"><thead><tr><th>article</th><th>similarity</th><th>features</th><th>how it joined</th></tr></thead><tbody>${rows}</tbody></table>`
      : '';
    return `${why}${table}`;
  },
};
