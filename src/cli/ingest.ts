// crosscheck ingest <inputs...>: add articles to the story base; print what changed.
import { Command, Option } from 'commander';
import type { IngestSummary } from '../store/index.ts';
import { constants as osConstants } from 'node:os';
import { countInputs, parseSize, PROGRAM, problemLine, writeOutput, type CliContext } from './common.ts';
import { createProgress } from './progress.ts';
import { addWebOptions, webIngestOptions, type WebFlags } from './web-options.ts';
import { addBaseOption, count, withBase, type BaseFlags } from './base-options.ts';
import { MAX_THREADS } from '../common/worker-pool.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summaryText(s: IngestSummary, location: string): string {
  const notes = s.notes ? `, ${plural(s.notes, 'note')} (on inputs used)` : '';
  const redirects = [
    s.linked || (!s.waiting && !s.expired) ? `${plural(s.linked, 'address', 'addresses')} linked to the articles redirects lead to` : '',
    s.waiting ? `${plural(s.waiting, 'redirect')} waiting for ${s.waiting === 1 ? 'its page' : 'their pages'} (linked when ingested)` : '',
    // waiting redirects whose pages never came (store/addresses.ts REDIRECT_WAIT_DAYS): a line each among the problems
    s.expired
      ? `${plural(s.expired, 'redirect')} no longer waiting: ${s.expired === 1 ? 'its page' : 'their pages'} never came, ${s.expired === 1 ? 'its' : 'their'} addresses are not kept`
      : '',
  ].filter(Boolean);
  // an archive of redirects alone read no article: "0 new articles" read as a failure beside the links it made
  const alone = s.read === 0 && (s.linked || s.waiting);
  const first = alone
    ? `${location}: no article read, only redirects: ${redirects.join('; ')}; ${plural(s.problems, 'problem')}${notes}`
    : `${location}: ${plural(s.newDocuments, 'new article')}, ${plural(s.newVersions, 'new version')}, ${s.unchanged} unchanged, ${plural(s.problems, 'problem')}${notes}`;
  const lines = [first];
  if (!alone && (s.linked || s.waiting || s.expired)) lines.push(`redirects: ${redirects.join('; ')}`);
  lines.push(`stories: ${s.storiesOpened} opened, ${s.storiesGrown} grown, ${s.storiesMerged} merged into others`);
  return `${lines.join('\n')}\n`;
}

/** Nothing in the inputs was used: no article read, no redirect's address kept, and some problem said why. */
const nothingUsed = (s: IngestSummary): boolean => s.read === 0 && s.linked === 0 && s.waiting === 0 && s.problems > 0;

/** Signals that stop an ingest: the terminal's Ctrl-C, and a service manager's stop. */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/** The line an interrupted ingest leaves: what the base holds and how to go on. */
function interruptedLine(committed: number): string {
  if (!committed) return `${PROGRAM}: interrupted before the first batch was committed: nothing was added, the base is as it was`;
  const first = committed === 1 ? 'the first input is' : `the first ${committed.toLocaleString('en-US')} inputs are`;
  return `${PROGRAM}: interrupted: ${first} committed, the batch after them is not; the base is intact: run the same command again for the rest (inputs already in count as unchanged)`;
}

export function ingestCommand(ctx: CliContext): Command {
  return addBaseOption(
    addWebOptions(
      new Command('ingest')
        .description('Add articles to the story base (new articles, new versions of known ones); print what changed.')
        .argument('<inputs...>', 'files, folders (read recursively) and web addresses, as for analyze')
        .addOption(new Option('-f, --format <format>', 'summary format').choices(['md', 'json']).default('md'))
        .option('--max-size <size>', 'largest input accepted, e.g. 10MB', '10MB')
        .addOption(new Option('--batch-size <n>', 'inputs committed per transaction (default 2000)'))
        .addOption(
          new Option(
            '--threads <n>',
            'threads preparing the inputs (extract, text, fingerprint, enrich), this one included: from 2 on, worker threads prepare the next batch while this one commits (default 1)',
          ),
        )
        .option('-v, --verbose', 'a line on stderr after each committed batch')
        .option('-q, --quiet', 'no progress bar and no problem lines on stderr'),
    ),
  ).action(
    async (
      inputs: string[],
      opts: { format: 'md' | 'json'; maxSize: string; batchSize?: string; threads?: string; verbose?: boolean; quiet?: boolean } & WebFlags & BaseFlags,
    ) => {
      const maxBytes = parseSize(opts.maxSize);
      // bigger batches re-relate and re-synthesise the stories they touch less often; the base's default applies
      // (DEFAULT_BATCH in store/update: not imported here, the store loads only when a command opens a base)
      const batchSize = opts.batchSize === undefined ? undefined : count(opts.batchSize, 'batch size', Number.MAX_SAFE_INTEGER, 1);
      const threads = opts.threads === undefined ? undefined : count(opts.threads, 'number of threads', MAX_THREADS, 1);
      const web = webIngestOptions(opts);
      const quiet = !!opts.quiet;
      await withBase(opts, async (base) => {
        const total = !quiet && ctx.stderr.isTTY ? await countInputs(inputs) : undefined;
        const progress = createProgress({ quiet, total, stream: ctx.stderr });
        let committed = 0;
        // Ctrl-C killed the run without a word. The first stops it between two statements (the batch being written
        // rolls back) and says what the base holds; a second leaves at once (the base rolls that batch back when
        // next opened, as after a crash).
        const stop = new AbortController();
        const interrupted = (signal: NodeJS.Signals) => {
          const code = 128 + (osConstants.signals[signal] ?? 2);
          if (!stop.signal.aborted) return stop.abort(code);
          progress.say(interruptedLine(committed));
          process.exit(code);
        };
        for (const signal of STOP_SIGNALS) process.on(signal, interrupted);
        let summary: IngestSummary;
        try {
          summary = await base.ingest(inputs, {
            maxBytes,
            ...web,
            batchSize,
            threads,
            signal: stop.signal,
            onProblem: (p) => !quiet && progress.say(problemLine(p)),
            onBatch: (n) => {
              committed = n;
              if (opts.verbose) progress.say(`crosscheck: committed ${n} inputs`);
              progress.tick(n);
            },
          });
        } catch (err) {
          if (!stop.signal.aborted) throw err;
          progress.say(interruptedLine(committed));
          ctx.exitCode = stop.signal.reason as number;
          return;
        } finally {
          for (const signal of STOP_SIGNALS) process.off(signal, interrupted);
        }
        progress.done();
        await writeOutput(opts.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : summaryText(summary, base.location), undefined, ctx.stdout);
        if (nothingUsed(summary)) ctx.exitCode = 1;
      });
    },
  );
}
