// Input limits: a scraped pile holds huge and hostile files; these keep one from sinking the run.
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** gzip bombs: stop inflating once the output passes this many times the size limit */
export const GZIP_EXPANSION_CAP = 1;

export interface IngestOptions {
  /** largest input accepted, in bytes (after decompression) */
  maxBytes?: number;
  /** file extensions read when walking folders (lower case, with the dot; '' for none) */
  extensions?: string[];
}
