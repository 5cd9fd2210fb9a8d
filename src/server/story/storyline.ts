// The story's storyline: the other stories of its saga, earlier and later, each linked to its page with the
// reason the engine linked them (the report's storyline field). Nothing when the story stands alone.
import type { ReportStory, StorylineLink } from '../../model.ts';
import { html, idPath, type Html } from '../html.ts';
import { at } from '../base-path.ts';

const day = (start: string | null) => (start ? start.slice(0, 10) : 'undated');
const HEAD: Record<StorylineLink['when'], string> = { earlier: 'Earlier in this storyline', later: 'Later in this storyline' };

export function storylineHtml(story: ReportStory): Html | null {
  const line = story.storyline;
  if (!line) return null;
  const here = line.stories.findIndex((s) => s.id === story.id);
  const parts = (['earlier', 'later'] as const).map((when) => {
    // the line is oldest first; a story missing from its own line (should not happen) shows every other as linked
    const side =
      here < 0
        ? line.stories.filter((s) => line.why.some((l) => l.story === s.id && l.when === when))
        : when === 'earlier'
          ? line.stories.slice(0, here)
          : line.stories.slice(here + 1);
    if (!side.length) return '';
    const items = side.map((s) => {
      const links = line.why.filter((l) => l.story === s.id);
      return html`<li><span class="meta">${day(s.start)}</span> <a href="${at(`/stories/${idPath(s.id)}`)}">${s.title}</a>${links.map(
        (l) => html`<div class="meta">linked: ${l.reason} (similarity ${l.similarity.toFixed(2)})</div>`,
      )}${links.length ? '' : html`<div class="meta">in the line through the other stories</div>`}</li>`;
    });
    return html`<h3>${HEAD[when]}</h3><ul class="storyline">${items}</ul>`;
  });
  return html`${parts}`;
}
