// The Markdown report: one part per story, sections in STORY_SECTIONS order, then input problems.
import { problemSections } from '../common/problem-rules.ts';
import type { Report, ReportStream } from '../model.ts';
import { codeName, escapeMd } from './escape.ts';
import { STORY_SECTIONS } from './sections/index.ts';
import { count } from './lookup.ts';
import { renderSection } from './sections/safe.ts';

export function renderMarkdown(report: Report): string {
  return [...markdownChunks(report)].join('');
}

/**
 * The Markdown report piece by piece (one story at a time), so a large one is never one string. Each
 * piece is a block of lines; blocks are joined by a line break.
 */
export function* markdownChunks(stream: ReportStream): Generator<string> {
  // the sections read one story and the report's documents and relations, never its other stories:
  // a report stream's stories are read here, one at a time
  const report: Report = { ...stream, stories: [] };
  yield [
    '# crosscheck report',
    '',
    `${count(report.documents.length, 'article', 'articles')}, ${count(stream.stories.length, 'story', 'stories')}, ${count(report.relations.length, 'copy relation', 'copy relations')}.`,
    '',
  ].join('\n');
  for (const story of stream.stories) {
    const span = story.period.start
      ? ` (${story.period.start}${story.period.end && story.period.end !== story.period.start ? ` – ${story.period.end}` : ''})`
      : '';
    const out = [`## ${escapeMd(story.title)}${span}`, '', `${story.documents.length} articles · story \`${story.id}\``, ''];
    for (const section of STORY_SECTIONS) {
      const body = renderSection(
        () => section.md(story, report),
        (reason) => `_This section could not be written: ${escapeMd(reason)}_`,
      ).trim();
      if (body) out.push(`### ${section.title}`, '', body, '');
    }
    yield `\n${out.join('\n')}`;
  }
  for (const { title, lines } of problemSections(report.problems)) {
    const out = [`## ${title}`, ''];
    for (const p of lines) out.push(`- ${codeName(p.source)}: ${escapeMd(p.reason)}`);
    out.push('');
    yield `\n${out.join('\n')}`;
  }
}
