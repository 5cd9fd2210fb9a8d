// The story's articles: outlet, date, language, flags, and what extraction removed and why.
import type { ReportDocument } from '../../model.ts';
import { escapeHtml, escapeMd, anchor } from '../escape.ts';
import { dateShown, documentsById } from '../lookup.ts';
import { segment } from '../segments.ts';
import { counted } from '../../common/counted.ts';
import type { Section } from './types.ts';
import { articleName, sentenceAnchor } from './where.ts';

/** The article's text, each sentence marked with its number and an anchor, so a pointer "sentence 15" elsewhere in
 * the report can be followed to it (the text was plain paragraphs: sentence 15 had to be counted by hand). */
function textHtml(d: ReportDocument): string {
  return segment(d)
    .paragraphs.map(
      (segs) =>
        `<p>${segs
          .map((s) =>
            s.sentence === null
              ? escapeHtml(s.text)
              : `<span id="${sentenceAnchor(d.id, s.sentence)}"><sup class="sn">${s.sentence + 1}</sup>${escapeHtml(s.text)}</span>`,
          )
          .join('')}</p>`,
    )
    .join('');
}

/** "The Business Standard (from Reuters)" when the page credits another publication. */
function outletOf(doc: ReportDocument): string | null {
  if (doc.originalOutlet && doc.originalOutlet !== doc.outlet) return `${doc.outlet ?? 'unknown outlet'} (from ${doc.originalOutlet})`;
  return doc.outlet;
}

function flagsOf(doc: ReportDocument): string[] {
  const out: string[] = [];
  if (doc.flags.spun.detected) out.push('machine-spun');
  if (doc.flags.translated.detected) out.push('translated');
  return out;
}

export const articlesSection: Section = {
  title: 'Articles',
  md(story, report) {
    const docs = documentsById(report);
    // the name every other section calls the article by, beside its id and title
    const rows = ['| article | id | title | outlet | byline | published | language | flags |', '|---|---|---|---|---|---|---|---|'];
    const removed: string[] = [];
    for (const id of story.documents) {
      const d = docs.get(id);
      if (!d) continue;
      rows.push(
        `| ${escapeMd(articleName(story, report, d.id))} | ${escapeMd(d.id)} | ${escapeMd(d.title)} | ${escapeMd(outletOf(d) ?? '—')} | ${escapeMd(d.byline.join(', ') || '—')} | ${escapeMd(dateShown(d, '—'))} | ${d.language} | ${flagsOf(d).join(', ') || '—'} |`,
      );
      if (d.removed.length) {
        removed.push(`<details><summary>${escapeMd(articleName(story, report, d.id))}: ${counted(d.removed.length, 'line')} removed</summary>\n`);
        for (const r of d.removed) removed.push(`- *${escapeMd(r.reason)}*: ${escapeMd(r.text.slice(0, 160))}`);
        removed.push('\n</details>\n');
      }
    }
    return [...rows, '', removed.length ? '**Removed by extraction**\n' : '', ...removed].join('\n');
  },
  html(story, report) {
    const docs = documentsById(report);
    const items = story.documents.map((id) => {
      const d = docs.get(id);
      if (!d) return '';
      const flags = flagsOf(d)
        .map((f) => `<span class="flag">${escapeHtml(f)}</span>`)
        .join(' ');
      const removed = d.removed.length
        ? `<details><summary>${counted(d.removed.length, 'line')} removed by extraction</summary><ul class="removed">${d.removed
            .map((r) => `<li><span class="reason">${escapeHtml(r.reason)}</span> ${escapeHtml(r.text.slice(0, 300))}</li>`)
            .join('')}</ul></details>`
        : '';
      const text = `<details><summary>Article text (${d.sentences.length} sentences, numbered)</summary><div class="text">${textHtml(d)}</div></details>`;
      return `<li id="doc-${anchor(d.id)}"><div class="doc-title">${escapeHtml(d.title)} ${flags}</div>
<div class="meta"><strong>${escapeHtml(articleName(story, report, d.id))}</strong> · ${escapeHtml(outletOf(d) ?? 'outlet unknown')} · ${escapeHtml(d.byline.join(', ') || 'no byline')} · ${escapeHtml(dateShown(d, 'date unknown'))} · ${escapeHtml(d.language)} · <code>${escapeHtml(d.id)}</code></div>${text}${removed}</li>`;
    });
    return `<ul class="docs">${items.join('\n')}</ul>`;
  },
};
