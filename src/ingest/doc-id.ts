// Document ids per the contract: a file's name without folder and extension(s).
import { basename } from 'node:path';

/** Extensions stripped from a file name to make its id (compound ones first). */
const ID_EXTENSIONS = [
  '.warc.gz',
  '.html.gz',
  '.htm.gz',
  '.txt.gz',
  '.jsonl.gz',
  '.json.gz',
  '.gz',
  '.txt',
  '.text',
  '.html',
  '.htm',
  '.xhtml',
  '.jsonl',
  '.ndjson',
  '.json',
  '.warc',
  '.xml',
  '.rss',
  '.atom',
  '.md',
];

export function fileDocId(path: string): string {
  const name = basename(path);
  const lower = name.toLowerCase();
  for (const ext of ID_EXTENSIONS) {
    if (lower.endsWith(ext) && lower.length > ext.length) return name.slice(0, name.length - ext.length);
  }
  return name;
}

/** The extension that decides how a file is read, with any .gz taken off. */
export function formatExtension(path: string): string {
  let lower = basename(path).toLowerCase();
  if (lower.endsWith('.gz')) lower = lower.slice(0, -3);
  const dot = lower.lastIndexOf('.');
  return dot > 0 ? lower.slice(dot) : '';
}
