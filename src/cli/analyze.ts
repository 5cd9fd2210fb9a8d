// crosscheck analyze <paths...>: read, extract, group into stories, cross-check; write the report.
import { Command, Option } from 'commander';
import { REPORT_FORMATS, type ReportFormat } from '../model.ts';
import { type CliContext, countInputs, outFile, parseSize, problemLine, shown, UsageError, writeOutput } from './common.ts';
import { count } from './base-options.ts';
import { availableParallelism } from 'node:os';
import { DEFAULT_MAX_DOCUMENTS } from '../ingest/limits.ts';
import { MAX_THREADS } from '../common/worker-pool.ts';
import { createProgress } from './progress.ts';
import { addWebOptions, webIngestOptions, type WebFlags } from './web-options.ts';

export function analyzeCommand(ctx: CliContext): Command {
  return addWebOptions(
    new Command('analyze')
      .description('Group articles into stories and cross-check them; write the report (Markdown by default).')
      .argument(
        '<paths...>',
        'files, folders (read recursively) and web addresses: .txt, .jsonl, .json, .html, .warc, RSS/Atom feeds, and .gz of any; http(s) URLs of pages and feeds',
      )
      .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('md'))
      .option('-o, --out <file>', 'write the report to this file instead of standard output')
      .option('--max-size <size>', 'largest input accepted, e.g. 10MB', '10MB')
      .option(
        '--max-documents <n>',
        'articles read at most: past it reading stops with one problem line (every article stays in memory until its story is written)',
        String(DEFAULT_MAX_DOCUMENTS),
      )
      .option(
        '--threads <n>',
        "threads preparing articles (extract, text, fingerprint, enrich) and working out the stories' accounts, this one included; 1 = no worker threads (default: CROSSCHECK_THREADS, else one per core but one: 1 on one or two cores; workers start only past 1,000 articles)",
      )
      .option('-q, --quiet', 'no progress bar and no problem lines on stderr'),
  ).action(
    async (
      paths: string[],
      opts: { format: ReportFormat; out?: string; maxSize: string; maxDocuments: string; threads?: string; quiet?: boolean } & WebFlags,
    ) => {
      outFile(opts.out);
      const maxBytes = parseSize(opts.maxSize);
      // decimal digits (Number() read "0x10" as 16 and "1e3" as 1000), at least one
      const maxDocuments = count(opts.maxDocuments, 'number of articles', Number.MAX_SAFE_INTEGER, 1);
      const threads = opts.threads === undefined ? undefined : /^\s*\d+\s*$/.test(opts.threads) ? Number(opts.threads) : Number.NaN;
      if (threads !== undefined && (!Number.isSafeInteger(threads) || threads < 1 || threads > MAX_THREADS))
        throw new UsageError(`not a number of threads: ${shown(opts.threads ?? '')} (1 to ${MAX_THREADS}; this machine has ${availableParallelism()} cores)`);
      // the engine loads only when a command runs, so `--help` starts at once
      const [{ analyzeStream }, { reportChunks }] = await Promise.all([import('../pipeline.ts'), import('../report/index.ts')]);
      const web = webIngestOptions(opts);
      const quiet = !!opts.quiet;
      const total = !quiet && ctx.stderr.isTTY ? await countInputs(paths) : undefined;
      const progress = createProgress({ quiet, total, stream: ctx.stderr });
      // the stories are worked out as the report is written, one at a time (JSON, Markdown)
      const report = await analyzeStream(paths, {
        maxBytes,
        maxDocuments,
        threads,
        ...web,
        onProblem: (p) => !quiet && progress.say(problemLine(p)),
        onDocument: (n) => progress.tick(n),
      });
      progress.done();
      await writeOutput(reportChunks(report, opts.format), opts.out, ctx.stdout);
      if (report.documents.length === 0) ctx.exitCode = 1;
    },
  );
}
