// Ingest: paths to RawDocuments (or Problems), one at a time, in a stable order.
import type { Problem, RawDocument, TakenOut } from '../model.ts';
import { walkPaths } from './walk.ts';
import { readInputBytes } from './read-bytes.ts';
import { decodeBytes } from './decode.ts';
import { fileDocId, formatExtension } from './doc-id.ts';
import { textDocument } from './text-file.ts';
import { jsonRecords } from './records.ts';
import { streamJsonl } from './jsonl-stream.ts';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DOCUMENTS, type IngestOptions } from './limits.ts';
import { looksLikeHtmlBytes, sniffMetaCharset } from './html-charset.ts';
import { feedDocuments, looksLikeFeed, parseFeed } from './feed.ts';
import { streamWarc } from './warc.ts';
import { cutLongText } from './cut-text.ts';
import { ingestUrl, isUrlArgument } from './url-input.ts';
import type { WalkItem, WalkSeen } from './walk.ts';

export type IngestItem = RawDocument | Problem;
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_DOCUMENTS, type IngestOptions };

export function isProblem(x: object): x is Problem {
  return 'reason' in x && !('body' in x);
}

/** A reader turns one decoded file into documents. Keyed by extension (without .gz). */
type FileReader = (ctx: { file: string; id: string; text: string; encoding: string; order: number }) => Iterable<IngestItem>;

// One optional comment, not a repeat of them: a run of comments is itself one comment whose body spans the
// others ([\s\S]*? takes anything), so the language is the same, and the run is no longer split 2^n ways.
const HTML_SNIFF = /^\s*(?:<!--[\s\S]*?-->\s*)?<(!doctype\s+html|html|head|body)\b/i;

function* readText({ file, id, text, encoding, order }: Parameters<FileReader>[0]): Iterable<IngestItem> {
  if (HTML_SNIFF.test(text.slice(0, 2048))) {
    yield { id, source: file, kind: 'html', body: text, order, meta: { encoding } };
    return;
  }
  yield textDocument(id, file, text, order, encoding);
}

function* readHtml({ file, id, text, encoding, order }: Parameters<FileReader>[0]): Iterable<IngestItem> {
  yield { id, source: file, kind: 'html', body: text, order, meta: { encoding } };
}

const READERS: Record<string, FileReader> = {
  '.json': ({ file, id, text, order }) => jsonRecords(text, file, id, order),
  '.html': readHtml,
  '.htm': readHtml,
  '.xhtml': readHtml,
};

/** Extensions read as records, streamed line by line. */
const STREAMED = new Set(['.jsonl', '.ndjson']);
/** Markup whose charset may be declared inside it (<meta charset>, <?xml encoding>). */
const MARKUP = new Set(['.html', '.htm', '.xhtml', '.xml', '.rss', '.atom']);
/** Feeds by extension; other files are sniffed for a feed root element too. */
const FEEDS = new Set(['.rss', '.atom', '.xml']);

/** What was taken out of a text read with NUL bytes: a few amid the text, or padding at its end. */
function nulsTaken({ stray, padding }: { stray: number; padding: number }): TakenOut {
  const bytes = (n: number) => `${n.toLocaleString('en-US')} NUL byte${n === 1 ? '' : 's'}`;
  const what = [stray ? `${bytes(stray)} amid the text` : '', padding ? `${bytes(padding)} of padding at its end` : ''].filter(Boolean);
  // the rest is said with the reading's verdict (extract, prepare): "the article is kept" came before "no article
  // text found" for a word padded with NULs, then two lines that no longer disagreed
  return { taken: `${what.join(' and ')} taken out`, rest: `the text ${stray ? 'is read without them' : 'before them is read'}` };
}

/** The user's arguments in order: web addresses as they are, paths expanded to files. */
async function* sources(paths: string[]): AsyncGenerator<WalkItem | { url: string }> {
  const seen: WalkSeen = new Set();
  for (const p of paths) {
    if (isUrlArgument(p)) yield { url: p.trim() };
    else yield* walkPaths([p], seen);
  }
}

