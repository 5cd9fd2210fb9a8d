// The write API's default limits, apart from the app so the command line can show them without loading it.
import type { WriteOptions } from './write.ts';

export const DEFAULT_WRITE: Omit<WriteOptions, 'clientOf'> = { maxBodyBytes: 1024 * 1024, maxRecords: 100, writesPerMinute: 60 };
