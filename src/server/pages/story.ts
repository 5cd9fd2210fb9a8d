// The story page: the cited briefing first (what a reader came for), then the evidence behind it.
import type { Report, ReportStory } from '../../model.ts';
import { documentsById } from '../../report/lookup.ts';
import { countIndependent, sourceFamilies } from '../../provenance/families.ts';
import { html, idPath, type Html } from '../html.ts';
import { page } from '../layout.ts';
import { briefingHtml } from '../story/briefing.ts';
import { claimsHtml } from '../story/claims.ts';
import { graphHtml, storyRelations } from '../story/graph.ts';
import { discrepanciesHtml } from '../story/discrepancies.ts';
import { quotesHtml } from '../story/quotes.ts';
import { timelineHtml } from '../story/timeline.ts';
import { outletsHtml } from '../story/outlets.ts';
import { membersHtml } from '../story/members.ts';
import { storylineHtml } from '../story/storyline.ts';
import { changesHtml } from '../story/changes.ts';
import type { StoryChange } from '../types.ts';
import { at } from '../base-path.ts';

const SECTIONS: Array<[id: string, title: string, render: (s: ReportStory, r: Report) => Html]> = [
  ['briefing', 'Briefing', briefingHtml],
  ['claims', 'Claims and who states them', claimsHtml],
  ['copies', 'Who copied whom', graphHtml],
  ['discrepancies', 'Discrepancies', discrepanciesHtml],
  ['quotes', 'Who said what', quotesHtml],
  ['timeline', 'Timeline', timelineHtml],
  ['outlets', 'What each article adds or leaves out', outletsHtml],
  ['why', 'Why these articles are one story', membersHtml],
];

/** The independent-source count of a story: its articles with each copy family counted once. */
export function independentSources(story: ReportStory, report: Report): number {
  return countIndependent(story.documents, sourceFamilies(storyRelations(story, report), story.documents));
}

export function storyPage(report: Report, story: ReportStory, changes: StoryChange[] = []): string {
  const docs = documentsById(report);
  const outlets = [...new Set(story.documents.map((d) => docs.get(d)?.outlet).filter((o): o is string => !!o))];
  const when = (d: string) => d.slice(0, 16).replace('T', ' ');
  const period = story.period.start
    ? story.period.end && story.period.end !== story.period.start
      ? `${when(story.period.start)} – ${when(story.period.end)}`
      : when(story.period.start)
    : 'date unknown';
  const independent = independentSources(story, report);
  const storyline = storylineHtml(story);
  // the storyline comes right after the briefing when the story is one event of a longer saga
  const withStoryline: typeof SECTIONS = storyline ? [SECTIONS[0], ['storyline', 'Storyline', () => storyline], ...SECTIONS.slice(1)] : SECTIONS;
  // what changed comes after the briefing (and storyline) once the story has grown or an article's text changed
  const changed = new Set(changes.map((c) => c.seen)).size > 1;
  const claimsAt = withStoryline.findIndex(([id]) => id === 'claims');
  const shown: typeof SECTIONS = changed
    ? [...withStoryline.slice(0, claimsAt), ['changes', 'What changed', () => changesHtml(story, report, changes)], ...withStoryline.slice(claimsAt)]
    : withStoryline;
  const toc = html`<nav aria-label="On this page"><p class="tabs">${shown.map(([id, title]) => html`<a href="#${id}">${title}</a>`)}</p></nav>`;
  const sections = shown.map(([id, title, render]) => html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${render(story, report)}</section>`);
  const body = html`<h1>${story.title}</h1>
<p class="meta"><span class="count" title="independent sources">${independent}</span> independent source${independent === 1 ? '' : 's'} · ${story.documents.length} article${story.documents.length === 1 ? '' : 's'} · ${period}</p>
<p>${outlets.map((o) => html`<span class="tag">${o}</span>`)}</p>
<p class="meta">${story.storyline ? html`One event of a storyline of ${story.storyline.stories.length} stories (<a href="#storyline">earlier and later</a>) · ` : ''}<a href="${at(`/api/stories/${idPath(story.id)}`)}">JSON</a></p>
${toc}${sections}`;
  return page({ title: story.title, body });
}
