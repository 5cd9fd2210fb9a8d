// The write API's default limits, apart from the app so the command line can show them without loading it.
import type { WriteOptions } from './write.ts';

export const DEFAULT_WRITE: Omit<WriteOptions, 'clientOf'> = {
  maxBodyBytes: 1024 * 1024,
  maxRecords: 100,
  // ingest's --max-size: a record past it cost 4.5 GB and minutes before PGlite's "out of memory" (a 50 MB text)
  maxRecordBytes: 10 * 1024 * 1024,
  writesPerMinute: 60,
};
