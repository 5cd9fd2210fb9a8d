// Who said what, grouped: a story's quotes by the entity that said them (an organisation quoted as "IMF" in one
// article and "International Monetary Fund" in another is one speaker), headed by the entity's name; a speaker
// linked to no entity by its written name; unattributed quotes last.
import type { Quote, ReportStory } from '../model.ts';

const UNATTRIBUTED = 'Not attributed';

/** [heading, quotes] pairs, most quoted first, unattributed last. */
export function bySpeaker(story: Pick<ReportStory, 'entities'>, quotes: Quote[]): Array<[string, Quote[]]> {
  const names = new Map(story.entities.map((e) => [e.id, e.name]));
  const groups = new Map<string, [string, Quote[]]>();
  for (const q of quotes) {
    const k = q.speakerEntity ?? (q.speaker === null ? UNATTRIBUTED : `\u0000${q.speaker}`);
    const group = groups.get(k) ?? groups.set(k, [(q.speakerEntity && names.get(q.speakerEntity)) || (q.speaker ?? UNATTRIBUTED), []]).get(k)!;
    group[1].push(q);
  }
  return [...groups.values()].sort(
    (a, b) => Number(a[0] === UNATTRIBUTED) - Number(b[0] === UNATTRIBUTED) || b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
}

/** The speaker as the quote's article wrote it, where that is not the group's heading ("IMF" under International
 * Monetary Fund), else nothing. */
export const writtenAs = (q: Quote, heading: string): string | undefined => (q.speaker && q.speaker !== heading ? q.speaker : undefined);
