// crosscheck extract <paths...>: print each input's extracted article (text or JSON lines).
import { Command, Option } from 'commander';
import type { TextDocument } from '../model.ts';
import { type CliContext, countInputs, parseSize, problemLine } from './common.ts';
import { createProgress } from './progress.ts';
import { addWebOptions, webIngestOptions, type WebFlags } from './web-options.ts';

function asJson(doc: TextDocument): string {
  const { id, source, url, title, outlet, byline, published, captured, language, text, removed } = doc;
  return JSON.stringify({ id, source, url, title, outlet, byline, published, ...(captured ? { captured } : {}), language, text, removed });
}

function asText(doc: TextDocument): string {
  const meta = [doc.outlet, doc.byline.join(', '), doc.published ?? (doc.captured ? `not dated, captured ${doc.captured}` : null), doc.language]
    .filter(Boolean)
    .join(' · ');
  return `=== ${doc.id} (${doc.source})\n# ${doc.title}\n${meta}\n\n${doc.text}\n`;
}

export function extractCommand(ctx: CliContext): Command {
  return addWebOptions(
    new Command('extract')
      .description("Print each input's extracted article: its own text and metadata, page chrome removed.")
      .argument('<paths...>', 'files, folders (read recursively) and http(s) URLs of pages and feeds')
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'jsonl']).default('text'))
      .option('--max-size <size>', 'largest input accepted, e.g. 10MB', '10MB')
      .option('-q, --quiet', 'no progress bar and no problem lines on stderr'),
  ).action(async (paths: string[], opts: { format: 'text' | 'jsonl'; maxSize: string; quiet?: boolean } & WebFlags) => {
    const maxBytes = parseSize(opts.maxSize);
    const [{ ingestPaths, isProblem }, { loadLanguageModel, processRaw }] = await Promise.all([import('../ingest/index.ts'), import('../pipeline.ts')]);
    await loadLanguageModel();
    const web = webIngestOptions(opts);
    const quiet = !!opts.quiet;
    const total = !quiet && ctx.stderr.isTTY ? await countInputs(paths) : undefined;
    const progress = createProgress({ quiet, total, stream: ctx.stderr });
    let count = 0;
    let ok = 0;
    const render = opts.format === 'jsonl' ? asJson : asText;
    for await (const item of ingestPaths(paths, { maxBytes, ...web })) {
      const result = isProblem(item) ? item : processRaw(item);
      if (isProblem(result)) {
        if (!quiet) progress.say(problemLine(result));
      } else {
        ok++;
        // a page's text cut by extract: its note, as ingest's on a plain text it cut
        if (result.cut && !quiet) progress.say(problemLine({ source: result.source, reason: result.cut }));
        const line = `${render(result)}\n`;
        if (!ctx.stdout.write(line)) await new Promise((r) => ctx.stdout.once('drain', r));
      }
      progress.tick(++count);
    }
    progress.done();
    if (ok === 0) ctx.exitCode = 1;
  });
}
