// crosscheck feeds add|list|remove|import|export: the subscriptions the watcher polls.
import { stat } from 'node:fs/promises';
import { Command, Option } from 'commander';
import type { FeedState } from '../watch/index.ts';
import { plural, queueJson, queueLines } from '../watch/queue-text.ts';
import { PROGRAM, UsageError, outFile, shown, writeOutput, type CliContext } from './common.ts';
// the store and the watcher load when a command runs (await import), so `--help` starts at once
import { addBaseOption, addParentBaseOption, count, withBase, type BaseFlags } from './base-options.ts';
import { describeFsError } from '../ingest/errors.ts';
import { readInputBytes } from '../ingest/read-bytes.ts';
import { decodeBytes } from '../ingest/decode.ts';
import { sniffMetaCharset } from '../ingest/html-charset.ts';
import { utcStamp } from '../common/utc-stamp.ts';

/** An OPML list of feeds is a few kilobytes (one line a feed): past this it is some other file. */
const MAX_OPML_BYTES = 10 * 1024 * 1024;

/** Times as the web app shows them, with their zone: "2026-12-07 17:10 UTC" (they were raw ISO stamps). */
function stateLine(f: FeedState, inRound: Set<number>): string {
  const ok = f.lastSuccess ? `ok ${utcStamp(f.lastSuccess)}` : 'never polled successfully';
  const err = f.errors
    ? `; ${f.errors} failure${f.errors === 1 ? '' : 's'} in a row, last ${utcStamp(f.lastErrorAt)}: ${f.lastError}`
    : f.lastError
      ? `; last error ${utcStamp(f.lastErrorAt)}: ${f.lastError}`
      : '';
  // a feed in an open round showed its past "next poll" as if it were overdue and not polled
  const next = inRound.has(f.id)
    ? 'next poll: now, in the open round (see queue below)'
    : `next poll ${utcStamp(f.nextPoll)}${f.scheduleReason ? ` (${f.scheduleReason})` : ''}`;
  return `${f.id}\t${f.url}\t${f.title ?? '(untitled)'}\n\t${plural(f.polls, 'poll')} (${f.notModified} unchanged), ${plural(f.itemsSeen, 'item')}; ${ok}${err}\n\t${next}`;
}

