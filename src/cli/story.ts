// crosscheck story ID: one story's report (the same report analyze writes), from the base.
import { Command, Option } from 'commander';
import { renderReport, REPORT_FORMATS } from '../report/index.ts';
import type { ReportFormat } from '../model.ts';
import { PROGRAM, writeOutput } from './common.ts';
import { addBaseOption, withBase, type BaseFlags } from './base-options.ts';

export function storyCommand(): Command {
  return addBaseOption(
    new Command('story')
      .description("One story's report: its articles, copies, claims, discrepancies, quotes and cited briefing.")
      .argument('<id>', 'story id (as `crosscheck stories` lists it; an id the story had before it grew works too)')
      .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('md'))
      .option('-o, --out <file>', 'write the report to this file instead of standard output'),
  ).action(async (id: string, opts: { format: ReportFormat; out?: string } & BaseFlags) => {
    const report = await withBase(opts, (base) => base.storyReport(id), { readOnly: true });
    if (!report) {
      process.stderr.write(`${PROGRAM}: no story ${id} in the base\n`);
      process.exitCode = 1;
      return;
    }
    await writeOutput(renderReport(report, opts.format), opts.out);
  });
}
