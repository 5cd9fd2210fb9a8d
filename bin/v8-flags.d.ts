// Types of v8-flags.js for the TypeScript that imports it (tests, bench/analyze.ts, bench/ingest.ts).
export const V8_FLAGS: string[];
export function v8FlagsFor(args: string[]): string[];
export const START_FLAGS: string[];
export function startFlagsFor(args: string[], execArgv?: string[]): string[];
export function applyV8Flags(args: string[]): boolean;