export function feedsCommand(ctx: CliContext): Command {
  const feeds = new Command('feeds').description('Feed subscriptions in the story base: add, list (with polling state), remove, OPML import and export.');
  addParentBaseOption(feeds);
  const sub = (c: Command) => addBaseOption(c);
  feeds.addCommand(
    sub(new Command('add').description('Subscribe to feeds (RSS, Atom, JSON Feed)').argument('<urls...>', 'feed addresses')).action(
      async (urls: string[], opts: BaseFlags) => {
        await withBase(opts, async (base) => {
          let bad = 0;
          for (const url of urls) {
            const { adapterOf } = await import('../store/index.ts');
            const { addFeed } = await import('../watch/index.ts');
            const r = await addFeed(adapterOf(base), url);
            if ('added' in r) {
              ctx.stdout.write(`added ${r.added.id}\t${r.added.url}\n`);
              // the watcher refuses it at every poll unless allowed, and said why only in `feeds list`: said now
              const { refusedUrl } = await import('../server/url-guard.ts');
              const refused = await refusedUrl(r.added.url, false, 'run watch');
              if (refused) ctx.stderr.write(`${PROGRAM}: ${r.added.url}: subscribed, but watch refuses it: ${refused.replace(/^refused: /, '')}\n`);
            } else if ('exists' in r) ctx.stdout.write(`already subscribed ${r.exists.id}\t${r.exists.url}\n`);
            else {
              bad++;
              ctx.stderr.write(`${PROGRAM}: ${shown(url)}: ${r.problem}\n`);
            }
          }
          if (bad) ctx.exitCode = 1;
        });
      },
    ),
  );
  feeds.addCommand(
    sub(
      new Command('list')
        .description('Subscriptions with their state: last success, last error and why, next poll')
        .addOption(new Option('-f, --format <format>').choices(['text', 'json']).default('text')),
    ).action(async (opts: BaseFlags & { format: string }) => {
      await withBase(
        opts,
        async (base) => {
          const { adapterOf } = await import('../store/index.ts');
          const { feedsInRound, listFeeds, queueState } = await import('../watch/index.ts');
          const db = adapterOf(base);
          const list = await listFeeds(db);
          const inRound = await feedsInRound(db);
          const queue = await queueState(db, Date.now());
          await writeOutput(
            opts.format === 'json'
              ? `${JSON.stringify({ feeds: list, queue: queueJson(queue) }, null, 2)}\n`
              : list.length
                ? `${list.map((f) => stateLine(f, inRound)).join('\n')}\n${queueLines(queue).join('\n')}\n`
                : 'no subscriptions (crosscheck feeds add URL)\n',
            undefined,
            ctx.stdout,
          );
        },
        { existing: true },
      );
    }),
  );
  feeds.addCommand(
    sub(new Command('remove').description('Unsubscribe (its articles stay in the base)').argument('<id>', 'feed id (from feeds list)')).action(
      async (id: string, opts: BaseFlags) => {
        // read before the base is opened: a mistyped id made (or upgraded) a base first
        const feedId = count(id, 'feed id');
        await withBase(
          opts,
          async (base) => {
            const { adapterOf } = await import('../store/index.ts');
            const { removeFeed } = await import('../watch/index.ts');
            if (!(await removeFeed(adapterOf(base), feedId))) throw new UsageError(`no feed ${shown(id)} (see crosscheck feeds list)`);
            ctx.stdout.write(`removed ${id}\n`);
          },
          { existing: true },
        );
      },
    ),
  );
  feeds.addCommand(
    sub(new Command('import').description('Subscribe to every feed of an OPML file').argument('<file>', 'OPML file')).action(
      async (file: string, opts: BaseFlags) => {
        let xml: string;
        try {
          // looked at before it is opened: a named pipe with no writer blocked the command for ever, and
          // /dev/zero (or any device) was read until memory ran out
          const info = await stat(file);
          if (info.isDirectory()) throw new UsageError(`cannot read ${shown(file)}: it is a folder`);
          if (!info.isFile()) throw new UsageError(`cannot read ${shown(file)}: not a regular file (a pipe, socket or device)`);
          if (info.size > MAX_OPML_BYTES)
            throw new UsageError(
              `cannot read ${shown(file)}: too large for a list of feeds (${(info.size / 1024 / 1024).toFixed(1)} MB, limit ${MAX_OPML_BYTES / 1024 / 1024} MB)`,
            );
          // read up to the limit: a /proc file's size says 0 (/proc/self/pagemap was read until the string overflowed)
          const read = await readInputBytes(file, MAX_OPML_BYTES, '');
          if ('problem' in read) throw new UsageError(`cannot read ${shown(file)}: ${read.problem}`);
          if (read.note) ctx.stderr.write(`${PROGRAM}: ${shown(file)}: ${read.note}\n`);
          // a BOM (UTF-16 from a Windows export was "binary content"), or bytes not UTF-8, read as any input file is
          const decoded = read.bytes.length ? decodeBytes(read.bytes, sniffMetaCharset(read.bytes)) : { text: '' };
          if ('problem' in decoded) throw new UsageError(`cannot read ${shown(file)}: ${decoded.problem}`);
          xml = decoded.text;
        } catch (err) {
          if (err instanceof UsageError) throw err;
          const code = (err as NodeJS.ErrnoException).code;
          throw new UsageError(
            `cannot read ${shown(file)}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : describeFsError(err)}`,
          );
        }
        await withBase(opts, async (base) => {
          const { adapterOf } = await import('../store/index.ts');
          const { importOpml } = await import('../watch/index.ts');
          const r = await importOpml(adapterOf(base), xml);
          if ('problem' in r) throw new UsageError(`${shown(file)}: ${r.problem}`);
          for (const p of r.problems) ctx.stderr.write(`${PROGRAM}: ${shown(file)}: ${shown(p.url)}: ${p.problem}\n`);
          // a list cut short (a download that stopped) was imported as far as it went without a word
          if (r.cut)
            ctx.stderr.write(
              `${PROGRAM}: ${shown(file)}: the OPML file is cut short (no closing </opml>): the feeds before the cut were read, the rest of the list is not in the file\n`,
            );
          ctx.stdout.write(`${file}: ${r.added} added, ${r.existing} already subscribed, ${r.problems.length} refused\n`);
        });
      },
    ),
  );
  feeds.addCommand(
    sub(new Command('export').description('The subscriptions as OPML').option('-o, --output <file>', 'write to a file instead of stdout')).action(
      async (opts: BaseFlags & { output?: string }) => {
        // -o "" is refused before the base is opened (and made)
        outFile(opts.output);
        const { adapterOf } = await import('../store/index.ts');
        const { exportOpml } = await import('../watch/index.ts');
        await withBase(opts, async (base) => writeOutput(await exportOpml(adapterOf(base)), opts.output, ctx.stdout), { existing: true });
      },
    ),
  );
  return feeds;
}
