// The Markdown report: one part per story, sections in STORY_SECTIONS order, then input problems.
import type { Report } from '../model.ts';
import { escapeMd } from './escape.ts';
import { STORY_SECTIONS } from './sections/index.ts';
import { count } from './lookup.ts';

export function renderMarkdown(report: Report): string {
  const out: string[] = ['# crosscheck report', ''];
  out.push(`${count(report.documents.length, 'article', 'articles')}, ${count(report.stories.length, 'story', 'stories')}, ${count(report.relations.length, 'copy relation', 'copy relations')}.`, '');
  for (const story of report.stories) {
    const span = story.period.start ? ` (${story.period.start}${story.period.end && story.period.end !== story.period.start ? ` – ${story.period.end}` : ''})` : '';
    out.push(`## ${escapeMd(story.title)}${span}`, '', `${story.documents.length} articles · story \`${story.id}\``, '');
    for (const section of STORY_SECTIONS) {
      const body = section.md(story, report).trim();
      if (body) out.push(`### ${section.title}`, '', body, '');
    }
  }
  if (report.problems.length) {
    out.push('## Inputs not used', '');
    for (const p of report.problems) out.push(`- \`${p.source.replace(/`/g, "'")}\`: ${escapeMd(p.reason)}`);
    out.push('');
  }
  return out.join('\n');
}
