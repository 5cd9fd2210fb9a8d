// crosscheck export: the report contract for the whole base, or the stories of a window.
import { Command, Option } from 'commander';
import { renderReport, REPORT_FORMATS } from '../report/index.ts';
import type { ReportFormat } from '../model.ts';
import { outFile, writeOutput, type CliContext } from './common.ts';
import { addBaseOption, dateWindow, withBase, type BaseFlags } from './base-options.ts';

export function exportCommand(ctx: CliContext): Command {
  return addBaseOption(
    new Command('export')
      .description('Write the report (contract/report.schema.json) for the whole base, or for the stories of a window.')
      .option(
        '--since <date>',
        'only stories with an article published on or after this date (YYYY-MM-DD; with a time and zone, that instant: 2022-12-19T11:20+01:00)',
      )
      .option('--until <date>', 'only stories with an article published on or before this date')
      .addOption(new Option('-f, --format <format>', 'report format').choices(REPORT_FORMATS).default('json'))
      .option('-o, --out <file>', 'write the report to this file instead of standard output'),
  ).action(async (opts: { since?: string; until?: string; format: ReportFormat; out?: string } & BaseFlags) => {
    const q = dateWindow(opts);
    outFile(opts.out);
    const report = await withBase(opts, (base) => base.export(q), { readOnly: true });
    await writeOutput(renderReport(report, opts.format), opts.out, ctx.stdout);
  });
}
