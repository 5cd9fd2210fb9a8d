// A report section renders one aspect of a story in Markdown and in HTML.
// Each stage's work owns its section file; markdown.ts and html.ts list them in order.
import type { Report, ReportStory } from '../../model.ts';

export interface Section {
  /** heading shown for the section */
  title: string;
  /** Markdown body, or '' when the story has nothing for this section */
  md(story: ReportStory, report: Report): string;
  /** HTML body (all article text escaped), or '' when there is nothing */
  html(story: ReportStory, report: Report): string;
}
