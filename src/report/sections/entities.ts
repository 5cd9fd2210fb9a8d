// People, places and organisations of a story: mentions, articles, and every spelling seen.
import type { Entity, EntityType, ReportStory } from '../../model.ts';
import { escapeHtml, escapeMd } from '../escape.ts';
import type { Section } from './types.ts';

const GROUPS: Array<[EntityType, string]> = [
  ['person', 'People'],
  ['place', 'Places'],
  ['org', 'Organisations'],
  ['other', 'Other names'],
];
/** Names with one mention and no type add noise to a long list: shown only in the JSON. */
const shown = (e: Entity) => e.type !== 'other' || e.mentions > 1;

function byType(story: ReportStory): Array<[string, Entity[]]> {
  return GROUPS.map(([t, label]) => [label, story.entities.filter((e) => e.type === t && shown(e))] as [string, Entity[]]).filter(([, es]) => es.length);
}

const otherSpellings = (e: Entity) => e.aliases.filter((a) => a !== e.name);

export const entitiesSection: Section = {
  title: 'People, places and organisations',
  md(story) {
    const out: string[] = [];
    for (const [label, es] of byType(story)) {
      out.push(`**${label}**`, '', '| name | mentions | articles | also written |', '|---|---|---|---|');
      for (const e of es) out.push(`| ${escapeMd(e.name)} | ${e.mentions} | ${e.documents.length} | ${otherSpellings(e).map(escapeMd).join(', ') || '—'} |`);
      out.push('');
    }
    return out.join('\n');
  },
  html(story) {
    return byType(story)
      .map(([label, es]) => {
        const rows = es
          .map(
            (e) =>
              `<tr><td title="${escapeHtml(e.why ?? '')}">${escapeHtml(e.name)}</td><td>${e.mentions}</td><td>${e.documents.length}</td><td>${otherSpellings(e).map(escapeHtml).join(', ') || '—'}</td></tr>`,
          )
          .join('');
        return `<h4>${escapeHtml(label)}</h4><table><tr><th>name</th><th>mentions</th><th>articles</th><th>also written</th></tr>${rows}</table>`;
      })
      .join('');
  },
};
