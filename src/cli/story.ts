// crosscheck story ID: one story's report (the same report analyze writes), from the base.
import { Command, Option } from 'commander';
import { renderReport, REPORT_FORMATS } from '../report/index.ts';
import type { ReportFormat } from '../model.ts';
import { PROGRAM, given, outFile, shown, writeOutput, type CliContext } from './common.ts';
import { addBaseOption, withBase, type BaseFlags } from './base-options.ts';

export function storyCommand(ctx: CliContext): Command {
  return addBaseOption(
    new Command('story')
      .description("One story's report: its articles, copies, claims, discrepancies, quotes and cited briefing.")
      .argument('<id>', 'story id (as `crosscheck stories` lists it; an id the story had before it grew works too)')
      .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('md'))
      .option('-o, --out <file>', 'write the report to this file instead of standard output'),
  ).action(async (id: string, opts: { format: ReportFormat; out?: string } & BaseFlags) => {
    // story "" said "no story  in the base": an empty id is a mistake in the command, not a story to look for
    given(id, 'no story id', 'give one as crosscheck stories lists them');
    outFile(opts.out);
    const report = await withBase(opts, (base) => base.storyReport(id), { readOnly: true });
    if (!report) {
      ctx.stderr.write(`${PROGRAM}: no story ${shown(id)} in the base\n`);
      ctx.exitCode = 1;
      return;
    }
    await writeOutput(renderReport(report, opts.format), opts.out, ctx.stdout);
  });
}
