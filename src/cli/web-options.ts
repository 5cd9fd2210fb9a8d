// Options for reading from the web, shared by the commands that ingest (analyze, extract).
import type { Command } from 'commander';
import { UsageError, shown } from './common.ts';
import type { IngestOptions } from '../ingest/index.ts';
import { addPrivateOptions, privateAccess, type PrivateFlags } from './private-options.ts';

export interface WebFlags extends PrivateFlags {
  timeout: string;
  fetchLinks?: boolean;
}

export function addWebOptions(command: Command): Command {
  return addPrivateOptions(command, 'fetching')
    .option('--timeout <seconds>', 'time allowed for each web fetch', '20')
    .option('--fetch-links', 'for feed files holding only summaries, fetch the linked pages (feeds given as URLs always do)');
}

/** --timeout in milliseconds: seconds in decimal (Number() read "0x10" as 16 and "" as 0), a millisecond to an hour
 * (under a millisecond rounded to no time at all). */
export function timeout(value: string): number {
  const seconds = /^\s*\d*\.?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  if (!(seconds >= 0.001 && seconds <= 3600)) throw new UsageError(`not a timeout: ${shown(value)} (a number of seconds, e.g. 20)`);
  return Math.round(seconds * 1000);
}

export function webIngestOptions(flags: WebFlags): Pick<IngestOptions, 'allowPrivate' | 'timeoutMs' | 'fetchLinks'> {
  return { allowPrivate: privateAccess(flags), timeoutMs: timeout(flags.timeout), fetchLinks: flags.fetchLinks ? true : undefined };
}
