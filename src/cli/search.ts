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

function asMarkdown(query: string, hits: SearchHit[]): string {
  if (!hits.length) return `No match for ${escapeMd(query)}.\n`;
  return `${hits.map((h, i) => `${i + 1}. ${h.kind} ${h.id} (rank ${h.rank}): ${escapeMd(h.title)}\n   ${plainSnippet(h.snippet)}`).join('\n')}\n`;
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
