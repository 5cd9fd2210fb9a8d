// crosscheck watch / crosscheck worker: poll the subscriptions and ingest what is new. `watch` runs on
// any base (PGlite folder or PostgreSQL); `worker` is the same loop for one of several processes sharing
// a PostgreSQL base through its job queue.
import { Command, Option } from 'commander';
import type { WatchCounts } from '../watch/index.ts';
import { PROGRAM, parseSize, problemLine, UsageError, type CliContext } from './common.ts';
import { timeout } from './web-options.ts';
import { addPrivateOptions, privateAccess, type PrivateFlags } from './private-options.ts';
// the store and the watcher load when a command runs (await import), so `--help` starts at once
import { addBaseOption, count, withBase, type BaseFlags } from './base-options.ts';

interface WatchFlags extends BaseFlags, PrivateFlags {
  once?: boolean;
  concurrency: string;
  perHostGap: string;
  maxSize: string;
  timeout: string;
  lease: string;
  seed: string;
  publicUrl: string;
  exitWhenIdle?: boolean;
  quiet?: boolean;
}

const DAY_SECONDS = 86_400;
/** `watch --once`: feeds were polled and none could be read (a cron job could not tell from exit 0) */
const NO_FEED_READ = 3;
const MAX_CONCURRENCY = 1000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Feed items' problems (a linked page refused, an item without text) are stored, not said one by one: the line counts
 * them, so a round whose pages were all refused does not look clean; and the notes apart (an item's summary stored as
 * its text), as ingest counts them: a summary-only feed's 40 articles read as "40 problems". */
