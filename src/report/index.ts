// Report stage: the JSON contract, Markdown and HTML.
import type { Report, ReportFormat } from '../model.ts';
import { markdownChunks, renderMarkdown } from './markdown.ts';
import { htmlChunks, renderHtml } from './html.ts';
import { jsonChunks } from './json.ts';

export { buildReport, reportDocument, reportStory, EMPTY_SYNTHESIS, NO_FLAG } from './build.ts';
export { renderMarkdown, renderHtml };

export { REPORT_FORMATS } from '../model.ts';
/** The report in one format, piece by piece: write the pieces out, never join a large report into one string. */
export function reportChunks(report: Report, format: ReportFormat): Iterable<string> {
  if (format === 'json') return jsonChunks(report);
  if (format === 'html') return htmlChunks(report);
  return markdownChunks(report);
}

/** The report in one format as one string (small reports: tests, the server). */
export function renderReport(report: Report, format: ReportFormat): string {
  return [...reportChunks(report, format)].join('');
}
