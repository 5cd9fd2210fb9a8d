// The command line: one file per command; usage errors exit 2, input problems go to stderr.
// `run` is the whole command, in-process: bin/crosscheck.js calls it with the process's streams, tests with their own.
import { Command, CommanderError, type Option, type OutputConfiguration } from 'commander';
import { analyzeCommand } from './analyze.ts';
import { extractCommand } from './extract.ts';
import { type CliContext, type OutStream, PROGRAM, UsageError, shown } from './common.ts';
import { PACKAGE_VERSION } from '../common/version.ts';
import { BaseError } from '../store/adapter.ts';
import { serveCommand } from './serve.ts';
import { feedsCommand } from './feeds.ts';
import { alertsCommand } from './alerts.ts';
import { watchCommand, workerCommand } from './watch.ts';
import { ingestCommand } from './ingest.ts';
import { storiesCommand } from './stories.ts';
import { storyCommand } from './story.ts';
import { searchCommand } from './search.ts';
import { exportCommand } from './export.ts';
import { AlreadySaid, stdoutFailure } from './output.ts';

/** bin/crosscheck.js tells a failed write to standard output (a full disk) in one line, once. */
export function stdoutFailureLine(err: unknown): string {
  const line = stdoutFailure(err);
  return line && `${PROGRAM}: ${line}\n`;
}

/** bin/crosscheck.js asks, once the command is done: a name look-up given up at its deadline may hold the process. */
export { lookupsPending } from '../ingest/net-guard.ts';

/** What commander looks options up by (private: each option it meets on the command line is found through it first). */
type FindsOptions = { _findOption?: (arg: string) => Option | undefined };

/**
 * The spelling each option was last met by on the command line (`-n`, `--limit`, `--limit=7`: `--limit`), so that a
 * clash names what the user typed. Read from commander's look-up, which runs just before each option's event; an
 * option it did not see looked up (a commander that no longer has it) is named by its long flag.
 */
function spellings(command: Command): Map<Option, string> {
  const met = new Map<Option, string>();
  const c = command as unknown as FindsOptions;
  const find = c._findOption;
  if (typeof find !== 'function') return met;
  c._findOption = function (this: Command, arg: string) {
    const option = find.call(this, arg);
    if (option) met.set(option, arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg);
    return option;
  };
  return met;
}

/** Options that ask for opposite things (by attribute name), with why: both given is a usage error. */
const CONTRADICTIONS: ReadonlyArray<readonly [string, string, string]> = [['quiet', 'verbose', '-q silences stderr, -v adds lines to it']];
const CONTRADICTING = new Map(CONTRADICTIONS.flatMap(([a, b, why]) => [[a, { other: b, why }] as const, [b, { other: a, why }] as const]));

/**
 * An option given twice with two values is a mistake (`-f json ... -f md`, `-n 5 -n 50`, `--x --no-x`): commander
 * kept the last without a word, so a report came out in the format or size the user had not meant. Refused, on this
 * command and its subcommands, naming each value by the spelling it was given with (`-n 5 and --limit 7`); the same
 * value twice is harmless and passes.
 */
function oneValueEach(command: Command): void {
  const given = new Map<string, { flag: string; value: string }>();
  const met = spellings(command);
  for (const option of command.options) {
    command.on(`option:${option.name()}`, (raw: unknown) => {
      const key = option.attributeName();
      const flag = met.get(option) ?? option.long ?? option.short ?? option.name();
      const value = option.negate ? 'off' : raw === undefined || raw === null ? 'on' : String(raw);
      const before = given.get(key);
      // `ingest -q -v` printed verbose's batch lines under a quiet run
      const clash = CONTRADICTING.get(key);
      const other = clash && value === 'on' ? given.get(clash.other) : undefined;
      if (clash && other?.value === 'on') throw new UsageError(`${other.flag} and ${flag} both given: ${clash.why}; give one of them`);
      if (before && before.value !== value) {
        const said = (f: string, v: string) => (v === 'on' || v === 'off' ? f : `${f} ${shown(v, 40)}`);
        throw new UsageError(`${said(before.flag, before.value)} and ${said(flag, value)} both given: give the option once`);
      }
      given.set(key, { flag, value });
    });
  }
  for (const sub of command.commands) oneValueEach(sub);
}

function program(ctx: CliContext): Command {
  const output = {
    writeOut: (str: string) => ctx.stdout.write(str),
    writeErr: (str: string) => ctx.stderr.write(str),
    outputError: (str: string, write: (s: string) => void) => write(str),
  };
  const root = new Command(PROGRAM)
    .description('crosscheck: group news articles into stories, find who copied whom, cross-check what independent sources say.')
    .version(PACKAGE_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput(output);
  const commands = [
    analyzeCommand,
    extractCommand,
    ingestCommand,
    storiesCommand,
    storyCommand,
    searchCommand,
    exportCommand,
    serveCommand,
    feedsCommand,
    watchCommand,
    workerCommand,
    alertsCommand,
  ];
  for (const command of commands.map((make) => make(ctx))) {
    root.addCommand(asUsage(command, output));
    oneValueEach(command);
  }
  return root;
}

/** A command and its own subcommands report a usage mistake as the others do: `feeds add` with no URL exited 1
 * from inside commander, without the hint (settings made on a command do not reach subcommands added before). */
function asUsage(command: Command, output: OutputConfiguration): Command {
  for (const sub of command.commands) asUsage(sub, output);
  return command.exitOverride().showHelpAfterError('(run with --help for usage)').configureOutput(output);
}

/** Run the command line `args` (without node and the script); resolves to the exit code. */
export async function run(args: string[], io: { stdout?: OutStream; stderr?: OutStream } = {}): Promise<number> {
  const ctx: CliContext = { stdout: io.stdout ?? process.stdout, stderr: io.stderr ?? process.stderr, exitCode: 0 };
  const root = program(ctx);
  try {
    if (args.length === 0) {
      root.outputHelp();
      return 2;
    }
    await root.parseAsync(args, { from: 'user' });
    return ctx.exitCode;
  } catch (err) {
    // help and version exit 0; everything else commander reports is a usage error
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof AlreadySaid) return 2;
    if (err instanceof UsageError) {
      ctx.stderr.write(`${PROGRAM}: ${err.message}\n`);
      return 2;
    }
    // a base that cannot be opened or used (in use, newer than the program, unreachable): one line
    if (err instanceof BaseError) {
      ctx.stderr.write(`${PROGRAM}: ${err.message}\n`);
      return 1;
    }
    ctx.stderr.write(`${PROGRAM}: internal error: ${(err as Error)?.stack ?? err}\n`);
    return 70;
  }
}