function problemsNote(c: Pick<WatchCounts, 'problems' | 'notes'>): string {
  const counted = [c.problems ? plural(c.problems, 'problem') : '', c.notes ? `${plural(c.notes, 'note')} (on items used)` : ''].filter(Boolean);
  return counted.length ? `; ${counted.join(', ')} of feed items stored (crosscheck serve: /problems)` : '';
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The run's counts, in words as ingest's summary ("1 new version", not "1 new versions"). */
function countsLine(c: WatchCounts): string {
  const o = c.outcomes;
  return `${plural(c.polls, 'poll')} (${o.new} with news, ${o['not-modified'] + o.unchanged} unchanged, ${o['retry-after']} asked to wait, ${o.error} failed); ${plural(c.articles, 'article')} read; ${c.newDocuments} new, ${plural(c.newVersions, 'new version')}; stories ${c.storiesOpened} opened, ${c.storiesGrown} grown; ${plural(c.alerts, 'alert')}, ${plural(c.delivered, 'webhook')} posted${problemsNote(c)}`;
}

function addWatchOptions(c: Command): Command {
  const options = addBaseOption(c)
    .option('--concurrency <n>', 'requests in flight at once', '8')
    .option('--per-host-gap <ms>', 'minimum time between two requests to one host (shared by all workers)', '1000');
  return addPrivateOptions(options, 'feeds, pages and webhooks')
    .option('--max-size <size>', 'largest feed body or page accepted, once decompressed, e.g. 10MB', '10MB')
    .option('--timeout <seconds>', 'time allowed for each request', '20')
    .option('--lease <seconds>', 'lease of a job, renewed while its worker works on it: another may take the job once it runs out', '120')
    .option('--seed <text>', 'seed of the schedule jitter (same seed, same schedule)', 'crosscheck')
    .option('--public-url <url>', 'where `crosscheck serve` is reached (links in alerts)', 'http://127.0.0.1:8080')
    .option('-q, --quiet', 'no progress or problem lines on stderr');
}

async function runWatch(ctx: CliContext, opts: WatchFlags, mode: 'watch' | 'worker'): Promise<void> {
  // bounds: a day of gap or lease is already no polling; past 2^31 ms a timer fires at once (Node's
  // TimeoutOverflowWarning), and a request per socket past a thousand is a flood, not politeness. At least one:
  // --concurrency 0 and --lease 0 became 1 without a word, and a gap of 0 is no politeness at all
  const concurrency = count(opts.concurrency, 'concurrency', MAX_CONCURRENCY, 1);
  const gap = count(opts.perHostGap, 'gap in milliseconds', DAY_SECONDS * 1000, 1);
  const timeoutMs = timeout(opts.timeout);
  const maxBytes = parseSize(opts.maxSize);
  const lease = count(opts.lease, 'lease in seconds', DAY_SECONDS, 1);
  // alerts link to it: a mistyped address would be posted in every alert
  if (!URL.canParse(opts.publicUrl) || !/^https?:$/.test(new URL(opts.publicUrl).protocol))
    throw new UsageError(`not a public URL: ${opts.publicUrl} (http or https, e.g. http://127.0.0.1:8080)`);
  await withBase(
    opts,
    async (base) => {
      const { adapterOf } = await import('../store/index.ts');
      const db = adapterOf(base);
      if (mode === 'worker' && db.kind !== 'postgres')
        throw new UsageError('workers share a PostgreSQL base: --db postgres://...; for a folder base run crosscheck watch');
      const { Watcher } = await import('../watch/index.ts');
      const w = new Watcher(db, {
        concurrency,
        perHostGapMs: gap,
        allowPrivate: privateAccess(opts),
        timeoutMs,
        maxBytes,
        leaseMs: lease * 1000,
        seed: opts.seed,
        publicUrl: opts.publicUrl,
      });
      // a feed that could not be read, or was read with a note: one line naming it, and the watch goes on
      w.onProblem = (p) => {
        if (!opts.quiet) ctx.stderr.write(`${problemLine(p)}\n`);
      };
      // a base with nothing to poll (a mistyped --db makes a new one) said only "0 polls"
      const { listFeeds } = await import('../watch/index.ts');
      if (!opts.quiet && !(await listFeeds(db)).length)
        ctx.stderr.write(`${PROGRAM}: ${base.location}: no subscriptions to poll yet: add feeds with crosscheck feeds add URL, or feeds import FILE.opml\n`);
      // the server restarted or is out of reach a moment: a worker or watch waits for it rather than ending (every worker
      // of a farm ended at a server restart); `--once` ends with the line, as a cron job wants
      const { baseFailure } = await import('../store/index.ts');
      w.onBaseLost = (err, wait) => {
        if (!opts.quiet)
          ctx.stderr.write(
            `${PROGRAM}: ${baseFailure(err, base.location)?.message ?? `base ${base.location}: out of reach`}: trying again in ${Math.round(wait / 1000)} s (what was committed is kept)\n`,
          );
      };
      w.onBaseBack = (lostMs) => {
        if (!opts.quiet) ctx.stderr.write(`${PROGRAM}: base ${base.location}: reached again after ${Math.max(1, Math.round(lostMs / 1000))} s; going on\n`);
      };
      let stopping = false;
      const stop = () => {
        // a stopped worker took new jobs until the queue was empty (52 s and 85 articles after SIGTERM, with 250 queued)
        if (!opts.quiet)
          ctx.stderr.write(
            opts.once
              ? `${PROGRAM}: stopping after this pass\n`
              : `${PROGRAM}: stopping: the jobs in hand finish, no new one is taken (the rest waits in the base for the next watch or worker)\n`,
          );
        stopping = true;
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let last = 0;
      w.onCommit = () => {
        if (!opts.quiet && Date.now() - last > 5000) {
          last = Date.now();
          // said after a commit, before its alerts are matched: "so far", or the final line's "2 alerts" read as a
          // contradiction of this line's "0 alerts"
          ctx.stderr.write(`crosscheck: so far: ${countsLine(w.counts)}\n`);
        }
      };
      if (opts.once) await w.once(sleep);
      else if (opts.exitWhenIdle) await w.untilIdle(sleep, () => stopping);
      else await w.run(sleep, () => stopping);
      ctx.stdout.write(`${base.location}: ${countsLine(w.counts)}\n`);
      const o = w.counts.outcomes;
      if (opts.once && w.counts.polls > 0 && o.new + o['not-modified'] + o.unchanged === 0) {
        if (!opts.quiet) ctx.stderr.write(`${PROGRAM}: no feed could be read: ${plural(w.counts.polls, 'poll')}, each failed or asked to wait\n`);
        ctx.exitCode = NO_FEED_READ;
      }
    },
    { existing: true },
  );
}

export function watchCommand(ctx: CliContext): Command {
  return addWatchOptions(
    new Command('watch').description('Poll every subscription politely and ingest what is new (runs until stopped; --once polls each feed once)'),
  )
    .option('--once', `poll every feed once, ingest, and exit: 0 when a feed was read, ${NO_FEED_READ} when none could be`)
    .action((opts: WatchFlags) => runWatch(ctx, opts, 'watch'));
}

export function workerCommand(ctx: CliContext): Command {
  return addWatchOptions(
    new Command('worker').description('One of several processes sharing a PostgreSQL base: polling and per-article work through the job queue'),
  )
    .addOption(new Option('--exit-when-idle', 'exit once no job, open round or due feed is left (benches)'))
    .action((opts: WatchFlags) => runWatch(ctx, opts, 'worker'));
}
