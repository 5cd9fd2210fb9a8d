// Claims × articles: which article states each claim carried by more than one article, and how many
// independent sources that makes (copies of one source count once).
import type { Claim, Report, ReportStory, SentenceRef } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import { articleHtml, articleName, whereHtml } from './where.ts';
import type { Section } from './types.ts';

/** Most rows the table shows (claims come ranked, most independently corroborated first). */
const MAX_ROWS = 60;

/** Claims shown in the table: carried by two or more articles, or disputed. The rest are counted. */
function shown(story: ReportStory): Claim[] {
  return story.claims.filter((c) => c.status === 'disputed' || new Set(c.support.map((s) => s.document)).size > 1).slice(0, MAX_ROWS);
}

/** The sentences of one article that state a claim ("#3", counted from 1 as everywhere on screen). */
function cell(c: Claim, doc: string): SentenceRef[] {
  return c.support.filter((s) => s.document === doc);
}

const number = (r: SentenceRef) => `#${r.sentence + 1}`;

function rest(story: ReportStory, n: number): string {
  const others = story.claims.length - n;
  return others > 0 ? `${others} more claims, most of them made by one article only (see “What each article adds”; all are in the JSON report).` : '';
}

export const claimsSection: Section = {
  title: 'Claims',
  md(story: ReportStory, report: Report) {
    if (!story.claims.length) return '';
    const claims = shown(story);
    const docs = story.documents;
    const head = `| claim | independent sources | status | ${docs.map((d) => escapeMd(articleName(story, report, d))).join(' | ')} |`;
    const sep = `|---|---|---|${docs.map(() => '---').join('|')}|`;
    const rows = claims.map(
      (c) =>
        `| ${escapeMd(c.text)} | ${c.independentSources} | ${c.status} | ${docs.map((d) => (cell(c, d).length ? `✓ ${cell(c, d).map(number).join(' ')}` : '')).join(' | ')} |`,
    );
    return [claims.length ? [head, sep, ...rows].join('\n') : '', '', rest(story, claims.length)].join('\n');
  },
  html(story: ReportStory, report: Report) {
    if (!story.claims.length) return '';
    const claims = shown(story);
    const docs = story.documents;
    const head = `<tr><th>claim</th><th>independent sources</th><th>status</th>${docs.map((d) => `<th>${articleHtml(story, report, d)}</th>`).join('')}</tr>`;
    const rows = claims.map(
      (c) =>
        `<tr id="claim-${escapeHtml(c.id)}"><td>${escapeHtml(c.text)}</td><td>${c.independentSources}</td><td>${escapeHtml(c.status)}</td>${docs
          .map(
            (d) =>
              `<td>${
                cell(c, d).length
                  ? `✓ <span class="meta">${cell(c, d)
                      .map((r) => whereHtml(story, report, r, number(r)))
                      .join(' ')}</span>`
                  : ''
              }</td>`,
          )
          .join('')}</tr>`,
    );
    const note = rest(story, claims.length);
    return `${claims.length ? `<table>${head}${rows.join('')}</table>` : ''}${note ? `<p class="meta">${escapeHtml(note)}</p>` : ''}`;
  },
};
