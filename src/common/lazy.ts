// A package loaded on first use, synchronously: heavy parsers (linkedom, Readability) stay out of the
// start-up of commands and runs that never meet an HTML page.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export function lazyPackage<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(name) as T);
}
