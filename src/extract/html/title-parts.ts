// What parts a page's title or site name: "Headline | Site", "Name – tagline", "Site › Section". One table for the
// title's site tail (metadata.ts stripSiteSuffix) and the site name's parts (site-name.ts), so both split alike.

/** Marks that part a title or a site name, each with a space either side; in the order the site tail is looked for. */
export const PART_SEPARATORS = ['|', '-', '–', '—', '::', '·', '»', '//', '•', '›'] as const;

const escaped = (s: string): string => s.replace(/[|\\/.*+?^${}()[\]-]/g, '\\$&');
const ALTERNATIVES = PART_SEPARATORS.map(escaped).join('|');

/** One separator with its spaces. */
export const PARTS = new RegExp(` (?:${ALTERNATIVES}) `);
/** What may follow a headline inside a longer title: a separator (or a colon) or nothing. */
export const AFTER_HEADLINE = new RegExp(`^\\s*(?:${ALTERNATIVES}|:|$)`);
