// crosscheck search "words": full-text search over stories and articles, ranked, with highlighted snippets.
import { Command, Option } from 'commander';
import type { SearchHit } from '../store/index.ts';
import { escapeMd } from '../report/escape.ts';
import { given, writeOutput, type CliContext } from './common.ts';
import { addBaseOption, count, withBase, type BaseFlags } from './base-options.ts';

/** Snippets come HTML-escaped with <b> marks: on a terminal the marks become **bold**. */
function plainSnippet(s: string): string {
  const text = s
    .replace(/<b>/g, '\u0001')
    .replace(/<\/b>/g, '\u0002')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  return escapeMd(text)
    .replace(/\u0001/g, '**')
    .replace(/\u0002/g, '**');
}

/** What made it a hit: the words' rank, the address it was reached at (an address's hit has no words to rank by:
 * "(rank 0)" said nothing), or both. */
function matched(h: SearchHit): string {
  const rank = h.address === undefined || h.rank > 0 ? `rank ${h.rank}` : '';
  return [rank, h.address === undefined ? '' : `at ${escapeMd(h.address)}`].filter(Boolean).join(', ');
}

/** Its outlet(s) and date, to pick the Reuters report from a copy without opening each. */
function source(h: SearchHit): string {
  const outlets = h.outlets.length > 3 ? `${h.outlets.slice(0, 3).join(', ')} and ${h.outlets.length - 3} more` : h.outlets.join(', ');
  return [escapeMd(outlets), escapeMd(h.date)].filter(Boolean).join(' · ');
}

function asMarkdown(query: string, hits: SearchHit[]): string {
  if (!hits.length) return `No match for ${escapeMd(query)}.\n`;
  const line = (h: SearchHit, i: number) =>
    `${i + 1}. ${h.kind} ${h.id} (${matched(h)}): ${escapeMd(h.title)}\n${source(h) ? `   ${source(h)}\n` : ''}   ${plainSnippet(h.snippet)}`;
  return `${hits.map(line).join('\n')}\n`;
}

export function searchCommand(ctx: CliContext): Command {
  return addBaseOption(
    new Command('search')
      .description(
        'Search stories and articles (PostgreSQL text search; accents ignored; "quoted phrases", or, -word). An address finds the article reached at it (its own, the one asked for, one redirected from); a domain (reuters.com) the articles at it, newest first.',
      )
      .argument('<words>', "what to look for: words, a web address, an outlet's domain (with words or not)")
      .option('-n, --limit <n>', 'how many hits', '20')
      .option('--offset <n>', 'skip this many', '0')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'json']).default('md')),
  ).action(async (words: string, opts: { limit: string; offset: string; format: 'md' | 'json' } & BaseFlags) => {
    // search "" answered "No match for ." with exit 0, as if the base had been searched
    given(words, 'nothing to search for', 'give some words');
    const page = { limit: count(opts.limit, 'number', Number.MAX_SAFE_INTEGER, 1), offset: count(opts.offset, 'number') };
    const hits = await withBase(opts, (base) => base.search(words, page), { readOnly: true });
    await writeOutput(opts.format === 'json' ? `${JSON.stringify(hits, null, 2)}\n` : asMarkdown(words, hits), undefined, ctx.stdout);
  });
}
