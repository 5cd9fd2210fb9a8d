// crosscheck ingest <inputs...>: add articles to the story base; print what changed.
import { Command, Option } from 'commander';
import type { IngestSummary } from '../store/index.ts';
import { countInputs, parseSize, problemLine, writeOutput, type CliContext } from './common.ts';
import { createProgress } from './progress.ts';
import { addWebOptions, webIngestOptions, type WebFlags } from './web-options.ts';
import { addBaseOption, count, withBase, type BaseFlags } from './base-options.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summaryText(s: IngestSummary, location: string): string {
  const lines = [
    `${location}: ${plural(s.newDocuments, 'new article')}, ${plural(s.newVersions, 'new version')}, ${s.unchanged} unchanged, ${plural(s.problems, 'problem')}`,
    `stories: ${s.storiesOpened} opened, ${s.storiesGrown} grown, ${s.storiesMerged} merged into others`,
  ];
  return `${lines.join('\n')}\n`;
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
        .option('-v, --verbose', 'a line on stderr after each committed batch')
        .option('-q, --quiet', 'no progress bar and no problem lines on stderr'),
    ),
  ).action(
    async (
      inputs: string[],
      opts: { format: 'md' | 'json'; maxSize: string; batchSize?: string; verbose?: boolean; quiet?: boolean } & WebFlags & BaseFlags,
    ) => {
      const maxBytes = parseSize(opts.maxSize);
      // bigger batches re-relate and re-synthesise the stories they touch less often; the base's default applies
      // (DEFAULT_BATCH in store/update: not imported here, the store loads only when a command opens a base)
      const batchSize = opts.batchSize === undefined ? undefined : count(opts.batchSize, 'batch size', Number.MAX_SAFE_INTEGER, 1);
      const web = webIngestOptions(opts);
      const quiet = !!opts.quiet;
      await withBase(opts, async (base) => {
        const total = !quiet && ctx.stderr.isTTY ? await countInputs(inputs) : undefined;
        const progress = createProgress({ quiet, total, stream: ctx.stderr });
        const summary = await base.ingest(inputs, {
          maxBytes,
          ...web,
          batchSize,
          onProblem: (p) => !quiet && progress.say(problemLine(p)),
          onBatch: (n) => {
            if (opts.verbose) progress.say(`crosscheck: committed ${n} inputs`);
            progress.tick(n);
          },
        });
        progress.done();
        await writeOutput(opts.format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : summaryText(summary, base.location), undefined, ctx.stdout);
        if (summary.read === 0 && summary.problems > 0) ctx.exitCode = 1;
      });
    },
  );
}
