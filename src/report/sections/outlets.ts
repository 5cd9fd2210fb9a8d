// What each article adds (claims only it and its copies make) and which corroborated claims it leaves out.
import type { Report, ReportStory } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import { shortLabel } from './cite.ts';
import { count } from '../lookup.ts';
import type { Section } from './types.ts';

/** Claims listed per article and kind; the rest are counted. */
const LIST = 5;

function texts(story: ReportStory, ids: string[]): string[] {
  const byId = new Map(story.claims.map((c) => [c.id, c.text]));
  return ids.map((id) => byId.get(id) ?? id);
}

export const outletsSection: Section = {
  title: 'What each article adds or leaves out',
  md(story, report: Report) {
    if (!story.outlets?.length) return '';
    return story.outlets
      .map((o) => {
        const adds = texts(story, o.unique);
        const omits = texts(story, o.omits ?? []);
        const out = [
          `- **${escapeMd(shortLabel(report, o.document))}**: adds ${count(adds.length, 'claim', 'claims')}, leaves out ${count(omits.length, 'corroborated claim', 'corroborated claims')}`,
        ];
        for (const t of adds.slice(0, LIST)) out.push(`  - adds: ${escapeMd(t)}`);
        for (const t of omits.slice(0, LIST)) out.push(`  - leaves out: ${escapeMd(t)}`);
        return out.join('\n');
      })
      .join('\n');
  },
  html(story, report: Report) {
    if (!story.outlets?.length) return '';
    const list = (label: string, items: string[]) =>
      items.length
        ? `<details><summary>${escapeHtml(label)} (${items.length})</summary><ul>${items.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul></details>`
        : '';
    const rows = story.outlets.map((o) => {
      const adds = texts(story, o.unique);
      const omits = texts(story, o.omits ?? []);
      return `<li><strong>${escapeHtml(shortLabel(report, o.document))}</strong>${list('adds', adds)}${list('leaves out (corroborated elsewhere)', omits)}</li>`;
    });
    return `<ul class="outlets">${rows.join('')}</ul>`;
  },
};
