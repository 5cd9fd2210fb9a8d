// The HTML report: one self-contained file (inline CSS, no scripts, no external resources).
import { problemSections } from '../common/problem-rules.ts';
import type { Report, ReportStory } from '../model.ts';
import { escapeHtml, anchor } from './escape.ts';
import { shown } from '../common/shown.ts';
import { STORY_SECTIONS } from './sections/index.ts';
import { count } from './lookup.ts';
import { renderSection } from './sections/safe.ts';

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#1d1d1f;background:#fafafa}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.35rem;margin-top:2.5rem;border-top:3px solid #222;padding-top:.8rem}
h3{font-size:1.05rem;text-transform:uppercase;letter-spacing:.04em;color:#555;margin-top:1.6rem}
.summary,.meta{color:#666;font-size:.9rem}.doc-title{font-weight:600}
ul.docs{list-style:none;padding:0}ul.docs>li{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:.7rem .9rem;margin:.6rem 0}
.flag{background:#b3261e;color:#fff;border-radius:3px;padding:0 .35rem;font-size:.75rem;font-weight:600}
.term{display:inline-block;background:#eef2ff;border-radius:3px;padding:0 .35rem;margin:0 .15rem .15rem 0;font-size:.85rem}
.reason{display:inline-block;min-width:11rem;color:#8a5a00;font-size:.8rem}ul.removed{font-size:.85rem;color:#555}
.sim{font-variant-numeric:tabular-nums;color:#0a6}table{border-collapse:collapse;width:100%;font-size:.9rem}
td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}th{background:#f0f0f0}
.sn{color:#999;font-size:.65rem;margin-right:.15rem}:target{background:#fff3a8}mark{background:#fff3a8}.cite{font-size:.75rem;vertical-align:super}details{margin:.3rem 0}summary{cursor:pointer;color:#345}
.problems li{font-family:ui-monospace,monospace;font-size:.85rem}.text p{margin:.4rem 0}
`;

export function renderHtml(report: Report): string {
  return [...htmlChunks(report)].join('');
}

function storyHtml(story: ReportStory, report: Report): string {
  const sections = STORY_SECTIONS.map((s) => {
    const body = renderSection(
      () => s.html(story, report),
      (reason) => `<p class="meta">This section could not be written: ${escapeHtml(reason)}</p>`,
    );
    return body ? `<section><h3>${escapeHtml(s.title)}</h3>${body}</section>` : '';
  }).join('\n');
  const span = story.period.start
    ? ` · ${escapeHtml(story.period.start)}${story.period.end && story.period.end !== story.period.start ? ` – ${escapeHtml(story.period.end)}` : ''}`
    : '';
  return `<article id="story-${anchor(story.id)}"><h2>${escapeHtml(story.title)}</h2><p class="summary">${story.documents.length} articles${span}</p>${sections}</article>`;
}

/** The HTML report piece by piece (one story at a time), so a large one is never one string. */
export function* htmlChunks(report: Report): Generator<string> {
  yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>crosscheck report</title><style>${STYLE}</style></head>
<body><h1>crosscheck report</h1><p class="summary">${count(report.documents.length, 'article', 'articles')} · ${count(report.stories.length, 'story', 'stories')} · ${count(report.relations.length, 'copy relation', 'copy relations')}</p>
`;
  if (report.stories.length > 1) {
    yield '<nav><ol>';
    for (const s of report.stories) yield `<li><a href="#story-${anchor(s.id)}">${escapeHtml(s.title)}</a> (${s.documents.length})</li>`;
    yield '</ol></nav>';
  }
  for (let i = 0; i < report.stories.length; i++) yield (i ? '\n' : '') + storyHtml(report.stories[i], report);
  for (const { title, lines } of problemSections(report.problems)) {
    yield `<h2>${title}</h2><ul class="problems">`;
    for (const p of lines) yield `<li>${escapeHtml(shown(p.source, Infinity))}: ${escapeHtml(p.reason)}</li>`;
    yield '</ul>';
  }
  yield '</body></html>\n';
}
