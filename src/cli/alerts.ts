// crosscheck alerts add|list|remove: saved searches that fire when a new or grown story matches.
import { Command } from 'commander';
import { PROGRAM, UsageError, shown, writeOutput, type CliContext } from './common.ts';
// the store and the watcher load when a command runs (await import), so `--help` starts at once
import { addBaseOption, addParentBaseOption, count, withBase, type BaseFlags } from './base-options.ts';

export function alertsCommand(ctx: CliContext): Command {
  const alerts = new Command('alerts').description("Saved searches: when a new or grown story matches, POST it to a webhook and add it to the alert's feed.");
  addParentBaseOption(alerts);
  alerts.addCommand(
    addBaseOption(
      new Command('add')
        .description('Save a search (web-search syntax: words, "phrases", or, -not)')
        .argument('<query>')
        .option('--webhook <url>', 'POST each match here as JSON'),
    ).action(async (query: string, opts: BaseFlags & { webhook?: string }) => {
      await withBase(opts, async (base) => {
        const { adapterOf } = await import('../store/index.ts');
        const { addAlert } = await import('../watch/index.ts');
        const a = await addAlert(adapterOf(base), query, opts.webhook ?? null);
        if ('problem' in a) throw new UsageError(a.problem);
        ctx.stdout.write(`added alert ${a.id}: ${a.query}${a.webhook ? ` -> ${a.webhook}` : ''}\n`);
        // the watcher refuses to post to it at every match unless allowed, and said why only in `alerts list`'s
        // failed deliveries: said now, as `feeds add` says it of a feed
        if (a.webhook) {
          const { refusedUrl } = await import('../server/url-guard.ts');
          const refused = await refusedUrl(a.webhook, false, 'run watch');
          if (refused) ctx.stderr.write(`${PROGRAM}: ${a.webhook}: saved, but watch refuses to post to it: ${refused.replace(/^refused: /, '')}\n`);
        }
      });
    }),
  );
  alerts.addCommand(
    addBaseOption(
      new Command('list').description('Alerts with their match and delivery counts').option('--matches <id>', 'the matches of one alert, newest first (JSON)'),
    ).action(async (opts: BaseFlags & { matches?: string }) => {
      // read before the base is opened, as `remove` does: a mistyped id made a base first
      const matchesOf = opts.matches === undefined ? undefined : count(opts.matches, 'alert id');
      await withBase(
        opts,
        async (base) => {
          const { adapterOf } = await import('../store/index.ts');
          const db = adapterOf(base);
          const { alertMatches } = await import('../watch/index.ts');
          const { listAlerts } = await import('../watch/index.ts');
          const list = await listAlerts(db);
          if (matchesOf !== undefined) {
            // a mistyped id listed "[]", as an alert that has not matched yet does
            if (!list.some((a) => a.id === matchesOf)) throw new UsageError(`no alert ${matchesOf} (see crosscheck alerts list)`);
            return writeOutput(`${JSON.stringify(await alertMatches(db, matchesOf), null, 2)}\n`, undefined, ctx.stdout);
          }
          await writeOutput(
            list.length
              ? `${list
                  .map(
                    (a) =>
                      `${a.id}\t${a.query}\t${a.webhook ?? '(no webhook)'}\t${a.matches} ${a.matches === 1 ? 'match' : 'matches'}, ${a.pendingDeliveries} ${a.pendingDeliveries === 1 ? 'delivery' : 'deliveries'} pending, ${a.failedDeliveries} given up`,
                  )
                  .join('\n')}\n`
              : 'no alerts (crosscheck alerts add "query" --webhook URL)\n',
            undefined,
            ctx.stdout,
          );
        },
        { existing: true },
      );
    }),
  );
  alerts.addCommand(
    addBaseOption(new Command('remove').description('Delete an alert').argument('<id>')).action(async (id: string, opts: BaseFlags) => {
      // read before the base is opened: a mistyped id made (or upgraded) a base first
      const alertId = count(id, 'alert id');
      await withBase(
        opts,
        async (base) => {
          const { adapterOf } = await import('../store/index.ts');
          const { removeAlert } = await import('../watch/index.ts');
          if (!(await removeAlert(adapterOf(base), alertId))) throw new UsageError(`no alert ${shown(id)} (see crosscheck alerts list)`);
          ctx.stdout.write(`removed alert ${id}\n`);
        },
        { existing: true },
      );
    }),
  );
  return alerts;
}
