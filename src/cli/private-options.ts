// --allow-private and --allow-loopback: the one definition for every command that fetches or posts to a URL
// (analyze, ingest, extract given URLs; serve's subscriptions and webhooks; watch, worker). Without either, private,
// loopback and link-local addresses are refused, and the refusal names the option that lifts it (net-guard.ts).
import type { Command } from 'commander';
import type { PrivateAccess } from '../ingest/net-guard.ts';

export interface PrivateFlags {
  allowPrivate?: boolean;
  allowLoopback?: boolean;
}

/** Both options on `command`; `what` says what the command fetches or posts to ("fetching", "feeds, pages and webhooks"). */
export function addPrivateOptions(command: Command, what: string): Command {
  return command
    .option('--allow-private', `allow ${what} on private, loopback and link-local addresses (refused by default)`)
    .option('--allow-loopback', `allow ${what} on this machine (127/8, ::1) alone; other private addresses stay refused`);
}

/** What the flags allow: --allow-private all private addresses, --allow-loopback this machine alone (private wins if both). */
export function privateAccess(flags: PrivateFlags): PrivateAccess {
  return flags.allowPrivate ? true : flags.allowLoopback ? 'loopback' : false;
}
