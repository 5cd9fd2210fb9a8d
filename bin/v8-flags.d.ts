// Types of v8-flags.js for the TypeScript that imports it (tests, bench/analyze.ts).
export const ANALYZE_V8_FLAGS: string[];
export function applyV8Flags(args: string[]): boolean;
