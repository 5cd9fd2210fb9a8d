// A pointer a reader can follow to a cited sentence: the story's name for the article (its outlet, numbered when one
// outlet ran several, as the web app names it) and the sentence's number, counted from 1. The reports cited
// "12_19ecb #3" and "CBC News (002) #15": a record id and its first three characters, which the reader cannot look
// up (ECB+'s "12_1ecbplus" and "12_10ecbplus" both read "(12_)"). The Markdown report's Articles table pairs each
// name with its id and title; the HTML report links the pointer to the sentence, marked in the article's text.
import type { Report, ReportStory, SentenceRef } from '../../model.ts';
import { anchor, escapeHtml, escapeMd } from '../escape.ts';
import { docLabels } from '../labels.ts';
import { documentsById } from '../lookup.ts';

/** The story's name for an article ("CBC News", "etonline.com 2"); its id when the story does not hold it. */
export function articleName(story: ReportStory, report: Report, id: string): string {
  return docLabels(story, report).get(id) ?? id;
}

/** The anchor of a sentence in the HTML report's article text (counted from 1, as shown). */
export const sentenceAnchor = (doc: string, sentence: number): string => `s-${anchor(doc)}-${sentence + 1}`;

/** "CBC News, sentence 15" */
export function whereMd(story: ReportStory, report: Report, ref: SentenceRef): string {
  return `${escapeMd(articleName(story, report, ref.document))}, sentence ${ref.sentence + 1}`;
}

/** What a link's title says of an article: its title and record id. */
function articleTitle(report: Report, id: string): string {
  const doc = documentsById(report).get(id);
  return doc?.title && doc.title !== id ? `${doc.title} (${id})` : id;
}

/** "CBC News, sentence 15" linked to the sentence in the article's text; the title and id in the link's title. */
export function whereHtml(story: ReportStory, report: Report, ref: SentenceRef, text?: string): string {
  const shown = text ?? `${articleName(story, report, ref.document)}, sentence ${ref.sentence + 1}`;
  const href = story.documents.includes(ref.document) ? sentenceAnchor(ref.document, ref.sentence) : null;
  const title = escapeHtml(articleTitle(report, ref.document));
  return href ? `<a href="#${href}" title="${title}">${escapeHtml(shown)}</a>` : `<span title="${title}">${escapeHtml(shown)}</span>`;
}

/** An article's name linked to its entry in the HTML report's Articles section. */
export function articleHtml(story: ReportStory, report: Report, id: string): string {
  const title = escapeHtml(articleTitle(report, id));
  const name = escapeHtml(articleName(story, report, id));
  return story.documents.includes(id) ? `<a href="#doc-${anchor(id)}" title="${title}">${name}</a>` : `<span title="${title}">${name}</span>`;
}

/** A piece of a discrepancy's detail: its words, or an article it names. */
type DetailPiece = string | { document: string };

/** What may stand right before / after an article's label in a detail: the label lists of synthesize/discrepancies.ts
 * ("(CBC News (002_...), InoSMI (003_...))") and its flag note ("InoSMI (003_...) is flagged as translated"). */
const BEFORE = /(^|\(|, |\. )$/;
const AFTER = /^(\)|,|$| is flagged as)/;

/**
 * A discrepancy's detail split at the articles it names. The detail (the JSON's text, which keeps the ids) names an
 * article as synthesize's `label` writes it: "CBC News (002_9536d35874c14773)", or its bare id when it has no outlet
 * ("13_4ecb"). A label is taken only where such a list or note places it, so a figure that reads like a numeric id
 * (Reuters' "393") stays a figure.
 */
export function detailPieces(story: ReportStory, report: Report, detail: string): DetailPiece[] {
  const docs = documentsById(report);
  const labels = new Map<string, string>();
  for (const id of story.documents) {
    const d = docs.get(id);
    labels.set(d?.outlet ? `${d.outlet} (${id})` : id, id);
  }
  const out: DetailPiece[] = [];
  let from = 0;
  let i = 0;
  while (i < detail.length) {
    let hit: string | undefined;
    for (const label of labels.keys())
      if (
        (!hit || label.length > hit.length) &&
        detail.startsWith(label, i) &&
        BEFORE.test(detail.slice(Math.max(0, i - 2), i)) &&
        AFTER.test(detail.slice(i + label.length))
      )
        hit = label;
    if (!hit) {
      i++;
      continue;
    }
    if (i > from) out.push(detail.slice(from, i));
    out.push({ document: labels.get(hit)! });
    i += hit.length;
    from = i;
  }
  if (from < detail.length) out.push(detail.slice(from));
  return out;
}
