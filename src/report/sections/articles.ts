// The story's articles: outlet, date, language, flags, and what extraction removed and why.
import type { ReportDocument } from '../../model.ts';
import { escapeHtml, escapeMd, anchor } from '../escape.ts';
import { documentsById } from '../lookup.ts';
import type { Section } from './types.ts';

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
    const rows = ['| id | title | outlet | byline | published | language | flags |', '|---|---|---|---|---|---|---|'];
    const removed: string[] = [];
    for (const id of story.documents) {
      const d = docs.get(id);
      if (!d) continue;
      rows.push(
        `| ${escapeMd(d.id)} | ${escapeMd(d.title)} | ${escapeMd(outletOf(d) ?? '—')} | ${escapeMd(d.byline.join(', ') || '—')} | ${escapeMd(d.published ?? '—')} | ${d.language} | ${flagsOf(d).join(', ') || '—'} |`,
      );
      if (d.removed.length) {
        removed.push(`<details><summary>${escapeMd(d.id)}: ${d.removed.length} lines removed</summary>\n`);
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
        ? `<details><summary>${d.removed.length} lines removed by extraction</summary><ul class="removed">${d.removed
            .map((r) => `<li><span class="reason">${escapeHtml(r.reason)}</span> ${escapeHtml(r.text.slice(0, 300))}</li>`)
            .join('')}</ul></details>`
        : '';
      const text = `<details><summary>Article text (${d.sentences.length} sentences)</summary><div class="text">${d.text
        .split('\n\n')
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('')}</div></details>`;
      return `<li id="doc-${anchor(d.id)}"><div class="doc-title">${escapeHtml(d.title)} ${flags}</div>
<div class="meta">${escapeHtml(outletOf(d) ?? 'outlet unknown')} · ${escapeHtml(d.byline.join(', ') || 'no byline')} · ${escapeHtml(d.published ?? 'date unknown')} · ${escapeHtml(d.language)} · <code>${escapeHtml(d.id)}</code></div>${text}${removed}</li>`;
    });
    return `<ul class="docs">${items.join('\n')}</ul>`;
  },
};