/** Read every path (files, folders recursively) into documents; problems come out in-line. */
export async function* ingestPaths(paths: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  for await (const item of readPaths(paths, options)) {
    if (isProblem(item)) yield item;
    else {
      const { doc, problem } = cutLongText(item);
      yield doc;
      if (problem) yield problem;
    }
  }
}

async function* readPaths(paths: string[], options: IngestOptions): AsyncGenerator<IngestItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let order = 0;
  for await (const item of sources(paths)) {
    if ('problem' in item) {
      yield item.problem;
      continue;
    }
    if ('url' in item) {
      for await (const doc of ingestUrl(item.url, order, options)) {
        if (!isProblem(doc)) order++;
        yield doc;
      }
      continue;
    }
    const file = item.file;
    const ext = formatExtension(file);
    const id = fileDocId(file);
    if (STREAMED.has(ext)) {
      for await (const doc of streamJsonl(file, id, order, maxBytes)) {
        if (!isProblem(doc)) order++;
        yield doc;
      }
      continue;
    }
    if (ext === '.warc') {
      for await (const doc of streamWarc(file, order, maxBytes, options.onRedirectLink !== undefined)) {
        if ('ends' in doc) options.onRedirectLink?.(doc);
        else {
          if (!isProblem(doc)) order++;
          yield doc;
        }
      }
      continue;
    }
    const read = await readInputBytes(file, maxBytes);
    if ('problem' in read) {
      yield { source: file, reason: read.problem };
      continue;
    }
    if (read.note) yield { source: file, reason: read.note };
    const declared = MARKUP.has(ext) || looksLikeHtmlBytes(read.bytes) ? sniffMetaCharset(read.bytes) : null;
    const decoded = decodeBytes(read.bytes, declared);
    if ('problem' in decoded) {
      yield { source: file, reason: decoded.problem };
      continue;
    }
    if (!decoded.text.trim()) {
      yield { source: file, reason: 'no text (only whitespace)' };
      continue;
    }
    const taken = decoded.nuls ? nulsTaken(decoded.nuls) : undefined;
    // a file of one document (a page, a text) carries the note to its verdict; a feed's or records' file says it here
    const single = !(FEEDS.has(ext) || looksLikeFeed(decoded.text)) && ext !== '.json';
    if (taken && !single) yield { source: file, reason: `${taken.taken}; ${taken.rest}` };
    /** a file read as a feed that is a web page */
    let asPage = false;
    if (FEEDS.has(ext) || looksLikeFeed(decoded.text)) {
      const feed = parseFeed(decoded.text);
      if (feed) {
        const feedOptions = { allowPrivate: options.allowPrivate, timeoutMs: options.timeoutMs, maxBytes, signal: options.signal };
        for await (const doc of feedDocuments(feed, {
          source: file,
          baseId: id,
          firstOrder: order,
          fetchLinks: options.fetchLinks ?? false,
          fetch: feedOptions,
        })) {
          if (!isProblem(doc)) order++;
          yield doc;
        }
        continue;
      }
      if (!looksLikeHtmlBytes(read.bytes)) {
        yield { source: file, reason: 'XML that is not an RSS or Atom feed' };
        continue;
      }
      // a page saved under a feed's name (a feed's address answered with a page) was "XML that is not an RSS or
      // Atom feed", and its article was lost; .xml pages were always read as pages
      if (ext !== '.xml') yield { source: file, reason: 'an HTML page, not an RSS or Atom feed: read as a page' };
      asPage = true;
    }
    const reader = asPage ? readHtml : (READERS[ext] ?? readText);
    for (const doc of reader({ file, id, text: decoded.text, encoding: decoded.encoding, order })) {
      if (!isProblem(doc)) order++;
      yield taken && single && !isProblem(doc) ? { ...doc, meta: { ...doc.meta, takenOut: taken } } : doc;
    }
  }
}
