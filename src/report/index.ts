// Report stage: the JSON contract, Markdown and HTML.
import type { Report, ReportFormat, ReportStream } from '../model.ts';
import { markdownChunks, renderMarkdown } from './markdown.ts';
import { htmlChunks, renderHtml } from './html.ts';
import { jsonChunks } from './json.ts';

export { listItem as jsonListItem } from './json.ts';

import { collectReport } from './build.ts';

export { buildReport, collectReport, reportDocument, reportStory, EMPTY_SYNTHESIS, NO_FLAG } from './build.ts';
export { renderMarkdown, renderHtml };

export { REPORT_FORMATS } from '../model.ts';
/**
 * The report in one format, piece by piece: write the pieces out, never join a large report into one
 * string. JSON and Markdown read a report stream's stories one at a time as they write them; HTML lists
 * every story before the first, so it reads them all first.
 */
export function reportChunks(report: ReportStream, format: ReportFormat): Iterable<string> {
  if (format === 'json') return jsonChunks(report);
  if (format === 'html') return htmlChunks(collectReport(report));
  return markdownChunks(report);
}

/** The report in one format as one string (small reports: tests, the server). */
export function renderReport(report: Report, format: ReportFormat): string {
  return [...reportChunks(report, format)].join('');
}
