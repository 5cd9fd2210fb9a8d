// crosscheck stories: the stories in the base, newest (or most-sourced, or latest grown) first.
import { Command, Option } from 'commander';
import type { StorySummary } from '../store/index.ts';
import { escapeMd } from '../report/escape.ts';
import { UsageError, given, shown, writeOutput, type CliContext } from './common.ts';
import { addBaseOption, count, dateWindow, withBase, type BaseFlags } from './base-options.ts';

/** A language code as the base stores them (ISO 639-1, or 639-3 for the languages without one). */
const LANGUAGE_CODE = /^[a-z]{2,3}$/i;

/** A filter the user gave: an empty one (--outlet "$UNSET") matched nothing and said "No stories." as if there were none. */
function filterValue(value: string | undefined, option: string): string | undefined {
  return given(value, `nothing after ${option}`, `give a value, or leave ${option} out`)?.trim();
}

function language(value: string | undefined): string | undefined {
  const code = filterValue(value, '--language');
  if (code !== undefined && !LANGUAGE_CODE.test(code)) throw new UsageError(`not a language code: ${shown(code)} (ISO 639-1, like en or de)`);
  return code?.toLowerCase();
}

function asMarkdown(list: StorySummary[]): string {
  if (!list.length) return 'No stories.\n';
  const rows = list.map(
    (s) => `| ${s.id} | ${escapeMd(s.title)} | ${s.documents} | ${s.independentSources} | ${s.latest ?? ''} | ${escapeMd(s.outlets.join(', '))} |`,
  );
  return `${['| id | title | articles | independent sources | latest | outlets |', '|---|---|---|---|---|---|', ...rows].join('\n')}\n`;
}

export function storiesCommand(ctx: CliContext): Command {
  return addBaseOption(
    new Command('stories')
      .description('List the stories in the base.')
      .option(
        '--since <date>',
        'only stories with an article published on or after this date (YYYY-MM-DD; with a time and zone, that instant: 2022-12-19T11:20+01:00)',
      )
      .option('--until <date>', 'only stories with an article published on or before this date')
      .option('--outlet <name>', 'only stories with an article from this outlet')
      .option('--language <code>', 'only stories with an article in this language (ISO 639-1)')
      .addOption(
        new Option('--sort <order>', 'newest, most independent sources, or latest grown first').choices(['newest', 'sources', 'growing']).default('newest'),
      )
      .option('-n, --limit <n>', 'how many', '50')
      .option('--offset <n>', 'skip this many', '0')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json']).default('md')),
  ).action(
    async (
      opts: {
        since?: string;
        until?: string;
        outlet?: string;
        language?: string;
        sort: 'newest' | 'sources' | 'growing';
        limit: string;
        offset: string;
        format: 'md' | 'json';
      } & BaseFlags,
    ) => {
      const q = {
        ...dateWindow(opts),
        outlet: filterValue(opts.outlet, '--outlet'),
        language: language(opts.language),
        sort: opts.sort,
        limit: count(opts.limit, 'number', Number.MAX_SAFE_INTEGER, 1),
        offset: count(opts.offset, 'number'),
      };
      const list = await withBase(opts, (base) => base.stories(q), { readOnly: true });
      await writeOutput(opts.format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : asMarkdown(list), undefined, ctx.stdout);
    },
  );
}
