// What each article adds (claims only it and its copies make) and which corroborated claims it leaves out.
import type { Report, ReportStory } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import { count } from '../lookup.ts';
import type { Section } from './types.ts';
import { articleHtml, articleName } from './where.ts';

/** Claims listed per article and kind; the rest are counted. */
const LIST = 5;

/** Why a claim one article "adds" is also in others: they are copies of one source. */
const COPIES = 'copies of one source';

interface Listed {
  text: string;
  /** the other articles of the story that make the claim too: the article's copies ("adds" is "only it and its
   * copies"; the same claim listed as added by three articles read as a contradiction without them) */
  copies: string[];
}

function listed(story: ReportStory, ids: string[], doc: string | null): Listed[] {
  const byId = new Map(story.claims.map((c) => [c.id, c]));
  return ids.map((id) => {
    const c = byId.get(id);
    if (!c) return { text: id, copies: [] };
    const copies = doc === null ? [] : [...new Set(c.support.map((s) => s.document))].filter((d) => d !== doc);
    return { text: c.text, copies };
  });
}

export const outletsSection: Section = {
  title: 'What each article adds or leaves out',
  md(story, report: Report) {
    if (!story.outlets?.length) return '';
    const withCopies = (l: Listed) =>
      `${escapeMd(l.text)}${l.copies.length ? ` *(also in ${l.copies.map((d) => escapeMd(articleName(story, report, d))).join(', ')}: ${COPIES})*` : ''}`;
    return story.outlets
      .map((o) => {
        const adds = listed(story, o.unique, o.document);
        const omits = listed(story, o.omits ?? [], null);
        const out = [
          `- **${escapeMd(articleName(story, report, o.document))}**: adds ${count(adds.length, 'claim', 'claims')}, leaves out ${count(omits.length, 'corroborated claim', 'corroborated claims')}`,
        ];
        for (const l of adds.slice(0, LIST)) out.push(`  - adds: ${withCopies(l)}`);
        for (const l of omits.slice(0, LIST)) out.push(`  - leaves out: ${escapeMd(l.text)}`);
        return out.join('\n');
      })
      .join('\n');
  },
  html(story, report: Report) {
    if (!story.outlets?.length) return '';
    const item = (l: Listed) =>
      `<li>${escapeHtml(l.text)}${l.copies.length ? ` <span class="meta">(also in ${l.copies.map((d) => articleHtml(story, report, d)).join(', ')}: ${COPIES})</span>` : ''}</li>`;
    const list = (label: string, items: Listed[]) =>
      items.length ? `<details><summary>${escapeHtml(label)} (${items.length})</summary><ul>${items.map(item).join('')}</ul></details>` : '';
    const rows = story.outlets.map(
      (o) =>
        `<li><strong>${articleHtml(story, report, o.document)}</strong>${list('adds', listed(story, o.unique, o.document))}${list('leaves out (corroborated elsewhere)', listed(story, o.omits ?? [], null))}</li>`,
    );
    return `<ul class="outlets">${rows.join('')}</ul>`;
  },
};
