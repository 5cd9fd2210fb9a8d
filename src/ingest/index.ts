// Ingest: paths to RawDocuments (or Problems), one at a time, in a stable order.
import type { Problem, RawDocument } from '../model.ts';
import { walkPaths } from './walk.ts';
import { readInputBytes } from './read-bytes.ts';
import { decodeBytes } from './decode.ts';
import { fileDocId, formatExtension } from './doc-id.ts';
import { textDocument } from './text-file.ts';
import { jsonRecords } from './records.ts';
import { streamJsonl } from './jsonl-stream.ts';
import { DEFAULT_MAX_BYTES, type IngestOptions } from './limits.ts';

export type IngestItem = RawDocument | Problem;
export { DEFAULT_MAX_BYTES, type IngestOptions };

export function isProblem(x: object): x is Problem {
  return 'reason' in x && !('body' in x);
}

/** A reader turns one decoded file into documents. Keyed by extension (without .gz). */
type FileReader = (ctx: { file: string; id: string; text: string; encoding: string; order: number }) => Iterable<IngestItem>;

const HTML_SNIFF = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body)\b/i;

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

/** Read every path (files, folders recursively) into documents; problems come out in-line. */
export async function* ingestPaths(paths: string[], options: IngestOptions = {}): AsyncGenerator<IngestItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let order = 0;
  for await (const item of walkPaths(paths)) {
    if ('problem' in item) {
      yield item.problem;
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
    const read = await readInputBytes(file, maxBytes);
    if ('problem' in read) {
      yield { source: file, reason: read.problem };
      continue;
    }
    const decoded = decodeBytes(read.bytes);
    if ('problem' in decoded) {
      yield { source: file, reason: decoded.problem };
      continue;
    }
    if (!decoded.text.trim()) {
      yield { source: file, reason: 'no text (only whitespace)' };
      continue;
    }
    const reader = READERS[ext] ?? readText;
    for (const doc of reader({ file, id, text: decoded.text, encoding: decoded.encoding, order })) {
      if (!isProblem(doc)) order++;
      yield doc;
    }
  }
}
