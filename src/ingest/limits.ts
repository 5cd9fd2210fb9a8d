// Input limits: a scraped pile holds huge and hostile files; these keep one from sinking the run.
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * Articles one analysis holds at most. Every article read stays in memory until the report is
 * written (about 20 KB each); past this many the run stops reading, says so in one line, and
 * writes the report of what it read, instead of running out of memory.
 */
export const DEFAULT_MAX_DOCUMENTS = 100_000;

export interface IngestOptions {
  /** largest input accepted, in bytes (after decompression) */
  maxBytes?: number;
  /** file extensions read when walking folders (lower case, with the dot; '' for none) */
  extensions?: string[];
  /** fetch from private, loopback and link-local addresses too (off: such URLs are refused) */
  allowPrivate?: boolean;
  /** time allowed for one fetch, in milliseconds */
  timeoutMs?: number;
  /** fetch the page a feed item links to when the feed holds only a summary (on for feeds read from a URL) */
  fetchLinks?: boolean;
}

/** Web fetches: time, redirect hops. */
export const DEFAULT_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
