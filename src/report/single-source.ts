// Why a briefing line with several citations is still "single source": its articles are copies of one report.
import type { SentenceRef } from '../model.ts';

/** "single source", or "single source: its 3 articles are copies of one" when the line cites several articles
 * (the reports and the web app said "[1][2][3] (single source)" with no reason given). */
export function singleSourceNote(support: SentenceRef[]): string {
  const articles = new Set(support.map((r) => r.document)).size;
  return articles > 1 ? `single source: its ${articles} articles are copies of one` : 'single source';
}
