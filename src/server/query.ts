// Query parameters read once for pages and API alike: bad values are named, never passed on to the base.
import type { StoryQuery } from './types.ts';

export class BadRequest extends Error {}

export const DEFAULT_LIMIT = 30;
export const MAX_LIMIT = 100;
const MAX_OFFSET = 1_000_000;
const SORTS = new Set(['newest', 'sources', 'growing']);
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

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

/** The shape let 2022-02-30, 2022-13-45 and T25:99 through, to match nothing (the command line refuses them). */
function realDate(v: string): boolean {
  const [year, month, day] = v.slice(0, 10).split('-').map(Number);
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day && !Number.isNaN(Date.parse(v));
}

export function storyQuery(params: Params): StoryQuery {
  const sort = params.sort || 'newest';
  if (!SORTS.has(sort)) throw new BadRequest('sort must be newest, sources or growing');
  const q: StoryQuery = { sort: sort as StoryQuery['sort'], ...paging(params) };
  for (const key of ['since', 'until'] as const) {
    const v = text(params, key, 40);
    if (v && !(DATE.test(v) && realDate(v))) throw new BadRequest(`${key} must be a date like 2024-03-05`);
    if (v) q[key] = v;
  }
  if (q.since && q.until && q.since.slice(0, 10) > q.until.slice(0, 10)) throw new BadRequest('since is after until: no day is in that window');
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
