// Report stage: the JSON contract, Markdown and HTML.
import type { Report, ReportFormat } from '../model.ts';
export { REPORT_FORMATS } from '../model.ts';
import { renderMarkdown } from './markdown.ts';
import { renderHtml } from './html.ts';

export { buildReport, reportDocument, reportStory, EMPTY_SYNTHESIS, NO_FLAG } from './build.ts';
export { renderMarkdown, renderHtml };

export function renderReport(report: Report, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'html') return renderHtml(report);
  return renderMarkdown(report);
}
