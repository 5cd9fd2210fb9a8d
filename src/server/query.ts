// Query parameters read once for pages and API alike: bad values are named, never passed on to the base.
import type { StoryQuery } from './types.ts';
import { dateBound, emptyWindow, type DateBound } from '../common/date-bound.ts';
import { shown } from '../common/shown.ts';

export class BadRequest extends Error {}

export const DEFAULT_LIMIT = 30;
export const MAX_LIMIT = 100;
const MAX_OFFSET = 1_000_000;
const SORTS = new Set(['newest', 'sources', 'growing']);

type Params = Record<string, string | undefined>;

function int(params: Params, name: string, min: number, max: number, fallback: number): number {
  const v = params[name];
  if (v === undefined || v === '') return fallback;
  if (!/^\d+$/.test(v)) throw new BadRequest(`${name} must be a whole number`);
  const n = Number(v);
  if (n < min || n > max) throw new BadRequest(`${name} must be between ${min} and ${max}`);
  return n;
}

export function paging(params: Params): { limit: number; offset: number } {
  return { limit: int(params, 'limit', 1, MAX_LIMIT, DEFAULT_LIMIT), offset: int(params, 'offset', 0, MAX_OFFSET, 0) };
}

/** A NUL (%00) is in no stored text, and pages echoed it raw into their HTML: read as a space. */
const NUL = /\u0000/g;

function text(params: Params, name: string, max = 100): string | undefined {
  const v = params[name]?.replace(NUL, ' ').trim();
  if (!v) return undefined;
  if (v.length > max) throw new BadRequest(`${name} is longer than ${max} characters`);
  return v;
}

export function storyQuery(params: Params): StoryQuery {
  const sort = params.sort || 'newest';
  if (!SORTS.has(sort)) throw new BadRequest('sort must be newest, sources or growing');
  const q: StoryQuery = { sort: sort as StoryQuery['sort'], ...paging(params) };
  const bounds: Partial<Record<'since' | 'until', DateBound>> = {};
  for (const key of ['since', 'until'] as const) {
    // a "+" of a zone written raw in an address reads as a space: 2022-12-19T12:00 02:00 is 12:00+02:00
    const v = text(params, key, 40)?.replace(/(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}(?::?\d{2})?)$/, '$1+$2');
    // the shape alone let 2022-02-30, 2022-13-45 and T25:99 through, to match nothing (the command line refuses them)
    const bound = v ? dateBound(v) : null;
    if (v && !bound) throw new BadRequest(`${key} must be a date like 2024-03-05`);
    if (v && bound) [q[key], bounds[key]] = [v, bound];
  }
  // by instant: since=2022-12-20T01:00%2B05:00 is before until=2022-12-19T22:00Z
  if (emptyWindow(bounds.since ?? null, bounds.until ?? null)) throw new BadRequest('since is after until: no day is in that window');
  const outlet = text(params, 'outlet');
  if (outlet) q.outlet = outlet;
  const language = text(params, 'language', 8);
  if (language && !/^[a-z]{2,3}$/i.test(language)) throw new BadRequest('language must be a language code like en');
  if (language) q.language = language.toLowerCase();
  return q;
}

/** Search words: required, bounded. */
export function searchText(params: Params): string {
  const q = params.q?.replace(NUL, ' ').trim() ?? '';
  if (q.length > 200) throw new BadRequest('q is longer than 200 characters');
  return q;
}

/**
 * A parameter given twice with two values (`limit=5&limit=abc`, `q=a&q=b`, two `since`): each route read the first
 * and dropped the other without a word, so a client's mistake answered 200 with what it had not asked for.
 */
export function repeatedParam(url: string): string | null {
  const start = url.indexOf('?');
  if (start < 0) return null;
  const seen = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(url.slice(start + 1))) {
    const before = seen.get(name);
    if (before !== undefined && before !== value) return `${shown(name, 40)} is given twice with two values: give it once`;
    seen.set(name, value);
  }
  return null;
}
