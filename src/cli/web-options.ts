// Options for reading from the web, shared by the commands that ingest (analyze, extract).
import type { Command } from 'commander';
import { UsageError } from './common.ts';
import type { IngestOptions } from '../ingest/index.ts';

export interface WebFlags {
  allowPrivate?: boolean;
  timeout: string;
  fetchLinks?: boolean;
}

export function addWebOptions(command: Command): Command {
  return command
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses (refused by default)')
    .option('--timeout <seconds>', 'time allowed for each web fetch', '20')
    .option('--fetch-links', 'for feed files holding only summaries, fetch the linked pages (feeds given as URLs always do)');
}

export function webIngestOptions(flags: WebFlags): Pick<IngestOptions, 'allowPrivate' | 'timeoutMs' | 'fetchLinks'> {
  const seconds = Number(flags.timeout);
  // under a millisecond rounded to no time at all
  if (!Number.isFinite(seconds) || seconds < 0.001 || seconds > 3600) throw new UsageError(`not a timeout: ${flags.timeout} (a number of seconds, e.g. 20)`);
  return { allowPrivate: !!flags.allowPrivate, timeoutMs: Math.round(seconds * 1000), fetchLinks: flags.fetchLinks ? true : undefined };
}
