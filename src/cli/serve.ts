// crosscheck serve: the newsroom web app over a story base (pages, /api, Atom feeds), on loopback.
import { Command } from 'commander';
import { addBaseOption, count, dbFlag } from './base-options.ts';
import { baseFailure } from '../store/adapter.ts';
import { DEFAULT_WRITE } from '../server/limits.ts';
import { PROGRAM, UsageError, given, parseSize, shown, type CliContext } from './common.ts';
import { addPrivateOptions, privateAccess, type PrivateFlags } from './private-options.ts';
import { BASE_PATH_FORM, normalBasePath } from '../server/base-path.ts';

interface ServeFlags extends PrivateFlags {
  db?: string;
  port: string;
  host: string;
  token?: string;
  maxBody: string;
  maxSize: string;
  writesPerMinute: string;
  cache: boolean;
  basePath?: string;
  forwardedPrefix?: boolean;
}

function port(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 65535) throw new UsageError(`not a port number: ${shown(value)}`);
  return Number(value);
}

export function serveCommand(ctx: CliContext): Command {
  return addBaseOption(
    addPrivateOptions(
      new Command('serve')
        .description(
          'Serve the story base as a web app: stories, story pages with cited briefings, articles, search, problems; a JSON API (/api, described at /api/openapi.json); Atom feeds (/feeds/top.atom, /feeds/search.atom?q=, /feeds/alerts/ID.atom); feed subscriptions and alerts at /feeds and /alerts.',
        )
        .option('-p, --port <n>', 'port to listen on', '8080')
        .option('--host <address>', 'address to listen on (loopback unless you mean to share it)', '127.0.0.1')
        .option(
          '--token <secret>',
          'allow writes (POST /api/documents, feeds and alerts) to clients presenting this token (Authorization: Bearer <secret>); without it the API is read-only',
        )
        .option('--max-body <size>', 'largest write request accepted', '1MB')
        .option('--max-size <size>', 'largest record accepted in a write request (as ingest --max-size)', '10MB')
        .option('--writes-per-minute <n>', 'write requests allowed per client per minute', String(DEFAULT_WRITE.writesPerMinute))
        .option(
          '--base-path <path>',
          'the path a reverse proxy serves the app under (e.g. /news for https://intranet.example/news/), stripped by the proxy before it passes the request on: every link, form, redirect, API next address, feed link and live-update address starts with it',
        )
        .option(
          '--forwarded-prefix',
          "take the path prefix from each request's X-Forwarded-Prefix header when it has one (else --base-path): only behind a proxy that sets that header on every request, since anyone reaching the port directly could otherwise choose where the pages' links lead",
        )
        .option('--no-cache', 'render every request again (by default a response is kept until the base changes)'),
      'subscribing to feeds and posting alert webhooks',
    ),
  ).action(async (opts: ServeFlags) => {
    const listenPort = port(opts.port);
    const maxBodyBytes = parseSize(opts.maxBody);
    const maxRecordBytes = parseSize(opts.maxSize);
    // decimal digits (Number() read "0x10" as 16 and "1e9" as a billion), at least one
    const writesPerMinute = count(opts.writesPerMinute, 'number of writes', Number.MAX_SAFE_INTEGER, 1);
    if (opts.token !== undefined && opts.token.trim().length < 8)
      throw new UsageError('the token must be at least 8 characters (spaces at its ends not counted)');
    // --host "" listened on every interface (Node's default), the opposite of the loopback default
    given(opts.host, 'no address after --host', 'give one, like 127.0.0.1 (0.0.0.0 for every interface)');
    const basePath = opts.basePath === undefined ? '' : normalBasePath(opts.basePath.trim());
    if (basePath === null) throw new UsageError(`not a base path: ${shown(opts.basePath!)} (${BASE_PATH_FORM})`);
    const db = dbFlag(opts);
    // a base error (in use, too new, unreachable) is reported in one line by main.ts; the app loads only now
    const [{ openBase }, { startServer }] = await Promise.all([import('../store/index.ts'), import('../server/index.ts')]);
    const base = await openBase(db, { readOnly: !opts.token });
    let running: import('../server/index.ts').RunningServer;
    try {
      running = await startServer(base, {
        port: listenPort,
        host: opts.host,
        token: opts.token,
        maxBodyBytes,
        maxRecordBytes,
        writesPerMinute,
        cache: opts.cache,
        basePath,
        forwardedPrefix: opts.forwardedPrefix === true,
        allowPrivate: privateAccess(opts),
        // a damaged base or a lost server is one line per failed request; anything else is a bug, with its stack
        onError: (err) => ctx.stderr.write(`${PROGRAM}: serve: ${baseFailure(err, base.location)?.message ?? err?.stack ?? err}\n`),
      });
    } catch (err) {
      await base.close();
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new UsageError(`port ${listenPort} on ${opts.host} is in use (try --port)`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot listen on ${opts.host}: no such address here`);
      if (code === 'EACCES') throw new UsageError(`not allowed to listen on port ${listenPort} (try a port above 1023)`);
      throw err;
    }
    ctx.stderr.write(
      `${PROGRAM}: serving ${base.location} at ${running.url}/${basePath ? ` for a proxy serving it under ${basePath}/` : ''}${opts.forwardedPrefix ? ' (X-Forwarded-Prefix trusted)' : ''}${opts.token ? ' (writes allowed with the token)' : ' (read-only)'}\n`,
    );
    const stop = async () => {
      await running.close();
      await base.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    await new Promise(() => {}); // serve until stopped
  });
}
