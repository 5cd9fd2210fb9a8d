// Input limits: a scraped pile holds huge and hostile files; these keep one from sinking the run.
import type { PrivateAccess } from './net-guard.ts';
import type { RedirectLink } from '../model.ts';
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/**
 * Articles one analysis holds at most. Every article read stays in memory until the report is
 * written (about 20 KB each); past this many the run stops reading, says so in one line, and
 * writes the report of what it read, instead of running out of memory.
 */
export const DEFAULT_MAX_DOCUMENTS = 100_000;

/**
 * Characters of one article's text (a plain-text file, a record, a feed item's text) read at most; the rest is
 * cut with a note. The stages hold some 35 bytes per character (sentences, words, terms, their enrichment) and
 * the JSON report six characters: a 52 MB record took 2.4 GB and 76 s, and past some 80 MB its report is longer
 * than a string can be. Two million characters is some 350,000 words, longer than any news article (the
 * longest text in BASIL dev, ECB+ dev and Reuters 3k is 15,974 characters). A table, read at each use, so that a
 * test can lower it (test/bad-input: the cut's note through analyze and ingest without analysing two million).
 */
export const ARTICLE_TEXT = { maxChars: 2_000_000 };

export interface IngestOptions {
  /** largest input accepted, in bytes (after decompression) */
  maxBytes?: number;
  /** file extensions read when walking folders (lower case, with the dot; '' for none) */
  extensions?: string[];
  /** fetch from private, loopback and link-local addresses too (true), or loopback alone ('loopback'); off: refused */
  allowPrivate?: PrivateAccess;
  /** time allowed for one fetch, in milliseconds */
  timeoutMs?: number;
  /** fetch the page a feed item links to when the feed holds only a summary (on for feeds read from a URL) */
  fetchLinks?: boolean;
  /** stops the run: a fetch under way is given up at once (a first Ctrl-C waited for it, up to the timeout) */
  signal?: AbortSignal;
  /** a web archive's redirect whose page is not the response after it (read before it, or not in the archive), in
   * reading order among the documents: the story base links it to the article (walk12); without it, not read */
  onRedirectLink?: (link: RedirectLink) => void;
}

/** Web fetches: time, redirect hops. */
export const DEFAULT_TIMEOUT_MS = 20_000;
export const MAX_REDIRECTS = 5;
/** A host name's look-up when no fetch deadline bounds it (a feed or webhook checked as it is added). */
export const DNS_TIMEOUT_MS = 10_000;
