// Store stage: the story base. One schema (migrations/), two backends behind one adapter interface:
// PGlite in a folder (the default, ./crosscheck-data or CROSSCHECK_DB) and a PostgreSQL server (postgres:// URL).
import type { RawDocument } from '../model.ts';
import { BaseError, baseFailure, DEFAULT_BASE, isServerLocation, noBaseMessage, noSubscriptionsBaseMessage, notBaseLocation, type Adapter } from './adapter.ts';
import { migrate, schemaKey } from './migrate.ts';
import { folderFault, holdsBase, openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';
import {
  changedSince,
  countedProblems,
  countedSearch,
  countedStories,
  documentView,
  exportReport,
  listProblems,
  listStories,
  search,
  storyBriefings,
  storyChanges,
  storyReport,
} from './read.ts';
import { ingestIntoBase, ingestRawIntoBase } from './update/index.ts';
import type { BaseIngestOptions, StoryBase } from './types.ts';

export type * from './types.ts';
export { BaseError, baseFailure, DEFAULT_BASE } from './adapter.ts';
export { SCHEMA_VERSION } from './migrate.ts';

const NUL = /\u0000/g;
const hasNul = (s: string | undefined): boolean => s?.includes('\u0000') ?? false;

/** Where the base is: the given location, else CROSSCHECK_DB, else ./crosscheck-data. */
export function baseLocation(location?: string): string {
  return location || process.env.CROSSCHECK_DB || DEFAULT_BASE;
}

export async function openAdapter(location?: string): Promise<Adapter> {
  const where = baseLocation(location);
  const mistake = notBaseLocation(where);
  if (mistake) throw new BaseError(mistake);
  return isServerLocation(where) ? openPostgres(where) : openPglite(where);
}

class Base implements StoryBase {
  constructor(
    readonly db: Adapter,
    private readOnly: boolean,
  ) {}

  get location(): string {
    return this.db.location;
  }

  private writable(): void {
    if (this.readOnly) throw new BaseError(`base ${this.location} was opened read-only`);
  }

  ingest(inputs: string[], options?: BaseIngestOptions) {
    this.writable();
    return ingestIntoBase(this.db, inputs, options);
  }
  ingestRaw(docs: RawDocument[], options?: Parameters<StoryBase['ingestRaw']>[1]) {
    this.writable();
    return ingestRawIntoBase(this.db, docs, options);
  }
  // PostgreSQL refuses a NUL character in text (the request failed with "invalid byte sequence"): no id, outlet or
  // language holds one (ingest takes them out), so such a look-up finds nothing, and search reads it as a space
  stories(q?: Parameters<StoryBase['stories']>[0]) {
    if (q && [q.outlet, q.language].some(hasNul)) return Promise.resolve([]);
    return listStories(this.db, q);
  }
  storyReport(id: string) {
    return hasNul(id) ? Promise.resolve(null) : storyReport(this.db, id);
  }
  storyBriefings(ids: string[]) {
    return storyBriefings(
      this.db,
      ids.filter((id) => !hasNul(id)),
    );
  }
  storyChanges(id: string) {
    return hasNul(id) ? Promise.resolve([]) : storyChanges(this.db, id);
  }
  document(id: string) {
    return hasNul(id) ? Promise.resolve(null) : documentView(this.db, id);
  }
  search(text: string, q?: { limit?: number; offset?: number }) {
    return search(this.db, text.replace(NUL, ' '), q);
  }
  problems(q?: { limit?: number; offset?: number }) {
    return listProblems(this.db, q);
  }
  countedStories(q?: Parameters<StoryBase['stories']>[0]) {
    if (q && [q.outlet, q.language].some(hasNul)) return Promise.resolve({ items: [], total: 0 });
    return countedStories(this.db, q);
  }
  countedSearch(text: string, q?: { limit?: number; offset?: number }) {
    return countedSearch(this.db, text.replace(NUL, ' '), q);
  }
  countedProblems(q?: { limit?: number; offset?: number }) {
    return countedProblems(this.db, q);
  }
  export(q?: { since?: string; until?: string }) {
    return exportReport(this.db, q);
  }
  changedSince(seq: number) {
    return changedSince(this.db, seq);
  }
  close() {
    return this.db.close();
  }
}

/** The SQL connection under a base (for the watcher's own tables: feeds, jobs, alerts). */
export function adapterOf(base: StoryBase): Adapter {
  if (!(base instanceof Base)) throw new BaseError('not a story base opened by openBase');
  return base.db;
}

/** Open (creating or upgrading when needed) the base at a folder or postgres:// URL; a read-only open never creates one. */
export async function openBase(location?: string, options: { readOnly?: boolean; existing?: boolean } = {}): Promise<StoryBase> {
  const where = baseLocation(location);
  const mistake = notBaseLocation(where);
  if (mistake) throw new BaseError(mistake);
  // a mistyped folder for reading is a user mistake, not a new empty base (and no stray folder is left); so for a
  // command that works on what a base holds (`existing`: watch, feeds list, alerts remove): `watch --db` mistyped
  // made a new base and said there was nothing to poll
  if ((options.readOnly || options.existing) && !isServerLocation(where) && !holdsBase(where)) {
    // a file, a pipe or a link loop can hold none, nor be made one: named, with no advice to build one there
    const fault = folderFault(where);
    if (fault) throw new BaseError(`no story base at ${where}: ${fault}`);
    throw new BaseError(options.existing ? noSubscriptionsBaseMessage(where) : noBaseMessage(where));
  }
  // a new folder starts as a copy of the migrated empty base the cache keeps (pglite.ts, pristine.ts)
  const db =
    isServerLocation(where) || options.readOnly ? await openAdapter(where) : await openPglite(where, { key: schemaKey(), migrate: (fresh) => migrate(fresh) });
  try {
    await migrate(db, options.readOnly);
  } catch (err) {
    await db.close().catch(() => {});
    throw baseFailure(err, db.location) ?? err;
  }
  return new Base(db, !!options.readOnly);
}
