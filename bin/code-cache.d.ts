// Types of code-cache.js for the TypeScript that imports it (test/build.test.ts).
import type { Script } from 'node:vm';
export const CACHES: { analyze: string; ingest: string };
export const CACHE: string;
export const RUN_FLAGS_RESET: string[];
export function loadAnalyzeScript(
  dist: URL | string,
  command?: keyof typeof CACHES,
): { exports: Record<string, unknown>; script: Script; cacheTaken: boolean | null } | null;
