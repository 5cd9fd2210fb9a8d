// The story's storyline: the other stories of its saga, earlier and later, each with why they are linked.
import type { ReportStory, StorylineLink } from '../../model.ts';
import { anchor, escapeHtml, escapeMd } from '../escape.ts';
import type { Section } from './types.ts';

const day = (start: string | null) => (start ? start.slice(0, 10) : 'undated');

function others(story: ReportStory, when: StorylineLink['when']): Array<{ id: string; title: string; start: string | null; links: StorylineLink[] }> {
  const line = story.storyline;
  if (!line) return [];
  const at = line.stories.findIndex((s) => s.id === story.id);
  const side = when === 'earlier' ? line.stories.slice(0, at) : line.stories.slice(at + 1);
  return side.map((s) => ({ ...s, links: line.why.filter((l) => l.story === s.id) }));
}

const HEAD: Record<StorylineLink['when'], string> = { earlier: 'Earlier in this storyline', later: 'Later in this storyline' };

export const storylineSection: Section = {
  title: 'Storyline',
  md(story) {
    if (!story.storyline) return '';
    const out: string[] = [];
    for (const when of ['earlier', 'later'] as const) {
      const list = others(story, when);
      if (!list.length) continue;
      out.push(`${HEAD[when]}:`);
      for (const s of list) {
        const why = s.links.map((l) => ` — linked (similarity ${l.similarity.toFixed(2)}): ${escapeMd(l.reason)}`).join('');
        out.push(`- ${day(s.start)} ${escapeMd(s.title)} (\`${s.id}\`)${why}`);
      }
    }
    return out.join('\n');
  },
  html(story) {
    if (!story.storyline) return '';
    const parts: string[] = [];
    for (const when of ['earlier', 'later'] as const) {
      const list = others(story, when);
      if (!list.length) continue;
      const items = list.map((s) => {
        const why = s.links.map((l) => `<div class="meta">linked (similarity ${l.similarity.toFixed(2)}): ${escapeHtml(l.reason)}</div>`).join('');
        return `<li>${escapeHtml(day(s.start))} <a href="#story-${anchor(s.id)}">${escapeHtml(s.title)}</a>${why}</li>`;
      });
      parts.push(`<p>${HEAD[when]}:</p><ul class="storyline">${items.join('')}</ul>`);
    }
    return parts.join('');
  },
};
