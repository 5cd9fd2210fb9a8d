// What changed in a story, ingest by ingest: the articles each one added and the articles whose text it changed,
// newest first. (A story followed over two ingests or a watch grew with no word of it on its page: which articles
// were new, which had changed, and when.)
import type { Report, ReportStory } from '../../model.ts';
import { documentsById } from '../../report/lookup.ts';
import type { StoryChange } from '../types.ts';
import { html, type Html, utcStamp } from '../html.ts';
import { distinctPrecision } from '../../common/utc-stamp.ts';
import { articleHref } from './cite.ts';
import { docLabels } from '../../report/labels.ts';

/** Ingests shown at most (the earliest folded into one line). */
const SHOWN = 5;

export function changesHtml(story: ReportStory, report: Report, changes: StoryChange[]): Html {
  const docs = documentsById(report);
  const labels = docLabels(story, report);
  const at = new Map<string, StoryChange[]>();
  for (const c of changes) if (docs.has(c.document)) (at.get(c.seen) ?? at.set(c.seen, []).get(c.seen)!).push(c);
  const rounds = [...at.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  if (!rounds.length) return html``;
  // two ingests in one minute read alike to the minute: then every stamp shows its seconds
  const precision = distinctPrecision(rounds.map(([seen]) => seen));
  const link = (c: StoryChange) => {
    const d = docs.get(c.document)!;
    return html`<li><a href="${articleHref(c.document)}">${d.title}</a> <span class="meta">(${labels.get(c.document) ?? c.document}${c.version > 1 ? `, version ${c.version}` : ''})</span></li>`;
  };
  const items = rounds.slice(0, SHOWN).map(([seen, list], i) => {
    const added = list.filter((c) => c.version === 1);
    const changed = list.filter((c) => c.version > 1);
    const first = i === rounds.length - 1;
    const parts = [
      added.length ? html`${first ? 'opened with' : 'added'} ${count(added.length, 'article')}:<ul>${added.map(link)}</ul>` : '',
      changed.length ? html`${count(changed.length, 'article')} with changed text:<ul>${changed.map(link)}</ul>` : '',
    ];
    return html`<li><strong>${utcStamp(seen, precision)}</strong>: ${parts}</li>`;
  });
  const earlier = rounds.slice(SHOWN);
  const rest = earlier.length
    ? html`<li>${earlier.length} earlier ingests: ${count(
        earlier.reduce((n, [, list]) => n + list.filter((c) => c.version === 1).length, 0),
        'article',
      )} from ${utcStamp(earlier.at(-1)![0], precision)}</li>`
    : '';
  return html`<ol class="changes">${items}${rest}</ol>`;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
