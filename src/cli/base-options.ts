// What the story-base commands share: --db, opening the base, and one-line errors for a base that
// cannot be opened.
import { Option, type Command } from 'commander';
import type { StoryBase } from '../store/index.ts';
import { DEFAULT_BASE } from '../store/adapter.ts';
import { UsageError, given, shown } from './common.ts';
import { dateBound, emptyWindow, type DateBound } from '../common/date-bound.ts';

export interface BaseFlags {
  db?: string;
}

export function addBaseOption(command: Command): Command {
  return command.addOption(
    new Option(
      '--db <dir|url>',
      `the story base: a folder (PGlite, created by commands that write) or a postgres:// URL; default $CROSSCHECK_DB or ${DEFAULT_BASE}`,
    ),
  );
}

/**
 * --db on a command of subcommands (feeds, alerts) too: `feeds --db x list` said `unknown option '--db'`, the option
 * being only on each subcommand. The parent's value is passed down to the subcommand that runs; both given and
 * different is a mistake, said as a repeated option is.
 */
export function addParentBaseOption(parent: Command): Command {
  addBaseOption(parent);
  return parent.hook('preAction', (_parent, action) => {
    const above = parent.getOptionValue('db') as string | undefined;
    if (above === undefined || action === parent) return;
    const own = action.getOptionValue('db') as string | undefined;
    if (own !== undefined && own !== above) throw new UsageError(`--db ${shown(above, 40)} and --db ${shown(own, 40)} both given: give the option once`);
    action.setOptionValue('db', above);
  });
}

/** The --db value: an empty one (--db "$UNSET") is a mistake, not the default base (which ingest would then fill). */
export function dbFlag(flags: BaseFlags): string | undefined {
  given(flags.db, 'no base after --db', `name a folder or a postgres:// URL, or leave --db out for $CROSSCHECK_DB or ${DEFAULT_BASE}`);
  // an empty CROSSCHECK_DB is unset; one of spaces made a base in a folder named " "
  if (flags.db === undefined && process.env.CROSSCHECK_DB)
    given(process.env.CROSSCHECK_DB, 'CROSSCHECK_DB is only spaces', `name a folder or a postgres:// URL, or unset it for ${DEFAULT_BASE}`);
  return flags.db;
}

/** Open the base, run `work`, close the base whatever happens. */
export async function withBase<T>(
  flags: BaseFlags,
  work: (base: StoryBase) => Promise<T>,
  options: { readOnly?: boolean; existing?: boolean } = {},
): Promise<T> {
  const db = dbFlag(flags);
  // the store (PGlite, the engine) loads only when a command opens a base, so `--help` starts at once
  const { baseFailure, openBase } = await import('../store/index.ts');
  const base = await openBase(db, options);
  try {
    return await work(base);
  } catch (err) {
    // a damaged base, a full disk, a lost server: one line naming the base (what was committed stays)
    throw baseFailure(err, base.location) ?? err;
  } finally {
    await base.close();
  }
}

/**
 * A whole number from the command line in decimal digits, `min` or more (up to 2^53: 1e20 reached the base, a bigint
 * out of range). Number() read "" and " " as 0 (--limit "" listed nothing, --batch-size "" was one) and "0x10" as 16.
 */
export function count(value: string, what: string, max = Number.MAX_SAFE_INTEGER, min = 0): number {
  const n = /^\s*\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = max < Number.MAX_SAFE_INTEGER ? ` (${min} to ${max.toLocaleString('en-US')})` : min > 0 ? ` (${min} or more)` : '';
    throw new UsageError(`not ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}: ${shown(value)}${range}`);
  }
  return n;
}

/** --since and --until: a window that ends before it starts matched nothing and said "No stories." */
export function dateWindow(opts: { since?: string; until?: string }): { since?: string; until?: string } {
  const since = isoDate(opts.since);
  const until = isoDate(opts.until);
  // --until is a whole day (to its end), so 2022-01-01T10:00 to 2022-01-01 is a window; a time with a zone is that
  // instant (2022-12-20T01:00+05:00 is before 2022-12-19T22:00Z)
  if (since && until && emptyWindow(since, until)) throw new UsageError(`--since ${since.text} is after --until ${until.text}: no day is in that window`);
  return { since: since?.text, until: until?.text };
}

/** A date bound: YYYY-MM-DD, or that day with a time and a zone (2022-12-19T11:20+01:00). */
function isoDate(value: string | undefined): DateBound | undefined {
  if (value === undefined) return undefined;
  // the shape alone let 2022-13-45 and 2022-02-30 through, to match nothing: the day and the time must exist
  const bound = dateBound(value);
  if (!bound) throw new UsageError(`not a date: ${shown(value)} (use YYYY-MM-DD)`);
  return bound;
}
