// The briefing: a few article sentences, most corroborated first, each with numbered citations that resolve
// (in the list below it) to the source sentences it rests on.
import { escapeHtml, escapeMd } from '../escape.ts';
import { singleSourceNote } from '../single-source.ts';
import { Citations } from './cite.ts';
import type { Section } from './types.ts';

export const briefingSection: Section = {
  title: 'Briefing',
  md(story, report) {
    if (!story.briefing.length) return '';
    const cites = new Citations(story, report);
    const lines = story.briefing.map(
      (b, i) => `${i + 1}. ${escapeMd(b.text)} ${cites.md(b.support)}${b.singleSource ? ` *(${singleSourceNote(b.support)})*` : ''}`,
    );
    return [...lines, '', '**Sources**', '', cites.mdList()].join('\n');
  },
  html(story, report) {
    if (!story.briefing.length) return '';
    const cites = new Citations(story, report);
    const lines = story.briefing.map(
      (b) => `<li>${escapeHtml(b.text)} ${cites.html(b.support)}${b.singleSource ? ` <span class="meta">(${singleSourceNote(b.support)})</span>` : ''}</li>`,
    );
    return `<ol class="briefing">${lines.join('')}</ol><details open><summary>Sources</summary>${cites.htmlList()}</details>`;
  },
};
