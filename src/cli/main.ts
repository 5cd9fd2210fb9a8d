// The command line: one file per command; usage errors exit 2, input problems go to stderr.
import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './analyze.ts';
import { extractCommand } from './extract.ts';
import { PROGRAM, UsageError } from './common.ts';
import { ingestCommand } from './ingest.ts';
import { storiesCommand } from './stories.ts';
import { storyCommand } from './story.ts';
import { searchCommand } from './search.ts';
import { exportCommand } from './export.ts';
import { BaseError } from '../store/index.ts';
import { feedsCommand } from './feeds.ts';
import { alertsCommand } from './alerts.ts';
import { watchCommand, workerCommand } from './watch.ts';

const program = new Command(PROGRAM)
  .description('crosscheck: group news articles into stories, find who copied whom, cross-check what independent sources say.')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(str) });

for (const command of [analyzeCommand(), extractCommand(), ingestCommand(), storiesCommand(), storyCommand(), searchCommand(), exportCommand(), feedsCommand(), watchCommand(), workerCommand(), alertsCommand()]) {
  program.addCommand(command.exitOverride().showHelpAfterError('(run with --help for usage)'));
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
});

try {
  if (process.argv.length <= 2) {
    program.outputHelp();
    process.exitCode = 2;
  } else await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // help and version exit 0; everything else commander reports is a usage error
    process.exitCode = err.exitCode === 0 ? 0 : 2;
  } else if (err instanceof UsageError) {
    process.stderr.write(`${PROGRAM}: ${err.message}\n`);
    process.exitCode = 2;
  } else if (err instanceof BaseError) {
    process.stderr.write(`${PROGRAM}: ${err.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`${PROGRAM}: internal error: ${(err as Error)?.stack ?? err}\n`);
    process.exitCode = 70;
  }
}
